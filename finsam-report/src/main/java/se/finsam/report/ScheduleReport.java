package se.finsam.report;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import javax.money.CurrencyUnit;
import se.finsam.budget.AnnualPlan;
import se.finsam.money.Allocation;
import se.finsam.money.RoundingUnit;
import se.finsam.project.CostSchedule;
import se.finsam.project.Project;
import se.finsam.project.ScheduleTotals;

/**
 * Builds the report of a plan's project cost schedules: {@code finsam schedule}. One row per project with
 * a column per budget year, then the sums of the decided projects and what is committed after each year.
 * A plan of ten thousand projects over centuries has millions of cells, so the rows are made as they are
 * rendered, never held; the schedules and their totals are computed when the report is made.
 */
final class ScheduleReport {

    private static final int FIXED_COLUMNS = 4;
    /** The most projects the HTML page draws a timeline of: a plan of more is a table alone. */
    static final int TIMELINE_PROJECTS = 200;

    private ScheduleReport() {
    }

    static Report of(AnnualPlan plan, Detail detail) {
        List<CostSchedule> schedules = plan.schedules();
        RoundingUnit unit = plan.projectRoundingUnit();
        CurrencyUnit currency = plan.association().currency();
        Cell unitCell = new Cell.Money(unit.value(), unit.scale(), currency);
        Report.Builder report = Report.builder(plan.association().name(), Text.of("schedule.title"))
                .lead(Text.of("report.association", Cell.text(plan.association().name())))
                .lead(Text.of("schedule.lead.unit", unitCell))
                .section(section(plan, schedules));
        if (detail == Detail.EXPLAINED) {
            report.section(explanation(schedules, unit, currency));
        }
        return report.build();
    }

    /**
     * The table of every project's cost per year, with the sums of the decided projects and the commitments
     * after each year; its rows made as rendered. The HTML page draws it as a timeline, up to
     * {@link #TIMELINE_PROJECTS} projects.
     */
    static Section section(AnnualPlan plan, List<CostSchedule> schedules) {
        ScheduleTotals totals = ScheduleTotals.compute(schedules);
        RoundingUnit unit = plan.projectRoundingUnit();
        CurrencyUnit currency = plan.association().currency();
        List<Integer> years = totals.years();
        List<Column> columns = new ArrayList<>(FIXED_COLUMNS + years.size());
        columns.add(Column.named("project", "name", "column.project"));
        columns.add(Column.codes("status", "column.status"));
        columns.add(Column.codes("basis", "column.basis"));
        columns.add(Column.numbers("totalCost", "column.totalCost"));
        for (int year : years) {
            columns.add(new Column(Integer.toString(year), Text.literal(Integer.toString(year)), Column.Type.NUMBERS,
                    java.util.Optional.empty()));
        }
        Cell unitCell = new Cell.Money(unit.value(), unit.scale(), currency);
        Rows rows = new Rows(schedules, totals, unit, currency, years, totals.totalUnits());
        Section section = Section.streamed("schedule", Text.of("schedule.section"), columns, rows,
                List.of(Text.of("schedule.note.rounding", unitCell), Text.of("schedule.note.applied")));
        if (!years.isEmpty() && schedules.size() <= TIMELINE_PROJECTS) {
            section = section.withChart(Chart.timeline(Text.of("schedule.chart.timeline"), "project",
                    years.stream().map(String::valueOf).toList()));
        }
        return section;
    }

    /**
     * How each project's cost per year came about: the rule, and for a split by months or days each year's
     * weight, exact quota, rounding and the unit left over. One row per project and year, made as rendered.
     */
    static Section explanation(List<CostSchedule> schedules, RoundingUnit unit, CurrencyUnit currency) {
        List<Column> columns = Explanations.columns(Column.named("project", "name", "column.project"),
                Column.codes("rule", "column.rule"), Column.numbers("of", "column.of"), Column.words("year", "column.year"));
        Iterable<Row> rows = () -> schedules.stream().flatMap(s -> explanationRows(s, unit, currency)).iterator();
        return Section.streamed("explanationSchedule", Text.of("schedule.explain.section"), columns, rows,
                List.of(Text.of("schedule.explain.note"), Text.of("explain.note.columns",
                        new Cell.Count(Explanations.QUOTA_EXTRA_DECIMALS))));
    }

    private static java.util.stream.Stream<Row> explanationRows(CostSchedule s, RoundingUnit unit, CurrencyUnit currency) {
        Project p = s.project();
        Cell project = new Cell.Named(p.id().value(), p.name());
        Cell rule = Codes.of("costSpread", s.spread());
        Cell of = Cell.money(p.totalCost(), unit);
        java.util.Optional<Allocation<Integer>> allocation = s.allocation();
        if (allocation.isPresent()) {
            return allocation.get().parts().stream()
                    .map(part -> new Row(Row.Kind.DATA, List.of(Explanations.row(part, project, rule, of, Cell.year(part.key())))));
        }
        return s.years().stream().map(year -> new Row(Row.Kind.DATA, List.of(Explanations.givenRow(
                new Cell.Money(unit.decimalOf(s.unitsIn(year)), unit.scale(), currency), project, rule, of, Cell.year(year)))));
    }

    /** The rows, made one at a time each time they are iterated. */
    private record Rows(List<CostSchedule> schedules, ScheduleTotals totals, RoundingUnit unit, CurrencyUnit currency,
            List<Integer> years, long decidedUnits) implements Iterable<Row> {

        @Override
        public Iterator<Row> iterator() {
            return new Iterator<>() {
                private int next;

                @Override
                public boolean hasNext() {
                    // Without years, nothing is committed after any: no row of commitments.
                    return next < schedules.size() + (years.isEmpty() ? 1 : 2);
                }

                @Override
                public Row next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    int i = next++;
                    if (i < schedules.size()) {
                        return projectRow(schedules.get(i));
                    }
                    return i == schedules.size() ? sumRow() : committedRow();
                }
            };
        }

        private Cell money(long units) {
            return new Cell.Money(unit.decimalOf(units), unit.scale(), currency);
        }

        private Row projectRow(CostSchedule s) {
            Project p = s.project();
            List<Cell> cells = new ArrayList<>(FIXED_COLUMNS + years.size());
            cells.add(new Cell.Named(p.id().value(), p.name()));
            cells.add(Codes.of("projectStatus", p.status()));
            cells.add(Codes.of("costBasis", p.basis()));
            cells.add(money(unit.unitsOf(p.totalCost())));
            for (int year : years) {
                cells.add(s.years().contains(year) ? money(s.unitsIn(year)) : Cell.EMPTY);
            }
            return new Row(Row.Kind.DATA, cells);
        }

        private Row sumRow() {
            List<Cell> cells = new ArrayList<>(FIXED_COLUMNS + years.size());
            cells.add(Cell.label("schedule.row.sum"));
            cells.add(Cell.EMPTY);
            cells.add(Cell.EMPTY);
            cells.add(money(decidedUnits));
            for (int year : years) {
                cells.add(money(totals.unitsIn(year)));
            }
            return new Row(Row.Kind.TOTAL, cells);
        }

        private Row committedRow() {
            List<Cell> cells = new ArrayList<>(FIXED_COLUMNS + years.size());
            cells.add(Cell.label("schedule.row.committedAfter"));
            cells.add(Cell.EMPTY);
            cells.add(Cell.EMPTY);
            cells.add(Cell.EMPTY);
            for (int year : years) {
                cells.add(money(totals.unitsAfter(year)));
            }
            return new Row(Row.Kind.SUBTOTAL, cells);
        }
    }
}
