package se.finsam.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.finsam.testing.Samples.id;
import static se.finsam.testing.Samples.sek;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import se.finsam.indicator.AreaGroup;
import se.finsam.indicator.BenefitExtent;
import se.finsam.indicator.IllHealthBenefit;
import se.finsam.indicator.IllHealthFigures;
import se.finsam.indicator.IndicatorPeriod;
import se.finsam.indicator.IndicatorSet;
import se.finsam.indicator.ReportingPeriod;
import se.finsam.indicator.SupportFigures;
import se.finsam.indicator.SupportKind;
import se.finsam.member.Member;
import se.finsam.member.MemberKind;
import se.finsam.population.AgeBand;
import se.finsam.testing.Samples;

/**
 * {@link Report#of(IndicatorSet)} on a small set whose every figure is worked out by hand:
 * Q2 2010 Köping 2 000 inhabitants, 364 000 kr (2 kr per inhabitant and day over 91 days), Arboga 1 000,
 * 91 000 kr (1 kr); their association 455 000 / 273 000 = 5/3 = 1,67. Q2 2011 Köping 273 000 kr (1,50),
 * Arboga 1,00, the association 4/3 = 1,33: a change of -1/3 kr, -20 %.
 */
class IndicatorReportTest {

    static final ReportingPeriod Q2_2010 = ReportingPeriod.of(LocalDate.of(2010, 4, 1), LocalDate.of(2010, 6, 30));
    static final ReportingPeriod Q2_2011 = ReportingPeriod.of(LocalDate.of(2011, 4, 1), LocalDate.of(2011, 6, 30));
    static final ReportingPeriod YEAR = ReportingPeriod.of(LocalDate.of(2010, 7, 1), LocalDate.of(2011, 6, 30));

    static final IndicatorSet SET = IndicatorSet.of("Västra Mälardalen", "Illustrative", Samples.SEK, AgeBand.parse("16-64"),
            List.of(Member.of(id("koping"), MemberKind.MUNICIPALITY, "Köping", "1983"),
                    Member.of(id("arboga"), MemberKind.MUNICIPALITY, "Arboga", "1984")),
            List.of(AreaGroup.of(id("vastra-malardalen"), "Västra Mälardalens samordningsförbund", AreaGroup.Kind.ASSOCIATION,
                    List.of(id("koping"), id("arboga")))),
            List.of(support(Q2_2010, "364000"), support(Q2_2011, "273000")), List.of(illHealth()));

    private static IndicatorPeriod<SupportFigures> support(ReportingPeriod period, String koping) {
        Map<se.finsam.member.MemberId, SupportFigures> figures = new LinkedHashMap<>();
        figures.put(id("koping"), SupportFigures.of(2000, payments(koping)));
        figures.put(id("arboga"), SupportFigures.of(1000, payments("91000")));
        return IndicatorPeriod.of(period, figures);
    }

    private static Map<SupportKind, MonetaryAmount> payments(String sickness) {
        Map<SupportKind, MonetaryAmount> payments = new EnumMap<>(SupportKind.class);
        for (SupportKind k : SupportKind.values()) {
            payments.put(k, sek(k == SupportKind.SICKNESS_AND_REHABILITATION_BENEFIT ? sickness : "0"));
        }
        return payments;
    }

    private static IndicatorPeriod<IllHealthFigures> illHealth() {
        Map<IllHealthBenefit, Map<BenefitExtent, Long>> days = new EnumMap<>(IllHealthBenefit.class);
        days.put(IllHealthBenefit.SICKNESS_BENEFIT, Map.of(BenefitExtent.FULL, 1_800L, BenefitExtent.HALF, 400L));
        days.put(IllHealthBenefit.REHABILITATION_BENEFIT, Map.of());
        days.put(IllHealthBenefit.SICKNESS_AND_ACTIVITY_COMPENSATION, Map.of(BenefitExtent.QUARTER, 1L));
        IllHealthFigures f = IllHealthFigures.of(100, days);
        return IndicatorPeriod.of(YEAR, Map.of(id("koping"), f, id("arboga"), f));
    }

    private static final String HEADER =
            "section;start;end;compared_start;compared_end;area;name;area_kind;measure;component;value;"
                    + "sectionName;area_kindName;measureName;componentName\r\n";

