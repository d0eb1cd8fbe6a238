package se.finsam.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.finsam.testing.Samples;

/** The report of RAR Sörmland's budget for 2007. */
class BudgetReportTest {

    private static final Report RAR = Report.of(Samples.rarPlan2007().budget());

    @Test
    void table_inSwedish_namesTheTwoTotalsOfCostsApart() {
        String text = RAR.toString(Format.TABLE, RenderOptions.SWEDISH);

        assertThat(text).startsWith("Budget 2007\nSamordningsförbundet RAR i Sörmland\n");
        assertThat(text).contains("Intäkter totalt", "Verksamhetens kostnader", "Projektkostnader",
                "Kostnader totalt (verksamhet och projekt)", "Disponibelt (intäkter − kostnader totalt)",
                "Reservation för åtaganden");
        assertThat(text).doesNotContain("APPROVED", "BOARD", "MUNICIPALITY");
    }

    @Test
    void csv_hasABlockPerSection() {
        String csv = RAR.toString(Format.CSV, RenderOptions.SWEDISH.withCsvDialect(CsvDialect.RFC4180));

        assertThat(csv).startsWith("member,name,kind,kindName,amount\r\n");
        assertThat(csv).contains("\r\n\r\ncategory,categoryName,name,amount\r\n",
                "\r\n\r\nproject,name,status,statusName,amount\r\n", "\r\n\r\nitem,amount\r\n",
                "\r\n\r\nyear,amount\r\n");
    }
}
