package se.finsam.cli;

import static se.finsam.cli.Align.LEFT;
import static se.finsam.cli.Align.RIGHT;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import javax.money.MonetaryAmount;
import se.finsam.budget.AnnualPlan;
import se.finsam.budget.Budget;
import se.finsam.budget.CostCategory;
import se.finsam.budget.CostLine;
import se.finsam.budget.EquityCheck;
import se.finsam.contribution.Contribution;
import se.finsam.contribution.Settlement;
import se.finsam.member.Member;
import se.finsam.member.MemberId;
import se.finsam.member.MemberKind;
import se.finsam.money.AmountFormat;
import se.finsam.money.RoundingUnit;
import se.finsam.project.Project;
import se.finsam.project.ProjectId;

/** Renders {@code finsam budget}: the budget of a plan's year. */
final class BudgetReport implements Report<AnnualPlan> {

    @Override
    public void table(AnnualPlan plan, Cli.Options options, PrintStream out) {
        out.print(table(plan.budget()));
    }

    @Override
    public void csv(AnnualPlan plan, Cli.Options options, PrintStream out) {
        out.print(csv(plan.budget(), options.csvDialect));
    }

    private static String table(Budget b) {
        RoundingUnit unit = b.unit();
        Map<ProjectId, Project> projects = projects(b);
        StringBuilder sb = new StringBuilder();
        sb.append(b.plan().association().name()).append(" (").append(b.plan().association().id()).append(")\n");
        sb.append("Budget ").append(b.year()).append(": rounding unit ").append(unitText(b, unit))
                .append(", projects at ").append(unitText(b, b.plan().projectRoundingUnit())).append("\n\n");
        Table t = Table.columns(LEFT, RIGHT);
        t.row("Income", "");
        for (Contribution c : b.contributions().contributions()) {
            t.row("  " + name(b, c), AmountFormat.amount(c.amount(), unit));
        }
        t.row("Income", AmountFormat.amount(b.income(), unit));
        t.gap();
        t.row("Costs", "");
        for (Map.Entry<CostCategory, MonetaryAmount> e : b.costsByCategory().entrySet()) {
            t.row("  " + e.getKey().swedishName() + " (" + e.getKey() + ")", AmountFormat.amount(e.getValue(), unit));
        }
        t.row("  Projects " + b.year(), AmountFormat.amount(b.projectCosts(), unit));
        for (Map.Entry<ProjectId, MonetaryAmount> e : b.projectCostsByProject().entrySet()) {
            t.row("    " + projectName(projects, e.getKey()), AmountFormat.amount(e.getValue(), unit));
        }
        t.row("Costs", AmountFormat.amount(b.totalCosts(), unit));
        t.gap();
        t.row("Disposable (income - costs)", AmountFormat.amount(b.disposable(), unit));
        t.gap();
        t.row("Commitments after " + b.year(), AmountFormat.amount(b.commitments(), unit));
        for (Map.Entry<Integer, MonetaryAmount> e : b.commitmentsByYear().entrySet()) {
            t.row("  " + e.getKey(), AmountFormat.amount(e.getValue(), unit));
        }
        t.row("Reserve for commitments", AmountFormat.amount(b.reserve(), unit));
        t.row("Unreserved surplus", AmountFormat.amount(b.unreservedSurplus(), unit));
        if (b.shortfall().isPositive()) {
            t.row("Commitments not covered", AmountFormat.amount(b.shortfall(), unit));
        }
        sb.append(t);
        if (!b.undecidedProjects().isEmpty()) {
            sb.append("\nNot in the budget (applied for, not decided): ");
            sb.append(String.join(", ", b.undecidedProjects().stream().map(id -> projectName(projects, id)).toList()))
                    .append('\n');
        }
        if (b.settlement().isPresent()) {
            sb.append("\nSettlement against the final municipal key (positive: pays more; negative: gets back)\n\n");
            Table s = Table.columns(LEFT, RIGHT, RIGHT, RIGHT);
            s.row("Municipality", "Invoiced", "Due", "Difference");
            for (Settlement.Entry e : b.settlement().get().entries()) {
                if (e.kind() == MemberKind.MUNICIPALITY) {
                    s.row(member(b, e.member().value()).name(), AmountFormat.amount(e.invoiced(), unit),
                            AmountFormat.amount(e.due(), unit), AmountFormat.amount(e.difference(), unit));
                }
            }
            sb.append(s);
        }
        if (b.equityCheck().isPresent()) {
            EquityCheck e = b.equityCheck().get();
            sb.append("\nEquity at year end: ").append(AmountFormat.amount(e.equity(), unit))
                    .append("; reasonable level ").append(AmountFormat.number(e.step().maxPercent(),
                            Math.max(0, e.step().maxPercent().scale())))
                    .append(" % of the income ").append(AmountFormat.amount(e.size(), unit)).append(" = ")
                    .append(AmountFormat.amount(e.reasonableLevel(), unit)).append("; ")
                    .append(e.isOverLevel() ? "over it by " + AmountFormat.amount(e.excess(), unit)
                            : "within it by " + AmountFormat.amount(e.excess().negate(), unit))
                    .append('\n');
        }
        return sb.toString();
    }

