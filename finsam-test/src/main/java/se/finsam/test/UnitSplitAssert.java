package se.finsam.test;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;
import se.finsam.money.Allocation;
import se.finsam.validation.FinsamValidationException;

/**
 * Assertions on a user's own split of a count of units by integer weights, checked against finsam's bare
 * largest-remainder split {@link Allocation#splitUnits(long, BigInteger...)}.
 *
 * <pre>{@code
 * FinsamAssertions.assertThatUnits(new long[] {33, 34, 33})
 *         .isTheLargestRemainderSplitOf(100, BigInteger.ONE, BigInteger.ONE, BigInteger.ONE);
 *   // Expected part 0 to be 34 units, its largest-remainder share of 100 units by weight 1 of 3, but it is 33
 * }</pre>
 */
public final class UnitSplitAssert extends AbstractAssert<UnitSplitAssert, long[]> {

    UnitSplitAssert(long[] actual) {
        super(actual, UnitSplitAssert.class);
    }

    /**
     * Verifies that the parts are the largest-remainder split of {@code totalUnits} by {@code weights}, in
     * the order of the weights.
     *
     * @param totalUnits the number of units split
     * @param weights the weights, one per part
     * @return this assertion
     * @throws AssertionError if finsam cannot split so, the number of parts differs, or a part differs; the
     *     first differing part is named by its index, with both counts
     */
    public UnitSplitAssert isTheLargestRemainderSplitOf(long totalUnits, BigInteger... weights) {
        Objects.requireNonNull(weights, "weights");
        isNotNull();
        long[] expected;
        try {
            expected = Allocation.splitUnits(totalUnits, weights);
        } catch (FinsamValidationException e) {
            failWithMessage("%s", "Expected a largest-remainder split of " + totalUnits + " units, but finsam cannot split it so: "
                    + AssertTexts.violations(e.violations()));
            return this;
        }
        if (expected.length != actual.length) {
            failWithMessage("%s", "Expected " + expected.length + " parts, one per weight, but got " + actual.length + ": "
                    + Arrays.toString(actual));
        }
        BigInteger sum = BigInteger.ZERO;
        for (BigInteger w : weights) {
            sum = sum.add(w);
        }
        for (int i = 0; i < expected.length; i++) {
            if (expected[i] != actual[i]) {
                failWithMessage("%s", "Expected part " + i + " to be " + expected[i] + " units, its largest-remainder share of "
                        + totalUnits + " units by weight " + weights[i] + " of " + sum + " (finsam's Allocation.splitUnits), but it is "
                        + actual[i]);
            }
        }
        return this;
    }
}
