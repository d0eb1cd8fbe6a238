package se.finsam.cli;

import java.util.ArrayList;
import java.util.List;
import se.finsam.budget.AnnualPlan;
import se.finsam.json.FinsamJson;
import se.finsam.money.AmountFormat;
import se.finsam.money.RoundingUnit;
import se.finsam.project.CostSchedule;
import se.finsam.project.ScheduleTotals;

/** Renders {@code finsam schedule} in each format. */
final class ScheduleReport {

    private ScheduleReport() {
    }

    static String render(AnnualPlan plan, Cli.Options options) {
        return switch (options.format) {
            case JSON -> FinsamJson.create().writeSchedule(plan);
            case CSV -> csv(plan, options.csvDialect);
            case TABLE -> table(plan, options.explain);
        };
    }

    private static String table(AnnualPlan plan, boolean explain) {
        RoundingUnit unit = plan.projectRoundingUnit();
        List<CostSchedule> schedules = plan.schedules();
        ScheduleTotals totals = ScheduleTotals.of(schedules);
        StringBuilder sb = new StringBuilder();
        sb.append(plan.association().name()).append(" (").append(plan.association().id()).append(")\n");
        sb.append("Project costs per budget year: rounding unit ")
                .append(AmountFormat.amount(unit.value(), unit.scale(), plan.association().currency()))
                .append("; sums count decided projects (not APPLIED)\n\n");
        int columns = 4 + totals.years().size();
        boolean[] right = new boolean[columns];
        for (int c = 3; c < columns; c++) {
            right[c] = true;
        }
        Table table = new Table(right);
        List<String> header = new ArrayList<>(List.of("Project", "Status", "Basis", "Total cost"));
        totals.years().forEach(y -> header.add(String.valueOf(y)));
        table.row(header.toArray(String[]::new));
        long totalUnits = 0;
        for (CostSchedule s : schedules) {
            List<String> row = new ArrayList<>(List.of(s.project().name(), s.project().status().name(),
                    s.project().basis().name(), money(plan, unit, unit.unitsOf(s.project().totalCost()))));
            for (int y : totals.years()) {
                row.add(s.years().contains(y) ? money(plan, unit, s.unitsIn(y)) : "");
            }
            if (s.project().status().isDecided()) {
                totalUnits += unit.unitsOf(s.project().totalCost());
            }
            table.row(row.toArray(String[]::new));
        }
        table.gap();
        List<String> sum = new ArrayList<>(List.of("Sum", "", "", money(plan, unit, totalUnits)));
        totals.years().forEach(y -> sum.add(money(plan, unit, totals.unitsIn(y))));
        table.row(sum.toArray(String[]::new));
        List<String> committed = new ArrayList<>(List.of("Committed after year-end", "", "", ""));
        totals.years().forEach(y -> committed.add(money(plan, unit, totals.unitsAfter(y))));
        table.row(committed.toArray(String[]::new));
        sb.append(table);
        if (explain) {
            sb.append("\nHow each schedule came about (largest remainder at unit ").append(unit)
                    .append("; ties to the earlier year):\n");
            for (CostSchedule s : schedules) {
                sb.append('\n').append(s.explain()).append('\n');
            }
        }
        return sb.toString();
    }

    private static String money(AnnualPlan plan, RoundingUnit unit, long units) {
        return AmountFormat.amount(unit.decimalOf(units), unit.scale(), plan.association().currency());
    }

    private static String csv(AnnualPlan plan, CsvDialect dialect) {
        RoundingUnit unit = plan.projectRoundingUnit();
        Csv csv = new Csv(dialect).row("project", "name", "status", "basis", "year", "amount");
        for (CostSchedule s : plan.schedules()) {
            for (int year : s.years()) {
                csv.row(s.project().id().value(), s.project().name(), s.project().status().name(),
                        s.project().basis().name(), String.valueOf(year), csv.number(unit.decimalOf(s.unitsIn(year))));
            }
        }
        return csv.toString();
    }
}
