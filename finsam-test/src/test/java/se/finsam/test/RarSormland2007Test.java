package se.finsam.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;
import se.finsam.budget.AnnualPlan;
import se.finsam.contribution.ContributionKey;
import se.finsam.contribution.ContributionSplit;
import se.finsam.member.Member;
import se.finsam.member.Party;
import se.finsam.money.Amounts;
import se.finsam.money.RoundingUnit;
import se.finsam.testing.Samples;

class RarSormland2007Test {

    @Test
    void thePlansSplitIsExactlyThePublishedContributions() {
        AnnualPlan plan = RarSormland2007.plan();
        ContributionSplit split = plan.contributions();
        Map<String, MonetaryAmount> computed = new LinkedHashMap<>();
        for (Member m : plan.association().members()) {
            if (!split.amountOf(m.id()).isZero()) {
                computed.put(m.name(), split.amountOf(m.id()));
            }
        }
        assertThat(computed).containsExactlyEntriesOf(RarSormland2007.publishedContributions());
        assertThat(split.amountOf(se.finsam.member.MemberId.of("af")).isZero()).isTrue();
        assertThat(Amounts.decimal(split.total())).isEqualByComparingTo(RarSormland2007.TOTAL);
        assertThat(split.unit()).isEqualTo(RoundingUnit.KRONA);
    }

    @Test
    void thePublishedFiguresAreThoseOfThePlan() {
        Map<String, MonetaryAmount> published = RarSormland2007.publishedContributions();
        assertThat(published).hasSize(11);
        assertThat(Amounts.decimal(published.get("Eskilstuna"))).isEqualByComparingTo("1308750");
        assertThat(Amounts.decimal(published.get("Vingåker"))).isEqualByComparingTo("131250");
        assertThat(Amounts.decimal(published.get("Försäkringskassan"))).isEqualByComparingTo("7500000");
        assertThat(Amounts.decimal(published.get("Landstinget Sörmland"))).isEqualByComparingTo("3750000");
        BigDecimal sum = published.values().stream().map(Amounts::decimal).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo(RarSormland2007.TOTAL);
        ContributionSplit split = RarSormland2007.plan().contributions();
        assertThat(split.partyUnits(Party.MUNICIPALITIES)).isEqualTo(3_750_000L);
        assertThat(split.partyUnits(Party.REGIONS)).isEqualTo(3_750_000L);
        assertThat(split.partyUnits(Party.STATE)).isEqualTo(7_500_000L);
    }

    @Test
    void theAssociationAndItsKey() {
        assertThat(RarSormland2007.members()).hasSize(12);
        assertThat(RarSormland2007.association().charter().membersOf(Party.MUNICIPALITIES)).extracting(Member::name)
                .containsExactly("Eskilstuna", "Flen", "Gnesta", "Katrineholm", "Nyköping", "Oxelösund", "Strängnäs", "Trosa",
                        "Vingåker");
        ContributionKey.Percentages key = (ContributionKey.Percentages) RarSormland2007.municipalKey();
        assertThat(key.values().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("100");
        assertThat(RarSormland2007.association().id()).isEqualTo(RarSormland2007.ID);
        AnnualPlan plan = RarSormland2007.plan();
        assertThat(plan.year()).isEqualTo(RarSormland2007.YEAR);
        assertThat(plan.projects()).hasSize(10).isEqualTo(RarSormland2007.projects());
        assertThat(plan).isEqualTo(RarSormland2007.plan());
    }

    /**
     * finsam's own suites moved from the core's private sample of the plan to this fixture: each part of it equals
     * that sample, so every golden figure they test stays the same.
     */
    @Test
    void equalsTheCoresOwnSampleOfThePlan_partForPart() {
        assertThat(RarSormland2007.members()).isEqualTo(Samples.rarMembers());
        assertThat(RarSormland2007.municipalKey()).isEqualTo(Samples.rarMunicipalKey());
        assertThat(RarSormland2007.association()).isEqualTo(Samples.rarSormland());
        assertThat(RarSormland2007.projects()).isEqualTo(Samples.rarProjects());
        assertThat(RarSormland2007.plan()).isEqualTo(Samples.rarPlan2007());
        assertThat(RarSormland2007.plan().contributions()).isEqualTo(Samples.rarPlan2007().contributions());
        assertThat(RarSormland2007.plan()).hasToString(Samples.rarPlan2007().toString());
    }
}