    @Test
    void csv_keepsTheDocumentedLongFormatFirst_theWordsAfter() {
        String csv = Report.of(SET).toString(Format.CSV, RenderOptions.SWEDISH);

        assertThat(csv).startsWith("\uFEFF" + HEADER
                + "support;2010-04-01;2010-06-30;;;koping;Köping;MUNICIPALITY;population;TOTAL;2000;Försörjningsmått;Kommun;Befolkning;Totalt\r\n"
                + "support;2010-04-01;2010-06-30;;;koping;Köping;MUNICIPALITY;paid;SICKNESS_AND_REHABILITATION_BENEFIT;364000;"
                + "Försörjningsmått;Kommun;Utbetalt;Sjukpenning och rehabiliteringspenning\r\n");
        assertThat(csv).contains(
                "support;2010-04-01;2010-06-30;;;vastra-malardalen;Västra Mälardalens samordningsförbund;ASSOCIATION;rate;TOTAL;1,67;"
                        + "Försörjningsmått;Samordningsförbund;Kr per invånare och dag;Totalt\r\n",
                "change;2011-04-01;2011-06-30;2010-04-01;2010-06-30;vastra-malardalen;Västra Mälardalens samordningsförbund;ASSOCIATION;"
                        + "paid;TOTAL;-91000;Förändring;Samordningsförbund;Utbetalt;Totalt\r\n",
                "change;2011-04-01;2011-06-30;2010-04-01;2010-06-30;vastra-malardalen;Västra Mälardalens samordningsförbund;ASSOCIATION;"
                        + "rate;TOTAL;-0,33;Förändring;Samordningsförbund;Kr per invånare och dag;Totalt\r\n",
                "change;2011-04-01;2011-06-30;2010-04-01;2010-06-30;koping;Köping;MUNICIPALITY;percent;TOTAL;-25,0;"
                        + "Förändring;Kommun;Förändring i procent;Totalt\r\n",
                // Nothing of the kind paid in either period: no relative change, a blank value.
                "change;2011-04-01;2011-06-30;2010-04-01;2010-06-30;koping;Köping;MUNICIPALITY;percent;FINANCIAL_ASSISTANCE;;"
                        + "Förändring;Kommun;Förändring i procent;Ekonomiskt bistånd\r\n",
                // 1 800 + 400/2 = 2 000 net days of sjukpenning; a quarter day of sjuk- och aktivitetsersättning.
                "ill_health;2010-07-01;2011-06-30;;;koping;Köping;MUNICIPALITY;net_days;SICKNESS_BENEFIT;2000,00;"
                        + "Ohälsotal;Kommun;Nettodagar;Sjukpenning\r\n",
                "ill_health;2010-07-01;2011-06-30;;;koping;Köping;MUNICIPALITY;net_days;SICKNESS_AND_ACTIVITY_COMPENSATION;0,25;"
                        + "Ohälsotal;Kommun;Nettodagar;Sjuk- och aktivitetsersättning\r\n",
                // 2 000,25 / 100 = 20,0025 → 20,0; 4 000,50 / 200 for the association.
                "ill_health;2010-07-01;2011-06-30;;;vastra-malardalen;Västra Mälardalens samordningsförbund;ASSOCIATION;"
                        + "ill_health_rate;TOTAL;20,0;Ohälsotal;Samordningsförbund;Ohälsotal;Totalt\r\n");
        // The long block: per support period 3 areas × 11 figures, the change 3 × 15, ill health 3 × 6.
        String block = csv.substring(0, csv.indexOf("\r\n\r\n"));
        assertThat(block.split("\r\n")).hasSize(1 + 2 * 33 + 45 + 18);
        assertThat(csv.substring(csv.indexOf("\r\n\r\n") + 4)).isEqualTo(
                "area;name;area_kind;area_kindName;2010-04-01/2010-06-30;2011-04-01/2011-06-30\r\n"
                        + "koping;Köping;MUNICIPALITY;Kommun;2,00;1,50\r\n"
                        + "arboga;Arboga;MUNICIPALITY;Kommun;1,00;1,00\r\n"
                        + "vastra-malardalen;Västra Mälardalens samordningsförbund;ASSOCIATION;Samordningsförbund;1,67;1,33\r\n");
    }

    @Test
    void table_inEnglish_namesTheAreasAndTheKindsInWords() {
        String table = Report.of(SET).toString(Format.TABLE, RenderOptions.ENGLISH);

        assertThat(table).startsWith("""
                Indicators
                Västra Mälardalen
                Note: Illustrative
                Population aged 16-64.
                Kronor per inhabitant and day are rounded half up to 2 decimals, percentages and days to 1; kronor
                paid are exact.

                Every figure, one a line

                """);
        assertThat(table).contains("""
                Försörjningsmått per area and period

                Area                                   Kind of area  2010-04-01 – 2010-06-30  2011-04-01 – 2011-06-30
                Köping                                 Municipality                     2.00                     1.50
                Arboga                                 Municipality                     1.00                     1.00
                Västra Mälardalens samordningsförbund  Association                      1.67                     1.33

                Kronor of all kinds paid per inhabitant aged 16-64 and day, rounded half up to 2 decimals.
                """);
        assertThat(table.lines().filter(l -> l.matches("Change +2011-04-01  2011-06-30  2010-04-01 +2010-06-30 +Västra Mälardalens "
                + "samordningsförbund  Association +Change in percent +Total +-20\\.0%"))).hasSize(1);
        assertThat(table).doesNotContain("How each rate came about", "SICKNESS_AND_REHABILITATION_BENEFIT", "MUNICIPALITY");
    }

