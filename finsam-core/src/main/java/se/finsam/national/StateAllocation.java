package se.finsam.national;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import se.finsam.association.AssociationId;
import se.finsam.money.Allocation;
import se.finsam.money.RoundingUnit;

/**
 * The state appropriation split among the coordination associations by an {@link AllocationModel}
 * (docs/domain.md, The national allocation), exact at the rounding unit, every association's amount explained.
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
    /** The most decimals of a {@link #changePercent(AssociationId)}; beyond them it is truncated. */
    public static final int CHANGE_DECIMALS = 20;

    private final AllocationModel model;
    private final RoundingUnit unit;
    private final CurrencyUnit currency;
    private final long totalUnits;
    private final List<AssociationFigures> figures;
    private final List<AssociationAllocation> allocations;
    private final Map<AssociationId, Integer> index;
    private final BigDecimal supportMeasureSum;
    private final long populationSum;

    /** Holds what {@link StateCalculator} computed. */
    StateAllocation(AllocationModel model, RoundingUnit unit, CurrencyUnit currency, long totalUnits,
            List<AssociationFigures> figures, List<AssociationAllocation> allocations, Map<AssociationId, Integer> index,
            BigDecimal supportMeasureSum, long populationSum) {
        this.model = model;
        this.unit = unit;
        this.currency = currency;
        this.totalUnits = totalUnits;
        this.figures = figures;
        this.allocations = allocations;
        this.index = index;
        this.supportMeasureSum = supportMeasureSum;
        this.populationSum = populationSum;
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
        return Positions.find(index, association);
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
     * Returns the sum of the associations' försörjningsmått: what each one's försörjningsmått is a share of
     * in the model weight.
     *
     * @return the sum, exact
     */
    public BigDecimal supportMeasureSum() {
        return supportMeasureSum;
    }

    /**
     * Returns the sum of the associations' populations aged 16–64: what each one's population is a share of
     * in the model weight.
     *
     * @return the sum
     */
    public long populationSum() {
        return populationSum;
    }

    /**
     * Returns what the model splits by weight: the amount allocated less every association's base.
     *
     * @return the amount above the bases
     */
    public MonetaryAmount aboveBases() {
        return unit.amountOf(totalUnits - (long) figures.size() * unit.unitsOf(model.base()), currency);
    }

    /**
     * Returns how much an association's allocation changed from its previous allocation, in percent of the
     * previous one: {@code 100 × (allocation − previous) / previous}. Exact when that has at most
     * {@link #CHANGE_DECIMALS} decimals, else truncated towards zero there, so that rounding it half up to
     * fewer decimals gives the exact value's rounding.
     *
     * @param association the association's id
     * @return the change in percent; empty without a previous allocation, or when it was zero
     * @throws IllegalArgumentException if there is no such association
     */
    public Optional<BigDecimal> changePercent(AssociationId association) {
        int i = indexOf(association);
        return figures.get(i).previousAllocation()
                .flatMap(p -> change(allocations.get(i).amount().getNumber().numberValueExact(BigDecimal.class),
                        p.getNumber().numberValueExact(BigDecimal.class)));
    }

    /**
     * Returns the sum of the previous allocations, when every association has one.
     *
     * @return the sum; empty when an association has no previous allocation
     */
    public Optional<MonetaryAmount> previousTotal() {
        MonetaryAmount sum = unit.amountOf(0, currency);
        for (AssociationFigures f : figures) {
            if (f.previousAllocation().isEmpty()) {
                return Optional.empty();
            }
            sum = sum.add(f.previousAllocation().get());
        }
        return Optional.of(sum);
    }

    /**
     * Returns how much the total changed from the sum of the previous allocations, in percent of that sum,
     * exact or truncated as {@link #changePercent(AssociationId)}.
     *
     * @return the change in percent; empty when an association has no previous allocation, or their sum is zero
     */
    public Optional<BigDecimal> changePercent() {
        return previousTotal().flatMap(p -> change(total().getNumber().numberValueExact(BigDecimal.class),
                p.getNumber().numberValueExact(BigDecimal.class)));
    }

    private static Optional<BigDecimal> change(BigDecimal now, BigDecimal before) {
        if (before.signum() == 0) {
            return Optional.empty();
        }
        BigDecimal percent = now.subtract(before).multiply(BigDecimal.valueOf(100))
                .divide(before, CHANGE_DECIMALS, RoundingMode.DOWN).stripTrailingZeros();
        return Optional.of(percent.scale() < 0 ? percent.setScale(0) : percent);
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
        long above = unit.unitsOf(aboveBases());
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
