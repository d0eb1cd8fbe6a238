package se.finsam.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static se.finsam.contribution.ContributionKeyTest.counts;
import static se.finsam.testing.Samples.id;
import static se.finsam.testing.Samples.sek;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import se.finsam.association.AssociationId;
import se.finsam.association.CoordinationAssociation;
import se.finsam.member.Member;
import se.finsam.member.MemberKind;
import se.finsam.money.RoundingUnit;
import se.finsam.population.AgeBand;
import se.finsam.testing.Raises;
import se.finsam.testing.Samples;
import se.finsam.testing.Violations;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.ViolationCodes;

class SettlementTest {

    private static final Financing BUDGET_2007 = Financing.ofTotal(sek("15000000"));

    /**
     * A final key of inhabitants aged 16–64 on 1 November 2006. The counts are made up (not published
     * figures) so that they sum to 375 000: each municipality's due is then exactly 10 kr a head.
     */
    private static ContributionKey finalPopulationKey() {
        return ContributionKey.ofPopulation(counts("eskilstuna", 130_000, "flen", 24_000, "gnesta", 14_000,
                "katrineholm", 47_000, "nykoping", 72_000, "oxelosund", 16_000, "strangnas", 43_000, "trosa", 15_000,
                "vingaker", 14_000), LocalDate.of(2006, 11, 1), AgeBand.of(16, 64));
    }

    @Test
    void settlement_ofRarPreliminaryPercentagesAgainstAFinalPopulationKey_givesEachDifference() {
        CoordinationAssociation rar = Samples.rarSormland();
        ContributionSplit invoiced = rar.contributions(BUDGET_2007, RoundingUnit.KRONA);
        ContributionSplit due = rar.withMunicipalKey(finalPopulationKey()).contributions(BUDGET_2007, RoundingUnit.KRONA);

        Settlement settlement = Settlement.between(invoiced, due);

        // due = 10 kr a head; invoiced = the published 2007 figures (percentages of 3 750 000).
        Map<String, String[]> expected = new LinkedHashMap<>();
        expected.put("fk", new String[] {"7500000", "7500000", "0"});
        expected.put("af", new String[] {"0", "0", "0"});
        expected.put("landstinget", new String[] {"3750000", "3750000", "0"});
        expected.put("eskilstuna", new String[] {"1308750", "1300000", "-8750"});
        expected.put("flen", new String[] {"236250", "240000", "3750"});
        expected.put("gnesta", new String[] {"142500", "140000", "-2500"});
        expected.put("katrineholm", new String[] {"465000", "470000", "5000"});
        expected.put("nykoping", new String[] {"712500", "720000", "7500"});
        expected.put("oxelosund", new String[] {"161250", "160000", "-1250"});
        expected.put("strangnas", new String[] {"438750", "430000", "-8750"});
        expected.put("trosa", new String[] {"153750", "150000", "-3750"});
        expected.put("vingaker", new String[] {"131250", "140000", "8750"});

        List<Settlement.Entry> entries = settlement.entries();
        assertThat(entries).extracting(e -> e.member().value()).containsExactlyElementsOf(expected.keySet());
        for (Settlement.Entry e : entries) {
            String[] row = expected.get(e.member().value());
            assertThat(e.invoiced()).as("invoiced to %s", e.member()).isEqualTo(sek(row[0]));
            assertThat(e.due()).as("due from %s", e.member()).isEqualTo(sek(row[1]));
            assertThat(e.difference()).as("difference of %s", e.member()).isEqualTo(sek(row[2]))
                    .isEqualTo(e.due().subtract(e.invoiced()));
            assertThat(settlement.differenceOf(e.member())).as("differenceOf(%s)", e.member()).isEqualTo(sek(row[2]));
        }
        assertThat(entries.stream().map(Settlement.Entry::difference).reduce(sek("0"), (a, b) -> a.add(b)))
                .as("sum of differences").isEqualTo(sek("0"));
        assertThat(entries).filteredOn(e -> e.kind() == MemberKind.MUNICIPALITY).hasSize(9);
        assertThat(settlement.preliminary()).isSameAs(invoiced);
        assertThat(settlement.finalSplit()).isSameAs(due);
    }

