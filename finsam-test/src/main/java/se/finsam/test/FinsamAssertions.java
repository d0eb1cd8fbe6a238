package se.finsam.test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;
import se.finsam.association.AssociationId;
import se.finsam.budget.AnnualPlan;
import se.finsam.budget.Budget;
import se.finsam.contribution.Charter;
import se.finsam.contribution.Contribution;
import se.finsam.contribution.ContributionKey;
import se.finsam.contribution.ContributionSplit;
import se.finsam.contribution.Financing;
import se.finsam.contribution.StatutorySplit;
import se.finsam.member.MemberId;
import se.finsam.money.RoundingUnit;
import se.finsam.national.AssociationAllocation;
import se.finsam.national.NationalAllocation;
import se.finsam.project.CostSchedule;
import se.finsam.project.Project;
import se.finsam.validation.FinsamValidationException;

/**
 * The entry point of finsam's assertions, in AssertJ's style: {@code FinsamAssertions.assertThat(split)
 * .sumsExactlyToItsTotal().followsTheStatutorySplit()}. Every check calls finsam's own rule; a failure names the
 * member, the amounts and the rule (docs/testing.md).
 *
 * <pre>{@code
 * import static se.finsam.test.FinsamAssertions.assertThat;
 *
 * assertThat(plan.contributions()).obeysTheLaw();
 * assertThat(plan.budget()).reserveCoversTheCommitments();
 * assertThatBudget(plan, myIncome, myCosts, myProjectCosts, myDisposable, myCommitments, myReserve).balances().isTheBudget();
 * assertThatContributions(myInvoices, charter, Financing.ofTotal(sek(15_000_000)), RoundingUnit.KRONA).isTheStatutorySplit();
 * assertThatShares(myShares).isTheLargestRemainderSplitOf(sek(100), List.of("a", "b", "c"), List.of(ONE, ONE, ONE), KRONA);
 * assertThat(national).obeysTheModel();
 * assertThatAllocations(myPayments, national).sumsToTheAppropriationLessThePot().respectsItsLimits().isTheAllocation();
 * }</pre>
 */
public final class FinsamAssertions {

    private FinsamAssertions() {
    }

    /**
     * Starts assertions on a contribution split: its contributions, checked against the statutory split
     * finsam computes anew for its charter, financing and unit.
     *
     * @param split the split
     * @return the assertion
     * @throws NullPointerException if {@code split} is null
     */
    public static ContributionSplitAssert assertThat(ContributionSplit split) {
        Objects.requireNonNull(split, "split");
        Map<MemberId, MonetaryAmount> amounts = new LinkedHashMap<>();
        for (Contribution c : split.contributions()) {
            amounts.put(c.member(), c.amount());
        }
        return new ContributionSplitAssert(amounts, StatutorySplit.compute(split.charter(), split.financing(), split.unit()));
    }

    /**
     * Starts assertions on a user's own contributions (invoices, say) for a charter and financing, checked
     * against the statutory split finsam computes for them.
     *
     * <pre>{@code assertThatContributions(Map.of(MemberId.of("eskilstuna"), sek(1_308_750), ...), charter,
     *         Financing.ofTotal(sek(15_000_000)), RoundingUnit.KRONA).obeysTheLaw();}</pre>
     *
     * @param amounts each member's contribution; may be null, which fails every check
     * @param charter the members and keys
     * @param financing the total, or the state's contribution
     * @param unit the rounding unit
     * @return the assertion
     * @throws NullPointerException if {@code charter}, {@code financing} or {@code unit} is null
     * @throws AssertionError if finsam cannot split the financing at the unit (it names what finsam reports)
     */
    public static ContributionSplitAssert assertThatContributions(@Nullable Map<MemberId, ? extends MonetaryAmount> amounts,
            Charter charter, Financing financing, RoundingUnit unit) {
        Objects.requireNonNull(charter, "charter");
        Objects.requireNonNull(financing, "financing");
        Objects.requireNonNull(unit, "unit");
        ContributionSplit law;
        try {
            law = StatutorySplit.compute(charter, financing, unit);
        } catch (FinsamValidationException e) {
            throw new AssertionError("Expected finsam to split the financing " + AssertTexts.amount(financing.amount())
                    + " at the rounding unit " + AssertTexts.amount(unit.value(), financing.amount().getCurrency())
                    + ", but finsam cannot: " + AssertTexts.violations(e.violations()), e);
        }
        return new ContributionSplitAssert(amounts, law);
    }

    /**
     * Starts assertions on a contribution key.
     *
     * <pre>{@code assertThat(charter.municipalKey()).coversExactly(charter, Party.MUNICIPALITIES).sumsTo100Percent();}</pre>
     *
     * @param key the key
     * @return the assertion
     */
    public static ContributionKeyAssert assertThat(ContributionKey key) {
        return new ContributionKeyAssert(key);
    }

    /**
     * Starts assertions on a project's cost schedule computed by finsam.
     *
     * <pre>{@code assertThat(project.schedule(RoundingUnit.THOUSAND)).yearsSumToTheTotal().staysWithinThePeriod();}</pre>
     *
     * @param schedule the schedule
     * @return the assertion
     * @throws NullPointerException if {@code schedule} is null
     */
    public static CostScheduleAssert assertThat(CostSchedule schedule) {
        Objects.requireNonNull(schedule, "schedule");
        return new CostScheduleAssert(schedule.amounts(), schedule.project(), schedule.unit());
    }

