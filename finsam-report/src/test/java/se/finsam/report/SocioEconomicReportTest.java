package se.finsam.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.finsam.testing.Samples.sek;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.money.Monetary;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import se.finsam.money.Fraction;
import se.finsam.socioeconomic.Actor;
import se.finsam.socioeconomic.CostOfExclusion;
import se.finsam.socioeconomic.Effect;
import se.finsam.socioeconomic.ExclusionCost;
import se.finsam.socioeconomic.SocioEconomicCalculation;
import se.finsam.socioeconomic.Success;

/**
 * The report of {@code finsam socioeconomic} on the example of issue 16 (160 young people in Jönköping county,
 * 25 % succeeding, 9 000 000 kr in one project year, 437 500 kr of exclusion per person and year split
 * illustratively between the actors, a yearly fall-off of 10 %, 3.5 %, horizons 1, 5 and 20 years), each
 * figure checked against the present values computed here from first principles, and on a project that never
 * pays back.
 */
class SocioEconomicReportTest {

    static final SocioEconomicCalculation UNGA = new SocioEconomicCalculation("Unga till arbete i Jönköpings län",
            Optional.of("Siffrorna är publicerade; fördelningen mellan aktörerna är ett exempel."),
            Monetary.getCurrency("SEK"), List.of(sek("9000000")), Success.rate(160, Fraction.of(1, 4)),
            new CostOfExclusion(List.of(
                    new ExclusionCost(Actor.MUNICIPALITY, sek("40000"), sek("60000"), sek("45000")),
                    new ExclusionCost(Actor.REGION, sek("30000"), sek("0"), sek("20000")),
                    new ExclusionCost(Actor.SOCIAL_INSURANCE_AGENCY, sek("5000"), sek("30000"), sek("0")),
                    new ExclusionCost(Actor.PUBLIC_EMPLOYMENT_SERVICE, sek("25000"), sek("7500"), sek("0")),
                    new ExclusionCost(Actor.REST_OF_STATE, sek("0"), sek("0"), sek("55000"))), sek("240000")),
            Effect.fallingOff(Fraction.of(1, 10)), Fraction.of(7, 200), List.of(1, 5, 20));

    /** Ten participants, one succeeding, who is worth 1 000 kr a year to the municipality and nothing else. */
    static final SocioEconomicCalculation NEVER = new SocioEconomicCalculation("Aldrig", Optional.empty(),
            Monetary.getCurrency("SEK"), List.of(sek("400000")), Success.count(10, 1),
            new CostOfExclusion(List.of(ExclusionCost.of(Actor.MUNICIPALITY, sek("1000"), sek("0"))), sek("0")),
            Effect.byYear(List.of(Fraction.ONE)), Fraction.ZERO, List.of(1));

    private static final Report REPORT = Report.socioeconomic(UNGA);
    private static final Report EXPLAINED = Report.socioeconomic(UNGA, Detail.EXPLAINED);

    // --- first principles -----------------------------------------------------------------------------

    /** 1/(1 + 3,5 %) = 200/207. */
    private static final Fraction D = Fraction.of(200, 207);

    /** The present value of what {@code perPerson} a year is worth over the horizon: Σ 40 × 0,9^(k−1) × perPerson × d^k. */
    private static Fraction gains(long perPerson, int horizon) {
        Fraction sum = Fraction.ZERO;
        Fraction share = Fraction.ONE;
        Fraction factor = D;
        for (int k = 1; k <= horizon; k++) {
            sum = sum.plus(Fraction.of(40 * perPerson, 1).multipliedBy(share).multipliedBy(factor));
            share = share.multipliedBy(Fraction.of(9, 10));
            factor = factor.multipliedBy(D);
        }
        return sum;
    }

    private static long kronor(Fraction amount) {
        return amount.toBigDecimal(0, RoundingMode.HALF_UP).longValueExact();
    }

