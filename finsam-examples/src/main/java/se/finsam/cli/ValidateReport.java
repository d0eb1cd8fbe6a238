package se.finsam.cli;

import java.io.PrintStream;
import se.finsam.validation.ValidationResult;

/**
 * Renders {@code finsam validate}: that the document is valid, or (with {@code --format csv}) every
 * violation. The violations also go to standard error, as for every command, and the status is 1.
 */
final class ValidateReport implements Report<Validation> {

    @Override
    public void table(Validation validation, Cli.Options options, PrintStream out) {
        if (validation.result().isValid()) {
            out.println(subject(validation, options.source()) + ": valid");
        }
    }

    @Override
    public void csv(Validation validation, Cli.Options options, PrintStream out) {
        Csv csv = new Csv(options.csvDialect).row("path", "code", "message");
        validation.result().violations().forEach(v -> csv.row(v.path(), v.code(), v.message()));
        out.print(csv);
    }

    @Override
    public ValidationResult verdict(Validation validation) {
        return validation.result();
    }

    /** The source and the kind it was read as: {@code plan.json (plan document)}. */
    @Override
    public String subject(Validation validation, String source) {
        return source + " (" + validation.kind().description() + " document)";
    }
}
