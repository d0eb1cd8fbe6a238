package se.finsam.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import se.finsam.population.AgeBand;
import se.finsam.testing.Raises;
import se.finsam.testing.Violations;
import se.finsam.validation.FinsamValidationException;

/** The corners of each format: detection by content, exact JSON numbers, CSV forms, and the limits. */
class PopulationTableFormatsTest {

    private static final AgeBand SIXTEEN = AgeBand.of(16, 16);

    private static String jsonStat(String values) {
        return "{\"version\":\"2.0\",\"class\":\"dataset\",\"id\":[\"Region\",\"Alder\",\"Tid\"],\"size\":[1,2,1],"
                + "\"dimension\":{\"Region\":{\"category\":{\"index\":{\"0484\":0}}},\"Alder\":{\"category\":{\"index\":[\"16\",\"17\"]}},"
                + "\"Tid\":{\"category\":{\"index\":[\"2023\"]}}},\"value\":" + values + "}";
    }

    @Test
    void format_isToldByTheContent_notTheName() {
        String csv = "region;ålder;år;Folkmängd\n0484;16;2023;12\n";

        assertThat(ScbFixtures.text("table.json", csv).format()).isEqualTo(TableFormat.CSV);
        assertThat(ScbFixtures.text("table.csv", jsonStat("[1,2]")).format()).isEqualTo(TableFormat.JSON_STAT2);
    }

    @Test
    void jsonNumbers_inEveryNotation_areReadExactly() {
        PopulationTable table = ScbFixtures.text("t.json", jsonStat("[1.2e1, 1300E-2]"));

        assertThat(table.count("0484", SIXTEEN, "2023")).isEqualTo(12);
        assertThat(table.count("0484", AgeBand.of(17, 17), "2023")).isEqualTo(13);
        assertThat(ScbFixtures.text("t.json", jsonStat("[12.000, \"7\"]")).count("0484", AgeBand.of(16, 17), "2023")).isEqualTo(19);
        assertThat(ScbFixtures.text("t.json", jsonStat("[0, 0.0]")).count("0484", AgeBand.of(16, 17), "2023")).isZero();
    }

    @Test
    @Raises(StatisticsCodes.VALUE_NOT_A_COUNT)
    void jsonCells_thatAreNoCount_areEachValueNotACount() {
        FinsamValidationException e = Violations.thrownBy(() -> ScbFixtures.text("t.json", jsonStat("[12.5, -1]")));
        Violations.assertHas(e, StatisticsCodes.VALUE_NOT_A_COUNT, "/value/0", "12.5", "not a whole number");
        Violations.assertHas(e, StatisticsCodes.VALUE_NOT_A_COUNT, "/value/1", "-1", "negative");

        e = Violations.thrownBy(() -> ScbFixtures.text("t.json", jsonStat("[1e30, true]")));
        Violations.assertHas(e, StatisticsCodes.VALUE_NOT_A_COUNT, "/value/0", "1E+30", "larger than");
        Violations.assertHas(e, StatisticsCodes.VALUE_NOT_A_COUNT, "/value/1", "not a count");

        String withStatus = jsonStat("[null, 3]").replace("\"value\"", "\"status\":{\"0\":\"..\"},\"value\"");
        Violations.assertSingle(() -> ScbFixtures.text("t.json", withStatus), StatisticsCodes.VALUE_NOT_A_COUNT, "/value/0",
                "null", "status '..'", "missing");
        Violations.assertSingle(() -> ScbFixtures.text("t.json", jsonStat("[99999999999, 3]")), StatisticsCodes.VALUE_NOT_A_COUNT,
                "/value/0", "larger than 10000000000");
    }

    @Test
    @Raises(StatisticsCodes.VALUE_NOT_A_COUNT)
    void csvCells_thatAreNoCount_areEachValueNotACount() {
        String csv = """
                region;ålder;år;Folkmängd
                0484;16;2023;..
                0484;17;2023;
                0484;18;2023;1 234
                0484;19;2023;-
                0484;20;2023;123456789012
                """;

        FinsamValidationException e = Violations.thrownBy(() -> ScbFixtures.text("t.csv", csv));

        assertThat(e.violations()).extracting(v -> v.path()).containsExactly("/rows/2/4", "/rows/3/4", "/rows/4/4", "/rows/5/4",
                "/rows/6/4");
        assertThat(e.violations()).allMatch(v -> v.code().equals(StatisticsCodes.VALUE_NOT_A_COUNT));
        Violations.assertHas(e, StatisticsCodes.VALUE_NOT_A_COUNT, "/rows/3/4", "empty");
        Violations.assertHas(e, StatisticsCodes.VALUE_NOT_A_COUNT, "/rows/6/4", "larger than");
    }

