package se.finsam.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

/**
 * An amount split into shares by non-negative weights, exact to a rounding unit, by the largest
 * remainder method.
 *
 * <p>The rule, step by step:
 * <ol>
 *   <li>Each share's exact quota is {@code total × weight / Σ weights}.</li>
 *   <li>Each share first gets its quota rounded down to a whole multiple of the unit.</li>
 *   <li>The units left over (fewer than the number of shares) go one each to the shares with the
 *       largest fractional remainders.</li>
 *   <li>Equal remainders: the larger weight wins; equal weights too: the share that comes first in the
 *       tie order wins (members: their order in the association; years: the earlier year).</li>
 * </ol>
 *
 * <p>So the shares always sum exactly to the total, each is within one unit of its quota (strictly
 * less than one unit away), and the result does not depend on the order in which shares are given:
 * only the tie order, which the caller names, decides ties. A larger weight never gets less.
 *
 * <pre>{@code
 * Allocation<String> a = Allocation.split(Money.of(15_000_001, "SEK"),
 *         Map.of("state", BigDecimal.valueOf(2), "regions", BigDecimal.ONE, "municipalities", BigDecimal.ONE),
 *         Comparator.comparing(List.of("state", "regions", "municipalities")::indexOf),
 *         RoundingUnit.KRONA);
 * a.amountOf("state");               // 7 500 001 SEK
 * a.part("state").explain();         // why: quota 7 500 000,5 kr, +1 remaining unit
 * }</pre>
 *
 * <p>Errors, each a {@link FinsamValidationException} with a stable code: no shares
 * ({@link ViolationCodes#ALLOCATION_NO_PARTS}), a negative weight ({@link ViolationCodes#WEIGHT_NEGATIVE}),
 * all weights zero ({@link ViolationCodes#ALLOCATION_ZERO_WEIGHTS}), a negative total
 * ({@link ViolationCodes#AMOUNT_NEGATIVE}), a total that is not a multiple of the unit or too large,
 * and a weight with an absurd number of digits ({@link ViolationCodes#WEIGHT_OUT_OF_RANGE}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <K> the type of the keys that name the shares; keys must be distinct and implement
 *     {@code equals} and {@code hashCode}
 */
public final class Allocation<K> {

    /** Weights may have at most this many significant digits and this many decimals. */
    private static final int MAX_WEIGHT_DIGITS = 100;
    /** Up to this many shares, keys are found by scanning instead of through a hash index. */
    private static final int SMALL = 16;

    private final CurrencyUnit currency;
    private final RoundingUnit unit;
    private final long totalUnits;
    private final List<K> keys;
    private final List<BigDecimal> weights;
    /** The weights times {@code 10^scale}, as longs; null when they did not fit ({@code bigWeights} then). */
    private final long @Nullable [] longWeights;
    /** The weights times {@code 10^scale}, as big integers; null when {@code longWeights} serve. */
    private final BigInteger @Nullable [] bigWeights;
    private final long[] parts;
    private final boolean[] extra;
    /** Key to position; null for small allocations, which scan {@code keys}. */
    private final @Nullable Map<K, Integer> index;

    private Allocation(CurrencyUnit currency, RoundingUnit unit, long totalUnits, List<K> keys, List<BigDecimal> weights,
            long @Nullable [] longWeights, BigInteger @Nullable [] bigWeights, long[] parts, boolean[] extra,
            @Nullable Map<K, Integer> index) {
        this.currency = currency;
        this.unit = unit;
        this.totalUnits = totalUnits;
        this.keys = keys;
        this.weights = weights;
        this.longWeights = longWeights;
        this.bigWeights = bigWeights;
        this.parts = parts;
        this.extra = extra;
        this.index = index;
    }

