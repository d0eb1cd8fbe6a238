package se.finsam.cli;

import java.io.PrintStream;
import java.util.Optional;
import se.finsam.report.Column;
import se.finsam.report.Format;
import se.finsam.report.Section;
import se.finsam.report.Text;
import se.finsam.validation.ValidationResult;
import se.finsam.validation.Violation;

/**
 * Renders {@code finsam validate}: that the document is valid, or (with {@code --format csv}) every
 * violation, one record each ({@code path;code;message}), written by finsam-report's CSV. The violations
 * also go to standard error, as for every command, and the status is 1.
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
        Rendered.print(violations(validation), Format.CSV, options, out);
    }

    /** The violations as a report of one section; for CSV only: the words of a violation are English. */
    private static se.finsam.report.Report violations(Validation validation) {
        Section.Builder section = Section.builder("violations", Text.literal("Violations"), column("path"), column("code"),
                column("message"));
        for (Violation v : validation.result().violations()) {
            section.row(cell(v.path()), cell(v.code()), cell(v.message()));
        }
        return se.finsam.report.Report.builder(validation.kind().description(), Text.literal("Violations"))
                .section(section.build()).build();
    }

    private static Column column(String id) {
        return new Column(id, Text.literal(id), Column.Type.WORDS, Optional.empty());
    }

    private static se.finsam.report.Cell cell(String text) {
        return new se.finsam.report.Cell.Words(Text.literal(text));
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
