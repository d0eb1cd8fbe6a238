package se.finsam.national;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import se.finsam.association.AssociationId;
import se.finsam.money.AmountFormat;
import se.finsam.money.Fraction;
import se.finsam.money.RoundingUnit;

/**
 * The supplementary funds shared among the associations that asked for them (RAR's protocol of
 * 2016-02-04; docs/domain.md, Supplementary funds), exact at the rounding unit.
 *
 * <p>The rule:
 * <ol>
 *   <li>Each request is first capped: an association is <em>eligible</em> for at most
 *       {@code min(request, cap)}.</li>
 *   <li><b>Undersubscribed</b> (the eligible amounts fit in the pot): everyone gets its eligible amount;
 *       what remains of the pot is reported as {@link #leftOver()}.</li>
 *   <li><b>Oversubscribed</b>: the pot is shared in proportion to the requests, capped. Exactly: every
 *       association gets {@code min(rate × request, cap)} for the one rate at which the grants use the
 *       whole pot, so what the cap frees is re-shared among the others in proportion to their requests.
 *       Those held at the cap get the cap; the others split the rest by largest remainder over their
 *       requests (ties to the larger request, then to the association listed first). Nobody gets more
 *       than it asked or than the cap, and the whole pot is used.</li>
 * </ol>
 * Nothing is dropped silently: every request appears with what it got and what is {@link #unmet()},
 * whether for the cap or for want of money.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SupplementarySplit {

    private final SupplementaryCall call;
    private final RoundingUnit unit;
    private final long potUnits;
    private final long capUnits;
    private final List<SupplementaryGrant> grants;
    private final Map<AssociationId, Integer> index;
    private final long[] requested;
    private final long[] eligible;
    private final long[] granted;
    private final long requestedSum;
    private final long eligibleSum;
    private final long grantedSum;
    private final Fraction rate;
    private final boolean oversubscribed;

    private SupplementarySplit(SupplementaryCall call, RoundingUnit unit, long potUnits, long capUnits,
            List<SupplementaryGrant> grants, Map<AssociationId, Integer> index, long[] requested, long[] eligible,
            long[] granted, Fraction rate, boolean oversubscribed) {
        this.call = call;
        this.unit = unit;
        this.potUnits = potUnits;
        this.capUnits = capUnits;
        this.grants = grants;
        this.index = index;
        this.requested = requested;
        this.eligible = eligible;
        this.granted = granted;
        this.requestedSum = sum(requested);
        this.eligibleSum = sum(eligible);
        this.grantedSum = sum(granted);
        this.rate = rate;
        this.oversubscribed = oversubscribed;
    }

    /** Holds a split: every request with its grant, found by id. */
    private static SupplementarySplit hold(SupplementaryCall call, RoundingUnit unit, long potUnits, long capUnits,
            List<AssociationId> ids, long[] requested, long[] eligible, long[] granted, Fraction rate,
            boolean oversubscribed) {
        CurrencyUnit currency = call.pot().getCurrency();
        List<SupplementaryGrant> list = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            list.add(new SupplementaryGrant(ids.get(i), unit, currency, requested[i], eligible[i], granted[i]));
        }
        return new SupplementarySplit(call, unit, potUnits, capUnits, Collections.unmodifiableList(list),
                Positions.index(ids, Function.identity()), requested, eligible, granted, rate, oversubscribed);
    }

    /** Shares the pot; every amount already checked and in units. */
    static SupplementarySplit compute(SupplementaryCall call, long potUnits, long capUnits, List<AssociationId> ids,
            long[] requestUnits, RoundingUnit unit) {
        int n = ids.size();
        long[] requested = requestUnits.clone();
        long[] eligible = new long[n];
        long demand = 0;
        for (int i = 0; i < n; i++) {
            eligible[i] = Math.min(requested[i], capUnits);
            demand += eligible[i];
        }
        if (demand <= potUnits) {
            return hold(call, unit, potUnits, capUnits, ids, requested, eligible, eligible.clone(), Fraction.ONE, false);
        }
        BigInteger[] weights = new BigInteger[n];
        long[] lower = new long[n];
        for (int i = 0; i < n; i++) {
            weights[i] = BigInteger.valueOf(requested[i]);
        }
        BoundedSplit split = BoundedSplit.compute(potUnits, 0, weights, lower, eligible);
        long[] granted = new long[n];
        for (int i = 0; i < n; i++) {
            granted[i] = split.amount(i);
        }
        return hold(call, unit, potUnits, capUnits, ids, requested, eligible, granted, split.level(), true);
    }

    /**
     * Returns the call that was shared.
     *
     * @return the call
     */
    public SupplementaryCall call() {
        return call;
    }

    /**
     * Returns the rounding unit of every grant.
     *
     * @return the unit
     */
    public RoundingUnit unit() {
        return unit;
    }

    /**
     * Returns every request with its grant, in order.
     *
     * @return the grants, unmodifiable
     */
    public List<SupplementaryGrant> grants() {
        return grants;
    }

    /**
     * Returns one association's grant.
     *
     * @param association the association's id
     * @return the grant
     * @throws IllegalArgumentException if the association made no request
     */
    public SupplementaryGrant grantOf(AssociationId association) {
        return grants.get(position(association));
    }

    /** An association's position among the requests and grants; an association without a request is an error. */
    private int position(AssociationId association) {
        Integer i = index.get(Objects.requireNonNull(association, "association"));
        if (i == null) {
            throw new IllegalArgumentException("Association '" + association + "' made no supplementary request");
        }
        return i;
    }

    /**
     * Tells whether the capped requests exceed the pot, so that it is shared in proportion.
     *
     * @return true if oversubscribed
     */
    public boolean isOversubscribed() {
        return oversubscribed;
    }

    /**
     * Returns the fraction of its request that every association below the cap gets: 1 when the call is
     * undersubscribed.
     *
     * @return the rate, from 0 to 1
     */
    public Fraction rate() {
        return rate;
    }

    private MonetaryAmount money(long units) {
        return unit.amountOf(units, call.pot().getCurrency());
    }

    private static long sum(long[] values) {
        long s = 0;
        for (long v : values) {
            s += v;
        }
        return s;
    }

    /**
     * Returns the sum of the requests.
     *
     * @return the requested total
     */
    public MonetaryAmount requested() {
        return money(requestedSum);
    }

    /**
     * Returns the sum of the requests, each capped: the demand the pot can meet.
     *
     * @return the eligible total
     */
    public MonetaryAmount eligible() {
        return money(eligibleSum);
    }

    /**
     * Returns the sum of the grants: the whole pot when oversubscribed, else the eligible total.
     *
     * @return the granted total
     */
    public MonetaryAmount granted() {
        return money(grantedSum);
    }

    /**
     * Returns the sum of the grants as a count of units.
     *
     * @return the granted total in units
     */
    public long grantedUnits() {
        return grantedSum;
    }

    /**
     * Returns what is left of the pot when every eligible request is met; zero when oversubscribed.
     *
     * @return the amount left over
     */
    public MonetaryAmount leftOver() {
        return money(potUnits - grantedSum);
    }

    /**
     * Returns what was asked for and not granted, for the cap or for want of money.
     *
     * @return the unmet total
     */
    public MonetaryAmount unmet() {
        return money(requestedSum - grantedSum);
    }

    /**
     * Explains one association's grant.
     *
     * <pre>{@code
     * fyrbodal: requested 800 000 kr, capped at 500 000 kr; granted 500 000 kr (held at the cap); unmet 300 000 kr
     * gotland: requested 300 000 kr; granted 185 714 kr (61,9 % of the request); unmet 114 286 kr
     * }</pre>
     *
     * @param association the association's id
     * @return the explanation, one line
     * @throws IllegalArgumentException if the association made no request
     */
    public String explain(AssociationId association) {
        int i = position(association);
        StringBuilder sb = new StringBuilder();
        sb.append(association).append(": requested ").append(format(requested[i]));
        if (requested[i] > capUnits) {
            sb.append(", capped at ").append(format(capUnits));
        }
        sb.append("; granted ").append(format(granted[i]));
        if (oversubscribed) {
            if (granted[i] == eligible[i] && requested[i] > capUnits) {
                sb.append(" (held at the cap)");
            } else if (requested[i] > 0) {
                BigDecimal percent = rate.multipliedBy(Fraction.of(100, 1)).toBigDecimal(1, RoundingMode.HALF_EVEN);
                sb.append(" (").append(AmountFormat.number(percent, 1)).append(" % of the request)");
            }
        }
        sb.append("; unmet ").append(format(requested[i] - granted[i]));
        return sb.toString();
    }

    /**
     * Explains the whole split: the pot, the demand, the rule applied, and every request.
     *
     * @return the explanation, one request a line
     */
    public String explain() {
        StringBuilder sb = new StringBuilder();
        sb.append("Supplementary funds ").append(format(potUnits)).append(", at most ").append(format(capUnits))
                .append(" per association; ").append(grants.size()).append(" requests for ").append(format(requestedSum))
                .append(", ").append(format(eligibleSum)).append(" within the cap: ");
        if (oversubscribed) {
            BigDecimal percent = rate.multipliedBy(Fraction.of(100, 1)).toBigDecimal(1, RoundingMode.HALF_EVEN);
            sb.append("oversubscribed, shared in proportion to the requests (").append(AmountFormat.number(percent, 1))
                    .append(" % of each, the cap holding the rest), the whole pot granted");
        } else {
            sb.append("every request within the cap met, ").append(format(potUnits - grantedSum)).append(" left over");
        }
        for (SupplementaryGrant g : grants) {
            sb.append('\n').append(explain(g.association()));
        }
        return sb.toString();
    }

    private String format(long units) {
        return NationalAmounts.format(units, unit, call.pot().getCurrency());
    }

    /**
     * Compares the call, unit and every grant.
     *
     * @param obj the other object
     * @return true if {@code obj} is an equal split
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof SupplementarySplit other && call.equals(other.call) && unit.equals(other.unit)
                && grants.equals(other.grants);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(call, unit, grants);
    }

    /**
     * Returns the grants as {@code id=amount} pairs.
     *
     * @return the text
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("SupplementarySplit[pot ").append(unit.decimalOf(potUnits).toPlainString())
                .append(':');
        for (int i = 0; i < grants.size(); i++) {
            sb.append(i == 0 ? " " : ", ").append(grants.get(i).association()).append('=')
                    .append(unit.decimalOf(granted[i]).toPlainString());
        }
        return sb.append(']').toString();
    }
}
