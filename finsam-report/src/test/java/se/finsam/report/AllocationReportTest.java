package se.finsam.report;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.testing.Samples.sek;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import se.finsam.association.AssociationId;
import se.finsam.money.RoundingUnit;
import se.finsam.national.AllocationModel;
import se.finsam.national.AssociationFigures;
import se.finsam.national.NationalAllocation;
import se.finsam.national.SupplementaryCall;

/**
 * The report of docs/national.md's worked example: 12 000 kr of which 900 for supplementary funds, base
 * 1 000 kr, 50/50, at most 10 % decrease. By hand (docs/national.md): norr 2 976 (-49), mitt 3 174 (-53), syd
 * held at its floor 4 950 (+102); norr 400 and syd 300 of the funds, 200 left over; mitt's members offer 2 000
 * of its 3 174. Changes: norr (2 976 − 3 000)/3 000 = −0,8 %, mitt +5,8 %, syd −10 %; in all
 * (11 100 − 11 500)/11 500 = −3,478… %, shown −3,5 %.
 */
class AllocationReportTest {

    private static final NationalAllocation WORKED = NationalAllocation.allocate(Year.of(2016), sek("12000"),
            AllocationModel.of(sek("1000"), BigDecimal.valueOf(50), BigDecimal.valueOf(50), BigDecimal.TEN, null),
            List.of(figures("norr", "Samordningsförbundet Norr", 100, "4", "3000").withSupplementaryRequest(sek("600")),
                    figures("mitt", "Samordningsförbundet Mitt", 300, "2.5", "3000").withEquityAboveReasonableLevel(true)
                            .withMatchingOffer(sek("2000")),
                    figures("syd", "Samordningsförbundet Syd", 600, "3.5", "5500").withSupplementaryRequest(sek("300"))),
            SupplementaryCall.of(sek("900"), sek("400")), RoundingUnit.KRONA, "Worked example");

    private static AssociationFigures figures(String id, String name, long population, String supportMeasure,
            String previous) {
        return AssociationFigures.of(AssociationId.of(id), name, population, new BigDecimal(supportMeasure))
                .withPreviousAllocation(sek(previous));
    }

    @Test
    void csv_keepsTheDocumentedColumnsFirst_thenThePreviousAllocationAndTheChange_andTotals() {
        String csv = Report.of(WORKED).toString(Format.CSV, RenderOptions.ENGLISH.withCsvDialect(CsvDialect.RFC4180));

        assertThat(csv).isEqualTo("""
                association,name,allocation,base,supportMeasurePart,populationPart,modelAmount,floor,ceiling,limitApplied,\
                redistribution,supplementaryRequested,supplementaryGranted,stateAmount,effectiveState,regions,municipalities,\
                unmatched,previousAllocation,change\r
                norr,Samordningsförbundet Norr,2976,1000,1620,405,3025,2700,,NONE,-49,600,400,3376,3376,1688,1688,0,3000,-0.8\r
                mitt,Samordningsförbundet Mitt,3174,1000,1012,1215,3227,,,NONE,-53,,,3174,2000,1000,1000,1174,3000,5.8\r
                syd,Samordningsförbundet Syd,4950,1000,1418,2430,4848,4950,,DECREASE_LIMIT,102,300,300,5250,5250,2625,2625,0,5500,-10.0\r
                ,Total,11100,3000,4050,4050,11100,,,1 limited,0,900,700,11800,10626,5313,5313,1174,11500,-3.5\r
                \r
                association,name,requested,eligible,granted,unmet\r
                norr,Samordningsförbundet Norr,600,400,400,200\r
                syd,Samordningsförbundet Syd,300,300,300,0\r
                ,Total,900,700,700,200\r
                ,Left over,,,200,\r
                \r
                association,name,allocation,supplementaryGranted,stateAmount,offer,effectiveState,regions,municipalities,unmatched\r
                norr,Samordningsförbundet Norr,2976,400,3376,,3376,1688,1688,0\r
                mitt,Samordningsförbundet Mitt,3174,,3174,2000,2000,1000,1000,1174\r
                syd,Samordningsförbundet Syd,4950,300,5250,,5250,2625,2625,0\r
                ,Total,11100,700,11800,,10626,5313,5313,1174\r
                """);
    }

    @Test
    void changeInPercent_isExact_andShownRoundedHalfUp() {
        Section allocations = Report.of(WORKED).sections().get(0);
        List<Row> rows = new java.util.ArrayList<>();
        allocations.rows().forEach(rows::add);
        int change = allocations.column("change");

        assertThat(rows.get(0).cells().get(change)).isEqualTo(new Cell.Percent(new BigDecimal("-0.8"), 1));
        Cell.Percent total = (Cell.Percent) rows.get(3).cells().get(change);
        assertThat(total.value()).isEqualByComparingTo("-3.4782608695652173913");
        assertThat(total.shown()).isEqualByComparingTo("-3.5");
    }

    @Test
    void explained_inSwedish_takesTheModelAndTheLimitsApart() {
        String text = Report.of(WORKED, Detail.EXPLAINED).toString(Format.TABLE, RenderOptions.SWEDISH);

        assertThat(text).contains("""
                Så räknades modellbeloppen fram

                Förbund                    Grundbelopp  Försörjningsmått  Del efter försörjningsmått  Befolkning 16–64 år  Del efter befolkning  Modellbelopp
                Samordningsförbundet Norr     1 000 kr               4,0                    1 620 kr                  100                405 kr      3 025 kr
                Samordningsförbundet Mitt     1 000 kr               2,5                    1 012 kr                  300              1 215 kr      3 227 kr
                Samordningsförbundet Syd      1 000 kr               3,5                    1 418 kr                  600              2 430 kr      4 848 kr

                Totalt                        3 000 kr              10,0                    4 050 kr                1 000              4 050 kr     11 100 kr
                """, """
                Förbund                    Modellbelopp  Föregående tilldelning      Golv  Tak  Gräns            Omfördelning  Tilldelning
                Samordningsförbundet Norr      3 025 kr                3 000 kr  2 700 kr       ingen                  -49 kr     2 976 kr
                Samordningsförbundet Mitt      3 227 kr                3 000 kr                 ingen                  -53 kr     3 174 kr
                Samordningsförbundet Syd       4 848 kr                5 500 kr  4 950 kr       minskningsgräns        102 kr     4 950 kr
                """, "Ansökningarna inom taket, 700 kr, ryms i potten om 900 kr: alla beviljas fullt ut och 200 kr blir\nkvar.");
        assertThat(Report.of(WORKED).toString(Format.TABLE, RenderOptions.SWEDISH)).doesNotContain("Så räknades",
                "DECREASE_LIMIT", "norr ");
    }

    @Test
    void html_chartRanksTheAssociationsByAllocation_andMarksTheLimitInText() {
        Element svg = Jsoup.parse(Report.of(WORKED).toString(Format.HTML, RenderOptions.SWEDISH))
                .selectFirst("section#allocations svg");

        assertThat(svg).isNotNull();
        assertThat(svg.select("g.row > title").eachText()).containsExactly(
                "Samordningsförbundet Syd: 4 950 kr · minskningsgräns", "Samordningsförbundet Mitt: 3 174 kr",
                "Samordningsförbundet Norr: 2 976 kr");
        assertThat(svg.select("g.row rect.bar").eachAttr("fill")).containsExactly("#e0a33a", "#3b6ea5", "#3b6ea5");
        assertThat(svg.select("g.row rect.bar").eachAttr("width")).containsExactly("320", "205", "192");
        assertThat(svg.select("g.legend text").eachText()).containsExactly("minskningsgräns");
    }
}
