package se.finsam.report;

import java.util.List;
import java.util.Objects;

/**
 * A row of a {@link Section}: one cell per column, and what kind of row it is.
 *
 * @param kind a row of data, a subtotal or a total
 * @param cells one cell per column, in order
 */
public record Row(Kind kind, List<Cell> cells) {

    /** What a row is, which the formats show: a total in bold, after a gap. */
    public enum Kind {
        /** A row of data. */
        DATA,
        /** A sum of some rows above it. */
        SUBTOTAL,
        /** The sum of the section. */
        TOTAL
    }

    /**
     * A row; the cells are copied.
     *
     * @param kind what kind of row
     * @param cells its cells
     */
    public Row {
        Objects.requireNonNull(kind, "kind");
        cells = List.copyOf(cells);
    }

    /**
     * A row of data.
     *
     * @param cells its cells
     * @return the row
     */
    public static Row of(Cell... cells) {
        return new Row(Kind.DATA, List.of(cells));
    }

    /**
     * A total row.
     *
     * @param cells its cells
     * @return the row
     */
    public static Row total(Cell... cells) {
        return new Row(Kind.TOTAL, List.of(cells));
    }

    /**
     * A subtotal row.
     *
     * @param cells its cells
     * @return the row
     */
    public static Row subtotal(Cell... cells) {
        return new Row(Kind.SUBTOTAL, List.of(cells));
    }
}
