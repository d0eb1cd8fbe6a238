package se.finsam.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import se.finsam.budget.AnnualPlan;
import se.finsam.money.AmountFormat;
import se.finsam.money.RoundingUnit;
import se.finsam.project.CostSchedule;
import se.finsam.project.ScheduleTotals;
import se.finsam.report.CsvDialect;

/**
 * Renders {@code finsam schedule} in each format. The output has a cell for every project and year (ten
 * thousand projects over three centuries are three million cells), so it is written as it is made, row
 * by row, and nothing is kept per cell: the schedules and their totals are computed first (everything
 * that can fail does so before the first line is written), then the column widths from the largest and
 * smallest amount of each column, then the rows.
 */
final class ScheduleReport implements Report<AnnualPlan> {

    private static final int FIXED_COLUMNS = 4;

    @Override
    public void table(AnnualPlan plan, Cli.Options options, PrintStream out) {
        List<CostSchedule> schedules = plan.schedules();
        table(plan, schedules, ScheduleTotals.compute(schedules), options.explain, out);
    }

    @Override
    public void csv(AnnualPlan plan, Cli.Options options, PrintStream out) {
        csv(plan, plan.schedules(), options.csvDialect, out);
    }

    private static void table(AnnualPlan plan, List<CostSchedule> schedules, ScheduleTotals totals, boolean explain,
            PrintStream out) {
        RoundingUnit unit = plan.projectRoundingUnit();
        out.print(plan.association().name() + " (" + plan.association().id() + ")\n");
        out.print("Project costs per budget year: rounding unit "
                + AmountFormat.amount(unit.value(), unit.scale(), plan.association().currency())
                + "; sums count decided projects (not APPLIED)\n\n");
        Layout layout = new Layout(plan, schedules, totals);
        StringBuilder line = new StringBuilder();
        String[] cells = new String[layout.width.length];
        cells[0] = "Project";
        cells[1] = "Status";
        cells[2] = "Basis";
        cells[3] = "Total cost";
        for (int c = FIXED_COLUMNS; c < cells.length; c++) {
            cells[c] = String.valueOf(totals.years().get(c - FIXED_COLUMNS));
        }
        layout.write(line, cells, out);
        long totalUnits = 0;
        for (CostSchedule s : schedules) {
            long projectUnits = unit.unitsOf(s.project().totalCost());
            cells[0] = s.project().name();
            cells[1] = s.project().status().name();
            cells[2] = s.project().basis().name();
            cells[3] = money(plan, unit, projectUnits);
            yearCells(plan, unit, s, layout.firstYear, cells);
            layout.write(line, cells, out);
            if (s.project().status().isDecided()) {
                totalUnits += projectUnits;
            }
        }
        out.print("\n");
        cells[0] = "Sum";
        cells[1] = "";
        cells[2] = "";
        cells[3] = money(plan, unit, totalUnits);
        for (int c = FIXED_COLUMNS; c < cells.length; c++) {
            cells[c] = money(plan, unit, totals.unitsIn(totals.years().get(c - FIXED_COLUMNS)));
        }
        layout.write(line, cells, out);
        cells[0] = "Committed after year-end";
        cells[3] = "";
        for (int c = FIXED_COLUMNS; c < cells.length; c++) {
            cells[c] = money(plan, unit, totals.unitsAfter(totals.years().get(c - FIXED_COLUMNS)));
        }
        layout.write(line, cells, out);
        if (explain) {
            out.print("\nHow each schedule came about (largest remainder at unit " + unit + "; ties to the earlier year):\n");
            for (CostSchedule s : schedules) {
                out.print("\n" + s.explain() + "\n");
            }
        }
    }

