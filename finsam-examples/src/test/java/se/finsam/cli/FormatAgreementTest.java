package se.finsam.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static se.finsam.cli.CliTest.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.finsam.json.FinsamJson;
import se.finsam.money.AmountFormat;
import se.finsam.report.Cell;
import se.finsam.report.Column;
import se.finsam.report.Detail;
import se.finsam.report.Report;
import se.finsam.report.Row;
import se.finsam.report.Section;

/**
 * What one format shows, every format shows: for every command with a report and every bundled document,
 * each figure of the report (every amount, percentage, count and decimal of every section) is printed
 * equal by the tool in the table (on the line of its row, in the order of its columns, as Swedish readers
 * read it), in CSV (in its section, row and column), in HTML (in its section's table, row and cell), in
 * the workbook (in its section's sheet, row and column, as a number) and in the JSON of finsam-json (as a
 * value somewhere in the document, equal to the figure or to the figure as shown).
 *
 * <p>The figures come from finsam-report's model, which the tool renders; the expected Swedish texts
 * come from the core's {@link AmountFormat}, not from the renderers under test.
 */
class FormatAgreementTest {

    private static final FinsamJson JSON = FinsamJson.create();
    private static final String DOCUMENTS = "documents/";

    /** A command, a bundled document, and the report the tool renders of it; explained with {@code --explain}. */
    record Case(String command, String document, ReportOf report, boolean explained) {
        Case(String command, String document, ReportOf report) {
            this(command, document, report, false);
        }

        @Override
        public String toString() {
            return command + (explained ? " --explain " : " ") + document;
        }

        Case unexplained() {
            return new Case(command, document, report, false);
        }
    }

    /** The report of a document, as the tool makes it. */
    interface ReportOf {
        Report of(Path document) throws IOException;
    }

    static Stream<Arguments> cases() {
        List<Case> cases = new ArrayList<>();
        for (String plan : List.of("rar-sormland-2007.json", "every-field.json")) {
            cases.add(new Case("split", plan, p -> Report.split(JSON.plan().read(p))));
            cases.add(new Case("schedule", plan, p -> Report.schedule(JSON.plan().read(p))));
            cases.add(new Case("budget", plan, p -> Report.of(JSON.plan().read(p).budget())));
        }
        for (String plan : List.of("rar-sormland-2007.json", "rar-sormland-2007-2009.json")) {
            cases.add(new Case("plan", plan, p -> Report.plan(JSON.plan().read(p))));
            cases.add(new Case("outcome", plan, p -> Report.outcome(JSON.plan().read(p))));
        }
        for (String followUp : List.of("kvinnocoacher-2011.json", "vagen-in-2011.json")) {
            cases.add(new Case("followup", followUp, p -> Report.of(JSON.followUp().read(p))));
        }
        cases.add(new Case("indicators", "norra-vastmanland-indicators.json", p -> Report.of(JSON.indicators().read(p))));
        cases.add(new Case("allocate", "national-2016.json", p -> Report.of(JSON.national().read(p))));
        cases.add(new Case("socioeconomic", "unga-jonkoping.json", p -> Report.socioeconomic(JSON.socioeconomic().read(p))));
        cases.add(new Case("socioeconomic", "unga-jonkoping.json",
                p -> Report.socioeconomic(JSON.socioeconomic().read(p), Detail.EXPLAINED), true));
        // Explained, every format but JSON (which has no explanation) shows the explanations alike.
        cases.add(new Case("split", "rar-sormland-2007.json", p -> Report.split(JSON.plan().read(p), Detail.EXPLAINED), true));
        cases.add(new Case("budget", "every-field.json", p -> Report.of(JSON.plan().read(p).budget(), Detail.EXPLAINED), true));
        cases.add(new Case("outcome", "rar-sormland-2007-2009.json", p -> Report.outcome(JSON.plan().read(p), Detail.EXPLAINED),
                true));
        cases.add(new Case("plan", "rar-sormland-2007-2009.json", p -> Report.plan(JSON.plan().read(p), Detail.EXPLAINED), true));
        cases.add(new Case("allocate", "national-2016.json", p -> Report.of(JSON.national().read(p), Detail.EXPLAINED), true));
        cases.add(new Case("followup", "vagen-in-2011.json", p -> Report.of(JSON.followUp().read(p), Detail.EXPLAINED), true));
        cases.add(new Case("indicators", "norra-vastmanland-indicators.json",
                p -> Report.of(JSON.indicators().read(p), Detail.EXPLAINED), true));
        return cases.stream().map(Arguments::of);
    }

    /** A figure of the report: where it is, and its value. */
    record Figure(int section, int row, int column, Cell cell) {
        BigDecimal exact() {
            if (cell instanceof Cell.Money m) {
                return m.value();
            } else if (cell instanceof Cell.Percent p) {
                return p.value();
            } else if (cell instanceof Cell.Decimal d) {
                return d.value();
            }
            return BigDecimal.valueOf(((Cell.Count) cell).value());
        }

