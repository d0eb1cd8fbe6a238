package se.finsam.cli;

import java.io.PrintStream;
import java.util.Optional;
import se.finsam.validation.ValidationResult;

/**
 * What a command prints of its document for people ({@code --format table}) and for spreadsheets
 * ({@code --format csv}). The JSON for programs is finsam-json's, named by the command's entry in
 * {@link Commands#ALL}. A report that writes as it goes computes everything that can fail before it writes
 * anything.
 *
 * @param <T> the document the report is of
 */
interface Report<T> {

    /**
     * Prints the report as aligned text: by default its {@link #model} rendered by finsam-report.
     *
     * @param document the document
     * @param options the options of the run ({@code --explain})
     * @param out receives the report
     * @throws se.finsam.validation.FinsamValidationException if the document is invalid; nothing is printed
     */
    default void table(T document, Cli.Options options, PrintStream out) {
        Rendered.print(model(document, options).orElseThrow(), se.finsam.report.Format.TABLE, options, out);
    }

    /**
     * Prints the report as CSV: by default its {@link #model} rendered by finsam-report.
     *
     * @param document the document
     * @param options the options of the run ({@code --csv-dialect})
     * @param out receives the report
     * @throws se.finsam.validation.FinsamValidationException if the document is invalid; nothing is printed
     */
    default void csv(T document, Cli.Options options, PrintStream out) {
        Rendered.print(model(document, options).orElseThrow(), se.finsam.report.Format.CSV, options, out);
    }

    /**
     * The report of a document as finsam-report models it, which every format of people (the table, CSV,
     * HTML, XLSX) renders; empty for a report not yet moved to finsam-report.
     *
     * @param document the document
     * @param detail the figures, or with {@code --explain} the figures and how each came about
     * @return the model
     * @throws se.finsam.validation.FinsamValidationException if the document is invalid
     */
    default Optional<se.finsam.report.Report> model(T document, se.finsam.report.Detail detail) {
        return Optional.empty();
    }

    /**
     * The report's model for the options of a run: by default {@link #model(Object, se.finsam.report.Detail)}
     * at the run's detail; a command whose options choose its report ({@code key --settle}) says more.
     *
     * @param document the document
     * @param options the options of the run
     * @return the model
     * @throws se.finsam.validation.FinsamValidationException if the document is invalid
     */
    default Optional<se.finsam.report.Report> model(T document, Cli.Options options) {
        return model(document, options.detail());
    }

    /**
     * What the report found wrong with its document: printed on standard error after the report, with exit
     * status 1. Valid for a report of a document that could be read, as an invalid one is refused before it
     * is reported on; a report on validity itself gives its result.
     *
     * @param document the document
     * @return every violation, or valid
     */
    default ValidationResult verdict(T document) {
        return ValidationResult.valid();
    }

    /**
     * What the report calls its document, e.g. in "plan.json is invalid": its source unless the report
     * says more.
     *
     * @param document the document
     * @param source the file the document came from, or "standard input"
     * @return the name
     */
    default String subject(T document, String source) {
        return source;
    }
}
