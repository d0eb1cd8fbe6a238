package se.finsam.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.finsam.budget.AnnualPlan;
import se.finsam.test.RarSormland2007;
import se.finsam.testing.Samples;

/**
 * The reports of {@code finsam plan} and {@code finsam outcome} on RAR Sörmland 2007–2009 with its illustrative
 * outcome to 30 April 2007: the figures of the hand-computed YearAsItHappensTest, in Swedish and English.
 */
class PlanAndOutcomeReportTest {

    private static final AnnualPlan RAR = Samples.rarPlan2007to2009();
    private static final Report PLAN = Report.plan(RAR);
    private static final Report OUTCOME = Report.outcome(RAR);

    @Test
    void plan_inSwedish_hasTheYearsAsColumns_thePreliminaryYearMarked() {
        String text = PLAN.toString(Format.TABLE, RenderOptions.SWEDISH);

        assertThat(text).startsWith("""
                Flerårsplan 2007–2009
                Samordningsförbundet RAR i Sörmland
                Belopp i hela enheter om 1 kr; projektkostnader i enheter om 1 000 kr.
                Ett år märkt (prel.) har preliminär finansiering: ännu inte beslutad.
                Ingående eget kapital 2 000 000 kr vid början av 2007.

                Intäkter per medlem

                Medlem                         2007           2008   2009 (prel.)
                Försäkringskassan      7 500 000 kr   7 500 000 kr   7 500 000 kr
                """);
        assertThat(text).contains("""
                Post                                                2007           2008   2009 (prel.)
                Intäkter totalt                            15 000 000 kr  15 000 000 kr  15 000 000 kr
                Verksamhetens kostnader                     2 407 000 kr   2 407 000 kr   2 407 000 kr
                Projektkostnader                            5 719 000 kr   2 914 000 kr           0 kr

                Disponibelt (intäkter − kostnader totalt)   6 874 000 kr   9 679 000 kr  12 593 000 kr
                Åtaganden efter året                        2 914 000 kr           0 kr           0 kr
                Reservation för åtaganden                   2 914 000 kr           0 kr           0 kr
                Ej reserverat överskott                     3 960 000 kr   9 679 000 kr  12 593 000 kr
                Åtaganden som inte täcks                            0 kr           0 kr           0 kr
                Beräknat eget kapital vid årets slut        8 874 000 kr  18 553 000 kr  31 146 000 kr
                """, """
                Projekt                                           2007          2008  2009 (prel.)
                Ungdomstorget Nyköping                    1 140 000 kr    709 000 kr          0 kr
                """, """
                Kostnadsslag                     2007          2008  2009 (prel.)
                Styrelse                   310 000 kr    310 000 kr    310 000 kr
                """, """
                Medlemmarnas andelar av det beräknade egna kapitalet

                Medlem                        2007           2008   2009 (prel.)
                Försäkringskassan     4 437 000 kr   9 276 500 kr  15 573 000 kr
                """, """
                Totalt                8 874 000 kr  18 553 000 kr  31 146 000 kr
                """);
    }

    @Test
    void plan_inEnglish_namesTheRows() {
        String text = PLAN.toString(Format.TABLE, RenderOptions.ENGLISH);

        assertThat(text).startsWith("Multi-year plan 2007–2009\n");
        assertThat(text).contains("""
                Disposable (income − total costs)   SEK 6,874,000   SEK 9,679,000  SEK 12,593,000
                Commitments after the year          SEK 2,914,000           SEK 0           SEK 0
                Reserve for commitments             SEK 2,914,000           SEK 0           SEK 0
                Unreserved surplus                  SEK 3,960,000   SEK 9,679,000  SEK 12,593,000
                Commitments not covered                     SEK 0           SEK 0           SEK 0
                Projected equity at year end        SEK 8,874,000  SEK 18,553,000  SEK 31,146,000
                """);
    }

