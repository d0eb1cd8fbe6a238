package se.finsam.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;
import se.finsam.budget.AnnualPlan;
import se.finsam.budget.BudgetFollowUp;
import se.finsam.budget.EquityCheck;
import se.finsam.budget.MemberShares;
import se.finsam.budget.YearEnd;
import se.finsam.contribution.Contribution;
import se.finsam.indicator.DisplayRounding;
import se.finsam.money.Fraction;
import se.finsam.money.RoundingUnit;

/**
 * Builds the report of a plan's year as it happens: {@code finsam outcome}. The follow-up of the budget
 * (budgetuppföljning: income per member, cost categories and projects with budget, outcome to date, forecast,
 * deviation and the share used against the share of the year passed), the year-end result and equity, and the
 * members' shares of the closing equity and of the result. Without an outcome the columns of the outcome are
 * left out and the lead says so: the year end then rests on the forecast.
 */
final class OutcomeReport {

    private final AnnualPlan plan;
    private final BudgetFollowUp followUp;
    private final YearEnd yearEnd;
    private final boolean booked;
    private final PlanCells cells;

    private OutcomeReport(AnnualPlan plan) {
        this.plan = plan;
        this.followUp = plan.followUp();
        this.yearEnd = plan.yearEnd();
        this.booked = followUp.date().isPresent();
        this.cells = new PlanCells(plan);
    }

    static Report of(AnnualPlan plan, Detail detail) {
        return new OutcomeReport(plan).report(detail);
    }

    private Report report(Detail detail) {
        Report.Builder report = Report.builder(plan.association().name(), Text.of("outcome.title", Cell.year(plan.year())))
                .lead(Text.of("report.association", Cell.text(plan.association().name())))
                .lead(cells.unitsLine());
        if (booked) {
            report.lead(Text.of("outcome.lead.date", new Cell.Date(followUp.date().orElseThrow()),
                    percent(followUp.yearPassedPercent())));
        } else {
            report.lead(Text.of("outcome.lead.noOutcome"));
        }
        report.lead(Text.of("outcome.lead.rounding", Cell.count(DisplayRounding.PERCENT_SCALE)));
        plan.note().ifPresent(n -> report.lead(Text.of("year.lead.note", Cell.text(n))));
        report.section(income()).section(costs()).section(projectLines()).section(totals());
        report.section(yearEnd()).section(shares());
        if (detail == Detail.EXPLAINED) {
            SplitReport.explanation(yearEnd.equityShares().split(), "Equity", Text.of("outcome.explain.equityParties"),
                    Text.of("outcome.explain.equityMembers"), Text.of("outcome.explain.note.members"))
                    .forEach(report::section);
            SplitReport.explanation(yearEnd.resultShares().split(), "Result", Text.of("outcome.explain.resultParties"),
                    Text.of("outcome.explain.resultMembers"), Text.of("outcome.explain.note.members"))
                    .forEach(report::section);
        }
        return report.build();
    }

    // The follow-up.

    private Section income() {
        List<Column> columns = new ArrayList<>(List.of(Column.named("member", "name", "column.member"),
                Column.numbers("budget", "column.budget")));
        if (booked) {
            columns.add(Column.numbers("received", "column.received"));
            columns.add(Column.numbers("outstanding", "column.outstanding"));
        }
        Section.Builder s = Section.builder("outcomeIncome", Text.of("outcome.income"), columns);
        MonetaryAmount budget = cells.zero();
        for (BudgetFollowUp.IncomeLine line : followUp.income()) {
            s.row(incomeCells(cells.member(line.member()), line.budget(), line.received()));
            budget = budget.add(line.budget());
        }
        return s.total(incomeCells(Cell.label("budget.row.income"), budget, followUp.incomeReceived())).build();
    }

    private Cell[] incomeCells(Cell label, MonetaryAmount budget, MonetaryAmount received) {
        return booked ? new Cell[] {label, cells.money(budget), cells.money(received), cells.money(budget.subtract(received))}
                : new Cell[] {label, cells.money(budget)};
    }

