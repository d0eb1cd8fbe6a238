package se.finsam.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import se.finsam.report.Format;
import se.finsam.report.Report;

/** Prints finsam-report's reports in the language and CSV dialect of the run. */
final class Rendered {

    private Rendered() {
    }

    /**
     * Prints a report.
     *
     * @param report the report
     * @param format the format
     * @param options the options of the run: the language and the CSV dialect
     * @param out receives it; a print stream keeps its errors, which the tool checks at the end
     */
    static void print(Report report, Format format, Cli.Options options, PrintStream out) {
        try {
            report.render(format, options.render(), out);
        } catch (IOException e) {
            throw new UncheckedIOException("a print stream does not throw", e);
        }
    }
}