    /** Fills the year cells of a project's row: its amount in each year it covers, blank in the others. */
    private static void yearCells(AnnualPlan plan, RoundingUnit unit, CostSchedule s, int firstYear, String[] cells) {
        for (int c = FIXED_COLUMNS; c < cells.length; c++) {
            cells[c] = "";
        }
        for (int year : s.years()) {
            cells[FIXED_COLUMNS + year - firstYear] = money(plan, unit, s.unitsIn(year));
        }
    }

    /**
     * The column widths of the table, found without formatting every cell: an amount's text is the wider
     * the more digits it has (and a minus sign), so a column of amounts is as wide as its largest or its
     * smallest amount.
     */
    private static final class Layout {
        final int[] width;
        final Align[] columns;
        final int firstYear;

        Layout(AnnualPlan plan, List<CostSchedule> schedules, ScheduleTotals totals) {
            RoundingUnit unit = plan.projectRoundingUnit();
            int years = totals.years().size();
            firstYear = years == 0 ? 0 : totals.years().get(0);
            width = new int[FIXED_COLUMNS + years];
            // Project, status and basis are words; the total cost and every year are amounts.
            columns = new Align[width.length];
            Arrays.fill(columns, 0, 3, Align.LEFT);
            Arrays.fill(columns, 3, width.length, Align.RIGHT);
            long[] max = new long[width.length];
            long[] min = new long[width.length];
            boolean[] any = new boolean[width.length];
            width[0] = Math.max("Project".length(), "Committed after year-end".length());
            width[1] = "Status".length();
            width[2] = "Basis".length();
            width[3] = "Total cost".length();
            long totalUnits = 0;
            for (CostSchedule s : schedules) {
                width[0] = Math.max(width[0], Table.length(s.project().name()));
                width[1] = Math.max(width[1], s.project().status().name().length());
                width[2] = Math.max(width[2], s.project().basis().name().length());
                long projectUnits = unit.unitsOf(s.project().totalCost());
                extremes(3, projectUnits, max, min, any);
                totalUnits += s.project().status().isDecided() ? projectUnits : 0;
                for (int year : s.years()) {
                    extremes(FIXED_COLUMNS + year - firstYear, s.unitsIn(year), max, min, any);
                }
            }
            extremes(3, totalUnits, max, min, any);
            for (int c = FIXED_COLUMNS; c < width.length; c++) {
                int year = firstYear + c - FIXED_COLUMNS;
                width[c] = String.valueOf(year).length();
                extremes(c, totals.unitsIn(year), max, min, any);
                extremes(c, totals.unitsAfter(year), max, min, any);
            }
            for (int c = 3; c < width.length; c++) {
                width[c] = Math.max(width[c], Math.max(Table.length(money(plan, unit, max[c])),
                        Table.length(money(plan, unit, min[c]))));
            }
        }

        private static void extremes(int column, long units, long[] max, long[] min, boolean[] any) {
            max[column] = any[column] ? Math.max(max[column], units) : units;
            min[column] = any[column] ? Math.min(min[column], units) : units;
            any[column] = true;
        }

        void write(StringBuilder line, String[] cells, PrintStream out) {
            line.setLength(0);
            Table.appendRow(line, width, columns, cells);
            out.append(line);
        }
    }

    private static String money(AnnualPlan plan, RoundingUnit unit, long units) {
        return AmountFormat.amount(unit.decimalOf(units), unit.scale(), plan.association().currency());
    }

    private static void csv(AnnualPlan plan, List<CostSchedule> schedules, CsvDialect dialect, PrintStream out) {
        RoundingUnit unit = plan.projectRoundingUnit();
        Csv csv = new Csv(dialect).row("project", "name", "status", "basis", "year", "amount");
        for (CostSchedule s : schedules) {
            for (int year : s.years()) {
                csv.row(s.project().id().value(), s.project().name(), s.project().status().name(),
                        s.project().basis().name(), String.valueOf(year), csv.number(unit.decimalOf(s.unitsIn(year))));
            }
            csv.writeTo(out);
        }
        csv.writeTo(out);
    }
}
