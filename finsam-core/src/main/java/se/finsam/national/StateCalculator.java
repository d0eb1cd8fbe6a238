package se.finsam.national;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;
import se.finsam.money.Allocation;
import se.finsam.money.Fraction;
import se.finsam.money.RoundingUnit;
import se.finsam.national.NationalViolation.Part;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

/**
 * The state allocation (docs/domain.md, The national allocation) as named steps, each the rule
 * {@link StateAllocation} describes: {@link #allocate check}, {@link #weights base and weights},
 * {@link #limits limits} and whether they can be met, the {@link BoundedSplit bounded split with
 * redistribution}, and the {@link #explained explanation} of every association's amount. The result is a
 * plain value.
 */
final class StateCalculator {

    /** A hundred: percent to a share. */
    static final Fraction HUNDRED = Fraction.of(100, 1);

    private StateCalculator() {
    }

    /**
     * The model weights as integers, {@code w[i] × D} for a common denominator {@code D}: each the sum of
     * a försörjningsmått term and a population term.
     */
    @SuppressWarnings("ArrayRecordComponent") // the arrays the split's steps take, carried between them; never compared
    private record Weights(BigInteger[] total, BigInteger[] support, BigInteger[] population) {
    }

    /**
     * Every association's limits in units: its floor (-1 for none) and ceiling ({@link BoundedSplit#NO_UPPER}
     * for none), and the lower and upper limits of the bounded split, with the sum of the lower ones.
     */
    @SuppressWarnings("ArrayRecordComponent") // the arrays the split's steps take, carried between them; never compared
    private record Limits(long[] floor, long[] lower, long[] ceiling, long[] upper, long lowerSum) {
    }

    /**
     * Checks the input, checks that the limits can be met, and allocates.
     *
     * @param checkedPrevious the previous allocations in units, from a caller that has checked the
     *     associations with {@link NationalRules#checkAssociations} and found nothing wrong; null to check here
     * @throws NationalValidationException if the input breaks a rule or the limits cannot be met
     */
    static StateAllocation allocate(AllocationModel model, MonetaryAmount amount, List<AssociationFigures> associations,
            RoundingUnit unit, long @Nullable [] checkedPrevious) {
        return prepare(model, amount, associations, unit, checkedPrevious).compute();
    }

