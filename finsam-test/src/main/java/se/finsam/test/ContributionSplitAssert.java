package se.finsam.test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.assertj.core.api.AbstractAssert;
import se.finsam.contribution.Charter;
import se.finsam.contribution.ContributionSplit;
import se.finsam.contribution.Financing;
import se.finsam.contribution.StatutorySplit;
import se.finsam.member.Member;
import se.finsam.member.MemberId;
import se.finsam.member.MemberKind;
import se.finsam.member.Party;
import se.finsam.money.Allocation;
import se.finsam.money.AllocationPart;
import se.finsam.money.Fraction;
import se.finsam.money.RoundingUnit;

/**
 * Assertions on every member's contribution for a year: the amounts a {@link ContributionSplit} holds, or a
 * user's own amounts (invoices, say) for a charter and financing. Each check compares the amounts with
 * what finsam's own {@link StatutorySplit} computes for the same charter, financing and unit; a failure
 * names the member (name and id), the amounts and the rule.
 *
 * <pre>{@code
 * FinsamAssertions.assertThat(plan.contributions()).obeysTheLaw();
 * FinsamAssertions.assertThatContributions(myInvoices, charter, Financing.ofTotal(sek(15_000_000)), RoundingUnit.KRONA)
 *         .givesEachMemberItsQuotaWithinOneUnit();
 *   // Expected Eskilstuna (eskilstuna) to be within 1 unit (SEK 1) of its exact quota SEK 1308750 of the
 *   // municipalities' quarter under the municipal key PERCENTAGES (weight 34.9 of 100), but it got SEK 1308700
 * }</pre>
 *
 * <p>A {@code ContributionSplit} computed by finsam passes every check; the checks are for amounts that
 * came from elsewhere (a user's own code, a file, a database) and for splits read back from a document.
 */
public final class ContributionSplitAssert extends AbstractAssert<ContributionSplitAssert, Map<MemberId, MonetaryAmount>> {

    /** The statutory split finsam computes for the same charter, financing and unit. */
    private final ContributionSplit law;

    ContributionSplitAssert(Map<MemberId, MonetaryAmount> actual, ContributionSplit law) {
        super(actual, ContributionSplitAssert.class);
        this.law = Objects.requireNonNull(law, "law");
    }

    /**
     * Verifies that the contributions sum exactly to the total they split: the financing's total, or
     * twice the state's contribution (the state's and the matching parts).
     *
     * <pre>{@code assertThat(split).sumsExactlyToItsTotal();
     *   // Expected the contributions to sum exactly to their total SEK 15000000 (the statutory split, the
     *   // Finsam law 5 §), but they sum to SEK 14999950, SEK 50 short}</pre>
     *
     * @return this assertion
     * @throws AssertionError if a member is missing or unknown, an amount is in another currency, or the sum differs
     */
    public ContributionSplitAssert sumsExactlyToItsTotal() {
        checkMembers();
        BigDecimal sum = BigDecimal.ZERO;
        for (MonetaryAmount amount : actual.values()) {
            sum = sum.add(AssertTexts.decimal(amount));
        }
        BigDecimal total = AssertTexts.decimal(law.total());
        int cmp = sum.compareTo(total);
        if (cmp != 0) {
            CurrencyUnit currency = law.currency();
            failWithMessage("%s", "Expected the contributions to sum exactly to their total " + AssertTexts.amount(law.total())
                    + " (the statutory split, the Finsam law 5 §), but they sum to " + AssertTexts.amount(sum, currency) + ", "
                    + AssertTexts.amount(total.subtract(sum).abs(), currency) + (cmp < 0 ? " short" : " too much"));
        }
        return this;
    }