        /** The value as the formats show it: rounded half up at its decimals. */
        BigDecimal shown() {
            if (cell instanceof Cell.Percent p) {
                return p.shown();
            } else if (cell instanceof Cell.Decimal d) {
                return d.shown();
            }
            return exact();
        }

        /** The text a Swedish table and page show. */
        String swedish() {
            if (cell instanceof Cell.Money m) {
                return AmountFormat.amount(m.value(), m.scale(), m.currency());
            } else if (cell instanceof Cell.Percent p) {
                return AmountFormat.number(p.shown(), p.decimals()) + " %";
            } else if (cell instanceof Cell.Decimal d) {
                return AmountFormat.number(d.shown(), d.decimals());
            }
            return AmountFormat.number(exact(), 0);
        }

        @Override
        public String toString() {
            return "section " + section + ", row " + row + ", column " + column + ": " + swedish();
        }
    }

    private static boolean isFigure(Cell cell) {
        return cell instanceof Cell.Money || cell instanceof Cell.Percent || cell instanceof Cell.Count
                || cell instanceof Cell.Decimal;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyFigure_isEqualInEveryFormat(Case c, @TempDir Path dir) throws Exception {
        Path document = Path.of(DOCUMENTS, c.document());
        Report report = c.report().of(document);
        String table = tool(c, "--lang", "sv");
        List<List<String>> csv = Csv.records(tool(c, "--lang", "sv", "--format", "csv", "--csv-dialect", "rfc4180"));
        Document html = Jsoup.parse(tool(c, "--lang", "sv", "--format", "html"));
        Path xlsx = dir.resolve("report.xlsx");
        tool(c, "--lang", "sv", "--format", "xlsx", "--output", xlsx.toString());
        assertThat(tool(c, "--format", "json")).as("JSON has no explanation").isEqualTo(tool(c.unexplained(), "--format", "json"));
        List<BigDecimal> json = numbers(new ObjectMapper().readTree(tool(c, "--format", "json")));

        int figures = 0;
        int csvRecord = 0;
        try (InputStream in = Files.newInputStream(xlsx); Workbook workbook = new XSSFWorkbook(in)) {
            List<String> tableLines = table.lines().toList();
            int tableLine = 0;
            for (int s = 0; s < report.sections().size(); s++) {
                Section section = report.sections().get(s);
                List<Column> columns = section.columns();
                Element htmlSection = html.getElementById(section.id());
                assertThat(htmlSection).as("the page's section %s", section.id()).isNotNull();
                Elements htmlRows = htmlSection.select("table > tbody > tr");
                Sheet sheet = workbook.getSheetAt(s);
                int firstDataRow = sheet.getPaneInformation().getHorizontalSplitTopRow();
                assertThat(csv.get(csvRecord)).as("the CSV header of %s", section.id()).isEqualTo(csvHeader(columns));
                int r = 0;
                for (Row row : section.rows()) {
                    List<String> record = csv.get(csvRecord + 1 + r);
                    List<String> rowTexts = new ArrayList<>();
                    for (int col = 0; col < columns.size(); col++) {
                        Cell cell = row.cells().get(col);
                        if (!isFigure(cell)) {
                            continue;
                        }
                        Figure figure = new Figure(s, r, col, cell);
                        figures++;
                        rowTexts.add(figure.swedish());
                        assertThat(number(record.get(csvField(columns, col)))).as("CSV, %s of %s", figure, c)
                                .isEqualByComparingTo(figure.shown());
                        assertThat(htmlRows.get(r).select("td").get(col).text().replace('\u00a0', ' '))
                                .as("HTML, %s of %s", figure, c).isEqualTo(figure.swedish());
                        org.apache.poi.ss.usermodel.Cell xlsxCell = sheet.getRow(firstDataRow + r).getCell(col);
                        assertThat(xlsxCell.getCellType()).as("XLSX type, %s of %s", figure, c).isEqualTo(CellType.NUMERIC);
                        BigDecimal inSheet = new BigDecimal(Double.toString(xlsxCell.getNumericCellValue()));
                        BigDecimal expected = cell instanceof Cell.Percent ? figure.exact().movePointLeft(2) : figure.exact();
                        assertThat(inSheet.compareTo(expected) == 0 || inSheet.compareTo(figure.shown()) == 0
                                || close(inSheet, expected)).as("XLSX %s, %s of %s", inSheet, figure, c).isTrue();
                        if (!c.explained()) {
                            // A percentage the report cuts after 10 decimals (a share of 0,9¹⁹) is exact in JSON: it
                            // agrees as shown.
                            assertThat(json.stream().anyMatch(v -> v.compareTo(figure.exact()) == 0
                                    || v.compareTo(figure.shown()) == 0
                                    || cell instanceof Cell.Percent p && v.scale() > 10
                                            && v.setScale(p.decimals(), java.math.RoundingMode.HALF_UP).compareTo(figure.shown()) == 0))
                                    .as("JSON, %s of %s", figure, c).isTrue();
                        }
                    }
                    if (!rowTexts.isEmpty()) {
                        tableLine = lineWithInOrder(tableLines, tableLine, rowTexts, c, s, r);
                    }
                    r++;
                }
                assertThat(htmlRows).as("HTML rows of %s", section.id()).hasSize(r);
                csvRecord += r + 2; // header, rows, the empty record between sections
            }
        }
        assertThat(figures).as("figures of %s", c).isPositive();
    }

    /** Runs the tool on the case's document; it must succeed. */
    private static String tool(Case c, String... options) {
        List<String> args = new ArrayList<>();
        args.add(c.command());
        if (c.explained()) {
            args.add("--explain");
        }
        args.addAll(List.of(options));
        args.add(DOCUMENTS + c.document());
        CliTest.Run run = run(args.toArray(String[]::new));
        assertThat(run.status()).as("%s %s: %s", c, args, run.err()).isZero();
        return run.out();
    }

    /** The next line, from {@code from}, that holds the texts in order; fails if none does. */
    private static int lineWithInOrder(List<String> lines, int from, List<String> texts, Case c, int s, int r) {
        for (int i = from; i < lines.size(); i++) {
            int at = 0;
            boolean all = true;
            for (String text : texts) {
                at = lines.get(i).indexOf(text, at);
                if (at < 0) {
                    all = false;
                    break;
                }
                at += text.length();
            }
            if (all) {
                return i + 1;
            }
        }
        return fail("table of %s: no line after line %d has %s in order (section %d, row %d)", c, from, texts, s, r);
    }

    /**
     * The header record of a section's CSV block: each column's id, and its name column's id after it, or
     * after every column for a column whose names go last.
     */
    private static List<String> csvHeader(List<Column> columns) {
        List<String> header = new ArrayList<>();
        List<String> last = new ArrayList<>();
        for (Column column : columns) {
            header.add(column.id());
            column.nameId().ifPresent(column.nameLast() ? last::add : header::add);
        }
        header.addAll(last);
        return header;
    }

    /** The field of a column in a CSV record: a column of names or codes has two fields, the name maybe last. */
    private static int csvField(List<Column> columns, int column) {
        int field = 0;
        for (int i = 0; i < column; i++) {
            field += columns.get(i).nameId().isPresent() && !columns.get(i).nameLast() ? 2 : 1;
        }
        return field;
    }

    private static BigDecimal number(String field) {
        return new BigDecimal(field);
    }

    /** Within the 15 significant digits a workbook's double holds. */
    private static boolean close(BigDecimal actual, BigDecimal expected) {
        BigDecimal tolerance = expected.abs().max(BigDecimal.ONE).movePointLeft(14);
        return actual.subtract(expected).abs().compareTo(tolerance) <= 0;
    }

    /** Every number in a JSON document: numbers, and strings that are decimals. */
    private static List<BigDecimal> numbers(JsonNode node) {
        List<BigDecimal> numbers = new ArrayList<>();
        collect(node, numbers);
        return numbers;
    }

    private static void collect(JsonNode node, List<BigDecimal> numbers) {
        if (node.isNumber()) {
            numbers.add(node.decimalValue());
        } else if (node.isTextual() && node.textValue().matches("-?[0-9]+(\\.[0-9]+)?")) {
            numbers.add(new BigDecimal(node.textValue()));
        } else if (node.isTextual() && node.textValue().matches("-?[0-9]+/[0-9]+")) {
            // An exact percentage of finsam outcome or socioeconomic, a fraction: as the formats show it, half up to 1 decimal.
            String[] parts = node.textValue().split("/");
            numbers.add(new BigDecimal(parts[0]).divide(new BigDecimal(parts[1]), 1, java.math.RoundingMode.HALF_UP));
        } else {
            node.elements().forEachRemaining(child -> collect(child, numbers));
        }
    }

    /** A reader of RFC 4180 CSV: records of fields, quotes doubled inside quoted fields. */
    static final class Csv {
        private Csv() {
        }

        static List<List<String>> records(String text) {
            List<List<String>> records = new ArrayList<>();
            List<String> record = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                if (quoted) {
                    if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (ch == '"') {
                        quoted = false;
                    } else {
                        field.append(ch);
                    }
                } else if (ch == '"') {
                    quoted = true;
                } else if (ch == ',') {
                    record.add(field.toString());
                    field.setLength(0);
                } else if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    record.add(field.toString());
                    field.setLength(0);
                    records.add(record);
                    record = new ArrayList<>();
                    i++;
                } else {
                    field.append(ch);
                }
            }
            return records;
        }
    }
}
