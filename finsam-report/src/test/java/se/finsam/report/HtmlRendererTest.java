package se.finsam.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import se.finsam.association.AssociationId;
import se.finsam.association.CoordinationAssociation;
import se.finsam.budget.AnnualPlan;
import se.finsam.contribution.Charter;
import se.finsam.contribution.Financing;
import se.finsam.member.Member;
import se.finsam.member.MemberKind;
import se.finsam.test.RarSormland2007;
import se.finsam.testing.Samples;

/**
 * The HTML page of a report, parsed with jsoup: its structure, every figure equal to the text table's, the
 * charts drawn exactly from the cells, nothing run and nothing fetched, every text escaped.
 */
class HtmlRendererTest {

    private static final Report SPLIT = Report.split(RarSormland2007.plan());
    private static final Report BUDGET = Report.of(RarSormland2007.plan().budget());

    private static Document page(Report report, RenderOptions options) {
        return Jsoup.parse(report.toString(Format.HTML, options));
    }

    @Test
    void page_inSwedish_hasLanguageTitleLeadAndASectionPerSection() {
        Document page = page(SPLIT, RenderOptions.SWEDISH);

        assertThat(page.documentType()).isNotNull();
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("sv");
        assertThat(page.selectFirst("meta[charset]").attr("charset")).isEqualTo("utf-8");
        assertThat(page.title()).isEqualTo("Medlemmarnas bidrag 2007 – Samordningsförbundet RAR i Sörmland");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Medlemmarnas bidrag 2007");
        assertThat(page.select("header p.lead").eachText()).containsExactly("Samordningsförbundet RAR i Sörmland",
                "Totalt 15 000 000 kr, i hela avrundningsenheter om 1 kr.", "Kommunal fördelningsnyckel: procentsatser.");
        assertThat(page.select("main > section").eachAttr("id")).containsExactly("contributions", "parties");
        assertThat(page.select("main > section > h2").eachText()).containsExactly("Bidrag", "Fördelningen enligt lag");
        assertThat(page.select("section#parties > p.note").eachText()).containsExactly(
                Formatting.of(RenderOptions.SWEDISH).text(Text.of("split.note.law")));
    }

