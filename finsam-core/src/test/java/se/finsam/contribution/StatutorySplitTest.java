package se.finsam.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static se.finsam.testing.Samples.id;
import static se.finsam.testing.Samples.sek;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.finsam.association.AssociationId;
import se.finsam.association.CoordinationAssociation;
import se.finsam.member.Member;
import se.finsam.member.MemberId;
import se.finsam.member.MemberKind;
import se.finsam.member.Party;
import se.finsam.money.RoundingUnit;
import se.finsam.testing.Raises;
import se.finsam.testing.Samples;
import se.finsam.testing.Violations;
import se.finsam.validation.ViolationCodes;

class StatutorySplitTest {

    private final CoordinationAssociation rar = Samples.rarSormland();

    @Test
    void split_ofRar2007_matchesPublishedBudget() {
        ContributionSplit split = rar.contributions(Financing.ofTotal(sek("15000000")), RoundingUnit.KRONA);

        Map<String, String> published = new LinkedHashMap<>();
        published.put("fk", "7500000");
        published.put("af", "0");
        published.put("landstinget", "3750000");
        published.put("eskilstuna", "1308750");
        published.put("flen", "236250");
        published.put("gnesta", "142500");
        published.put("katrineholm", "465000");
        published.put("nykoping", "712500");
        published.put("oxelosund", "161250");
        published.put("strangnas", "438750");
        published.put("trosa", "153750");
        published.put("vingaker", "131250");
        published.forEach((member, amount) ->
                assertThat(split.amountOf(id(member))).as(member).isEqualTo(sek(amount)));
        assertThat(split.partyTotal(Party.MUNICIPALITIES)).isEqualTo(sek("3750000"));
        assertThat(split.partyTotal(Party.REGIONS)).isEqualTo(sek("3750000"));
        assertThat(split.partyTotal(Party.STATE)).isEqualTo(sek("7500000"));
        assertThat(split.total()).isEqualTo(sek("15000000"));
        assertThat(split.contributions()).extracting(c -> c.member().value()).containsExactlyElementsOf(published.keySet());
    }

    @Test
    void split_ofRar2007FromTheStateContribution_matchesPublishedBudget() {
        ContributionSplit fromState = rar.contributions(Financing.ofStateContribution(sek("7500000")), RoundingUnit.KRONA);
        ContributionSplit fromTotal = rar.contributions(Financing.ofTotal(sek("15000000")), RoundingUnit.KRONA);

        assertThat(fromState.contributions()).isEqualTo(fromTotal.contributions());
        assertThat(fromState.total()).isEqualTo(sek("15000000"));
        assertThat(fromState.amountOf(id("fk"))).isEqualTo(sek("7500000"));
        assertThat(fromState.amountOf(id("eskilstuna"))).isEqualTo(sek("1308750"));
        assertThat(fromState.partyAllocation().keys()).containsExactly(Party.REGIONS, Party.MUNICIPALITIES);
    }

    @Test
    void split_ofAnOddStateContribution_givesTheOddUnitToThePartyListedFirst() {
        ContributionSplit split = rar.contributions(Financing.ofStateContribution(sek("7500001")), RoundingUnit.KRONA);

        assertThat(split.amountOf(id("fk"))).isEqualTo(sek("7500001"));
        assertThat(split.amountOf(id("af"))).isEqualTo(sek("0"));
        assertThat(split.partyTotal(Party.REGIONS)).as("the county council is listed before the municipalities")
                .isEqualTo(sek("3750001"));
        assertThat(split.partyTotal(Party.MUNICIPALITIES)).isEqualTo(sek("3750000"));
        assertThat(split.total()).isEqualTo(sek("15000002"));
    }

    @Test
    void split_of15000002_givesTheOddUnitOfTheQuartersToTheRegions_whateverTheMemberOrder() {
        ContributionSplit regionFirst = rar.contributions(Financing.ofTotal(sek("15000002")), RoundingUnit.KRONA);
        assertThat(regionFirst.partyTotal(Party.STATE)).isEqualTo(sek("7500001"));
        assertThat(regionFirst.partyTotal(Party.REGIONS)).isEqualTo(sek("3750001"));
        assertThat(regionFirst.partyTotal(Party.MUNICIPALITIES)).isEqualTo(sek("3750000"));

        // The law's order (5 §: state, region(s), municipalities) breaks the tie, not the order of the members.
        List<Member> municipalitiesFirst = new ArrayList<>(rar.members());
        Member landstinget = municipalitiesFirst.remove(2);
        municipalitiesFirst.add(landstinget);
        ContributionSplit split = CoordinationAssociation.of(rar.id(), rar.name(), rar.currency(),
                Charter.of(municipalitiesFirst, rar.charter().municipalKey(), null))
                .contributions(Financing.ofTotal(sek("15000002")), RoundingUnit.KRONA);
        assertThat(split.partyTotal(Party.REGIONS)).isEqualTo(sek("3750001"));
        assertThat(split.partyTotal(Party.MUNICIPALITIES)).isEqualTo(sek("3750000"));
        assertThat(split.amountOf(id("eskilstuna"))).isEqualTo(regionFirst.amountOf(id("eskilstuna")));
    }

