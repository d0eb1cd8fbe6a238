package se.finsam.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.cli.CliTest.run;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code finsam socioeconomic}: the bundled programme for 160 young people in Jönköping county (the figures of
 * the hand-computed SocioEconomicCalculationTest), in every format, with a participant follow-up, and with bad
 * input.
 */
class SocioEconomicCommandTest {

    static final String EXAMPLE = "documents/unga-jonkoping.json";
    static final String FOLLOW_UP = "documents/kvinnocoacher-2011.json";

    @Test
    void table_showsWhoInvestsAndWhoGains_paybackAndBreakEven() {
        CliTest.Run r = run("socioeconomic", "--lang", "sv", EXAMPLE);

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("Samhällsekonomisk kalkyl: Unga till arbete i Jönköpings län\n").contains(
                "Vem investerar, vem vinner: 1 år efter projektet\n",
                "Kommunen                     2 250 000 kr       5 603 865 kr   3 353 865 kr                          17"
                        + "  återbetald                                 17  inom deltagarna\n",
                "Försäkringskassan            4 500 000 kr       1 352 657 kr  -3 147 343 kr                           –"
                        + "  inte inom horisonten                      134  inom deltagarna\n",
                "Samhället                    9 000 000 kr      13 140 097 kr   4 140 097 kr                          21"
                        + "  återbetald                                 28  inom deltagarna\n",
                "Försäkringskassan            4 500 000 kr       5 214 463 kr     714 463 kr                          61",
                "Samhället                    9 000 000 kr      94 585 453 kr  85 585 453 kr                          21",
                "Känslighetsanalys, 20 år efter projektet\n");
    }

    @Test
    void english_namesTheActors() {
        CliTest.Run r = run("socioeconomic", "--lang", "en", EXAMPLE);

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("Who invests, who gains: 1 year after the project").contains("Society")
                .doesNotContain("SOCIAL_INSURANCE_AGENCY").doesNotContain("MUNICIPALITY");
    }

    @Test
    void json_isTheGoldenReportOfFinsamJson() throws Exception {
        CliTest.Run r = run("socioeconomic", "--format", "json", EXAMPLE);

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo(Files.readString(
                Path.of("../finsam-json/src/test/resources/golden/socioeconomic-unga-jonkoping.json")));
    }

    @Test
    void everyOtherFormat_isWritten(@TempDir Path dir) throws Exception {
        CliTest.Run csv = run("socioeconomic", "--format", "csv", "--lang", "sv", EXAMPLE);
        assertThat(csv.status()).as(csv.err()).isZero();
        assertThat(csv.out()).contains("4140097");

        CliTest.Run html = run("socioeconomic", "--format", "html", "--lang", "sv", EXAMPLE);
        assertThat(html.status()).as(html.err()).isZero();
        assertThat(html.out()).startsWith("<!DOCTYPE html>").contains("<svg").contains("Vem investerar, vem vinner");

        Path xlsx = dir.resolve("kalkyl.xlsx");
        CliTest.Run workbook = run("socioeconomic", "--format", "xlsx", "--explain", "--output", xlsx.toString(), EXAMPLE);
        assertThat(workbook.status()).as(workbook.err()).isZero();
        try (InputStream in = Files.newInputStream(xlsx); Workbook book = new XSSFWorkbook(in)) {
            assertThat(book.getNumberOfSheets()).isGreaterThan(5);
        }
    }

    @Test
    void explain_showsHowTheFiguresCameAbout() {
        CliTest.Run r = run("socioeconomic", "--explain", "--lang", "sv", EXAMPLE);

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("9 000 000 kr × 1/4").contains("⌈4,82⌉");
    }

    @Test
    void followUp_givesTheParticipantsAndThoseInWorkOrStudies() {
        CliTest.Run r = run("socioeconomic", "--lang", "sv", "--followup", FOLLOW_UP, EXAMPLE);

        assertThat(r.status()).as(r.err()).isZero();
        // Kvinnocoacher: 31 started, 15 of the finished in work or studies after.
        assertThat(r.out()).containsPattern("\nDeltagare +31\n").containsPattern("\nLyckade \\(når arbete eller studier\\) +15\n");
        assertThat(run("socioeconomic", "--format", "json", "--followup", FOLLOW_UP, EXAMPLE).out())
                .contains("\"participants\" : 31").contains("\"successful\" : \"15\"");
    }

    @Test
    void followUp_isNamedInTheReport_andInTheJson() {
        CliTest.Run r = run("socioeconomic", "--lang", "sv", "--followup", FOLLOW_UP, EXAMPLE);

        assertThat(r.out()).contains("Deltagarna och de som lyckas är hämtade från deltagaruppföljningen ”Kvinnocoacher för\n"
                + "arbetsåtergång”");
        assertThat(run("socioeconomic", "--format", "json", "--followup", FOLLOW_UP, EXAMPLE).out())
                .contains("\"successFromFollowUp\" : \"Kvinnocoacher för arbetsåtergång\"");
        assertThat(run("socioeconomic", "--format", "json", EXAMPLE).out()).doesNotContain("successFromFollowUp");
    }