    private static String unitText(Budget b, RoundingUnit unit) {
        return AmountFormat.amount(unit.value(), unit.scale(), b.plan().association().currency());
    }

    private static String name(Budget b, Contribution c) {
        return member(b, c.member().value()).name();
    }

    private static Member member(Budget b, String id) {
        return b.plan().association().charter().member(MemberId.of(id)).orElseThrow();
    }

    /** The plan's projects by id, looked up once for every row. */
    private static Map<ProjectId, Project> projects(Budget b) {
        Map<ProjectId, Project> projects = new HashMap<>();
        b.plan().projects().forEach(p -> projects.put(p.id(), p));
        return projects;
    }

    /** The name of project {@code id} of the budget: every project of a budget is one of its plan's. */
    private static String projectName(Map<ProjectId, Project> projects, ProjectId id) {
        return Objects.requireNonNull(projects.get(id), "every project of a budget is in its plan").name();
    }

    private static String csv(Budget b, CsvDialect dialect) {
        RoundingUnit unit = b.unit();
        Map<ProjectId, Project> projects = projects(b);
        Csv csv = new Csv(dialect).row("section", "item", "name", "amount");
        for (Contribution c : b.contributions().contributions()) {
            csv.row("income", c.member().value(), name(b, c), csv.number(decimal(c.amount(), unit)));
        }
        for (CostLine c : b.plan().costs()) {
            csv.row("cost", c.category().name(), c.name().orElse(c.category().swedishName()),
                    csv.number(decimal(c.amount(), unit)));
        }
        for (Map.Entry<ProjectId, MonetaryAmount> e : b.projectCostsByProject().entrySet()) {
            csv.row("project", e.getKey().value(), projectName(projects, e.getKey()), csv.number(decimal(e.getValue(), unit)));
        }
        csv.row("total", "income", "Income", csv.number(decimal(b.income(), unit)));
        csv.row("total", "costs", "Costs", csv.number(decimal(b.costs(), unit)));
        csv.row("total", "projectCosts", "Project costs", csv.number(decimal(b.projectCosts(), unit)));
        csv.row("total", "disposable", "Disposable", csv.number(decimal(b.disposable(), unit)));
        csv.row("total", "commitments", "Commitments", csv.number(decimal(b.commitments(), unit)));
        csv.row("total", "reserve", "Reserve", csv.number(decimal(b.reserve(), unit)));
        return csv.toString();
    }

    private static BigDecimal decimal(MonetaryAmount amount, RoundingUnit unit) {
        return unit.decimalOf(unit.unitsOf(amount));
    }
}
