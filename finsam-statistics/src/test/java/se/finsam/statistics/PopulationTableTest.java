package se.finsam.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import se.finsam.population.AgeBand;
import se.finsam.provenance.Source;
import se.finsam.testing.Raises;
import se.finsam.testing.Violations;
import se.finsam.validation.FinsamValidationException;

/** Golden head counts from every fixture format, the source of each, and the faults of a count. */
class PopulationTableTest {

    private static final AgeBand WORKING_AGE = AgeBand.of(16, 64);
    private static final List<String> MEMBERS = List.of("0480", "0482", "0483", "0484");

    private static Map<String, Long> golden(long nykoping, long flen, long katrineholm, long eskilstuna) {
        Map<String, Long> expected = new LinkedHashMap<>();
        expected.put("0480", nykoping);
        expected.put("0482", flen);
        expected.put("0483", katrineholm);
        expected.put("0484", eskilstuna);
        return expected;
    }

    @ParameterizedTest
    @CsvSource({
        "pxweb-v1.json, PXWEB_JSON, 2023, 2024",
        "pxweb-v1-groups.json, PXWEB_JSON, 2023, 2024",
        "pxweb-v1-month.json, PXWEB_JSON, 2023M10, 2024M10",
        "json-stat2.json, JSON_STAT2, 2023, 2024",
        "json-stat2-sparse.json, JSON_STAT2, 2023, 2024",
        "csv-sv-semicolon.csv, CSV, 2023, 2024",
        "csv-en-comma.csv, CSV, 2023, 2024",
        "csv-wide.csv, CSV, 2023, 2024",
        "csv-wide-contents.csv, CSV, 2023, 2024",
    })
    void counts_ofEveryFixture_matchTheGoldenHeadCounts(String fixture, TableFormat format, String first, String second) {
        PopulationTable table = ScbFixtures.read(fixture);

        assertThat(table.format()).as("format of %s", fixture).isEqualTo(format);
        assertThat(table.regions()).as("regions of %s", fixture).containsExactlyElementsOf(MEMBERS);
        assertThat(table.periods()).as("periods of %s", fixture).containsExactly(first, second);
        assertThat(table.counts(MEMBERS, WORKING_AGE, first)).as("16-64 in %s of %s", first, fixture)
                .containsExactlyEntriesOf(golden(149, 50, 100, 201));
        assertThat(table.counts(MEMBERS, WORKING_AGE, second)).as("16-64 in %s of %s", second, fixture)
                .containsExactlyEntriesOf(golden(198, 99, 149, 250));
        assertThat(table.counts(MEMBERS, WORKING_AGE, first).values().stream().mapToLong(Long::longValue).sum()).isEqualTo(500);
        assertThat(table.counts(MEMBERS, WORKING_AGE, second).values().stream().mapToLong(Long::longValue).sum()).isEqualTo(696);
    }

    @ParameterizedTest
    @CsvSource({
        "pxweb-v1.json, BE0101N1, 'Folkmängden efter region, ålder och år', 2024-02-21T08:00:00",
        "json-stat2.json, TAB1267, 'Folkmängden efter region, ålder, kön, tabellinnehåll och år', 2024-02-21T07:00:00Z",
        "csv-sv-semicolon.csv, csv-sv-semicolon, 'Folkmängden efter region, ålder och år', ",
        "csv-en-comma.csv, csv-en-comma, , ",
    })
    void source_namesTheTableTheFileAndItsSha256(String fixture, String dataset, String title, String updated) throws Exception {
        PopulationTable table = ScbFixtures.read(fixture);
        String sha256 = String.format("%064x", new BigInteger(1, MessageDigest.getInstance("SHA-256").digest(ScbFixtures.bytes(fixture))));

        Source source = table.source();

        assertThat(source.publisher()).isEqualTo("SCB");
        assertThat(source.dataset()).as("dataset of %s", fixture).isEqualTo(dataset);
        assertThat(source.title()).as("title of %s", fixture).isEqualTo(Optional.ofNullable(title));
        assertThat(source.updated()).as("updated of %s", fixture).isEqualTo(Optional.ofNullable(updated));
        assertThat(source.file()).contains(fixture);
        assertThat(source.sha256()).contains(sha256);
    }

