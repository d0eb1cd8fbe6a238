package se.finsam.report;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import se.finsam.budget.AnnualPlan;
import se.finsam.member.Member;
import se.finsam.member.MemberId;
import se.finsam.money.RoundingUnit;
import se.finsam.project.Project;
import se.finsam.project.ProjectId;

/** The cells of a plan's reports: its amounts at its rounding unit, its members and projects by name. */
final class PlanCells {

    private final AnnualPlan plan;
    private final RoundingUnit unit;
    private final CurrencyUnit currency;
    private final Map<ProjectId, Project> projects = new HashMap<>();

    PlanCells(AnnualPlan plan) {
        this.plan = plan;
        this.unit = plan.roundingUnit();
        this.currency = plan.association().currency();
        plan.projects().forEach(p -> projects.put(p.id(), p));
    }

    /** Zero at the plan's unit. */
    MonetaryAmount zero() {
        return unit.amountOf(0, currency);
    }

    /** An amount at the plan's unit. */
    Cell money(MonetaryAmount amount) {
        return Cell.money(amount, unit);
    }

    /** A rounding unit, as an amount. */
    Cell unit(RoundingUnit u) {
        return new Cell.Money(u.value(), u.scale(), currency);
    }

    /** The line under the title on the units of the amounts and of the project costs. */
    Text unitsLine() {
        return Text.of("budget.lead.units", unit(unit), unit(plan.projectRoundingUnit()));
    }

    Cell.Named member(MemberId id) {
        Member m = plan.association().charter().member(id).orElseThrow();
        return new Cell.Named(id.value(), m.name());
    }

    /** A project of the plan: the plan's reports name only its own projects. */
    Cell.Named project(ProjectId id) {
        return new Cell.Named(id.value(), Objects.requireNonNull(projects.get(id), "a project of the plan").name());
    }
}
