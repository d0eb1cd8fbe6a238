package se.finsam.followup;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import se.finsam.money.Allocation;
import se.finsam.money.Fraction;

/**
 * How participants are distributed over groups (municipalities, genders), as counts and as percentages
 * with one decimal that sum to exactly 100.0.
 *
 * <p>The percentages are 1000 tenths of a percent split by the counts with the integer largest-remainder
 * split ({@link Allocation#splitUnits(long, BigInteger...)}), without a currency: each group gets its exact share rounded down to a tenth, and the tenths left over
 * go to the largest remainders; ties go to the larger count, then to the group listed first. So 29, 14
 * and 6 of 49 give 59.2, 28.6 and 12.2; three groups of one give 33.4, 33.3 and 33.3.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <K> the type of the groups
 */
public final class Distribution<K> {

    /** Tenths of a percent in the whole. */
    private static final long WHOLE = 1000;

    private final List<K> groups;
    private final Map<K, Long> counts;
    private final Map<K, Long> tenths;
    private final long total;

    private Distribution(List<K> groups, Map<K, Long> counts, Map<K, Long> tenths, long total) {
        this.groups = groups;
        this.counts = counts;
        this.tenths = tenths;
        this.total = total;
    }

    /**
     * Computes the distribution of counts over groups: the percentages by the integer largest-remainder split.
     *
     * <pre>{@code Distribution.compute(List.of("koping", "arboga", "kungsor"), Map.of("koping", 29L, "arboga", 14L, "kungsor", 6L))}</pre>
     *
     * @param <K> the type of the groups
     * @param groups the distinct groups, in order; the first wins a tie
     * @param counts the count of each group, not negative; a group without a count has 0
     * @return the distribution
     * @throws IllegalArgumentException if a count is negative, a group repeats, a count names no group, or
     *     the counts sum to more than {@link Long#MAX_VALUE}
     */
    public static <K> Distribution<K> compute(List<K> groups, Map<K, Long> counts) {
        List<K> order = List.copyOf(Objects.requireNonNull(groups, "groups"));
        Map<K, Long> countOf = new HashMap<>();
        List<BigInteger> weightsInOrder = new ArrayList<>(order.size());
        long total = 0;
        for (K group : order) {
            long count = counts.getOrDefault(group, 0L);
            if (count < 0) {
                throw new IllegalArgumentException("Count of '" + group + "' must not be negative, was " + count);
            }
            if (countOf.put(group, count) != null) {
                throw new IllegalArgumentException("Group '" + group + "' is listed twice");
            }
            if (total > Long.MAX_VALUE - count) {
                throw new IllegalArgumentException("Counts sum to more than " + Long.MAX_VALUE + ": " + total + " and "
                        + count + " more for '" + group + "'");
            }
            total += count;
            weightsInOrder.add(BigInteger.valueOf(count));
        }
        for (K key : counts.keySet()) {
            if (!countOf.containsKey(key)) {
                throw new IllegalArgumentException("Count for '" + key + "', which is not among the groups " + order);
            }
        }
        Map<K, Long> tenths = new HashMap<>();
        if (total > 0) {
            BigInteger[] weights = weightsInOrder.toArray(BigInteger[]::new);
            long[] parts = Allocation.splitUnits(WHOLE, weights);
            for (int i = 0; i < parts.length; i++) {
                tenths.put(order.get(i), parts[i]);
            }
        } else {
            order.forEach(g -> tenths.put(g, 0L));
        }
        return new Distribution<>(order, Collections.unmodifiableMap(countOf), Collections.unmodifiableMap(tenths), total);
    }

    /**
     * Returns the groups, in order.
     *
     * @return the groups, unmodifiable
     */
    public List<K> groups() {
        return groups;
    }

    /**
     * Returns the sum of the counts.
     *
     * @return the total
     */
    public long total() {
        return total;
    }

    /**
     * Returns a group's count.
     *
     * @param group the group
     * @return the count
     * @throws IllegalArgumentException if there is no such group
     */
    public long count(K group) {
        return get(counts, group);
    }

    /**
     * Returns a group's exact share of the total.
     *
     * @param group the group
     * @return the share as a fraction of one, or empty when the total is zero
     * @throws IllegalArgumentException if there is no such group
     */
    public Optional<Fraction> share(K group) {
        long count = get(counts, group);
        return total == 0 ? Optional.empty() : Optional.of(Fraction.of(count, total));
    }

    /**
     * Returns a group's percentage with one decimal; the percentages of all groups sum to exactly 100.0.
     *
     * @param group the group
     * @return the percentage, e.g. {@code 59.2}; {@code 0.0} for every group when the total is zero
     * @throws IllegalArgumentException if there is no such group
     */
    public BigDecimal percent(K group) {
        return BigDecimal.valueOf(get(tenths, group), 1);
    }

    private long get(Map<K, Long> map, K group) {
        Long value = map.get(Objects.requireNonNull(group, "group"));
        if (value == null) {
            throw new IllegalArgumentException("No group '" + group + "' in distribution over " + groups);
        }
        return value;
    }

    /**
     * Compares groups, in order, and counts.
     *
     * @param obj the other object
     * @return true for an equal distribution
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof Distribution<?> other && groups.equals(other.groups) && counts.equals(other.counts);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(groups, counts);
    }

    /**
     * Returns the groups with counts and percentages.
     *
     * @return the text, e.g. {@code Distribution[koping=29 (59.2%), arboga=14 (28.6%), kungsor=6 (12.2%)]}
     */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        groups.forEach(g -> parts.add(g + "=" + counts.get(g) + " (" + percent(g).toPlainString() + "%)"));
        return "Distribution" + parts;
    }
}
