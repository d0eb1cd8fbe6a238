package se.finsam.report;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A titled table of a {@link Report}: columns, rows of typed cells, and notes under it. Every format shows
 * every section: a table in text and HTML, a block of records in CSV, a sheet in a workbook.
 *
 * <p>A section's rows can be iterated more than once. Most sections hold them; a section of a great many
 * rows (a cost schedule of ten thousand projects over decades) makes them as they are iterated, so that a
 * report of any size is written without being held in memory.
 */
public final class Section {

    private final String id;
    private final Text title;
    private final List<Column> columns;
    private final Iterable<Row> rows;
    private final List<Text> notes;
    private final Optional<Chart> chart;
    private final Optional<Text> shortTitle;

    private Section(String id, Text title, List<Column> columns, Iterable<Row> rows, List<Text> notes,
            Optional<Chart> chart) {
        this(id, title, columns, rows, notes, chart, Optional.empty());
    }

    private Section(String id, Text title, List<Column> columns, Iterable<Row> rows, List<Text> notes,
            Optional<Chart> chart, Optional<Text> shortTitle) {
        this.shortTitle = Objects.requireNonNull(shortTitle, "shortTitle");
        this.id = Objects.requireNonNull(id, "id");
        this.title = Objects.requireNonNull(title, "title");
        this.columns = List.copyOf(columns);
        this.rows = Objects.requireNonNull(rows, "rows");
        this.notes = List.copyOf(notes);
        this.chart = Objects.requireNonNull(chart, "chart");
        if (this.columns.isEmpty()) {
            throw new IllegalArgumentException("A section needs at least one column");
        }
        chart.ifPresent(this::checkChart);
    }

    /** A chart draws columns of this section: its values from a column of numbers, its filter on a column of codes. */
    private void checkChart(Chart chart) {
        column(chart.labelColumn());
        List<String> drawn = chart instanceof Chart.Grouped g ? g.valueColumns()
                : chart instanceof Chart.Timeline t ? t.yearColumns()
                : chart instanceof Chart.Lines l ? l.valueColumns() : List.of(chart.valueColumn());
        for (String valueColumn : drawn) {
            if (columns.get(column(valueColumn)).type() != Column.Type.NUMBERS) {
                throw new IllegalArgumentException("A chart draws a column of numbers, not '" + valueColumn + "'");
            }
        }
        if (chart instanceof Chart.Bars bars && bars.where().isPresent()
                && columns.get(column(bars.where().get().column())).type() != Column.Type.CODES) {
            throw new IllegalArgumentException("A chart's rows are chosen by a column of codes, not '"
                    + bars.where().get().column() + "'");
        }
        if (chart instanceof Chart.Ranked ranked && columns.get(column(ranked.markColumn())).type() != Column.Type.CODES) {
            throw new IllegalArgumentException("A chart marks its rows by a column of codes, not '" + ranked.markColumn()
                    + "'");
        }
        if (chart instanceof Chart.Stacked) {
            int value = column(chart.valueColumn());
            for (Row row : rows) {
                if (row.kind() == Row.Kind.DATA && SvgChart.value(row.cells().get(value)).filter(v -> v.signum() < 0).isPresent()) {
                    throw new IllegalArgumentException("A stacked bar draws shares, not the negative value of a row of '"
                            + id + "'");
                }
            }
        }
    }

