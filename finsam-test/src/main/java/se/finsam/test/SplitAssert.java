package se.finsam.test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.money.MonetaryAmount;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;
import se.finsam.money.Allocation;
import se.finsam.money.AllocationPart;
import se.finsam.money.RoundingUnit;
import se.finsam.test.AssertTexts.Problem;
import se.finsam.validation.FinsamValidationException;

/**
 * Assertions on a user's own split of an amount into shares, checked against finsam's
 * {@link Allocation largest remainder split}: the shares must be exactly what {@link Allocation} computes,
 * so they sum to the total, each is within one unit of its exact quota, and ties go the documented way.
 * A failure names every share that differs (one in a sentence, several one a line: the first 20, then how
 * many more), with both amounts and finsam's explanation of its own.
 *
 * <pre>{@code
 * Map<String, MonetaryAmount> mine = myCode.split(Money.of(100, "SEK"));   // {a=33, b=34, c=33}
 * FinsamAssertions.assertThatShares(mine).isTheLargestRemainderSplitOf(Money.of(100, "SEK"),
 *         List.of("a", "b", "c"), List.of(ONE, ONE, ONE), RoundingUnit.KRONA);
 *   // Expected the largest-remainder split of SEK 100 by the weights (finsam's Allocation), but 2 shares differ:
 *   //   'a' is SEK 33, finsam's share is SEK 34 (weight 1 of 3: exact quota ≈33,3333 kr (exactly 100/3), rounded
 *   //   down to 33 kr, +1 remaining unit (largest remainder 1/3): 34 kr)
 *   //   'b' is SEK 34, finsam's share is SEK 33 (weight 1 of 3: ..., no remaining unit: 33 kr)
 * }</pre>
 *
 * <p>Had {@code a} alone been wrong ({@code {a=33, b=33, c=33}}), the message would be one sentence:
 * {@code Expected the share of 'a' to be SEK 34, its largest-remainder share of SEK 100 (weight 1 of 3: ...),
 * but it is SEK 33}.
 *
 * @param <K> the type of the keys that name the shares
 */
public final class SplitAssert<K> extends AbstractAssert<SplitAssert<K>, Map<K, ? extends MonetaryAmount>> {

    SplitAssert(@Nullable Map<K, ? extends MonetaryAmount> actual) {
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
     *     extra, or a share differs from finsam's; every differing share is named with both amounts
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
     * <pre>{@code assertThatShares(Map.of("a", sek(34), "b", sek(33), "c", sek(33)))
     *         .isTheLargestRemainderSplitOf(sek(100), List.of("a", "b", "c"), List.of(ONE, ONE, ONE), KRONA);}</pre>
     *
     * @param total the amount split
     * @param keys the keys, in tie order
     * @param weights the weights, one per key in the same order
     * @param unit the rounding unit
     * @return this assertion
     * @throws AssertionError if the split cannot be made, a key is missing or extra, or a share differs
     *     from finsam's; every differing share is named with both amounts
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
        String total = AssertTexts.amount(allocation.total());
        List<Problem> problems = new ArrayList<>();
        for (AllocationPart<K> part : allocation.parts()) {
            MonetaryAmount got = actual.get(part.key());
            String key = AssertTexts.key(part.key());
            String share = AssertTexts.amount(part.amount());
            if (got == null && actual.containsKey(part.key())) {
                problems.add(new Problem("Expected a share of " + key + ", " + share + " (the largest-remainder split of " + total + ": "
                        + part.explain() + "), but it is null", key + " is null, finsam's share is " + share + " (" + part.explain() + ")"));
            } else if (got == null) {
                problems.add(new Problem("Expected a share of " + key + ", " + share + " (the largest-remainder split of " + total + ": "
                        + part.explain() + "), but there is none",
                        key + " has none, finsam's share is " + share + " (" + part.explain() + ")"));
            } else if (!got.getCurrency().equals(allocation.currency())
                    || AssertTexts.decimal(got).compareTo(AssertTexts.decimal(part.amount())) != 0) {
                problems.add(new Problem("Expected the share of " + key + " to be " + share + ", its largest-remainder share of " + total
                        + " (" + part.explain() + "), but it is " + AssertTexts.amount(got),
                        key + " is " + AssertTexts.amount(got) + ", finsam's share is " + share + " (" + part.explain() + ")"));
            }
        }
        for (Map.Entry<K, ? extends MonetaryAmount> e : actual.entrySet()) {
            if (e.getKey() == null || !allocation.contains(e.getKey())) {
                String got = e.getValue() == null ? "null" : AssertTexts.amount(e.getValue());
                String key = e.getKey() == null ? "a null key" : AssertTexts.key(e.getKey());
                problems.add(new Problem("Expected only the shares " + allocation.keys() + ", but got " + got + " for " + key
                        + ", which has no weight", key + " has no weight, yet gets " + got));
            }
        }
        if (!problems.isEmpty()) {
            failWithMessage("%s", AssertTexts.report(problems, "Expected the largest-remainder split of " + total
                    + " by the weights (finsam's Allocation), but " + AssertTexts.count(problems.size(), "share differs", "shares differ")
                    + ":"));
        }
        return this;
    }
}