    @Test
    void settlement_whereTheFinalKeyNeedsARemainingUnit_stillSumsToZero() {
        // 100 kr: municipalities' quarter 25 kr. Preliminary equal: 25/3 → 9, 8, 8.
        // Final population 1:1:2: 6.25, 6.25, 12.5 → 6, 6, 13 (the 0.5 remainder wins the unit).
        List<Member> members = new ArrayList<>(List.of(
                Member.of(id("fk"), MemberKind.SOCIAL_INSURANCE_AGENCY, "Försäkringskassan"),
                Member.of(id("af"), MemberKind.PUBLIC_EMPLOYMENT_SERVICE, "Arbetsförmedlingen"),
                Member.of(id("region"), MemberKind.REGION, "Region"),
                Member.of(id("a"), MemberKind.MUNICIPALITY, "A"),
                Member.of(id("b"), MemberKind.MUNICIPALITY, "B"),
                Member.of(id("c"), MemberKind.MUNICIPALITY, "C")));
        CoordinationAssociation association = CoordinationAssociation.of(AssociationId.of("small"), "Small", Samples.SEK,
                Charter.of(members, ContributionKey.equal(), null));
        Financing hundred = Financing.ofTotal(sek("100"));

        Settlement settlement = Settlement.between(association.contributions(hundred, RoundingUnit.KRONA),
                association.withMunicipalKey(ContributionKey.ofPopulation(counts("a", 1, "b", 1, "c", 2), null, null))
                        .contributions(hundred, RoundingUnit.KRONA));

        assertThat(settlement.differenceOf(id("a"))).isEqualTo(sek("-3"));
        assertThat(settlement.differenceOf(id("b"))).isEqualTo(sek("-2"));
        assertThat(settlement.differenceOf(id("c"))).isEqualTo(sek("5"));
        assertThat(settlement.differenceOf(id("fk"))).isEqualTo(sek("0"));
    }

    @Test
    void differenceOf_anUnknownMember_isRejectedNamingIt() {
        ContributionSplit split = Samples.rarSormland().contributions(BUDGET_2007, RoundingUnit.KRONA);

        assertThatIllegalArgumentException().isThrownBy(() -> Settlement.between(split, split).differenceOf(id("flen2")))
                .withMessageContaining("'flen2'");
    }

    @Test
    @Raises(ViolationCodes.SETTLEMENT_MISMATCH)
    void settlement_betweenSplitsOfDifferentTotals_isRejected() {
        CoordinationAssociation rar = Samples.rarSormland();

        Violations.assertSingle(() -> Settlement.between(rar.contributions(BUDGET_2007, RoundingUnit.KRONA),
                rar.contributions(Financing.ofTotal(sek("15000004")), RoundingUnit.KRONA)),
                ViolationCodes.SETTLEMENT_MISMATCH, "/total", "15000000", "15000004");
    }

    @Test
    void settlement_betweenSplitsAtDifferentUnits_isRejected() {
        CoordinationAssociation rar = Samples.rarSormland();

        Violations.assertSingle(() -> Settlement.between(rar.contributions(BUDGET_2007, RoundingUnit.KRONA),
                rar.contributions(BUDGET_2007, RoundingUnit.THOUSAND)),
                ViolationCodes.SETTLEMENT_MISMATCH, "/roundingUnit", "1 and 1000");
    }

    @Test
    void settlement_betweenSplitsOfDifferentMembers_isRejected() {
        CoordinationAssociation rar = Samples.rarSormland();
        List<Member> reordered = new ArrayList<>(rar.members());
        Collections.swap(reordered, 3, 4);
        CoordinationAssociation other = CoordinationAssociation.of(rar.id(), rar.name(), rar.currency(),
                Charter.of(reordered, rar.charter().municipalKey(), null));

        Violations.assertSingle(() -> Settlement.between(rar.contributions(BUDGET_2007, RoundingUnit.KRONA),
                other.contributions(BUDGET_2007, RoundingUnit.KRONA)),
                ViolationCodes.SETTLEMENT_MISMATCH, "/members", "same members in the same order", "eskilstuna, flen",
                "flen, eskilstuna");
    }

    @Test
    void settlement_betweenSplitsInDifferentCurrencies_isRejected() {
        CoordinationAssociation rar = Samples.rarSormland();
        CoordinationAssociation inEuro = CoordinationAssociation.of(rar.id(), rar.name(), Monetary.getCurrency("EUR"),
                rar.charter());

        FinsamValidationException e = Violations.thrownBy(() -> Settlement.between(
                rar.contributions(BUDGET_2007, RoundingUnit.KRONA),
                inEuro.contributions(Financing.ofTotal(Money.of(new BigDecimal("15000000"), "EUR")), RoundingUnit.KRONA)));

        Violations.assertHas(e, ViolationCodes.SETTLEMENT_MISMATCH, "/currency", "SEK and EUR");
    }
}