    @Test
    void csv_withNotesAfterTheData_andTabs_andQuotesInQuotes_isRead() {
        String csv = "\"Folkmängd (BE0101N1) efter region och ålder\"\n\n\"region\"\t\"ålder\"\t\"år\"\t\"Folkmängd\"\r\n"
                + "\"0484 \"\"Eskilstuna\"\"\"\t\"16\"\t\"2023\"\t12\r\n\r\n\"Källa: SCB\"\r\n";

        PopulationTable table = ScbFixtures.text("t.csv", csv);

        assertThat(table.count("0484", SIXTEEN, "2023")).isEqualTo(12);
        assertThat(table.regionName("0484")).contains("\"Eskilstuna\"");
        assertThat(table.source().dataset()).isEqualTo("BE0101N1");
    }

    @Test
    void csv_withAContentsColumn_readsTheHeadCountsOnly() {
        String csv = "region,ålder,tabellinnehåll,år,Folkmängd\n0484,16,Folkmängd,2023,12\n0484,16,Folkökning,2023,..\n";

        PopulationTable table = ScbFixtures.text("t.csv", csv);

        assertThat(table.count("0484", SIXTEEN, "2023")).isEqualTo(12);
    }

    @Test
    @Raises(StatisticsCodes.FILE_UNREADABLE)
    void jsonThatIsNoTable_isFileUnreadable() {
        Violations.assertSingle(() -> ScbFixtures.text("t.json", "{\"a\": 1}"), StatisticsCodes.FILE_UNREADABLE, "",
                "neither a PxWeb JSON response");
        Violations.assertSingle(() -> ScbFixtures.text("t.json", "{\"dataset\": {\"dimension\": {}}}"),
                StatisticsCodes.FILE_UNREADABLE, "", "JSON-stat 1.0");
        Violations.assertSingle(() -> ScbFixtures.text("t.json", "[1, 2]"), StatisticsCodes.FILE_UNREADABLE, "", "neither");
        Violations.assertSingle(() -> ScbFixtures.text("t.json", "{\"a\": 1} {"), StatisticsCodes.FILE_UNREADABLE, "",
                "Malformed");
        Violations.assertSingle(() -> ScbFixtures.text("t.csv", "  \n"), StatisticsCodes.FILE_UNREADABLE, "", "empty");
        Violations.assertSingle(() -> PopulationTable.read("t.csv", new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0}),
                StatisticsCodes.FILE_UNREADABLE, "", "UTF-16");
        Violations.assertSingle(() -> ScbFixtures.text("t.csv", "just one line\n"), StatisticsCodes.FILE_UNREADABLE, "/rows/1",
                "no header line");
        Violations.assertSingle(() -> ScbFixtures.text("t.csv", "region;ålder;år\n0484;16;2023\n"), StatisticsCodes.FILE_UNREADABLE,
                "/rows/1", "No column holds counts");
        Violations.assertSingle(() -> ScbFixtures.text("t.csv", "region;ålder;år;Folkmängd\n0484;16;2023;\"12\n"),
                StatisticsCodes.FILE_UNREADABLE, "/rows/2/4", "not closed");
    }

    @Test
    @Raises(StatisticsCodes.FILE_UNREADABLE)
    void pxwebJson_ofTheWrongShape_isFileUnreadableWhereItIs() {
        String json = "{\"columns\":[{\"code\":\"Region\",\"type\":\"d\"},{\"text\":\"x\"},{\"code\":\"Tid\",\"type\":\"t\"}],"
                + "\"data\":[{\"key\":[\"0484\"],\"values\":[\"1\"]},{\"key\":[\"0484\", 2023],\"values\":[]},{\"values\":[\"1\"]}]}";

        FinsamValidationException e = Violations.thrownBy(() -> ScbFixtures.text("t.json", json));

        Violations.assertHas(e, StatisticsCodes.FILE_UNREADABLE, "/columns/1/code", "code");
        Violations.assertHas(e, StatisticsCodes.FILE_UNREADABLE, "/columns", "type \"c\"");
        Violations.assertHas(e, StatisticsCodes.FILE_UNREADABLE, "/data/0/key", "1 codes");
        Violations.assertHas(e, StatisticsCodes.FILE_UNREADABLE, "/data/1/key/1", "the number 2023");
        Violations.assertHas(e, StatisticsCodes.FILE_UNREADABLE, "/data/2/key", "nothing");
    }

    @Test
    @Raises(StatisticsCodes.FILE_UNREADABLE)
    void jsonStat_ofTheWrongShape_isFileUnreadableWhereItIs() {
        String json = "{\"class\":\"collection\",\"id\":[\"Region\",\"Alder\",7],\"size\":[1,\"2\"],"
                + "\"dimension\":{\"Region\":{\"category\":{\"index\":{\"0484\":0,\"0480\":0,\"0482\":5}}},\"Alder\":{}},\"value\":3}";

        FinsamValidationException e = Violations.thrownBy(() -> ScbFixtures.text("t.json", json));

        Violations.assertHas(e, StatisticsCodes.FILE_UNREADABLE, "/class", "'collection'");
        Violations.assertHas(e, StatisticsCodes.FILE_UNREADABLE, "/id/2", "the number 7");
        Violations.assertHas(e, StatisticsCodes.FILE_UNREADABLE, "/size/1", "not a number of categories");
        Violations.assertHas(e, StatisticsCodes.DUPLICATE, "/dimension/Region/category/index/0480", "same position 0");
        Violations.assertHas(e, StatisticsCodes.FILE_UNREADABLE, "/dimension/Region/category/index/0482", "not from 0 to 2");
        Violations.assertHas(e, StatisticsCodes.FILE_UNREADABLE, "/dimension/Alder/category", "no category object");
        Violations.assertHas(e, StatisticsCodes.FILE_UNREADABLE, "/value", "the number 3");
    }

    @Test
    @Raises({StatisticsCodes.DUPLICATE, StatisticsCodes.HEADER_UNKNOWN})
    void jsonStat_withTwoAgeDimensionsOrAnUnknownSex_isRefused() {
        String json = jsonStat("[1,2]").replace("\"id\":[\"Region\",\"Alder\",\"Tid\"]", "\"id\":[\"Region\",\"Alder\",\"Tid\",\"age\",\"Kon\"]")
                .replace("\"size\":[1,2,1]", "\"size\":[1,2,1,1,2]")
                .replace("\"value\":[1,2]", "\"age\":{\"category\":{\"index\":[\"16\"]}},\"Kon\":{\"category\":{\"index\":[\"1\",\"x\"],"
                        + "\"label\":{\"1\":\"män\",\"x\":\"Männer\"}}}},\"value\":[1,2,3,4]")
                .replace("}}},\"age\"", "}},\"age\"");

        FinsamValidationException e = Violations.thrownBy(() -> ScbFixtures.text("t.json", json));

        Violations.assertHas(e, StatisticsCodes.DUPLICATE, "/dimension/age", "second age");
        Violations.assertHas(e, StatisticsCodes.HEADER_UNKNOWN, "/dimension/Kon/category/index/1", "'Männer'");
    }

    @Test
    void jsonStat_withAnUnknownDimensionOfOneCategory_andSexTotals_isRead() {
        String json = jsonStat("[1,2]").replace("\"id\":[\"Region\",\"Alder\",\"Tid\"]", "\"id\":[\"Region\",\"Civil\",\"Alder\",\"Tid\"]")
                .replace("\"size\":[1,2,1]", "\"size\":[1,1,2,1]")
                .replace("\"Alder\":{", "\"Civil\":{\"category\":{\"label\":{\"TOT\":\"totalt\"}}},\"Alder\":{")
                .replace("\"label\":", "\"label\":");

        PopulationTable table = ScbFixtures.text("t.json", json);

        assertThat(table.count("0484", AgeBand.of(16, 17), "2023")).isEqualTo(3);
        assertThat(table.source().dataset()).as("no id stated: the file's name").isEqualTo("t");
        assertThat(table.source().title()).isEmpty();
    }

    @Test
    @Raises(StatisticsCodes.FILE_TOO_LARGE)
    void aTableOfMoreCellsThanTheLimit_isFileTooLarge_beforeAnythingIsMade() {
        StringBuilder regions = new StringBuilder();
        for (int i = 0; i < 4000; i++) {
            regions.append(i > 0 ? "," : "").append('"').append(i).append('"');
        }
        StringBuilder ages = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            ages.append(i > 0 ? "," : "").append('"').append(i % 151).append('-').append(i).append('"');
        }
        String json = "{\"class\":\"dataset\",\"id\":[\"Region\",\"Alder\",\"Tid\"],\"size\":[4000,3000,1],\"dimension\":{"
                + "\"Region\":{\"category\":{\"index\":[" + regions + "]}},\"Alder\":{\"category\":{\"index\":[" + ages + "]}},"
                + "\"Tid\":{\"category\":{\"index\":[\"2023\"]}}},\"value\":[]}";

        FinsamValidationException e = Violations.thrownBy(() -> ScbFixtures.text("big.json", json));

        Violations.assertHas(e, StatisticsCodes.FILE_TOO_LARGE, "/size", "more than 10000000 cells");
        Violations.assertSingle(() -> PopulationTable.read("t.csv", "region;ålder;år;Folkmängd\n".getBytes(StandardCharsets.UTF_8), 10),
                StatisticsCodes.FILE_TOO_LARGE, "", "limit of 10 bytes");
        FinsamValidationException deep = Violations.thrownBy(() -> ScbFixtures.text("t.json", "[".repeat(100)));
        assertThat(deep.violations()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(StatisticsCodes.FILE_TOO_LARGE);
            assertThat(v.path()).startsWith("/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0");
            assertThat(v.message()).contains("nesting depth");
        });
    }

    @Test
    @Raises(StatisticsCodes.CELL_MISSING)
    void aSparseTableOfFewCells_isOneCellMissing_withoutMakingItsDimensions() {
        String json = "{\"class\":\"dataset\",\"id\":[\"Region\",\"Alder\",\"Tid\"],\"size\":[400,100,200],\"dimension\":{"
                + "\"Region\":{\"category\":{\"index\":[" + codes(400) + "]}},\"Alder\":{\"category\":{\"index\":[" + codes(100) + "]}},"
                + "\"Tid\":{\"category\":{\"index\":[" + codes(200) + "]}}},\"value\":{\"0\":1,\"x\":2}}";

        FinsamValidationException e = Violations.thrownBy(() -> ScbFixtures.text("sparse.json", json));

        assertThat(e.violations()).hasSize(2);
        Violations.assertHas(e, StatisticsCodes.FILE_UNREADABLE, "/value/x", "not a cell");
        Violations.assertHas(e, StatisticsCodes.CELL_MISSING, "/value", "make 8000000 cells", "holds only 2");
    }

    private static String codes(int n) {
        StringBuilder codes = new StringBuilder();
        for (int i = 0; i < n; i++) {
            codes.append(i > 0 ? "," : "").append('"').append(i).append('"');
        }
        return codes.toString();
    }

    @Test
    void aLargeTable_isReadInOnePass_andEveryCellCounts() {
        StringBuilder csv = new StringBuilder("region;ålder;år;Folkmängd\n");
        for (int r = 0; r < 290; r++) {
            for (int a = 0; a <= 100; a++) {
                csv.append(String.format("%04d", r)).append(';').append(a == 100 ? "100+" : Integer.toString(a)).append(";2023;")
                        .append(a + 1).append('\n');
            }
        }

        PopulationTable table = ScbFixtures.text("all.csv", csv.toString());

        assertThat(table.regions()).hasSize(290);
        assertThat(table.count("0289", AgeBand.of(16, 64), "2023")).isEqualTo((17 + 65) * 49 / 2);
        assertThat(table.count("0000", AgeBand.of(0, AgeBand.MAX_AGE), "2023")).isEqualTo(101 * 102 / 2);
    }

    @Test
    void faults_beyondAThousand_areCountedNotListed() {
        StringBuilder csv = new StringBuilder("region;ålder;år;Folkmängd\n");
        for (int a = 0; a < 1500; a++) {
            csv.append("0484;").append(a % 150).append('-').append(a % 150).append(";").append(2000 + a / 150).append(";..\n");
        }

        FinsamValidationException e = Violations.thrownBy(() -> ScbFixtures.text("t.csv", csv.toString()));

        assertThat(e.violations()).hasSize(ScbFaults.MAX_LISTED + 1);
        assertThat(e.violations().get(ScbFaults.MAX_LISTED).message()).startsWith("500 more faults");
    }
}
