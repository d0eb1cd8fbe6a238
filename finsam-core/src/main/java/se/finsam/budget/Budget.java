package se.finsam.budget;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import se.finsam.contribution.ContributionSplit;
import se.finsam.contribution.Settlement;
import se.finsam.money.RoundingUnit;
import se.finsam.project.CostSchedule;
import se.finsam.project.ProjectId;

/**
 * An association's budget for a year (docs/domain.md, The budget), computed from an {@link AnnualPlan}.
 *
 * <ul>
 *   <li><b>Income</b>: the members' contributions by the statutory split (the Finsam law, 5 §); the
 *       association has no other income.</li>
 *   <li><b>Costs</b>: the cost lines by category, and the year's cost of every decided project (every
 *       status but {@code APPLIED}) from its schedule (docs/domain.md, Projects and their costs per
 *       year).</li>
 *   <li><b>Disposable</b> (disponibelt): income − costs − project costs; negative is a deficit.</li>
 *   <li><b>Commitments</b>: the costs in later years of the decided projects: what the association is
 *       bound to pay after the year ends.</li>
 *   <li><b>Reserve</b>: the part of the year-end surplus that must be kept for the commitments,
 *       {@code min(max(disposable, 0), commitments)}; the rest of a surplus is <b>unreserved</b> (RAR
 *       Sörmland's 2007 plan, § 8: to be avoided), and commitments above the surplus are a
 *       <b>shortfall</b> later years must cover.</li>
 * </ul>
 * Every amount is at the plan's rounding unit: project costs, scheduled at the project rounding unit (a
 * multiple of it), are exact there too. Always {@code income − costs − projectCosts − disposable = 0}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Budget {

    private final AnnualPlan plan;
    private final ContributionSplit income;
    private final List<CostSchedule> schedules;
    private final long projectFactor;
    private final long costUnits;
    private final long projectUnits;
    private final long commitmentUnits;

    /**
     * Computes the budget of a plan from its contributions and schedules. {@link AnnualPlan#budget()} holds
     * the result of this, computed once; call this only to compute it anew (a benchmark does).
     *
     * @param plan the plan
     * @return the budget
     */
    public static Budget compute(AnnualPlan plan) {
        return new Budget(Objects.requireNonNull(plan, "plan"));
    }

    private Budget(AnnualPlan plan) {
        this.plan = plan;
        this.income = plan.contributions();
        this.schedules = plan.schedules();
        this.projectFactor = plan.roundingUnit().unitsOf(plan.projectRoundingUnit().value());
        long costs = 0;
        for (CostLine line : plan.costs()) {
            costs = Math.addExact(costs, plan.roundingUnit().unitsOf(line.amount()));
        }
        this.costUnits = costs;
        long projects = 0;
        long commitments = 0;
        for (CostSchedule s : schedules) {
            if (s.project().status().isDecided()) {
                projects = Math.addExact(projects, Math.multiplyExact(s.unitsIn(plan.year()), projectFactor));
                commitments = Math.addExact(commitments, Math.multiplyExact(s.unitsAfter(plan.year()), projectFactor));
            }
        }
        this.projectUnits = projects;
        this.commitmentUnits = commitments;
    }

    /**
     * Returns the plan the budget was computed from.
     *
     * @return the plan
     */
    public AnnualPlan plan() {
        return plan;
    }

    /**
     * Returns the budget year.
     *
     * @return the year
     */
    public int year() {
        return plan.year();
    }

    /**
     * Returns the rounding unit of every amount of the budget.
     *
     * @return the unit
     */
    public RoundingUnit unit() {
        return plan.roundingUnit();
    }

    private CurrencyUnit currency() {
        return plan.association().currency();
    }

    private MonetaryAmount amount(long units) {
        return unit().amountOf(units, currency());
    }

    /**
     * Returns the members' contributions: the income, explained.
     *
     * @return the contribution split
     */
    public ContributionSplit contributions() {
        return income;
    }

    /**
     * Returns the income: the sum of the members' contributions.
     *
     * @return the income
     */
    public MonetaryAmount income() {
        return income.total();
    }

    /**
     * Returns the costs outside the projects, summed by category in category order; categories without
     * a cost line are left out.
     *
     * @return the costs by category, unmodifiable
     */
    public Map<CostCategory, MonetaryAmount> costsByCategory() {
        Map<CostCategory, Long> units = new EnumMap<>(CostCategory.class);
        for (CostLine line : plan.costs()) {
            units.merge(line.category(), unit().unitsOf(line.amount()), Math::addExact);
        }
        Map<CostCategory, MonetaryAmount> map = new EnumMap<>(CostCategory.class);
        units.forEach((c, u) -> map.put(c, amount(u)));
        return Collections.unmodifiableMap(map);
    }

    /**
     * Returns the sum of the costs outside the projects.
     *
     * @return the costs
     */
    public MonetaryAmount costs() {
        return amount(costUnits);
    }

    /**
     * Returns the year's cost of each decided project, in project order; projects with no cost in the
     * year are included with zero.
     *
     * @return the project costs, unmodifiable and ordered
     */
    public Map<ProjectId, MonetaryAmount> projectCostsByProject() {
        Map<ProjectId, MonetaryAmount> map = new LinkedHashMap<>();
        for (CostSchedule s : schedules) {
            if (s.project().status().isDecided()) {
                map.put(s.project().id(), amount(Math.multiplyExact(s.unitsIn(year()), projectFactor)));
            }
        }
        return Collections.unmodifiableMap(map);
    }

    /**
     * Returns the year's cost of all decided projects.
     *
     * @return the project costs
     */
    public MonetaryAmount projectCosts() {
        return amount(projectUnits);
    }

    /**
     * Returns all costs: the cost lines and the project costs.
     *
     * @return the total costs
     */
    public MonetaryAmount totalCosts() {
        return amount(costUnits + projectUnits);
    }

    /**
     * Returns the disposable amount: income − costs − project costs; negative is a deficit.
     *
     * @return the disposable amount
     */
    public MonetaryAmount disposable() {
        return amount(disposableUnits());
    }

    private long disposableUnits() {
        return income.totalUnits() - costUnits - projectUnits;
    }

    /**
     * Returns the decided projects' costs in each year after the budget year.
     *
     * @return the commitments by year, ascending, unmodifiable
     */
    public SortedMap<Integer, MonetaryAmount> commitmentsByYear() {
        SortedMap<Integer, Long> units = new TreeMap<>();
        for (CostSchedule s : schedules) {
            if (s.project().status().isDecided()) {
                for (int y : s.years()) {
                    if (y > year()) {
                        units.merge(y, Math.multiplyExact(s.unitsIn(y), projectFactor), Math::addExact);
                    }
                }
            }
        }
        SortedMap<Integer, MonetaryAmount> map = new TreeMap<>();
        units.forEach((y, u) -> map.put(y, amount(u)));
        return Collections.unmodifiableSortedMap(map);
    }

    /**
     * Returns the decided projects' costs in all years after the budget year.
     *
     * @return the commitments
     */
    public MonetaryAmount commitments() {
        return amount(commitmentUnits);
    }

    /**
     * Returns the part of the year-end surplus to be reserved for the commitments:
     * {@code min(max(disposable, 0), commitments)}.
     *
     * @return the reserve
     */
    public MonetaryAmount reserve() {
        return amount(Math.min(Math.max(disposableUnits(), 0), commitmentUnits));
    }

    /**
     * Returns the surplus beyond the commitments, which RAR Sörmland's 2007 plan (§ 8) says is to be
     * avoided: {@code max(disposable − commitments, 0)}.
     *
     * @return the unreserved surplus
     */
    public MonetaryAmount unreservedSurplus() {
        return amount(Math.max(disposableUnits() - commitmentUnits, 0));
    }

    /**
     * Returns the commitments the year-end surplus cannot cover: {@code max(commitments − max(disposable, 0), 0)}.
     *
     * @return the shortfall
     */
    public MonetaryAmount shortfall() {
        return amount(Math.max(commitmentUnits - Math.max(disposableUnits(), 0), 0));
    }

    /**
     * Returns the settlement against the final municipal key, if the plan has one (docs/domain.md,
     * Preliminary and final keys: the settlement).
     *
     * @return the settlement
     */
    public Optional<Settlement> settlement() {
        return plan.settlement();
    }

    /**
     * Returns equity measured against its reasonable level for the association's size (its income), if
     * the plan gives equity (docs/domain.md, Equity).
     *
     * @return the check
     */
    public Optional<EquityCheck> equityCheck() {
        return plan.equity().map(e -> e.policy().check(e.amount(), income(), unit()));
    }

    /**
     * Returns the projects that are applied for but not decided, which the budget leaves out.
     *
     * @return the ids of undecided projects
     */
    public List<ProjectId> undecidedProjects() {
        List<ProjectId> ids = new ArrayList<>();
        for (CostSchedule s : schedules) {
            if (!s.project().status().isDecided()) {
                ids.add(s.project().id());
            }
        }
        return List.copyOf(ids);
    }
}
