package se.finsam.national;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.testing.Samples.SEK;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import se.finsam.association.AssociationId;
import se.finsam.money.Allocation;
import se.finsam.money.Fraction;
import se.finsam.money.RoundingUnit;
import se.finsam.testing.Property;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

/**
 * Properties of the allocation model over generated national data: from one to twelve associations,
 * figures from zero to realistic sizes, every combination of limits, units of 1 and 1 000 kr.
 */
class StateAllocationProperties {

    private static final int CASES = 5_000;

    /** One generated national allocation; amounts in units of {@code unit}. */
    record Input(AllocationModel model, long amountUnits, long baseUnits, List<AssociationFigures> figures,
            RoundingUnit unit) {

        StateAllocation allocate() {
            return model.allocate(unit.amountOf(amountUnits, SEK), figures, unit);
        }

        Input withFigures(List<AssociationFigures> newFigures) {
            return new Input(model, amountUnits, baseUnits, newFigures, unit);
        }

        long previous(int i) {
            return figures.get(i).previousAllocation().map(unit::unitsOf).orElse(0L);
        }

        boolean isProtected(int i) {
            return model.maxDecrease().isPresent() && !figures.get(i).equityAboveReasonableLevel();
        }

        /** The floor, computed independently: previous × (100 − d) / 100, rounded up. */
        long floor(int i) {
            BigDecimal d = model.maxDecrease().orElseThrow();
            return BigDecimal.valueOf(previous(i)).multiply(BigDecimal.valueOf(100).subtract(d))
                    .divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING).longValueExact();
        }

        /** The ceiling, computed independently: previous × (100 + u) / 100, rounded down, at least the base. */
        long ceiling(int i) {
            BigDecimal u = model.maxIncrease().orElseThrow();
            return Math.max(baseUnits, BigDecimal.valueOf(previous(i)).multiply(BigDecimal.valueOf(100).add(u))
                    .divide(BigDecimal.valueOf(100), 0, RoundingMode.FLOOR).longValueExact());
        }

        long lower(int i) {
            return isProtected(i) ? Math.max(baseUnits, floor(i)) : baseUnits;
        }

        boolean hasWeight(int i) {
            AssociationFigures f = figures.get(i);
            return model.supportMeasureWeight().signum() > 0 && f.supportMeasure().signum() > 0
                    || model.populationWeight().signum() > 0 && f.population() > 0;
        }