    /**
     * Obtains the allocation of an amount by weights given as a map; {@code tieOrder} decides ties, so
     * the map's iteration order does not matter. The shares are kept in tie order.
     *
     * @param <K> the key type
     * @param amount the amount to split, not negative, a whole multiple of {@code unit}
     * @param weights the weight of each share, not negative, at least one positive
     * @param tieOrder the order in which equal remainders and equal weights are favoured; it must tell
     *     every two distinct keys apart
     * @param unit the rounding unit
     * @return the allocation
     * @throws FinsamValidationException if the input breaks a rule (see the class description)
     * @throws IllegalArgumentException if {@code tieOrder} finds two distinct keys equal
     */
    public static <K> Allocation<K> split(MonetaryAmount amount, Map<K, BigDecimal> weights, Comparator<? super K> tieOrder,
            RoundingUnit unit) {
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(tieOrder, "tieOrder");
        List<K> keys = new ArrayList<>(weights.keySet());
        keys.sort(tieOrder);
        for (int i = 1; i < keys.size(); i++) {
            if (tieOrder.compare(keys.get(i - 1), keys.get(i)) == 0) {
                throw new IllegalArgumentException("Tie order does not tell '" + keys.get(i - 1) + "' and '" + keys.get(i)
                        + "' apart");
            }
        }
        List<BigDecimal> ordered = new ArrayList<>(keys.size());
        for (K key : keys) {
            ordered.add(weights.get(key));
        }
        return splitOrdered(amount, keys, ordered, unit);
    }