    @Test
    void split_ofAnOddStateContribution_givesTheOddUnitOfTheMatchToTheRegions_whateverTheMemberOrder() {
        List<Member> municipalitiesFirst = new ArrayList<>(rar.members());
        Collections.reverse(municipalitiesFirst);
        for (List<Member> members : List.of(rar.members(), municipalitiesFirst)) {
            ContributionSplit split = CoordinationAssociation.of(rar.id(), rar.name(), rar.currency(),
                    Charter.of(members, rar.charter().municipalKey(), null))
                    .contributions(Financing.ofStateContribution(sek("7500001")), RoundingUnit.KRONA);
            assertThat(split.partyTotal(Party.STATE)).isEqualTo(sek("7500001"));
            assertThat(split.partyTotal(Party.REGIONS)).as("regions, members %s", members).isEqualTo(sek("3750001"));
            assertThat(split.partyTotal(Party.MUNICIPALITIES)).isEqualTo(sek("3750000"));
        }
    }

    @Test
    void split_ofRar2007InThousands_breaksTiesByTheLargerPercentage() {
        // Quotas in tkr: 1308.75, 236.25, 142.5, 465, 712.5, 161.25, 438.75, 153.75, 131.25; floors sum to 3746.
        // Four units left: the three .75 remainders, then Nyköping (19.0 %) beats Gnesta (3.8 %) on the .5 tie
        // although Gnesta is listed first.
        ContributionSplit split = rar.contributions(Financing.ofTotal(sek("15000000")), RoundingUnit.THOUSAND);

        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("eskilstuna", "1309000");
        expected.put("flen", "236000");
        expected.put("gnesta", "142000");
        expected.put("katrineholm", "465000");
        expected.put("nykoping", "713000");
        expected.put("oxelosund", "161000");
        expected.put("strangnas", "439000");
        expected.put("trosa", "154000");
        expected.put("vingaker", "131000");
        expected.forEach((member, amount) -> assertThat(split.amountOf(id(member))).as(member).isEqualTo(sek(amount)));
        assertThat(split.partyTotal(Party.MUNICIPALITIES)).isEqualTo(sek("3750000"));
        assertThat(split.memberAllocation(Party.MUNICIPALITIES).remainderUnits()).isEqualTo(4);
    }

    @Test
    void split_withSeveralRegions_splitsTheRegionalQuarterByTheRegionalKey() {
        List<Member> members = List.of(
                Member.of(id("fk"), MemberKind.SOCIAL_INSURANCE_AGENCY, "Försäkringskassan"),
                Member.of(id("af"), MemberKind.PUBLIC_EMPLOYMENT_SERVICE, "Arbetsförmedlingen"),
                Member.of(id("vastmanland"), MemberKind.REGION, "Region Västmanland", "19"),
                Member.of(id("orebro"), MemberKind.REGION, "Region Örebro län", "18"),
                Member.of(id("koping"), MemberKind.MUNICIPALITY, "Köping", "1983"),
                Member.of(id("arboga"), MemberKind.MUNICIPALITY, "Arboga", "1984"),
                Member.of(id("kungsor"), MemberKind.MUNICIPALITY, "Kungsör", "1960"));
        ContributionKey regionalKey = ContributionKey.ofPercentages(ContributionKeyTest.decimals("vastmanland", "75",
                "orebro", "25"));
        ContributionKey municipalKey = ContributionKey.ofPercentages(ContributionKeyTest.decimals("koping", "58",
                "arboga", "29", "kungsor", "13"));
        CoordinationAssociation association = CoordinationAssociation.of(AssociationId.of("vastra-malardalen"),
                "Samordningsförbundet Västra Mälardalen", Samples.SEK, Charter.of(members, municipalKey, regionalKey));

        ContributionSplit split = association.contributions(Financing.ofTotal(sek("1000002")), RoundingUnit.KRONA);

        // Parties 500 001 / 250 001 / 250 000 (regions listed first win the odd unit of the quarters).
        assertThat(split.partyTotal(Party.REGIONS)).isEqualTo(sek("250001"));
        // 250 001 by 75:25 = 187 500.75 / 62 500.25.
        assertThat(split.amountOf(id("vastmanland"))).isEqualTo(sek("187501"));
        assertThat(split.amountOf(id("orebro"))).isEqualTo(sek("62500"));
        // 250 000 by 58:29:13.
        assertThat(split.amountOf(id("koping"))).isEqualTo(sek("145000"));
        assertThat(split.amountOf(id("arboga"))).isEqualTo(sek("72500"));
        assertThat(split.amountOf(id("kungsor"))).isEqualTo(sek("32500"));
        assertThat(split.memberAllocation(Party.REGIONS).keys()).extracting(MemberId::value).containsExactly("vastmanland",
                "orebro");
        assertThat(split.explain(id("orebro")).split("\n")[2]).startsWith("  member: regional key PERCENTAGES, weight 25 of 100");
    }

