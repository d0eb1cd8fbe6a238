package se.finsam.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Aligned columns of text, each column named for how it lines up:
 * {@code Table.columns(LEFT, RIGHT, RIGHT)} is a column of names and two of numbers.
 */
final class Table {

    private final Align[] columns;
    private final List<String[]> rows = new ArrayList<>();

    private Table(Align[] columns) {
        this.columns = columns.clone();
    }

    /**
     * A table with one column per alignment given, in order.
     *
     * @param columns how each column lines up, e.g. {@code LEFT, RIGHT} for a label and an amount
     * @return an empty table
     */
    static Table columns(Align... columns) {
        return new Table(columns);
    }

    Table row(String... cells) {
        if (cells.length != columns.length) {
            throw new IllegalArgumentException("Expected " + columns.length + " cells, got " + cells.length);
        }
        rows.add(cells.clone());
        return this;
    }

    /** A blank line between groups of rows. */
    Table gap() {
        rows.add(null);
        return this;
    }

    @Override
    public String toString() {
        int[] width = new int[columns.length];
        for (String[] row : rows) {
            if (row != null) {
                for (int c = 0; c < row.length; c++) {
                    width[c] = Math.max(width[c], length(row[c]));
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String[] row : rows) {
            if (row == null) {
                sb.append('\n');
            } else {
                appendRow(sb, width, columns, row);
            }
        }
        return sb.toString();
    }

    /**
     * Lays out one row at the given column widths, without trailing blanks, and appends it with its newline:
     * the one layout of every table, also of those whose rows are written as they are made, never kept.
     *
     * @param sb receives the row
     * @param width each column's width, in characters (code points)
     * @param columns how each column lines up
     * @param cells the row's cells, one per column, none wider than its column
     */
    static void appendRow(StringBuilder sb, int[] width, Align[] columns, String... cells) {
        int start = sb.length();
        for (int c = 0; c < cells.length; c++) {
            if (c > 0) {
                sb.append("  ");
            }
            int pad = width[c] - length(cells[c]);
            if (columns[c] == Align.RIGHT) {
                pad(sb, pad).append(cells[c]);
            } else {
                pad(sb.append(cells[c]), pad);
            }
        }
        int end = sb.length();
        while (end > start && Character.isWhitespace(sb.charAt(end - 1))) {
            end--;
        }
        sb.setLength(end);
        sb.append('\n');
    }

    private static StringBuilder pad(StringBuilder sb, int blanks) {
        for (int i = 0; i < blanks; i++) {
            sb.append(' ');
        }
        return sb;
    }

    /**
     * The width of a cell: its count of code points.
     *
     * @param s the cell
     * @return its width
     */
    static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