    @Test
    void explained_takesEachRateApart_inTheReportsLanguage() {
        String table = Report.of(SET, Detail.EXPLAINED).toString(Format.TABLE, RenderOptions.SWEDISH);

        String explained = table.substring(table.indexOf("Så räknades varje mått"));
        // 455 000 kr / (3 000 × 91 = 273 000) = 1,666… : 1,666667 to six decimals, 1,67 shown.
        assertThat(explained).contains("\n2010-04-01  2010-06-30  Västra Mälardalens samordningsförbund  Totalt"
                + "                                      455 000 kr       3 000     91             273 000    1,666667"
                + "                     1,67\n");
        assertThat(explained).contains("Mått = utbetalt / (befolkning × dagar).", "med 6 decimaler", "till 2 decimaler");
        // Five rows (four kinds and the total) per period and area.
        String csv = Report.of(SET, Detail.EXPLAINED).toString(Format.CSV, RenderOptions.ENGLISH);
        String block = csv.substring(csv.lastIndexOf("\r\n\r\n") + 4);
        assertThat(block.split("\r\n")).hasSize(1 + 2 * 3 * 5);
        assertThat(block).startsWith("start;end;area;name;component;componentName;paid;population;days;populationDays;quotient;rate\r\n")
                .contains("2011-04-01;2011-06-30;vastra-malardalen;Västra Mälardalens samordningsförbund;TOTAL;Total;"
                        + "364000;3000;91;273000;1,333333;1,33\r\n");
        assertThat(Report.of(SET).sections()).extracting(Section::id).containsExactly("indicators", "rates");
        assertThat(Report.of(SET, Detail.EXPLAINED).sections()).extracting(Section::id)
                .containsExactly("indicators", "rates", "explained");
    }

    @Test
    void streamedRows_areTheSameEachTimeTheyAreIterated() {
        Section figures = Report.of(SET).sections().get(0);

        List<Row> first = new ArrayList<>();
        figures.rows().forEach(first::add);
        List<Row> second = new ArrayList<>();
        figures.rows().forEach(second::add);

        assertThat(first).hasSize(2 * 33 + 45 + 18).isEqualTo(second);
    }

    @Test
    void html_drawsTheRatesPerAreaAndPeriod_asGroupedBars_beside_theTable() {
        Document page = Jsoup.parse(Report.of(SET).toString(Format.HTML, RenderOptions.SWEDISH));

        Element rates = page.selectFirst("section#rates");
        assertThat(rates).isNotNull();
        assertThat(rates.select("table tbody tr")).hasSize(3);
        Element svg = rates.selectFirst("figure.chart svg");
        assertThat(svg.attr("aria-label")).isEqualTo("Försörjningsmått (kr per invånare och dag) per område och period");
        assertThat(svg.select("rect.key")).hasSize(2);
        assertThat(svg.select("g.group > title").eachText())
                .containsExactly("Köping", "Arboga", "Västra Mälardalens samordningsförbund");
        // The longest bar is the largest value, 2,00: 320 px; 1,50 → 240, 1,00 → 160, 1,67 → 267,2 → 267, 1,33 → 212,8 → 213.
        assertThat(svg.select("rect.bar").eachAttr("width")).containsExactly("320", "240", "160", "160", "267", "213");
        assertThat(svg.select("rect.bar > title").eachText()).first()
                .isEqualTo("Köping, 2010-04-01 – 2010-06-30: 2,00");
        assertThat(page.selectFirst("section#indicators table tbody tr").select("td").stream().map(Element::text)).containsExactly(
                "Försörjningsmått", "2010-04-01", "2010-06-30", "", "", "Köping", "Kommun", "Befolkning", "Totalt", "2 000");
    }

    @Test
    void xlsx_hasASheetPerSection_withNumbers() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Report.of(SET).render(Format.XLSX, RenderOptions.SWEDISH, out);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(2);
            XSSFSheet rates = book.getSheetAt(1);
            int header = -1;
            for (int r = 0; r <= rates.getLastRowNum() && header < 0; r++) {
                if (rates.getRow(r) != null && "Område".equals(rates.getRow(r).getCell(0).getStringCellValue())) {
                    header = r;
                }
            }
            assertThat(header).isNotNegative();
            assertThat(rates.getRow(header + 3).getCell(0).getStringCellValue()).isEqualTo("Västra Mälardalens samordningsförbund");
            assertThat(rates.getRow(header + 3).getCell(2).getNumericCellValue()).isEqualTo(1.67);
            assertThat(rates.getRow(header + 3).getCell(3).getNumericCellValue()).isEqualTo(1.33);
        }
    }

    @Test
    void aColumnWithoutAName_cannotWriteItsNameLast() {
        assertThatThrownBy(() -> Column.numbers("value", "column.value").withNameLast())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("value");
        assertThat(Column.codes("kind", "column.kind").withNameLast().nameId()).isEqualTo(Optional.of("kindName"));
    }
}
