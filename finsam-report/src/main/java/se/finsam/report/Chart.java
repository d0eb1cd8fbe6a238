package se.finsam.report;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A chart of a {@link Section}'s own table, which the HTML page draws beside the table: the chart holds no
 * figures of its own, only which columns it draws, so that every bar is a cell of the table, shown with the
 * same text. The other formats show the table alone.
 *
 * <ul>
 *   <li>{@link Bars}: a horizontal bar per row, the length of one numeric column, labelled by another
 *       column: the municipal key per municipality.
 *   <li>{@link Stacked}: one bar split into the rows' shares of their sum: the statutory split between the
 *       state, the regions and the municipalities.
 *   <li>{@link Grouped}: a group of horizontal bars per row, one bar per numeric column, each column in its
 *       own colour and named in a legend by its heading: försörjningsmått per area over the periods.
 *   <li>{@link Ranked}: a horizontal bar per data row, largest first, the rows that hold a code other than
 *       the usual one in a column of codes marked (another fill, and the code's word after the value): the
 *       associations by allocation, those held by a limit marked.
 *   <li>{@link Timeline}: a lane per data row over columns of years, a block in each year the row has an
 *       amount, with the amount written in it: the projects over the budget years.
 *   <li>{@link Lines}: a line per numeric column over the data rows in order, from a common zero line, where
 *       each line first rises through zero marked: the cumulative net present value over the years and its
 *       payback point.
 * </ul>
 *
 * <p>A row whose cell in the value column is not a number (a blank, a label such as "equal") draws no bar.
 */
public sealed interface Chart permits Chart.Bars, Chart.Stacked, Chart.Grouped, Chart.Ranked, Chart.Timeline,
        Chart.Lines {

    /**
     * Its title: the SVG's accessible name.
     *
     * @return the title
     */
    Text title();

    /**
     * The id of the column whose cells label the bars.
     *
     * @return the column's id
     */
    String labelColumn();

    /**
     * The id of the numeric column the bars are drawn of.
     *
     * @return the column's id
     */
    String valueColumn();

    /**
     * A bar chart of the data rows.
     *
     * @param title its title
     * @param labelColumn the id of the column of labels
     * @param valueColumn the id of the numeric column
     * @return the chart
     */
    static Bars bars(Text title, String labelColumn, String valueColumn) {
        return new Bars(title, labelColumn, valueColumn, EnumSet.of(Row.Kind.DATA), Optional.empty(), Optional.empty());
    }

    /**
     * A stacked bar of the data rows' shares of their sum.
     *
     * @param title its title
     * @param labelColumn the id of the column of labels
     * @param valueColumn the id of the numeric column; its values must not be negative
     * @return the chart
     */
    static Stacked stacked(Text title, String labelColumn, String valueColumn) {
        return new Stacked(title, labelColumn, valueColumn);
    }

    /**
     * Groups of bars, one group per data row and one bar per column: each row's values side by side.
     *
     * @param title its title
     * @param labelColumn the id of the column of labels
     * @param valueColumns the ids of the numeric columns, in the order of the bars in each group; at least one
     * @return the chart
     */
    static Grouped grouped(Text title, String labelColumn, List<String> valueColumns) {
        return new Grouped(title, labelColumn, valueColumns);
    }

    /**
     * Bars of the data rows, largest value first, the rows whose code in a column of codes is not the usual
     * one marked.
     *
     * @param title its title
     * @param labelColumn the id of the column of labels
     * @param valueColumn the id of the numeric column
     * @param markColumn the id of the column of codes that marks rows
     * @param usualCode the code of the rows not marked
     * @return the chart
     */
    static Ranked ranked(Text title, String labelColumn, String valueColumn, String markColumn, String usualCode) {
        return new Ranked(title, labelColumn, valueColumn, markColumn, usualCode);
    }

    /**
     * A timeline of the data rows over columns of years.
     *
     * @param title its title
     * @param labelColumn the id of the column of labels
     * @param yearColumns the ids of the columns of years, in order; at least one
     * @return the chart
     */
    static Timeline timeline(Text title, String labelColumn, List<String> yearColumns) {
        return new Timeline(title, labelColumn, yearColumns);
    }

    /**
     * Lines over the data rows, one per numeric column, the first rise through zero of each marked.
     *
     * @param title its title
     * @param labelColumn the id of the column that labels the rows (the points along the line)
     * @param valueColumns the ids of the numeric columns, one line each; at least one
     * @return the chart
     */
    static Lines lines(Text title, String labelColumn, List<String> valueColumns) {
        return new Lines(title, labelColumn, valueColumns);
    }

    /**
     * Rows whose cell in a column of codes holds a code: {@code new Where("kind", "MUNICIPALITY")}.
     *
     * @param column the id of a column of codes
     * @param code the code
     */
    record Where(String column, String code) {
        /**
         * A condition.
         *
         * @param column the column's id
         * @param code the code
         */
        public Where {
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(code, "code");
        }
    }

    /**
     * Horizontal bars, one per row drawn, from a common zero line: to the right for a positive value, to
     * the left for a negative one; each labelled with its row's label and its value as the table shows it.
     *
     * @param title its title
     * @param labelColumn the id of the column of labels
     * @param valueColumn the id of the numeric column
     * @param kinds the kinds of rows drawn: data rows, and the totals where they belong beside the rows
     * @param where the rows drawn, if not all of those kinds
     * @param full the value a bar of full length stands for, such as 100 for percentages, if not the largest drawn
     */
    record Bars(Text title, String labelColumn, String valueColumn, Set<Row.Kind> kinds, Optional<Where> where,
            Optional<BigDecimal> full) implements Chart {
        /**
         * A bar chart; the kinds are copied.
         *
         * @param title its title
         * @param labelColumn the id of the column of labels
         * @param valueColumn the id of the numeric column
         * @param kinds the kinds of rows drawn, at least one
         * @param where the rows drawn, if not all of those kinds
         * @param full the value a bar of full length stands for, if not the largest drawn
         */
        public Bars {
            Objects.requireNonNull(full, "full");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(labelColumn, "labelColumn");
            Objects.requireNonNull(valueColumn, "valueColumn");
            kinds = Set.copyOf(kinds);
            Objects.requireNonNull(where, "where");
            if (kinds.isEmpty()) {
                throw new IllegalArgumentException("A bar chart draws at least one kind of row");
            }
        }

        /**
         * This chart drawing the rows of these kinds.
         *
         * @param drawn the kinds of rows, e.g. {@code DATA} and {@code TOTAL}
         * @return the chart
         */
        public Bars rows(Row.Kind... drawn) {
            return new Bars(title, labelColumn, valueColumn, Set.of(drawn), where, full);
        }

        /**
         * This chart drawing only the rows that hold a code in a column of codes.
         *
         * @param column the id of the column of codes
         * @param code the code
         * @return the chart
         */
        public Bars where(String column, String code) {
            return new Bars(title, labelColumn, valueColumn, kinds, Optional.of(new Where(column, code)), full);
        }

        /**
         * This chart with a bar of full length standing for a value, such as 100 for percentages, so that no bar
         * looks larger than it is (a larger value still fits: the scale is then its).
         *
         * @param value the value of a full bar, positive
         * @return the chart
         */
        public Bars upTo(BigDecimal value) {
            return new Bars(title, labelColumn, valueColumn, kinds, where, Optional.of(value));
        }

        /**
         * Whether a row is drawn: of a kind drawn, and holding the code if one is asked for.
         *
         * @param section the section
         * @param row the row
         * @return whether it is drawn
         */
        boolean draws(Section section, Row row) {
            if (!kinds.contains(row.kind())) {
                return false;
            }
            if (where.isEmpty()) {
                return true;
            }
            Cell cell = row.cells().get(section.column(where.get().column()));
            return cell instanceof Cell.Word w && w.code().equals(where.get().code());
        }
    }

    /**
     * One bar, as wide as the chart, split into the data rows' shares of their sum, each in its own colour
     * and named in a legend with its label and its value as the table shows it.
     *
     * @param title its title
     * @param labelColumn the id of the column of labels
     * @param valueColumn the id of the numeric column; its values must not be negative
     */
    record Stacked(Text title, String labelColumn, String valueColumn) implements Chart {
        /**
         * A stacked bar.
         *
         * @param title its title
         * @param labelColumn the id of the column of labels
         * @param valueColumn the id of the numeric column
         */
        public Stacked {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(labelColumn, "labelColumn");
            Objects.requireNonNull(valueColumn, "valueColumn");
        }
    }

    /**
     * A group of horizontal bars per data row, from a common zero line: one bar per value column, in the
     * order of the columns, each column in its own colour, named in a legend by its heading; each bar
     * labelled with its value as the table shows it. A cell that is not a number (a blank) draws no bar.
     *
     * @param title its title
     * @param labelColumn the id of the column of labels
     * @param valueColumns the ids of the numeric columns, at least one
     */
    record Grouped(Text title, String labelColumn, List<String> valueColumns) implements Chart {
        /**
         * A grouped bar chart; the columns are copied.
         *
         * @param title its title
         * @param labelColumn the id of the column of labels
         * @param valueColumns the ids of the numeric columns, at least one
         */
        public Grouped {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(labelColumn, "labelColumn");
            valueColumns = List.copyOf(valueColumns);
            if (valueColumns.isEmpty()) {
                throw new IllegalArgumentException("A grouped bar chart draws at least one column");
            }
        }

        /**
         * The first of its value columns.
         *
         * @return the id of the first numeric column
         */
        @Override
        public String valueColumn() {
            return valueColumns.get(0);
        }
    }

    /**
     * Horizontal bars of the data rows from a common zero line, sorted by value, largest first (rows of equal
     * value in table order). A row whose code in the mark column is not the usual code is marked: drawn in
     * another fill, its value followed by the code's word, and the word named in a legend, so the mark is
     * read in text and not only in colour.
     *
     * @param title its title
     * @param labelColumn the id of the column of labels
     * @param valueColumn the id of the numeric column
     * @param markColumn the id of the column of codes that marks rows
     * @param usualCode the code of the rows not marked
     */
    record Ranked(Text title, String labelColumn, String valueColumn, String markColumn, String usualCode)
            implements Chart {
        /**
         * A ranked bar chart.
         *
         * @param title its title
         * @param labelColumn the id of the column of labels
         * @param valueColumn the id of the numeric column
         * @param markColumn the id of the column of codes that marks rows
         * @param usualCode the code of the rows not marked
         */
        public Ranked {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(labelColumn, "labelColumn");
            Objects.requireNonNull(valueColumn, "valueColumn");
            Objects.requireNonNull(markColumn, "markColumn");
            Objects.requireNonNull(usualCode, "usualCode");
        }
    }

    /**
     * A lane per data row over the columns of years, one slot per column: a block in each slot whose cell
     * holds a number other than zero, with the number written in it as the table shows it; an empty cell or
     * a zero leaves the slot empty. Block widths do not scale with the amounts: the amounts are read, not
     * measured.
     *
     * @param title its title
     * @param labelColumn the id of the column of labels
     * @param yearColumns the ids of the columns of years, at least one
     */
    record Timeline(Text title, String labelColumn, List<String> yearColumns) implements Chart {
        /**
         * A timeline; the columns are copied.
         *
         * @param title its title
         * @param labelColumn the id of the column of labels
         * @param yearColumns the ids of the columns of years, at least one
         */
        public Timeline {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(labelColumn, "labelColumn");
            yearColumns = List.copyOf(yearColumns);
            if (yearColumns.isEmpty()) {
                throw new IllegalArgumentException("A timeline has at least one year");
            }
        }

        /**
         * The first of its columns of years.
         *
         * @return the id of the first year's column
         */
        @Override
        public String valueColumn() {
            return yearColumns.get(0);
        }
    }

    /**
     * A line per value column over the data rows, in the order of the rows (one point per row, evenly apart),
     * from a common zero line, each column in its own colour and named in a legend by its heading; each point
     * has its row's label and its value as the table shows it. Where a line first goes from below zero to
     * zero or above, the crossing is marked on the zero line, found by straight interpolation between the
     * two rows: where the line drawn crosses. A cell that is not a number draws no point and breaks no line.
     *
     * @param title its title
     * @param labelColumn the id of the column of labels
     * @param valueColumns the ids of the numeric columns, at least one
     */
    record Lines(Text title, String labelColumn, List<String> valueColumns) implements Chart {
        /**
         * A line chart; the columns are copied.
         *
         * @param title its title
         * @param labelColumn the id of the column of labels
         * @param valueColumns the ids of the numeric columns, at least one
         */
        public Lines {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(labelColumn, "labelColumn");
            valueColumns = List.copyOf(valueColumns);
            if (valueColumns.isEmpty()) {
                throw new IllegalArgumentException("A line chart draws at least one column");
            }
        }

        /**
         * The first of its value columns.
         *
         * @return the id of the first numeric column
         */
        @Override
        public String valueColumn() {
            return valueColumns.get(0);
        }
    }
}