    @Test
    void plan_withoutOpeningEquity_saysSo_andHasNoEquity() {
        String text = Report.plan(RarSormland2007.plan()).toString(Format.TABLE, RenderOptions.ENGLISH);

        assertThat(text).startsWith("Multi-year plan 2007\n")
                .contains("No opening equity is given: the projected equity is not shown.\n", " 2007\n");
        assertThat(text).doesNotContain("Projected equity", "(prel.)", "shares");
    }

    @Test
    void plan_explained_takesEachYearsContributionsApart() {
        Report explained = Report.plan(RAR, Detail.EXPLAINED);

        assertThat(explained.sections()).extracting(Section::id).containsExactly("planIncome", "planCosts",
                "planProjects", "planSummary", "planEquityShares", "explanationParties2007", "explanationMembers2007",
                "explanationParties2008", "explanationMembers2008", "explanationParties2009", "explanationMembers2009");
        assertThat(explained.toString(Format.TABLE, RenderOptions.SWEDISH))
                .contains("\nHur varje medlems bidrag för 2009 har räknats fram\n");
    }

    @Test
    void outcome_inSwedish_followsTheBudgetUp_andFlagsFlenSocAf() {
        String text = OUTCOME.toString(Format.TABLE, RenderOptions.SWEDISH);

        assertThat(text).startsWith("""
                Budgetuppföljning 2007
                Samordningsförbundet RAR i Sörmland
                Belopp i hela enheter om 1 kr; projektkostnader i enheter om 1 000 kr.
                Utfall från den 1 januari till och med 2007-04-30: 32,9 % av året har gått.
                Procentsatserna är exakta och visas avrundade till 1 decimal (exakt hälften avrundas uppåt).

                Intäkter per medlem

                Medlem                       Budget      Inbetalt  Kvar att betala
                Försäkringskassan      7 500 000 kr  3 750 000 kr     3 750 000 kr
                """);
        assertThat(text).contains("""
                Trosa                    153 750 kr          0 kr       153 750 kr
                Vingåker                 131 250 kr     65 625 kr        65 625 kr

                Intäkter totalt       15 000 000 kr  7 423 125 kr     7 576 875 kr
                """, """
                Kostnadsslag                   Budget  Utfall hittills       Prognos  Avvikelse  Avvikelse %  Förbrukat %  Tid som gått %  Signal
                Styrelse                   310 000 kr        95 000 kr    310 000 kr       0 kr        0,0 %       30,6 %          32,9 %
                Personal                 1 804 000 kr       590 000 kr  1 850 000 kr  46 000 kr        2,5 %       32,7 %          32,9 %
                """, """
                Kungsgatans Läkarmottagning Eskilstuna      307 000 kr             0 kr          0 kr  -307 000 kr     -100,0 %        0,0 %          32,9 %
                """, """
                Kompetensutveckling Gnesta                        0 kr             0 kr          0 kr         0 kr
                """, """
                Flen Soc-Af                                 398 000 kr       320 000 kr    420 000 kr    22 000 kr        5,5 %       80,4 %          44,0 %  Över takten

                Projektkostnader                          5 719 000 kr     1 962 000 kr  5 434 000 kr  -285 000 kr       -5,0 %       34,3 %          32,9 %
                """, """
                Kostnader totalt (verksamhet och projekt)  8 126 000 kr     2 724 000 kr  7 887 000 kr  -239 000 kr       -2,9 %       33,5 %          32,9 %
                """);
    }

    @Test
    void outcome_inSwedish_hasTheYearEnd_withTheUnreservedSurplusFlagged() {
        String text = OUTCOME.toString(Format.TABLE, RenderOptions.SWEDISH);

        assertThat(text).contains("""
                Årets resultat och eget kapital

                Post                                              Belopp  Kommentar
                Underlag                                                  Prognosen: budgeterade intäkter och prognostiserade kostnader
                Intäkter totalt                            15 000 000 kr
                Kostnader totalt (verksamhet och projekt)   7 887 000 kr

                Årets resultat                              7 113 000 kr
                Ingående eget kapital                       2 000 000 kr

                Eget kapital vid årets slut                 9 113 000 kr
                Åtaganden totalt                            2 914 000 kr
                Reservation för åtaganden                   2 914 000 kr
                Ej reserverat överskott                     6 199 000 kr  Ska undvikas (RAR Sörmlands verksamhetsplan för 2007, § 8)
                Åtaganden som inte täcks                            0 kr
                """);
    }