    /**
     * Starts assertions on a user's own cost per year of a project.
     *
     * <pre>{@code assertThatSchedule(project, RoundingUnit.THOUSAND, Map.of(2007, sek(2_279_000))).staysWithinThePeriod();}</pre>
     *
     * @param project the project
     * @param unit the rounding unit finsam would schedule the project at
     * @param amounts the cost of each budget year; may be null, which fails every check
     * @return the assertion
     * @throws NullPointerException if {@code project} or {@code unit} is null
     */
    public static CostScheduleAssert assertThatSchedule(Project project, RoundingUnit unit,
            @Nullable Map<Integer, ? extends MonetaryAmount> amounts) {
        return new CostScheduleAssert(amounts, project, unit);
    }

    /**
     * Starts assertions on finsam's own budget. On it {@link BudgetAssert#balances()} and
     * {@link BudgetAssert#isTheBudget()} hold by construction (finsam defines the disposable amount as income −
     * costs − project costs); to check a budget a tool shows, use
     * {@link #assertThatBudget(AnnualPlan, MonetaryAmount, MonetaryAmount, MonetaryAmount, MonetaryAmount, MonetaryAmount,
     * MonetaryAmount) assertThatBudget}.
     *
     * <pre>{@code assertThat(plan.budget()).reserveCoversTheCommitments();}</pre>
     *
     * @param budget the budget
     * @return the assertion
     */
    public static BudgetAssert assertThat(Budget budget) {
        return new BudgetAssert(budget);
    }

    /**
     * Starts assertions on a user's own budget figures for a plan (what a budget tool shows), checked for balance,
     * against finsam's {@link Budget} of the plan ({@link AnnualPlan#budget()}) and for a reserve that covers the
     * commitments. A figure may be null, which fails every check.
     *
     * <pre>{@code assertThatBudget(plan, sek(15_000_000), sek(2_100_000), sek(6_400_000), sek(6_500_000), sek(1_139_000),
     *         sek(1_139_000)).balances().isTheBudget().reserveCoversTheCommitments();}</pre>
     *
     * @param plan the plan whose budget the figures are
     * @param income the income: the members' contributions
     * @param costs the costs outside the projects
     * @param projectCosts the year's cost of the decided projects
     * @param disposable the disposable amount (negative is a deficit)
     * @param commitments the decided projects' costs in later years
     * @param reserve the part of the surplus kept for the commitments
     * @return the assertion
     * @throws NullPointerException if {@code plan} is null
     */
    public static BudgetAssert assertThatBudget(AnnualPlan plan, @Nullable MonetaryAmount income, @Nullable MonetaryAmount costs,
            @Nullable MonetaryAmount projectCosts, @Nullable MonetaryAmount disposable, @Nullable MonetaryAmount commitments,
            @Nullable MonetaryAmount reserve) {
        Objects.requireNonNull(plan, "plan");
        return new BudgetAssert(plan.budget(), BudgetAssert.figures(income, costs, projectCosts, disposable, commitments, reserve));
    }

    /**
     * Starts assertions on a user's own split of an amount into shares. (Named so, not {@code assertThat}, so that
     * AssertJ's {@code assertThat(Map)} stays usable beside it.)
     *
     * <pre>{@code assertThatShares(Map.of("a", sek(34), "b", sek(33), "c", sek(33)))
     *         .isTheLargestRemainderSplitOf(sek(100), List.of("a", "b", "c"), List.of(ONE, ONE, ONE), KRONA);}</pre>
     *
     * @param <K> the type of the keys that name the shares
     * @param shares each share's amount; may be null, which fails every check
     * @return the assertion
     */
    public static <K> SplitAssert<K> assertThatShares(@Nullable Map<K, ? extends MonetaryAmount> shares) {
        return new SplitAssert<>(shares);
    }

    /**
     * Starts assertions on a user's own split of a count of units, one part per weight.
     *
     * <pre>{@code assertThatUnits(new long[] {34, 33, 33}).isTheLargestRemainderSplitOf(100, ONE, ONE, ONE);}</pre>
     *
     * @param units each part's units
     * @return the assertion
     */
    public static UnitSplitAssert assertThatUnits(long[] units) {
        return new UnitSplitAssert(units);
    }

    /**
     * Starts assertions on a national allocation: its allocations per association, checked against the
     * appropriation, the call's pot and the limits of the same allocation.
     *
     * <pre>{@code assertThat(NationalAllocation.allocate(Year.of(2016), sek(339_000_000), AllocationModel.of2016(sek), associations,
     *         SupplementaryCall.of(sek(13_000_000), sek(500_000)), RoundingUnit.KRONA, null)).obeysTheModel();}</pre>
     *
     * @param national the national allocation
     * @return the assertion
     * @throws NullPointerException if {@code national} is null
     */
    public static NationalAllocationAssert assertThat(NationalAllocation national) {
        Objects.requireNonNull(national, "national");
        Map<AssociationId, MonetaryAmount> amounts = new LinkedHashMap<>();
        for (AssociationAllocation a : national.allocation().allocations()) {
            amounts.put(a.association(), a.amount());
        }
        return new NationalAllocationAssert(amounts, national);
    }

    /**
     * Starts assertions on a user's own amounts per association (what a national tool shows or pays each
     * association), checked against the allocation finsam computed for the same inputs.
     *
     * <pre>{@code assertThatAllocations(Map.of(AssociationId.of("norr"), sek(2_976), AssociationId.of("mitt"), sek(3_174),
     *         AssociationId.of("syd"), sek(4_950)), national).obeysTheModel();}</pre>
     *
     * @param amounts each association's allocation; may be null, which fails every check
     * @param national the national allocation finsam computed for the same year, appropriation, model,
     *     associations and call
     * @return the assertion
     * @throws NullPointerException if {@code national} is null
     */
    public static NationalAllocationAssert assertThatAllocations(@Nullable Map<AssociationId, ? extends MonetaryAmount> amounts,
            NationalAllocation national) {
        return new NationalAllocationAssert(amounts, national);
    }
}
