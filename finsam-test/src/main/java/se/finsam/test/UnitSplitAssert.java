package se.finsam.test;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;
import se.finsam.money.Allocation;
import se.finsam.test.AssertTexts.Problem;
import se.finsam.validation.FinsamValidationException;

/**
 * Assertions on a user's own split of a count of units by integer weights, checked against finsam's bare
 * largest-remainder split {@link Allocation#splitUnits(long, BigInteger...)}. A failure names every part
 * that differs (one in a sentence, several one a line: the first 20, then how many more).
 *
 * <pre>{@code
 * FinsamAssertions.assertThatUnits(new long[] {33, 34, 33})
 *         .isTheLargestRemainderSplitOf(100, BigInteger.ONE, BigInteger.ONE, BigInteger.ONE);
 *   // Expected the largest-remainder split of 100 units by the weights (finsam's Allocation.splitUnits), but 2
 *   // parts differ:
 *   //   part 0 is 33, finsam's share is 34 (weight 1 of 3)
 *   //   part 1 is 34, finsam's share is 33 (weight 1 of 3)
 * FinsamAssertions.assertThatUnits(new long[] {33, 33, 33})
 *         .isTheLargestRemainderSplitOf(100, BigInteger.ONE, BigInteger.ONE, BigInteger.ONE);
 *   // Expected part 0 to be 34 units, its largest-remainder share of 100 units by weight 1 of 3 (finsam's
 *   // Allocation.splitUnits), but it is 33
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
     * @throws AssertionError if finsam cannot split so, the number of parts differs, or a part differs; every
     *     differing part is named by its index, with both counts
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
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < expected.length; i++) {
            if (expected[i] != actual[i]) {
                problems.add(new Problem("Expected part " + i + " to be " + expected[i] + " units, its largest-remainder share of "
                        + totalUnits + " units by weight " + weights[i] + " of " + sum + " (finsam's Allocation.splitUnits), but it is "
                        + actual[i], "part " + i + " is " + actual[i] + ", finsam's share is " + expected[i] + " (weight " + weights[i]
                        + " of " + sum + ")"));
            }
        }
        if (!problems.isEmpty()) {
            failWithMessage("%s", AssertTexts.report(problems, "Expected the largest-remainder split of " + totalUnits
                    + " units by the weights (finsam's Allocation.splitUnits), but " + AssertTexts.count(problems.size(), "part differs",
                            "parts differ") + ":"));
        }
        return this;
    }
}
