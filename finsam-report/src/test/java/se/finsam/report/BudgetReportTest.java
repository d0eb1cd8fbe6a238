package se.finsam.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.finsam.test.RarSormland2007;
import se.finsam.testing.Samples;

/** The report of RAR Sörmland's budget for 2007. */
class BudgetReportTest {

    private static final Report RAR = Report.of(RarSormland2007.plan().budget());

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

    @Test
    void coFinancing_isShownAsGiven_evenWhenNotAMultipleOfTheProjectUnit() {
        // Co-financing is money from outside the association: the document's amount, not rounded to a unit.
        se.finsam.project.Project project = Samples.project("p", "Projekt", "2007-01-01", "2007-12-31", "100000")
                .coFinancing(java.util.List.of(se.finsam.project.CoFinancing.of("Europeiska socialfonden", Samples.sek("90.5"))))
                .build();
        se.finsam.budget.AnnualPlan plan = se.finsam.budget.AnnualPlan.builder(RarSormland2007.association(), 2007,
                se.finsam.contribution.Financing.ofTotal(Samples.sek("1000000")))
                .projectRoundingUnit(se.finsam.money.RoundingUnit.THOUSAND).projects(java.util.List.of(project)).build();

        String csv = Report.of(plan.budget()).toString(Format.CSV, RenderOptions.SWEDISH);

        assertThat(csv).contains("\r\nproject;name;source;amount\r\np;Projekt;Europeiska socialfonden;90,5\r\n");
        assertThat(Report.of(plan.budget()).toString(Format.TABLE, RenderOptions.SWEDISH)).contains("\nProjekt  Europeiska socialfonden  90,5 kr\n");
    }
}