    @Test
    void firstPrinciples_giveTheFiguresTheReportShows() {
        // the municipality: 145 000 kr a person and year, a quarter of 9 000 000 kr
        assertThat(kronor(gains(145_000, 1))).isEqualTo(5_603_865);
        assertThat(kronor(gains(145_000, 1).minus(Fraction.of(2_250_000, 1)))).isEqualTo(3_353_865);
        assertThat(kronor(gains(145_000, 20).minus(Fraction.of(2_250_000, 1)))).isEqualTo(38_087_914);
        // Försäkringskassan: 35 000 kr, half the cost
        assertThat(kronor(gains(35_000, 1).minus(Fraction.of(4_500_000, 1)))).isEqualTo(-3_147_343);
        assertThat(kronor(gains(35_000, 20).minus(Fraction.of(4_500_000, 1)))).isEqualTo(5_236_738);
        // society: the real costs, 100 000 kr, and the production, 240 000 kr
        assertThat(kronor(gains(340_000, 5).minus(Fraction.of(9_000_000, 1)))).isEqualTo(41_654_788);
        assertThat(kronor(gains(340_000, 20).minus(Fraction.of(9_000_000, 1)))).isEqualTo(85_585_453);
        // payback of the municipality: the first year after the project covers it, 12 + ⌈12 × 2 250 000 / PV⌉
        Fraction months = Fraction.of(12 * 2_250_000L, 1).dividedBy(gains(145_000, 1));
        assertThat(months.floor().intValueExact() + 1 + 12).isEqualTo(17);
        // break-even of the municipality over one year: ⌈2 250 000 / (145 000 × d)⌉
        assertThat(Fraction.of(2_250_000, 1).dividedBy(Fraction.of(145_000, 1).multipliedBy(D)).floor().intValueExact() + 1)
                .isEqualTo(17);
    }

    // --- the table ------------------------------------------------------------------------------------

    @Test
    void table_inSwedish_showsTheAssumptions_theFinancing_andWhoInvestsWhoGains() {
        String text = REPORT.toString(Format.TABLE, RenderOptions.SWEDISH);

        assertThat(text).startsWith("""
                Samhällsekonomisk kalkyl: Unga till arbete i Jönköpings län
                Siffrorna är publicerade; fördelningen mellan aktörerna är ett exempel.
                """);
        assertThat(text).contains("Belopp visas avrundade till hela kronor (exakt hälften avrundas bort från noll)");
        assertThat(text).contains("""
                Deltagare                                                               160
                Lyckade (når arbete eller studier)                                       40
                Andel lyckade                                                          25 %
                Projektår                                                                 1
                Projektets kostnad, alla år (odiskonterad)                     9 000 000 kr
                Kostnad för en persons utanförskap per år (som den redovisas)    437 500 kr
                Förlorad produktion per person och år                            240 000 kr
                Effektens bortfall per år                                              10 %
                Kalkylränta                                                           3,5 %
                """, """
                Projektår       Kostnad  Kommunen, 25 %  Regionen, 25 %  Försäkringskassan, 50 %
                1          9 000 000 kr    2 250 000 kr    2 250 000 kr             4 500 000 kr

                Totalt     9 000 000 kr    2 250 000 kr    2 250 000 kr             4 500 000 kr
                """, """
                Individen                      0 kr       -97 500 kr  -120 000 kr  240 000 kr          22 500 kr

                Samhället                100 000 kr             0 kr         0 kr  240 000 kr         340 000 kr
                """);
        assertThat(text).contains("""
                Vem investerar, vem vinner: 1 år efter projektet

                Aktör               Investering (nuvärde)  Vinster (nuvärde)   Nettonuvärde  Återbetalningstid, månader  Återbetalning         Antal lyckade som krävs  Jämfört med deltagarna
                Kommunen                     2 250 000 kr       5 603 865 kr   3 353 865 kr                          17  återbetald                                 17  inom deltagarna
                Regionen                     2 250 000 kr       1 932 367 kr    -317 633 kr                           –  inte inom horisonten                       47  inom deltagarna
                Försäkringskassan            4 500 000 kr       1 352 657 kr  -3 147 343 kr                           –  inte inom horisonten                      134  inom deltagarna
                Arbetsförmedlingen                   0 kr       1 256 039 kr   1 256 039 kr                           –  investerar inte                             –  investerar inte
                Övriga staten                        0 kr       2 125 604 kr   2 125 604 kr                           –  investerar inte                             –  investerar inte
                Individen                            0 kr         869 565 kr     869 565 kr                           –  investerar inte                             –  investerar inte

                Samhället                    9 000 000 kr      13 140 097 kr   4 140 097 kr                          21  återbetald                                 28  inom deltagarna
                """, """
                Samhället                    9 000 000 kr      50 654 788 kr  41 654 788 kr                          21  återbetald                             8  inom deltagarna
                """, """
                Kommunen                     2 250 000 kr      40 337 914 kr  38 087 914 kr                          17  återbetald                             3  inom deltagarna
                """, """
                Försäkringskassan            4 500 000 kr       9 736 738 kr   5 236 738 kr                          61  återbetald                            19  inom deltagarna
                """, """
                Samhället                    9 000 000 kr      94 585 453 kr  85 585 453 kr                          21  återbetald                             4  inom deltagarna
                """);
    }

