package se.finsam.contribution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import se.finsam.member.Member;
import se.finsam.member.MemberId;
import se.finsam.member.Party;
import se.finsam.money.Allocation;
import se.finsam.money.AmountFormat;
import se.finsam.money.RoundingUnit;

/**
 * Every member's contribution for a year, as computed by {@link StatutorySplit}, able to explain how
 * each amount came about.
 *
 * <p>The contributions sum exactly to the total; the parties' shares are kept as
 * {@link Allocation}s, so each step can be shown to an auditor.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ContributionSplit {

    private final Charter charter;
    private final Financing financing;
    private final RoundingUnit unit;
    private final long stateUnits;
    private final Allocation<Party> parties;
    private final Allocation<MemberId> regions;
    private final Allocation<MemberId> municipalities;

    ContributionSplit(Charter charter, Financing financing, RoundingUnit unit, long stateUnits, Allocation<Party> parties,
            Allocation<MemberId> regions, Allocation<MemberId> municipalities) {
        this.charter = charter;
        this.financing = financing;
        this.unit = unit;
        this.stateUnits = stateUnits;
        this.parties = parties;
        this.regions = regions;
        this.municipalities = municipalities;
    }

    /**
     * Returns the charter the split was computed for.
     *
     * @return the charter
     */
    public Charter charter() {
        return charter;
    }

    /**
     * Returns what the split was derived from.
     *
     * @return the financing
     */
    public Financing financing() {
        return financing;
    }

    /**
     * Returns the rounding unit of every contribution.
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
        return parties.currency();
    }

    /**
     * Returns the sum of all contributions: the budget's income.
     *
     * @return the total
     */
    public MonetaryAmount total() {
        return unit.amountOf(totalUnits(), currency());
    }

    /**
     * Returns the sum of all contributions as a count of units.
     *
     * @return the total in units
     */
    public long totalUnits() {
        return stateUnits + regions.totalUnits() + municipalities.totalUnits();
    }

    /**
     * Returns what a party pays together.
     *
     * @param party the party
     * @return the party's share
     */
    public MonetaryAmount partyTotal(Party party) {
        return unit.amountOf(partyUnits(party), currency());
    }

    /**
     * Returns what a party pays together, as a count of units.
     *
     * @param party the party
     * @return the party's share in units
     */
    public long partyUnits(Party party) {
        return switch (Objects.requireNonNull(party, "party")) {
            case STATE -> stateUnits;
            case REGIONS -> regions.totalUnits();
            case MUNICIPALITIES -> municipalities.totalUnits();
        };
    }

    /**
     * Returns the split between the parties: state, regions and municipalities from a total; regions
     * and municipalities from the state's contribution.
     *
     * @return the party allocation
     */
    public Allocation<Party> partyAllocation() {
        return parties;
    }

    /**
     * Returns the split of a party's share among its members, for regions and municipalities.
     *
     * @param party {@link Party#REGIONS} or {@link Party#MUNICIPALITIES}
     * @return the members' allocation
     * @throws IllegalArgumentException for {@link Party#STATE}, which is not split by a key
     */
    public Allocation<MemberId> memberAllocation(Party party) {
        return switch (Objects.requireNonNull(party, "party")) {
            case REGIONS -> regions;
            case MUNICIPALITIES -> municipalities;
            case STATE -> throw new IllegalArgumentException(
                    "The state's share is not split by a key: Försäkringskassan pays all of it");
        };
    }

    /**
     * Returns a member's contribution as a count of units.
     *
     * @param member the member
     * @return the units
     * @throws IllegalArgumentException if the member is not in the charter
     */
    public long unitsOf(MemberId member) {
        Member m = charter.member(member).orElseThrow(() -> new IllegalArgumentException("Unknown member '" + member + "'"));
        return switch (m.kind()) {
            case SOCIAL_INSURANCE_AGENCY -> stateUnits;
            case PUBLIC_EMPLOYMENT_SERVICE -> 0;
            case REGION -> regions.unitsOf(member);
            case MUNICIPALITY -> municipalities.unitsOf(member);
        };
    }

    /**
     * Returns a member's contribution.
     *
     * @param member the member
     * @return the amount
     * @throws IllegalArgumentException if the member is not in the charter
     */
    public MonetaryAmount amountOf(MemberId member) {
        return unit.amountOf(unitsOf(member), currency());
    }

    /**
     * Returns every member's contribution, in member order; Arbetsförmedlingen with zero.
     *
     * @return the contributions, unmodifiable
     */
    public List<Contribution> contributions() {
        List<Contribution> list = new ArrayList<>(charter.members().size());
        for (Member m : charter.members()) {
            list.add(new Contribution(m.id(), m.kind(), amountOf(m.id())));
        }
        return Collections.unmodifiableList(list);
    }

    /**
     * Explains how a member's contribution came about, step by step.
     *
     * <pre>{@code
     * Eskilstuna (MUNICIPALITY): 1 308 750 kr
     *   party: municipalities' share of 15 000 000 kr: weight 1 of 4: exact quota 3 750 000 kr, ...
     *   member: municipal key PERCENTAGES, weight 34.9 of 100: exact quota 1 308 750 kr, ...
     * }</pre>
     *
     * @param member the member
     * @return the explanation, lines separated by {@code \n}
     * @throws IllegalArgumentException if the member is not in the charter
     */
    public String explain(MemberId member) {
        Member m = charter.member(member).orElseThrow(() -> new IllegalArgumentException("Unknown member '" + member + "'"));
        StringBuilder sb = new StringBuilder();
        sb.append(m.name()).append(" (").append(m.kind()).append("): ").append(AmountFormat.amount(amountOf(member), unit));
        String source = financing.basis() == Financing.Basis.TOTAL
                ? "share of the total " + AmountFormat.amount(parties.total(), unit)
                : "share of the matching " + AmountFormat.amount(parties.total(), unit)
                        + " (equal to Försäkringskassan's contribution)";
        switch (m.kind()) {
            case SOCIAL_INSURANCE_AGENCY -> {
                if (financing.basis() == Financing.Basis.TOTAL) {
                    sb.append("\n  party: state's ").append(source).append(": ").append(parties.part(Party.STATE).explain());
                } else {
                    sb.append("\n  party: the state's contribution, as given");
                }
                sb.append("\n  member: Försäkringskassan pays the state's whole share (Finsam law, 5 §)");
            }
            case PUBLIC_EMPLOYMENT_SERVICE -> sb.append(
                    "\n  member: Arbetsförmedlingen contributes 0: Försäkringskassan pays the state's whole share (Finsam law, 5 §)");
            case REGION -> {
                sb.append("\n  party: regions' ").append(source).append(": ").append(parties.part(Party.REGIONS).explain());
                sb.append("\n  member: ").append(keyName(Party.REGIONS)).append(", ").append(regions.part(member).explain());
            }
            case MUNICIPALITY -> {
                sb.append("\n  party: municipalities' ").append(source).append(": ")
                        .append(parties.part(Party.MUNICIPALITIES).explain());
                sb.append("\n  member: ").append(keyName(Party.MUNICIPALITIES)).append(", ")
                        .append(municipalities.part(member).explain());
            }
        }
        return sb.toString();
    }

    private String keyName(Party party) {
        if (party == Party.MUNICIPALITIES) {
            return "municipal key " + charter.municipalKey().basis();
        }
        return charter.regionalKey().map(k -> "regional key " + k.basis()).orElse("the only region");
    }

    /**
     * Explains every member's contribution, in member order.
     *
     * @return the explanation, members separated by a blank line
     */
    public String explain() {
        StringBuilder sb = new StringBuilder();
        for (Member m : charter.members()) {
            if (sb.length() > 0) {
                sb.append("\n\n");
            }
            sb.append(explain(m.id()));
        }
        return sb.toString();
    }

    /**
     * Compares charter, financing, unit and every amount.
     *
     * @param obj the other object
     * @return true if {@code obj} is an equal split
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof ContributionSplit other && charter.equals(other.charter) && financing.equals(other.financing)
                && unit.equals(other.unit) && stateUnits == other.stateUnits && parties.equals(other.parties)
                && regions.equals(other.regions) && municipalities.equals(other.municipalities);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(charter, financing, unit, stateUnits, municipalities);
    }

    /**
     * Returns the contributions as {@code member=amount} pairs.
     *
     * @return the text
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("ContributionSplit[");
        for (Member m : charter.members()) {
            sb.append(sb.length() == 18 ? "" : ", ").append(m.id()).append('=')
                    .append(unit.decimalOf(unitsOf(m.id())).toPlainString());
        }
        return sb.append(' ').append(currency().getCurrencyCode()).append(']').toString();
    }
}
