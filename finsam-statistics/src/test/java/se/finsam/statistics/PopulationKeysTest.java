package se.finsam.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static se.finsam.testing.Samples.SEK;
import static se.finsam.testing.Samples.id;
import static se.finsam.testing.Samples.sek;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.finsam.association.AssociationId;
import se.finsam.association.CoordinationAssociation;
import se.finsam.budget.AnnualPlan;
import se.finsam.contribution.Charter;
import se.finsam.contribution.ContributionKey;
import se.finsam.contribution.Financing;
import se.finsam.contribution.Settlement;
import se.finsam.member.Member;
import se.finsam.member.MemberKind;
import se.finsam.member.Party;
import se.finsam.population.AgeBand;
import se.finsam.test.FinsamAssertions;
import se.finsam.testing.Raises;
import se.finsam.validation.FinsamValidationException;

/**
 * From a population table to a key to a split: the fixtures' head counts aged 16–64 (2023: Nyköping 149,
 * Flen 50, Katrineholm 100, Eskilstuna 201; 500 in all) split the municipal quarter of 1 000 000 kr.
 */
class PopulationKeysTest {

    /** An association of the four municipalities the fixtures hold, on an equal key. */
    static CoordinationAssociation association(boolean withCodes) {
        List<Member> members = new ArrayList<>(List.of(
                Member.of(id("fk"), MemberKind.SOCIAL_INSURANCE_AGENCY, "Försäkringskassan"),
                Member.of(id("af"), MemberKind.PUBLIC_EMPLOYMENT_SERVICE, "Arbetsförmedlingen"),
                Member.of(id("region"), MemberKind.REGION, "Region Sörmland", "04")));
        String[][] municipalities = {{"nykoping", "Nyköping", "0480"}, {"flen", "Flen", "0482"},
                {"katrineholm", "Katrineholm", "0483"}, {"eskilstuna", "Eskilstuna", "0484"}};
        for (String[] m : municipalities) {
            members.add(withCodes || m[0].equals("flen") ? Member.of(id(m[0]), MemberKind.MUNICIPALITY, m[1], m[2])
                    : Member.of(id(m[0]), MemberKind.MUNICIPALITY, m[1]));
        }
        return CoordinationAssociation.of(AssociationId.of("sormland"), "Samordningsförbundet Sörmland", SEK,
                Charter.of(members, ContributionKey.equal(), null));
    }

    static AnnualPlan plan() {
        return AnnualPlan.builder(association(true), 2024, Financing.ofTotal(sek("1000000"))).build();
    }

    @Test
    void key_fromEveryFormat_givesTheTablesHeadCounts_theReferenceDate_andTheSource() {
        for (String fixture : List.of("pxweb-v1.json", "pxweb-v1-groups.json", "json-stat2.json", "json-stat2-sparse.json",
                "csv-sv-semicolon.csv", "csv-en-comma.csv", "csv-wide.csv")) {
            PopulationTable table = ScbFixtures.read(fixture);

            ContributionKey.Population key = PopulationKeys.municipalKey(association(true), table, AgeBand.of(16, 64), "2023");

            FinsamAssertions.assertThat(key).as(fixture).coversExactly(association(true).charter(), Party.MUNICIPALITIES);
            assertThat(key.values()).as(fixture).containsExactly(java.util.Map.entry(id("nykoping"), 149L),
                    java.util.Map.entry(id("flen"), 50L), java.util.Map.entry(id("katrineholm"), 100L),
                    java.util.Map.entry(id("eskilstuna"), 201L));
            assertThat(key.referenceDate()).contains(LocalDate.of(2023, 12, 31));
            assertThat(key.ageBand()).contains(AgeBand.of(16, 64));
            assertThat(key.source()).contains(table.source());
            assertThat(key.source().orElseThrow().sha256()).hasValueSatisfying(h -> assertThat(h).hasSize(64));
        }
    }

    @Test
    void split_underTheTablesKey_isExact_andTheSettlementAgainstTheEqualKeyBalances() {
        AnnualPlan plan = plan();
        ContributionKey.Population key = PopulationKeys.municipalKey(plan.association(), ScbFixtures.read("pxweb-v1.json"),
                AgeBand.of(16, 64), "2023");

        AnnualPlan keyed = plan.withMunicipalKey(key);
        // 250 000 kr by 149 : 50 : 100 : 201 of 500: exactly 74 500, 25 000, 50 000, 100 500.
        assertThat(keyed.contributions().unitsOf(id("nykoping"))).isEqualTo(74_500);
        assertThat(keyed.contributions().unitsOf(id("flen"))).isEqualTo(25_000);
        assertThat(keyed.contributions().unitsOf(id("katrineholm"))).isEqualTo(50_000);
        assertThat(keyed.contributions().unitsOf(id("eskilstuna"))).isEqualTo(100_500);

        // Invoiced 62 500 each on the equal key; due on the table's key.
        Settlement settlement = plan.withFinalMunicipalKey(key).settlement().orElseThrow();
        assertThat(settlement.differenceOf(id("nykoping"))).isEqualTo(sek("12000"));
        assertThat(settlement.differenceOf(id("flen"))).isEqualTo(sek("-37500"));
        assertThat(settlement.differenceOf(id("eskilstuna"))).isEqualTo(sek("38000"));
        assertThat(settlement.entries().stream().map(Settlement.Entry::difference).reduce(sek("0"), (a, b) -> a.add(b)))
                .isEqualTo(sek("0"));
    }

