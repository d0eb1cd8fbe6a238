package se.finsam.national;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;
import se.finsam.money.Allocation;
import se.finsam.money.Fraction;

/**
 * The engine behind the national allocation and the supplementary split: an amount split in
 * proportion to weights, on top of a common base, with a lower and an upper limit per share.
 *
 * <p>The exact (unrounded) answer is defined by one number, the <em>level</em> {@code λ ≥ 0}: share
 * {@code i} gets {@code clamp(base + λ·w[i], lower[i], upper[i])}, and {@code λ} is the smallest level at
 * which the shares sum to the total. The sum is continuous and non-decreasing in {@code λ}, so the
 * level exists exactly when {@code Σ lower ≤ total ≤ Σ (upper, or lower where the weight is zero)}; the
 * caller checks that first. Shares whose {@code base + λ·w} falls at or below their lower limit (when
 * that limit is above the base) are <em>held at the lower limit</em>; at or above their upper limit,
 * <em>held at the upper limit</em>; the others are <em>free</em>. Shares with weight zero get their
 * lower limit.
 *
 * <p>Rounding: held shares get their limit, a whole number of units. The free shares split what is
 * left, minus their bases, by {@link Allocation largest remainder} over their weights, ties to the
 * larger weight and then the lower index; each then gets its base on top. Every free share's exact
 * quota {@code base + λ·w} lies within its limits, which are whole units, so rounding never breaks a
 * limit. The level is found exactly with {@link Fraction}s by a sweep over the points where shares
 * leave their lower limit or reach their upper one.
 */
final class BoundedSplit {

    /** Where a share ended up. */
    enum State {
        /** Between its limits: base plus its proportional part of what the free shares split. */
        FREE,
        /** Held at its lower limit. */
        AT_LOWER,
        /** Held at its upper limit. */
        AT_UPPER
    }

    /** Marks a share without an upper limit. */
    static final long NO_UPPER = Long.MAX_VALUE;

    private final long[] amounts;
    private final State[] states;
    private final Fraction level;

    private BoundedSplit(long[] amounts, State[] states, Fraction level) {
        this.amounts = amounts;
        this.states = states;
        this.level = level;
    }

    long amount(int i) {
        return amounts[i];
    }

    State state(int i) {
        return states[i];
    }

    /** The level {@code λ}: units per unit of weight that every free share gets above its base. */
    Fraction level() {
        return level;
    }

    /**
     * The largest total the shares can take: the sum of the upper limits, with the lower limit for
     * shares of weight zero; {@link #NO_UPPER} if a share with a positive weight has no upper limit.
     */
    static long capacity(BigInteger[] weights, long[] lower, long[] upper) {
        return capacity(i -> weights[i].signum() > 0, lower, upper);
    }

    /**
     * The same, from which shares have a positive weight, for a caller that knows it before the weights
     * are computed.
     */
    static long capacity(IntPredicate weighted, long[] lower, long[] upper) {
        long sum = 0;
        for (int i = 0; i < lower.length; i++) {
            if (!weighted.test(i)) {
                sum += lower[i];
            } else if (upper[i] == NO_UPPER) {
                return NO_UPPER;
            } else {
                sum += upper[i];
            }
        }
        return sum;
    }

    /**
     * Splits {@code total}.
     *
     * @param total the units to split; {@code Σ lower ≤ total ≤ capacity}
     * @param base the base every share starts from; {@code base ≤ lower[i] ≤ upper[i]}
     * @param weights the weights, not negative
     * @param lower the lower limits
     * @param upper the upper limits, {@link #NO_UPPER} for none
     * @return the split
     * @throws IllegalArgumentException if the preconditions do not hold
     */
    static BoundedSplit compute(long total, long base, BigInteger[] weights, long[] lower, long[] upper) {
        checkPreconditions(total, base, weights, lower, upper);
        Level level = level(total, base, weights, lower, upper);
        int n = weights.length;
        State[] states = new State[n];
        long[] amounts = new long[n];
        long fixed = hold(level, base, weights, lower, upper, states, amounts);
        shareFree(total - fixed, level, base, weights, states, amounts);
        for (int i = 0; i < n; i++) {
            if (amounts[i] < lower[i] || amounts[i] > upper[i]) {
                throw new IllegalStateException("Bug in the bounded split: share " + i + " is " + amounts[i]
                        + ", outside its limits " + lower[i] + " to " + upper[i]);
            }
        }
        return new BoundedSplit(amounts, states, Fraction.of(BigInteger.valueOf(level.numerator()), level.denominator()));
    }

