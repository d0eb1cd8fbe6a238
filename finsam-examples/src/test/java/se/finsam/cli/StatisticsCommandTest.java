package se.finsam.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.cli.CliTest.run;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.finsam.budget.AnnualPlan;
import se.finsam.contribution.ContributionKey;
import se.finsam.json.FinsamJson;
import se.finsam.member.MemberId;

/**
 * {@code finsam key} and {@code finsam indicators} with official statistics: the bundled illustrative SCB table
 * of RAR Sörmland's municipalities (inhabitants 16–64 at the end of October 2006) and the Norra Västmanland
 * files (a Swedish CSV of 2010, Kolada's ohälsotal), in every format, and with bad input.
 */
class StatisticsCommandTest {

    static final String TABLE = "documents/statistics/folkmangd-sormland-2006M10.json";
    static final String CSV_TABLE = "documents/statistics/folkmangd-norra-vastmanland-2010.csv";
    static final String KOLADA = "documents/statistics/kolada-ohalsotal-norra-vastmanland.json";
    static final String INDICATORS = "documents/norra-vastmanland-indicators.json";

    private static String sha256(String file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(Path.of(file))));
    }

    @Test
    void key_printsThePlanDocument_withAPopulationKeyFromTheTable_thatReadsBackAndSplits() throws Exception {
        CliTest.Run r = run("key", "--population", TABLE, "--year", "2006M10", CliTest.RAR);

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        AnnualPlan plan = FinsamJson.create().plan().read(r.out());
        ContributionKey.Population key = (ContributionKey.Population) plan.association().charter().municipalKey();
        assertThat(key.values()).containsEntry(MemberId.of("eskilstuna"), 60_320L).containsEntry(MemberId.of("vingaker"), 5_502L)
                .hasSize(9);
        assertThat(key.values().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(171_202L);
        assertThat(key.referenceDate()).hasValueSatisfying(d -> assertThat(d).hasToString("2006-10-31"));
        assertThat(key.ageBand()).hasValueSatisfying(b -> assertThat(b).hasToString("16-64"));
        String hash = sha256(TABLE);
        assertThat(key.source()).hasValueSatisfying(s -> {
            assertThat(s.publisher()).isEqualTo("SCB");
            assertThat(s.dataset()).isEqualTo("BE0101N1");
            assertThat(s.updated()).contains("2006-11-20T09:30:00");
            assertThat(s.file()).contains("folkmangd-sormland-2006M10.json");
            assertThat(s.sha256()).contains(hash);
        });
        // Everything else of the plan is kept: the split of the state and the region, the projects.
        assertThat(plan.contributions().unitsOf(MemberId.of("fk"))).isEqualTo(7_500_000);
        assertThat(plan.contributions().unitsOf(MemberId.of("eskilstuna"))).isEqualTo(1_321_246);
        assertThat(plan.projects()).hasSize(FinsamJson.create().plan().read(Files.readString(Path.of(CliTest.RAR))).projects().size());
    }

    @Test
    void key_settle_showsBothKeys_theSourceAndWhatEachMunicipalityPaysMore() throws Exception {
        CliTest.Run r = run("key", "--population", TABLE, "--year", "2006M10", "--settle", "--lang", "sv", CliTest.RAR);

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Avräkning 2007 mot den nya kommunala fördelningsnyckeln\n").contains(
                "Att betala efter den nya kommunala fördelningsnyckeln: invånarantal den 2006-10-31, åldrarna 16-64.\n",
                "Eskilstuna           34,9 %     60 320\n",
                "Eskilstuna   1 308 750 kr  1 321 246 kr   12 496 kr\n",
                "Vingåker       131 250 kr    120 515 kr  -10 735 kr\n",
                "Totalt       3 750 000 kr  3 750 000 kr        0 kr\n",
                "Källa: SCB, tabell BE0101N1 (Folkmängden per månad efter region, ålder och månad), uppdaterad\n",
                sha256(TABLE));
        CliTest.assertReadmeShows(Files.readString(Path.of("../docs/statistics.md")),
                "Avräkning 2007 mot den nya kommunala fördelningsnyckeln\n", r.out());
        CliTest.assertReadmeShows(Files.readString(Path.of("../README.md")),
                "Avräkning per kommun\n", r.out());
    }

    @Test
    void key_settle_inEveryFormat(@TempDir Path dir) throws Exception {
        String[] common = {"key", "--population", TABLE, "--year", "2006M10", "--settle"};
        CliTest.Run json = run(concat(common, "--format", "json", CliTest.RAR));
        assertThat(json.status()).as(json.err()).isZero();
        assertThat(json.out()).contains("\"preliminaryKey\" : {", "\"finalKey\" : {", "\"sha256\" : \"" + sha256(TABLE) + "\"",
                "\"member\" : \"vingaker\",\n    \"invoiced\" : \"131250\",\n    \"due\" : \"120515\",\n    \"difference\" : \"-10735\"");

        CliTest.Run csv = run(concat(common, "--format", "csv", "--lang", "sv", CliTest.RAR));
        assertThat(csv.status()).as(csv.err()).isZero();
        // CSV holds the figures only, as every CSV of the tool: the source is in the other formats.
        assertThat(csv.out()).contains("vingaker;Vingåker;131250;120515;-10735\r\n", "vingaker;Vingåker;3,5;5502\r\n");

        CliTest.Run html = run(concat(common, "--format", "html", "--lang", "en", "--explain", CliTest.RAR));
        assertThat(html.status()).as(html.err()).isZero();
        assertThat(html.out()).startsWith("<!DOCTYPE html>").contains("Settlement 2007 against the new municipal key",
                "Source: SCB, table BE0101N1", "How the new split came about");

        Path xlsx = dir.resolve("avrakning.xlsx");
        CliTest.Run workbook = run(concat(common, "--format", "xlsx", "--output", xlsx.toString(), CliTest.RAR));
        assertThat(workbook.status()).as(workbook.err()).isZero();
        try (InputStream in = Files.newInputStream(xlsx); Workbook book = new XSSFWorkbook(in)) {
            assertThat(book.getNumberOfSheets()).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void key_asATable_isTheSplitUnderTheNewKey_withItsSource() {
        CliTest.Run r = run("key", "--population", TABLE, "--year", "2006M10", "--format", "table", "--lang", "sv", CliTest.RAR);

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Medlemmarnas bidrag 2007\n").contains(
                "Kommunal fördelningsnyckel: invånarantal den 2006-10-31, åldrarna 16-64.\n",
                "Eskilstuna            Kommun                         60 320   1 321 246 kr\n",
                "Källa: SCB, tabell BE0101N1");
    }

    @Test
    void key_otherAgesAndYear_andAnAgeBandTheTableCannotMake() {
        CliTest.Run wide = run("key", "--population", TABLE, "--year", "2006M10", "--ages", "16-150", CliTest.RAR);
        assertThat(wide.status()).as(wide.err()).isZero();
        assertThat(wide.out()).contains("\"ageBand\" : \"16-150\"");

        CliTest.Run cut = run("key", "--population", TABLE, "--year", "2006M10", "--ages", "18-64", CliTest.RAR);
        assertThat(cut.status()).isEqualTo(Cli.INVALID);
        assertThat(cut.out()).isEmpty();
        assertThat(cut.err()).startsWith("finsam: " + TABLE + " is invalid").contains("statistics.ages-not-covered", "16-19");

        CliTest.Run year = run("key", "--population", TABLE, "--year", "2007M10", CliTest.RAR);
        assertThat(year.status()).isEqualTo(Cli.INVALID);
        assertThat(year.err()).contains("/period", "statistics.period-missing", "2007M10");
    }

    @Test
    void key_withoutWhatItNeeds_isAUsageError() {
        CliTest.Run noTable = run("key", "--year", "2006M10", CliTest.RAR);
        assertThat(noTable.status()).isEqualTo(Cli.USAGE);
        assertThat(noTable.err()).startsWith("finsam: key: give --population FILE");

        CliTest.Run noYear = run("key", "--population", TABLE, CliTest.RAR);
        assertThat(noYear.status()).isEqualTo(Cli.USAGE);
        assertThat(noYear.err()).startsWith("finsam: key: give --year Y");

        CliTest.Run badYear = run("key", "--population", TABLE, "--year", "06", CliTest.RAR);
        assertThat(badYear.status()).isEqualTo(Cli.USAGE);
        assertThat(badYear.err()).contains("option --year takes a year such as 2023, a month such as 2023M10 or a quarter such as 2023K4, not '06'");

        CliTest.Run badAges = run("key", "--population", TABLE, "--year", "2006M10", "--ages", "64-16", CliTest.RAR);
        assertThat(badAges.status()).isEqualTo(Cli.USAGE);
        assertThat(badAges.err()).contains("option --ages takes FROM-TO");

        CliTest.Run missing = run("key", "--population", "no-such-table.json", "--year", "2006M10", CliTest.RAR);
        assertThat(missing.status()).isEqualTo(Cli.USAGE);
        assertThat(missing.err()).startsWith("finsam: cannot read --population 'no-such-table.json': no such file");

        CliTest.Run stdin = run("key", "--population", "-", "--year", "2006M10", CliTest.RAR);
        assertThat(stdin.status()).isEqualTo(Cli.USAGE);
    }

    @Test
    void key_ofABadTable_reportsEveryFaultLocatedInTheTable(@TempDir Path dir) throws Exception {
        Path table = dir.resolve("folkmangd.csv");
        Files.writeString(table, """
                "region";"ålder";"år";"Folkmängd"
                "0484 Eskilstuna";"16-64 år";"2006";..
                "0482 Flen";"16-64 år";"2006";12,5
                """, StandardCharsets.UTF_8);

        CliTest.Run r = run("key", "--population", table.toString(), "--year", "2006", CliTest.RAR);

        assertThat(r.status()).isEqualTo(Cli.INVALID);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("finsam: " + table + " is invalid (2 violations):\n")
                .contains("/rows/2/4", "/rows/3/4", "statistics.value-not-a-count", "'..'", "'12,5'");
    }

    @Test
    void key_ofAPlanWhoseMunicipalitiesLackCodes_reportsThePlan(@TempDir Path dir) throws Exception {
        Path plan = dir.resolve("plan.json");
        Files.writeString(plan, Files.readString(Path.of(CliTest.RAR)).replace(", \"code\": \"0482\"", ""));

        CliTest.Run r = run("key", "--population", TABLE, "--year", "2006M10", plan.toString());

        assertThat(r.status()).isEqualTo(Cli.INVALID);
        assertThat(r.err()).startsWith("finsam: " + plan + " is invalid (1 violation):\n")
                .contains("/association/members/4/code", "statistics.member-without-code", "'Flen'");

        // The plan's faults come first, even when the table is broken too.
        Path broken = dir.resolve("trasig.csv");
        Files.writeString(broken, "\"region\";\"ålder\";\"år\";\"Folkmängd\"\n\"0484\";\"16-64\";\"2006\";..\n");
        CliTest.Run both = run("key", "--population", broken.toString(), "--year", "2006", plan.toString());
        assertThat(both.status()).isEqualTo(Cli.INVALID);
        assertThat(both.err()).startsWith("finsam: " + plan + " is invalid (1 violation):\n").contains("'Flen'");
    }

    @Test
    void indicators_takePopulationsFromATable_andKoladasKeyFiguresAsPublished() throws Exception {
        CliTest.Run r = run("indicators", "--lang", "sv", "--population", CSV_TABLE, "--year", "2010", "--kolada", KOLADA,
                INDICATORS);

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains(
                "Befolkningen i åldern 16-64 är hämtad ur en befolkningstabell, densamma i varje period. Källa: SCB,\n",
                "Nyckeltal N00957 enligt källan\n",
                "N00957     Norberg          2011    45,2  saknas (Uppgift saknas)  38,4  kvinnor: saknas (Uppgift saknas)\n",
                "Källa: Kolada, nyckeltal N00957; fil kolada-ohalsotal-norra-vastmanland.json, SHA-256\n" + sha256(KOLADA),
                // 2010: Fagersta's 7 560 inhabitants in the table instead of the document's 7 610.
                "Fagersta                               Kommun                                67,34                    64,31\n");
        CliTest.Run without = run("indicators", "--lang", "sv", INDICATORS);
        assertThat(without.out()).contains("Fagersta                               Kommun                                66,90")
                .doesNotContain("Källa");

        CliTest.Run json = run("indicators", "--format", "json", "--population", CSV_TABLE, "--year", "2010", "--kolada",
                KOLADA, INDICATORS);
        assertThat(json.status()).as(json.err()).isZero();
        assertThat(json.out()).contains("\"populationSource\" : {", "\"keyFigures\" : [ {", "\"id\" : \"N00957\"",
                "\"group\" : \"WOMEN\",\n      \"value\" : null,\n      \"status\" : \"Uppgift saknas\"",
                "\"value\" : \"44.1\"");
    }

    @Test
    void indicators_withStatistics_inEveryFormat(@TempDir Path dir) throws Exception {
        CliTest.Run csv = run("indicators", "--format", "csv", "--lang", "sv", "--kolada", KOLADA, INDICATORS);
        assertThat(csv.status()).as(csv.err()).isZero();
        // A missing value is an empty cell in CSV, never 0.
        assertThat(csv.out()).contains("keyFigure;area;name;year;total;women;men;remark\r\n",
                "N00957;norberg;Norberg;2011;45,2;;38,4;kvinnor: saknas (Uppgift saknas)\r\n");

        CliTest.Run html = run("indicators", "--format", "html", "--lang", "en", "--kolada", KOLADA, INDICATORS);
        assertThat(html.status()).as(html.err()).isZero();
        assertThat(html.out()).contains("Key figure N00957 according to its source", "missing (Uppgift saknas)", "Source: Kolada");

        Path xlsx = dir.resolve("indikatorer.xlsx");
        CliTest.Run workbook = run("indicators", "--format", "xlsx", "--output", xlsx.toString(), "--population", CSV_TABLE,
                "--year", "2010", "--kolada", KOLADA, INDICATORS);
        assertThat(workbook.status()).as(workbook.err()).isZero();
        try (InputStream in = Files.newInputStream(xlsx); Workbook book = new XSSFWorkbook(in)) {
            assertThat(book.getNumberOfSheets()).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void indicators_withBadStatistics(@TempDir Path dir) throws Exception {
        CliTest.Run yearAlone = run("indicators", "--year", "2010", INDICATORS);
        assertThat(yearAlone.status()).isEqualTo(Cli.USAGE);
        assertThat(yearAlone.err()).contains("--year is the year of a --population table");

        CliTest.Run noYear = run("indicators", "--population", CSV_TABLE, INDICATORS);
        assertThat(noYear.status()).isEqualTo(Cli.USAGE);

        Path truncated = dir.resolve("kolada.json");
        String whole = Files.readString(Path.of(KOLADA));
        Files.writeString(truncated, whole.substring(0, whole.length() / 2));
        CliTest.Run cut = run("indicators", "--kolada", truncated.toString(), INDICATORS);
        assertThat(cut.status()).isEqualTo(Cli.INVALID);
        assertThat(cut.err()).startsWith("finsam: " + truncated + " is invalid").contains("statistics.file-unreadable");

        CliTest.Run none = run("indicators", "--kolada", "no-such-kolada.json", INDICATORS);
        assertThat(none.status()).isEqualTo(Cli.USAGE);
        assertThat(none.err()).contains("cannot read --kolada 'no-such-kolada.json': no such file");

        CliTest.Run otherPlace = run("indicators", "--population", TABLE, "--year", "2006M10", INDICATORS);
        assertThat(otherPlace.status()).isEqualTo(Cli.INVALID);
        assertThat(otherPlace.err()).startsWith("finsam: " + TABLE + " is invalid").contains("statistics.region-missing",
                "1982");
    }

    @Test
    void indicators_ofAKoladaAnswerWithoutItsLastPage_isRefused(@TempDir Path dir) throws Exception {
        Path page1 = dir.resolve("sida1.json");
        Files.writeString(page1, Files.readString(Path.of(KOLADA)).replace("\"next_page\": null",
                "\"next_page\": \"https://api.kolada.se/v2/data/kpi/N00957/year/2010,2011?page=2\""));

        CliTest.Run r = run("indicators", "--kolada", page1.toString(), INDICATORS);

        assertThat(r.status()).isEqualTo(Cli.INVALID);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("statistics.page-missing", "sida1.json: the answer goes on at", "give them all");
    }

    @Test
    void key_acceptsTheDashesAndQuartersTheDocsWrite() {
        CliTest.Run dash = run("key", "--population", TABLE, "--year", "2006M10", "--ages", "16\u201364", CliTest.RAR);
        assertThat(dash.status()).as(dash.err()).isZero();
        assertThat(dash.out()).contains("\"ageBand\" : \"16-64\"");

        CliTest.Run quarter = run("key", "--population", TABLE, "--year", "2006K4", CliTest.RAR);
        assertThat(quarter.status()).isEqualTo(Cli.INVALID);
        assertThat(quarter.err()).contains("statistics.period-missing", "2006K4");
    }

    @Test
    void key_namesTheMunicipalityWhoseCodeTheTableLacks(@TempDir Path dir) throws Exception {
        Path plan = dir.resolve("plan.json");
        Files.writeString(plan, Files.readString(Path.of(CliTest.RAR)).replace("\"code\": \"0481\"", "\"code\": \"0499\""));

        CliTest.Run r = run("key", "--population", TABLE, "--year", "2006M10", plan.toString());

        assertThat(r.status()).isEqualTo(Cli.INVALID);
        assertThat(r.err()).startsWith("finsam: " + TABLE + " is invalid (1 violation):\n")
                .contains("/regions/5", "statistics.region-missing", "Oxelösund (0499)", "choose it too");
    }

    private static String[] concat(String[] first, String... rest) {
        String[] all = new String[first.length + rest.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(rest, 0, all, first.length, rest.length);
        return all;
    }
}