    @Test
    void aCalculation_givenWhereAFollowUpIsExpected_isTheWrongKind_andSaysWhichCommandReadsIt() {
        // Both have "participants"; "costOfExclusion" decides.
        CliTest.Run asFollowUp = run("followup", EXAMPLE);
        assertThat(asFollowUp.status()).isEqualTo(Cli.INVALID);
        assertThat(asFollowUp.err()).contains("json.wrong-document-kind")
                .contains("This is a socio-economic calculation document (it has 'costOfExclusion')")
                .contains("use 'finsam socioeconomic'");

        CliTest.Run asOption = run("socioeconomic", "--followup", EXAMPLE, EXAMPLE);
        assertThat(asOption.status()).isEqualTo(Cli.INVALID);
        assertThat(asOption.err()).contains("finsam: " + EXAMPLE + " is invalid (1 violation)")
                .contains("not a participant follow-up document");
    }

    @Test
    void breakEven_beyondWhatALongCounts_isPrinted(@TempDir Path dir) throws Exception {
        // A hundred-quintillionth of a krona a person and year: 9 000 000 × 10²⁰ × 207/200 people would be needed.
        Path tiny = dir.resolve("tiny.json");
        Files.writeString(tiny, """
                {"name": "Liten vinst", "participants": 10, "successful": 1, "projectCosts": ["9000000"],
                 "costOfExclusion": {"lostProduction": "0.00000000000000000001", "actors": []},
                 "effect": {"shares": ["100"]}, "discountRate": "3.5", "horizons": [1]}
                """);

        CliTest.Run r = run("socioeconomic", "--lang", "sv", "--explain", tiny.toString());

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("931 500 000 000 000 000 000 000 000  fler än deltagarna");
        assertThat(run("socioeconomic", "--format", "json", tiny.toString()).out())
                .contains("\"successful\" : 931500000000000000000000000");
    }

    @Test
    void followUp_thatCannotBeRead_isAUsageError_andAnInvalidOne_namesItsFile(@TempDir Path dir) throws Exception {
        CliTest.Run missing = run("socioeconomic", "--followup", dir.resolve("saknas.json").toString(), EXAMPLE);
        assertThat(missing.status()).isEqualTo(Cli.USAGE);
        assertThat(missing.err()).contains("cannot read --followup").contains("no such file");
        assertThat(missing.out()).isEmpty();

        CliTest.Run plan = run("socioeconomic", "--followup", CliTest.RAR, EXAMPLE);
        assertThat(plan.status()).isEqualTo(Cli.INVALID);
        assertThat(plan.err()).contains("finsam: " + CliTest.RAR + " is invalid").contains("json.wrong-document-kind");
        assertThat(plan.out()).isEmpty();

        Path nobody = dir.resolve("ingen.json");
        Files.writeString(nobody, Files.readString(Path.of(FOLLOW_UP)).replaceAll("(?s)\"participants\": \\[.*?\\n  \\]",
                "\"participants\": []"));
        CliTest.Run empty = run("socioeconomic", "--followup", nobody.toString(), EXAMPLE);
        assertThat(empty.status()).as(empty.out() + empty.err()).isEqualTo(Cli.INVALID);
        assertThat(empty.err()).contains(nobody + " is invalid").contains("socioeconomic.participants-out-of-range");

        assertThat(run("socioeconomic", "--followup", "-", EXAMPLE).status()).isEqualTo(Cli.USAGE);
        assertThat(run("split", "--followup", FOLLOW_UP, CliTest.RAR).status()).isEqualTo(Cli.USAGE);
    }

    @Test
    void badDocument_reportsEveryFault_withItsPath(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(Path.of(EXAMPLE))
                .replace("\"horizons\": [1, 5, 20]", "\"horizons\": [0, 5, 5]")
                .replace("\"discountRate\": \"3.5\"", "\"discountRate\": \"120\"")
                .replace("\"realCosts\": \"40000\"", "\"realCosts\": \"-40000\""));

        CliTest.Run r = run("socioeconomic", bad.toString());

        assertThat(r.status()).isEqualTo(Cli.INVALID);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("/horizons/0", "/horizons/2", "/discountRate", "/costOfExclusion/actors/0/realCosts",
                "socioeconomic.horizon-out-of-range", "socioeconomic.discount-rate-out-of-range", "amount.negative");
        CliTest.Run validate = run("validate", bad.toString());
        assertThat(validate.status()).isEqualTo(Cli.INVALID);
        assertThat(validate.err()).contains("/horizons/0", "/discountRate", "/costOfExclusion/actors/0/realCosts");
    }

    @Test
    void documentation_showsWhatTheToolPrints() throws Exception {
        String doc = Files.readString(Path.of("../docs/socioeconomic.md"));
        CliTest.assertReadmeShows(doc, "Vem investerar, vem vinner: 1 år efter projektet\n",
                run("socioeconomic", "--lang", "sv", EXAMPLE).out());
        String readme = Files.readString(Path.of("../README.md"));
        CliTest.assertReadmeShows(readme, "Vem investerar, vem vinner: 20 år efter projektet\n",
                run("socioeconomic", "--lang", "sv", EXAMPLE).out());
    }

    @Test
    void validate_knowsTheCalculation() {
        CliTest.Run r = run("validate", EXAMPLE);

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(run("--help").out()).contains("socioeconomic");
        assertThat(run("socioeconomic", "--help").out()).contains("--followup FILE");
    }
}