    /** The columns of a line of the follow-up after its label: those of the outcome only when there is one. */
    private List<Column> lineColumns(Column label) {
        List<Column> columns = new ArrayList<>(List.of(label, Column.numbers("budget", "column.budget")));
        if (booked) {
            columns.add(Column.numbers("outcome", "column.outcome"));
        }
        columns.add(Column.numbers("forecast", "column.forecast"));
        columns.add(Column.numbers("deviation", "column.deviation"));
        columns.add(Column.numbers("deviationPercent", "column.deviationPercent"));
        if (booked) {
            columns.add(Column.numbers("usedPercent", "column.usedPercent"));
            columns.add(Column.numbers("passedPercent", "column.passedPercent"));
            columns.add(Column.codes("flag", "column.flag"));
        }
        return columns;
    }

    private Row lineRow(Row.Kind kind, Cell label, BudgetFollowUp.Line line) {
        List<Cell> row = new ArrayList<>(List.of(label, cells.money(line.budget())));
        if (booked) {
            row.add(cells.money(line.outcome()));
        }
        row.add(cells.money(line.forecast()));
        row.add(cells.money(line.deviation()));
        row.add(percent(line.deviationPercent()));
        if (booked) {
            row.add(percent(line.usedPercent()));
            row.add(percent(line.passedPercent()));
            row.add(line.flagged() ? Codes.of("outcomeFlag", "AHEAD") : Cell.EMPTY);
        }
        return new Row(kind, row);
    }

    private Section costs() {
        Section.Builder s = Section.builder("outcomeCosts", Text.of("budget.costs"),
                lineColumns(Column.codes("category", "column.category")));
        for (BudgetFollowUp.Line line : followUp.costLines()) {
            s.row(lineRow(Row.Kind.DATA, Codes.of("costCategory", line.category().orElseThrow()), line));
        }
        s.row(lineRow(Row.Kind.TOTAL, Cell.label("budget.row.operatingCosts"), followUp.costsTotal()));
        return withChart(s, "outcome.chart.costs", "category").build();
    }

    private Section projectLines() {
        Section.Builder s = Section.builder("outcomeProjects", Text.of("outcome.projects"),
                lineColumns(Column.named("project", "name", "column.project")));
        for (BudgetFollowUp.Line line : followUp.projectLines()) {
            s.row(lineRow(Row.Kind.DATA, cells.project(line.project().orElseThrow()), line));
        }
        s.row(lineRow(Row.Kind.TOTAL, Cell.label("budget.row.projectCosts"), followUp.projectsTotal()));
        return withChart(s, "outcome.chart.projects", "project").build();
    }

    /** Budget against forecast as bars per line, with the deviation. */
    private static Section.Builder withChart(Section.Builder s, String title, String labelColumn) {
        return s.chart(Chart.grouped(Text.of(title), labelColumn, List.of("budget", "forecast", "deviation")));
    }

    private Section totals() {
        Section.Builder s = Section.builder("outcomeTotals", Text.of("outcome.totals"),
                lineColumns(Column.words("item", "column.item")));
        s.row(lineRow(Row.Kind.DATA, Cell.label("budget.row.operatingCosts"), followUp.costsTotal()));
        s.row(lineRow(Row.Kind.DATA, Cell.label("budget.row.projectCosts"), followUp.projectsTotal()));
        s.row(lineRow(Row.Kind.TOTAL, Cell.label("budget.row.totalCosts"), followUp.total()));
        s.note(Text.of("outcome.note.deviation"));
        if (booked) {
            s.note(Text.of("outcome.note.flag", Cell.count(BudgetFollowUp.FLAG_MARGIN_PERCENT)));
        }
        return s.note(Text.of("outcome.note.forecast")).build();
    }

    // The year end.

