package se.finsam.report;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.money.MonetaryAmount;
import se.finsam.budget.AnnualPlan;
import se.finsam.budget.Budget;
import se.finsam.budget.CostLine;
import se.finsam.budget.EquityCheck;
import se.finsam.contribution.Contribution;
import se.finsam.contribution.Settlement;
import se.finsam.member.Member;
import se.finsam.member.MemberId;
import se.finsam.member.MemberKind;
import se.finsam.money.Amounts;
import se.finsam.money.Decimals;
import se.finsam.money.RoundingUnit;
import se.finsam.project.CoFinancing;
import se.finsam.project.Project;
import se.finsam.project.ProjectId;

/**
 * Builds the report of a {@link Budget}: {@code finsam budget}. Its two totals of costs are named apart
 * everywhere: the costs of the operation (the plan's cost lines) and the total costs (the operation and the
 * year's projects).
 */
final class BudgetReport {

    private final Budget budget;
    private final AnnualPlan plan;
    private final RoundingUnit unit;
    private final Map<ProjectId, Project> projects = new HashMap<>();

    private BudgetReport(Budget budget) {
        this.budget = budget;
        this.plan = budget.plan();
        this.unit = budget.unit();
        plan.projects().forEach(p -> projects.put(p.id(), p));
    }

    static Report of(Budget budget, Detail detail) {
        return new BudgetReport(budget).report(detail);
    }

    private Report report(Detail detail) {
        Report.Builder report = Report.builder(plan.association().name(), Text.of("budget.title", Cell.year(budget.year())))
                .lead(Text.of("report.association", Cell.text(plan.association().name())))
                .lead(Text.of("budget.lead.units", unitCell(unit), unitCell(plan.projectRoundingUnit())));
        report.section(income()).section(costs()).section(projectCosts());
        coFinancing(report);
        report.section(summary()).section(commitments());
        report.section(ScheduleReport.section(plan, plan.schedules()));
        budget.settlement().ifPresent(s -> report.section(settlement(s)));
        budget.equityCheck().ifPresent(e -> report.section(equity(e)));
        if (detail == Detail.EXPLAINED) {
            SplitReport.explanation(budget.contributions()).forEach(report::section);
            report.section(ScheduleReport.explanation(plan.schedules(), plan.projectRoundingUnit(), plan.association().currency()));
        }
        return report.build();
    }

    /**
     * An amount as the document gives it, not rounded to a unit (co-financing is not): with its own decimals,
     * and at least the project unit's.
     */
    private Cell given(MonetaryAmount amount) {
        BigDecimal value = Decimals.stripTrailingZeros(Amounts.decimal(amount));
        return new Cell.Money(value, Math.max(plan.projectRoundingUnit().scale(), Math.max(0, value.scale())),
                amount.getCurrency());
    }

    private Cell unitCell(RoundingUnit u) {
        return new Cell.Money(u.value(), u.scale(), plan.association().currency());
    }

    private Cell money(MonetaryAmount amount) {
        return Cell.money(amount, unit);
    }

    private Cell.Named member(MemberId id) {
        Member m = plan.association().charter().member(id).orElseThrow();
        return new Cell.Named(id.value(), m.name());
    }

    private Cell.Named project(ProjectId id) {
        return new Cell.Named(id.value(), projectOf(id).name());
    }

    /** A project of the plan: the budget names only the plan's own projects. */
    private Project projectOf(ProjectId id) {
        return Objects.requireNonNull(projects.get(id), "a project of the plan");
    }

    private Section income() {
        Section.Builder s = Section.builder("income", Text.of("budget.income"), Column.named("member", "name", "column.member"),
                Column.codes("kind", "column.kind"), Column.numbers("amount", "column.amount"));
        for (Contribution c : budget.contributions().contributions()) {
            s.row(member(c.member()), Codes.kind(c.kind()), money(c.amount()));
        }
        return s.total(Cell.label("budget.row.income"), Cell.EMPTY, money(budget.income())).build();
    }

    private Section costs() {
        Section.Builder s = Section.builder("costs", Text.of("budget.costs"), Column.codes("category", "column.category"),
                Column.words("name", "column.name"), Column.numbers("amount", "column.amount"));
        for (CostLine line : plan.costs()) {
            s.row(Codes.of("costCategory", line.category()), line.name().map(Cell::text).orElse(Cell.EMPTY),
                    money(line.amount()));
        }
        return s.total(Cell.label("budget.row.operatingCosts"), Cell.EMPTY, money(budget.costs())).build();
    }

