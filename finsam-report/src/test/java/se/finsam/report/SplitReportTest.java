package se.finsam.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;
import se.finsam.budget.AnnualPlan;
import se.finsam.member.MemberId;
import se.finsam.money.Amounts;
import se.finsam.test.FinsamAssertions;
import se.finsam.test.RarSormland2007;
import se.finsam.testing.Samples;

/** The report of RAR Sörmland's 2007 contributions, the published figures, in each format and language. */
class SplitReportTest {

    private static final Report RAR = Report.split(RarSormland2007.plan());

    @Test
    void table_inSwedish_showsWordsNamesAndThePublishedFigures() {
        String text = RAR.toString(Format.TABLE, RenderOptions.SWEDISH);

        assertThat(text).startsWith("Medlemmarnas bidrag 2007\nSamordningsförbundet RAR i Sörmland\n"
                + "Totalt 15 000 000 kr, i hela avrundningsenheter om 1 kr.\n"
                + "Kommunal fördelningsnyckel: procentsatser.\n");
        assertThat(text).contains("""
                Medlem                Slag                Fördelningsnyckel         Bidrag
                Försäkringskassan     Försäkringskassan                       7 500 000 kr
                Arbetsförmedlingen    Arbetsförmedlingen                              0 kr
                Landstinget Sörmland  Region                                  3 750 000 kr
                Eskilstuna            Kommun                         34,9 %   1 308 750 kr
                """);
        assertThat(text).contains("""
                Vingåker              Kommun                          3,5 %     131 250 kr

                Totalt                                                       15 000 000 kr
                """);
        assertThat(text).contains("""
                Part        Andel enligt lag         Bidrag
                Staten                  50 %   7 500 000 kr
                Regionerna              25 %   3 750 000 kr
                Kommunerna              25 %   3 750 000 kr

                Totalt                        15 000 000 kr
                """);
        assertThat(text).doesNotContain("MUNICIPALITY", "SOCIAL_INSURANCE_AGENCY", "eskilstuna");
    }

    @Test
    void table_inEnglish_writesEnglishNumbersAndWords() {
        String text = RAR.toString(Format.TABLE, RenderOptions.ENGLISH);

        assertThat(text).startsWith("Members' contributions 2007\n");
        assertThat(text).contains("Eskilstuna            Municipality");
        assertThat(text).contains("34.9%", "SEK 1,308,750", "SEK 15,000,000");
    }

    @Test
    void csv_givesIdsAndNames_codesAndWords_plainNumbers() {
        String csv = RAR.toString(Format.CSV, RenderOptions.SWEDISH);

        assertThat(csv).startsWith("\uFEFFmember;name;kind;kindName;key;amount\r\n"
                + "fk;Försäkringskassan;SOCIAL_INSURANCE_AGENCY;Försäkringskassan;;7500000\r\n");
        assertThat(csv).contains("eskilstuna;Eskilstuna;MUNICIPALITY;Kommun;34,9;1308750\r\n");
        assertThat(csv).contains(";Totalt;;;;15000000\r\n\r\nparty;partyName;share;amount\r\n"
                + "STATE;Staten;50;7500000\r\n");
    }

    @Test
    void csv_rfc4180_usesCommasAndDecimalPoints_withoutByteOrderMark() {
        String csv = RAR.toString(Format.CSV, RenderOptions.ENGLISH.withCsvDialect(CsvDialect.RFC4180));

        assertThat(csv).startsWith("member,name,kind,kindName,key,amount\r\n");
        assertThat(csv).contains("eskilstuna,Eskilstuna,MUNICIPALITY,Municipality,34.9,1308750\r\n");
    }

    @Test
    void csv_givesEachMemberWhatTheLawGivesIt() {
        AnnualPlan plan = RarSormland2007.plan();
        String csv = Report.split(plan).toString(Format.CSV, RenderOptions.ENGLISH.withCsvDialect(CsvDialect.RFC4180));

        Map<MemberId, MonetaryAmount> reported = new LinkedHashMap<>();
        for (String line : csv.substring(0, csv.indexOf("\r\n\r\n")).split("\r\n")) {
            String[] cells = line.split(",", -1);
            if (!cells[0].isEmpty() && !"member".equals(cells[0])) {
                reported.put(MemberId.of(cells[0]), Amounts.exact(new BigDecimal(cells[cells.length - 1]), plan.association().currency()));
            }
        }
        assertThat(reported).hasSize(12);
        FinsamAssertions.assertThatContributions(reported, plan.association().charter(), plan.financing(), plan.roundingUnit())
                .obeysTheLaw().isTheStatutorySplit();
    }

    @Test
    void explained_fromAStateContribution_showsTheGivenStateShareAndEveryRemainder() {
        // 1 000 001 kr from Försäkringskassan; the regions and municipalities match it half each: 500 000,5 kr.
        AnnualPlan plan = AnnualPlan.builder(RarSormland2007.association(), 2007,
                se.finsam.contribution.Financing.ofStateContribution(Samples.sek("1000001"))).build();

        String csv = Report.split(plan, Detail.EXPLAINED).toString(Format.CSV, RenderOptions.SWEDISH);

        assertThat(csv).contains("party;partyName;of;weight;weightSum;quota;roundedDown;extraUnit;remainder;amount\r\n"
                + "STATE;Staten;;;;;;;;1000001\r\n"
                + "REGIONS;Regionerna;1000001;1;2;500000,5;500000;1;1/2;500001\r\n"
                + "MUNICIPALITIES;Kommunerna;1000001;1;2;500000,5;500000;0;1/2;500000\r\n");
        assertThat(csv).contains("eskilstuna;Eskilstuna;PERCENTAGES;procentsatser;500000;34,9;100;174500;174500;0;0;174500\r\n",
                "gnesta;Gnesta;PERCENTAGES;procentsatser;500000;3,8;100;19000;19000;0;0;19000\r\n");
        assertThat(Report.split(plan).toString(Format.CSV, RenderOptions.SWEDISH)).doesNotContain("quota");
    }

    @Test
    void explained_quotaThatDoesNotEnd_isRoundedHalfEvenAtFourMoreDecimals() {
        Cell quota = Explanations.quota(se.finsam.money.Fraction.of(2, 3), se.finsam.money.RoundingUnit.KRONA, Samples.SEK);
        Cell exact = Explanations.quota(se.finsam.money.Fraction.of(1, 8), se.finsam.money.RoundingUnit.KRONA, Samples.SEK);

        assertThat(quota).isEqualTo(new Cell.Money(new java.math.BigDecimal("0.6667"), 4, Samples.SEK));
        assertThat(exact).isEqualTo(new Cell.Money(new java.math.BigDecimal("0.125"), 3, Samples.SEK));
    }
}
