package se.finsam.test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;
import se.finsam.association.AssociationId;
import se.finsam.money.AmountFormat;
import se.finsam.money.RoundingUnit;
import se.finsam.national.AllocationModel;
import se.finsam.national.AssociationAllocation;
import se.finsam.national.AssociationFigures;
import se.finsam.national.NationalAllocation;
import se.finsam.national.StateAllocation;
import se.finsam.national.SupplementaryCall;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

/**
 * Assertions on every association's share of a year's state appropriation: the allocations a
 * {@link NationalAllocation} holds, or a user's own amounts (what a national tool shows or pays each
 * association). Each check compares the amounts with what finsam computed for the same inputs: the
 * associations of its {@link StateAllocation}, the appropriation and the call's pot, each association's
 * floor and ceiling ({@link AssociationAllocation#floor()}, {@link AssociationAllocation#ceiling()}) and its
 * amount ({@link AssociationAllocation#amount()}). A failure names every association that breaks the check,
 * by name and id, with the amounts and the rule, one a line (the first 20, then how many more).
 *
 * <pre>{@code
 * NationalAllocation national = NationalAllocation.allocate(Year.of(2016), sek(12_000), model, associations,
 *         SupplementaryCall.of(sek(900), sek(400)), RoundingUnit.KRONA, null);
 * FinsamAssertions.assertThat(national).obeysTheModel();
 * FinsamAssertions.assertThatAllocations(myPayments, national).respectsItsLimits();
 *   // Expected every association's allocation within the limits of Försäkringskassan's allocation model,
 *   // but 1 is not:
 *   //   Samordningsförbundet Syd (syd) gets SEK 4949, below its floor SEK 4950: its previous allocation
 *   //   SEK 5500 less at most 10 % (the limit on decrease, rounded up to the unit)
 * }</pre>
 *
 * <p>An allocation computed by finsam passes every check; the checks are for amounts that came from
 * elsewhere (a user's own code, a file, a database) and for allocations read back from a document.
 */
