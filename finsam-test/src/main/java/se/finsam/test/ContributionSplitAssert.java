package se.finsam.test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;
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
import se.finsam.test.AssertTexts.Problem;

/**
 * Assertions on every member's contribution for a year: the amounts a {@link ContributionSplit} holds, or a
 * user's own amounts (invoices, say) for a charter and financing. Each check compares the amounts with
 * what finsam's own {@link StatutorySplit} computes for the same charter, financing and unit; a failure
 * names every member that breaks the check (name and id), the amounts and the rule: one member in a
 * sentence, several one a line (the first 20, then how many more).
 *
 * <pre>{@code
 * FinsamAssertions.assertThat(plan.contributions()).obeysTheLaw();
 * FinsamAssertions.assertThatContributions(myInvoices, charter, Financing.ofTotal(sek(15_000_000)), RoundingUnit.KRONA)
 *         .givesEachMemberItsQuotaWithinOneUnit();
 *   // Expected Eskilstuna (eskilstuna) to be within 1 unit (SEK 1, strictly less) of its exact quota SEK 1308750
 *   // of the municipalities' share under the municipal key PERCENTAGES (weight 34.9 of 100; the charter's key;
 *   // finsam's largest-remainder split), but it got SEK 1308700
 * }</pre>
 *
 * <p>A {@code ContributionSplit} computed by finsam passes every check; the checks are for amounts that
 * came from elsewhere (a user's own code, a file, a database) and for splits read back from a document.
 */
