package se.finsam.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import se.finsam.testing.Generators;
import se.finsam.testing.Numbers;
import se.finsam.testing.Property;
import se.finsam.testing.Samples;

/**
 * Properties of {@link Allocation}: exact sums, the one-unit bound, independence of input order,
 * monotonicity, and agreement with a naive {@link BigDecimal} reference of the rule in FORMAT.md §1
 * ("each part gets the floor of its exact quota, and the units left go one each to the largest
 * fractional remainders; ties go to the larger weight, then to the member listed first").
 */
class AllocationProperties {

    private static final int CASES = 10_000;

    /** One generated input: a total in units, a unit, and weights in tie order (key {@code i} is part {@code i}). */
    record Case(long total, RoundingUnit unit, List<BigDecimal> weights) {

        static Case generate(SplittableRandom random) {
            int n = Generators.partCount(random);
            // A quarter of the cases write their weights in every notation and magnitude (issue 11).
            List<BigDecimal> weights = random.nextInt(4) == 0 ? Numbers.weights(random, n) : Generators.weights(random, n, 199);
            return new Case(Generators.totalUnits(random), Generators.unit(random), weights);
        }

        List<Integer> keys() {
            List<Integer> keys = new ArrayList<>(weights.size());
            for (int i = 0; i < weights.size(); i++) {
                keys.add(i);
            }
            return keys;
        }

        Allocation<Integer> allocate() {
            return Allocation.splitOrdered(total, Samples.SEK, unit, keys(), weights);
        }

