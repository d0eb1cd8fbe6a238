package se.finsam.budget;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.money.MonetaryAmount;
import se.finsam.association.CoordinationAssociation;
import se.finsam.contribution.Contribution;
import se.finsam.contribution.ContributionSplit;
import se.finsam.contribution.Financing;
import se.finsam.member.MemberId;
import se.finsam.money.RoundingUnit;

/**
 * The members' shares of an amount of the association, equity or a result, in proportion to what each
 * contributes (the Finsam law, 9 § point 8; docs/domain.md, Members' shares): the statutory split of the
 * amount, the state half to Försäkringskassan, the regional quarter by the regional key and the municipal
 * quarter by the municipal key, each exact at the rounding unit by largest remainder. The shares sum
 * exactly to the amount.
 *
 * <p>A share of equity is what a member gets back if the association is wound up, and what a withdrawing
 * member takes with it. A negative amount (a deficit) is split as its magnitude and every share negated:
 * each member's share of the debt.
 *
 * <pre>{@code
 * MemberShares shares = MemberShares.of(rar, Money.of(1_000_000, "SEK"), RoundingUnit.KRONA);
 * shares.amountOf(MemberId.of("eskilstuna"));   // 87 250 SEK: 34.9 % of the municipal quarter
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MemberShares {

    private final MonetaryAmount amount;
    private final ContributionSplit split;
    private final boolean negative;

    private MemberShares(MonetaryAmount amount, ContributionSplit split, boolean negative) {
        this.amount = amount;
        this.split = split;
        this.negative = negative;
    }

    /**
     * Splits an amount between the members of an association by its keys.
     *
     * @param association the association, with the keys in force
     * @param amount the amount to split, possibly negative, in the association's currency
     * @param unit the rounding unit
     * @return the shares
     * @throws se.finsam.validation.FinsamValidationException if the amount is in another currency, not a
     *     multiple of the unit or too large
     */
    public static MemberShares of(CoordinationAssociation association, MonetaryAmount amount, RoundingUnit unit) {
        Objects.requireNonNull(association, "association");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(unit, "unit");
        boolean negative = amount.isNegative();
        ContributionSplit split = association.contributions(Financing.ofTotal(negative ? amount.negate() : amount), unit);
        return new MemberShares(amount, split, negative);
    }

    /**
     * Returns the amount split.
     *
     * @return the amount, possibly negative
     */
    public MonetaryAmount amount() {
        return amount;
    }

    /**
     * Returns the statutory split of the amount's magnitude, which explains each share.
     *
     * @return the split
     */
    public ContributionSplit split() {
        return split;
    }

    /**
     * Tells whether the amount, and so every share that is not zero, is negative: a deficit.
     *
     * @return true for a negative amount
     */
    public boolean isNegative() {
        return negative;
    }

    /**
     * Returns a member's share.
     *
     * @param member the member
     * @return its share, negative for a deficit
     * @throws IllegalArgumentException if the association has no such member
     */
    public MonetaryAmount amountOf(MemberId member) {
        MonetaryAmount share = split.amountOf(member);
        return negative ? share.negate() : share;
    }

    /**
     * Returns every member's share, in member order.
     *
     * @return the shares, summing exactly to the amount
     */
    public List<Contribution> shares() {
        List<Contribution> shares = new ArrayList<>();
        for (Contribution c : split.contributions()) {
            shares.add(negative ? new Contribution(c.member(), c.kind(), c.amount().negate()) : c);
        }
        return List.copyOf(shares);
    }
}
