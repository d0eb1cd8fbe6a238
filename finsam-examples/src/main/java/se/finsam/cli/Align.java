package se.finsam.cli;

/** How a column of a {@link Table} lines up its cells: text to the left, numbers to the right. */
enum Align {
    /** Cells start at the column's left edge, padded with blanks after them: names, codes, words. */
    LEFT,
    /** Cells end at the column's right edge, padded with blanks before them: amounts, counts, percentages. */
    RIGHT
}
