package se.finsam.budget;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;
import se.finsam.money.RoundingUnit;

/**
 * The year-end result of a plan's year and the equity it closes with (docs/domain.md, The year-end result),
 * computed from an {@link AnnualPlan} by {@link AnnualPlan#yearEnd()}.
 *
 * <ul>
 *   <li><b>Result</b> = income − costs. The income is the members' contributions for the year, what they owe
 *       whether paid yet or not (what is unpaid is a receivable, shown by the follow-up's income lines). The
 *       costs are the outcome's when it covers the whole year (dated 31 December), else the forecast's.</li>
 *   <li><b>Closing equity</b> = opening equity + result; a plan without opening equity starts from zero.</li>
 *   <li><b>Reserve</b>: the part of the closing equity kept for the commitments (the decided projects'
 *       costs in later years, as the budget computes them): {@code min(max(closing, 0), commitments)}. The
 *       rest is the <b>unreserved surplus</b>, to be avoided (RAR Sörmland's 2007 plan, § 8) and flagged
 *       when positive; commitments above the equity are a <b>shortfall</b>.</li>
 *   <li><b>Equity check</b>: the closing equity against the plan's equity thresholds, the association's size
 *       being its budgeted income.</li>
 *   <li><b>Members' shares</b> of the closing equity and of the result, by the keys in force at year end
 *       ({@link AnnualPlan#associationAtYearEnd()}: the final municipal key when the plan gives one).</li>
 * </ul>
 * Every amount is at the plan's rounding unit.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class YearEnd {

    /** Where the year's figures come from. */
    public enum Basis {
        /** The outcome covers the whole year: its costs. */
        OUTCOME,
        /** The year is not complete: the forecast costs. */
        FORECAST
    }

    private final AnnualPlan plan;
    private final Basis basis;
    private final MonetaryAmount income;
    private final MonetaryAmount costs;
    private final MonetaryAmount closingEquity;
    private final MemberShares equityShares;
    private final MemberShares resultShares;

    /**
     * Computes the year end of a plan. {@link AnnualPlan#yearEnd()} holds the result of this, computed once.
     *
     * @param plan the plan
     * @return the year end
     */
    public static YearEnd compute(AnnualPlan plan) {
        return new YearEnd(Objects.requireNonNull(plan, "plan"));
    }

    private YearEnd(AnnualPlan plan) {
        this.plan = plan;
        BudgetFollowUp followUp = plan.followUp();
        boolean complete = followUp.coversTheYear();
        this.basis = complete ? Basis.OUTCOME : Basis.FORECAST;
        this.income = plan.budget().income();
        this.costs = complete ? followUp.total().outcome() : followUp.total().forecast();
        MonetaryAmount opening = plan.openingEquity().orElse(unit().amountOf(0, plan.association().currency()));
        this.closingEquity = opening.add(result());
        this.equityShares = MemberShares.of(plan.associationAtYearEnd(), closingEquity, unit());
        this.resultShares = MemberShares.of(plan.associationAtYearEnd(), result(), unit());
    }

    private RoundingUnit unit() {
        return plan.roundingUnit();
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
     * Returns where the costs come from: the outcome of a complete year, or the forecast.
     *
     * @return the basis
     */
    public Basis basis() {
        return basis;
    }

    /**
     * Returns the date of the outcome the figures rest on.
     *
     * @return the outcome's date; empty without an outcome
     */
    public Optional<LocalDate> date() {
        return plan.outcome().map(Outcome::date);
    }

    /**
     * Returns the year's income: the members' contributions, owed whether paid yet or not.
     *
     * @return the income
     */
    public MonetaryAmount income() {
        return income;
    }

    /**
     * Returns the year's costs, the projects' included: the outcome, for a complete year; else the forecast.
     *
     * @return the costs
     */
    public MonetaryAmount costs() {
        return costs;
    }

    /**
     * Returns the result: {@code income − costs}; negative is a deficit.
     *
     * @return the result
     */
    public MonetaryAmount result() {
        return income.subtract(costs);
    }

    /**
     * Returns the equity at the start of the year.
     *
     * @return the opening equity; empty when the plan gives none, and counted as zero
     */
    public Optional<MonetaryAmount> openingEquity() {
        return plan.openingEquity();
    }

    /**
     * Returns the equity at the end of the year: {@code opening equity + result}.
     *
     * @return the closing equity, possibly negative
     */
    public MonetaryAmount closingEquity() {
        return closingEquity;
    }

    /**
     * Returns the commitments: the decided projects' costs in the years after this one.
     *
     * @return the commitments
     */
    public MonetaryAmount commitments() {
        return plan.budget().commitments();
    }

    /**
     * Returns the part of the closing equity reserved for the commitments:
     * {@code min(max(closing equity, 0), commitments)}.
     *
     * @return the reserve
     */
    public MonetaryAmount reserve() {
        MonetaryAmount positive = closingEquity.isNegative() ? closingEquity.multiply(0) : closingEquity;
        return positive.isLessThan(commitments()) ? positive : commitments();
    }

    /**
     * Returns the equity beyond the commitments, to be avoided (RAR Sörmland's 2007 plan, § 8):
     * {@code max(closing equity − commitments, 0)}.
     *
     * @return the unreserved surplus
     */
    public MonetaryAmount unreservedSurplus() {
        MonetaryAmount over = closingEquity.subtract(commitments());
        return over.isNegative() ? over.multiply(0) : over;
    }

    /**
     * Tells whether the year closes with equity beyond its commitments, which is to be avoided.
     *
     * @return true if the unreserved surplus is positive
     */
    public boolean hasUnreservedSurplus() {
        return unreservedSurplus().isPositive();
    }

    /**
     * Returns the commitments the closing equity cannot cover: {@code commitments − reserve}.
     *
     * @return the shortfall
     */
    public MonetaryAmount shortfall() {
        return commitments().subtract(reserve());
    }

    /**
     * Returns the closing equity measured against the plan's equity thresholds, the association's size
     * being its budgeted income.
     *
     * @return the check; empty when the plan gives no thresholds (no {@code equity})
     */
    public Optional<EquityCheck> equityCheck() {
        return plan.equity().map(e -> e.policy().check(closingEquity, plan.budget().income(), unit()));
    }

    /**
     * Returns each member's share of the closing equity: what it gets back if the association is wound up,
     * and what a withdrawing member takes with it.
     *
     * @return the shares of the equity
     */
    public MemberShares equityShares() {
        return equityShares;
    }

    /**
     * Returns each member's share of the result.
     *
     * @return the shares of the result
     */
    public MemberShares resultShares() {
        return resultShares;
    }
}
