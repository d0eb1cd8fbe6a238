package se.finsam.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.finsam.testing.Raises;
import se.finsam.testing.Violations;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.Violation;

/** The bad fixtures under {@code fixtures/scb/bad}: each refused with every fault, located, quoting the value. */
class PopulationTableBadFilesTest {

    private static FinsamValidationException refused(String fixture) {
        return Violations.thrownBy(() -> ScbFixtures.read("bad/" + fixture));
    }

    @Test
    @Raises(StatisticsCodes.WRONG_TABLE)
    void deaths_isWrongTableAtTheContentsColumn() {
        FinsamValidationException e = refused("wrong-table-deaths.json");

        assertThat(e.violations()).hasSize(1);
        Violations.assertHas(e, StatisticsCodes.WRONG_TABLE, "/columns/3", "'Döda' (BE0101D9)", "not head counts");
    }

    @Test
    @Raises(StatisticsCodes.WRONG_TABLE)
    void onlyMen_isWrongTableAtTheSexColumn() {
        FinsamValidationException e = refused("only-men.csv");

        assertThat(e.violations()).hasSize(1);
        Violations.assertHas(e, StatisticsCodes.WRONG_TABLE, "/rows/1/3", "only men", "both sexes or their total");
    }

    @Test
    @Raises(StatisticsCodes.VALUE_NOT_A_COUNT)
    void missingAndDecimalCells_areEachValueNotACount() {
        FinsamValidationException e = refused("missing-values.json");

        assertThat(e.violations()).hasSize(2);
        Violations.assertHas(e, StatisticsCodes.VALUE_NOT_A_COUNT, "/data/3/values/0", "'..'", "missing");
        Violations.assertHas(e, StatisticsCodes.VALUE_NOT_A_COUNT, "/data/40/values/0", "'12,5'", "not a whole number");
    }

    @Test
    @Raises(StatisticsCodes.DUPLICATE)
    void theSameCellTwice_isDuplicateNamingTheFirst() {
        FinsamValidationException e = refused("duplicate-cells.json");

        assertThat(e.violations()).hasSize(1);
        Violations.assertHas(e, StatisticsCodes.DUPLICATE, "/data/6/values/0", "region '0480'", "age '17'", "time '2024'",
                "the first is at /data/5/values/0");
    }

    @Test
    @Raises(StatisticsCodes.DUPLICATE)
    void aRegionCodeTwice_isDuplicateAtTheSecond() {
        FinsamValidationException e = refused("duplicate-region.json");

        Violations.assertHas(e, StatisticsCodes.DUPLICATE, "/dimension/Region/category/index/4", "'0484'", "twice");
    }

    @Test
    @Raises(StatisticsCodes.CELL_MISSING)
    void aMissingRow_isCellMissingNamingTheCombination() {
        FinsamValidationException e = refused("cell-missing.json");

        assertThat(e.violations()).hasSize(1);
        Violations.assertHas(e, StatisticsCodes.CELL_MISSING, "/data", "region '0480'", "age '18-39'", "time '2024'");
    }

    @Test
    @Raises(StatisticsCodes.DIMENSION_MISSING)
    void noAgeDimension_isDimensionMissing() {
        FinsamValidationException e = refused("no-age.json");

        assertThat(e.violations()).hasSize(1);
        Violations.assertHas(e, StatisticsCodes.DIMENSION_MISSING, "/id", "no age (ålder/Alder/age) dimension");
    }

    @Test
    @Raises({StatisticsCodes.HEADER_UNKNOWN, StatisticsCodes.DIMENSION_MISSING})
    void germanHeaders_areHeaderUnknownEach_andTheMissingDimensionsSaidToo() {
        FinsamValidationException e = refused("german.csv");

        Violations.assertHas(e, StatisticsCodes.HEADER_UNKNOWN, "/rows/1/2", "'Alter'");
        Violations.assertHas(e, StatisticsCodes.HEADER_UNKNOWN, "/rows/1/3", "'Jahr'");
        Violations.assertHas(e, StatisticsCodes.HEADER_UNKNOWN, "/rows/1/4", "'Bevölkerung'");
        assertThat(e.violations()).filteredOn(v -> v.code().equals(StatisticsCodes.DIMENSION_MISSING))
                .extracting(Violation::path).containsExactly("/rows/1", "/rows/1");
        assertThat(e.violations()).hasSize(5);
    }

    @Test
    @Raises({StatisticsCodes.HEADER_UNKNOWN, StatisticsCodes.WRONG_TABLE})
    void finnishColumns_areHeaderUnknown_andFinnishContentsNotAHeadCount() {
        FinsamValidationException e = refused("finnish.json");

        Violations.assertHas(e, StatisticsCodes.HEADER_UNKNOWN, "/columns/0", "'Alue'");
        Violations.assertHas(e, StatisticsCodes.HEADER_UNKNOWN, "/columns/1", "'Ikä'");
        Violations.assertHas(e, StatisticsCodes.WRONG_TABLE, "/columns/3", "'Väestö 31.12.'");
        assertThat(e.violations()).filteredOn(v -> v.code().equals(StatisticsCodes.DIMENSION_MISSING))
                .extracting(Violation::message).anySatisfy(m -> assertThat(m).contains("no region"))
                .anySatisfy(m -> assertThat(m).contains("no age"));
    }

    @Test
    @Raises(StatisticsCodes.FILE_UNREADABLE)
    void truncatedJson_isFileUnreadableWhereItStops() {
        FinsamValidationException e = refused("truncated.json");

        assertThat(e.violations()).hasSize(1);
        Violation v = e.violations().get(0);
        assertThat(v.code()).isEqualTo(StatisticsCodes.FILE_UNREADABLE);
        assertThat(v.path()).startsWith("/data/");
        assertThat(v.message()).contains("Malformed or truncated JSON", "end-of-input", "line ");
    }

    @Test
    @Raises(StatisticsCodes.FILE_UNREADABLE)
    void raggedRows_areFileUnreadableAtEachLine() {
        FinsamValidationException e = refused("ragged.csv");

        assertThat(e.violations()).hasSize(2);
        Violations.assertHas(e, StatisticsCodes.FILE_UNREADABLE, "/rows/3", "Line 3 has 3 fields, the header has 4");
        Violations.assertHas(e, StatisticsCodes.FILE_UNREADABLE, "/rows/4", "Line 4 has 5 fields");
    }

    @Test
    @Raises(StatisticsCodes.AGE_UNREADABLE)
    void agesInWords_areAgeUnreadableEach() {
        FinsamValidationException e = refused("age-words.csv");

        assertThat(e.violations()).hasSize(2);
        Violations.assertHas(e, StatisticsCodes.AGE_UNREADABLE, "/rows/2/2", "'sexton år'");
        Violations.assertHas(e, StatisticsCodes.AGE_UNREADABLE, "/rows/3/2", "'65 år och äldre'");
    }

    @Test
    @Raises(StatisticsCodes.FILE_TOO_LARGE)
    void aFileOverTheLimit_isFileTooLarge_withoutReadingTheRest() throws Exception {
        Violations.assertSingle(() -> PopulationTable.read(ScbFixtures.path("bad/too-large.csv"), 100),
                StatisticsCodes.FILE_TOO_LARGE, "", "limit of 100 bytes");
        assertThat(PopulationTable.read(ScbFixtures.path("bad/too-large.csv"), 1000).count("0484",
                se.finsam.population.AgeBand.of(0, 9), "2023")).isEqualTo(55);
    }
}