    /**
     * The checks of {@link #allocate}, with the limits shown to be met: what is left is arithmetic that
     * cannot fail, done by {@link Prepared#compute}.
     *
     * @param checkedPrevious as for {@link #allocate}
     * @throws NationalValidationException if the input breaks a rule or the limits cannot be met
     */
    static Prepared prepare(AllocationModel model, MonetaryAmount amount, List<AssociationFigures> associations,
            RoundingUnit unit, long @Nullable [] checkedPrevious) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(unit, "unit");
        List<AssociationFigures> list = List.copyOf(Objects.requireNonNull(associations, "associations"));
        CurrencyUnit currency = amount.getCurrency();
        Findings out = new Findings();
        unit.checkPayableIn(currency).ifPresent(v -> out.atAllocation().accept(v.under("/roundingUnit")));
        Long total = NationalAmounts.units(amount, currency, unit, "/appropriation", "Amount to allocate", out.atAllocation());
        Long base = NationalAmounts.units(model.base(), currency, unit, "/base", "Base amount", out.atModel());
        long[] previous = checkedPrevious != null ? checkedPrevious
                : NationalRules.checkAssociations(model, currency, unit, list, out);
        out.throwIfAny();
        return prepare(model, NationalAmounts.valid(total), NationalAmounts.valid(base), list, previous, unit, currency);
    }

    /** The checks after the input's: every amount in units and valid; the bases and the limits can be met. */
    private static Prepared prepare(AllocationModel model, long a, long b, List<AssociationFigures> list,
            long[] previous, RoundingUnit unit, CurrencyUnit currency) {
        Violation belowBases = NationalRules.checkBases(a, list.size(), b, unit, currency);
        if (belowBases != null) {
            throw Findings.of(Part.ALLOCATION, belowBases);
        }
        Limits limits = limits(model, list, previous, a, b);
        checkLimits(model, list, limits, a, unit, currency);
        return new Prepared(model, a, b, list, limits, unit, currency);
    }

    /**
     * Whether association {@code f} has a positive weight, without computing the weights: a term of its
     * weight is positive where the measure's weight and its own measure are, since the input's rules leave no
     * measure with a positive weight zero everywhere (so no sum in {@link #weights} is zero).
     */
    private static boolean weighted(AllocationModel model, AssociationFigures f) {
        return (model.supportMeasureWeight().signum() > 0 && f.supportMeasure().signum() > 0)
                || (model.populationWeight().signum() > 0 && f.population() > 0);
    }

    /**
     * A state allocation checked, its limits found and shown to be met: {@code Σ lower ≤ a ≤ capacity}, so
     * the bounded split has a solution and {@link #compute} cannot fail. A national allocation holds one until
     * its results are first asked for.
     */
    record Prepared(AllocationModel model, long a, long b, List<AssociationFigures> list, Limits limits,
            RoundingUnit unit, CurrencyUnit currency) {

        /** The steps after the checks: the weights, the model's shares, the bounded split and the explanation. */
        StateAllocation compute() {
            int n = list.size();
            Weights weights = weights(model, list);
            // The model without limits: base plus a share of the rest by weight.
            long[] modelShares = Allocation.splitUnits(a - n * b, weights.total());
            BoundedSplit split = BoundedSplit.compute(a, b, weights.total(), limits.lower(), limits.upper());
            List<AssociationAllocation> results = explained(list, weights, limits, modelShares, split, b, unit, currency);
            BigDecimal supportSum = BigDecimal.ZERO;
            long populationSum = 0;
            for (AssociationFigures f : list) {
                supportSum = supportSum.add(f.supportMeasure());
                populationSum += f.population();
            }
            return new StateAllocation(model, unit, currency, a, list, results, Positions.index(list, AssociationFigures::id),
                    supportSum, populationSum);
        }
    }

    /**
     * The limits: a floor, the previous allocation less the limit on decrease rounded up, for an
     * association its equity does not exclude; a ceiling, the previous allocation plus the limit on
     * increase rounded down but never below the base, for every association when there is such a limit.
     */
    private static Limits limits(AllocationModel model, List<AssociationFigures> list, long[] previous, long a, long b) {
        int n = list.size();
        long[] floor = new long[n];
        long[] lower = new long[n];
        long[] ceiling = new long[n];
        long[] upper = new long[n];
        long lowerSum = 0;
        // The share of the previous allocation a floor keeps, and a ceiling allows: 1 − d/100 and 1 + u/100.
        Fraction keep = model.maxDecrease().map(d -> Fraction.ONE.minus(Fraction.from(d).dividedBy(HUNDRED)))
                .orElse(null);
        Fraction grow = model.maxIncrease().map(u -> Fraction.ONE.plus(Fraction.from(u).dividedBy(HUNDRED)))
                .orElse(null);
        for (int i = 0; i < n; i++) {
            floor[i] = -1;
            lower[i] = b;
            if (keep != null && !list.get(i).equityAboveReasonableLevel()) {
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
        return new Limits(floor, lower, ceiling, upper, lowerSum);
    }

    /**
     * The limits can be met: the floors and bases need no more than the amount, and the ceilings can take
     * all of it.
     *
     * @throws NationalValidationException if they cannot
     */
    private static void checkLimits(AllocationModel model, List<AssociationFigures> list, Limits limits, long a,
            RoundingUnit unit, CurrencyUnit currency) {
        String amountText = NationalAmounts.format(a, unit, currency);
        if (limits.lowerSum() > a) {
            throw Findings.of(Part.ALLOCATION, Violation.of("/appropriation",
                    ViolationCodes.NATIONAL_FLOORS_ABOVE_APPROPRIATION, "The limit on decrease ("
                            + NationalAmounts.number(model.maxDecrease().orElseThrow()) + " %) cannot be met: the floors and"
                            + " bases need " + NationalAmounts.format(limits.lowerSum(), unit, currency) + ", more than the "
                            + amountText + " to allocate"));
        }
        long capacity = BoundedSplit.capacity(i -> weighted(model, list.get(i)), limits.lower(), limits.upper());
        if (capacity < a) {
            throw Findings.of(Part.MODEL, Violation.of("/maxIncrease",
                    ViolationCodes.NATIONAL_CEILINGS_BELOW_APPROPRIATION, "The limit on increase ("
                            + NationalAmounts.number(model.maxIncrease().orElseThrow()) + " %) cannot be met: the associations"
                            + " can take at most " + NationalAmounts.format(capacity, unit, currency) + " under their ceilings,"
                            + " less than the " + amountText + " to allocate"));
        }
    }

    /**
     * Every association's allocation explained: its model share split again, by the same largest remainder
     * rule, into the two terms of its weight; the limit that holds it, if any.
     */
    private static List<AssociationAllocation> explained(List<AssociationFigures> list, Weights weights, Limits limits,
            long[] modelShares, BoundedSplit split, long b, RoundingUnit unit, CurrencyUnit currency) {
        int n = list.size();
        List<AssociationAllocation> results = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            AssociationFigures f = list.get(i);
            long share = modelShares[i];
            long supportPart = weights.total()[i].signum() > 0
                    ? Allocation.splitUnits(share, weights.support()[i], weights.population()[i])[0] : 0;
            long allocated = split.amount(i);
            LimitApplied limit = switch (split.state(i)) {
                case AT_LOWER -> LimitApplied.DECREASE_LIMIT;
                case AT_UPPER -> allocated == limits.ceiling()[i] ? LimitApplied.INCREASE_LIMIT : LimitApplied.NONE;
                case FREE -> LimitApplied.NONE;
            };
            results.add(new AssociationAllocation(f.id(), f.name(), unit, currency, allocated, b, supportPart,
                    share - supportPart, limits.floor()[i], limits.ceiling()[i], limit));
        }
        return Collections.unmodifiableList(results);
    }

    /**
     * {@code units × share} rounded up or down to a whole unit, for {@code units ≥ 0} and {@code share ≥ 0}:
     * on longs when the product fits, else with fractions.
     */
    static long times(long units, Fraction share, boolean up) {
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
     * The base and weights step: the integer model weights {@code w[i] = s·f[i]/F + p·q[i]/Q}, times
     * {@code F·Q} (a sum only where its weight is positive, else 1), as a försörjningsmått term and a
     * population term, divided by their greatest common divisor.
     */
    private static Weights weights(AllocationModel model, List<AssociationFigures> list) {
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
        BigInteger[] population = new BigInteger[n];
        BigInteger measureSum = BigInteger.ZERO;
        BigInteger populationSum = BigInteger.ZERO;
        for (int i = 0; i < n; i++) {
            measure[i] = list.get(i).supportMeasure().setScale(measureScale).unscaledValue();
            population[i] = BigInteger.valueOf(list.get(i).population());
            measureSum = measureSum.add(measure[i]);
            populationSum = populationSum.add(population[i]);
        }
        BigInteger fSum = s.signum() > 0 ? measureSum : BigInteger.ONE;
        BigInteger qSum = p.signum() > 0 ? populationSum : BigInteger.ONE;
        long[] support = products(s, measure, qSum);
        long[] pop = products(p, population, fSum);
        if (support != null && pop != null) {
            return reduced(support, pop);
        }
        BigInteger[] supportTerm = new BigInteger[n];
        BigInteger[] populationTerm = new BigInteger[n];
        for (int i = 0; i < n; i++) {
            supportTerm[i] = s.multiply(measure[i]).multiply(qSum);
            populationTerm[i] = p.multiply(population[i]).multiply(fSum);
        }
        return reduced(supportTerm, populationTerm);
    }

    /** The terms divided by their greatest common divisor, every term below 2^62: Euclid on longs. */
    private static Weights reduced(long[] support, long[] pop) {
        int n = support.length;
        long g = 0;
        for (int i = 0; i < n; i++) {
            g = gcd(gcd(g, support[i]), pop[i]);
        }
        BigInteger[] weights = new BigInteger[n];
        BigInteger[] supportTerm = new BigInteger[n];
        BigInteger[] populationTerm = new BigInteger[n];
        for (int i = 0; i < n; i++) {
            long st = g > 0 ? support[i] / g : support[i];
            long pt = g > 0 ? pop[i] / g : pop[i];
            supportTerm[i] = BigInteger.valueOf(st);
            populationTerm[i] = BigInteger.valueOf(pt);
            weights[i] = BigInteger.valueOf(st + pt);
        }
        return new Weights(weights, supportTerm, populationTerm);
    }

    /** The terms divided by their greatest common divisor, on {@link BigInteger}s; reduced in place. */
    private static Weights reduced(BigInteger[] supportTerm, BigInteger[] populationTerm) {
        int n = supportTerm.length;
        BigInteger gcd = BigInteger.ZERO;
        for (int i = 0; i < n; i++) {
            gcd = gcd.gcd(supportTerm[i]).gcd(populationTerm[i]);
        }
        BigInteger[] weights = new BigInteger[n];
        for (int i = 0; i < n; i++) {
            if (gcd.signum() > 0) {
                supportTerm[i] = supportTerm[i].divide(gcd);
                populationTerm[i] = populationTerm[i].divide(gcd);
            }
            weights[i] = supportTerm[i].add(populationTerm[i]);
        }
        return new Weights(weights, supportTerm, populationTerm);
    }

    /** {@code a·x[i]·b} for every {@code i}, all not negative, or null if one is {@code 2^62} or more. */
    private static long @Nullable [] products(BigInteger a, BigInteger[] x, BigInteger b) {
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
}
