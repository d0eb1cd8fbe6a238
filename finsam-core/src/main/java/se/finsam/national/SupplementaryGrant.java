package se.finsam.national;

import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import se.finsam.association.AssociationId;
import se.finsam.money.RoundingUnit;

/**
 * One association's share of the supplementary funds (docs/domain.md, Supplementary funds), with what it
 * asked for and what it did not get.
 *
 * <p>Always {@code granted ≤ eligible = min(requested, cap)} and {@code unmet = requested − granted}.
 *
 * <p>Created by {@link SupplementarySplit} only. The amounts are kept as counts of the split's rounding
 * unit and turned into {@link MonetaryAmount}s when asked for. Two grants are equal when association,
 * unit, currency and every amount are. This class is immutable and thread-safe.
 */
public final class SupplementaryGrant {

    private final AssociationId association;
    private final RoundingUnit unit;
    private final CurrencyUnit currency;
    private final long requested;
    private final long eligible;
    private final long granted;

    SupplementaryGrant(AssociationId association, RoundingUnit unit, CurrencyUnit currency, long requested, long eligible,
            long granted) {
        this.association = Objects.requireNonNull(association, "association");
        this.unit = Objects.requireNonNull(unit, "unit");
        this.currency = Objects.requireNonNull(currency, "currency");
        this.requested = requested;
        this.eligible = eligible;
        this.granted = granted;
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
     * Returns the rounding unit every amount is a whole multiple of.
     *
     * @return the unit
     */
    public RoundingUnit unit() {
        return unit;
    }

    /**
     * Returns the currency of every amount.
     *
     * @return the currency
     */
    public CurrencyUnit currency() {
        return currency;
    }

    /**
     * Returns what the association asked for.
     *
     * @return the request
     */
    public MonetaryAmount requested() {
        return unit.amountOf(requested, currency);
    }

    /**
     * Returns the request, capped at the largest grant per association.
     *
     * @return the eligible amount
     */
    public MonetaryAmount eligible() {
        return unit.amountOf(eligible, currency);
    }

    /**
     * Returns what the association gets.
     *
     * @return the grant
     */
    public MonetaryAmount granted() {
        return unit.amountOf(granted, currency);
    }

    /**
     * Returns what the association gets as a count of the split's rounding unit.
     *
     * @return the grant in units
     */
    public long grantedUnits() {
        return granted;
    }

    /**
     * Returns what the association asked for and does not get: {@code requested − granted}.
     *
     * @return the unmet part of the request
     */
    public MonetaryAmount unmet() {
        return unit.amountOf(requested - granted, currency);
    }

    /**
     * Compares association, unit, currency and every amount.
     *
     * @param obj the other object
     * @return true if {@code obj} is an equal grant
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof SupplementaryGrant other && association.equals(other.association) && unit.equals(other.unit)
                && currency.equals(other.currency) && requested == other.requested && eligible == other.eligible
                && granted == other.granted;
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(association, unit, requested, eligible, granted);
    }

    /**
     * Returns the grant, for logs.
     *
     * @return the text, e.g. {@code SupplementaryGrant[norr: granted 400000 of 600000 SEK, eligible 500000]}
     */
    @Override
    public String toString() {
        return "SupplementaryGrant[" + association + ": granted " + unit.decimalOf(granted).toPlainString() + " of "
                + unit.decimalOf(requested).toPlainString() + " " + currency.getCurrencyCode() + ", eligible "
                + unit.decimalOf(eligible).toPlainString() + "]";
    }
}