    /**
     * The index of a column.
     *
     * @param columnId the column's id
     * @return its index among the columns
     * @throws IllegalArgumentException if the section has no such column
     */
    int column(String columnId) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).id().equals(columnId)) {
                return i;
            }
        }
        throw new IllegalArgumentException("Section '" + id + "' has no column '" + columnId + "'");
    }

    /**
     * Starts a section whose rows it holds.
     *
     * @param id its id, stable and language-neutral: {@code contributions}
     * @param title its title
     * @param columns its columns, in order
     * @return a builder
     */
    public static Builder builder(String id, Text title, Column... columns) {
        return new Builder(id, title, List.of(columns));
    }

    /**
     * Starts a section whose rows it holds.
     *
     * @param id its id, stable and language-neutral: {@code contributions}
     * @param title its title
     * @param columns its columns, in order
     * @return a builder
     */
    public static Builder builder(String id, Text title, List<Column> columns) {
        return new Builder(id, title, List.copyOf(columns));
    }

    /**
     * A section whose rows are made each time they are iterated, never held: for sections of millions of
     * cells. Each row must have one cell per column.
     *
     * @param id its id
     * @param title its title
     * @param columns its columns
     * @param rows its rows, iterable more than once, the same rows each time
     * @param notes the notes under it
     * @return the section
     */
    public static Section streamed(String id, Text title, List<Column> columns, Iterable<Row> rows, List<Text> notes) {
        List<Column> copy = List.copyOf(columns);
        return new Section(id, title, copy, () -> checked(copy.size(), rows.iterator()), notes, Optional.empty());
    }

    private static Iterator<Row> checked(int width, Iterator<Row> rows) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Row next() {
                return checkWidth(width, rows.next());
            }
        };
    }

    private static Row checkWidth(int width, Row row) {
        if (row.cells().size() != width) {
            throw new IllegalArgumentException("Expected " + width + " cells, got " + row.cells().size());
        }
        return row;
    }

    /**
     * Its id, stable and language-neutral: the name of its CSV block and its sheet's code.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * Its title.
     *
     * @return the title
     */
    public Text title() {
        return title;
    }

    /**
     * Its columns, in order.
     *
     * @return the columns
     */
    public List<Column> columns() {
        return columns;
    }

    /**
     * Its rows, in order; iterable more than once.
     *
     * @return the rows
     */
    public Iterable<Row> rows() {
        return rows;
    }

    /**
     * The notes under it: how it was rounded, what it leaves out.
     *
     * @return the notes
     */
    public List<Text> notes() {
        return notes;
    }

    /**
     * The chart the HTML page draws beside the table, if any.
     *
     * @return the chart
     */
    public Optional<Chart> chart() {
        return chart;
    }

    /**
     * This section with a chart of its table.
     *
     * @param newChart the chart
     * @return the section
     * @throws IllegalArgumentException if the chart names a column the section lacks, draws a column that is not
     *     of numbers, chooses its rows by a column that is not of codes, or stacks a negative value
     */
    public Section withChart(Chart newChart) {
        return new Section(id, title, columns, rows, notes, Optional.of(newChart), shortTitle);
    }

    /**
     * Its short title, for where a title must be short: a spreadsheet's sheet name (at most 31 characters).
     *
     * @return the short title, or empty: the title is used
     */
    public Optional<Text> shortTitle() {
        return shortTitle;
    }

    /**
     * This section with a short title, for where a title must be short (a spreadsheet's sheet name), so that a
     * long title is not cut into names that cannot be told apart.
     *
     * @param newShortTitle the short title
     * @return the section
     */
    public Section withShortTitle(Text newShortTitle) {
        return new Section(id, title, columns, rows, notes, chart, Optional.of(newShortTitle));
    }

    /** Builds a {@link Section} whose rows it holds. Not thread-safe; the section it builds is immutable. */
    public static final class Builder {
        private final String id;
        private final Text title;
        private final List<Column> columns;
        private final List<Row> rows = new ArrayList<>();
        private final List<Text> notes = new ArrayList<>();
        private Optional<Chart> chart = Optional.empty();

        private Builder(String id, Text title, List<Column> columns) {
            this.id = id;
            this.title = title;
            this.columns = columns;
        }

        /**
         * Adds a row.
         *
         * @param row the row, one cell per column
         * @return this builder
         * @throws IllegalArgumentException if the row has another number of cells than the section has columns
         */
        public Builder row(Row row) {
            rows.add(checkWidth(columns.size(), row));
            return this;
        }

        /**
         * Adds a row of data.
         *
         * @param cells its cells, one per column
         * @return this builder
         */
        public Builder row(Cell... cells) {
            return row(Row.of(cells));
        }

        /**
         * Adds a total row.
         *
         * @param cells its cells, one per column
         * @return this builder
         */
        public Builder total(Cell... cells) {
            return row(Row.total(cells));
        }

        /**
         * Adds a note under the section.
         *
         * @param note the note
         * @return this builder
         */
        public Builder note(Text note) {
            notes.add(Objects.requireNonNull(note, "note"));
            return this;
        }

        /**
         * Sets the chart the HTML page draws beside the table.
         *
         * @param newChart the chart
         * @return this builder
         */
        public Builder chart(Chart newChart) {
            chart = Optional.of(newChart);
            return this;
        }

        /**
         * The section.
         *
         * @return the section
         * @throws IllegalArgumentException if the chart does not fit the columns (see {@link Section#withChart})
         */
        public Section build() {
            return new Section(id, title, columns, List.copyOf(rows), notes, chart);
        }
    }
}
