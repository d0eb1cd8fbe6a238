package se.finsam.cli;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.List;
import se.finsam.report.CsvDialect;

/** Builds CSV text in a {@link CsvDialect}. */
final class Csv {

    private final CsvDialect dialect;
    private final StringBuilder out = new StringBuilder();

    Csv(CsvDialect dialect) {
        this.dialect = dialect;
        if (dialect.byteOrderMark()) {
            out.append('\uFEFF');
        }
    }

    /** Appends one record. */
    Csv row(List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(dialect.separator());
            }
            out.append(quote(fields.get(i)));
        }
        out.append("\r\n");
        return this;
    }

    /** Appends one record. */
    Csv row(String... fields) {
        return row(List.of(fields));
    }

    /** Writes a number in the dialect: no grouping, the dialect's decimal separator. */
    String number(BigDecimal value) {
        String plain = value.toPlainString();
        return dialect.decimalSeparator() == '.' ? plain : plain.replace('.', dialect.decimalSeparator());
    }

    private String quote(String field) {
        boolean needs = field.indexOf(dialect.separator()) >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0 || (!field.isEmpty() && (field.charAt(0) == ' ' || field.endsWith(" ")));
        // A field a spreadsheet would run as a formula is prefixed with an apostrophe (CSV injection).
        if (!field.isEmpty() && "=+@\t".indexOf(field.charAt(0)) >= 0) {
            field = "'" + field;
        }
        return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }

    /**
     * Writes the records made so far and forgets them, so that a long report is written as it is made.
     *
     * @param stream receives the text
     */
    void writeTo(PrintStream stream) {
        stream.append(out);
        out.setLength(0);
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