public final class NationalAllocationAssert
        extends AbstractAssert<NationalAllocationAssert, Map<AssociationId, ? extends MonetaryAmount>> {

    /** The allocation finsam computed for the same inputs. */
    private final NationalAllocation national;

    NationalAllocationAssert(@Nullable Map<AssociationId, ? extends MonetaryAmount> actual, NationalAllocation national) {
        super(actual, NationalAllocationAssert.class);
        this.national = Objects.requireNonNull(national, "national");
    }

    /**
     * Verifies that there is an amount for each association of the allocation and for no other, each in the
     * allocation's currency and a whole multiple of its rounding unit (as finsam's
     * {@link RoundingUnit#unitsOf(MonetaryAmount)} counts it). Every other check starts with this one.
     *
     * <pre>{@code assertThatAllocations(myPayments, national).coversEveryAssociation();
     *   // Expected an amount for every association of the national allocation 2016 and for no other, each in
     *   // SEK and a whole multiple of the rounding unit SEK 1, but:
     *   //   Samordningsförbundet Syd (syd) has none (finsam allocates it SEK 4950)
     *   //   'vast' is no association of the allocation, yet gets SEK 100}</pre>
     *
     * @return this assertion
     * @throws AssertionError if the amounts are null, or an association is missing or its amount null, an amount is
     *     for an unknown association or a null key, in another currency or not a whole multiple of the unit (or too
     *     large for finsam to count); every problem is listed
     */
    public NationalAllocationAssert coversEveryAssociation() {
        isNotNull();
        StateAllocation allocation = national.allocation();
        List<String> problems = new ArrayList<>();
        Set<AssociationId> known = new HashSet<>();
        for (AssociationAllocation a : allocation.allocations()) {
            known.add(a.association());
            MonetaryAmount amount = actual.get(a.association());
            if (amount == null && actual.containsKey(a.association())) {
                problems.add("the amount of " + name(a) + " is null (finsam allocates it " + AssertTexts.amount(a.amount()) + ")");
            } else if (amount == null) {
                problems.add(name(a) + " has none (finsam allocates it " + AssertTexts.amount(a.amount()) + ")");
            } else if (!amount.getCurrency().equals(allocation.currency())) {
                problems.add(name(a) + " gets " + AssertTexts.amount(amount) + ", not in " + allocation.currency().getCurrencyCode());
            } else {
                notCountable(amount).ifPresent(p -> problems.add(name(a) + " gets " + AssertTexts.amount(amount) + ", " + p));
            }
        }
        for (Map.Entry<AssociationId, ? extends MonetaryAmount> e : actual.entrySet()) {
            if (e.getKey() == null || !known.contains(e.getKey())) {
                MonetaryAmount amount = e.getValue();
                problems.add((e.getKey() == null ? "a null key" : AssertTexts.key(e.getKey())) + " is no association of the allocation, yet gets "
                        + (amount == null ? "null" : AssertTexts.amount(amount)));
            }
        }
        if (!problems.isEmpty()) {
            failWithMessage("%s", "Expected an amount for every association of the national allocation " + national.year()
                    + " and for no other, each in " + allocation.currency().getCurrencyCode()
                    + " and a whole multiple of the rounding unit " + unitText() + ", but:" + AssertTexts.list(problems));
        }
        return this;
    }

    /**
     * Verifies that the amounts sum exactly to the appropriation less the supplementary funds kept back: the
     * pot of the allocation's {@link NationalAllocation#supplementaryCall() call}, or nothing when there is
     * no call. The sum is compared with what finsam's model allocates ({@link StateAllocation#total()} of
     * {@link NationalAllocation#allocation()}); the message quotes the appropriation and the pot too.
     *
     * <pre>{@code assertThatAllocations(myPayments, national).sumsToTheAppropriationLessThePot();
     *   // Expected the allocations to sum exactly to the appropriation SEK 12000 less the supplementary funds
     *   // kept back SEK 900 (the call's pot), SEK 11100, but they sum to SEK 11101, SEK 1 too much}</pre>
     *
     * @return this assertion
     * @throws AssertionError if {@link #coversEveryAssociation()} fails, or the sum differs
     */
    public NationalAllocationAssert sumsToTheAppropriationLessThePot() {
        coversEveryAssociation();
        CurrencyUnit currency = national.allocation().currency();
        BigDecimal sum = BigDecimal.ZERO;
        for (MonetaryAmount amount : actual.values()) {
            sum = sum.add(AssertTexts.decimal(amount));
        }
        BigDecimal appropriation = AssertTexts.decimal(national.appropriation());
        BigDecimal pot = national.supplementaryCall().map(SupplementaryCall::pot).map(AssertTexts::decimal).orElse(BigDecimal.ZERO);
        // What finsam's model allocates; the message quotes the appropriation and the pot it comes from.
        BigDecimal expected = AssertTexts.decimal(allocationTotal());
        int cmp = sum.compareTo(expected);
        if (cmp != 0) {
            failWithMessage("%s", "Expected the allocations to sum exactly to the appropriation " + AssertTexts.amount(appropriation, currency)
                    + " less the supplementary funds kept back " + AssertTexts.amount(pot, currency)
                    + (national.supplementaryCall().isPresent() ? " (the call's pot)" : " (there is no call)") + ", "
                    + AssertTexts.amount(expected, currency) + ", but they sum to " + AssertTexts.amount(sum, currency) + ", "
                    + AssertTexts.amount(expected.subtract(sum).abs(), currency) + (cmp > 0 ? " too much" : " short"));
        }
        return this;
    }

    /**
     * Verifies that each association gets at least the floor and at most the ceiling finsam computes for it
     * ({@link AssociationAllocation#floor()}, {@link AssociationAllocation#ceiling()}): the limits on
     * decrease and increase of the {@link AllocationModel}, measured from the previous year's allocation. An
     * association without a floor (no limit on decrease, or equity above the reasonable level) or without a
     * ceiling (no limit on increase) is not bounded on that side.
     *
     * <pre>{@code assertThatAllocations(myPayments, national).respectsItsLimits();
     *   // Expected every association's allocation within the limits of Försäkringskassan's allocation model,
     *   // but 1 is not:
     *   //   Samordningsförbundet Syd (syd) gets SEK 4949, below its floor SEK 4950: its previous allocation
     *   //   SEK 5500 less at most 10 % (the limit on decrease, rounded up to the unit)}</pre>
     *
     * @return this assertion
     * @throws AssertionError if {@link #coversEveryAssociation()} fails, or an amount is below its floor or
     *     above its ceiling; every association that breaks a limit is listed
     */
    public NationalAllocationAssert respectsItsLimits() {
        coversEveryAssociation();
        StateAllocation allocation = national.allocation();
        AllocationModel model = allocation.model();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < allocation.allocations().size(); i++) {
            AssociationAllocation a = allocation.allocations().get(i);
            AssociationFigures figures = allocation.figures().get(i);
            MonetaryAmount got = amountOf(a);
            BigDecimal amount = AssertTexts.decimal(got);
            a.floor().filter(floor -> amount.compareTo(AssertTexts.decimal(floor)) < 0).ifPresent(floor -> problems.add(name(a)
                    + " gets " + AssertTexts.amount(got) + ", below its floor " + AssertTexts.amount(floor) + ": its previous allocation "
                    + AssertTexts.amount(figures.previousAllocation().orElseThrow()) + " less at most "
                    + percent(model.maxDecrease().orElseThrow()) + " (the limit on decrease, rounded up to the unit)"));
            a.ceiling().filter(ceiling -> amount.compareTo(AssertTexts.decimal(ceiling)) > 0).ifPresent(ceiling -> problems.add(name(a)
                    + " gets " + AssertTexts.amount(got) + ", above its ceiling " + AssertTexts.amount(ceiling)
                    + ": its previous allocation " + AssertTexts.amount(figures.previousAllocation().orElseThrow()) + " plus at most "
                    + percent(model.maxIncrease().orElseThrow()) + " (the limit on increase, rounded down to the unit, never below the base "
                    + AssertTexts.amount(model.base()) + ")"));
        }
        if (!problems.isEmpty()) {
            failWithMessage("%s", "Expected every association's allocation within the limits of Försäkringskassan's allocation model, but "
                    + AssertTexts.count(problems.size(), "is", "are") + " not:" + AssertTexts.list(problems));
        }
        return this;
    }

    /**
     * Verifies that each association gets exactly what finsam allocates it
     * ({@link AssociationAllocation#amount()}: the model amount, held at a limit or changed by the
     * redistribution of the limits' money; {@link StateAllocation#explain(AssociationId)} says how).
     *
     * <pre>{@code assertThatAllocations(myPayments, national).isTheAllocation();
     *   // Expected every association to get exactly what finsam's national allocation 2016 allocates it
     *   // (Försäkringskassan's allocation model), but 2 do not:
     *   //   Samordningsförbundet Norr (norr) gets SEK 3174, finsam allocates SEK 2976 (SEK 198 too much)
     *   //   Samordningsförbundet Mitt (mitt) gets SEK 2976, finsam allocates SEK 3174 (SEK 198 short)}</pre>
     *
     * @return this assertion
     * @throws AssertionError if {@link #coversEveryAssociation()} fails, or an amount differs from finsam's;
     *     every association that differs is listed with both amounts
     */
    public NationalAllocationAssert isTheAllocation() {
        coversEveryAssociation();
        CurrencyUnit currency = national.allocation().currency();
        List<String> problems = new ArrayList<>();
        for (AssociationAllocation a : national.allocation().allocations()) {
            MonetaryAmount got = amountOf(a);
            BigDecimal difference = AssertTexts.decimal(got).subtract(AssertTexts.decimal(a.amount()));
            if (difference.signum() != 0) {
                problems.add(name(a) + " gets " + AssertTexts.amount(got) + ", finsam allocates " + AssertTexts.amount(a.amount())
                        + " (" + AssertTexts.amount(difference.abs(), currency) + (difference.signum() > 0 ? " too much)" : " short)"));
            }
        }
        if (!problems.isEmpty()) {
            failWithMessage("%s", "Expected every association to get exactly what finsam's national allocation " + national.year()
                    + " allocates it (Försäkringskassan's allocation model), but " + AssertTexts.count(problems.size(), "does", "do")
                    + " not:" + AssertTexts.list(problems));
        }
        return this;
    }

    /**
     * Verifies everything the model asks of the allocations: {@link #coversEveryAssociation()},
     * {@link #sumsToTheAppropriationLessThePot()}, {@link #respectsItsLimits()} and
     * {@link #isTheAllocation()}, in that order; the first that fails is reported.
     *
     * <pre>{@code FinsamAssertions.assertThat(national).obeysTheModel();}</pre>
     *
     * @return this assertion
     * @throws AssertionError as the first check that fails
     */
    public NationalAllocationAssert obeysTheModel() {
        return coversEveryAssociation().sumsToTheAppropriationLessThePot().respectsItsLimits().isTheAllocation();
    }

    /** An association's amount, which {@link #coversEveryAssociation()} has found. */
    private MonetaryAmount amountOf(AssociationAllocation a) {
        return Objects.requireNonNull(actual.get(a.association()), "amount");
    }

    /** Why finsam cannot count an amount in units of the allocation's rounding unit, if it cannot. */
    private Optional<String> notCountable(MonetaryAmount amount) {
        return AssertTexts.notCountable(amount, national.unit());
    }

    /** What finsam's model allocates: the appropriation less the call's pot, as finsam computed it. */
    private MonetaryAmount allocationTotal() {
        return national.allocation().total();
    }

    private String unitText() {
        return AssertTexts.amount(national.unit().value(), national.allocation().currency());
    }

    private static String name(AssociationAllocation a) {
        return AssertTexts.named(a.name(), a.association().toString());
    }

    private static String percent(BigDecimal percent) {
        return AmountFormat.plain(percent.stripTrailingZeros()) + " %";
    }
}