    @Test
    void explain_ofAMunicipality_showsThePartyStepAndTheKeyStep() {
        ContributionSplit split = rar.contributions(Financing.ofTotal(sek("15000000")), RoundingUnit.KRONA);

        assertThat(split.explain(id("eskilstuna")).split("\n")).containsExactly(
                "Eskilstuna (MUNICIPALITY): 1 308 750 kr",
                "  party: municipalities' share of the total 15 000 000 kr: weight 1 of 4: exact quota 3 750 000 kr, "
                        + "rounded down to 3 750 000 kr, no remaining unit: 3 750 000 kr",
                "  member: municipal key PERCENTAGES, weight 34.9 of 100: exact quota 1 308 750 kr, "
                        + "rounded down to 1 308 750 kr, no remaining unit: 1 308 750 kr");
    }

    @Test
    void explain_ofTheStateMembers_namesTheLaw() {
        ContributionSplit split = rar.contributions(Financing.ofTotal(sek("15000001")), RoundingUnit.KRONA);

        assertThat(split.explain(id("fk")).split("\n")).containsExactly(
                "Försäkringskassan (SOCIAL_INSURANCE_AGENCY): 7 500 001 kr",
                "  party: state's share of the total 15 000 001 kr: weight 2 of 4: exact quota 7 500 000,5 kr, "
                        + "rounded down to 7 500 000 kr, +1 remaining unit (largest remainder 1/2): 7 500 001 kr",
                "  member: Försäkringskassan pays the state's whole share (Finsam law, 5 §)");
        assertThat(split.explain(id("af"))).isEqualTo("Arbetsförmedlingen (PUBLIC_EMPLOYMENT_SERVICE): 0 kr\n"
                + "  member: Arbetsförmedlingen contributes 0: Försäkringskassan pays the state's whole share (Finsam law, 5 §)");
        assertThat(split.explain(id("landstinget")).split("\n")[2]).isEqualTo("  member: the only region, weight 1 of 1: "
                + "exact quota 3 750 000 kr, rounded down to 3 750 000 kr, no remaining unit: 3 750 000 kr");
    }

    @Test
    void explain_fromAStateContribution_saysTheOthersMatchIt() {
        ContributionSplit split = rar.contributions(Financing.ofStateContribution(sek("7500000")), RoundingUnit.KRONA);

        assertThat(split.explain(id("fk"))).contains("  party: the state's contribution, as given");
        assertThat(split.explain(id("flen"))).contains("municipalities' share of the matching 7 500 000 kr "
                + "(equal to Försäkringskassan's contribution): weight 1 of 2");
        assertThat(split.explain().split("\n\n")).hasSize(12);
    }

    @Test
    void explain_ofAnUnknownMember_isRejectedNamingIt() {
        ContributionSplit split = rar.contributions(Financing.ofTotal(sek("15000000")), RoundingUnit.KRONA);

        assertThatIllegalArgumentException().isThrownBy(() -> split.explain(id("flen2"))).withMessageContaining("'flen2'");
        assertThatIllegalArgumentException().isThrownBy(() -> split.amountOf(id("flen2"))).withMessageContaining("'flen2'");
        assertThatIllegalArgumentException().isThrownBy(() -> split.memberAllocation(Party.STATE))
                .withMessageContaining("Försäkringskassan pays all of it");
    }

    @Test
    void toString_listsEveryMember() {
        ContributionSplit split = rar.contributions(Financing.ofTotal(sek("15000000")), RoundingUnit.KRONA);

        assertThat(split.toString()).startsWith("ContributionSplit[fk=7500000, af=0, landstinget=3750000, eskilstuna=1308750")
                .endsWith("vingaker=131250 SEK]");
    }

