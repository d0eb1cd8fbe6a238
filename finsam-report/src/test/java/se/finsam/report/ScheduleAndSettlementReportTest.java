package se.finsam.report;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.testing.Samples.id;
import static se.finsam.testing.Samples.sek;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.finsam.budget.AnnualPlan;
import se.finsam.budget.Equity;
import se.finsam.budget.EquityPolicy;
import se.finsam.contribution.ContributionKey;
import se.finsam.contribution.Financing;
import se.finsam.member.MemberId;
import se.finsam.population.AgeBand;
import se.finsam.test.RarSormland2007;
import se.finsam.testing.Samples;

/** The schedule's streamed report, and the budget's settlement and equity sections, of RAR Sörmland's 2007 plan. */
class ScheduleAndSettlementReportTest {

    @Test
    void schedule_inSwedish_hasAColumnPerYear_theSumsAndTheCommitments() {
        String text = Report.schedule(RarSormland2007.plan()).toString(Format.TABLE, RenderOptions.SWEDISH);

        assertThat(text).startsWith("Projektkostnader per budgetår\nSamordningsförbundet RAR i Sörmland\n"
                + "Belopp i hela enheter om 1 000 kr.\n\nProjekt\n\n");
        assertThat(text).containsPattern("(?m)^Ungdomstorget Nyköping +Beviljad +Månader \\(30E/360\\) +2 279 000 kr"
                + " +430 000 kr +1 140 000 kr +709 000 kr$");
        assertThat(text).containsPattern("(?m)^Kungsgatans Läkarmottagning Eskilstuna +Försenad +Angivna belopp +307 000 kr"
                + " +307 000 kr$");
        assertThat(text).containsPattern("(?m)^\\nSumma beslutade projekt +10 828 000 kr +2 195 000 kr +5 719 000 kr"
                + " +2 914 000 kr$");
        assertThat(text).containsPattern("(?m)^Åtaganden efter året +8 633 000 kr +2 914 000 kr +0 kr$");
        assertThat(text).contains("Projekt som bara är ansökta visas men ingår inte i summorna.");
    }

    @Test
    void schedule_rows_areTheSameEachTimeTheyAreIterated() {
        Section section = Report.schedule(RarSormland2007.plan()).sections().get(0);
        List<Row> first = new ArrayList<>();
        section.rows().forEach(first::add);
        List<Row> second = new ArrayList<>();
        section.rows().forEach(second::add);

        assertThat(first).hasSize(12).isEqualTo(second);
        assertThat(first.get(10).kind()).isEqualTo(Row.Kind.TOTAL);
        assertThat(first.get(11).kind()).isEqualTo(Row.Kind.SUBTOTAL);
        assertThat(section.columns()).extracting(Column::id)
                .containsExactly("project", "status", "basis", "totalCost", "2006", "2007", "2008");
    }

    @Test
    void budget_showsTheSettlementWithItsTotal_andTheEquityAgainstItsLevel() {
        Map<MemberId, Long> population = new LinkedHashMap<>();
        long[] counts = {59_100, 10_300, 6_300, 20_400, 31_900, 7_200, 19_900, 6_900, 5_700};
        for (int i = 0; i < counts.length; i++) {
            population.put(id(Samples.RAR_MUNICIPALITIES.get(i)[0]), counts[i]);
        }
        EquityPolicy policy = EquityPolicy.of(List.of(new EquityPolicy.Step(sek("0"), new BigDecimal("20")),
                new EquityPolicy.Step(sek("15000000"), new BigDecimal("15"))));
        AnnualPlan plan = AnnualPlan.builder(RarSormland2007.association(), 2007, Financing.ofTotal(sek("15000000")))
                .finalMunicipalKey(ContributionKey.ofPopulation(population, LocalDate.of(2006, 11, 1), AgeBand.of(16, 64)))
                .equity(new Equity(sek("2500000"), policy)).build();

        String text = Report.of(plan.budget()).toString(Format.TABLE, RenderOptions.SWEDISH);

        assertThat(text).contains("Avräkning mot den slutliga kommunala fördelningsnyckeln\n\n"
                + "Kommun         Fakturerat    Att betala   Skillnad\n"
                + "Eskilstuna   1 308 750 kr  1 321 556 kr  12 806 kr\n"
                + "Flen           236 250 kr    230 322 kr  -5 928 kr\n");
        assertThat(text).containsPattern("(?m)^Totalt +3 750 000 kr +3 750 000 kr +0 kr$");
        assertThat(text).containsPattern("(?m)^Eget kapital vid årets slut +2 500 000 kr$");
        assertThat(text).containsPattern("(?m)^Skälig nivå, andel av intäkterna +15 %$");
        assertThat(text).containsPattern("(?m)^Över den skäliga nivån med +250 000 kr$");
        assertThat(Report.of(plan.budget()).toString(Format.TABLE, RenderOptions.ENGLISH))
                .containsPattern("(?m)^Over the reasonable level by +SEK 250,000$");
    }
}