    @Test
    void table_inSwedish_hasTheAvoidedCosts_theCumulativeValue_andTheSensitivity() {
        String text = REPORT.toString(Format.TABLE, RenderOptions.SWEDISH);

        assertThat(text).contains("""
                Undvikna kostnader år för år, nuvärden, 20 år efter projektet

                År efter projektet  År från start  Andel kvar       Kommunen       Regionen  Försäkringskassan  Arbetsförmedlingen  Övriga staten     Individen      Samhället  Samhället, odiskonterat
                1                               2     100,0 %   5 603 865 kr   1 932 367 kr       1 352 657 kr        1 256 039 kr   2 125 604 kr    869 565 kr  13 140 097 kr            13 600 000 kr
                2                               3      90,0 %   4 872 926 kr   1 680 319 kr       1 176 223 kr        1 092 208 kr   1 848 351 kr    756 144 kr  11 426 171 kr            12 240 000 kr
                """, """
                Totalt                                         40 337 914 kr  13 909 625 kr       9 736 738 kr        9 041 257 kr  15 300 588 kr  6 259 331 kr  94 585 453 kr           119 465 575 kr
                """, """
                År efter projektet      Samhället       Kommunen       Regionen  Försäkringskassan
                                 0  -9 000 000 kr  -2 250 000 kr  -2 250 000 kr      -4 500 000 kr
                                 1   4 140 097 kr   3 353 865 kr    -317 633 kr      -3 147 343 kr
                """, """
                                 4  34 141 895 kr  16 148 749 kr   4 094 396 kr         -58 923 kr
                                 5  41 654 788 kr  19 352 777 kr   5 199 234 kr         714 463 kr
                """, """
                Kalkylränta                                               50 %      1,75 %            96 798 351 kr           42 869 885 kr""");
        // society undiscounted over 20 years: 40 × 340 000 × (1 − 0,9^20) / 0,1
        Fraction undiscounted = Fraction.of(40L * 340_000 * 10, 1).multipliedBy(Fraction.ONE.minus(power(Fraction.of(9, 10), 20)));
        assertThat(kronor(undiscounted)).isEqualTo(119_465_575);
    }

    private static Fraction power(Fraction base, int exponent) {
        Fraction result = Fraction.ONE;
        for (int i = 0; i < exponent; i++) {
            result = result.multipliedBy(base);
        }
        return result;
    }

    @Test
    void table_inEnglish_namesTheActors_never_theirIds() {
        String text = REPORT.toString(Format.TABLE, RenderOptions.ENGLISH);

        assertThat(text).startsWith("Socio-economic calculation: Unga till arbete i Jönköpings län\n");
        assertThat(text).contains("Who invests, who gains: 20 years after the project\n", """
                Municipality                                                 SEK 2,250,000         SEK 40,337,914     SEK 38,087,914               17  paid back                                     3  within the participants
                """, "Social Insurance Agency (Försäkringskassan)", "Public Employment Service (Arbetsförmedlingen)",
                "Rest of the state", "The individual", "\nSociety ");
        assertThat(text).doesNotContain("MUNICIPALITY", "SOCIAL_INSURANCE_AGENCY", "SOCIETY", "PAID_BACK", "NOT_INVESTING");
        assertThat(REPORT.toString(Format.TABLE, RenderOptions.SWEDISH)).doesNotContain("MUNICIPALITY", "SOCIETY",
                "PAID_BACK", "NOT_INVESTING", "WITHIN_PARTICIPANTS");
    }

    // --- CSV, HTML, XLSX ------------------------------------------------------------------------------