public final class ContributionSplitAssert
        extends AbstractAssert<ContributionSplitAssert, Map<MemberId, ? extends MonetaryAmount>> {

    /** The statutory split finsam computes for the same charter, financing and unit. */
    private final ContributionSplit law;

    ContributionSplitAssert(@Nullable Map<MemberId, ? extends MonetaryAmount> actual, ContributionSplit law) {
        super(actual, ContributionSplitAssert.class);
        this.law = Objects.requireNonNull(law, "law");
    }

    /**
     * Verifies that the contributions sum exactly to the total they split: the financing's total, or
     * twice the state's contribution (the state's and the matching parts).
     *
     * <p>This check and every other first verify that there is a contribution for each member of the charter
     * and for no one else, each in the split's currency and a whole multiple of its rounding unit (as finsam's
     * {@link RoundingUnit#unitsOf(MonetaryAmount)} counts it); a failure lists every member that has none or a
     * null amount, every amount in another currency or off the unit, and every amount for someone not a member
     * (or for a null key):
     *
     * <pre>{@code
     *   // Expected a contribution of every member of the charter and of no one else, each in SEK and a whole
     *   // multiple of the rounding unit SEK 1, but:
     *   //   Landstinget Sörmland (landstinget) pays EUR 3750000, not in SEK
     *   //   Eskilstuna (eskilstuna) pays SEK 1308750.5, not a whole multiple of the rounding unit SEK 1
     *   //   Flen (flen) has none (the statutory split gives it SEK 236250)
     *   //   'flen2' is no member of the charter, yet pays SEK 236250}</pre>
     *
     * <pre>{@code assertThat(split).sumsExactlyToItsTotal();
     *   // Expected the contributions to sum exactly to their total SEK 15000000 (the statutory split, the
     *   // Finsam law 5 §), but they sum to SEK 14999950, SEK 50 short}</pre>
     *
     * @return this assertion
     * @throws AssertionError if a member is missing or unknown, an amount is null, in another currency or off the
     *     unit, or the sum differs
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
     *   // SEK 15000000 (the Finsam law, 5 §: weight 1 of 4 ...), but they pay SEK 3749950
     * assertThat(other).followsTheStatutorySplit();
     *   // Expected each party to pay its share as the Finsam law, 5 § gives it, but 3 do not:
     *   //   Försäkringskassan (fk) pays SEK 7500050, not the state's whole share SEK 7500000 (the state's half of
     *   //   the total SEK 15000000, weight 2 of 4: ...)
     *   //   the regions together pay SEK 3750050, not SEK 3750000, the regions' share of the total SEK 15000000 (...)
     *   //   the municipalities together pay SEK 3749900, not SEK 3750000, the municipalities' share of ... (...)}</pre>
     *
     * @return this assertion
     * @throws AssertionError if a member is missing or unknown, an amount is null, in another currency or off the
     *     unit, or a party's sum differs; every party that pays wrong is listed
     */
    public ContributionSplitAssert followsTheStatutorySplit() {
        checkMembers();
        List<Problem> problems = new ArrayList<>();
        for (Member m : law.charter().membersOf(Party.STATE)) {
            MonetaryAmount expected = law.amountOf(m.id());
            if (m.kind() == MemberKind.SOCIAL_INSURANCE_AGENCY
                    && AssertTexts.decimal(paid(m.id())).compareTo(AssertTexts.decimal(expected)) != 0) {
                String pays = AssertTexts.amount(paid(m.id()));
                problems.add(new Problem("Expected " + AssertTexts.member(m) + " to pay the state's whole share "
                        + AssertTexts.amount(expected) + " (the Finsam law, 5 §: " + stateRule() + "), but it pays " + pays,
                        AssertTexts.member(m) + " pays " + pays + ", not the state's whole share " + AssertTexts.amount(expected) + " ("
                                + stateRule() + ")"));
            }
        }
        for (Party party : List.of(Party.REGIONS, Party.MUNICIPALITIES)) {
            BigDecimal got = BigDecimal.ZERO;
            for (Member m : law.charter().membersOf(party)) {
                got = got.add(AssertTexts.decimal(paid(m.id())));
            }
            MonetaryAmount expected = law.partyTotal(party);
            if (got.compareTo(AssertTexts.decimal(expected)) != 0) {
                String share = "the " + partyName(party) + "' share of " + sourceText();
                String rule = law.partyAllocation().part(party).explain();
                String pay = AssertTexts.amount(got, law.currency());
                problems.add(new Problem("Expected the " + partyName(party) + " together to pay " + AssertTexts.amount(expected) + ", "
                        + share + " (the Finsam law, 5 §: " + rule + "), but they pay " + pay,
                        "the " + partyName(party) + " together pay " + pay + ", not " + AssertTexts.amount(expected) + ", " + share
                                + " (" + rule + ")"));
            }
        }
        if (!problems.isEmpty()) {
            failWithMessage("%s", AssertTexts.report(problems, "Expected each party to pay its share as the Finsam law, 5 § gives it, but "
                    + AssertTexts.count(problems.size(), "does", "do") + " not:"));
        }
        return this;
    }

    /**
     * Verifies that each region and municipality pays less than one rounding unit away from its exact quota
     * of its party's share under the party's key in the charter, the quota being the one finsam's
     * {@link Allocation} reports ({@link AllocationPart#quota()}). The bound of one unit is what finsam's
     * largest-remainder split guarantees; the key is the charter's.
     *
     * <pre>{@code assertThat(split).givesEachMemberItsQuotaWithinOneUnit();
     *   // Expected every region and municipality to be within 1 unit (SEK 1, strictly less) of its exact quota of
     *   // its party's share under the party's key (the charter's key; finsam's largest-remainder split), but 2 are not:
     *   //   Eskilstuna (eskilstuna) got SEK 1308700, its exact quota is SEK 1308750 of the municipalities' share
     *   //   under the municipal key PERCENTAGES (weight 34.9 of 100)
     *   //   Flen (flen) got SEK 236300, its exact quota is SEK 236250 of the municipalities' share under the
     *   //   municipal key PERCENTAGES (weight 6.3 of 100)}</pre>
     *
     * <p>With one member off its quota, the message is one sentence, as in the class's example.
     *
     * @return this assertion
     * @throws AssertionError if a member is missing or unknown, an amount is null, in another currency or off the
     *     unit, or a member is a unit or more from its quota; every such member is listed
     */
    public ContributionSplitAssert givesEachMemberItsQuotaWithinOneUnit() {
        checkMembers();
        String oneUnit = "within 1 unit (" + AssertTexts.amount(law.unit().value(), law.currency()) + ", strictly less)";
        List<Problem> problems = new ArrayList<>();
        for (Party party : List.of(Party.REGIONS, Party.MUNICIPALITIES)) {
            Allocation<MemberId> allocation = law.memberAllocation(party);
            for (Member m : law.charter().membersOf(party)) {
                AllocationPart<MemberId> part = allocation.part(m.id());
                if (!withinOneUnit(paid(m.id()), part.quota())) {
                    String quota = AssertTexts.quota(part.quota(), law.currency()) + " of the " + partyName(party) + "' share under "
                            + keyName(party) + " (weight " + part.weight().toPlainString() + " of "
                            + part.weightSum().stripTrailingZeros().toPlainString();
                    String got = AssertTexts.amount(paid(m.id()));
                    problems.add(new Problem("Expected " + AssertTexts.member(m) + " to be " + oneUnit + " of its exact quota " + quota
                            + "; the charter's key; finsam's largest-remainder split), but it got " + got,
                            AssertTexts.member(m) + " got " + got + ", its exact quota is " + quota + ")"));
                }
            }
        }
        if (!problems.isEmpty()) {
            failWithMessage("%s", AssertTexts.report(problems, "Expected every region and municipality to be " + oneUnit
                    + " of its exact quota of its party's share under the party's key (the charter's key; finsam's largest-remainder "
                    + "split), but "
                    + AssertTexts.count(problems.size(), "is", "are") + " not:"));
        }
        return this;
    }

    /** Whether an amount is less than one rounding unit away from an exact quota. */
    private boolean withinOneUnit(MonetaryAmount amount, Fraction quota) {
        Fraction distance = Fraction.from(AssertTexts.decimal(amount)).minus(quota);
        if (distance.signum() < 0) {
            distance = distance.negated();
        }
        return distance.compareTo(Fraction.from(law.unit().value())) < 0;
    }

    /**
     * Verifies that Arbetsförmedlingen pays nothing: Försäkringskassan pays the state's whole share (the
     * Finsam law, 5 §; finsam's {@link ContributionSplit#amountOf(MemberId)}).
     *
     * <pre>{@code assertThat(split).letsArbetsformedlingenPayNothing();
     *   // Expected Arbetsförmedlingen (af) to pay SEK 0 (...), but it pays SEK 100}</pre>
     *
     * @return this assertion
     * @throws AssertionError if a member is missing or unknown, an amount is null, in another currency or off the
     *     unit, or Arbetsförmedlingen pays anything
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
     * finsam's explanation of the member's amount ({@link ContributionSplit#explain(MemberId)}), or, when
     * several members pay wrong, lists each with both amounts and explains the first.
     *
     * <pre>{@code assertThatContributions(invoices, charter, financing, RoundingUnit.KRONA).isTheStatutorySplit();
     *   // Expected every member to pay exactly what the statutory split gives it (the Finsam law, 5 § and 9 §),
     *   // but 2 do not:
     *   //   Eskilstuna (eskilstuna) pays SEK 1308700, the statutory split gives it SEK 1308750 (SEK 50 short)
     *   //   Flen (flen) pays SEK 236300, the statutory split gives it SEK 236250 (SEK 50 too much)
     *   // finsam explains the first:
     *   // Eskilstuna (MUNICIPALITY): 1 308 750 kr
     *   //   party: municipalities' share of the total 15 000 000 kr: weight 1 of 4: ...
     *   //   member: municipal key PERCENTAGES, weight 34.9 of 100: exact quota 1 308 750 kr, ...}</pre>
     *
     * @return this assertion
     * @throws AssertionError if a member is missing or unknown, an amount is null, in another currency or off the
     *     unit, or a member's amount differs from finsam's; every member that pays wrong is listed
     */
    public ContributionSplitAssert isTheStatutorySplit() {
        checkMembers();
        List<Problem> problems = new ArrayList<>();
        List<MemberId> wrong = new ArrayList<>();
        for (Member m : law.charter().members()) {
            MonetaryAmount expected = law.amountOf(m.id());
            BigDecimal difference = AssertTexts.decimal(paid(m.id())).subtract(AssertTexts.decimal(expected));
            if (difference.signum() != 0) {
                wrong.add(m.id());
                String pays = AssertTexts.amount(paid(m.id()));
                problems.add(new Problem("Expected " + AssertTexts.member(m) + " to pay " + AssertTexts.amount(expected)
                        + " by the statutory split (the Finsam law, 5 § and 9 §), but it pays " + pays + "; finsam explains:\n"
                        + law.explain(m.id()),
                        AssertTexts.member(m) + " pays " + pays + ", the statutory split gives it " + AssertTexts.amount(expected) + " ("
                                + AssertTexts.amount(difference.abs(), law.currency())
                                + (difference.signum() > 0 ? " too much)" : " short)")));
            }
        }
        if (!problems.isEmpty()) {
            // One explanation is enough to show how finsam computes; one per member would make a long list longer.
            String explained = problems.size() == 1 ? "" : "\nfinsam explains the first:\n" + law.explain(wrong.get(0));
            failWithMessage("%s", AssertTexts.report(problems, "Expected every member to pay exactly what the statutory split gives it "
                    + "(the Finsam law, 5 § and 9 §), but " + AssertTexts.count(problems.size(), "does", "do") + " not:") + explained);
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

    /**
     * The amounts name exactly the charter's members, none null, each in the split's currency and a whole multiple of
     * its rounding unit (as finsam's {@link RoundingUnit#unitsOf(MonetaryAmount)} counts it); every fault is reported.
     */
    private void checkMembers() {
        isNotNull();
        Charter charter = law.charter();
        String currency = law.currency().getCurrencyCode();
        String unit = AssertTexts.amount(law.unit().value(), law.currency());
        List<Problem> problems = new ArrayList<>();
        for (Member m : charter.members()) {
            MonetaryAmount amount = actual.get(m.id());
            String gives = " (the statutory split gives it " + AssertTexts.amount(law.amountOf(m.id())) + ")";
            if (amount == null && actual.containsKey(m.id())) {
                String none = "the amount of " + AssertTexts.member(m) + " is null" + gives;
                problems.add(new Problem("Expected a contribution of every member of the charter, but " + none, none));
            } else if (amount == null) {
                String none = AssertTexts.member(m) + " has none" + gives;
                problems.add(new Problem("Expected a contribution of every member of the charter, but " + none, none));
            } else if (!amount.getCurrency().equals(law.currency())) {
                String pays = AssertTexts.member(m) + " pays " + AssertTexts.amount(amount);
                problems.add(new Problem("Expected every contribution in " + currency + ", but " + pays, pays + ", not in " + currency));
            } else {
                AssertTexts.notCountable(amount, law.unit()).ifPresent(why -> {
                    String pays = AssertTexts.member(m) + " pays " + AssertTexts.amount(amount);
                    problems.add(new Problem("Expected every contribution a whole multiple of the rounding unit " + unit + ", but " + pays
                            + ", " + why, pays + ", " + why));
                });
            }
        }
        for (Map.Entry<MemberId, ? extends MonetaryAmount> e : actual.entrySet()) {
            MemberId id = e.getKey();
            if (id == null || charter.member(id).isEmpty()) {
                String amount = e.getValue() == null ? "null" : AssertTexts.amount(e.getValue());
                String key = id == null ? "a null key" : AssertTexts.key(id);
                problems.add(new Problem("Expected contributions of the charter's members only, but got " + amount + " for " + key
                        + ", not a member", key + " is no member of the charter, yet pays " + amount));
            }
        }
        if (!problems.isEmpty()) {
            failWithMessage("%s", AssertTexts.report(problems, "Expected a contribution of every member of the charter and of no one "
                    + "else, each in " + currency + " and a whole multiple of the rounding unit " + unit + ", but:"));
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