    /**
     * Verifies the split between the parties as the law gives it: Försäkringskassan pays the state's half
     * (of a total) or the state's contribution, the regions together their quarter (or half of the match),
     * the municipalities together theirs (the Finsam law, 5 §); compared with finsam's
     * {@link ContributionSplit#partyAllocation()}.
     *
     * <pre>{@code assertThat(split).followsTheStatutorySplit();
     *   // Expected the municipalities together to pay SEK 3750000, the municipalities' share of the total
     *   // SEK 15000000 (the Finsam law, 5 §: weight 1 of 4 ...), but they pay SEK 3749950}</pre>
     *
     * @return this assertion
     * @throws AssertionError if a member is missing or unknown, an amount is in another currency, or a party's sum differs
     */
    public ContributionSplitAssert followsTheStatutorySplit() {
        checkMembers();
        for (Member m : law.charter().membersOf(Party.STATE)) {
            if (m.kind() == MemberKind.SOCIAL_INSURANCE_AGENCY) {
                BigDecimal got = AssertTexts.decimal(paid(m.id()));
                if (got.compareTo(AssertTexts.decimal(law.amountOf(m.id()))) != 0) {
                    failWithMessage("%s", "Expected " + AssertTexts.member(m) + " to pay the state's whole share "
                            + AssertTexts.amount(law.amountOf(m.id())) + " (the Finsam law, 5 §: " + stateRule()
                            + "), but it pays " + AssertTexts.amount(paid(m.id())));
                }
            }
        }
        for (Party party : List.of(Party.REGIONS, Party.MUNICIPALITIES)) {
            BigDecimal got = BigDecimal.ZERO;
            for (Member m : law.charter().membersOf(party)) {
                got = got.add(AssertTexts.decimal(paid(m.id())));
            }
            MonetaryAmount expected = law.partyTotal(party);
            if (got.compareTo(AssertTexts.decimal(expected)) != 0) {
                failWithMessage("%s", "Expected the " + partyName(party) + " together to pay " + AssertTexts.amount(expected)
                        + ", the " + partyName(party) + "' share of " + sourceText() + " (the Finsam law, 5 §: "
                        + law.partyAllocation().part(party).explain() + "), but they pay "
                        + AssertTexts.amount(got, law.currency()));
            }
        }
        return this;
    }

    /**
     * Verifies that each region and municipality pays less than one rounding unit away from its exact quota
     * of its party's share under the party's key (the law, 9 §), the quota being the one finsam's
     * {@link Allocation} reports ({@link AllocationPart#quota()}).
     *
     * <pre>{@code assertThat(split).givesEachMemberItsQuotaWithinOneUnit();
     *   // Expected Eskilstuna (eskilstuna) to be within 1 unit (SEK 1) of its exact quota SEK 1308750 of the
     *   // municipalities' share under the municipal key PERCENTAGES (weight 34.9 of 100), but it got SEK 1308700}</pre>
     *
     * @return this assertion
     * @throws AssertionError if a member is missing or unknown, an amount is in another currency, or a member
     *     is a unit or more from its quota
     */
    public ContributionSplitAssert givesEachMemberItsQuotaWithinOneUnit() {
        checkMembers();
        RoundingUnit unit = law.unit();
        Fraction oneUnit = Fraction.from(unit.value());
        for (Party party : List.of(Party.REGIONS, Party.MUNICIPALITIES)) {
            Allocation<MemberId> allocation = law.memberAllocation(party);
            for (Member m : law.charter().membersOf(party)) {
                AllocationPart<MemberId> part = allocation.part(m.id());
                Fraction distance = Fraction.from(AssertTexts.decimal(paid(m.id()))).minus(part.quota());
                if (distance.signum() < 0) {
                    distance = distance.negated();
                }
                if (distance.compareTo(oneUnit) >= 0) {
                    failWithMessage("%s", "Expected " + AssertTexts.member(m) + " to be within 1 unit ("
                            + AssertTexts.amount(unit.value(), law.currency()) + ", strictly less) of its exact quota "
                            + AssertTexts.quota(part.quota(), law.currency()) + " of the " + partyName(party)
                            + "' share under " + keyName(party) + " (weight " + part.weight().toPlainString() + " of "
                            + part.weightSum().stripTrailingZeros().toPlainString() + "; the law, 9 §), but it got "
                            + AssertTexts.amount(paid(m.id())));
                }
            }
        }
        return this;
    }

    /**
     * Verifies that Arbetsförmedlingen pays nothing: Försäkringskassan pays the state's whole share (the
     * Finsam law, 5 §; finsam's {@link ContributionSplit#amountOf(MemberId)}).
     *
     * <pre>{@code assertThat(split).letsArbetsformedlingenPayNothing();
     *   // Expected Arbetsförmedlingen (af) to pay SEK 0 (...), but it pays SEK 100}</pre>
     *
     * @return this assertion
     * @throws AssertionError if a member is missing or unknown, an amount is in another currency, or
     *     Arbetsförmedlingen pays anything
     */
    public ContributionSplitAssert letsArbetsformedlingenPayNothing() {
        checkMembers();
        for (Member m : law.charter().membersOf(Party.STATE)) {
            if (m.kind() == MemberKind.PUBLIC_EMPLOYMENT_SERVICE
                    && AssertTexts.decimal(paid(m.id())).compareTo(AssertTexts.decimal(law.amountOf(m.id()))) != 0) {
                failWithMessage("%s", "Expected " + AssertTexts.member(m) + " to pay " + AssertTexts.amount(law.amountOf(m.id()))
                        + " (Försäkringskassan pays the state's whole share, the Finsam law 5 §), but it pays "
                        + AssertTexts.amount(paid(m.id())));
            }
        }
        return this;
    }

