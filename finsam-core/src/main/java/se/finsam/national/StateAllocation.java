package se.finsam.national;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import se.finsam.association.AssociationId;
import se.finsam.money.Allocation;
import se.finsam.money.Decimals;
import se.finsam.money.Fraction;
import se.finsam.money.RoundingUnit;
import se.finsam.national.NationalAllocation.PartialAssociation;
import se.finsam.national.NationalAllocation.PartialModel;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

/**
 * The state appropriation split among the coordination associations by an {@link AllocationModel}
 * (rule F10), exact at the rounding unit, every association's amount explained.
 *
 * <p>The procedure, for an amount {@code A}, {@code n} associations and a base {@code B}:
 * <ol>
 *   <li><b>Model weight.</b> Association {@code i}'s weight is
 *       {@code w[i] = s·f[i]/Σf + p·q[i]/Σq}, where {@code f} is försörjningsmått, {@code q} population
 *       aged 16–64, and {@code s}, {@code p} the two weights (75 % and 25 %). The weights are exact
 *       fractions summing to 1; multiplied by their common denominator they are integers.</li>
 *   <li><b>Model amount.</b> Without limits, association {@code i} gets {@code B} plus its share of
 *       {@code A − n·B} by {@code w}, by largest remainder ({@link Allocation}): ties to the larger
 *       weight, then to the association listed first. Its share is split, again by largest remainder,
 *       into a försörjningsmått part and a population part, in proportion to the two terms of
 *       {@code w[i]}.</li>
 *   <li><b>Limits.</b> An association whose equity is not above the reasonable level has a
 *       <em>floor</em>: its previous allocation less the limit on decrease, rounded <em>up</em> to the
 *       unit. With a limit on increase every association has a <em>ceiling</em>: its previous allocation
 *       plus the limit, rounded <em>down</em> to the unit, but never below the base. Rounding towards
 *       the inside keeps every limit a promise the split can keep.</li>
 *   <li><b>Redistribution.</b> The exact allocation is the one in which every association not held by
 *       a limit gets {@code B + λ·w[i]} for one common level {@code λ}, and every association held by a
 *       limit gets that limit: held at its floor exactly when {@code B + λ·w[i]} would be at or below
 *       the floor, at its ceiling when it would be at or above the ceiling. {@code λ} is the smallest
 *       level at which the allocations sum to {@code A}; it is found exactly, with fractions, by
 *       sweeping the levels at which associations leave their floor or reach their ceiling. This is
 *       what repeated proportional redistribution converges to (clamp those that break a limit, re-split
 *       the rest among the others by their weights, until stable), computed directly, so it does not
 *       depend on the order of rounds, and with floors and ceilings together an association held in an
 *       early round is released when later rounds give it more than its floor.</li>
 *   <li><b>Rounding.</b> Associations held by a limit get the limit, a whole number of units. The
 *       others split what is left, less their bases, by largest remainder over their model weights.
 *       Since each one's exact amount lies between its limits, which are whole units, rounding never
 *       breaks a limit; the allocations sum to {@code A} exactly.</li>
 * </ol>
 * When the limits cannot all be met, nothing is returned: {@code A} below the bases, the floors needing
 * more than {@code A}, or the ceilings unable to take all of {@code A} are violations.
 *
 * <p>Consequences, checked by the tests: the sum is the amount allocated; nobody gets less than the
 * base; every protected association gets at least its floor and nobody more than its ceiling; the
 * exact amounts do not depend on the order of the associations (only exact ties do); and raising an
 * association's försörjningsmått or population never lowers its exact amount.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StateAllocation {

    /** The most associations a national allocation may have. */
    public static final int MAX_ASSOCIATIONS = 1000;

    private static final Fraction HUNDRED = Fraction.of(100, 1);

    private final AllocationModel model;
    private final RoundingUnit unit;
    private final CurrencyUnit currency;
    private final long totalUnits;
    private final List<AssociationFigures> figures;
    private final List<AssociationAllocation> allocations;
    private final Map<AssociationId, Integer> index;
    private final BigDecimal supportMeasureSum;
    private final long populationSum;

    private StateAllocation(AllocationModel model, RoundingUnit unit, CurrencyUnit currency, long totalUnits,
            List<AssociationFigures> figures, List<AssociationAllocation> allocations, BigDecimal supportMeasureSum,
            long populationSum) {
        this.model = model;
        this.unit = unit;
        this.currency = currency;
        this.totalUnits = totalUnits;
        this.figures = figures;
        this.allocations = allocations;
        this.supportMeasureSum = supportMeasureSum;
        this.populationSum = populationSum;
        Map<AssociationId, Integer> map = new HashMap<>(figures.size() * 2);
        for (int i = 0; i < figures.size(); i++) {
            map.put(figures.get(i).id(), i);
        }
        this.index = map;
    }

    /** Validates the input, checks that the limits can be met, and allocates. */
    static StateAllocation compute(AllocationModel model, MonetaryAmount amount, List<AssociationFigures> associations,
            RoundingUnit unit) {
        return compute(model, amount, associations, unit, null);
    }

    /**
     * As {@link #compute(AllocationModel, MonetaryAmount, List, RoundingUnit)}, for a caller that has
     * already checked the associations with {@link #checkAssociations} and found nothing wrong.
     *
     * @param checkedPrevious what {@code checkAssociations} returned, or null to check here
     */
    static StateAllocation compute(AllocationModel model, MonetaryAmount amount, List<AssociationFigures> associations,
            RoundingUnit unit, long[] checkedPrevious) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(unit, "unit");
        List<AssociationFigures> list = List.copyOf(Objects.requireNonNull(associations, "associations"));
        CurrencyUnit currency = amount.getCurrency();
        int n = list.size();

        List<Violation> violations = new ArrayList<>();
        unit.checkPayableIn(currency).ifPresent(v -> violations.add(v.under("/roundingUnit")));
        Long total = NationalAmounts.units(amount, currency, unit, "/appropriation", "Amount to allocate", violations);
        Long base = NationalAmounts.units(model.base(), currency, unit, "/parameters/base", "Base amount", violations);
        long[] previous = checkedPrevious != null ? checkedPrevious : checkAssociations(model, currency, unit, list, violations);
        if (!violations.isEmpty()) {
            throw new FinsamValidationException("national allocation", violations);
        }

        long a = total;
        long b = base;
        long[] floor = new long[n];
        long[] lower = new long[n];
        long[] ceiling = new long[n];
        long[] upper = new long[n];
        long lowerSum = 0;
        // The share of the previous allocation a floor keeps, and a ceiling allows: 1 − d/100 and 1 + u/100.
        Fraction keep = model.maxDecrease().map(d -> Fraction.ONE.minus(Fraction.from(d).dividedBy(HUNDRED))).orElse(null);
        Fraction grow = model.maxIncrease().map(u -> Fraction.ONE.plus(Fraction.from(u).dividedBy(HUNDRED))).orElse(null);
        for (int i = 0; i < n; i++) {
            AssociationFigures f = list.get(i);
            floor[i] = -1;
            lower[i] = b;
            if (isProtected(model, f)) {
                floor[i] = times(previous[i], keep, true);
                lower[i] = Math.max(b, floor[i]);
            }
            ceiling[i] = BoundedSplit.NO_UPPER;
            upper[i] = BoundedSplit.NO_UPPER;
            if (grow != null) {
                ceiling[i] = Math.max(b, times(previous[i], grow, false));
                // No allocation can exceed the amount, so a ceiling above it never binds; this keeps sums in range.
                upper[i] = Math.max(lower[i], Math.min(ceiling[i], a));
            }
            lowerSum += lower[i];
        }
        String amountText = NationalAmounts.format(a, unit, currency);
        Violation belowBases = checkBases(a, n, b, unit, currency);
        if (belowBases != null) {
            throw FinsamValidationException.of("national allocation", belowBases);
        }
        BigInteger[] supportTerm = new BigInteger[n];
        BigInteger[] populationTerm = new BigInteger[n];
        BigInteger[] weights = weights(model, list, supportTerm, populationTerm);
        if (lowerSum > a) {
            throw FinsamValidationException.of("national allocation", Violation.of("/appropriation",
                    ViolationCodes.NATIONAL_FLOORS_ABOVE_APPROPRIATION, "The limit on decrease ("
                            + NationalAmounts.number(model.maxDecrease().orElseThrow()) + " %) cannot be met: the floors and"
                            + " bases need " + NationalAmounts.format(lowerSum, unit, currency) + ", more than the "
                            + amountText + " to allocate"));
        }
        long capacity = BoundedSplit.capacity(weights, lower, upper);
        if (capacity < a) {
            throw FinsamValidationException.of("national allocation", Violation.of("/parameters/maxIncrease",
                    ViolationCodes.NATIONAL_CEILINGS_BELOW_APPROPRIATION, "The limit on increase ("
                            + NationalAmounts.number(model.maxIncrease().orElseThrow()) + " %) cannot be met: the associations"
                            + " can take at most " + NationalAmounts.format(capacity, unit, currency) + " under their ceilings,"
                            + " less than the " + amountText + " to allocate"));
        }

        // The model without limits: base plus a share of the rest by weight.
        long[] modelShares = Allocation.splitUnits(a - n * b, weights);
        BoundedSplit split = BoundedSplit.compute(a, b, weights, lower, upper);

        List<AssociationAllocation> results = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            AssociationFigures f = list.get(i);
            long share = modelShares[i];
            // The share split again, by the two terms of the weight (the same largest remainder rule).
            long supportPart = weights[i].signum() > 0 ? Allocation.splitUnits(share, supportTerm[i], populationTerm[i])[0] : 0;
            long allocated = split.amount(i);
            LimitApplied limit = switch (split.state(i)) {
                case AT_LOWER -> LimitApplied.DECREASE_LIMIT;
                case AT_UPPER -> allocated == ceiling[i] ? LimitApplied.INCREASE_LIMIT : LimitApplied.NONE;
                case FREE -> LimitApplied.NONE;
            };
            results.add(new AssociationAllocation(f.id(), f.name(), unit, currency, allocated, b, supportPart,
                    share - supportPart, floor[i], ceiling[i], limit));
        }
        BigDecimal supportSum = BigDecimal.ZERO;
        long populationSum = 0;
        for (AssociationFigures f : list) {
            supportSum = supportSum.add(f.supportMeasure());
            populationSum += f.population();
        }
        return new StateAllocation(model, unit, currency, a, list, Collections.unmodifiableList(results), supportSum,
                populationSum);
    }

    /**
     * Checks that the amount to allocate covers the base of every association.
     *
     * @param amount the amount to allocate, in units
     * @param n the number of associations, at most {@link #MAX_ASSOCIATIONS}
     * @param base the base, in units, at most 10<sup>15</sup>
     * @param unit the rounding unit
     * @param currency the currency
     * @return the violation at {@code /appropriation}, or null if the bases are covered
     */
    static Violation checkBases(long amount, int n, long base, RoundingUnit unit, CurrencyUnit currency) {
        if (amount >= n * base) {
            return null;
        }
        return Violation.of("/appropriation", ViolationCodes.NATIONAL_APPROPRIATION_BELOW_BASES, "The amount to allocate, "
                + NationalAmounts.format(amount, unit, currency) + ", is less than the bases of the " + n + " associations, "
                + n + " × " + NationalAmounts.format(base, unit, currency) + " = " + NationalAmounts.format(n * base, unit, currency));
    }

    /**
     * Checks the associations: ids unique, previous allocations in the currency and at the unit, and
     * present where a limit is measured from them, and no measure with a positive weight zero everywhere;
     * at least one association and at most {@link #MAX_ASSOCIATIONS}.
     *
     * @return the previous allocations in units, zero where absent
     */
    static long[] checkAssociations(AllocationModel model, CurrencyUnit currency, RoundingUnit unit,
            List<AssociationFigures> list, List<Violation> violations) {
        List<PartialAssociation> known = new ArrayList<>(list.size());
        list.forEach(f -> known.add(PartialAssociation.of(f)));
        return checkAssociations(PartialModel.of(model), currency, unit, known, violations);
    }

    /**
     * As {@link #checkAssociations(AllocationModel, CurrencyUnit, RoundingUnit, List, List)}, on what is
     * known: each rule is skipped where it needs a part that is unknown (null). A figure that breaks its
     * own rule (a negative population) is reported by {@link AssociationFigures} and is unknown here.
     *
     * @return the previous allocations in units, zero where absent or unknown
     */
    static long[] checkAssociations(PartialModel model, CurrencyUnit currency, RoundingUnit unit,
            List<PartialAssociation> list, List<Violation> violations) {
        int n = list.size();
        if (n == 0) {
            violations.add(Violation.of("/associations", ViolationCodes.NATIONAL_NO_ASSOCIATIONS,
                    "A national allocation needs at least one association"));
        } else if (n > MAX_ASSOCIATIONS) {
            violations.add(Violation.of("/associations", ViolationCodes.NATIONAL_TOO_MANY_ASSOCIATIONS,
                    "A national allocation may have at most " + MAX_ASSOCIATIONS + " associations, got " + n));
            return new long[n];
        }
        Map<AssociationId, Integer> seen = new HashMap<>();
        long[] previous = new long[n];
        Fraction grow = model.maxIncrease() == null || model.maxIncrease().isEmpty() || !validLimit(model.maxIncrease().get())
                ? null : Fraction.ONE.plus(Fraction.from(model.maxIncrease().get()).dividedBy(HUNDRED));
        // A sum is unknown (supportSum null, populationsKnown false) once a figure is unknown or negative.
        BigDecimal supportSum = BigDecimal.ZERO;
        long populations = 0;
        boolean populationsKnown = true;
        for (int i = 0; i < n; i++) {
            PartialAssociation f = list.get(i);
            int at = i;
            Integer earlier = f.id() == null ? null : seen.putIfAbsent(f.id(), i);
            if (earlier != null) {
                violations.add(Violation.of("/associations/" + i + "/id", ViolationCodes.NATIONAL_DUPLICATE_ASSOCIATION,
                        "Association id '" + f.id() + "' is used by associations " + earlier + " and " + i));
            }
            if (f.previousAllocation() == null || f.previousAllocation().isPresent()) {
                Long p = NationalAmounts.knownUnits(f.previousAllocation() == null ? null : f.previousAllocation().get(), true,
                        currency, unit, () -> "/associations/" + at + "/previousAllocation",
                        () -> "Previous allocation of " + label(f, at), violations);
                previous[i] = p == null ? 0 : p;
                if (p != null) {
                    checkCeiling(model, grow, unit, f, i, p, violations);
                }
            } else {
                checkPreviousNeeded(model, f, i, violations);
            }
            // A figure that breaks its own rule (reported by AssociationFigures) is unknown here: its sum is not formed.
            supportSum = supportSum == null || !validSupportMeasure(f.supportMeasure()) ? null : supportSum.add(f.supportMeasure());
            if (f.population() == null || f.population() < 0 || f.population() > AssociationFigures.MAX_POPULATION) {
                populationsKnown = false;
            } else {
                populations += f.population();
            }
        }
        if (n > 0 && model.supportMeasureWeight() != null && model.supportMeasureWeight().signum() > 0 && supportSum != null
                && supportSum.signum() == 0) {
            violations.add(Violation.of("/associations", ViolationCodes.NATIONAL_ZERO_TOTAL, "Every association's"
                    + " försörjningsmått is zero, but försörjningsmått weighs "
                    + NationalAmounts.number(model.supportMeasureWeight()) + " %"));
        }
        if (n > 0 && model.populationWeight() != null && model.populationWeight().signum() > 0 && populationsKnown
                && populations == 0) {
            violations.add(Violation.of("/associations", ViolationCodes.NATIONAL_ZERO_TOTAL, "Every association's"
                    + " population is zero, but population weighs " + NationalAmounts.number(model.populationWeight()) + " %"));
        }
        return previous;
    }

    /**
     * The ceiling, formed from the previous allocation and the limit on increase (up to 1 000 %, eleven
     * times the previous allocation), is an amount the allocation reports: at most {@link RoundingUnit#MAX_UNITS}.
     */
    private static void checkCeiling(PartialModel model, Fraction grow, RoundingUnit unit, PartialAssociation f, int i,
            long previous, List<Violation> violations) {
        if (grow == null) {
            return;
        }
        long ceiling = times(previous, grow, false); // at most 11 × MAX_UNITS: a long
        if (ceiling > RoundingUnit.MAX_UNITS) {
            violations.add(Violation.of("/associations/" + i + "/previousAllocation", ViolationCodes.AMOUNT_TOO_LARGE,
                    "Previous allocation of " + label(f, i) + ", " + unit.decimalOf(previous).toPlainString()
                            + ", and the limit on increase (" + NationalAmounts.number(model.maxIncrease().orElseThrow())
                            + " %) make a ceiling of " + unit.decimalOf(ceiling).toPlainString() + ", more than the "
                            + RoundingUnit.MAX_UNITS + " units of " + unit + " an amount may have"));
        }
    }

    /** Whether a limit on increase is one the model accepts (0–1 000 %), so that a ceiling can be formed of it. */
    private static boolean validLimit(BigDecimal percent) {
        return percent.signum() >= 0 && percent.compareTo(BigDecimal.valueOf(1000)) <= 0 && percent.scale() <= 40;
    }

    /** An association without a previous allocation: a violation if a limit it is subject to is measured from it. */
    private static void checkPreviousNeeded(PartialModel model, PartialAssociation f, int i, List<Violation> violations) {
        if (model.maxIncrease() != null && model.maxIncrease().isPresent()) {
            violations.add(Violation.of("/associations/" + i + "/previousAllocation",
                    ViolationCodes.NATIONAL_PREVIOUS_ALLOCATION_MISSING,
                    "Association " + label(f, i) + " has no previous allocation, but the limit on increase ("
                            + NationalAmounts.number(model.maxIncrease().get()) + " %) is measured from it"));
        } else if (model.maxDecrease() != null && model.maxDecrease().isPresent()
                && Boolean.FALSE.equals(f.equityAboveReasonableLevel())) {
            violations.add(Violation.of("/associations/" + i + "/previousAllocation",
                    ViolationCodes.NATIONAL_PREVIOUS_ALLOCATION_MISSING,
                    "Association " + label(f, i) + " has no previous allocation, but the limit on decrease ("
                            + NationalAmounts.number(model.maxDecrease().get()) + " %) protects it; give it, or mark its"
                            + " equity as above the reasonable level"));
        }
    }

    /** Whether a försörjningsmått is known and within its rule: 0 to 10^15, at most the decimals allowed. */
    private static boolean validSupportMeasure(BigDecimal measure) {
        if (measure == null || measure.signum() < 0 || measure.compareTo(AssociationFigures.MAX_SUPPORT_MEASURE) > 0) {
            return false;
        }
        return measure.signum() == 0 || (long) measure.scale() - measure.precision() < AssociationFigures.MAX_SUPPORT_MEASURE_DECIMALS
                && Decimals.stripTrailingZeros(measure).scale() <= AssociationFigures.MAX_SUPPORT_MEASURE_DECIMALS;
    }

    /** How an association is named in messages: its id, or its place when the id is unknown. */
    static String label(PartialAssociation f, int i) {
        return f.id() != null ? "'" + f.id() + "'" : "number " + i;
    }

    private static boolean isProtected(AllocationModel model, AssociationFigures f) {
        return model.maxDecrease().isPresent() && !f.equityAboveReasonableLevel();
    }

    /**
     * {@code units × share} rounded up or down to a whole unit, for {@code units ≥ 0} and {@code share ≥ 0}:
     * on longs when the product fits, else with fractions.
     */
    private static long times(long units, Fraction share, boolean up) {
        BigInteger numerator = share.numerator();
        BigInteger denominator = share.denominator();
        if (numerator.bitLength() < 63 && denominator.bitLength() < 63) {
            long n = numerator.longValueExact();
            long product = units * n;
            if (Math.multiplyHigh(units, n) == 0 && product >= 0) {
                long d = denominator.longValueExact();
                long quotient = product / d;
                return up && product % d != 0 ? quotient + 1 : quotient;
            }
        }
        Fraction exact = Fraction.of(units, 1).multipliedBy(share);
        BigInteger floor = exact.floor();
        return (up && !exact.isInteger() ? floor.add(BigInteger.ONE) : floor).longValueExact();
    }

    /**
     * The integer model weights: {@code w[i] × D} for a common denominator {@code D}, as the sum of a
     * försörjningsmått term and a population term, divided by their greatest common divisor.
     */
    private static BigInteger[] weights(AllocationModel model, List<AssociationFigures> list, BigInteger[] supportTerm,
            BigInteger[] populationTerm) {
        int n = list.size();
        int percentScale = Math.max(0, Math.max(model.supportMeasureWeight().stripTrailingZeros().scale(),
                model.populationWeight().stripTrailingZeros().scale()));
        BigInteger s = model.supportMeasureWeight().setScale(percentScale).unscaledValue();
        BigInteger p = model.populationWeight().setScale(percentScale).unscaledValue();
        int measureScale = 0;
        for (AssociationFigures f : list) {
            measureScale = Math.max(measureScale, f.supportMeasure().stripTrailingZeros().scale());
        }
        BigInteger[] measure = new BigInteger[n];
        BigInteger measureSum = BigInteger.ZERO;
        BigInteger populationSum = BigInteger.ZERO;
        for (int i = 0; i < n; i++) {
            measure[i] = list.get(i).supportMeasure().setScale(measureScale).unscaledValue();
            measureSum = measureSum.add(measure[i]);
            populationSum = populationSum.add(BigInteger.valueOf(list.get(i).population()));
        }
        // w[i] = s·f[i]/F + p·q[i]/Q; times F·Q (a zero sum only where its weight is zero, replaced by 1).
        BigInteger fSum = s.signum() > 0 ? measureSum : BigInteger.ONE;
        BigInteger qSum = p.signum() > 0 ? populationSum : BigInteger.ONE;
        BigInteger[] population = new BigInteger[n];
        for (int i = 0; i < n; i++) {
            population[i] = BigInteger.valueOf(list.get(i).population());
        }
        long[] support = products(s, measure, qSum);
        long[] pop = products(p, population, fSum);
        BigInteger[] weights = new BigInteger[n];
        if (support != null && pop != null) {
            // Every term below 2^62: the greatest common divisor and the sums by Euclid on longs.
            long g = 0;
            for (int i = 0; i < n; i++) {
                g = gcd(gcd(g, support[i]), pop[i]);
            }
            for (int i = 0; i < n; i++) {
                long st = g > 0 ? support[i] / g : support[i];
                long pt = g > 0 ? pop[i] / g : pop[i];
                supportTerm[i] = BigInteger.valueOf(st);
                populationTerm[i] = BigInteger.valueOf(pt);
                weights[i] = BigInteger.valueOf(st + pt);
            }
            return weights;
        }
        BigInteger gcd = BigInteger.ZERO;
        for (int i = 0; i < n; i++) {
            supportTerm[i] = s.multiply(measure[i]).multiply(qSum);
            populationTerm[i] = p.multiply(population[i]).multiply(fSum);
            gcd = gcd.gcd(supportTerm[i]).gcd(populationTerm[i]);
        }
        for (int i = 0; i < n; i++) {
            if (gcd.signum() > 0) {
                supportTerm[i] = supportTerm[i].divide(gcd);
                populationTerm[i] = populationTerm[i].divide(gcd);
            }
            weights[i] = supportTerm[i].add(populationTerm[i]);
        }
        return weights;
    }

    /** {@code a·x[i]·b} for every {@code i}, all not negative, or null if one is {@code 2^62} or more. */
    private static long[] products(BigInteger a, BigInteger[] x, BigInteger b) {
        if (a.bitLength() > 62 || b.bitLength() > 62) {
            return null;
        }
        long al = a.longValueExact();
        long bl = b.longValueExact();
        long[] result = new long[x.length];
        for (int i = 0; i < x.length; i++) {
            if (x[i].bitLength() > 62) {
                return null;
            }
            long xi = x[i].longValueExact();
            long ax = al * xi;
            if (Math.multiplyHigh(al, xi) != 0 || ax >>> 62 != 0) {
                return null;
            }
            long axb = ax * bl;
            if (Math.multiplyHigh(ax, bl) != 0 || axb >>> 62 != 0) {
                return null;
            }
            result[i] = axb;
        }
        return result;
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    /**
     * Returns the model the allocation was computed by.
     *
     * @return the model
     */
    public AllocationModel model() {
        return model;
    }

    /**
     * Returns the rounding unit of every allocation.
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
     * Returns the amount allocated; the allocations always sum to it.
     *
     * @return the total
     */
    public MonetaryAmount total() {
        return unit.amountOf(totalUnits, currency);
    }

    /**
     * Returns the amount allocated as a count of units.
     *
     * @return the total in units
     */
    public long totalUnits() {
        return totalUnits;
    }

    /**
     * Returns the figures the allocation was computed from, in order.
     *
     * @return the figures, unmodifiable
     */
    public List<AssociationFigures> figures() {
        return figures;
    }

    /**
     * Returns every association's allocation, explained, in order.
     *
     * @return the allocations, unmodifiable
     */
    public List<AssociationAllocation> allocations() {
        return allocations;
    }

    private int indexOf(AssociationId association) {
        Integer i = index.get(Objects.requireNonNull(association, "association"));
        if (i == null) {
            throw new IllegalArgumentException("No association '" + association + "' in the national allocation");
        }
        return i;
    }

    /**
     * Returns one association's allocation, explained.
     *
     * @param association the association's id
     * @return the allocation
     * @throws IllegalArgumentException if there is no such association
     */
    public AssociationAllocation allocationOf(AssociationId association) {
        return allocations.get(indexOf(association));
    }

    /**
     * Returns one association's allocation as a count of units.
     *
     * @param association the association's id
     * @return the units
     * @throws IllegalArgumentException if there is no such association
     */
    public long unitsOf(AssociationId association) {
        return allocationOf(association).amountUnits();
    }

    /**
     * Explains one association's allocation: the model amount with its base and weights' parts, the
     * limits, and what the redistribution gave or took.
     *
     * <pre>{@code
     * Samordningsförbundet Norr (norr): 3 600 000 kr
     *   model: base 400 000 kr + försörjningsmått 1 500 000 kr (75 % × 2 000 of 10 000 of the
     *     10 000 000 kr above the bases) + population 625 000 kr (25 % × ...) = 2 525 000 kr
     *   limit on decrease: floor 3 600 000 kr (previous 4 000 000 kr less 10 %, rounded up): applied
     *   redistribution: received 1 075 000 kr
     * }</pre>
     *
     * @param association the association's id
     * @return the explanation, lines separated by {@code \n}
     * @throws IllegalArgumentException if there is no such association
     */
    public String explain(AssociationId association) {
        int i = indexOf(association);
        AssociationFigures f = figures.get(i);
        AssociationAllocation r = allocations.get(i);
        long above = totalUnits - (long) figures.size() * unit.unitsOf(model.base());
        StringBuilder sb = new StringBuilder();
        sb.append(f.name()).append(" (").append(f.id()).append("): ").append(format(r.amount()));
        sb.append("\n  model: base ").append(format(r.base()))
                .append(" + försörjningsmått ").append(format(r.supportMeasurePart())).append(" (")
                .append(NationalAmounts.number(model.supportMeasureWeight())).append(" % × ")
                .append(NationalAmounts.number(f.supportMeasure())).append(" of ").append(NationalAmounts.number(supportMeasureSum))
                .append(") + population ").append(format(r.populationPart())).append(" (")
                .append(NationalAmounts.number(model.populationWeight())).append(" % × ")
                .append(NationalAmounts.number(BigDecimal.valueOf(f.population()))).append(" of ")
                .append(NationalAmounts.number(BigDecimal.valueOf(populationSum))).append("), of the ")
                .append(NationalAmounts.format(above, unit, currency)).append(" above the bases = ").append(format(r.modelAmount()));
        if (model.maxDecrease().isPresent()) {
            sb.append("\n  limit on decrease: ");
            if (r.floor().isPresent()) {
                sb.append("floor ").append(format(r.floor().get())).append(" (previous ")
                        .append(format(f.previousAllocation().orElseThrow())).append(" less ")
                        .append(NationalAmounts.number(model.maxDecrease().get())).append(" %, rounded up): ")
                        .append(r.limitApplied() == LimitApplied.DECREASE_LIMIT ? "applied" : "not reached");
            } else {
                sb.append("does not protect it: its equity is above the reasonable level");
                f.previousAllocation().ifPresent(p -> sb.append(" (previous ").append(format(p)).append(')'));
            }
        }
        if (r.ceiling().isPresent()) {
            sb.append("\n  limit on increase: ceiling ").append(format(r.ceiling().get())).append(" (previous ")
                    .append(format(f.previousAllocation().orElseThrow())).append(" plus ")
                    .append(NationalAmounts.number(model.maxIncrease().orElseThrow())).append(" %, rounded down, never below the base): ")
                    .append(r.limitApplied() == LimitApplied.INCREASE_LIMIT ? "applied" : "not reached");
        }
        int sign = r.redistribution().signum();
        sb.append("\n  redistribution: ").append(sign == 0 ? "none"
                : (sign > 0 ? "received " : "gave ") + format(r.redistribution().abs()));
        return sb.toString();
    }

    /**
     * Explains the whole allocation: the model, then every association, in order.
     *
     * @return the explanation, associations separated by a blank line
     */
    public String explain() {
        StringBuilder sb = new StringBuilder();
        sb.append("Allocation of ").append(format(total())).append(" among ").append(figures.size())
                .append(" associations: a base of ").append(format(model.base())).append(" each, the rest ")
                .append(NationalAmounts.number(model.supportMeasureWeight())).append(" % by försörjningsmått and ")
                .append(NationalAmounts.number(model.populationWeight())).append(" % by population aged 16–64");
        model.maxDecrease().ifPresent(d -> sb.append("; at most ").append(NationalAmounts.number(d))
                .append(" % less than the previous allocation unless equity is above the reasonable level"));
        model.maxIncrease().ifPresent(u -> sb.append("; at most ").append(NationalAmounts.number(u))
                .append(" % more than the previous allocation"));
        sb.append('.');
        for (AssociationFigures f : figures) {
            sb.append("\n\n").append(explain(f.id()));
        }
        return sb.toString();
    }

    private String format(MonetaryAmount amount) {
        return NationalAmounts.format(unit.unitsOf(amount), unit, currency);
    }

    /**
     * Compares model, unit, currency, amount, figures and every allocation.
     *
     * @param obj the other object
     * @return true if {@code obj} is an equal allocation
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof StateAllocation other && model.equals(other.model) && unit.equals(other.unit)
                && currency.equals(other.currency) && totalUnits == other.totalUnits && figures.equals(other.figures)
                && allocations.equals(other.allocations);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(unit, totalUnits, figures);
    }

    /**
     * Returns the allocations as {@code id=amount} pairs.
     *
     * @return the text, e.g. {@code StateAllocation[10000 SEK: a=4000, b=6000]}
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("StateAllocation[").append(unit.decimalOf(totalUnits).toPlainString())
                .append(' ').append(currency.getCurrencyCode()).append(':');
        for (int i = 0; i < allocations.size(); i++) {
            AssociationAllocation r = allocations.get(i);
            sb.append(i == 0 ? " " : ", ").append(r.association()).append('=')
                    .append(unit.decimalOf(r.amountUnits()).toPlainString());
        }
        return sb.append(']').toString();
    }
}