    /** {@code 0 ≤ weight}, {@code base ≤ lower ≤ upper} and {@code Σ lower ≤ total ≤ capacity}, or throws. */
    private static void checkPreconditions(long total, long base, BigInteger[] weights, long[] lower, long[] upper) {
        long lowerSum = 0;
        for (int i = 0; i < weights.length; i++) {
            if (lower[i] < base || upper[i] < lower[i] || weights[i].signum() < 0) {
                throw new IllegalArgumentException("Share " + i + " needs 0 ≤ weight and base ≤ lower ≤ upper, was weight "
                        + weights[i] + ", base " + base + ", lower " + lower[i] + ", upper " + upper[i]);
            }
            lowerSum += lower[i];
        }
        long capacity = capacity(weights, lower, upper);
        if (total < lowerSum || total > capacity) {
            throw new IllegalArgumentException("Total " + total + " is outside what the limits allow, " + lowerSum + " to "
                    + (capacity == NO_UPPER ? "unbounded" : capacity));
        }
    }

    /**
     * Holds the shares the level puts at a limit there, and marks the others free.
     *
     * @return the units of the held shares
     */
    private static long hold(Level level, long base, BigInteger[] weights, long[] lower, long[] upper, State[] states,
            long[] amounts) {
        long fixed = 0;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i].signum() == 0) {
                states[i] = lower[i] > base ? State.AT_LOWER : State.FREE;
                amounts[i] = lower[i];
                fixed += lower[i];
            } else if (lower[i] > base
                    && compareProducts(level.numerator(), weights[i], lower[i] - base, level.denominator()) <= 0) {
                // base + λ·w compared with a limit L, as λ.numerator·w against (L − base)·λ.denominator.
                states[i] = State.AT_LOWER;
                amounts[i] = lower[i];
                fixed += lower[i];
            } else if (upper[i] != NO_UPPER
                    && compareProducts(level.numerator(), weights[i], upper[i] - base, level.denominator()) >= 0) {
                states[i] = State.AT_UPPER;
                amounts[i] = upper[i];
                fixed += upper[i];
            } else {
                states[i] = State.FREE;
            }
        }
        return fixed;
    }

    /**
     * The free shares (of a positive weight) split what the held ones leave, less their bases, by largest
     * remainder over their weights; each gets its base on top.
     */
    private static void shareFree(long left, Level level, long base, BigInteger[] weights, State[] states, long[] amounts) {
        int n = weights.length;
        int[] free = new int[n];
        BigInteger[] freeWeights = new BigInteger[n];
        int freeCount = 0;
        BigInteger freeWeightSum = BigInteger.ZERO;
        for (int i = 0; i < n; i++) {
            if (states[i] == State.FREE && weights[i].signum() != 0) {
                free[freeCount] = i;
                freeWeights[freeCount++] = weights[i];
                freeWeightSum = freeWeightSum.add(weights[i]);
            }
        }
        long toShare = left - (long) freeCount * base;
        // The free shares' exact quotas sum to what is left: toShare = λ × Σ free weights.
        if (compareProducts(level.numerator(), freeWeightSum, toShare, level.denominator()) != 0) {
            throw new IllegalStateException("Bug in the bounded split: level " + level + " does not account for " + toShare
                    + " units among " + freeCount + " free shares");
        }
        if (freeCount > 0) {
            long[] parts = Allocation.splitUnits(toShare, Arrays.copyOf(freeWeights, freeCount));
            for (int k = 0; k < freeCount; k++) {
                amounts[free[k]] = base + parts[k];
            }
        }
    }

    /**
     * Compares {@code a·x} with {@code b·y} exactly: on 128-bit products when {@code x} and {@code y}
     * fit in a {@code long}, else on {@link BigInteger}s.
     */
    static int compareProducts(long a, BigInteger x, long b, BigInteger y) {
        if (x.bitLength() <= 63 && y.bitLength() <= 63) {
            return compareProducts(a, x.longValueExact(), b, y.longValueExact());
        }
        return BigInteger.valueOf(a).multiply(x).compareTo(BigInteger.valueOf(b).multiply(y));
    }

    /** Compares {@code a·x} with {@code b·y} exactly, as signed 128-bit products. */
    private static int compareProducts(long a, long x, long b, long y) {
        int high = Long.compare(Math.multiplyHigh(a, x), Math.multiplyHigh(b, y));
        return high != 0 ? high : Long.compareUnsigned(a * x, b * y);
    }

    /** A level {@code numerator / denominator}, not reduced; the denominator is positive. */
    private record Level(long numerator, BigInteger denominator) {
    }

    /**
     * One point where a share changes state as the level rises: at level {@code numerator / weight}
     * (kept unreduced: comparing by cross-multiplication needs no common divisor).
     */
    private record Event(long numerator, BigInteger weight, long smallWeight, int share, boolean reachesUpper) {

        /** {@code smallWeight} is the weight when it fits in a {@code long}, else -1. */
        Event(long numerator, BigInteger weight, int share, boolean reachesUpper) {
            this(numerator, weight, weight.bitLength() <= 63 ? weight.longValueExact() : -1, share, reachesUpper);
        }

        int compareLevel(Event other) {
            if (smallWeight >= 0 && other.smallWeight >= 0) {
                // The sort's hot path: both weights are longs, read once when the event was made.
                return compareProducts(numerator, other.smallWeight, other.numerator, smallWeight);
            }
            return compareProducts(numerator, other.weight, other.numerator, weight);
        }
    }

    /** Finds the smallest level at which the clamped shares sum to {@code total}. */
    private static Level level(long total, long base, BigInteger[] weights, long[] lower, long[] upper) {
        int n = weights.length;
        // Running state of the sum S(λ) = constant + λ × freeWeight on the current segment.
        long constant = 0;
        BigInteger freeWeight = BigInteger.ZERO;
        List<Event> events = new ArrayList<>(2 * n);
        for (int i = 0; i < n; i++) {
            constant += lower[i];
            if (weights[i].signum() == 0) {
                continue;
            }
            events.add(new Event(lower[i] - base, weights[i], i, false));
            if (upper[i] != NO_UPPER) {
                events.add(new Event(upper[i] - base, weights[i], i, true));
            }
        }
        if (constant == total) {
            return new Level(0, BigInteger.ONE);
        }
        Event[] sorted = events.toArray(new Event[0]);
        // A share leaves its lower limit before it reaches its upper one, also when both are at one level.
        Arrays.sort(sorted, (a, b) -> {
            int c = a.compareLevel(b);
            return c != 0 ? c : Boolean.compare(a.reachesUpper(), b.reachesUpper());
        });
        Event last = null;
        int k = 0;
        while (k < sorted.length) {
            Event at = sorted[k];
            // S(at) ≥ total  ⇔  constant·w + numerator·freeWeight ≥ total·w, with w > 0 the event's weight.
            if (compareProducts(at.numerator(), freeWeight, total - constant, at.weight()) >= 0) {
                // The sum reaches the total inside this segment, whose slope is positive.
                return new Level(total - constant, freeWeight);
            }
            for (; k < sorted.length && sorted[k].compareLevel(at) == 0; k++) {
                Event e = sorted[k];
                int i = e.share();
                if (e.reachesUpper()) {
                    // Was free: its part base + λw now stays at the upper limit.
                    freeWeight = freeWeight.subtract(weights[i]);
                    constant += upper[i] - base;
                } else {
                    // Was held at the lower limit: from here on it is base + λw.
                    freeWeight = freeWeight.add(weights[i]);
                    constant -= lower[i] - base;
                }
            }
            last = at;
        }
        if (freeWeight.signum() > 0) {
            return new Level(total - constant, freeWeight);
        }
        if (constant == total && last != null) {
            return new Level(last.numerator(), last.weight());
        }
        throw new IllegalStateException("Bug in the bounded split: no level reaches " + total);
    }
}