        BigDecimal weightSum() {
            return weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /** Every part's units, in key order (keys are {@code 0..n-1}). */
    private static long[] partsOf(Allocation<Integer> a, int n) {
        long[] parts = new long[n];
        for (int k = 0; k < n; k++) {
            parts[k] = a.unitsOf(k);
        }
        return parts;
    }

    @Test
    void parts_alwaysSumExactlyToTheTotal() {
        Property.forAll("allocation parts sum to the total", CASES, random -> {
            Case c = Case.generate(random);
            Allocation<Integer> a = c.allocate();
            long[] parts = partsOf(a, c.weights().size());
            assertThat(Arrays.stream(parts).min().orElseThrow()).as("smallest part of %s", c).isNotNegative();
            assertThat(Arrays.stream(parts).reduce(0, Math::addExact)).as("sum of parts of %s", c).isEqualTo(c.total());
            assertThat(a.totalUnits()).as("totalUnits of %s", c).isEqualTo(c.total());
            BigDecimal amountSum = BigDecimal.ZERO;
            for (int k : a.keys()) {
                amountSum = amountSum.add(a.amountOf(k).getNumber().numberValue(BigDecimal.class));
            }
            assertThat(amountSum).as("sum of amounts of %s", c).isEqualByComparingTo(c.unit().decimalOf(c.total()));
            assertThat(a.remainderUnits()).as("remaining units of %s", c).isBetween(0, c.weights().size() - 1);
        });
    }

    @Test
    void everyPart_isLessThanOneUnitFromItsExactQuota() {
        Property.forAll("allocation parts within one unit of the quota", CASES, random -> {
            Case c = Case.generate(random);
            Allocation<Integer> a = c.allocate();
            BigDecimal sum = c.weightSum();
            BigDecimal total = BigDecimal.valueOf(c.total());
            for (int k = 0; k < c.weights().size(); k++) {
                // |part − T·w/S| < 1  ⇔  |part·S − T·w| < S, all exact.
                BigDecimal distance = BigDecimal.valueOf(a.unitsOf(k)).multiply(sum).subtract(total.multiply(c.weights().get(k))).abs();
                if (distance.compareTo(sum) >= 0) {
                    throw new AssertionError("Part " + k + " (" + a.unitsOf(k) + " units) is a unit or more from its quota "
                            + total + "·" + c.weights().get(k) + "/" + sum + " in " + c);
                }
            }
            // The explained parts state the same quota, computed here independently in major units.
            for (int probe = 0; probe < 3; probe++) {
                int k = random.nextInt(c.weights().size());
                AllocationPart<Integer> part = a.part(k);
                Fraction quota = Fraction.from(total.multiply(c.weights().get(k)).multiply(c.unit().value()))
                        .dividedBy(Fraction.from(sum));
                assertThat(part.quota()).as("quota of part %s in %s", k, c).isEqualTo(quota);
                assertThat(part.remainder()).as("remainder of part %s in %s", k, c)
                        .isGreaterThanOrEqualTo(Fraction.ZERO).isLessThan(Fraction.ONE);
                BigDecimal floor = part.floor().getNumber().numberValue(BigDecimal.class);
                BigDecimal amount = part.amount().getNumber().numberValue(BigDecimal.class);
                assertThat(amount).as("amount of part %s in %s", k, c)
                        .isEqualByComparingTo(part.receivedRemainderUnit() ? floor.add(c.unit().value()) : floor)
                        .isEqualByComparingTo(c.unit().decimalOf(a.unitsOf(k)));
                assertThat(Fraction.from(floor)).as("floor of part %s in %s", k, c).isLessThanOrEqualTo(quota);
            }
        });
    }

    @Test
    void result_dependsOnTheTieOrderOnly_notOnTheOrderOfTheMap() {
        Property.forAll("allocation independent of map order", CASES, random -> {
            Case c = Case.generate(random);
            int n = c.weights().size();
            // A random tie order: rank[k] is key k's place.
            List<Integer> byRank = c.keys();
            Generators.shuffle(random, byRank);
            int[] rank = new int[n];
            for (int place = 0; place < n; place++) {
                rank[byRank.get(place)] = place;
            }
            Comparator<Integer> tieOrder = Comparator.comparingInt(k -> rank[k]);
            List<BigDecimal> weightsByRank = byRank.stream().map(c.weights()::get).toList();
            Allocation<Integer> expected = Allocation.splitOrdered(c.total(), Samples.SEK, c.unit(), byRank, weightsByRank);

            List<Integer> insertion = c.keys();
            Generators.shuffle(random, insertion);
            Map<Integer, BigDecimal> linked = new LinkedHashMap<>();
            insertion.forEach(k -> linked.put(k, c.weights().get(k)));
            Map<Integer, BigDecimal> hashed = new HashMap<>(linked);

            for (Map<Integer, BigDecimal> weights : List.of(linked, hashed)) {
                Allocation<Integer> a = Allocation.split(c.unit().amountOf(c.total(), Samples.SEK), weights, tieOrder, c.unit());
                assertThat(a.keys()).as("keys in tie order for %s", c).isEqualTo(byRank);
                assertThat(partsOf(a, n)).as("parts with map order %s, tie order %s, in %s", weights.keySet(), byRank, c)
                        .isEqualTo(partsOf(expected, n));
                assertThat(a).as("allocation with map order %s", weights.keySet()).isEqualTo(expected);
            }
        });
    }

    @Test
    void largerWeight_neverGetsASmallerPart() {
        Property.forAll("allocation monotone in weight", CASES, random -> {
            Case c = Case.generate(random);
            Allocation<Integer> a = c.allocate();
            // Group parts by weight (numerically); each group's largest part must not exceed the next
            // group's smallest, and within a group parts differ by at most one unit.
            TreeMap<BigDecimal, long[]> minMaxByWeight = new TreeMap<>();
            for (int k = 0; k < c.weights().size(); k++) {
                long units = a.unitsOf(k);
                BigDecimal w = c.weights().get(k);
                if (w.signum() == 0 && units != 0) {
                    throw new AssertionError("Part " + k + " of weight zero got " + units + " units in " + c);
                }
                minMaxByWeight.merge(w, new long[] {units, units},
                        (x, y) -> new long[] {Math.min(x[0], y[0]), Math.max(x[1], y[1])});
            }
            long[] previous = null;
            BigDecimal previousWeight = null;
            for (Map.Entry<BigDecimal, long[]> e : minMaxByWeight.entrySet()) {
                long[] minMax = e.getValue();
                if (minMax[1] - minMax[0] > 1) {
                    throw new AssertionError("Parts of equal weight " + e.getKey() + " range from " + minMax[0] + " to "
                            + minMax[1] + " units in " + c);
                }
                if (previous != null && previous[1] > minMax[0]) {
                    throw new AssertionError("A part of weight " + previousWeight + " got " + previous[1]
                            + " units, more than the " + minMax[0] + " of a part of larger weight " + e.getKey() + " in " + c);
                }
                previous = minMax;
                previousWeight = e.getKey();
            }
        });
    }

    @Test
    void everyPart_equalsTheNaiveBigDecimalReference() {
        Property.forAll("allocation equals naive reference", CASES, random -> {
            Case c = Case.generate(random);
            Allocation<Integer> a = c.allocate();
            long[] expected = reference(c.total(), c.weights());
            assertThat(partsOf(a, expected.length)).as("parts of %s (left: allocation, right: reference)", c)
                    .isEqualTo(expected);
        });
    }

    @Test
    void amountAndUnitFactories_agree() {
        Property.forAll("allocation factories agree", CASES, random -> {
            Case c = Case.generate(random);
            Allocation<Integer> byUnits = c.allocate();
            Allocation<Integer> byAmount = Allocation.splitOrdered(c.unit().amountOf(c.total(), Samples.SEK), c.keys(),
                    c.weights(), c.unit());
            assertThat(byAmount).as("splitOrdered by amount vs by units for %s", c).isEqualTo(byUnits);
            assertThat(byAmount.hashCode()).as("hash codes for %s", c).isEqualTo(byUnits.hashCode());
            assertThat(byAmount.total()).as("total of %s", c).isEqualTo(c.unit().amountOf(c.total(), Samples.SEK));
        });
    }

    @Test
    void splitUnits_equalsTheReference_forIntegerWeightsOfEverySize() {
        Property.forAll("splitUnits equals naive reference", CASES, random -> {
            long total = Generators.totalUnits(random);
            int n = Generators.partCount(random);
            // 1 to 120 bits: the long, the 128-bit and the BigInteger paths all get their share.
            int bits = 1 + random.nextInt(120);
            BigInteger[] weights = new BigInteger[n];
            List<BigDecimal> decimals = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                weights[i] = random.nextInt(5) == 0 ? BigInteger.ZERO : new BigInteger(bits, new java.util.Random(random.nextLong()));
                decimals.add(new BigDecimal(weights[i]));
            }
            if (Arrays.stream(weights).allMatch(w -> w.signum() == 0)) {
                weights[0] = BigInteger.ONE;
                decimals.set(0, BigDecimal.ONE);
            }
            long[] parts = Allocation.splitUnits(total, weights);
            assertThat(parts).as("splitUnits(%s, %s) (left) vs the reference (right)", total, Arrays.toString(weights))
                    .isEqualTo(reference(total, decimals));
        });
    }

