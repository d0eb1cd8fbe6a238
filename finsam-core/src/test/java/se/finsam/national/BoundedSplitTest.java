package se.finsam.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import se.finsam.money.Fraction;

/** The engine of the national allocation on cases at its edges: held exactly at a limit, preconditions, exact rounding. */
class BoundedSplitTest {

    private static final long NONE = BoundedSplit.NO_UPPER;

    private static BigInteger[] weights(long... w) {
        BigInteger[] b = new BigInteger[w.length];
        for (int i = 0; i < w.length; i++) {
            b[i] = BigInteger.valueOf(w[i]);
        }
        return b;
    }

    @Test
    void shareWhoseQuotaIsExactlyItsLowerLimit_isHeldThere() {
        // Weights 1 : 1, lower limits 5 and 0: at level 5 the first is 5 = its limit, the second 5; sum 10.
        BoundedSplit split = BoundedSplit.compute(10, 0, weights(1, 1), new long[] {5, 0}, new long[] {NONE, NONE});

        assertThat(split.amount(0)).isEqualTo(5);
        assertThat(split.amount(1)).isEqualTo(5);
        assertThat(split.state(0)).isEqualTo(BoundedSplit.State.AT_LOWER);
        assertThat(split.state(1)).isEqualTo(BoundedSplit.State.FREE);
        assertThat(split.level()).isEqualTo(Fraction.of(5, 1));
    }

    @Test
    void atLevelZero_aShareWhoseLowerLimitIsTheBase_isFree_andAWeightlessOneIsHeldOnlyAboveTheBase() {
        BoundedSplit split = BoundedSplit.compute(9, 2, weights(1, 1, 0, 0), new long[] {2, 3, 2, 2},
                new long[] {NONE, NONE, 2, 2});

        assertThat(split.state(0)).isEqualTo(BoundedSplit.State.FREE);
        assertThat(split.state(1)).isEqualTo(BoundedSplit.State.AT_LOWER);
        assertThat(split.state(2)).isEqualTo(BoundedSplit.State.FREE);
        assertThat(split.amount(0) + split.amount(1) + split.amount(2) + split.amount(3)).isEqualTo(9);
        assertThat(split.level()).isEqualTo(Fraction.of(0, 1));
        BoundedSplit weightless = BoundedSplit.compute(7, 2, weights(0, 0), new long[] {5, 2}, new long[] {5, 2});
        assertThat(weightless.state(0)).isEqualTo(BoundedSplit.State.AT_LOWER);
        assertThat(weightless.state(1)).isEqualTo(BoundedSplit.State.FREE);
    }

    @Test
    void shareWhoseQuotaIsExactlyItsUpperLimit_isHeldThere() {
        // Weights 1 : 3, upper limit 6 for the second: at level 2 it is 6 = its limit and the first 2; sum 8.
        BoundedSplit split = BoundedSplit.compute(8, 0, weights(1, 3), new long[] {0, 0}, new long[] {NONE, 6});

        assertThat(split.amount(0)).isEqualTo(2);
        assertThat(split.amount(1)).isEqualTo(6);
        assertThat(split.state(1)).isEqualTo(BoundedSplit.State.AT_UPPER);
    }

    @Test
    void preconditions_areChecked_withTheValuesInTheMessage() {
        assertThatIllegalArgumentException().isThrownBy(() -> BoundedSplit.compute(10, 5, weights(1), new long[] {4},
                new long[] {NONE})).withMessage("Share 0 needs 0 ≤ weight and base ≤ lower ≤ upper, was weight 1, base 5,"
                        + " lower 4, upper " + NONE);
        assertThatIllegalArgumentException().isThrownBy(() -> BoundedSplit.compute(10, 0, weights(1), new long[] {4},
                new long[] {3}));
        assertThatIllegalArgumentException().isThrownBy(() -> BoundedSplit.compute(10, 0, weights(-1), new long[] {0},
                new long[] {NONE}));
        assertThatIllegalArgumentException().isThrownBy(() -> BoundedSplit.compute(21, 0, weights(1, 1), new long[] {0, 0},
                new long[] {10, 10})).withMessage("Total 21 is outside what the limits allow, 0 to 20");
        assertThatIllegalArgumentException().isThrownBy(() -> BoundedSplit.compute(1, 0, weights(1), new long[] {2},
                new long[] {NONE})).withMessage("Total 1 is outside what the limits allow, 2 to unbounded");
        assertThat(BoundedSplit.compute(20, 0, weights(1, 1), new long[] {0, 0}, new long[] {10, 10}).amount(1)).isEqualTo(10);
    }

    @Test
    void times_roundsUpOrDown_onLongsAndBeyondThem() {
        assertThat(StateCalculator.times(7, Fraction.of(3, 2), true)).isEqualTo(11);
        assertThat(StateCalculator.times(7, Fraction.of(3, 2), false)).isEqualTo(10);
        assertThat(StateCalculator.times(4, Fraction.of(3, 2), true)).isEqualTo(6);
        // 10^15 × 9 999 is 9.999 × 10^18: a product above Long.MAX_VALUE though below 2^64.
        assertThat(StateCalculator.times(1_000_000_000_000_000L, Fraction.of(9999, 10000), true))
                .isEqualTo(999_900_000_000_000L);
        assertThat(StateCalculator.times(1_000_000_000_000_001L, Fraction.of(9999, 10000), true))
                .isEqualTo(999_900_000_000_001L);
        assertThat(StateCalculator.times(1_000_000_000_000_001L, Fraction.of(9999, 10000), false))
                .isEqualTo(999_900_000_000_000L);
        // A product of 128 bits, and a numerator beyond a long.
        assertThat(StateCalculator.times(1_000_000_000_000_000L, Fraction.of(99_999_999, 100_000_000), false))
                .isEqualTo(999_999_990_000_000L);
        BigInteger twoTo64 = BigInteger.ONE.shiftLeft(64);
        assertThat(StateCalculator.times(3, Fraction.of(twoTo64.add(BigInteger.ONE), twoTo64), true)).isEqualTo(4);
        assertThat(StateCalculator.times(3, Fraction.of(twoTo64.add(BigInteger.ONE), twoTo64), false)).isEqualTo(3);
    }
}
