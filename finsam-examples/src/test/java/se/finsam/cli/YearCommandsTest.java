package se.finsam.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.cli.CliTest.RAR;
import static se.finsam.cli.CliTest.run;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.finsam.json.FinsamJson;

/**
 * {@code finsam plan} and {@code finsam outcome}: on RAR Sörmland 2007–2009 with its illustrative outcome to
 * 30 April 2007 (the figures of the hand-computed YearAsItHappensTest), and on the 2007 plan, which has one year
 * and no outcome: the validity of a document never depends on the command.
 */
class YearCommandsTest {

    static final String RAR_2007_2009 = "documents/rar-sormland-2007-2009.json";

    @Test
    void plan_printsTheThreeYears_thePreliminaryOneMarked() {
        CliTest.Run r = run("plan", "--lang", "sv", RAR_2007_2009);

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Flerårsplan 2007–2009\n").contains("""
                Disponibelt (intäkter − kostnader totalt)   6 874 000 kr   9 679 000 kr  12 593 000 kr
                Åtaganden efter året                        2 914 000 kr           0 kr           0 kr
                Reservation för åtaganden                   2 914 000 kr           0 kr           0 kr
                Ej reserverat överskott                     3 960 000 kr   9 679 000 kr  12 593 000 kr
                Åtaganden som inte täcks                            0 kr           0 kr           0 kr
                Beräknat eget kapital vid årets slut        8 874 000 kr  18 553 000 kr  31 146 000 kr
                """);
        assertThat(r.err()).isEmpty();
    }

    @Test
    void outcome_printsTheFollowUpAt30April_theYearEnd_andTheMembersShares() {
        CliTest.Run r = run("outcome", "--lang", "sv", RAR_2007_2009);

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Budgetuppföljning 2007\n").contains(
                "Utfall från den 1 januari till och med 2007-04-30: 32,9 % av året har gått.\n",
                "Flen Soc-Af                                 398 000 kr       320 000 kr    420 000 kr    22 000 kr"
                        + "        5,5 %       80,4 %          44,0 %  Över takten\n",
                "Årets resultat och eget kapital", "Eget kapital vid årets slut                 9 113 000 kr\n",
                "Medlemmarnas andelar",
                "Eskilstuna            Kommun                         795 109 kr           620 609 kr\n");
    }

    @Test
    void planAndOutcome_asJson_areFinsamJsonsWriters() throws java.io.IOException {
        FinsamJson json = FinsamJson.create();
        var plan = json.plan().read(Path.of(RAR_2007_2009));

        assertThat(run("plan", "--format", "json", RAR_2007_2009).out()).isEqualTo(json.plan().writeMultiYear(plan.multiYear()));
        assertThat(run("outcome", "--format", "json", RAR_2007_2009).out()).isEqualTo(json.plan().writeOutcome(plan))
                .contains("\"yearPassedPercent\" : \"2400/73\"", "\"closingEquity\" : \"9113000\"");
    }

    @Test
    void outcome_ofAPlanWithoutOutcome_restsOnTheForecast() {
        CliTest.Run r = run("outcome", "--lang", "en", RAR);

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("No outcome is given: nothing is booked yet, and the year end rests on the forecast",
                "Basis                                                 The forecast: budgeted income and forecast costs\n",
                "Opening equity                                 SEK 0  Not given, counted as 0\n",
                "Equity at year end                     SEK 6,874,000\n")
                .doesNotContain("Outcome to date", "Used %");
    }

    @Test
    void plan_ofAPlanOfOneYear_hasOneColumn() {
        CliTest.Run r = run("plan", "--lang", "en", "--format", "csv", "--csv-dialect", "rfc4180", RAR);

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("member,name,y2007\r\nfk,Försäkringskassan,7500000\r\n")
                .contains("\r\nDisposable (income − total costs),6874000\r\n");
    }

    @Test
    void outcome_asHtml_drawsBudgetAgainstForecast() {
        CliTest.Run r = run("outcome", "--lang", "sv", "--format", "html", RAR_2007_2009);

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("<svg", "aria-label=\"Budget mot prognos per projekt, och avvikelsen\"",
                ">-307 000 kr<");
    }

    @Test
    void outcome_explained_takesTheMembersSharesApart(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("outcome.xlsx");
        CliTest.Run r = run("outcome", "--explain", "--format", "xlsx", "--lang", "sv", "--output", file.toString(),
                RAR_2007_2009);

        assertThat(r.status()).as(r.err()).isZero();
        try (InputStream in = Files.newInputStream(file); Workbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(10);
            assertThat(workbook.getSheetAt(5).getSheetName()).isEqualTo("Medlemmarnas andelar");
        }
    }
}