    /** The cases of issue 11, each once: weights whose low 64 bits or digit count misled the long path. */
    private static final List<Case> ISSUE_11 = List.of(
            new Case(1_000_000, RoundingUnit.KRONA, List.of(new BigDecimal("1E+64"), BigDecimal.ONE)),
            new Case(250_000, RoundingUnit.KRONA, List.of(new BigDecimal("1e23"), new BigDecimal("1e18"))),
            new Case(250_000, RoundingUnit.KRONA, List.of(new BigDecimal("605976563725e16"), new BigDecimal("663874335e12"))),
            new Case(RoundingUnit.MAX_UNITS, RoundingUnit.ORE, List.of(new BigDecimal("1E-90"), new BigDecimal("1E+90"),
                    new BigDecimal("100.000"), new BigDecimal("5e21"), BigDecimal.ZERO.setScale(-5))));

    @Test
    void everyFactory_equalsTheNaiveReference_forWeightsInEveryNotation() {
        for (Case c : ISSUE_11) {
            assertEveryFactoryEqualsTheReference(c, new SplittableRandom(c.total()));
        }
        Property.forAll("allocation in every notation equals naive reference", CASES / 2, random -> {
            int n = Generators.partCount(random);
            Case c = new Case(Generators.totalUnits(random), Generators.unit(random), Numbers.weights(random, n));
            assertEveryFactoryEqualsTheReference(c, random);
        });
    }