    @Test
    void outcome_inEnglish_hasTheMembersShares_andTheirRule() {
        String text = OUTCOME.toString(Format.TABLE, RenderOptions.ENGLISH);

        assertThat(text).contains("""
                The members' shares

                Member                Kind                Share of equity  Share of the result
                Försäkringskassan     Försäkringskassan     SEK 4,556,500        SEK 3,556,500
                """, """
                Eskilstuna            Municipality            SEK 795,109          SEK 620,609
                """, """
                Total                                       SEK 9,113,000        SEK 7,113,000
                """,
                "Flen Soc-Af                                 SEK 398,000      SEK 320,000    SEK 420,000    SEK 22,000"
                        + "         5.5%   80.4%          44.0%  Ahead of the year\n",
                "Outcome from 1 January to 2007-04-30 inclusive: 32.9% of the year has passed.\n",
                "Percentages are exact and shown rounded half up to 1 decimal.\n");
        assertThat(OUTCOME.sections().get(5).notes()).containsExactly(Text.of("outcome.note.shares",
                Cell.label("outcome.keys.charter"), new Cell.Money(se.finsam.money.RoundingUnit.KRONA.value(), 0, Samples.SEK)));
    }

    @Test
    void outcome_withAFinalKey_splitsTheSharesByIt() {
        AnnualPlan withFinal = AnnualPlan.builder(RAR.association(), 2007, RAR.financing())
                .finalMunicipalKey(RarSormland2007.municipalKey()).build();

        assertThat(Report.outcome(withFinal).toString(Format.TABLE, RenderOptions.ENGLISH))
                .contains("the municipal quarter by the final municipal key, in force at year end;");
    }

    @Test
    void outcome_ofACompleteYear_restsOnTheOutcome_andChecksTheEquity() {
        AnnualPlan complete = AnnualPlan.builder(RAR.association(), 2007, RAR.financing())
                .outcome(se.finsam.budget.Outcome.of(java.time.LocalDate.of(2007, 12, 31),
                        Map.of(Samples.id("fk"), Samples.sek("7500000")),
                        Map.of(se.finsam.budget.CostCategory.STAFF, Samples.sek("1000000")), Map.of()))
                .equity(new se.finsam.budget.Equity(Samples.sek("0"), se.finsam.budget.EquityPolicy.of(List.of(
                        new se.finsam.budget.EquityPolicy.Step(Samples.sek("0"), new java.math.BigDecimal("20"))))))
                .build();

        String text = Report.outcome(complete).toString(Format.TABLE, RenderOptions.ENGLISH);

        // The income is what the members owe, 15 000 000, though 7 500 000 is paid; 20 % of it is 3 000 000, and
        // the closing equity 14 000 000 is 11 000 000 over.
        assertThat(text).contains("Outcome from 1 January to 2007-12-31 inclusive: 100.0% of the year has passed.\n")
                .containsPattern("(?m)^Basis\\s+The outcome of the whole year: budgeted income and the costs booked$")
                .containsPattern("(?m)^Total income\\s+SEK 15,000,000$")
                .containsPattern("(?m)^Equity at year end\\s+SEK 14,000,000$")
                .containsPattern("(?m)^Income of the year\\s+SEK 15,000,000$")
                .containsPattern("(?m)^Reasonable level, share of the income\\s+20%$")
                .containsPattern("(?m)^Reasonable level\\s+SEK 3,000,000$")
                .containsPattern("(?m)^Over the reasonable level by\\s+SEK 11,000,000$");
    }