    @Test
    void equalSplits_areEqual() {
        Financing f = Financing.ofTotal(sek("15000000"));
        ContributionSplit a = rar.contributions(f, RoundingUnit.KRONA);
        ContributionSplit b = Samples.rarSormland().contributions(Financing.ofTotal(sek("15000000.00")), RoundingUnit.KRONA);

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(rar.contributions(f, RoundingUnit.THOUSAND));
    }

    // --- bad input: the financing -----------------------------------------------------------------

    @Test
    @Raises(ViolationCodes.AMOUNT_NEGATIVE)
    void financing_ofANegativeAmount_isNeverBuilt() {
        Violations.assertSingle(() -> Financing.ofTotal(sek("-15000000")), ViolationCodes.AMOUNT_NEGATIVE, "/total",
                "was -15000000");
        Violations.assertSingle(() -> Financing.ofStateContribution(sek("-1")), ViolationCodes.AMOUNT_NEGATIVE,
                "/stateContribution", "was -1");
        assertThat(Financing.ofTotal(sek("0")).amount()).isEqualTo(sek("0"));
    }

    @Test
    @Raises(ViolationCodes.AMOUNT_NOT_MULTIPLE_OF_UNIT)
    void split_ofATotalWithMoreDecimalsThanTheUnit_isRejected() {
        Violations.assertSingle(() -> rar.contributions(Financing.ofTotal(sek("15000000.5")), RoundingUnit.KRONA),
                ViolationCodes.AMOUNT_NOT_MULTIPLE_OF_UNIT, "/financing/total", "15000000.5", "rounding unit 1");
        Violations.assertSingle(() -> rar.contributions(Financing.ofTotal(sek("15000500")), RoundingUnit.THOUSAND),
                ViolationCodes.AMOUNT_NOT_MULTIPLE_OF_UNIT, "/financing/total", "15000500", "1000");
    }

    @Test
    @Raises(ViolationCodes.AMOUNT_TOO_LARGE)
    void split_ofTooLargeAnAmount_isRejected() {
        Violations.assertSingle(() -> rar.contributions(Financing.ofTotal(sek("1000000000000001")), RoundingUnit.KRONA),
                ViolationCodes.AMOUNT_TOO_LARGE, "/financing/total", "1000000000000001");
        assertThat(rar.contributions(Financing.ofTotal(sek("1000000000000000")), RoundingUnit.KRONA).partyTotal(Party.STATE))
                .as("MAX_UNITS itself is allowed").isEqualTo(sek("500000000000000"));
    }

    @Test
    @Raises(ViolationCodes.UNIT_FINER_THAN_CURRENCY)
    void split_atAUnitFinerThanTheCurrency_isRejected() {
        Violations.assertSingle(() -> rar.contributions(Financing.ofTotal(sek("15000000")), RoundingUnit.parse("0.001")),
                ViolationCodes.UNIT_FINER_THAN_CURRENCY, "/roundingUnit", "0.001", "SEK");
    }

    @Test
    void split_withSeveralFinancingProblems_reportsThemTogether() {
        var e = Violations.thrownBy(() -> rar.contributions(Financing.ofTotal(sek("15000000.0005")), RoundingUnit.parse("0.001")));

        assertThat(e.violations()).extracting(v -> v.path() + " " + v.code())
                .containsExactly("/roundingUnit unit.finer-than-currency", "/financing/total amount.not-multiple-of-unit");
    }

    @Test
    @Raises(ViolationCodes.AMOUNT_TOO_LARGE)
    void stateContribution_whoseTotalIsBeyondMaxUnits_isTooLarge() {
        // Issue 11: 600 000 000 000 000 kr from the state makes a total of 1 200 000 000 000 000 kr, which
        // validate and the budget table accepted and budget --format json refused.
        Violations.assertSingle(() -> rar.contributions(Financing.ofStateContribution(sek("600000000000000")),
                RoundingUnit.KRONA), ViolationCodes.AMOUNT_TOO_LARGE, "/financing/stateContribution", "600000000000000",
                "1200000000000000", "1000000000000000 units of 1");
        assertThat(StatutorySplit.check(Financing.ofStateContribution(sek("500000000000001")), RoundingUnit.KRONA)
                .violations()).extracting(v -> v.path() + " " + v.code())
                .containsExactly("/financing/stateContribution " + ViolationCodes.AMOUNT_TOO_LARGE);

        ContributionSplit atTheLimit = rar.contributions(Financing.ofStateContribution(sek("500000000000000")),
                RoundingUnit.KRONA);
        assertThat(atTheLimit.totalUnits()).isEqualTo(RoundingUnit.MAX_UNITS);
    }
}
