package se.finsam.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.finsam.population.AgeBand;
import se.finsam.testing.Violations;
import se.finsam.validation.FinsamValidationException;

/**
 * Defects found in the review of issue 17: hostile and unusual SCB files that must give a located violation
 * (never another exception), be read in time linear in the file, and never give a wrong head count.
 */
class PopulationTableReviewTest {

    /** A PxWeb API v1 table of one municipality, ages 16 and 17, 2023; {@code cell} is the first cell as JSON. */
    private static String pxweb(String cell) {
        return """
                {"columns": [{"code": "Region", "text": "region", "type": "d"},
                             {"code": "Alder", "text": "ålder", "type": "d"},
                             {"code": "Tid", "text": "år", "type": "t"},
                             {"code": "BE0101N1", "text": "Folkmängd", "type": "c"}],
                 "data": [{"key": ["0484", "16", "2023"], "values": [%s]},
                          {"key": ["0484", "17", "2023"], "values": ["20"]}]}
                """.formatted(cell);
    }

    @Test
    void aNumberWhoseExponentOverflows_isALocatedViolation_notANumberFormatException() {
        // Jackson throws NumberFormatException for 1e2147483648 while building the tree (ScbJson.parse):
        // the command line exits 3, "internal error".
        FinsamValidationException e = Violations.thrownBy(() -> ScbFixtures.text("folkmangd.json", pxweb("1e2147483648")));

        assertThat(e.violations()).isNotEmpty().allSatisfy(v -> assertThat(v.code()).startsWith("statistics."));
    }

    @Test
    void aScaleThatOverflows_isALocatedViolation_notANumberFormatException() {
        FinsamValidationException e = Violations.thrownBy(() -> ScbFixtures.text("folkmangd.json", pxweb("1e-2147483648")));

        assertThat(e.violations()).isNotEmpty().allSatisfy(v -> assertThat(v.code()).startsWith("statistics."));
    }

    @Test
    void manyQuotesInAField_areReadAsOneBadCell() {
        // ScbCsv.records once tested the field so far at every '"' outside quotes: quadratic (800 kB took 34 s). Not
        // timed here (speed is measured in StatisticsBenchmark): 2 000 000 quotes would take hours if it came back.
        String text = "region;ålder;år;Folkmängd\n0484;16;2023;x" + "\"".repeat(2_000_000) + "\n";

        FinsamValidationException e = Violations.thrownBy(() -> ScbFixtures.text("q.csv", text));

        assertThat(e.violations()).isNotEmpty();
    }

    @Test
    void aDimensionOfOneUnknownCategory_isNotIgnored_forItWouldCountOnlyPartOfThePopulation() {
        // Folkmängden efter region, civilstånd, ålder och kön (the table docs/statistics.md points to) saved with
        // one civilstånd, "ogifta": finsam counts the unmarried as the population, silently. With all four
        // civilstånd it refuses the table (header-unknown), so the one-category case must not be read either.
        String unmarried = """
                {"columns": [{"code": "Region", "text": "region", "type": "d"},
                             {"code": "Civilstand", "text": "civilstånd", "type": "d"},
                             {"code": "Alder", "text": "ålder", "type": "d"},
                             {"code": "Tid", "text": "år", "type": "t"},
                             {"code": "BE0101N1", "text": "Folkmängd", "type": "c"}],
                 "data": [{"key": ["0484", "OG", "16", "2023"], "values": ["10"]},
                          {"key": ["0484", "OG", "17", "2023"], "values": ["20"]}]}
                """;

        FinsamValidationException e = Violations.thrownBy(() -> ScbFixtures.text("ogifta.json", unmarried));

        Violations.assertHas(e, StatisticsCodes.HEADER_UNKNOWN, "/columns/1", "civilstånd");
    }

    @Test
    void jsonStatSizesWrittenAsDecimals_areReadExactly() {
        // The rule: numbers in every JSON notation are read exactly (1.0 is 1). ScbJsonStat.sizes refuses 2.0.
        String table = """
                {"class": "dataset", "label": "Folkmängd", "id": ["Region", "Alder", "Tid"], "size": [1, 2.0, 1e0],
                 "dimension": {"Region": {"label": "region", "category": {"index": {"0484": 0}}},
                               "Alder": {"label": "ålder", "category": {"index": {"16": 0, "17": 1}}},
                               "Tid": {"label": "år", "category": {"index": {"2023": 0}}}},
                 "value": [10, 20]}
                """;

        assertThat(ScbFixtures.text("folkmangd.json", table).count("0484", AgeBand.of(16, 17), "2023")).isEqualTo(30);
    }

    @Test
    void aCsvWithASecondContentsColumn_usesTheHeadCount_asTheDocsSay() {
        // docs/statistics.md: "Of several contents the first head count is used". PxWeb JSON does so; the CSV of
        // the same selection (Folkmängd and Folkökning, both contents of BE0101) is refused as wrong-table.
        String csv = """
                "region";"ålder";"år";"Folkmängd";"Folkökning"
                "0484 Eskilstuna";"16 år";"2023";10;1
                "0484 Eskilstuna";"17 år";"2023";20;2
                """;

        assertThat(ScbFixtures.text("folkmangd.csv", csv).count("0484", AgeBand.of(16, 17), "2023")).isEqualTo(30);
    }
}