    private Section projectCosts() {
        Section.Builder s = Section.builder("projects", Text.of("budget.projects", Cell.year(budget.year())),
                Column.named("project", "name", "column.project"), Column.codes("status", "column.status"),
                Column.numbers("amount", "column.amount"));
        for (Map.Entry<ProjectId, MonetaryAmount> e : budget.projectCostsByProject().entrySet()) {
            s.row(project(e.getKey()), Codes.of("projectStatus", projectOf(e.getKey()).status()), money(e.getValue()));
        }
        s.total(Cell.label("budget.row.projectCosts"), Cell.EMPTY, money(budget.projectCosts()));
        List<ProjectId> undecided = budget.undecidedProjects();
        if (!undecided.isEmpty()) {
            s.note(Text.of("budget.note.undecided", Cell.text(String.join(", ",
                    undecided.stream().map(id -> projectOf(id).name()).toList()))));
        }
        return s.build();
    }

    /** The co-financing of the plan's projects from outside the association, when any project has some. */
    private void coFinancing(Report.Builder report) {
        Section.Builder s = Section.builder("coFinancing", Text.of("budget.coFinancing"),
                Column.named("project", "name", "column.project"), Column.words("source", "column.source"),
                Column.numbers("amount", "column.amount"));
        boolean any = false;
        for (Project p : plan.projects()) {
            for (CoFinancing c : p.coFinancing()) {
                s.row(new Cell.Named(p.id().value(), p.name()), Cell.text(c.source()), given(c.amount()));
                any = true;
            }
        }
        if (any) {
            report.section(s.note(Text.of("budget.note.coFinancing")).build());
        }
    }

    private Section summary() {
        Section.Builder s = Section.builder("summary", Text.of("budget.summary"), Column.words("item", "column.item"),
                Column.numbers("amount", "column.amount"));
        s.row(Cell.label("budget.row.income"), money(budget.income()));
        s.row(Cell.label("budget.row.operatingCosts"), money(budget.costs()));
        s.row(Cell.label("budget.row.projectCosts"), money(budget.projectCosts()));
        s.row(Cell.label("budget.row.totalCosts"), money(budget.totalCosts()));
        s.chart(Chart.bars(Text.of("budget.chart.summary"), "item", "amount").rows(Row.Kind.DATA, Row.Kind.TOTAL));
        return s.total(Cell.label("budget.row.disposable"), money(budget.disposable())).build();
    }

    private Section commitments() {
        Section.Builder s = Section.builder("commitments", Text.of("budget.commitments", Cell.year(budget.year())),
                Column.words("year", "column.year"), Column.numbers("amount", "column.amount"));
        for (Map.Entry<Integer, MonetaryAmount> e : budget.commitmentsByYear().entrySet()) {
            s.row(Cell.year(e.getKey()), money(e.getValue()));
        }
        s.total(Cell.label("budget.row.commitments"), money(budget.commitments()));
        s.row(Row.subtotal(Cell.label("budget.row.reserve"), money(budget.reserve())));
        s.row(Row.subtotal(Cell.label("budget.row.unreservedSurplus"), money(budget.unreservedSurplus())));
        if (budget.shortfall().isPositive()) {
            s.row(Row.subtotal(Cell.label("budget.row.shortfall"), money(budget.shortfall())));
        }
        // The commitments per year, their total and the reserve that covers them, as bars.
        s.chart(Chart.bars(Text.of("budget.chart.commitments"), "year", "amount").rows(Row.Kind.DATA, Row.Kind.TOTAL,
                Row.Kind.SUBTOTAL));
        return s.note(Text.of("budget.note.reserve")).build();
    }

    private Section settlement(Settlement settlement) {
        return SettlementReport.section(settlement, plan, Text.of("budget.settlement"));
    }

    private Section equity(EquityCheck e) {
        Section.Builder s = Section.builder("equity", Text.of("budget.equity"), Column.words("item", "column.item"),
                Column.numbers("value", "column.value"));
        s.row(Cell.label("budget.row.equity"), money(e.equity()));
        s.row(Cell.label("budget.row.size"), money(e.size()));
        s.row(Cell.label("budget.row.maxPercent"),
                new Cell.Percent(e.step().maxPercent(), Math.max(0, e.step().maxPercent().stripTrailingZeros().scale())));
        s.row(Cell.label("budget.row.reasonableLevel"), money(e.reasonableLevel()));
        s.total(Cell.label(e.isOverLevel() ? "budget.row.overLevel" : "budget.row.withinLevel"),
                money(e.isOverLevel() ? e.excess() : e.excess().negate()));
        return s.build();
    }
}