    /**
     * Obtains the allocation of an amount by weights given in tie order: where remainders and weights
     * are equal, the share listed first wins.
     *
     * <pre>{@code Allocation.splitOrdered(Money.of(100, "SEK"), List.of("a", "b", "c"), List.of(ONE, ONE, ONE), KRONA)  // 34, 33, 33}</pre>
     *
     * @param <K> the key type
     * @param amount the amount to split, not negative, a whole multiple of {@code unit}
     * @param keys the distinct keys, in tie order
     * @param weights the weights, one per key in the same order, not negative, at least one positive
     * @param unit the rounding unit
     * @return the allocation
     * @throws FinsamValidationException if the input breaks a rule (see the class description)
     * @throws IllegalArgumentException if the lists differ in size or a key repeats
     */
    public static <K> Allocation<K> splitOrdered(MonetaryAmount amount, List<K> keys, List<BigDecimal> weights,
            RoundingUnit unit) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(unit, "unit");
        long total;
        try {
            total = unit.unitsOf(amount);
        } catch (FinsamValidationException e) {
            return create(0, e.result().under("/total").violations(), amount.getCurrency(), unit, keys, weights);
        }
        return create(total, List.of(), amount.getCurrency(), unit, keys, weights);
    }

    /**
     * Obtains the allocation of a count of units by weights given in tie order: the exact integer form
     * of {@link #splitOrdered(MonetaryAmount, List, List, RoundingUnit)}.
     *
     * @param <K> the key type
     * @param totalUnits the number of units to split, not negative, at most {@link RoundingUnit#MAX_UNITS}
     * @param currency the currency of the amounts
     * @param unit the rounding unit
     * @param keys the distinct keys, in tie order
     * @param weights the weights, one per key in the same order, not negative, at least one positive
     * @return the allocation
     * @throws FinsamValidationException if the input breaks a rule (see the class description)
     * @throws IllegalArgumentException if the lists differ in size or a key repeats
     */
    public static <K> Allocation<K> splitOrdered(long totalUnits, CurrencyUnit currency, RoundingUnit unit, List<K> keys,
            List<BigDecimal> weights) {
        return create(totalUnits, List.of(), currency, unit, keys, weights);
    }

    /**
     * Splits a count of units by integer weights: the bare method, for callers that already hold units
     * and integer weights and need no keys, amounts or explanations (the national allocation splits by
     * weights of up to hundreds of bits this way). Part {@code i} gets {@code floor(T·w[i]/Σw)}; the units
     * left over go one each by largest remainder, ties to the larger weight, then to the lower index.
     * Exact on {@code long}s, on 128-bit products when the weights' sum fits in a {@code long}, else on
     * {@link BigInteger}s; the result is the same on every path and the same as
     * {@link #splitOrdered(long, CurrencyUnit, RoundingUnit, List, List)} with these weights in this order.
     *
     * <pre>{@code Allocation.splitUnits(100, BigInteger.ONE, BigInteger.ONE, BigInteger.ONE)  // [34, 33, 33]}</pre>
     *
     * @param totalUnits the number of units to split, 0 to {@link RoundingUnit#MAX_UNITS}
     * @param weights the weights, not negative, at least one positive
     * @return each part's units, in the order of the weights; they sum to {@code totalUnits}
     * @throws FinsamValidationException with code {@link ViolationCodes#AMOUNT_NEGATIVE},
     *     {@link ViolationCodes#AMOUNT_TOO_LARGE}, {@link ViolationCodes#ALLOCATION_NO_PARTS},
     *     {@link ViolationCodes#WEIGHT_NEGATIVE} or {@link ViolationCodes#ALLOCATION_ZERO_WEIGHTS}, every
     *     problem at once
     * @throws NullPointerException if {@code weights} or one of them is null
     */
    public static long[] splitUnits(long totalUnits, BigInteger... weights) {
        Objects.requireNonNull(weights, "weights");
        int n = weights.length;
        @Nullable List<Violation> violations = AllocationRules.shares(AllocationRules.total(null, totalUnits, null), n);
        boolean anyPositive = false;
        boolean anyNegative = false;
        for (int i = 0; i < n; i++) {
            int sign = Objects.requireNonNull(weights[i], "weight").signum();
            if (sign < 0) {
                anyNegative = true;
                violations = AllocationRules.negativeWeight(violations, "/weights/" + i, "Weight " + i, weights[i]);
            }
            anyPositive |= sign > 0;
        }
        AllocationRules.throwIfAny(AllocationRules.somePositive(violations, n, anyPositive, anyNegative));
        long[] parts = new long[n];
        LargestRemainder.allocate(totalUnits, weights, parts, new boolean[n]);
        return parts;
    }

    /**
     * The one point every factory funnels into: the input checked ({@link #check}), the keys indexed
     * ({@link #index}), and the units split ({@link #split}).
     *
     * @param totalProblems the total's own problems, found by the caller; then the total is not checked
     */
    private static <K> Allocation<K> create(long totalUnits, List<Violation> totalProblems, CurrencyUnit currency,
            RoundingUnit unit, List<K> keys, List<BigDecimal> weights) {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(unit, "unit");
        List<K> keyList = immutableCopy(keys, "key");
        List<BigDecimal> weightList = immutableCopy(weights, "weight");
        if (keyList.size() != weightList.size()) {
            throw new IllegalArgumentException("Expected one weight per key, got " + keyList.size() + " keys and "
                    + weightList.size() + " weights");
        }
        int scale = check(totalUnits, totalProblems, unit, keyList, weightList);
        Map<K, Integer> index = index(keyList);
        return split(totalUnits, currency, unit, keyList, weightList, scale, index);
    }

    /**
     * Checks the total and the weights, every problem at once: problems with the total, found by the
     * caller, come first; the weights are checked all the same.
     *
     * @return the largest scale of a positive weight: multiplied by ten to it, every weight is whole
     * @throws FinsamValidationException if the input breaks a rule
     */
    private static <K> int check(long totalUnits, List<Violation> totalProblems, RoundingUnit unit, List<K> keyList,
            List<BigDecimal> weightList) {
        @Nullable List<Violation> violations = totalProblems.isEmpty() ? AllocationRules.total(null, totalUnits, unit)
                : new ArrayList<>(totalProblems);
        int n = keyList.size();
        violations = AllocationRules.shares(violations, n);
        int scale = 0;
        boolean anyPositive = false;
        boolean weightProblem = false;
        for (int i = 0; i < n; i++) {
            BigDecimal w = weightList.get(i);
            int sign = w.signum();
            if (sign < 0) {
                weightProblem = true;
                violations = AllocationRules.negativeWeight(violations, Violation.pointer("weights", keyList.get(i)),
                        "Weight of '" + keyList.get(i) + "'", w);
            } else if (sign > 0) {
                if (!Decimals.within(w, MAX_WEIGHT_DIGITS, MAX_WEIGHT_DIGITS, 2 * MAX_WEIGHT_DIGITS)) {
                    weightProblem = true;
                    violations = AllocationRules.add(violations, Violation.of(Violation.pointer("weights", keyList.get(i)),
                            ViolationCodes.WEIGHT_OUT_OF_RANGE, "Weight of '" + keyList.get(i) + "' has too many digits: "
                                    + w + " (at most " + MAX_WEIGHT_DIGITS + " significant digits and " + MAX_WEIGHT_DIGITS
                                    + " decimals, and less than 1E+" + 2 * MAX_WEIGHT_DIGITS + ")"));
                    continue;
                }
                anyPositive = true;
                scale = Math.max(scale, withinDigits(w) ? w.scale() : Decimals.stripTrailingZeros(w).scale());
            }
        }
        AllocationRules.throwIfAny(AllocationRules.somePositive(violations, n, anyPositive, weightProblem));
        return scale;
    }

    /**
     * Indexes the keys, and checks that they are distinct.
     *
     * @return the index, or null for a handful of keys, which are found faster by scanning than by hashing
     * @throws IllegalArgumentException if a key repeats
     */
    private static <K> @Nullable Map<K, Integer> index(List<K> keyList) {
        int n = keyList.size();
        if (n > SMALL) {
            Map<K, Integer> index = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                if (index.put(keyList.get(i), i) != null) {
                    throw repeated(keyList, i);
                }
            }
            return index;
        }
        // A handful of keys: compare hash codes first, so that distinct keys are rarely compared.
        int[] hashes = new int[n];
        for (int i = 0; i < n; i++) {
            K key = keyList.get(i);
            hashes[i] = key.hashCode();
            for (int j = 0; j < i; j++) {
                if (hashes[j] == hashes[i] && keyList.get(j).equals(key)) {
                    throw repeated(keyList, i);
                }
            }
        }
        return null;
    }

    private static IllegalArgumentException repeated(List<?> keyList, int i) {
        return new IllegalArgumentException("Allocation keys must be distinct, '" + keyList.get(i) + "' repeats in " + keyList);
    }

    /**
     * The exact core: the weights made whole by {@code scale}, split by largest remainder on {@code long}s
     * when they fit, else on {@link BigInteger}s.
     */
    private static <K> Allocation<K> split(long totalUnits, CurrencyUnit currency, RoundingUnit unit, List<K> keyList,
            List<BigDecimal> weightList, int scale, @Nullable Map<K, Integer> index) {
        int n = keyList.size();
        long[] longWeights = new long[n];
        boolean fits = true;
        for (int i = 0; i < n && fits; i++) {
            BigDecimal w = weightList.get(i);
            if (w.signum() != 0) {
                // scale ≥ the weight's own: a whole number, whose scale may still be negative (1E+23 at scale 0
                // is 1E+23, one digit): it fits a long when it has at most 18 digits before the point.
                BigDecimal scaled = w.movePointRight(scale);
                fits = (long) scaled.precision() - scaled.scale() <= 18;
                longWeights[i] = fits ? scaled.longValueExact() : 0;
            }
        }
        long[] parts = new long[n];
        boolean[] extra = new boolean[n];
        if (fits && LargestRemainder.tryAllocate(totalUnits, longWeights, parts, extra)) {
            return new Allocation<>(currency, unit, totalUnits, keyList, weightList, longWeights, null, parts, extra, index);
        }
        BigInteger[] bigWeights = new BigInteger[n];
        BigInteger sum = BigInteger.ZERO;
        for (int i = 0; i < n; i++) {
            BigDecimal w = weightList.get(i);
            bigWeights[i] = w.signum() == 0 ? BigInteger.ZERO : w.movePointRight(scale).toBigIntegerExact();
            sum = sum.add(bigWeights[i]);
        }
        LargestRemainder.allocateBig(totalUnits, bigWeights, sum, parts, extra);
        return new Allocation<>(currency, unit, totalUnits, keyList, weightList, null, bigWeights, parts, extra, index);
    }

    /**
     * True when a weight has at most {@link #MAX_WEIGHT_DIGITS} significant digits and a scale from
     * {@code -MAX_WEIGHT_DIGITS} to {@code MAX_WEIGHT_DIGITS}; the scale is compared as a {@code long}, as
     * {@code Math.abs(Integer.MIN_VALUE)} is negative.
     */
    private static boolean withinDigits(BigDecimal w) {
        long scale = w.scale();
        return w.precision() <= MAX_WEIGHT_DIGITS && scale <= MAX_WEIGHT_DIGITS && scale >= -MAX_WEIGHT_DIGITS;
    }

    /**
     * An unmodifiable copy of a list, as {@link List#copyOf} makes it but with one copy of the elements
     * instead of two: the array is private to the view.
     *
     * @throws NullPointerException if an element is null
     */
    @SuppressWarnings("unchecked")
    private static <T> List<T> immutableCopy(List<T> list, String what) {
        Object[] elements = list.toArray();
        for (Object e : elements) {
            Objects.requireNonNull(e, what);
        }
        return (List<T>) Collections.unmodifiableList(Arrays.asList(elements));
    }

    /**
     * Returns the amount that was split.
     *
     * @return the total
     */
    public MonetaryAmount total() {
        return unit.amountOf(totalUnits, currency);
    }

    /**
     * Returns the amount that was split, as a count of units.
     *
     * @return the total in units
     */
    public long totalUnits() {
        return totalUnits;
    }

    /**
     * Returns the rounding unit every share is a multiple of.
     *
     * @return the unit
     */
    public RoundingUnit unit() {
        return unit;
    }

    /**
     * Returns the currency.
     *
     * @return the currency
     */
    public CurrencyUnit currency() {
        return currency;
    }

    /**
     * Returns the keys of the shares, in tie order.
     *
     * @return the keys, unmodifiable
     */
    public List<K> keys() {
        return keys;
    }

    /**
     * Tells whether a key names a share.
     *
     * @param key the key
     * @return true if the allocation has a share for {@code key}
     */
    public boolean contains(K key) {
        return index != null ? index.containsKey(key) : keys.contains(key);
    }

    private int indexOf(K key) {
        Objects.requireNonNull(key, "key");
        Integer i = index != null ? index.get(key) : Integer.valueOf(keys.indexOf(key));
        if (i != null && i < 0) {
            i = null;
        }
        if (i == null) {
            throw new IllegalArgumentException("No share for '" + key + "' in allocation of " + keys);
        }
        return i;
    }

    /**
     * Returns a share's amount.
     *
     * @param key the share's key
     * @return the amount
     * @throws IllegalArgumentException if there is no share for {@code key}
     */
    public MonetaryAmount amountOf(K key) {
        return unit.amountOf(parts[indexOf(key)], currency);
    }

    /**
     * Returns a share's amount as a count of units.
     *
     * @param key the share's key
     * @return the units
     * @throws IllegalArgumentException if there is no share for {@code key}
     */
    public long unitsOf(K key) {
        return parts[indexOf(key)];
    }

    /**
     * Returns how a share came about.
     *
     * @param key the share's key
     * @return the explained share
     * @throws IllegalArgumentException if there is no share for {@code key}
     */
    public AllocationPart<K> part(K key) {
        return part(indexOf(key), weightSum(), scaledWeightSum());
    }

    /** The big weights: there are some whenever the long ones did not fit. */
    private BigInteger[] bigWeights() {
        return Objects.requireNonNull(bigWeights, "bigWeights");
    }

    private AllocationPart<K> part(int i, BigDecimal weightSum, BigInteger scaledSum) {
        BigInteger scaled = longWeights != null ? BigInteger.valueOf(longWeights[i]) : bigWeights()[i];
        Fraction quota = Fraction.of(BigInteger.valueOf(totalUnits).multiply(scaled), scaledSum)
                .multipliedBy(Fraction.from(unit.value()));
        long floorUnits = parts[i] - (extra[i] ? 1 : 0);
        return new AllocationPart<>(keys.get(i), weights.get(i), weightSum, quota, unit.amountOf(floorUnits, currency),
                extra[i], unit.amountOf(parts[i], currency), unit);
    }

    private BigDecimal weightSum() {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal w : weights) {
            sum = sum.add(w);
        }
        return sum;
    }

    private BigInteger scaledWeightSum() {
        if (longWeights != null) {
            long sum = 0;
            for (long w : longWeights) {
                sum += w; // fitted when allocating
            }
            return BigInteger.valueOf(sum);
        }
        BigInteger sum = BigInteger.ZERO;
        for (BigInteger w : bigWeights()) {
            sum = sum.add(w);
        }
        return sum;
    }

    /**
     * Returns every share, explained, in tie order.
     *
     * @return the parts, unmodifiable
     */
    public List<AllocationPart<K>> parts() {
        BigDecimal weightSum = weightSum();
        BigInteger scaledSum = scaledWeightSum();
        List<AllocationPart<K>> list = new ArrayList<>(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            list.add(part(i, weightSum, scaledSum));
        }
        return Collections.unmodifiableList(list);
    }

    /**
     * Returns how many units were handed out by largest remainder after rounding down.
     *
     * @return the number of remaining units, from 0 to the number of shares minus one
     */
    public int remainderUnits() {
        int count = 0;
        for (boolean e : extra) {
            count += e ? 1 : 0;
        }
        return count;
    }

    /**
     * Explains every share, one a line, naming each by {@code names}.
     *
     * @param names how to name a key, e.g. a member's name
     * @return the explanation, lines separated by {@code \n}
     */
    public String explain(Function<? super K, String> names) {
        StringBuilder sb = new StringBuilder();
        sb.append("Split of ").append(AmountFormat.amount(total(), unit)).append(" by largest remainder at unit ")
                .append(unit).append(" (").append(remainderUnits()).append(" remaining unit")
                .append(remainderUnits() == 1 ? "" : "s").append(')');
        for (AllocationPart<K> part : parts()) {
            sb.append('\n').append(names.apply(part.key())).append(": ").append(part.explain());
        }
        return sb.toString();
    }

    /**
     * Compares currency, unit, total, keys in order, weights by value and shares.
     *
     * @param obj the other object
     * @return true if {@code obj} is an equal allocation
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof Allocation<?> other)) {
            return false;
        }
        if (!(currency.equals(other.currency) && unit.equals(other.unit) && totalUnits == other.totalUnits
                && keys.equals(other.keys) && Arrays.equals(parts, other.parts) && Arrays.equals(extra, other.extra))) {
            return false;
        }
        for (int i = 0; i < weights.size(); i++) {
            if (weights.get(i).compareTo(other.weights.get(i)) != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(currency, unit, totalUnits, keys, Arrays.hashCode(parts));
    }

    /**
     * Returns the shares as {@code key=amount} pairs.
     *
     * @return the text, e.g. {@code Allocation[100 SEK at 1: a=34, b=33, c=33]}
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Allocation[").append(unit.decimalOf(totalUnits).toPlainString()).append(' ')
                .append(currency.getCurrencyCode()).append(" at ").append(unit).append(':');
        for (int i = 0; i < keys.size(); i++) {
            sb.append(i == 0 ? " " : ", ").append(keys.get(i)).append('=').append(unit.decimalOf(parts[i]).toPlainString());
        }
        return sb.append(']').toString();
    }
}