    @Test
    void csv_givesCodesAndWords_andPlainNumbers() {
        String csv = REPORT.toString(Format.CSV, RenderOptions.SWEDISH);

        assertThat(csv).contains("""
                actor;actorName;investment;gains;netPresentValue;paybackMonths;payback;paybackName;breakEven;breakEvenStatus;breakEvenStatusName\r
                MUNICIPALITY;Kommunen;2250000;5603865;3353865;17;PAID_BACK;återbetald;17;WITHIN_PARTICIPANTS;inom deltagarna\r
                REGION;Regionen;2250000;1932367;-317633;;NOT_WITHIN_HORIZON;inte inom horisonten;47;WITHIN_PARTICIPANTS;inom deltagarna\r
                """, """
                SOCIETY;Samhället;9000000;13140097;4140097;21;PAID_BACK;återbetald;28;WITHIN_PARTICIPANTS;inom deltagarna\r
                """, """
                year;society;municipality;region;socialInsuranceAgency\r
                0;-9000000;-2250000;-2250000;-4500000\r
                """, """
                DISCOUNT_RATE;Kalkylränta;50;1,75;96798351;42869885;""");
        assertThat(REPORT.toString(Format.CSV, RenderOptions.ENGLISH)).contains(
                "MUNICIPALITY;Municipality;2250000;5603865;3353865;17;PAID_BACK;paid back;17;WITHIN_PARTICIPANTS;within the participants\r\n");
    }

    @Test
    void html_drawsTheInvestmentAndGainsPerActor_andTheCumulativeValueWithItsPaybackPoints() {
        Document page = Jsoup.parse(REPORT.toString(Format.HTML, RenderOptions.SWEDISH));

        assertThat(page.select("section#matrix20 svg rect.bar title").eachText()).startsWith(
                "Kommunen, Investering (nuvärde): 2 250 000 kr", "Kommunen, Vinster (nuvärde): 40 337 914 kr",
                "Regionen, Investering (nuvärde): 2 250 000 kr");
        assertThat(page.select("section#matrix20 svg rect.bar")).hasSize(12);
        assertThat(page.select("section#cumulative svg polyline")).hasSize(4);
        assertThat(page.select("section#cumulative svg circle.point")).hasSize(4 * 21);
        assertThat(page.select("section#cumulative svg circle.crossing title").eachText()).containsExactly(
                "Samhället: passerar noll mellan År efter projektet 0 och 1",
                "Kommunen: passerar noll mellan År efter projektet 0 och 1",
                "Regionen: passerar noll mellan År efter projektet 1 och 2",
                "Försäkringskassan: passerar noll mellan År efter projektet 4 och 5");
        assertThat(page.select("section#cumulative svg text.axis").text()).isEqualTo("År efter projektet");
        // The page's title names the calculation once.
        assertThat(page.title()).isEqualTo("Samhällsekonomisk kalkyl: Unga till arbete i Jönköpings län");
        // society: from −9 000 000 at year 0 to 4 140 097 at year 1, 24 pixels apart: 16 pixels in
        int zeroX = Integer.parseInt(page.select("section#cumulative svg polyline").get(0).attr("points").split(",")[0]);
        assertThat(page.select("section#cumulative svg circle.crossing").eachAttr("cx")).containsExactly(
                Integer.toString(zeroX + 16), Integer.toString(zeroX + 10), Integer.toString(zeroX + 24 + 5),
                Integer.toString(zeroX + 4 * 24 + 2));
        assertThat(page.select("section#cumulative svg circle.crossing").eachAttr("cy")).containsOnly(
                page.select("section#cumulative svg line.zero").attr("y1"));
        assertThat(page.select("script, link, img")).isEmpty();
    }