    @Test
    void outcome_ofAPlanWithoutOutcome_restsOnTheForecast_withoutTheOutcomesColumns() {
        Report report = Report.outcome(RarSormland2007.plan());
        String text = report.toString(Format.TABLE, RenderOptions.ENGLISH);

        assertThat(text).contains("No outcome is given: nothing is booked yet, and the year end rests on the forecast",
                "Basis                                                 The forecast: budgeted income and forecast costs\n",
                "Opening equity                                 SEK 0  Not given, counted as 0\n");
        assertThat(text).doesNotContain("Outcome to date", "Used %", "Received", "Ahead of the year");
        Section costs = report.sections().get(1);
        assertThat(costs.columns()).extracting(Column::id)
                .containsExactly("category", "budget", "forecast", "deviation", "deviationPercent");
    }

    @Test
    void outcome_explained_takesTheMembersSharesApart() {
        Report explained = Report.outcome(RAR, Detail.EXPLAINED);

        assertThat(explained.sections()).extracting(Section::id).containsExactly("outcomeIncome", "outcomeCosts",
                "outcomeProjects", "outcomeTotals", "yearEnd", "memberShares", "explanationPartiesEquity",
                "explanationMembersEquity", "explanationPartiesResult", "explanationMembersResult");
        assertThat(explained.toString(Format.TABLE, RenderOptions.SWEDISH)).contains("""
                Eskilstuna            procentsatser       2 278 250 kr  34,9          100  795 109,25 kr      795 109 kr             0  1/4     795 109 kr
                """, "\nHur varje medlems andel av resultatet har räknats fram\n");
        // A share of equity is received, not paid: the note says so (its lines wrapped, so compared unwrapped).
        assertThat(explained.toString(Format.TABLE, RenderOptions.SWEDISH).replaceAll("\\s+", " "))
                .contains("Statens hela andel tillfaller Försäkringskassan").doesNotContain("Försäkringskassan betalar");
    }

    @Test
    void outcome_ofADeficit_saysTheSharesAreOfTheDebt() {
        AnnualPlan deficit = AnnualPlan.builder(RAR.association(), 2007, RAR.financing()).costs(List.of(
                se.finsam.budget.CostLine.of(se.finsam.budget.CostCategory.STAFF, Samples.sek("16000000")))).build();

        String text = Report.outcome(deficit).toString(Format.TABLE, RenderOptions.ENGLISH);

        assertThat(text).contains("A negative amount (a deficit) is split as its magnitude",
                "The year's result                     SEK -1,000,000\n",
                "Eskilstuna            Municipality            SEK -87,250          SEK -87,250\n");
    }

    @Test
    void outcome_html_drawsBudgetAgainstForecast_withTheDeviations() {
        String html = OUTCOME.toString(Format.HTML, RenderOptions.SWEDISH);

        assertThat(html).contains("aria-label=\"Budget mot prognos per kostnadsslag, och avvikelsen\"",
                "aria-label=\"Budget mot prognos per projekt, och avvikelsen\"", ">1 850 000 kr<", ">-307 000 kr<");
        assertThat(OUTCOME.sections().get(1).chart()).contains(Chart.grouped(Text.of("outcome.chart.costs"), "category",
                List.of("budget", "forecast", "deviation")));
    }

    @Test
    void outcome_csv_hasTheCodesAndExactAmounts() {
        String csv = OUTCOME.toString(Format.CSV, RenderOptions.SWEDISH.withCsvDialect(CsvDialect.RFC4180));

        assertThat(csv).contains("""
                category,categoryName,budget,outcome,forecast,deviation,deviationPercent,usedPercent,passedPercent,flag,flagName\r
                BOARD,Styrelse,310000,95000,310000,0,0.0,30.6,32.9,,\r
                """, """
                flen-soc-af,Flen Soc-Af,398000,320000,420000,22000,5.5,80.4,44.0,AHEAD,Över takten\r
                """);
    }
}
