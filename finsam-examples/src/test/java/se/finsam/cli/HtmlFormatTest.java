package se.finsam.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.cli.CliTest.RAR;
import static se.finsam.cli.CliTest.run;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.finsam.test.RarSormland2007;

/** {@code --format html}: the page of split and budget, in the language of the run; refused where there is none yet. */
class HtmlFormatTest {

    @Test
    void budget_asHtml_toAFile_inSwedishFromTheEnvironment(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("budget.html");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = new Cli(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of("LANG", "sv_SE.UTF-8"))
                .run("budget", "--format", "html", "--output", file.toString(), RAR);

        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toByteArray()).isEmpty();
        Document page = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("sv");
        assertThat(page.title()).isEqualTo("Budget 2007 – Samordningsförbundet RAR i Sörmland");
        assertThat(page.select("main > section > h2").eachText()).containsExactly("Intäkter", "Verksamhetens kostnader",
                "Projektkostnader 2007", "Intäkter, kostnader och disponibelt belopp", "Åtaganden efter 2007", "Projekt");
        assertThat(page.select("section#schedule svg g.lane")).hasSize(10);
        assertThat(page.select("section#summary tbody tr").last().text())
                .isEqualTo("Disponibelt (intäkter − kostnader totalt) 6 874 000 kr");
        assertThat(page.select("section#summary svg rect.bar")).hasSize(5);
        assertThat(page.select("script")).isEmpty();
    }

    @Test
    void split_asHtml_toStandardOutput_isTheReportsPage() {
        CliTest.Run r = run("split", "--format=html", "--lang", "en", RAR);

        assertThat(r.status()).as(r.err()).isZero();
        Document page = Jsoup.parse(r.out());
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.title()).isEqualTo("Members' contributions 2007 – Samordningsförbundet RAR i Sörmland");
        assertThat(page.select("section#contributions td[data-id=eskilstuna]").text()).isEqualTo("Eskilstuna");
        assertThat(page.select("section#parties svg rect.segment")).hasSize(3);
    }

    /** validate's report has no model of finsam-report (nor is one planned), so it stays without HTML. */
    @Test
    void html_ofAReportWithoutAModel_isAUsageError_andWritesNothing(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("validate.html");

        CliTest.Run r = run("validate", "--format", "html", "--output", file.toString(), RAR);

        assertThat(r.status()).isEqualTo(Cli.USAGE);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("finsam: validate: --format html is not available yet\nRun 'finsam --help' for usage.\n");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void html_ontoADirectory_isRefused_andLeavesNoPartialFile(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("report.html");
        Files.createDirectory(target);
        Files.writeString(target.resolve("keep.txt"), "kept");

        CliTest.Run r = run("budget", "--format", "html", "--output", target.toString(), RAR);

        assertThat(r.status()).isEqualTo(Cli.USAGE);
        assertThat(r.err()).startsWith("finsam: cannot write '" + target + "': ");
        assertThat(Files.readString(target.resolve("keep.txt"))).isEqualTo("kept");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void options_withoutALanguage_renderInEnglish_inSwedishCsv() {
        se.finsam.report.RenderOptions render = new Cli.Options().render();

        assertThat(render.locale()).isEqualTo(java.util.Locale.ENGLISH);
        assertThat(render.csvDialect()).isEqualTo(se.finsam.report.CsvDialect.SV);
    }

    @Test
    void reportsWithAModel_nameTheirDocumentByItsSource() {
        assertThat(new BudgetReport().subject(RarSormland2007.plan(), "plan.json")).isEqualTo("plan.json");
        assertThat(new BudgetReport().model(RarSormland2007.plan(), se.finsam.report.Detail.FIGURES)).isPresent();
    }

    @Test
    void help_listsHtml() {
        assertThat(run("--help").out()).contains("  --format table|csv|json|html|xlsx  output format (default table: Swedish digit grouping;\n"
                + "                                     html: one page with charts; xlsx: a workbook, only\n");
        assertThat(run("budget", "--help").out()).startsWith("Usage: finsam budget [--format table|csv|json|html|xlsx] ");
    }

    @Test
    void allocate_asHtml_isTitledByTheYear_notByTheDocumentsNote() {
        Document page = Jsoup.parse(run("allocate", "--lang", "sv", "--format", "html", "documents/national-2016.json").out());

        assertThat(page.title()).isEqualTo("Fördelning av statens medel 2016 – Finsam 2016");
    }
}