    @Test
    void xlsx_hasEveryFigure_inBothLanguages_figuresAndExplained() throws IOException {
        for (Report report : List.of(REPORT, EXPLAINED, Report.socioeconomic(NEVER, Detail.EXPLAINED))) {
            for (RenderOptions options : List.of(RenderOptions.SWEDISH, RenderOptions.ENGLISH)) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                report.render(Format.XLSX, options, out);
                try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
                    XlsxRendererTest.assertEveryFigure(report, options, book);
                }
            }
        }
    }

    // --- explained ------------------------------------------------------------------------------------

    @Test
    void explained_takesTheInvestment_theGains_thePayback_andTheBreakEvenApart() {
        assertThat(EXPLAINED.sections()).extracting(Section::id).containsExactly("assumptions", "financing",
                "costOfExclusion", "matrix1", "matrix5", "matrix20", "avoidedCosts", "cumulative", "sensitivity",
                "investmentExplained", "gainsExplained", "paybackExplained", "breakEvenExplained");
        assertThat(rows(EXPLAINED, "investmentExplained", RenderOptions.SWEDISH)).startsWith(
                List.of("Kommunen", "1", "9 000 000 kr × 1/4", "2 250 000 kr"),
                List.of("Kommunen", "", "Investeringens nuvärde", "2 250 000 kr"));
        assertThat(rows(EXPLAINED, "gainsExplained", RenderOptions.SWEDISH)).contains(
                List.of("Kommunen", "1", "40 × 100 % × 145 000 kr × 1/1,035¹", "5 603 865 kr"),
                List.of("Kommunen", "2", "40 × 90 % × 145 000 kr × 1/1,035²", "4 872 926 kr"),
                List.of("Kommunen", "5", "40 × 65,61 % × 145 000 kr × 1/1,035⁵", "3 204 028 kr"),
                List.of("Kommunen", "6", "40 × 59,049 % × 145 000 kr × 1/1,035⁶", "2 786 111 kr"),
                List.of("Samhället", "20", "40 × 13,5 % × 340 000 kr × 1/1,035²⁰", "923 293 kr"),
                List.of("Samhället", "", "Vinsternas nuvärde", "94 585 453 kr"));
        assertThat(kronor(Fraction.of(40L * 145_000, 1).multipliedBy(Fraction.of(9, 10)).multipliedBy(D).multipliedBy(D)))
                .isEqualTo(4_872_926);
        assertThat(rows(EXPLAINED, "paybackExplained", RenderOptions.SWEDISH)).contains(
                List.of("1", "Kommunen", "Täcks under år 2 från start: 12 × 1 + ⌈12 × (2 250 000 kr − 0 kr) / 5 603 865 kr⌉"
                        + " = 12 × 1 + ⌈4,82⌉ = 17 månader", "17"),
                List.of("1", "Regionen", "Vinsternas nuvärde 1 932 367 kr täcker inte investeringens nuvärde 2 250 000 kr"
                        + " inom horisonten", "–"),
                List.of("5", "Försäkringskassan", "Täcks under år 6 från start: 12 × 5 + ⌈12 × (4 500 000 kr − 4 441 077 kr)"
                        + " / 773 386 kr⌉ = 12 × 5 + ⌈0,91⌉ = 61 månader", "61"),
                List.of("5", "Arbetsförmedlingen", "Investerar inget: inget att betala tillbaka", "–"));
        assertThat(rows(EXPLAINED, "breakEvenExplained", RenderOptions.SWEDISH)).contains(
                List.of("1", "Kommunen", "⌈2 250 000 kr / 140 096,62 kr⌉ = ⌈16,06⌉ = 17", "17"),
                List.of("1", "Arbetsförmedlingen", "Investerar inget: 0 räcker", "0"));
        assertThat(rows(EXPLAINED, "gainsExplained", RenderOptions.ENGLISH)).contains(
                List.of("Municipality", "2", "40 × 90% × SEK 145,000 × 1/1.035²", "SEK 4,872,926"));
    }

    @Test
    void aProjectThatNeverPaysBack_saysSo_inWords() {
        Report never = Report.socioeconomic(NEVER, Detail.EXPLAINED);

        assertThat(rows(never, "matrix1", RenderOptions.SWEDISH)).containsExactly(
                List.of("Kommunen", "100 000 kr", "1 000 kr", "-99 000 kr", "–", "inte inom horisonten", "100",
                        "fler än deltagarna"),
                List.of("Regionen", "100 000 kr", "0 kr", "-100 000 kr", "–", "inte inom horisonten", "–",
                        "inget antal räcker"),
                List.of("Försäkringskassan", "200 000 kr", "0 kr", "-200 000 kr", "–", "inte inom horisonten", "–",
                        "inget antal räcker"),
                List.of("Arbetsförmedlingen", "0 kr", "0 kr", "0 kr", "–", "investerar inte", "–", "investerar inte"),
                List.of("Övriga staten", "0 kr", "0 kr", "0 kr", "–", "investerar inte", "–", "investerar inte"),
                List.of("Individen", "0 kr", "0 kr", "0 kr", "–", "investerar inte", "–", "investerar inte"),
                List.of("Samhället", "400 000 kr", "1 000 kr", "-399 000 kr", "–", "inte inom horisonten", "400",
                        "fler än deltagarna"));
        assertThat(rows(never, "breakEvenExplained", RenderOptions.SWEDISH)).contains(
                List.of("1", "Kommunen", "⌈100 000 kr / 1 000 kr⌉ = ⌈100,00⌉ = 100, fler än de 10 deltagarna", "100"),
                List.of("1", "Regionen", "Varje lyckad deltagare ger 0 kr som nuvärde, inte mer än 0: inget antal räcker", "–"));
        assertThat(rows(never, "matrix1", RenderOptions.ENGLISH).get(1)).containsExactly("Region", "SEK 100,000", "SEK 0",
                "SEK -100,000", "–", "not within the horizon", "–", "no number suffices");
        assertThat(rows(never, "assumptions", RenderOptions.SWEDISH)).contains(
                List.of("Andel kvar ur utanförskap år 1 efter projektet", "100 %"), List.of("Kalkylränta", "0 %"));
        Document page = Jsoup.parse(never.toString(Format.HTML, RenderOptions.SWEDISH));
        assertThat(page.select("section#cumulative svg circle.crossing")).isEmpty();
        assertThat(page.select("section#cumulative svg polyline")).hasSize(4);
    }

    @Test
    void anExpectedNumberOfSuccessful_isShownWithTwoDecimals() {
        SocioEconomicCalculation third = UNGA.withSuccess(Success.rate(3, Fraction.of(1, 2)));

        assertThat(rows(Report.socioeconomic(third), "assumptions", RenderOptions.SWEDISH)).contains(
                List.of("Lyckade (når arbete eller studier)", "1,50"), List.of("Andel lyckade", "50 %"));
    }

    @Test
    void aLineChart_drawsColumnsOfNumbersOnly() {
        Section.Builder s = Section.builder("x", Text.literal("x"), Column.numbers("year", "column.year"),
                Column.words("word", "column.item"));
        s.row(Cell.count(0), Cell.text("a"));

        assertThatThrownBy(() -> s.chart(Chart.lines(Text.literal("t"), "year", List.of("word"))).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'word'");
        assertThatThrownBy(() -> Chart.lines(Text.literal("t"), "year", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Chart.lines(Text.literal("t"), "year", List.of("a", "b")).valueColumn()).isEqualTo("a");
        assertThat(SocioEconomicReport.superscript(107)).isEqualTo("¹⁰⁷");
        assertThat(SocioEconomicReport.id(Actor.SOCIAL_INSURANCE_AGENCY)).isEqualTo("socialInsuranceAgency");
    }

    @Test
    void aLineChartOfOneRow_drawsItsPointInTheMiddle() {
        Section.Builder s = Section.builder("x", Text.literal("x"), Column.numbers("year", "column.year"),
                Column.numbers("v", "column.value"));
        s.row(Cell.count(0), new Cell.Money(BigDecimal.valueOf(-5), 0, Monetary.getCurrency("SEK")));
        Section section = s.chart(Chart.lines(Text.literal("t"), "year", List.of("v"))).build();

        String svg = SvgChart.draw(section, section.chart().orElseThrow(), Formatting.of(RenderOptions.ENGLISH)).inner();

        assertThat(svg).contains("<polyline points=\"" + (SvgChart.textWidth(List.of("SEK -5", ""), 40, 200) + 8
                + SvgLines.WIDTH / 2) + ",").doesNotContain("crossing");
    }

    /** Each row of a section as the table shows its cells. */
    static List<List<String>> rows(Report report, String sectionId, RenderOptions options) {
        Formatting f = Formatting.of(options);
        Section section = report.sections().stream().filter(s -> s.id().equals(sectionId)).findFirst().orElseThrow();
        List<List<String>> rows = new ArrayList<>();
        for (Row row : section.rows()) {
            rows.add(row.cells().stream().map(f::cell).toList());
        }
        return rows;
    }
}