    /**
     * {@code splitOrdered} by units and by amount, {@code split} (with a map in a random order) and {@code splitUnits}
     * (on the weights scaled to integers, which changes no quota) all give the reference's parts.
     */
    private static void assertEveryFactoryEqualsTheReference(Case c, SplittableRandom random) {
        int n = c.weights().size();
        long[] expected = reference(c.total(), c.weights());
        assertThat(partsOf(c.allocate(), n)).as("splitOrdered by units of %s (left) vs the reference (right)", c).isEqualTo(expected);
        Allocation<Integer> ordered = Allocation.splitOrdered(c.unit().amountOf(c.total(), Samples.SEK), c.keys(), c.weights(),
                c.unit());
        assertThat(partsOf(ordered, n)).as("splitOrdered by amount of %s", c).isEqualTo(expected);
        List<Integer> insertion = c.keys();
        Generators.shuffle(random, insertion);
        Map<Integer, BigDecimal> map = new LinkedHashMap<>();
        insertion.forEach(k -> map.put(k, c.weights().get(k)));
        Allocation<Integer> byMap = Allocation.split(c.unit().amountOf(c.total(), Samples.SEK), map,
                Comparator.naturalOrder(), c.unit());
        assertThat(partsOf(byMap, n)).as("of (map in order %s) of %s", insertion, c).isEqualTo(expected);
        int scale = c.weights().stream().mapToInt(w -> w.signum() == 0 ? 0 : w.stripTrailingZeros().scale()).max()
                .orElse(0);
        BigInteger[] integers = c.weights().stream().map(w -> w.movePointRight(Math.max(0, scale)).setScale(0)
                .toBigIntegerExact()).toArray(BigInteger[]::new);
        assertThat(Allocation.splitUnits(c.total(), integers)).as("splitUnits of %s scaled by 10^%s", c, scale)
                .isEqualTo(expected);
    }

    /**
     * The rule as FORMAT.md §1 states it, written as plainly as possible on {@link BigDecimal}: floor of
     * the exact quota, then one unit each by remainder (descending), weight (descending), index
     * (ascending).
     */
    static long[] reference(long total, List<BigDecimal> weights) {
        int n = weights.size();
        BigDecimal t = BigDecimal.valueOf(total);
        BigDecimal sum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        long[] parts = new long[n];
        BigDecimal[] remainders = new BigDecimal[n];
        long given = 0;
        for (int i = 0; i < n; i++) {
            BigDecimal[] qr = t.multiply(weights.get(i)).divideAndRemainder(sum);
            parts[i] = qr[0].toBigIntegerExact().longValueExact();
            remainders[i] = qr[1];
            given += parts[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer, BigDecimal>comparing(i -> remainders[i]).reversed()
                .thenComparing(Comparator.<Integer, BigDecimal>comparing(weights::get).reversed())
                .thenComparing(Comparator.naturalOrder()));
        long left = total - given;
        assertThat(left).as("units left after flooring").isBetween(0L, (long) n - 1);
        for (int r = 0; r < left; r++) {
            parts[order.get(r)]++;
        }
        return parts;
    }

    @Test
    void reference_agreesWithHandComputedCases() {
        // The reference itself must be right: FORMAT.md's tie rules on cases worked by hand.
        assertThat(reference(100, List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE))).containsExactly(34, 33, 33);
        assertThat(reference(15_000_002, List.of(BigDecimal.valueOf(2), BigDecimal.ONE, BigDecimal.ONE)))
                .containsExactly(7_500_001, 3_750_001, 3_750_000);
        assertThat(reference(2, List.of(BigDecimal.ONE, BigDecimal.valueOf(3)))).containsExactly(0, 2);
        assertThat(reference(BigInteger.TEN.pow(15).longValueExact(), List.of(BigDecimal.ZERO, new BigDecimal("0.001"))))
                .containsExactly(0, 1_000_000_000_000_000L);
    }
}
