package se.finsam.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Renders a report as aligned text: its title and lead, then each section's title, its table (numbers to
 * the right, a blank line before the totals) and its notes. Rows are formatted twice, once for the column
 * widths and once to be written, and never kept, so a streamed section of any length is written in
 * constant memory.
 */
final class TextRenderer {

    /** Notes are wrapped at this width. */
    private static final int WIDTH = 100;

    private TextRenderer() {
    }

    static void render(Report report, Formatting f, Writer out) throws IOException {
        out.write(f.text(report.title()));
        out.write('\n');
        for (Text line : report.lead()) {
            out.write(wrap(f.text(line)));
        }
        for (Section section : report.sections()) {
            out.write('\n');
            out.write(f.text(section.title()));
            out.write("\n\n");
            table(section, f, out);
            if (!section.notes().isEmpty()) {
                out.write('\n');
                for (Text note : section.notes()) {
                    out.write(wrap(f.text(note)));
                }
            }
        }
    }

    private static void table(Section section, Formatting f, Writer out) throws IOException {
        List<Column> columns = section.columns();
        int[] width = new int[columns.size()];
        String[] cells = new String[columns.size()];
        for (int c = 0; c < cells.length; c++) {
            cells[c] = f.text(columns.get(c).header());
            width[c] = length(cells[c]);
        }
        for (Row row : section.rows()) {
            for (int c = 0; c < width.length; c++) {
                width[c] = Math.max(width[c], length(f.cell(row.cells().get(c))));
            }
        }
        StringBuilder line = new StringBuilder();
        appendRow(line, width, columns, cells);
        boolean data = false;
        for (Row row : section.rows()) {
            if (row.kind() != Row.Kind.DATA && data) {
                line.append('\n');
            }
            data = row.kind() == Row.Kind.DATA;
            for (int c = 0; c < cells.length; c++) {
                cells[c] = f.cell(row.cells().get(c));
            }
            appendRow(line, width, columns, cells);
            out.append(line);
            line.setLength(0);
        }
        out.append(line);
    }

    /** Lays out one row at the column widths, without trailing blanks, and appends it with its newline. */
    private static void appendRow(StringBuilder sb, int[] width, List<Column> columns, String[] cells) {
        int start = sb.length();
        for (int c = 0; c < cells.length; c++) {
            if (c > 0) {
                sb.append("  ");
            }
            int pad = width[c] - length(cells[c]);
            if (columns.get(c).rightAligned()) {
                sb.append(" ".repeat(pad)).append(cells[c]);
            } else {
                sb.append(cells[c]).append(" ".repeat(pad));
            }
        }
        int end = sb.length();
        while (end > start && sb.charAt(end - 1) == ' ') {
            end--;
        }
        sb.setLength(end);
        sb.append('\n');
    }

    /** The width of a cell: its count of code points. */
    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /** Wraps text at spaces to lines of at most {@link #WIDTH} characters; ends with a newline. */
    static String wrap(String text) {
        StringBuilder sb = new StringBuilder();
        int lineStart = 0;
        for (String word : text.split(" ", -1)) {
            int lineLength = sb.length() - lineStart;
            if (lineLength > 0 && lineLength + 1 + word.length() > WIDTH) {
                sb.append('\n');
                lineStart = sb.length();
            } else if (lineLength > 0) {
                sb.append(' ');
            }
            sb.append(word);
        }
        return sb.append('\n').toString();
    }
}
