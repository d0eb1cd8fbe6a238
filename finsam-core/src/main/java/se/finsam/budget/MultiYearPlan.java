package se.finsam.budget;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import se.finsam.association.CoordinationAssociation;
import se.finsam.contribution.ContributionSplit;
import se.finsam.money.RoundingUnit;
import se.finsam.project.CostSchedule;
import se.finsam.project.ProjectId;

/**
 * A plan's years side by side (flerårsplan): for the first year and each later year, the income per
 * member, the costs, the decided projects' costs, the disposable amount, the commitments carried into the
 * years after it and the reserve its year end needs (docs/domain.md, The multi-year plan). Computed from an
 * {@link AnnualPlan} by {@link AnnualPlan#multiYear()}.
 *
 * <p>Each year is figured as {@link Budget} figures its year: income by the statutory split of the year's
 * financing (by the year's municipal key, when it has its own); costs from its cost lines; project costs from
 * the projects' schedules, which span the years; disposable = income − costs − project costs; commitments
 * = the decided projects' costs after the year; reserve = {@code min(max(disposable, 0), commitments)}.
 * So the first year equals the plan's budget. When the plan gives an opening equity, each year also has the
 * equity it is expected to close with by the plan, the opening equity plus the disposable amounts so far, and
 * each member's share of it by that year's keys. Every figure of a year is the budget's: the outcome and the
 * forecast of the first year are the {@link YearEnd}'s, whose closing equity differs by the forecast's
 * deviations.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MultiYearPlan {

    /**
     * One year of the plan.
     *
     * @param year the year
     * @param preliminary whether its financing is preliminary
     * @param income the members' contributions
     * @param costsByCategory the costs outside the projects by category, in category order
     * @param costs the costs outside the projects
     * @param projectCostsByProject the year's cost of each decided project, in project order
     * @param projectCosts the year's cost of the decided projects
     * @param disposable income − costs − project costs; negative is a deficit
     * @param commitments the decided projects' costs in all years after this one
     * @param reserve the part of the disposable amount to keep for the commitments
     * @param unreservedSurplus the disposable amount beyond the commitments
     * @param shortfall the commitments the disposable amount cannot cover
     * @param closingEquity the equity expected at the year's end by the plan, when the plan gives an opening
     *     equity: the opening equity plus the disposable amounts of the years so far
     * @param equityShares each member's share of that equity by the year's keys
     */
    public record Year(int year, boolean preliminary, ContributionSplit income, Map<CostCategory, MonetaryAmount> costsByCategory,
            MonetaryAmount costs, Map<ProjectId, MonetaryAmount> projectCostsByProject, MonetaryAmount projectCosts,
            MonetaryAmount disposable, MonetaryAmount commitments, MonetaryAmount reserve, MonetaryAmount unreservedSurplus,
            MonetaryAmount shortfall, Optional<MonetaryAmount> closingEquity, Optional<MemberShares> equityShares) {

        /**
         * Validates that no component is null, and copies the maps.
         *
         * @param year the year
         * @param preliminary whether its financing is preliminary
         * @param income the members' contributions
         * @param costsByCategory the costs by category
         * @param costs the costs outside the projects
         * @param projectCostsByProject the cost of each decided project
         * @param projectCosts the cost of the decided projects
         * @param disposable the disposable amount
         * @param commitments the commitments after the year
         * @param reserve the reserve
         * @param unreservedSurplus the unreserved surplus
         * @param shortfall the shortfall
         * @param closingEquity the equity expected at year end
         * @param equityShares the members' shares of it
         * @throws NullPointerException if a component is null
         */
        public Year {
            Objects.requireNonNull(income, "income");
            costsByCategory = Collections.unmodifiableMap(new LinkedHashMap<>(costsByCategory));
            Objects.requireNonNull(costs, "costs");
            projectCostsByProject = Collections.unmodifiableMap(new LinkedHashMap<>(projectCostsByProject));
            Objects.requireNonNull(projectCosts, "projectCosts");
            Objects.requireNonNull(disposable, "disposable");
            Objects.requireNonNull(commitments, "commitments");
            Objects.requireNonNull(reserve, "reserve");
            Objects.requireNonNull(unreservedSurplus, "unreservedSurplus");
            Objects.requireNonNull(shortfall, "shortfall");
            Objects.requireNonNull(closingEquity, "closingEquity");
            Objects.requireNonNull(equityShares, "equityShares");
        }
    }

    private final AnnualPlan plan;
    private final List<Year> years;

    /**
     * Computes the multi-year plan of a plan. {@link AnnualPlan#multiYear()} holds the result of this.
     *
     * @param plan the plan
     * @return the multi-year plan
     */
    public static MultiYearPlan compute(AnnualPlan plan) {
        return new MultiYearPlan(Objects.requireNonNull(plan, "plan"));
    }

    private MultiYearPlan(AnnualPlan plan) {
        this.plan = plan;
        RoundingUnit unit = plan.roundingUnit();
        CurrencyUnit currency = plan.association().currency();
        long factor = unit.unitsOf(plan.projectRoundingUnit().value());
        List<CostSchedule> decided = plan.schedules().stream().filter(s -> s.project().status().isDecided()).toList();
        Optional<Long> equity = Optional.empty();
        List<Year> list = new ArrayList<>();
        for (int i = 0; i <= plan.laterYears().size(); i++) {
            PlanYear later = i == 0 ? null : plan.laterYears().get(i - 1);
            int y = plan.year() + i;
            ContributionSplit income = i == 0 ? plan.contributions() : plan.laterContributions(i - 1);
            List<CostLine> lines = later == null ? plan.costs() : later.costs();
            Map<CostCategory, Long> byCategory = new EnumMap<>(CostCategory.class);
            long costs = 0;
            for (CostLine line : lines) {
                long u = unit.unitsOf(line.amount());
                byCategory.merge(line.category(), u, Math::addExact);
                costs = Math.addExact(costs, u);
            }
            Map<ProjectId, MonetaryAmount> byProject = new LinkedHashMap<>();
            long projects = 0;
            long commitments = 0;
            for (CostSchedule s : decided) {
                long u = Math.multiplyExact(s.unitsIn(y), factor);
                byProject.put(s.project().id(), unit.amountOf(u, currency));
                projects = Math.addExact(projects, u);
                commitments = Math.addExact(commitments, Math.multiplyExact(s.unitsAfter(y), factor));
            }
            long disposable = Math.subtractExact(Math.subtractExact(income.totalUnits(), costs), projects);
            long reserve = Math.min(Math.max(disposable, 0), commitments);
            Map<CostCategory, MonetaryAmount> costAmounts = new EnumMap<>(CostCategory.class);
            byCategory.forEach((c, u) -> costAmounts.put(c, unit.amountOf(u, currency)));
            equity = i == 0 ? plan.openingEquity().map(o -> Math.addExact(unit.unitsOf(o), disposable))
                    : equity.map(e -> Math.addExact(e, disposable));
            Optional<MonetaryAmount> closing = equity.map(e -> unit.amountOf(e, currency));
            CoordinationAssociation keys = later == null ? plan.associationAtYearEnd()
                    : later.municipalKey().map(plan.association()::withMunicipalKey).orElse(plan.association());
            list.add(new Year(y, later != null && later.preliminary(), income, costAmounts, unit.amountOf(costs, currency),
                    byProject, unit.amountOf(projects, currency), unit.amountOf(disposable, currency),
                    unit.amountOf(commitments, currency), unit.amountOf(reserve, currency),
                    unit.amountOf(Math.max(Math.subtractExact(disposable, commitments), 0), currency),
                    unit.amountOf(Math.subtractExact(commitments, reserve), currency), closing,
                    closing.map(e -> MemberShares.of(keys, e, unit))));
        }
        this.years = List.copyOf(list);
    }

    /**
     * Returns the plan.
     *
     * @return the plan
     */
    public AnnualPlan plan() {
        return plan;
    }

    /**
     * Returns the years, the first year first.
     *
     * @return the years, at least one
     */
    public List<Year> years() {
        return years;
    }

    /**
     * Returns the decided projects' costs after the plan's last year: commitments beyond the plan.
     *
     * @return the commitments of the last year
     */
    public MonetaryAmount commitmentsBeyond() {
        return years.get(years.size() - 1).commitments();
    }
}
