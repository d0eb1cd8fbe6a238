package se.finsam.test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.finsam.testing.Samples.id;
import static se.finsam.testing.Samples.sek;

import java.util.LinkedHashMap;
import java.util.Map;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import se.finsam.contribution.Charter;
import se.finsam.contribution.Contribution;
import se.finsam.contribution.ContributionKey;
import se.finsam.contribution.ContributionSplit;
import se.finsam.contribution.Financing;
import se.finsam.contribution.StatutorySplit;
import se.finsam.member.MemberId;
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
        assertThatThrownBy(() -> mine(moved("eskilstuna", "fk", 100)).followsTheStatutorySplit()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected Försäkringskassan (fk) to pay the state's whole share SEK 7500000")
                .hasMessageContaining("the state's half of the total SEK 15000000")
                .hasMessageContaining("but it pays SEK 7500100");
    }

    @Test
    void followsTheStatutorySplitFailsWhenTheRegionsPayMore() {
        assertThatThrownBy(() -> mine(moved("eskilstuna", "landstinget", 100)).followsTheStatutorySplit())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected the regions together to pay SEK 3750000, the regions' share of the total SEK 15000000")
                .hasMessageContaining("the Finsam law, 5 §").hasMessageContaining("but they pay SEK 3750100");
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
                .hasMessageContaining("the regions' share of the matching SEK 7500000 (equal to Försäkringskassan's contribution)")
                .hasMessageContaining("but they pay SEK 3749990");
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
        assertThatThrownBy(() -> mine(moved("eskilstuna", "flen", 50)).givesEachMemberItsQuotaWithinOneUnit())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected Eskilstuna (eskilstuna) to be within 1 unit (SEK 1, strictly less) of its exact quota "
                        + "SEK 1308750 of the municipalities' share under the municipal key PERCENTAGES (weight 34.9 of 100")
                .hasMessageContaining("the law, 9 §").hasMessageContaining("but it got SEK 1308700");
        assertThatThrownBy(() -> mine(moved("flen", "eskilstuna", 1)).givesEachMemberItsQuotaWithinOneUnit())
                .isInstanceOf(AssertionError.class).hasMessageContaining("but it got SEK 1308751");
    }

    @Test
    void givesEachMemberItsQuotaWithinOneUnitFailsForTheOnlyRegion() {
        assertThatThrownBy(() -> mine(moved("landstinget", "eskilstuna", 2)).givesEachMemberItsQuotaWithinOneUnit())
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
                .hasMessageContaining("Eskilstuna (eskilstuna)").hasMessageContaining("of its exact quota SEK ≈416666.666667 (exactly ")
                .hasMessageContaining("under the municipal key EQUAL");
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
        assertThatThrownBy(() -> mine(moved("eskilstuna", "flen", 1)).isTheStatutorySplit()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected Eskilstuna (eskilstuna) to pay SEK 1308750 by the statutory split")
                .hasMessageContaining("but it pays SEK 1308749").hasMessageContaining("finsam explains:\nEskilstuna (MUNICIPALITY)");
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
}
