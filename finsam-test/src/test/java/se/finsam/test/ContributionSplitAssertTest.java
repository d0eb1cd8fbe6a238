package se.finsam.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.finsam.testing.Samples.id;
import static se.finsam.testing.Samples.sek;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import se.finsam.contribution.Charter;
import se.finsam.contribution.Contribution;
import se.finsam.contribution.ContributionKey;
import se.finsam.contribution.ContributionSplit;
import se.finsam.contribution.Financing;
import se.finsam.contribution.StatutorySplit;
import se.finsam.member.Member;
import se.finsam.member.MemberId;
import se.finsam.member.MemberKind;
import se.finsam.money.RoundingUnit;
import se.finsam.testing.Samples;

class ContributionSplitAssertTest {

    private static final Charter CHARTER = Samples.rarSormland().charter();
    private static final Financing TOTAL = Financing.ofTotal(sek("15000000"));
    private static final ContributionSplit SPLIT = StatutorySplit.compute(CHARTER, TOTAL, RoundingUnit.KRONA);

    private static Map<MemberId, MonetaryAmount> amounts() {
        Map<MemberId, MonetaryAmount> map = new LinkedHashMap<>();
        for (Contribution c : SPLIT.contributions()) {
            map.put(c.member(), c.amount());
        }
        return map;
    }

    /** The published figures with {@code units} kronor more for one member (a negative number: less). */
    private static Map<MemberId, MonetaryAmount> plus(String member, long units) {
        Map<MemberId, MonetaryAmount> map = amounts();
        map.put(id(member), map.get(id(member)).add(Money.of(units, "SEK")));
        return map;
    }

    /** The published figures with {@code units} kronor moved from one member to another. */
    private static Map<MemberId, MonetaryAmount> moved(String from, String to, long units) {
        Map<MemberId, MonetaryAmount> map = amounts();
        map.put(id(from), map.get(id(from)).subtract(Money.of(units, "SEK")));
        map.put(id(to), map.get(id(to)).add(Money.of(units, "SEK")));
        return map;
    }

    private static ContributionSplitAssert mine(Map<MemberId, MonetaryAmount> amounts) {
        return FinsamAssertions.assertThatContributions(amounts, CHARTER, TOTAL, RoundingUnit.KRONA);
    }

    @Test
    void rarSormland2007ObeysTheLaw() {
        FinsamAssertions.assertThat(SPLIT).obeysTheLaw().isTheStatutorySplit();
        FinsamAssertions.assertThat(Samples.rarPlan2007().contributions()).obeysTheLaw();
        mine(amounts()).obeysTheLaw().isTheStatutorySplit();
    }

    @Test
    void aSplitOfTheStatesContributionObeysTheLaw() {
        Financing state = Financing.ofStateContribution(sek("7500001"));
        FinsamAssertions.assertThat(StatutorySplit.compute(CHARTER, state, RoundingUnit.KRONA)).obeysTheLaw();
    }

