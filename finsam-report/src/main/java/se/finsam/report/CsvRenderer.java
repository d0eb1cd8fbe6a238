package se.finsam.report;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;

/**
 * Renders a report as CSV: each section as a block of records, a header record of the columns' ids, then
 * one record per row; the blocks are separated by one empty record. A column of named things or of codes
 * gives two fields, the id or code and the name or word, so that programs read ids and people names.
 * Numbers are plain (no grouping), in the dialect's decimal separator: amounts at their unit's decimals,
 * percentages and decimals rounded half up as shown. Fields are quoted as RFC 4180 says; a field that a
 * spreadsheet would run as a formula is prefixed with an apostrophe.
 */
final class CsvRenderer {

    private CsvRenderer() {
    }

    static void render(Report report, Formatting f, CsvDialect dialect, Writer out) throws IOException {
        if (dialect.byteOrderMark()) {
            out.write('\uFEFF');
        }
        StringBuilder record = new StringBuilder();
        boolean first = true;
        for (Section section : report.sections()) {
            if (!first) {
                out.write("\r\n");
            }
            first = false;
            List<Column> columns = section.columns();
            Fields header = new Fields(record, dialect);
            for (Column column : columns) {
                header.add(column.id());
                if (!column.nameLast()) {
                    column.nameId().ifPresent(header::add);
                }
            }
            for (Column column : columns) {
                if (column.nameLast()) {
                    column.nameId().ifPresent(header::add);
                }
            }
            header.end(out);
            for (Row row : section.rows()) {
                Fields fields = new Fields(record, dialect);
                for (int c = 0; c < columns.size(); c++) {
                    cell(fields, columns.get(c), row.cells().get(c), f, dialect);
                }
                for (int c = 0; c < columns.size(); c++) {
                    if (columns.get(c).nameLast()) {
                        fields.add(name(row.cells().get(c), f, dialect));
                    }
                }
                fields.end(out);
            }
        }
    }

    /** The field or fields of a cell: an id or code and, unless the column writes it last, its name or word. */
    private static void cell(Fields fields, Column column, Cell cell, Formatting f, CsvDialect dialect) {
        boolean twoFields = column.nameId().isPresent();
        if (cell instanceof Cell.Named n) {
            fields.add(n.id());
        } else if (cell instanceof Cell.Word w) {
            fields.add(w.code());
        } else if (twoFields) {
            // A label (such as "Total") in a column of ids: no id, the label as the name.
            fields.add("");
        } else if (SvgChart.value(cell).isPresent()) {
            fields.number(value(cell, f, dialect));
            return;
        } else {
            // A column of numbers holds numbers or nothing: a mark for people ("–", "equal") is left out.
            fields.add(column.type() == Column.Type.NUMBERS ? "" : value(cell, f, dialect));
            return;
        }
        if (twoFields && !column.nameLast()) {
            fields.add(name(cell, f, dialect));
        }
    }

    /** The name field of a cell in a column of named things or codes: the name, the word, or a label. */
    private static String name(Cell cell, Formatting f, CsvDialect dialect) {
        if (cell instanceof Cell.Named n) {
            return n.name();
        }
        if (cell instanceof Cell.Word w) {
            return f.text(w.text());
        }
        return value(cell, f, dialect);
    }

    private static String value(Cell cell, Formatting f, CsvDialect dialect) {
        if (cell instanceof Cell.Money m) {
            return number(m.value().setScale(m.scale()), dialect);
        } else if (cell instanceof Cell.Percent p) {
            return number(p.shown(), dialect);
        } else if (cell instanceof Cell.Decimal d) {
            return number(d.shown(), dialect);
        } else if (cell instanceof Cell.Count c) {
            return Long.toString(c.value());
        }
        return f.cell(cell);
    }

    private static String number(BigDecimal value, CsvDialect dialect) {
        String plain = value.toPlainString();
        return dialect.decimalSeparator() == '.' ? plain : plain.replace('.', dialect.decimalSeparator());
    }

    /** The fields of one record, quoted as they are added. */
    private static final class Fields {
        private final StringBuilder sb;
        private final CsvDialect dialect;
        private boolean empty = true;

        Fields(StringBuilder sb, CsvDialect dialect) {
            this.sb = sb;
            this.dialect = dialect;
            sb.setLength(0);
        }

        /** Adds a field of text: one that a spreadsheet would run as a formula gets an apostrophe first. */
        void add(String field) {
            put(!field.isEmpty() && "=+-@\t\r".indexOf(field.charAt(0)) >= 0 ? "'" + field : field);
        }

        /** Adds a number, as it is: a negative number is a number, not a formula. */
        void number(String field) {
            put(field);
        }

        private void put(String value) {
            if (!empty) {
                sb.append(dialect.separator());
            }
            empty = false;
            boolean quote = value.indexOf(dialect.separator()) >= 0 || value.indexOf('"') >= 0
                    || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0
                    || (!value.isEmpty() && (value.charAt(0) == ' ' || value.endsWith(" ")));
            if (quote) {
                sb.append('"').append(value.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(value);
            }
        }

        void end(Writer out) throws IOException {
            sb.append("\r\n");
            out.append(sb);
        }
    }
}
