package se.finsam.national;

import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import se.finsam.association.AssociationId;
import se.finsam.money.RoundingUnit;

/**
 * One association's share of the state appropriation, explained: what the model gives it, which limit
 * applied, and what the redistribution of the limits' money added or took.
 *
 * <p>Always {@code amount = modelAmount + redistribution} and
 * {@code modelAmount = base + supportMeasurePart + populationPart}. The model amount is what the
 * association would get without limits; the redistribution is positive when it received money (its
 * floor lifted it, or others' ceilings freed money), negative when it gave (others' floors needed
 * money).
 *
 * <p>Created by {@link StateAllocation} only. The amounts are kept as counts of the allocation's
 * rounding unit and turned into {@link MonetaryAmount}s when asked for, so that allocating does not pay
 * for amounts nobody reads. Two allocations are equal when association, name, unit, currency, every
 * amount and the limit applied are. This class is immutable and thread-safe.
 */
public final class AssociationAllocation {

    private final AssociationId association;
    private final String name;
    private final RoundingUnit unit;
    private final CurrencyUnit currency;
    private final long amount;
    private final long base;
    private final long supportMeasurePart;
    private final long populationPart;
    private final long floor;
    private final long ceiling;
    private final LimitApplied limitApplied;

    /**
     * Creates an association's allocation from counts of units.
     *
     * @param floor the floor, or a negative number for none
     * @param ceiling the ceiling, or {@link BoundedSplit#NO_UPPER} for none
     */
    AssociationAllocation(AssociationId association, String name, RoundingUnit unit, CurrencyUnit currency, long amount,
            long base, long supportMeasurePart, long populationPart, long floor, long ceiling, LimitApplied limitApplied) {
        this.association = Objects.requireNonNull(association, "association");
        this.name = Objects.requireNonNull(name, "name");
        this.unit = Objects.requireNonNull(unit, "unit");
        this.currency = Objects.requireNonNull(currency, "currency");
        this.amount = amount;
        this.base = base;
        this.supportMeasurePart = supportMeasurePart;
        this.populationPart = populationPart;
        this.floor = floor < 0 ? -1 : floor;
        this.ceiling = ceiling;
        this.limitApplied = Objects.requireNonNull(limitApplied, "limitApplied");
    }

    private MonetaryAmount money(long units) {
        return unit.amountOf(units, currency);
    }

    /**
     * Returns the association's id.
     *
     * @return the id
     */
    public AssociationId association() {
        return association;
    }

    /**
     * Returns the association's name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Returns the rounding unit every amount is a whole multiple of.
     *
     * @return the unit
     */
    public RoundingUnit unit() {
        return unit;
    }

    /**
     * Returns the allocation.
     *
     * @return the amount
     */
    public MonetaryAmount amount() {
        return money(amount);
    }

    /**
     * Returns the allocation as a count of {@link #unit()}s.
     *
     * @return the units
     */
    public long amountUnits() {
        return amount;
    }

    /**
     * Returns the base amount.
     *
     * @return the base
     */
    public MonetaryAmount base() {
        return money(base);
    }

    /**
     * Returns the part of the model amount above the base that försörjningsmått gives.
     *
     * @return the part
     */
    public MonetaryAmount supportMeasurePart() {
        return money(supportMeasurePart);
    }

    /**
     * Returns the part of the model amount above the base that population gives.
     *
     * @return the part
     */
    public MonetaryAmount populationPart() {
        return money(populationPart);
    }

    /**
     * Returns what the model gives without limits: base plus both parts.
     *
     * @return the model amount
     */
    public MonetaryAmount modelAmount() {
        return money(modelUnits());
    }

    private long modelUnits() {
        return base + supportMeasurePart + populationPart;
    }

    /**
     * Returns the lowest allocation the limit on decrease allows, if it protects the association.
     *
     * @return the floor, or empty
     */
    public Optional<MonetaryAmount> floor() {
        return floor < 0 ? Optional.empty() : Optional.of(money(floor));
    }

    /**
     * Returns the highest allocation the limit on increase allows, if there is one.
     *
     * @return the ceiling, or empty
     */
    public Optional<MonetaryAmount> ceiling() {
        return ceiling == BoundedSplit.NO_UPPER ? Optional.empty() : Optional.of(money(ceiling));
    }

    /**
     * Returns the limit that decided the allocation, {@link LimitApplied#NONE} if none did.
     *
     * @return the limit
     */
    public LimitApplied limitApplied() {
        return limitApplied;
    }

    /**
     * Returns {@code amount − modelAmount}: received when positive, given when negative.
     *
     * @return the redistribution
     */
    public MonetaryAmount redistribution() {
        return money(amount - modelUnits());
    }

    /**
     * Compares association, name, unit, currency, every amount and the limit applied.
     *
     * @param obj the other object
     * @return true if {@code obj} is an equal allocation
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof AssociationAllocation other && association.equals(other.association)
                && name.equals(other.name) && unit.equals(other.unit) && currency.equals(other.currency)
                && amount == other.amount && base == other.base && supportMeasurePart == other.supportMeasurePart
                && populationPart == other.populationPart && floor == other.floor && ceiling == other.ceiling
                && limitApplied == other.limitApplied;
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(association, unit, amount, supportMeasurePart, populationPart, limitApplied);
    }

    /**
     * Returns the allocation and how it came about, for logs.
     *
     * @return the text, e.g.
     *     {@code AssociationAllocation[norr: 3600000 SEK, model 2525000, floor 3600000, DECREASE_LIMIT]}
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("AssociationAllocation[").append(association).append(": ")
                .append(unit.decimalOf(amount).toPlainString()).append(' ').append(currency.getCurrencyCode())
                .append(", model ").append(unit.decimalOf(modelUnits()).toPlainString());
        if (floor >= 0) {
            sb.append(", floor ").append(unit.decimalOf(floor).toPlainString());
        }
        if (ceiling != BoundedSplit.NO_UPPER) {
            sb.append(", ceiling ").append(unit.decimalOf(ceiling).toPlainString());
        }
        return sb.append(", ").append(limitApplied).append(']').toString();
    }
}