    @Test
    void sumsExactlyToItsTotalFailsOnAMissingAmount() {
        Map<MemberId, MonetaryAmount> broken = amounts();
        broken.put(id("eskilstuna"), sek("1308700"));
        assertThatThrownBy(() -> mine(broken).sumsExactlyToItsTotal()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected the contributions to sum exactly to their total SEK 15000000")
                .hasMessageContaining("the Finsam law 5 §").hasMessageContaining("but they sum to SEK 14999950, SEK 50 short");
        broken.put(id("eskilstuna"), sek("1308800"));
        assertThatThrownBy(() -> mine(broken).obeysTheLaw()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("SEK 15000050, SEK 50 too much");
    }

    @Test
    void followsTheStatutorySplitFailsWhenForsakringskassanPaysMore() {
        assertThatThrownBy(() -> mine(plus("fk", 100)).followsTheStatutorySplit()).isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("Expected Försäkringskassan (fk) to pay the state's whole share SEK 7500000")
                .hasMessageContaining("the state's half of the total SEK 15000000")
                .hasMessageEndingWith("but it pays SEK 7500100");
    }

    @Test
    void followsTheStatutorySplitFailsWhenTheRegionsPayMore() {
        assertThatThrownBy(() -> mine(plus("landstinget", 100)).followsTheStatutorySplit())
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("Expected the regions together to pay SEK 3750000, the regions' share of the total SEK 15000000")
                .hasMessageContaining("the Finsam law, 5 §").hasMessageEndingWith("but they pay SEK 3750100");
    }

    @Test
    void followsTheStatutorySplitNamesEveryPartyThatPaysWrong() {
        assertThatThrownBy(() -> mine(moved("eskilstuna", "fk", 100)).followsTheStatutorySplit()).isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("Expected each party to pay its share as the Finsam law, 5 § gives it, but 2 do not:\n"
                        + "  Försäkringskassan (fk) pays SEK 7500100, not the state's whole share SEK 7500000 (the state's half of the "
                        + "total SEK 15000000, weight 2 of 4: ")
                .hasMessageContaining("\n  the municipalities together pay SEK 3749900, not SEK 3750000, the municipalities' share of "
                        + "the total SEK 15000000 (weight 1 of 4: ");
        Map<MemberId, MonetaryAmount> all = plus("fk", 100);
        all.put(id("landstinget"), sek("3750001"));
        all.put(id("flen"), sek("236249"));
        assertThatThrownBy(() -> mine(all).followsTheStatutorySplit()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("but 3 do not:\n  Försäkringskassan (fk) pays SEK 7500100")
                .hasMessageContaining("\n  the regions together pay SEK 3750001, not SEK 3750000")
                .hasMessageContaining("\n  the municipalities together pay SEK 3749999, not SEK 3750000");
    }

    @Test
    void followsTheStatutorySplitNamesTheMatchingOfAStateContribution() {
        Financing state = Financing.ofStateContribution(sek("7500000"));
        ContributionSplit split = StatutorySplit.compute(CHARTER, state, RoundingUnit.KRONA);
        Map<MemberId, MonetaryAmount> broken = new LinkedHashMap<>();
        split.contributions().forEach(c -> broken.put(c.member(), c.amount()));
        broken.put(id("eskilstuna"), broken.get(id("eskilstuna")).add(Money.of(10, "SEK")));
        broken.put(id("landstinget"), broken.get(id("landstinget")).subtract(Money.of(10, "SEK")));
        assertThatThrownBy(() -> FinsamAssertions.assertThatContributions(broken, CHARTER, state, RoundingUnit.KRONA)
                .followsTheStatutorySplit()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("but 2 do not:\n  the regions together pay SEK 3749990, not SEK 3750000, the regions' share of "
                        + "the matching SEK 7500000 (equal to Försäkringskassan's contribution)")
                .hasMessageContaining("\n  the municipalities together pay SEK 3750010, not SEK 3750000");
        Map<MemberId, MonetaryAmount> fk = new LinkedHashMap<>(broken);
        fk.put(id("landstinget"), sek("3750000"));
        fk.put(id("eskilstuna"), sek("1308750"));
        fk.put(id("fk"), sek("7499999"));
        assertThatThrownBy(() -> FinsamAssertions.assertThatContributions(fk, CHARTER, state, RoundingUnit.KRONA)
                .followsTheStatutorySplit()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("the state's contribution, as given").hasMessageContaining("but it pays SEK 7499999");
    }

    @Test
    void givesEachMemberItsQuotaWithinOneUnitFailsForEskilstuna() {
        assertThatThrownBy(() -> mine(plus("eskilstuna", -50)).givesEachMemberItsQuotaWithinOneUnit())
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expected Eskilstuna (eskilstuna) to be within 1 unit (SEK 1, strictly less) of its exact quota "
                        + "SEK 1308750 of the municipalities' share under the municipal key PERCENTAGES (weight 34.9 of 100; "
                        + "the charter's key; finsam's largest-remainder split), but it got SEK 1308700");
        assertThatThrownBy(() -> mine(plus("eskilstuna", 1)).givesEachMemberItsQuotaWithinOneUnit())
                .isInstanceOf(AssertionError.class).hasMessageEndingWith("but it got SEK 1308751");
    }

    @Test
    void givesEachMemberItsQuotaWithinOneUnitNamesEveryMemberOffItsQuota() {
        assertThatThrownBy(() -> mine(moved("eskilstuna", "flen", 50)).givesEachMemberItsQuotaWithinOneUnit())
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expected every region and municipality to be within 1 unit (SEK 1, strictly less) of its exact quota "
                        + "of its party's share under the party's key (the charter's key; finsam's largest-remainder split), but 2 are not:\n"
                        + "  Eskilstuna (eskilstuna) got SEK 1308700, its exact quota is SEK 1308750 of the municipalities' share under "
                        + "the municipal key PERCENTAGES (weight 34.9 of 100)\n"
                        + "  Flen (flen) got SEK 236300, its exact quota is SEK 236250 of the municipalities' share under the municipal "
                        + "key PERCENTAGES (weight 6.3 of 100)");
        assertThatThrownBy(() -> mine(moved("landstinget", "eskilstuna", 2)).givesEachMemberItsQuotaWithinOneUnit())
                .isInstanceOf(AssertionError.class).hasMessageContaining("but 2 are not:\n"
                        + "  Landstinget Sörmland (landstinget) got SEK 3749998, its exact quota is SEK 3750000 of the regions' share "
                        + "under the only region's whole share (weight 1 of 1)\n"
                        + "  Eskilstuna (eskilstuna) got SEK 1308752, its exact quota is SEK 1308750");
    }

    @Test
    void givesEachMemberItsQuotaWithinOneUnitFailsForTheOnlyRegion() {
        assertThatThrownBy(() -> mine(plus("landstinget", -2)).givesEachMemberItsQuotaWithinOneUnit())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected Landstinget Sörmland (landstinget) to be within 1 unit")
                .hasMessageContaining("of its exact quota SEK 3750000 of the regions' share under the only region's whole share")
                .hasMessageContaining("but it got SEK 3749998");
    }

    @Test
    void aQuotaThatDoesNotEndIsWrittenWithItsFraction() {
        Charter equal = CHARTER.withMunicipalKey(ContributionKey.equal());
        ContributionSplit split = StatutorySplit.compute(equal, TOTAL, RoundingUnit.KRONA);
        Map<MemberId, MonetaryAmount> broken = new LinkedHashMap<>();
        split.contributions().forEach(c -> broken.put(c.member(), c.amount()));
        broken.put(id("eskilstuna"), broken.get(id("eskilstuna")).subtract(Money.of(7, "SEK")));
        broken.put(id("flen"), broken.get(id("flen")).add(Money.of(7, "SEK")));
        FinsamAssertions.assertThat(split).givesEachMemberItsQuotaWithinOneUnit();
        assertThatThrownBy(() -> FinsamAssertions.assertThatContributions(broken, equal, TOTAL, RoundingUnit.KRONA)
                .givesEachMemberItsQuotaWithinOneUnit()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("\n  Eskilstuna (eskilstuna) got SEK 416660, its exact quota is SEK ≈416666.666667 "
                        + "(exactly 1250000/3) of the municipalities' share under the municipal key EQUAL (weight 1 of 9)")
                .hasMessageContaining("\n  Flen (flen) got SEK 416674, its exact quota is SEK ≈416666.666667 (exactly 1250000/3)");
    }

    @Test
    void letsArbetsformedlingenPayNothingFailsWhenItPays() {
        assertThatThrownBy(() -> mine(moved("fk", "af", 100)).letsArbetsformedlingenPayNothing()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected Arbetsförmedlingen (af) to pay SEK 0")
                .hasMessageContaining("Försäkringskassan pays the state's whole share, the Finsam law 5 §")
                .hasMessageContaining("but it pays SEK 100");
    }

    @Test
    void isTheStatutorySplitQuotesFinsamsExplanation() {
        assertThatThrownBy(() -> mine(plus("eskilstuna", -1)).isTheStatutorySplit()).isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("Expected Eskilstuna (eskilstuna) to pay SEK 1308750 by the statutory split")
                .hasMessageContaining("but it pays SEK 1308749").hasMessageContaining("finsam explains:\nEskilstuna (MUNICIPALITY)");
    }

    @Test
    void isTheStatutorySplitNamesEveryMemberThatPaysWrong_andExplainsTheFirst() {
        Map<MemberId, MonetaryAmount> broken = moved("eskilstuna", "flen", 1);
        broken.put(id("gnesta"), sek("142505"));
        assertThatThrownBy(() -> mine(broken).isTheStatutorySplit()).isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("Expected every member to pay exactly what the statutory split gives it (the Finsam law, 5 § "
                        + "and 9 §), but 3 do not:\n")
                .hasMessageContaining("\n  Eskilstuna (eskilstuna) pays SEK 1308749, the statutory split gives it SEK 1308750 "
                        + "(SEK 1 short)")
                .hasMessageContaining("\n  Flen (flen) pays SEK 236251, the statutory split gives it SEK 236250 (SEK 1 too much)")
                .hasMessageEndingWith("\n  Gnesta (gnesta) pays SEK 142505, the statutory split gives it SEK 142500 (SEK 5 too much)\n"
                        + "finsam explains the first:\n" + SPLIT.explain(id("eskilstuna")))
                .satisfies(e -> assertThat(e.getMessage()).containsOnlyOnce("(MUNICIPALITY)"));
    }

    @Test
    void everyCheckFailsOnAMissingAnUnknownMemberOrAnotherCurrency() {
        Map<MemberId, MonetaryAmount> missing = amounts();
        missing.remove(id("flen"));
        assertThatThrownBy(() -> mine(missing).sumsExactlyToItsTotal()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("but Flen (flen) has none (the statutory split gives it SEK 236250)");
        Map<MemberId, MonetaryAmount> unknown = amounts();
        unknown.put(id("x"), sek("5"));
        assertThatThrownBy(() -> mine(unknown).followsTheStatutorySplit()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("but got SEK 5 for 'x', not a member");
        Map<MemberId, MonetaryAmount> euro = amounts();
        euro.put(id("flen"), Money.of(236250, "EUR"));
        assertThatThrownBy(() -> mine(euro).givesEachMemberItsQuotaWithinOneUnit()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected every contribution in SEK, but Flen (flen) pays EUR 236250");
        assertThatThrownBy(() -> mine(null).letsArbetsformedlingenPayNothing()).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> mine(null).isTheStatutorySplit()).isInstanceOf(AssertionError.class);
    }

    @Test
    void everyCheckNamesEveryMissingUnknownAndForeignAmountAtOnce() {
        Map<MemberId, MonetaryAmount> broken = amounts();
        broken.remove(id("flen"));
        broken.remove(id("trosa"));
        broken.put(id("landstinget"), Money.of(3750000, "EUR"));
        broken.put(id("x"), sek("5"));
        broken.put(id("y"), null);
        String expected = "Expected a contribution of every member of the charter and of no one else, each in SEK and a whole "
                + "multiple of the rounding unit SEK 1, but:\n"
                + "  Landstinget Sörmland (landstinget) pays EUR 3750000, not in SEK\n"
                + "  Flen (flen) has none (the statutory split gives it SEK 236250)\n"
                + "  Trosa (trosa) has none (the statutory split gives it SEK 153750)\n"
                + "  'x' is no member of the charter, yet pays SEK 5\n"
                + "  'y' is no member of the charter, yet pays null";
        List<Runnable> checks = List.of(() -> mine(broken).sumsExactlyToItsTotal(), () -> mine(broken).followsTheStatutorySplit(),
                () -> mine(broken).givesEachMemberItsQuotaWithinOneUnit(), () -> mine(broken).letsArbetsformedlingenPayNothing(),
                () -> mine(broken).isTheStatutorySplit(), () -> mine(broken).obeysTheLaw());
        for (Runnable check : checks) {
            assertThatThrownBy(check::run).isInstanceOf(AssertionError.class).hasMessage(expected);
        }
    }

    @Test
    void aSplitOf290MunicipalitiesAllWrong_listsTheFirst20AndCountsTheRest() {
        Charter charter = FinsamGenerators.association(new SplittableRandom(19), FinsamGenerators.MAX_MUNICIPALITIES, 3).charter();
        ContributionSplit split = StatutorySplit.compute(charter, TOTAL, RoundingUnit.KRONA);
        Map<MemberId, MonetaryAmount> twoMore = new LinkedHashMap<>();
        split.contributions().forEach(c -> twoMore.put(c.member(), c.amount().add(Money.of(2, "SEK"))));
        ContributionSplitAssert mine = FinsamAssertions.assertThatContributions(twoMore, charter, TOTAL, RoundingUnit.KRONA);

        assertThatThrownBy(mine::givesEachMemberItsQuotaWithinOneUnit).isInstanceOf(AssertionError.class)
                .hasMessageContaining("but 293 are not:\n")
                .hasMessageEndingWith("\n  and 273 more")
                .satisfies(e -> assertThat(AssertTextsTest.listed(e)).hasSize(AssertTexts.MAX_LISTED)
                        .allMatch(line -> line.contains(" got SEK ")));
        assertThatThrownBy(mine::isTheStatutorySplit).isInstanceOf(AssertionError.class)
                .hasMessageContaining("but 295 do not:\n")
                .hasMessageContaining("\n  and 275 more\nfinsam explains the first:\n")
                .satisfies(e -> assertThat(AssertTextsTest.listed(e)).hasSize(AssertTexts.MAX_LISTED)
                        .allMatch(line -> line.contains(" (SEK 2 too much)")))
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(5_000));

        Map<MemberId, MonetaryAmount> none = new LinkedHashMap<>();
        charter.members().forEach(m -> none.put(MemberId.of("not-" + m.id()), sek("1")));
        assertThatThrownBy(() -> FinsamAssertions.assertThatContributions(none, charter, TOTAL, RoundingUnit.KRONA).obeysTheLaw())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("each in SEK and a whole multiple of the rounding unit SEK 1, but:\n")
                .hasMessageEndingWith("\n  and " + (2 * 295 - AssertTexts.MAX_LISTED) + " more")
                .satisfies(e -> assertThat(AssertTextsTest.listed(e)).hasSize(AssertTexts.MAX_LISTED)
                        .allMatch(line -> line.contains(" has none ")));
    }

    /** Two municipalities with an equal key: a municipal quarter that is odd gives each a quota of x.5 kronor. */
    private static Charter twoEqual() {
        List<Member> members = List.of(Member.of(MemberId.of("fk"), MemberKind.SOCIAL_INSURANCE_AGENCY, "Försäkringskassan"),
                Member.of(MemberId.of("af"), MemberKind.PUBLIC_EMPLOYMENT_SERVICE, "Arbetsförmedlingen"),
                Member.of(MemberId.of("region"), MemberKind.REGION, "Region", "04"),
                Member.of(MemberId.of("a"), MemberKind.MUNICIPALITY, "A", "0480"),
                Member.of(MemberId.of("b"), MemberKind.MUNICIPALITY, "B", "0481"));
        return Charter.of(members, ContributionKey.equal(), null);
    }

    @Test
    void amountsOffTheRoundingUnitFailEveryCheck_halfKronorAtUnitKrona() {
        Charter charter = twoEqual();
        // 15 000 006 kr: the municipalities' quarter is 3 750 001 kr, so an equal half is 1 875 000.5 kr.
        Financing odd = Financing.ofTotal(sek("15000006"));
        ContributionSplit law = StatutorySplit.compute(charter, odd, RoundingUnit.KRONA);
        Map<MemberId, MonetaryAmount> halves = new LinkedHashMap<>();
        law.contributions().forEach(c -> halves.put(c.member(), c.amount()));
        halves.put(MemberId.of("a"), sek("1875000.5"));
        halves.put(MemberId.of("b"), sek("1875000.5"));
        FinsamAssertions.assertThatContributions(amountsOf(law), charter, odd, RoundingUnit.KRONA).obeysTheLaw();
        assertThatThrownBy(() -> FinsamAssertions.assertThatContributions(halves, charter, odd, RoundingUnit.KRONA).obeysTheLaw())
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expected a contribution of every member of the charter and of no one else, each in SEK and a whole "
                        + "multiple of the rounding unit SEK 1, but:\n"
                        + "  A (a) pays SEK 1875000.5, not a whole multiple of the rounding unit SEK 1\n"
                        + "  B (b) pays SEK 1875000.5, not a whole multiple of the rounding unit SEK 1");
        Map<MemberId, MonetaryAmount> oneHalf = amounts();
        oneHalf.put(id("flen"), sek("236250.5"));
        assertThatThrownBy(() -> mine(oneHalf).isTheStatutorySplit()).isInstanceOf(AssertionError.class)
                .hasMessage("Expected every contribution a whole multiple of the rounding unit SEK 1, but Flen (flen) pays "
                        + "SEK 236250.5, not a whole multiple of the rounding unit SEK 1");
    }

    @Test
    void nullAmountsAndNullKeysFailAsAssertions() {
        Map<MemberId, MonetaryAmount> withNulls = new HashMap<>(amounts());
        withNulls.put(id("flen"), null);
        withNulls.put(MemberId.of("ghost"), null);
        withNulls.put(null, sek("1"));
        assertThatThrownBy(() -> mine(withNulls).obeysTheLaw()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("  the amount of Flen (flen) is null (the statutory split gives it SEK 236250)")
                .hasMessageContaining("  'ghost' is no member of the charter, yet pays null")
                .hasMessageContaining("  a null key is no member of the charter, yet pays SEK 1");
        Map<MemberId, MonetaryAmount> nullKey = amounts();
        nullKey.put(null, null);
        assertThatThrownBy(() -> mine(nullKey).sumsExactlyToItsTotal()).isInstanceOf(AssertionError.class)
                .hasMessage("Expected contributions of the charter's members only, but got null for a null key, not a member");
    }

    @Test
    void anAmountWithAHugeExponentFailsAsAnAssertion() {
        Map<MemberId, MonetaryAmount> huge = amounts();
        huge.put(id("flen"), Money.of(new BigDecimal("1E+100000"), "SEK"));
        assertThatThrownBy(() -> mine(huge).givesEachMemberItsQuotaWithinOneUnit()).isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("Expected every contribution a whole multiple of the rounding unit SEK 1, but Flen (flen) pays SEK ")
                .hasMessageContaining(", which finsam cannot count in units of SEK 1: ");
    }

    @Test
    void aFinancingFinsamCannotSplitAtTheUnitFailsAsAnAssertion() {
        Financing odd = Financing.ofTotal(sek("15000500"));
        assertThatThrownBy(() -> FinsamAssertions.assertThatContributions(Map.of(), CHARTER, odd, RoundingUnit.THOUSAND))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("Expected finsam to split the financing SEK 15000500 at the rounding unit SEK 1000, "
                        + "but finsam cannot: ");
        assertThatThrownBy(() -> FinsamAssertions.assertThatContributions(Map.of(), CHARTER, odd, null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void aMapOfMoneyCompiles() {
        Map<MemberId, Money> money = new LinkedHashMap<>();
        SPLIT.contributions().forEach(c -> money.put(c.member(), Money.from(c.amount())));
        FinsamAssertions.assertThatContributions(money, CHARTER, TOTAL, RoundingUnit.KRONA).obeysTheLaw();
        money.put(id("flen"), Money.of(1, "SEK"));
        assertThatThrownBy(() -> FinsamAssertions.assertThatContributions(money, CHARTER, TOTAL, RoundingUnit.KRONA).isTheStatutorySplit())
                .isInstanceOf(AssertionError.class).hasMessageContaining("Expected Flen (flen) to pay SEK 236250").hasMessageContaining("but it pays SEK 1;");
    }

    private static Map<MemberId, MonetaryAmount> amountsOf(ContributionSplit split) {
        Map<MemberId, MonetaryAmount> map = new LinkedHashMap<>();
        split.contributions().forEach(c -> map.put(c.member(), c.amount()));
        return map;
    }
}