    @Test
    void pxwebV1_withPxWebTitleLine_takesTheTitleFromMetadataLabel() {
        PopulationTable table = ScbFixtures.read("pxweb-v1.json");

        assertThat(table.source().title()).contains("Folkmängden efter region, ålder och år");
        assertThat(table.toString()).isEqualTo("PopulationTable[PXWEB_JSON, SCB BE0101N1, 4 regions, 2 periods, 10 ages]");
    }

    @Test
    void regionName_isTheLabelWithoutItsCode_inEveryEncoding() {
        assertThat(ScbFixtures.read("json-stat2.json").regionName("0484")).contains("Eskilstuna");
        assertThat(ScbFixtures.read("csv-sv-semicolon.csv").regionName("0480")).contains("Nyköping");
        assertThat(ScbFixtures.read("csv-wide.csv").regionName("0480")).as("Windows-1252 decoded").contains("Nyköping");
        assertThat(ScbFixtures.read("pxweb-v1.json").regionName("0484")).as("codes alone").isEmpty();
        assertThat(ScbFixtures.read("json-stat2.json").regionName("0481")).isEmpty();
    }

    @Test
    void count_ofOneRegion_isItsShareOfTheCounts() {
        assertThat(ScbFixtures.read("json-stat2-sparse.json").count("0484", WORKING_AGE, "2024")).isEqualTo(250);
    }

    @Test
    void count_overOtherBands_sumsExactlyTheTablesAges() {
        PopulationTable single = ScbFixtures.read("pxweb-v1.json");
        PopulationTable groups = ScbFixtures.read("pxweb-v1-groups.json");

        assertThat(single.count("0480", AgeBand.of(15, 17), "2023")).isEqualTo(7 + 10 + 11);
        assertThat(single.count("0480", AgeBand.of(16, 16), "2023")).isEqualTo(10);
        assertThat(groups.count("0480", AgeBand.of(65, AgeBand.MAX_AGE), "2023")).as("65-99 and 100+").isEqualTo(30 + 1);
        assertThat(groups.count("0484", AgeBand.of(0, AgeBand.MAX_AGE), "2023")).isEqualTo(23 + 201 + 33 + 4);
    }

    @Test
    void count_ofAllAges_usesTheTotalOnlyWhenNothingElseMakesIt() {
        PopulationTable single = ScbFixtures.read("pxweb-v1.json");

        assertThat(single.count("0480", AgeBand.of(0, AgeBand.MAX_AGE), "2023")).as("the 'tot' category")
                .isEqualTo(7 + 149 + 9 + 1);
    }

    @Test
    void count_withSingleYearsAndGroupsOverlapping_prefersTheSingleYears() {
        String csv = "region;ålder;år;Folkmängd\n0484;16;2023;1\n0484;17;2023;2\n0484;16-17;2023;100\n0484;18-19;2023;5\n";

        PopulationTable table = ScbFixtures.text("mixed.csv", csv);

        assertThat(table.count("0484", AgeBand.of(16, 19), "2023")).isEqualTo(1 + 2 + 5);
        assertThat(table.count("0484", AgeBand.of(16, 17), "2023")).isEqualTo(1 + 2);
    }

    @Test
    @Raises(StatisticsCodes.REGION_MISSING)
    void counts_ofARegionTheTableLacks_isRegionMissingAtItsIndex() {
        PopulationTable table = ScbFixtures.read("pxweb-v1.json");

        Violations.assertSingle(() -> table.counts(List.of("0480", "0481"), WORKING_AGE, "2023"),
                StatisticsCodes.REGION_MISSING, "/regions/1", "'0481'", "0480, 0482, 0483, 0484");
        Violations.assertSingle(() -> table.count("0481", WORKING_AGE, "2023"), StatisticsCodes.REGION_MISSING, "/regions/0", "'0481'");
    }

    @Test
    @Raises(StatisticsCodes.REGION_MISSING)
    void counts_ofATableWithTextsAlone_saysToSaveItWithCodes() {
        PopulationTable table = ScbFixtures.text("texter.csv", "region;ålder;år;Folkmängd\nEskilstuna;16;2023;12\n");

        assertThat(table.regions()).containsExactly("Eskilstuna");
        Violations.assertSingle(() -> table.count("0484", AgeBand.of(16, 16), "2023"), StatisticsCodes.REGION_MISSING,
                "/regions/0", "'0484'", "without codes", "save it with codes and texts");
        assertThat(table.count("Eskilstuna", AgeBand.of(16, 16), "2023")).isEqualTo(12);
    }

