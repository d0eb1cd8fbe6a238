package se.finsam.cli;

import java.util.ArrayList;
import java.util.List;

/** Aligned columns of text; numbers are right-aligned. */
final class Table {

    private final boolean[] rightAligned;
    private final List<String[]> rows = new ArrayList<>();

    /** @param rightAligned per column, whether it is right-aligned */
    Table(boolean... rightAligned) {
        this.rightAligned = rightAligned.clone();
    }

    Table row(String... cells) {
        if (cells.length != rightAligned.length) {
            throw new IllegalArgumentException("Expected " + rightAligned.length + " cells, got " + cells.length);
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
        int[] width = new int[rightAligned.length];
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
                continue;
            }
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.length; c++) {
                if (c > 0) {
                    line.append("  ");
                }
                String pad = " ".repeat(width[c] - length(row[c]));
                line.append(rightAligned[c] ? pad + row[c] : row[c] + pad);
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        return sb.toString();
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