    /**
     * Verifies that every member pays exactly what finsam's statutory split gives it; the failure quotes
     * finsam's explanation of the member's amount ({@link ContributionSplit#explain(MemberId)}).
     *
     * <pre>{@code assertThatContributions(invoices, charter, financing, RoundingUnit.KRONA).isTheStatutorySplit();}</pre>
     *
     * @return this assertion
     * @throws AssertionError if a member is missing or unknown, an amount is in another currency, or a
     *     member's amount differs from finsam's
     */
    public ContributionSplitAssert isTheStatutorySplit() {
        checkMembers();
        for (Member m : law.charter().members()) {
            MonetaryAmount expected = law.amountOf(m.id());
            if (AssertTexts.decimal(paid(m.id())).compareTo(AssertTexts.decimal(expected)) != 0) {
                failWithMessage("%s", "Expected " + AssertTexts.member(m) + " to pay " + AssertTexts.amount(expected)
                        + " by the statutory split (the Finsam law, 5 § and 9 §), but it pays "
                        + AssertTexts.amount(paid(m.id())) + "; finsam explains:\n" + law.explain(m.id()));
            }
        }
        return this;
    }

    /**
     * Verifies everything the law asks of the split: {@link #sumsExactlyToItsTotal()},
     * {@link #followsTheStatutorySplit()}, {@link #givesEachMemberItsQuotaWithinOneUnit()} and
     * {@link #letsArbetsformedlingenPayNothing()}, in that order; the first that fails is reported.
     *
     * <pre>{@code FinsamAssertions.assertThat(plan.contributions()).obeysTheLaw();}</pre>
     *
     * @return this assertion
     * @throws AssertionError as the first check that fails
     */
    public ContributionSplitAssert obeysTheLaw() {
        return sumsExactlyToItsTotal().followsTheStatutorySplit().givesEachMemberItsQuotaWithinOneUnit()
                .letsArbetsformedlingenPayNothing();
    }

    /** A member's amount, which {@link #checkMembers()} has found. */
    private MonetaryAmount paid(MemberId id) {
        return Objects.requireNonNull(actual.get(id), "amount");
    }

    /** The amounts name exactly the charter's members, each in the split's currency. */
    private void checkMembers() {
        isNotNull();
        Charter charter = law.charter();
        for (Map.Entry<MemberId, MonetaryAmount> e : actual.entrySet()) {
            if (charter.member(e.getKey()).isEmpty()) {
                failWithMessage("%s", "Expected contributions of the charter's members only, but got "
                        + AssertTexts.amount(e.getValue()) + " for " + AssertTexts.key(e.getKey()) + ", not a member");
            }
        }
        for (Member m : charter.members()) {
            MonetaryAmount amount = actual.get(m.id());
            if (amount == null) {
                failWithMessage("%s", "Expected a contribution of every member of the charter, but " + AssertTexts.member(m)
                        + " has none (the statutory split gives it " + AssertTexts.amount(law.amountOf(m.id())) + ")");
            } else if (!amount.getCurrency().equals(law.currency())) {
                failWithMessage("%s", "Expected every contribution in " + law.currency().getCurrencyCode() + ", but "
                        + AssertTexts.member(m) + " pays " + AssertTexts.amount(amount));
            }
        }
    }

    private String stateRule() {
        return law.financing().basis() == Financing.Basis.TOTAL
                ? "the state's half of the total " + AssertTexts.amount(law.financing().amount()) + ", "
                        + law.partyAllocation().part(Party.STATE).explain()
                : "the state's contribution, as given";
    }

    private String sourceText() {
        return law.financing().basis() == Financing.Basis.TOTAL
                ? "the total " + AssertTexts.amount(law.partyAllocation().total())
                : "the matching " + AssertTexts.amount(law.partyAllocation().total()) + " (equal to Försäkringskassan's contribution)";
    }

    private static String partyName(Party party) {
        return party == Party.REGIONS ? "regions" : "municipalities";
    }

    private String keyName(Party party) {
        String prefix = party == Party.REGIONS ? "the regional key " : "the municipal key ";
        return law.charter().keyOf(party).map(k -> prefix + k.basis()).orElse("the only region's whole share");
    }
}