    @Test
    @Raises(StatisticsCodes.PERIOD_MISSING)
    void counts_ofAPeriodTheTableLacks_isPeriodMissing() {
        PopulationTable table = ScbFixtures.read("csv-wide.csv");

        Violations.assertSingle(() -> table.counts(MEMBERS, WORKING_AGE, "2025"), StatisticsCodes.PERIOD_MISSING, "/period",
                "'2025'", "2023, 2024");
    }

    @Test
    @Raises(StatisticsCodes.AGES_NOT_COVERED)
    void counts_overABandTheGroupsStraddle_isAgesNotCoveredNamingTheGroup() {
        PopulationTable table = ScbFixtures.read("pxweb-v1-groups.json");

        Violations.assertSingle(() -> table.counts(MEMBERS, AgeBand.of(18, 64), "2023"), StatisticsCodes.AGES_NOT_COVERED,
                "/ages", "Age band 18-64", "'16-19'", "reaches outside the band");
        Violations.assertSingle(() -> table.counts(MEMBERS, AgeBand.of(16, 70), "2023"), StatisticsCodes.AGES_NOT_COVERED,
                "/ages", "'65-99'");
    }

    @Test
    @Raises(StatisticsCodes.AGES_NOT_COVERED)
    void counts_overABandWithAgesMissing_isAgesNotCoveredNamingThem() {
        PopulationTable table = ScbFixtures.read("pxweb-v1.json");

        Violations.assertSingle(() -> table.count("0480", AgeBand.of(65, AgeBand.MAX_AGE), "2023"),
                StatisticsCodes.AGES_NOT_COVERED, "/ages", "no ages 66-99");
        Violations.assertSingle(() -> table.count("0480", AgeBand.of(10, 15), "2023"),
                StatisticsCodes.AGES_NOT_COVERED, "/ages", "no ages 10-14");
        Violations.assertSingle(() -> table.count("0480", AgeBand.of(14, 14), "2023"),
                StatisticsCodes.AGES_NOT_COVERED, "/ages", "no age 14");
    }

    @Test
    void counts_withEveryFault_reportsThemAllAtOnce() {
        PopulationTable table = ScbFixtures.read("pxweb-v1-groups.json");

        FinsamValidationException e = Violations.thrownBy(() -> table.counts(List.of("0481", "0484", "9999"), AgeBand.of(18, 64), "2025"));

        assertThat(e.violations()).extracting(v -> v.path()).containsExactly("/regions/0", "/regions/2", "/period", "/ages");
    }

    @Test
    void referenceDate_isTheLastDayOfThePeriod() {
        assertThat(PopulationTable.referenceDate("2023")).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(PopulationTable.referenceDate("2023M10")).isEqualTo(LocalDate.of(2023, 10, 31));
        assertThat(PopulationTable.referenceDate("2024M02")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(PopulationTable.referenceDate("2023K2")).isEqualTo(LocalDate.of(2023, 6, 30));
        assertThat(PopulationTable.referenceDate("2023Q4")).isEqualTo(LocalDate.of(2023, 12, 31));
    }

    @Test
    @Raises(StatisticsCodes.PERIOD_MISSING)
    void referenceDate_ofTextThatIsNoPeriod_isPeriodMissing() {
        Violations.assertSingle(() -> PopulationTable.referenceDate("hösten"), StatisticsCodes.PERIOD_MISSING, "/period", "'hösten'");
        Violations.assertSingle(() -> PopulationTable.referenceDate("2023M13"), StatisticsCodes.PERIOD_MISSING, "/period", "'2023M13'");
    }

    @Test
    void read_ofNullsAndBadLimits_throwsTheProgrammingErrors() {
        assertThatThrownBy(() -> PopulationTable.read((Path) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> PopulationTable.read("a.csv", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> PopulationTable.read("a.csv", new byte[1], 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("was 0");
        PopulationTable table = ScbFixtures.read("pxweb-v1.json");
        assertThatThrownBy(() -> table.counts(MEMBERS, null, "2023")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> table.regionName(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void lists_areUnmodifiable() {
        PopulationTable table = ScbFixtures.read("pxweb-v1.json");

        assertThatThrownBy(() -> table.regions().add("0481")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> table.periods().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> table.counts(MEMBERS, WORKING_AGE, "2023").clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
