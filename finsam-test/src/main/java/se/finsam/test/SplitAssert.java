package se.finsam.test;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.money.MonetaryAmount;
import org.assertj.core.api.AbstractAssert;
import se.finsam.money.Allocation;
import se.finsam.money.AllocationPart;
import se.finsam.money.RoundingUnit;
import se.finsam.validation.FinsamValidationException;

/**
 * Assertions on a user's own split of an amount into shares, checked against finsam's
 * {@link Allocation largest remainder split}: the shares must be exactly what {@link Allocation} computes,
 * so they sum to the total, each is within one unit of its exact quota, and ties go the documented way.
 *
 * <pre>{@code
 * Map<String, MonetaryAmount> mine = myCode.split(Money.of(100, "SEK"));   // {a=33, b=34, c=33}
 * FinsamAssertions.assertThat(mine).isTheLargestRemainderSplitOf(Money.of(100, "SEK"),
 *         List.of("a", "b", "c"), List.of(ONE, ONE, ONE), RoundingUnit.KRONA);
 *   // Expected the share of 'a' to be SEK 34, its largest-remainder share of SEK 100 (weight 1 of 3: ...),
 *   // but it is SEK 33
 * }</pre>
 *
 * @param <K> the type of the keys that name the shares
 */
public final class SplitAssert<K> extends AbstractAssert<SplitAssert<K>, Map<K, MonetaryAmount>> {

    SplitAssert(Map<K, MonetaryAmount> actual) {
        super(actual, SplitAssert.class);
    }

    /**
     * Verifies that the shares are the largest-remainder split of a total by weights given as a map, ties
     * decided by {@code tieOrder} (as {@link Allocation#split(MonetaryAmount, Map, Comparator, RoundingUnit)}).
     *
     * @param total the amount split
     * @param weights the weight of each share
     * @param tieOrder the order in which equal remainders and equal weights are favoured
     * @param unit the rounding unit
     * @return this assertion
     * @throws AssertionError if the split cannot be made (a negative weight, say), a key is missing or
     *     extra, or a share differs from finsam's; the first differing share is named with both amounts
     */
    public SplitAssert<K> isTheLargestRemainderSplitOf(MonetaryAmount total, Map<K, BigDecimal> weights,
            Comparator<? super K> tieOrder, RoundingUnit unit) {
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(tieOrder, "tieOrder");
        Objects.requireNonNull(unit, "unit");
        isNotNull();
        Allocation<K> allocation;
        try {
            allocation = Allocation.split(total, weights, tieOrder, unit);
        } catch (FinsamValidationException e) {
            return cannotSplit(total, e);
        }
        return matches(allocation);
    }

    /**
     * Verifies that the shares are the largest-remainder split of a total by weights given in tie order,
     * the share listed first winning a tie (as
     * {@link Allocation#splitOrdered(MonetaryAmount, List, List, RoundingUnit)}).
     *
     * <pre>{@code assertThat(Map.of("a", sek(34), "b", sek(33), "c", sek(33)))
     *         .isTheLargestRemainderSplitOf(sek(100), List.of("a", "b", "c"), List.of(ONE, ONE, ONE), KRONA);}</pre>
     *
     * @param total the amount split
     * @param keys the keys, in tie order
     * @param weights the weights, one per key in the same order
     * @param unit the rounding unit
     * @return this assertion
     * @throws AssertionError if the split cannot be made, a key is missing or extra, or a share differs
     *     from finsam's; the first differing share is named with both amounts
     * @throws IllegalArgumentException if the lists differ in size or a key repeats
     */
    public SplitAssert<K> isTheLargestRemainderSplitOf(MonetaryAmount total, List<K> keys, List<BigDecimal> weights,
            RoundingUnit unit) {
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(unit, "unit");
        isNotNull();
        Allocation<K> allocation;
        try {
            allocation = Allocation.splitOrdered(total, keys, weights, unit);
        } catch (FinsamValidationException e) {
            return cannotSplit(total, e);
        }
        return matches(allocation);
    }

    private SplitAssert<K> cannotSplit(MonetaryAmount total, FinsamValidationException e) {
        failWithMessage("%s", "Expected a largest-remainder split of " + AssertTexts.amount(total)
                + ", but finsam cannot split it so: " + AssertTexts.violations(e.violations()));
        return this;
    }

    private SplitAssert<K> matches(Allocation<K> allocation) {
        for (K key : actual.keySet()) {
            if (!allocation.contains(key)) {
                failWithMessage("%s", "Expected only the shares " + allocation.keys() + ", but got "
                        + AssertTexts.amount(actual.get(key)) + " for " + AssertTexts.key(key) + ", which has no weight");
            }
        }
        for (AllocationPart<K> part : allocation.parts()) {
            MonetaryAmount got = actual.get(part.key());
            if (got == null) {
                failWithMessage("%s", "Expected a share of " + AssertTexts.key(part.key()) + ", " + AssertTexts.amount(part.amount())
                        + " (the largest-remainder split of " + AssertTexts.amount(allocation.total()) + ": "
                        + part.explain() + "), but there is none");
            } else if (!got.getCurrency().equals(allocation.currency())
                    || AssertTexts.decimal(got).compareTo(AssertTexts.decimal(part.amount())) != 0) {
                failWithMessage("%s", "Expected the share of " + AssertTexts.key(part.key()) + " to be "
                        + AssertTexts.amount(part.amount()) + ", its largest-remainder share of "
                        + AssertTexts.amount(allocation.total()) + " (" + part.explain() + "), but it is "
                        + AssertTexts.amount(got));
            }
        }
        return this;
    }
}