        /** Which refusal the limits call for, computed independently, or null when they can be met. */
        String expectedRefusal() {
            int n = figures.size();
            if (amountUnits < n * baseUnits) {
                return ViolationCodes.NATIONAL_APPROPRIATION_BELOW_BASES;
            }
            long lowerSum = 0;
            for (int i = 0; i < n; i++) {
                lowerSum += lower(i);
            }
            if (lowerSum > amountUnits) {
                return ViolationCodes.NATIONAL_FLOORS_ABOVE_APPROPRIATION;
            }
            if (model.maxIncrease().isPresent()) {
                long capacity = 0;
                for (int i = 0; i < n; i++) {
                    capacity += hasWeight(i) ? Math.max(lower(i), ceiling(i)) : lower(i);
                }
                if (capacity < amountUnits) {
                    return ViolationCodes.NATIONAL_CEILINGS_BELOW_APPROPRIATION;
                }
            }
            return null;
        }
    }

    static Input generate(SplittableRandom r) {
        RoundingUnit unit = r.nextInt(4) == 0 ? RoundingUnit.THOUSAND : RoundingUnit.KRONA;
        int n = 1 + r.nextInt(12);
        long base = r.nextInt(5) == 0 ? 0 : r.nextLong(1, 5_000);
        BigDecimal supportWeight = switch (r.nextInt(5)) {
            case 0 -> BigDecimal.ZERO;
            case 1 -> BigDecimal.valueOf(100);
            case 2 -> BigDecimal.valueOf(r.nextInt(1001), 1);
            default -> BigDecimal.valueOf(r.nextInt(101));
        };
        BigDecimal maxDecrease = r.nextInt(4) == 0 ? null : BigDecimal.valueOf(r.nextInt(501), 1);
        BigDecimal maxIncrease = r.nextInt(3) == 0 ? BigDecimal.valueOf(r.nextInt(1001), 1) : null;
        AllocationModel model = AllocationModel.of(unit.amountOf(base, SEK), supportWeight,
                BigDecimal.valueOf(100).subtract(supportWeight), maxDecrease, maxIncrease);
        long size = r.nextInt(3) == 0 ? r.nextLong(1, 50) : r.nextLong(50, 200_000);
        List<AssociationFigures> figures = new ArrayList<>(n);
        long previousSum = 0;
        // Now and then figures so large that the weights need more than 64 bits (the BigInteger paths).
        boolean huge = r.nextInt(8) == 0;
        for (int i = 0; i < n; i++) {
            long population = r.nextInt(6) == 0 ? 0 : r.nextLong(1, huge ? 100_000_000_000L : 500_000);
            BigDecimal measure = r.nextInt(6) == 0 ? BigDecimal.ZERO
                    : huge ? BigDecimal.valueOf(r.nextLong(1, 1_000_000_000_000_000L), 6)
                    : BigDecimal.valueOf(r.nextLong(1, 10_000_000), r.nextInt(4));
            if (i == n - 1 && figures.stream().allMatch(f -> f.population() == 0) && population == 0) {
                population = 1;
            }
            if (i == n - 1 && figures.stream().allMatch(f -> f.supportMeasure().signum() == 0) && measure.signum() == 0) {
                measure = BigDecimal.ONE;
            }
            AssociationFigures f = AssociationFigures.of(AssociationId.of("a" + i), "Förbund " + i, population, measure)
                    .withEquityAboveReasonableLevel(r.nextInt(5) == 0);
            if (maxDecrease != null || maxIncrease != null || r.nextBoolean()) {
                long previous = r.nextLong(base / 2, base + 2 * size + 1);
                previousSum += previous;
                f = f.withPreviousAllocation(unit.amountOf(previous, SEK));
            }
            figures.add(f);
        }
        long amount = previousSum > 0 && r.nextInt(4) > 0
                ? previousSum * r.nextLong(85, 126) / 100
                : n * base + r.nextLong(0, n * 2 * size + 1);
        return new Input(model, amount, base, figures, unit);
    }

    /**
     * Runs {@code check} on the allocation of every generated input whose limits can be met; checks that the
     * others are refused with the right code; and that most inputs were allocated, so the property is not vacuous.
     */
    private static void forAllAllocations(String name, PropertyCheck check) {
        AtomicInteger allocated = new AtomicInteger();
        Property.forAll(name, CASES, r -> {
            Input input = generate(r);
            String refusal = input.expectedRefusal();
            StateAllocation allocation;
            try {
                allocation = input.allocate();
            } catch (FinsamValidationException e) {
                assertThat(e.violations()).extracting(Violation::code).as("refusal of %s", input).containsExactly(refusal);
                return;
            }
            assertThat(refusal).as("expected refusal of %s", input).isNull();
            allocated.incrementAndGet();
            check.check(input, allocation);
        });
        if (Integer.getInteger("finsam.case") == null) {
            assertThat(allocated.get()).as("cases allocated").isGreaterThan(CASES / 2);
        }
    }

    @FunctionalInterface
    interface PropertyCheck {
        void check(Input input, StateAllocation allocation);
    }

    @Test
    void allocations_sumToTheAppropriationExactly() {
        forAllAllocations("national sum", (input, allocation) -> {
            long sum = 0;
            for (AssociationAllocation a : allocation.allocations()) {
                sum += input.unit().unitsOf(a.amount());
                assertThat(input.unit().unitsOf(a.amount())).isEqualTo(input.unit().unitsOf(a.modelAmount())
                        + input.unit().unitsOf(a.redistribution()));
                assertThat(input.unit().unitsOf(a.modelAmount())).isEqualTo(input.unit().unitsOf(a.base())
                        + input.unit().unitsOf(a.supportMeasurePart()) + input.unit().unitsOf(a.populationPart()));
            }
            assertThat(sum).as("sum of %s", allocation).isEqualTo(input.amountUnits());
        });
    }

    @Test
    void protectedAssociations_stayAtOrAboveTheirFloor_andEveryoneAtOrBelowItsCeiling() {
        forAllAllocations("national limits", (input, allocation) -> {
            for (int i = 0; i < input.figures().size(); i++) {
                long amount = input.unit().unitsOf(allocation.allocations().get(i).amount());
                if (input.isProtected(i)) {
                    assertThat(amount).as("association %d of %s", i, allocation).isGreaterThanOrEqualTo(input.floor(i));
                }
                if (input.model().maxIncrease().isPresent()) {
                    assertThat(amount).as("association %d of %s", i, allocation).isLessThanOrEqualTo(input.ceiling(i));
                }
            }
        });
    }

    @Test
    void nobody_getsLessThanTheBase() {
        forAllAllocations("national base", (input, allocation) -> {
            for (AssociationAllocation a : allocation.allocations()) {
                assertThat(input.unit().unitsOf(a.amount())).as("%s", a).isGreaterThanOrEqualTo(input.baseUnits());
            }
        });
    }

    @Test
    void raisingSupportMeasure_neverLowersTheAssociationsOwnAllocation() {
        AtomicInteger compared = new AtomicInteger();
        Property.forAll("national monotone support measure", CASES, r -> {
            Input input = generate(r);
            if (input.expectedRefusal() != null) {
                return;
            }
            int i = r.nextInt(input.figures().size());
            AssociationFigures f = input.figures().get(i);
            BigDecimal raise = switch (r.nextInt(3)) {
                case 0 -> new BigDecimal("0.000001");
                case 1 -> BigDecimal.valueOf(r.nextLong(1, 1000), r.nextInt(4));
                default -> f.supportMeasure().add(BigDecimal.ONE).multiply(BigDecimal.valueOf(r.nextInt(1, 5)));
            };
            List<AssociationFigures> raised = new ArrayList<>(input.figures());
            raised.set(i, new AssociationFigures(f.id(), f.name(), f.population(), f.supportMeasure().add(raise),
                    f.previousAllocation(), f.equityAboveReasonableLevel(), f.supplementaryRequest(), f.matchingOffer(),
                    f.charter()));
            long before = input.allocate().unitsOf(f.id());
            long after = input.withFigures(raised).allocate().unitsOf(f.id());
            assertThat(after).as("allocation of %s after raising its försörjningsmått by %s", f.id(), raise)
                    .isGreaterThanOrEqualTo(before);
            compared.incrementAndGet();
        });
        assertThat(compared.get()).isGreaterThan(CASES / 2);
    }

    @Test
    void raisingPopulation_neverLowersTheAssociationsOwnAllocation() {
        AtomicInteger compared = new AtomicInteger();
        Property.forAll("national monotone population", CASES, r -> {
            Input input = generate(r);
            if (input.expectedRefusal() != null) {
                return;
            }
            int i = r.nextInt(input.figures().size());
            AssociationFigures f = input.figures().get(i);
            long raise = r.nextBoolean() ? 1 : r.nextLong(1, 100_000);
            List<AssociationFigures> raised = new ArrayList<>(input.figures());
            raised.set(i, new AssociationFigures(f.id(), f.name(), f.population() + raise, f.supportMeasure(),
                    f.previousAllocation(), f.equityAboveReasonableLevel(), f.supplementaryRequest(), f.matchingOffer(),
                    f.charter()));
            long before = input.allocate().unitsOf(f.id());
            long after = input.withFigures(raised).allocate().unitsOf(f.id());
            assertThat(after).as("allocation of %s after raising its population by %d", f.id(), raise)
                    .isGreaterThanOrEqualTo(before);
            compared.incrementAndGet();
        });
        assertThat(compared.get()).isGreaterThan(CASES / 2);
    }

    @Test
    void permutingTheAssociations_movesNoAllocationByMoreThanTheTieUnit() {
        forAllAllocations("national permutation", (input, allocation) -> {
            List<AssociationFigures> shuffled = new ArrayList<>(input.figures());
            Collections.shuffle(shuffled, new Random(input.amountUnits()));
            StateAllocation permuted = input.withFigures(shuffled).allocate();
            for (AssociationFigures f : input.figures()) {
                // The exact amounts do not depend on the order; only which of equal remainders gets a unit does.
                assertThat(Math.abs(permuted.unitsOf(f.id()) - allocation.unitsOf(f.id())))
                        .as("%s in %s and %s", f.id(), allocation, permuted).isLessThanOrEqualTo(1L);
            }
        });
    }

    /**
     * With one kind of limit only, the allocation equals the naive procedure: clamp every association that
     * breaks its limit, re-split the rest among the others by their model weights, repeat until stable,
     * then round the free ones by largest remainder.
     */
    @Test
    void withOneKindOfLimit_equalsRepeatedProportionalRedistribution() {
        AtomicInteger compared = new AtomicInteger();
        Property.forAll("national differential", CASES, r -> {
            Input generated = generate(r);
            boolean floors = r.nextBoolean();
            AllocationModel model = floors ? generated.model().withMaxIncrease(null)
                    : generated.model().withMaxDecrease(null);
            if (floors && model.maxDecrease().isEmpty() || !floors && model.maxIncrease().isEmpty()) {
                return;
            }
            Input input = new Input(model, generated.amountUnits(), generated.baseUnits(), generated.figures(),
                    generated.unit());
            if (input.expectedRefusal() != null) {
                return;
            }
            long[] expected = naive(input, floors);
            StateAllocation allocation = input.allocate();
            for (int i = 0; i < expected.length; i++) {
                assertThat(input.unit().unitsOf(allocation.allocations().get(i).amount()))
                        .as("association %d of %s", i, allocation).isEqualTo(expected[i]);
            }
            compared.incrementAndGet();
        });
        assertThat(compared.get()).isGreaterThan(CASES / 4);
    }

    /** The naive reference: rounds of clamping with exact fractions. */
    private static long[] naive(Input input, boolean floors) {
        int n = input.figures().size();
        BigInteger[] w = integerWeights(input);
        long base = input.baseUnits();
        long[] limit = new long[n];
        boolean[] hasLimit = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (floors && input.isProtected(i) && input.floor(i) > base) {
                limit[i] = input.floor(i);
                hasLimit[i] = true;
            } else if (!floors) {
                limit[i] = input.ceiling(i);
                hasLimit[i] = true;
            }
        }
        boolean[] held = new boolean[n];
        while (true) {
            long rest = input.amountUnits();
            BigInteger freeWeight = BigInteger.ZERO;
            int free = 0;
            for (int i = 0; i < n; i++) {
                if (held[i]) {
                    rest -= limit[i];
                } else {
                    free++;
                    freeWeight = freeWeight.add(w[i]);
                }
            }
            rest -= free * base;
            boolean changed = false;
            for (int i = 0; i < n; i++) {
                if (held[i] || !hasLimit[i]) {
                    continue;
                }
                Fraction quota = freeWeight.signum() == 0 ? Fraction.of(base, 1)
                        : Fraction.of(BigInteger.valueOf(rest).multiply(w[i]), freeWeight).plus(Fraction.of(base, 1));
                int c = quota.compareTo(Fraction.of(limit[i], 1));
                if (floors ? c < 0 : c > 0) {
                    held[i] = true;
                    changed = true;
                }
            }
            if (!changed) {
                long[] result = new long[n];
                List<Integer> keys = new ArrayList<>();
                List<BigDecimal> weights = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    if (held[i]) {
                        result[i] = limit[i];
                    } else {
                        keys.add(i);
                        weights.add(new BigDecimal(w[i]));
                    }
                }
                if (freeWeight.signum() == 0) {
                    keys.forEach(i -> result[i] = base);
                } else {
                    Allocation<Integer> a = Allocation.splitOrdered(rest, SEK, input.unit(), keys, weights);
                    keys.forEach(i -> result[i] = base + a.unitsOf(i));
                }
                return result;
            }
        }
    }

    /**
     * The model weights, independently: {@code s·f[i]/F + p·q[i]/Q} times the common denominator
     * {@code F·Q}, that is {@code s·f[i]·Q + p·q[i]·F} (only one term when the other weight is zero).
     */
    private static BigInteger[] integerWeights(Input input) {
        BigDecimal s = input.model().supportMeasureWeight();
        BigDecimal p = input.model().populationWeight();
        BigDecimal fSum = BigDecimal.ZERO;
        BigDecimal qSum = BigDecimal.ZERO;
        for (AssociationFigures f : input.figures()) {
            fSum = fSum.add(f.supportMeasure());
            qSum = qSum.add(BigDecimal.valueOf(f.population()));
        }
        int n = input.figures().size();
        BigDecimal[] exact = new BigDecimal[n];
        int scale = 0;
        for (int i = 0; i < n; i++) {
            BigDecimal f = input.figures().get(i).supportMeasure();
            BigDecimal q = BigDecimal.valueOf(input.figures().get(i).population());
            if (p.signum() == 0) {
                exact[i] = s.multiply(f);
            } else if (s.signum() == 0) {
                exact[i] = p.multiply(q);
            } else {
                exact[i] = s.multiply(f).multiply(qSum).add(p.multiply(q).multiply(fSum));
            }
            scale = Math.max(scale, exact[i].scale());
        }
        BigInteger[] w = new BigInteger[n];
        for (int i = 0; i < n; i++) {
            w[i] = exact[i].setScale(scale).unscaledValue();
        }
        return w;
    }
}