    @Test
    void key_ofAMonth_refersToTheMonthsEnd() {
        ContributionKey.Population key = PopulationKeys.municipalKey(association(true), ScbFixtures.read("pxweb-v1-month.json"),
                AgeBand.of(16, 64), "2024M10");

        assertThat(key.referenceDate()).contains(LocalDate.of(2024, 10, 31));
        assertThat(key.values().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(696);
    }

    @Test
    @Raises(StatisticsCodes.MEMBER_WITHOUT_CODE)
    void municipalitiesWithoutCodes_areEachReported_atTheirPlaceInThePlan() {
        FinsamValidationException e = catchThrowableOfType(FinsamValidationException.class, () -> PopulationKeys.municipalKey(
                association(false), ScbFixtures.read("pxweb-v1.json"), AgeBand.of(16, 64), "2023"));

        assertThat(e.violations()).extracting(v -> v.path() + " " + v.code()).containsExactly(
                "/association/members/3/code statistics.member-without-code",
                "/association/members/5/code statistics.member-without-code",
                "/association/members/6/code statistics.member-without-code");
        assertThat(e.violations().get(0).message()).contains("'Nyköping'", "\"code\": \"0484\"");
    }

    @Test
    @Raises(StatisticsCodes.FILE_UNREADABLE)
    void aWorkbookOrAWebPageGivenAsATable_isToldApartInOneLine() {
        FinsamValidationException xlsx = catchThrowableOfType(FinsamValidationException.class, () -> PopulationTable.read(
                "folkmangd.xlsx", new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0}));
        assertThat(xlsx.violations()).singleElement().satisfies(v -> assertThat(v.message()).contains("Excel workbook"));

        FinsamValidationException page = catchThrowableOfType(FinsamValidationException.class, () -> PopulationTable.read(
                "folkmangd.html", "\n<!DOCTYPE html><html><body>Folkmängd</body></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(page.violations()).singleElement().satisfies(v -> assertThat(v.message()).contains("web page"));

        FinsamValidationException kolada = catchThrowableOfType(FinsamValidationException.class, () -> PopulationTable.read(
                "kolada.json", "{\"values\": [{\"kpi\": \"N00957\", \"municipality\": \"0484\", \"period\": 2023, \"values\": []}]}"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(kolada.violations()).singleElement().satisfies(v -> assertThat(v.message()).contains("Kolada", "--kolada"));
    }

    @Test
    @Raises(StatisticsCodes.VALUE_NOT_A_COUNT)
    void aCountWithDigitGrouping_fromASpreadsheet_saysHowToWriteIt() {
        FinsamValidationException e = catchThrowableOfType(FinsamValidationException.class, () -> PopulationTable.read(
                "folkmangd.csv", "region;ålder;år;Folkmängd\n0484;16-64;2023;\"15 216\"\n0482;16-64;2023;12,5\n"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        assertThat(e.violations()).extracting(v -> v.path()).containsExactly("/rows/2/4", "/rows/3/4");
        assertThat(e.violations().get(0).message()).contains("'15 216'", "without digit grouping");
        assertThat(e.violations().get(1).message()).contains("'12,5'").doesNotContain("grouping");
    }

    @Test
    void aRegionOrYearTheTableLacks_isReportedByTheTable() {
        CoordinationAssociation withOxelosund = association(true).withMunicipalKey(ContributionKey.equal());
        List<Member> members = new ArrayList<>(withOxelosund.charter().members());
        members.add(Member.of(id("oxelosund"), MemberKind.MUNICIPALITY, "Oxelösund", "0481"));
        CoordinationAssociation five = CoordinationAssociation.of(AssociationId.of("sormland"), "Sörmland", SEK,
                Charter.of(members, ContributionKey.equal(), null));

        FinsamValidationException e = catchThrowableOfType(FinsamValidationException.class, () -> PopulationKeys.municipalKey(
                five, ScbFixtures.read("pxweb-v1.json"), AgeBand.of(16, 64), "2025"));

        assertThat(e.violations()).extracting(v -> v.code()).contains(StatisticsCodes.REGION_MISSING,
                StatisticsCodes.PERIOD_MISSING);
        assertThat(e.violations()).anySatisfy(v -> assertThat(v.message()).contains("0481"));
        assertThat(Optional.of(five.charter().members().size())).contains(8);
    }
}