    private Section yearEnd() {
        Section.Builder s = Section.builder("yearEnd", Text.of("outcome.yearEnd"), Column.words("item", "column.item"),
                Column.numbers("amount", "column.amount"), Column.words("remark", "column.remark"));
        s.row(Cell.label("outcome.row.basis"), Cell.EMPTY, Cell.label("outcome.basis." + yearEnd.basis().name()));
        s.row(Cell.label("budget.row.income"), cells.money(yearEnd.income()), Cell.EMPTY);
        s.row(Cell.label("budget.row.totalCosts"), cells.money(yearEnd.costs()), Cell.EMPTY);
        s.row(Row.subtotal(Cell.label("outcome.row.result"), cells.money(yearEnd.result()), Cell.EMPTY));
        s.row(Cell.label("outcome.row.openingEquity"), cells.money(yearEnd.openingEquity().orElse(cells.zero())),
                yearEnd.openingEquity().isPresent() ? Cell.EMPTY : Cell.label("outcome.remark.noOpeningEquity"));
        s.total(Cell.label("budget.row.equity"), cells.money(yearEnd.closingEquity()), Cell.EMPTY);
        s.row(Row.subtotal(Cell.label("budget.row.commitments"), cells.money(yearEnd.commitments()), Cell.EMPTY));
        s.row(Row.subtotal(Cell.label("budget.row.reserve"), cells.money(yearEnd.reserve()), Cell.EMPTY));
        s.row(Row.subtotal(Cell.label("budget.row.unreservedSurplus"), cells.money(yearEnd.unreservedSurplus()),
                yearEnd.hasUnreservedSurplus() ? Cell.label("outcome.remark.unreservedSurplus") : Cell.EMPTY));
        s.row(Row.subtotal(Cell.label("budget.row.shortfall"), cells.money(yearEnd.shortfall()), Cell.EMPTY));
        yearEnd.equityCheck().ifPresent(e -> equityRows(s, e));
        return s.note(Text.of("outcome.note.yearEnd")).build();
    }

    private void equityRows(Section.Builder s, EquityCheck e) {
        s.row(Cell.label("budget.row.size"), cells.money(e.size()), Cell.EMPTY);
        s.row(Cell.label("budget.row.maxPercent"),
                new Cell.Percent(e.step().maxPercent(), Math.max(0, e.step().maxPercent().stripTrailingZeros().scale())),
                Cell.EMPTY);
        s.row(Cell.label("budget.row.reasonableLevel"), cells.money(e.reasonableLevel()), Cell.EMPTY);
        s.row(Row.subtotal(Cell.label(e.isOverLevel() ? "budget.row.overLevel" : "budget.row.withinLevel"),
                cells.money(e.isOverLevel() ? e.excess() : e.excess().negate()), Cell.EMPTY));
    }

    // The members' shares.

    private Section shares() {
        MemberShares equity = yearEnd.equityShares();
        MemberShares result = yearEnd.resultShares();
        Section.Builder s = Section.builder("memberShares", Text.of("outcome.shares"),
                Column.named("member", "name", "column.member"), Column.codes("kind", "column.kind"),
                Column.numbers("equity", "column.equityShare"), Column.numbers("result", "column.resultShare"));
        for (Contribution c : equity.shares()) {
            s.row(cells.member(c.member()), Codes.kind(c.kind()), cells.money(c.amount()), cells.money(result.amountOf(c.member())));
        }
        s.total(Cell.label("row.total"), Cell.EMPTY, cells.money(equity.amount()), cells.money(result.amount()));
        s.note(Text.of("outcome.note.shares", Cell.label(plan.finalMunicipalKey().isPresent()
                ? "outcome.keys.final" : "outcome.keys.charter"), cells.unit(plan.roundingUnit())));
        if (equity.isNegative() || result.isNegative()) {
            s.note(Text.of("outcome.note.negativeShares"));
        }
        return s.build();
    }

    // Cells.

    private static Cell percent(Optional<Fraction> percent) {
        // The core's percentages are in percent already: rounded here, once, as the lead says.
        return percent.<Cell>map(p -> new Cell.Percent(p.toBigDecimal(DisplayRounding.PERCENT_SCALE, DisplayRounding.MODE),
                DisplayRounding.PERCENT_SCALE)).orElse(Cell.EMPTY);
    }
}
