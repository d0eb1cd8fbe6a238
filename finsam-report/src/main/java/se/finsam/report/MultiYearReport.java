package se.finsam.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.money.MonetaryAmount;
import se.finsam.budget.AnnualPlan;
import se.finsam.budget.CostCategory;
import se.finsam.budget.MemberShares;
import se.finsam.budget.MultiYearPlan;
import se.finsam.contribution.Contribution;
import se.finsam.project.ProjectId;

/**
 * Builds the report of a plan's {@link MultiYearPlan}: {@code finsam plan}, the years side by side as columns
 * (a preliminary year marked), the rows the income per member, the costs by category, the decided projects'
 * costs, and the disposable amount, commitments, reserve, unreserved surplus, shortfall and projected equity
 * of each year.
 */
final class MultiYearReport {

    private final AnnualPlan plan;
    private final List<MultiYearPlan.Year> years;
    private final PlanCells cells;

    private MultiYearReport(AnnualPlan plan) {
        this.plan = plan;
        this.years = plan.multiYear().years();
        this.cells = new PlanCells(plan);
    }

    static Report of(AnnualPlan plan, Detail detail) {
        return new MultiYearReport(plan).report(detail);
    }

    private Report report(Detail detail) {
        MultiYearPlan.Year first = years.get(0);
        MultiYearPlan.Year last = years.get(years.size() - 1);
        Report.Builder report = Report.builder(plan.association().name(),
                first.year() == last.year() ? Text.of("plan.titleOneYear", Cell.year(first.year()))
                        : Text.of("plan.title", Cell.year(first.year()), Cell.year(last.year())))
                .lead(Text.of("report.association", Cell.text(plan.association().name())))
                .lead(cells.unitsLine());
        if (years.stream().anyMatch(MultiYearPlan.Year::preliminary)) {
            report.lead(Text.of("plan.lead.preliminary"));
        }
        report.lead(plan.openingEquity().map(e -> Text.of("plan.lead.openingEquity", cells.money(e), Cell.year(first.year())))
                .orElse(Text.of("plan.lead.noOpeningEquity")));
        plan.note().ifPresent(n -> report.lead(Text.of("year.lead.note", Cell.text(n))));
        report.section(income()).section(costs()).section(projects()).section(summary());
        if (first.equityShares().isPresent()) {
            report.section(equityShares());
        }
        if (detail == Detail.EXPLAINED) {
            for (MultiYearPlan.Year y : years) {
                SplitReport.explanation(y.income(), Integer.toString(y.year()),
                        Text.of("plan.explain.parties", Cell.year(y.year())),
                        Text.of("plan.explain.members", Cell.year(y.year()))).forEach(report::section);
            }
        }
        return report.build();
    }

    /** The leading columns, then a column of numbers per year, {@code y2007}, headed by the year, a preliminary one marked. */
    private List<Column> columns(Column... leading) {
        List<Column> columns = new ArrayList<>(List.of(leading));
        for (MultiYearPlan.Year y : years) {
            columns.add(new Column("y" + y.year(), yearHeader(y), Column.Type.NUMBERS, Optional.empty()));
        }
        return columns;
    }

    private static Text yearHeader(MultiYearPlan.Year y) {
        return Text.of(y.preliminary() ? "plan.column.preliminaryYear" : "plan.column.year", Cell.year(y.year()));
    }

    /** The leading cells, then each year's amount. */
    private Cell[] row(Function<MultiYearPlan.Year, MonetaryAmount> amount, Cell... leading) {
        List<Cell> row = new ArrayList<>(List.of(leading));
        for (MultiYearPlan.Year y : years) {
            row.add(cells.money(amount.apply(y)));
        }
        return row.toArray(new Cell[0]);
    }

    private Section income() {
        Section.Builder s = Section.builder("planIncome", Text.of("plan.income"),
                columns(Column.named("member", "name", "column.member")));
        for (Contribution c : years.get(0).income().contributions()) {
            s.row(row(y -> y.income().amountOf(c.member()), cells.member(c.member())));
        }
        return s.total(row(y -> y.income().total(), Cell.label("budget.row.income"))).build();
    }

    private Section costs() {
        Section.Builder s = Section.builder("planCosts", Text.of("budget.costs"),
                columns(Column.codes("category", "column.category")));
        Set<CostCategory> categories = new LinkedHashSet<>();
        for (CostCategory c : CostCategory.values()) {
            if (years.stream().anyMatch(y -> y.costsByCategory().containsKey(c))) {
                categories.add(c);
            }
        }
        for (CostCategory c : categories) {
            s.row(row(y -> y.costsByCategory().getOrDefault(c, cells.zero()), Codes.of("costCategory", c)));
        }
        return s.total(row(MultiYearPlan.Year::costs, Cell.label("budget.row.operatingCosts"))).build();
    }

    private Section projects() {
        Section.Builder s = Section.builder("planProjects", Text.of("plan.projects"),
                columns(Column.named("project", "name", "column.project")));
        for (ProjectId id : years.get(0).projectCostsByProject().keySet()) {
            s.row(row(y -> y.projectCostsByProject().getOrDefault(id, cells.zero()), cells.project(id)));
        }
        return s.total(row(MultiYearPlan.Year::projectCosts, Cell.label("budget.row.projectCosts")))
                .note(Text.of("plan.note.projects")).build();
    }

    private Section summary() {
        Section.Builder s = Section.builder("planSummary", Text.of("plan.summary"),
                columns(Column.words("item", "column.item")));
        s.row(row(y -> y.income().total(), Cell.label("budget.row.income")));
        s.row(row(MultiYearPlan.Year::costs, Cell.label("budget.row.operatingCosts")));
        s.row(row(MultiYearPlan.Year::projectCosts, Cell.label("budget.row.projectCosts")));
        s.total(row(MultiYearPlan.Year::disposable, Cell.label("budget.row.disposable")));
        s.row(Row.subtotal(row(MultiYearPlan.Year::commitments, Cell.label("plan.row.commitments"))));
        s.row(Row.subtotal(row(MultiYearPlan.Year::reserve, Cell.label("budget.row.reserve"))));
        s.row(Row.subtotal(row(MultiYearPlan.Year::unreservedSurplus, Cell.label("budget.row.unreservedSurplus"))));
        s.row(Row.subtotal(row(MultiYearPlan.Year::shortfall, Cell.label("budget.row.shortfall"))));
        if (years.get(0).closingEquity().isPresent()) {
            s.row(Row.subtotal(row(y -> y.closingEquity().orElseThrow(), Cell.label("plan.row.equity"))));
            s.note(Text.of("plan.note.equity"));
        }
        return s.note(Text.of("plan.note.reserve")).build();
    }

    private Section equityShares() {
        Section.Builder s = Section.builder("planEquityShares", Text.of("plan.equityShares"),
                columns(Column.named("member", "name", "column.member")));
        for (Contribution c : years.get(0).income().contributions()) {
            s.row(row(y -> shares(y).amountOf(c.member()), cells.member(c.member())));
        }
        s.total(row(y -> shares(y).amount(), Cell.label("row.total")));
        return s.note(Text.of("plan.note.shares")).build();
    }

    private static MemberShares shares(MultiYearPlan.Year y) {
        return y.equityShares().orElseThrow();
    }

}