    @Test
    void page_inEnglish_isInEnglish() {
        Document page = page(BUDGET, RenderOptions.ENGLISH);

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.title()).isEqualTo("Budget 2007 – Samordningsförbundet RAR i Sörmland");
        assertThat(page.select("main > section").eachAttr("id")).containsExactly("income", "costs", "projects", "summary",
                "commitments", "schedule");
        assertThat(page.select("section#summary td").eachText()).contains("Total income", "SEK 15,000,000");
    }

    @Test
    void everyTable_equalsTheTextTable_headerByHeaderAndFigureByFigure() {
        for (Report report : List.of(SPLIT, BUDGET)) {
            for (RenderOptions options : List.of(RenderOptions.SWEDISH, RenderOptions.ENGLISH)) {
                Document page = page(report, options);
                List<List<List<String>>> text = textTables(report, options);
                List<Element> sections = page.select("main > section");
                assertThat(sections).hasSize(report.sections().size());
                for (int s = 0; s < sections.size(); s++) {
                    List<List<String>> html = new ArrayList<>();
                    html.add(sections.get(s).select("thead th").eachText());
                    for (Element tr : sections.get(s).select("tbody tr")) {
                        html.add(tr.select("td").eachText().stream().filter(t -> !t.isEmpty()).toList());
                    }
                    assertThat(html).as(report.sections().get(s).id() + " " + options.locale()).isEqualTo(text.get(s));
                }
            }
        }
    }

    /**
     * The tables of the text rendering: per section, its header and its rows, each line split into its
     * non-blank cells where the table puts two spaces or more between them.
     */
    private static List<List<List<String>>> textTables(Report report, RenderOptions options) {
        List<String> lines = Arrays.asList(report.toString(Format.TABLE, options).split("\n", -1));
        Formatting f = Formatting.of(options);
        List<List<List<String>>> tables = new ArrayList<>();
        int at = 0;
        for (Section section : report.sections()) {
            at = lines.subList(at, lines.size()).indexOf(f.text(section.title())) + at;
            assertThat(lines.get(at + 1)).isEmpty();
            at += 2;
            List<List<String>> table = new ArrayList<>();
            table.add(cells(lines.get(at++)));
            for (Row ignored : section.rows()) {
                while (lines.get(at).isEmpty()) {
                    at++;
                }
                table.add(cells(lines.get(at++)));
            }
            tables.add(table);
        }
        return tables;
    }

    private static List<String> cells(String line) {
        return List.of(line.trim().split(" {2,}"));
    }

    @Test
    void rows_marksTotalsAndNumbers_andNamedCellsCarryTheirIds() {
        Document page = page(SPLIT, RenderOptions.SWEDISH);
        Element contributions = page.selectFirst("section#contributions table");

        assertThat(contributions.select("tbody tr.total")).hasSize(1);
        assertThat(contributions.select("tbody tr.total td").stream().map(Element::text).toList()).containsExactly("Totalt", "", "", "15 000 000 kr");
        assertThat(contributions.select("tbody tr").last().hasClass("total")).isTrue();
        assertThat(contributions.select("thead th.num").eachText()).containsExactly("Fördelningsnyckel", "Bidrag");
        assertThat(contributions.select("tbody tr:eq(3) td").eachAttr("class")).containsExactly("num", "num");
        Element eskilstuna = contributions.selectFirst("td[data-id=eskilstuna]");
        assertThat(eskilstuna.text()).isEqualTo("Eskilstuna");
        assertThat(eskilstuna.nextElementSibling().attr("data-code")).isEqualTo("MUNICIPALITY");
        assertThat(eskilstuna.nextElementSibling().text()).isEqualTo("Kommun");
        assertThat(page.selectFirst("style").data()).contains("tr.total td { font-weight: bold;", ".num { text-align: right;",
                "@page { size: A4;", "tr, figure.chart { break-inside: avoid;");

        Element commitments = page(BUDGET, RenderOptions.SWEDISH).selectFirst("section#commitments tbody");
        assertThat(commitments.select("tr.total td").eachText()).containsExactly("Åtaganden totalt", "2 914 000 kr");
        assertThat(commitments.select("tr.subtotal td:eq(0)").eachText()).containsExactly("Reservation för åtaganden",
                "Ej reserverat överskott");
    }

    @Test
    void page_runsNothing_andFetchesNothing() {
        for (Report report : List.of(SPLIT, BUDGET)) {
            String html = report.toString(Format.HTML, RenderOptions.SWEDISH);
            Document page = Jsoup.parse(html);

            assertThat(page.select("script, link, img, iframe, object, embed")).isEmpty();
            assertThat(page.select("[src], [href]")).isEmpty();
            assertThat(html).doesNotContain("http", "url(", "@import", "<script");
            assertThat(page.select("[onload], [onclick], [onerror]")).isEmpty();
        }
    }

    @Test
    void hostileNames_areEscapedEverywhere() {
        String association = "<script>alert('x')</script> & \"RAR\"";
        String member = "<script>evil()</script><b>Flen</b>";
        List<Member> members = new ArrayList<>(RarSormland2007.members());
        members.set(4, Member.of(Samples.id("flen"), MemberKind.MUNICIPALITY, member, "0482"));
        AnnualPlan plan = AnnualPlan.builder(CoordinationAssociation.of(AssociationId.of("rar"), association, Samples.SEK,
                Charter.of(members, RarSormland2007.municipalKey(), null)), 2007, Financing.ofTotal(Samples.sek("15000000"))).build();

        for (Report report : List.of(Report.split(plan), Report.of(plan.budget()))) {
            String html = report.toString(Format.HTML, RenderOptions.SWEDISH);
            Document page = Jsoup.parse(html);

            assertThat(html).doesNotContain("<script", "<b>", "alert('x')");
            assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;RAR&quot;");
            assertThat(page.select("script, b")).isEmpty();
            assertThat(page.title()).endsWith(" – " + association);
            assertThat(page.selectFirst("td[data-id=flen]").text()).isEqualTo(member);
        }
        Document split = Jsoup.parse(Report.split(plan).toString(Format.HTML, RenderOptions.SWEDISH));
        assertThat(split.select("section#contributions svg g.row text").eachText()).contains(member);
        assertThat(split.select("section#contributions svg g.row title").eachText()).contains(member + ": 6,3 %");
    }

    @Test
    void splitCharts_drawTheMunicipalKeyAndTheStatutorySplit_exactlyFromTheCells() {
        Document page = page(SPLIT, RenderOptions.SWEDISH);
        Element key = page.selectFirst("section#contributions figure.chart svg");

        assertThat(key.attr("role")).isEqualTo("img");
        assertThat(key.attr("aria-label")).isEqualTo("Kommunernas fördelningsnyckel");
        assertThat(key.selectFirst("title").text()).isEqualTo("Kommunernas fördelningsnyckel");
        assertThat(key.select("rect.bar")).hasSize(9);
        assertThat(key.select("g.row > text:eq(1)").eachText()).containsExactly("Eskilstuna", "Flen", "Gnesta", "Katrineholm",
                "Nyköping", "Oxelösund", "Strängnäs", "Trosa", "Vingåker");
        assertThat(key.select("g.row > text:eq(3)").eachText()).containsExactly("34,9 %", "6,3 %", "3,8 %", "12,4 %", "19,0 %",
                "4,3 %", "11,7 %", "4,1 %", "3,5 %");
        BigDecimal largest = new BigDecimal("34.9");
        List<Integer> widths = Samples.RAR_MUNICIPALITIES.stream()
                .map(m -> new BigDecimal(m[3]).multiply(BigDecimal.valueOf(320)).divide(largest, 0, RoundingMode.HALF_UP)
                        .intValueExact())
                .toList();
        assertThat(key.select("rect.bar").eachAttr("width").stream().map(Integer::valueOf).toList()).isEqualTo(widths)
                .startsWith(320, 58, 35).endsWith(32);

        Element parties = page.selectFirst("section#parties figure.chart svg");
        assertThat(parties.attr("aria-label")).isEqualTo("Fördelningen mellan parterna enligt lag");
        assertThat(parties.select("rect.segment").eachAttr("width")).containsExactly("240", "120", "120");
        assertThat(parties.select("rect.segment").eachAttr("x")).containsExactly("0", "240", "360");
        assertThat(parties.select("rect.segment > title").eachText()).containsExactly("Staten: 7 500 000 kr",
                "Regionerna: 3 750 000 kr", "Kommunerna: 3 750 000 kr");
    }

    @Test
    void budgetChart_drawsIncomeAgainstCosts_andTheDisposableAmountInBold() {
        Element chart = page(BUDGET, RenderOptions.SWEDISH).selectFirst("section#summary figure.chart svg");

        assertThat(chart.attr("aria-label")).isEqualTo("Intäkter mot kostnader, och det disponibla beloppet");
        assertThat(chart.select("rect.bar")).hasSize(5);
        assertThat(chart.select("g.row > title").eachText()).containsExactly("Intäkter totalt: 15 000 000 kr",
                "Verksamhetens kostnader: 2 407 000 kr", "Projektkostnader: 5 719 000 kr",
                "Kostnader totalt (verksamhet och projekt): 8 126 000 kr",
                "Disponibelt (intäkter − kostnader totalt): 6 874 000 kr");
        assertThat(chart.select("rect.bar").eachAttr("width")).containsExactly("320", "51", "122", "173", "147");
        assertThat(chart.select("g.row").last().select("text").eachAttr("font-weight")).containsExactly("bold", "bold");
        assertThat(chart.select("rect.bar").last().attr("fill")).isEqualTo("#1f3f66");
    }

    @Test
    void bars_ofNegativeValues_goLeftFromTheZeroLine() {
        Column label = Column.words("item", "column.item");
        Column amount = Column.numbers("amount", "column.amount");
        Section section = Section.builder("s", Text.literal("S"), label, amount)
                .row(Cell.text("a"), new Cell.Decimal(new BigDecimal("-50"), 0))
                .row(Cell.text("b"), new Cell.Decimal(new BigDecimal("100"), 0))
                .row(Cell.text("c"), Cell.EMPTY)
                .chart(Chart.bars(Text.literal("Chart"), "item", "amount"))
                .build();
        Report report = Report.builder("", Text.literal("T")).section(section).build();

        Document page = Jsoup.parse(report.toString(Format.HTML, RenderOptions.ENGLISH));
        assertThat(page.title()).isEqualTo("T");
        Element svg = page.selectFirst("svg");
        int labels = 60; // the least width of the labels' column
        assertThat(svg.select("rect.bar").eachAttr("x")).containsExactly(Integer.toString(labels), Integer.toString(labels + 107));
        assertThat(svg.select("rect.bar").eachAttr("width")).containsExactly("107", "213");
        assertThat(svg.select("rect.bar").eachAttr("fill")).containsExactly("#b5473a", "#3b6ea5");
        assertThat(svg.selectFirst("line").attr("x1")).isEqualTo(Integer.toString(labels + 107));
    }

    @Test
    void stackedBar_ofNothing_drawsNoWidths() {
        Section section = Section.builder("s", Text.literal("S"), Column.words("item", "column.item"),
                        Column.numbers("n", "column.amount"))
                .row(Cell.text("a"), Cell.count(0)).row(Cell.text("b"), Cell.count(0))
                .chart(Chart.stacked(Text.literal("Chart"), "item", "n")).build();

        Element svg = Jsoup.parse(Report.builder("x", Text.literal("T")).section(section).build()
                .toString(Format.HTML, RenderOptions.ENGLISH)).selectFirst("svg");
        assertThat(svg.select("rect.segment").eachAttr("width")).containsExactly("0", "0");
    }

    @Test
    void chart_mustDrawColumnsOfTheSection() {
        Section.Builder s = Section.builder("s", Text.literal("S"), Column.codes("kind", "column.kind"),
                Column.words("item", "column.item"), Column.numbers("n", "column.amount"));
        Section section = s.row(Cell.EMPTY, Cell.text("a"), new Cell.Decimal(BigDecimal.ONE.negate(), 0)).build();

        assertThatThrownBy(() -> section.withChart(Chart.bars(Text.literal("C"), "missing", "n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Section 's' has no column 'missing'");
        assertThatThrownBy(() -> section.withChart(Chart.bars(Text.literal("C"), "item", "item")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("A chart draws a column of numbers, not 'item'");
        assertThatThrownBy(() -> section.withChart(Chart.bars(Text.literal("C"), "item", "n").where("item", "X")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A chart's rows are chosen by a column of codes, not 'item'");
        assertThatThrownBy(() -> section.withChart(Chart.stacked(Text.literal("C"), "item", "n")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A stacked bar draws shares, not the negative value of a row of 's'");
        assertThatThrownBy(() -> Chart.bars(Text.literal("C"), "item", "n").rows())
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(section.withChart(Chart.bars(Text.literal("C"), "item", "n").where("kind", "X")).chart()).isPresent();
        assertThat(section.chart()).isEmpty();
    }

    @Test
    void escape_escapesTheFiveCharacters() {
        assertThat(HtmlRenderer.escape("a & b < c > d \" e ' f")).isEqualTo("a &amp; b &lt; c &gt; d &quot; e &#39; f");
        assertThat(HtmlRenderer.escape("plain")).isEqualTo("plain");
        assertThat(Map.of("x", HtmlRenderer.escape(""))).containsEntry("x", "");
    }

    @Test
    void budget_drawsTheProjectsAsATimelineOverTheYears_eachYearsAmountInItsBlock() {
        Document page = page(BUDGET, RenderOptions.SWEDISH);

        Element timeline = page.selectFirst("section#schedule svg");
        assertThat(timeline.attr("aria-label")).isEqualTo("Projekten över åren");
        assertThat(timeline.select("text.year").eachText()).containsExactly("2006", "2007", "2008");
        assertThat(timeline.select("g.lane")).hasSize(10);
        Element ungdomstorget = timeline.select("g.lane").first();
        assertThat(ungdomstorget.select("rect.block > title").eachText()).containsExactly(
                "Ungdomstorget Nyköping, 2006: 430 000 kr", "Ungdomstorget Nyköping, 2007: 1 140 000 kr",
                "Ungdomstorget Nyköping, 2008: 709 000 kr");
        assertThat(ungdomstorget.select("rect.block").eachAttr("x")).containsExactly("294", "398", "502");
        // Kungsgatan's explicit amounts fall in 2007 only: one block, in the middle slot.
        Element kungsgatan = timeline.select("g.lane").stream()
                .filter(g -> g.selectFirst("title").text().startsWith("Kungsgatans")).findFirst().orElseThrow();
        assertThat(kungsgatan.select("rect.block > title").eachText())
                .containsExactly("Kungsgatans Läkarmottagning Eskilstuna, 2007: 307 000 kr");
        // The commitments and the reserve as bars.
        assertThat(page.selectFirst("section#commitments svg").attr("aria-label"))
                .isEqualTo("Åtaganden för kommande år, och reservationen");
    }

    @Test
    void timeline_drawsNothingForAZeroOrAnEmptyCell() {
        Section section = Section.builder("t", Text.literal("T"), Column.words("name", "column.name"),
                Column.numbers("2007", "column.year"), Column.numbers("2008", "column.year"))
                .row(Cell.text("A"), new Cell.Count(0), new Cell.Count(5))
                .row(Cell.text("B"), Cell.EMPTY, new Cell.Count(7))
                .chart(Chart.timeline(Text.literal("T"), "name", List.of("2007", "2008"))).build();

        Document page = page(Report.builder("r", Text.literal("R")).section(section).build(), RenderOptions.SWEDISH);

        assertThat(page.select("g.lane rect.block > title").eachText()).containsExactly("A, År: 5", "B, År: 7");
        assertThatThrownBy(() -> Chart.timeline(Text.literal("T"), "name", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
