package se.finsam.national;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;
import se.finsam.association.AssociationId;
import se.finsam.contribution.Charter;
import se.finsam.contribution.Contribution;
import se.finsam.contribution.ContributionSplit;
import se.finsam.contribution.Financing;
import se.finsam.contribution.StatutorySplit;
import se.finsam.member.Member;
import se.finsam.member.MemberKind;
import se.finsam.member.Party;
import se.finsam.money.Allocation;
import se.finsam.money.RoundingUnit;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

/**
 * What an association's region(s) and municipalities must pay to match the state's money (the Finsam
 * law, 5 §; docs/domain.md, Matching),
 * and what happens when they decline to match it fully.
 *
 * <p>The state pays only as much as the region(s) and municipalities put in together: the
 * <em>effective</em> state contribution is {@code min(state money, offer)}, where the offer is what the
 * region(s) and municipalities together are willing to put in (a full match when none is given). The
 * difference is not paid out and is reported as {@link #unmatched()}. The effective state contribution
 * is then matched by the statutory split ({@link StatutorySplit} from
 * {@link Financing#ofStateContribution}): the regions and the municipalities each pay half of it, by
 * largest remainder; with the association's charter, each member's part follows its key. Without a
 * charter, a tie between the regions and the municipalities goes to the regions.
 *
 * <pre>{@code
 * Matching m = Matching.compute(AssociationId.of("rar-sormland"), Money.of(7_500_000, sek), null, charter, RoundingUnit.KRONA);
 * m.regions();         // 3 750 000 SEK
 * Matching.compute(id, Money.of(1_000_000, sek), Money.of(800_000, sek), null, RoundingUnit.KRONA).unmatched();  // 200 000 SEK
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Matching {

    private final AssociationId association;
    private final RoundingUnit unit;
    private final CurrencyUnit currency;
    private final long stateUnits;
    private final Optional<MonetaryAmount> offer;
    private final long effectiveUnits;
    private final long regionsUnits;
    private final long municipalitiesUnits;
    private final Optional<ContributionSplit> memberSplit;

    private Matching(AssociationId association, RoundingUnit unit, CurrencyUnit currency, long stateUnits,
            Optional<MonetaryAmount> offer, long effectiveUnits, long regionsUnits, long municipalitiesUnits,
            Optional<ContributionSplit> memberSplit) {
        this.association = association;
        this.unit = unit;
        this.currency = currency;
        this.stateUnits = stateUnits;
        this.offer = offer;
        this.effectiveUnits = effectiveUnits;
        this.regionsUnits = regionsUnits;
        this.municipalitiesUnits = municipalitiesUnits;
        this.memberSplit = memberSplit;
    }

    /**
     * Computes the matching of an association's state money.
     *
     * <pre>{@code Matching.compute(AssociationId.of("x"), Money.of(1_000_000, sek), Money.of(800_000, sek), null, RoundingUnit.KRONA)}</pre>
     *
     * @param association the association's id
     * @param stateAmount what the state offers the association: its allocation and any supplementary grant
     * @param offer what the region(s) and municipalities together offer to put in, or null for a full match
     * @param charter the association's members and keys, or null to split between the parties only
     * @param unit the rounding unit
     * @return the matching
     * @throws FinsamValidationException if an amount is negative, not a multiple of the unit or in another
     *     currency than the state's (paths {@code /stateAmount}, {@code /offer}), the state money matched by a
     *     charter is above half of {@link RoundingUnit#MAX_UNITS} (the match doubles it), or the unit is finer
     *     than the currency allows ({@code /roundingUnit})
     */
    public static Matching compute(AssociationId association, MonetaryAmount stateAmount, @Nullable MonetaryAmount offer,
            @Nullable Charter charter, RoundingUnit unit) {
        Objects.requireNonNull(association, "association");
        Objects.requireNonNull(stateAmount, "stateAmount");
        Objects.requireNonNull(unit, "unit");
        CurrencyUnit currency = stateAmount.getCurrency();
        List<Violation> violations = new ArrayList<>();
        unit.checkPayableIn(currency).ifPresent(v -> violations.add(v.under("/roundingUnit")));
        Long state = NationalAmounts.units(stateAmount, currency, unit, "/stateAmount", "State money for '" + association + "'",
                violations::add);
        Long offered = offer == null ? null
                : NationalAmounts.units(offer, currency, unit, "/offer", "Matching offer for '" + association + "'", violations::add);
        if (state != null && charter != null) {
            // With a charter the match is a statutory split of the effective state money, whose total is twice it.
            long effective = offered == null ? state : Math.min(state, offered);
            if (effective > RoundingUnit.MAX_UNITS / 2) {
                violations.add(Violation.of(offered != null && offered < state ? "/offer" : "/stateAmount",
                        ViolationCodes.AMOUNT_TOO_LARGE, "State money of " + unit.decimalOf(effective).toPlainString()
                                + " for '" + association + "' and the match of it sum to more than the "
                                + RoundingUnit.MAX_UNITS + " units of " + unit + " a sum may have"));
            }
        }
        if (!violations.isEmpty()) {
            throw new FinsamValidationException("matching", violations);
        }
        return compute(association, NationalAmounts.valid(state), offer, offered, charter, unit, currency);
    }

    /**
     * The matching of amounts already checked and counted in units: for the national allocation, which
     * has them so.
     */
    static Matching compute(AssociationId association, long state, @Nullable MonetaryAmount offer, @Nullable Long offered,
            @Nullable Charter charter, RoundingUnit unit, CurrencyUnit currency) {
        long effective = offered == null ? state : Math.min(state, offered);
        long regions;
        long municipalities;
        Optional<ContributionSplit> members = Optional.empty();
        if (charter != null) {
            ContributionSplit split = StatutorySplit.compute(charter,
                    Financing.ofStateContribution(unit.amountOf(effective, currency)), unit);
            regions = split.partyUnits(Party.REGIONS);
            municipalities = split.partyUnits(Party.MUNICIPALITIES);
            members = Optional.of(split);
        } else {
            // Half each; an odd unit goes to the regions, listed first.
            long[] parties = Allocation.splitUnits(effective, BigInteger.ONE, BigInteger.ONE);
            regions = parties[0];
            municipalities = parties[1];
        }
        return new Matching(association, unit, currency, state, Optional.ofNullable(offer), effective, regions,
                municipalities, members);
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
     * Returns what the state offers the association.
     *
     * @return the state money
     */
    public MonetaryAmount stateAmount() {
        return unit.amountOf(stateUnits, currency);
    }

    /**
     * Returns what the region(s) and municipalities together offer to put in, if they declined a full
     * match.
     *
     * @return the offer, or empty for a full match
     */
    public Optional<MonetaryAmount> offer() {
        return offer;
    }

    /**
     * Returns what the state pays: {@code min(state money, offer)}.
     *
     * @return the effective state contribution
     */
    public MonetaryAmount effectiveState() {
        return unit.amountOf(effectiveUnits, currency);
    }

    /**
     * Returns what the region(s) pay together.
     *
     * @return the regions' share
     */
    public MonetaryAmount regions() {
        return unit.amountOf(regionsUnits, currency);
    }

    /**
     * Returns what the municipalities pay together.
     *
     * @return the municipalities' share
     */
    public MonetaryAmount municipalities() {
        return unit.amountOf(municipalitiesUnits, currency);
    }

    /**
     * Returns the state money that is not paid out because it is not matched:
     * {@code state money − effective state contribution}.
     *
     * @return the difference, zero when fully matched
     */
    public MonetaryAmount unmatched() {
        return unit.amountOf(stateUnits - effectiveUnits, currency);
    }

    /**
     * Tells whether the state's money is matched in full.
     *
     * @return true if nothing is unmatched
     */
    public boolean isFullyMatched() {
        return stateUnits == effectiveUnits;
    }

    /**
     * Returns the association's budget: the effective state contribution and what the region(s) and
     * municipalities pay, twice the effective state contribution.
     *
     * @return the total
     */
    public MonetaryAmount total() {
        return unit.amountOf(effectiveUnits + regionsUnits + municipalitiesUnits, currency);
    }

    /**
     * Returns every member's part, when the charter was given.
     *
     * @return the statutory split of the effective state contribution, or empty
     */
    public Optional<ContributionSplit> memberSplit() {
        return memberSplit;
    }

    /**
     * Explains the matching.
     *
     * <pre>{@code
     * x: state money 1 000 000 kr; the region(s) and municipalities offer 800 000 kr, so the state pays 800 000 kr
     *   and 200 000 kr is unmatched; regions 400 000 kr, municipalities 400 000 kr
     * }</pre>
     *
     * @return the explanation, members one a line when the charter is known
     */
    public String explain() {
        StringBuilder sb = new StringBuilder();
        sb.append(association).append(": state money ").append(format(stateUnits));
        if (offer.isPresent()) {
            sb.append("; the region(s) and municipalities offer ").append(format(unit.unitsOf(offer.get())))
                    .append(", so the state pays ").append(format(effectiveUnits)).append(" and ")
                    .append(format(stateUnits - effectiveUnits)).append(" is unmatched");
        } else {
            sb.append(", matched in full");
        }
        sb.append("; regions ").append(format(regionsUnits)).append(", municipalities ").append(format(municipalitiesUnits));
        if (memberSplit.isPresent()) {
            ContributionSplit split = memberSplit.get();
            for (Contribution c : split.contributions()) {
                if (c.kind() == MemberKind.REGION || c.kind() == MemberKind.MUNICIPALITY) {
                    Member m = split.charter().member(c.member()).orElseThrow();
                    sb.append("\n  ").append(m.name()).append(" (").append(m.kind()).append("): ")
                            .append(format(unit.unitsOf(c.amount())));
                }
            }
        }
        return sb.toString();
    }

    private String format(long units) {
        return NationalAmounts.format(units, unit, currency);
    }

    /**
     * Compares every amount, the offer and the member split.
     *
     * @param obj the other object
     * @return true if {@code obj} is an equal matching
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof Matching other && association.equals(other.association) && unit.equals(other.unit)
                && currency.equals(other.currency) && stateUnits == other.stateUnits && offer.equals(other.offer)
                && effectiveUnits == other.effectiveUnits && regionsUnits == other.regionsUnits
                && municipalitiesUnits == other.municipalitiesUnits && memberSplit.equals(other.memberSplit);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(association, stateUnits, effectiveUnits, regionsUnits);
    }

    /**
     * Returns the matching in one line.
     *
     * @return the text, e.g. {@code Matching[x: state 800000 of 1000000, regions 400000, municipalities 400000]}
     */
    @Override
    public String toString() {
        return "Matching[" + association + ": state " + unit.decimalOf(effectiveUnits).toPlainString() + " of "
                + unit.decimalOf(stateUnits).toPlainString() + ", regions " + unit.decimalOf(regionsUnits).toPlainString()
                + ", municipalities " + unit.decimalOf(municipalitiesUnits).toPlainString() + "]";
    }
}
