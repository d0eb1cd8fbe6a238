package se.finsam.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.finsam.testing.Samples;

/** The report of RAR Sörmland's 2007 contributions, the published figures, in each format and language. */
class SplitReportTest {

    private static final Report RAR = Report.split(Samples.rarPlan2007());

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

                Totalt                 100 %  15 000 000 kr
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
}
