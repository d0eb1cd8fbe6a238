package se.finsam.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Columns of text lined up to the left, two blanks apart, with no trailing blanks: the list of violations
 * on standard error. The reports themselves are finsam-report's.
 */
final class Table {

    private final int columns;
    private final List<String[]> rows = new ArrayList<>();

    private Table(int columns) {
        this.columns = columns;
    }

    /**
     * An empty table.
     *
     * @param columns its number of columns
     * @return the table
     */
    static Table columns(int columns) {
        return new Table(columns);
    }

    Table row(String... cells) {
        if (cells.length != columns) {
            throw new IllegalArgumentException("Expected " + columns + " cells, got " + cells.length);
        }
        rows.add(cells.clone());
        return this;
    }

    @Override
    public String toString() {
        int[] width = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                width[c] = Math.max(width[c], length(row[c]));
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String[] row : rows) {
            int start = sb.length();
            for (int c = 0; c < row.length; c++) {
                if (c > 0) {
                    sb.append("  ");
                }
                sb.append(row[c]);
                for (int pad = width[c] - length(row[c]); pad > 0; pad--) {
                    sb.append(' ');
                }
            }
            int end = sb.length();
            while (end > start && Character.isWhitespace(sb.charAt(end - 1))) {
                end--;
            }
            sb.setLength(end);
            sb.append('\n');
        }
        return sb.toString();
    }

    /** The width of a cell: its count of code points. */
    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
