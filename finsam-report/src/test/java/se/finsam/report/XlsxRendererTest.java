package se.finsam.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.money.Monetary;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import se.finsam.test.RarSormland2007;

/**
 * The workbooks, read back with an independent reader (Apache POI): every figure of the model is a number
 * cell with its exact value and its number format, every word is text, in both languages.
 */
class XlsxRendererTest {

    private static final Report SPLIT = Report.split(RarSormland2007.plan());
    private static final Report BUDGET = Report.of(RarSormland2007.plan().budget());

    @Test
    void split_inSwedish_hasTheFiguresAsNumbers_withSwedishFormats() throws IOException {
        try (XSSFWorkbook book = read(SPLIT, RenderOptions.SWEDISH)) {
            assertThat(sheetNames(book)).containsExactly("Bidrag", "Fördelningen enligt lag");
            XSSFSheet sheet = book.getSheet("Bidrag");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Medlemmarnas bidrag 2007");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Samordningsförbundet RAR i Sörmland");
            int header = headerRow(SPLIT);
            assertThat(text(sheet.getRow(header))).containsExactly("Medlem", "Slag", "Fördelningsnyckel", "Bidrag");
            XSSFRow eskilstuna = rowStarting(sheet, "Eskilstuna");
            assertThat(eskilstuna.getCell(1).getStringCellValue()).isEqualTo("Kommun");
            assertNumber(eskilstuna.getCell(2), "0.349", "0.0 %");
            assertNumber(eskilstuna.getCell(3), "1308750", "#,##0 \"kr\"");
            XSSFRow total = rowStarting(sheet, "Totalt");
            assertNumber(total.getCell(3), "15000000", "#,##0 \"kr\"");
            assertThat(bold(total.getCell(3))).isTrue();
            assertThat(bold(eskilstuna.getCell(3))).isFalse();
            assertThat(frozenRows(sheet)).isEqualTo(header + 1);
            XSSFRow state = rowStarting(book.getSheet("Fördelningen enligt lag"), "Staten");
            assertNumber(state.getCell(1), "0.5", "0 %");
            assertNumber(state.getCell(2), "7500000", "#,##0 \"kr\"");
            assertEveryFigure(SPLIT, RenderOptions.SWEDISH, book);
        }
    }

    @Test
    void split_inEnglish_hasEnglishWordsAndFormats() throws IOException {
        try (XSSFWorkbook book = read(SPLIT, RenderOptions.ENGLISH)) {
            assertThat(sheetNames(book)).containsExactly("Contributions", "The statutory split");
            XSSFRow eskilstuna = rowStarting(book.getSheet("Contributions"), "Eskilstuna");
            assertThat(eskilstuna.getCell(1).getStringCellValue()).isEqualTo("Municipality");
            assertNumber(eskilstuna.getCell(2), "0.349", "0.0%");
            assertNumber(eskilstuna.getCell(3), "1308750", "\"SEK \"#,##0");
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Members' contributions 2007");
            assertEveryFigure(SPLIT, RenderOptions.ENGLISH, book);
        }
    }

    @Test
    void workbookProperties_nameTheReportTheDocumentAndFinsam() throws IOException {
        try (XSSFWorkbook book = read(SPLIT, RenderOptions.SWEDISH)) {
            POIXMLProperties.CoreProperties core = book.getProperties().getCoreProperties();
            assertThat(core.getTitle()).isEqualTo("Medlemmarnas bidrag 2007");
            assertThat(core.getSubject()).isEqualTo("Samordningsförbundet RAR i Sörmland");
            assertThat(core.getCreator()).isEqualTo("finsam");
        }
    }

    @Test
    void budget_everySectionIsASheet_everyFigureANumber_inBothLanguages() throws IOException {
        try (XSSFWorkbook book = read(BUDGET, RenderOptions.SWEDISH)) {
            assertThat(sheetNames(book)).hasSize(BUDGET.sections().size())
                    .contains("Intäkter", "Verksamhetens kostnader", "Projektkostnader 2007");
            assertThat(sheetNames(book)).allSatisfy(name -> assertThat(name).hasSizeLessThanOrEqualTo(31));
            assertEveryFigure(BUDGET, RenderOptions.SWEDISH, book);
        }
        try (XSSFWorkbook book = read(BUDGET, RenderOptions.ENGLISH)) {
            assertThat(sheetNames(book)).contains("Income", "Costs of the operation");
            assertEveryFigure(BUDGET, RenderOptions.ENGLISH, book);
        }
    }

    @Test
    void numbersReachTheWorkbookExactly_asTheDecimalsTheModelHolds() throws IOException {
        Column amount = Column.numbers("amount", "column.amount");
        Report report = Report.builder("Test", Text.literal("Test"))
                .section(Section.builder("s", Text.literal("S"), amount)
                        .row(new Cell.Money(new BigDecimal("1234567.8"), 2, Monetary.getCurrency("SEK")))
                        .row(new Cell.Money(new BigDecimal("9007199254740993"), 0, Monetary.getCurrency("EUR")))
                        .row(new Cell.Percent(new BigDecimal("33.333333333333333333333"), 1))
                        .row(new Cell.Decimal(new BigDecimal("2.5E+3"), 2))
                        .row(new Cell.Count(-42))
                        .row(new Cell.Date(LocalDate.of(2007, 11, 1)))
                        .build())
                .build();
        String xml = sheetXml(render(report, RenderOptions.SWEDISH), 1);

        assertThat(xml).contains("<v>1234567.80</v>", "<v>9007199254740993</v>", "<v>0.33333333333333333</v>",
                "<v>2500</v>", "<v>-42</v>");
        try (XSSFWorkbook book = read(report, RenderOptions.SWEDISH)) {
            XSSFSheet sheet = book.getSheetAt(0);
            int first = headerRow(report) + 1;
            assertThat(sheet.getRow(first).getCell(0).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00 \"kr\"");
            // Excel reads a double: beyond 2^53 an amount is rounded by the reader (docs/format.md).
            assertThat(sheet.getRow(first + 1).getCell(0).getNumericCellValue()).isEqualTo(9007199254740992.0);
            assertThat(sheet.getRow(first + 1).getCell(0).getCellStyle().getDataFormatString()).isEqualTo("#,##0 \"EUR\"");
            assertThat(sheet.getRow(first + 3).getCell(0).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            XSSFCell date = sheet.getRow(first + 5).getCell(0);
            assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2007, 11, 1));
            assertThat(date.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
        }
    }

    @Test
    void sheetNames_areValid_shortEnough_andUnique() {
        Set<String> taken = new HashSet<>();
        assertThat(XlsxRenderer.sheetName("Avräkning mot den slutliga kommunala fördelningsnyckeln", "x", taken))
                .isEqualTo("Avräkning mot den slutliga komm");
        assertThat(XlsxRenderer.sheetName("Avräkning mot den slutliga kommunala nyckeln", "x", taken))
                .isEqualTo("Avräkning mot den slutliga (2)");
        assertThat(XlsxRenderer.sheetName("Kostnader [a/b]: *vad?* \\ ", "x", taken)).isEqualTo("Kostnader a b vad");
        assertThat(XlsxRenderer.sheetName("KOSTNADER A B VAD", "x", taken)).isEqualTo("KOSTNADER A B VAD (2)");
        assertThat(XlsxRenderer.sheetName("'[]'", "equity", taken)).isEqualTo("equity");
        assertThat(XlsxRenderer.sheetName("Eget kapital'", "x", taken)).isEqualTo("Eget kapital");
        assertThat(XlsxRenderer.sheetName("history", "h", taken)).isEqualTo("Sheet");
        assertThat(XlsxRenderer.sheetName("", "", taken)).isEqualTo("Sheet (2)");
        assertThat(XlsxRenderer.sheetName("😀".repeat(16), "x", taken)).isEqualTo("😀".repeat(15));
    }

    @Test
    void aStreamedSection_ofMoreRowsThanAreKept_isWrittenWhole() throws IOException {
        int rows = 25_000;
        Iterable<Row> made = () -> java.util.stream.IntStream.range(0, rows)
                .mapToObj(i -> Row.of(Cell.text("p" + i), new Cell.Count(i))).iterator();
        Report report = Report.builder("Test", Text.literal("Schema"))
                .section(Section.streamed("schedule", Text.literal("Kostnader per år"),
                        List.of(Column.words("project", "column.project"), Column.numbers("n", "column.value")), made, List.of()))
                .build();
        try (XSSFWorkbook book = read(report, RenderOptions.SWEDISH)) {
            XSSFSheet sheet = book.getSheet("Kostnader per år");
            int first = headerRow(report) + 1;
            assertThat(sheet.getLastRowNum()).isEqualTo(first + rows - 1);
            assertNumber(sheet.getRow(first + rows - 1).getCell(1), Integer.toString(rows - 1), "#,##0");
            assertThat(sheet.getRow(first + 12_345).getCell(0).getStringCellValue()).isEqualTo("p12345");
        }
    }

    @Test
    void textStillRendersToAStream_andTheLocaleChoosesTheLanguage() throws IOException {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        SPLIT.render(Format.TABLE, java.util.Locale.ENGLISH, text);
        assertThat(text.toString(StandardCharsets.UTF_8)).isEqualTo(SPLIT.toString());
        ByteArrayOutputStream workbook = new ByteArrayOutputStream();
        SPLIT.render(Format.XLSX, java.util.Locale.forLanguageTag("sv-SE"), workbook);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook.toByteArray()))) {
            assertThat(sheetNames(book)).containsExactly("Bidrag", "Fördelningen enligt lag");
        }
    }

    @Test
    void aWorkbookIsBinary_notText_andTheStreamIsLeftOpen() throws IOException {
        assertThatThrownBy(() -> SPLIT.toString(Format.XLSX, RenderOptions.SWEDISH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("binary");
        boolean[] closed = {false};
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        SPLIT.render(Format.XLSX, RenderOptions.SWEDISH, out);
        assertThat(closed[0]).isFalse();
        assertThat(out.toByteArray()).startsWith('P', 'K');
    }

    /**
     * Holds every cell of every section against its sheet: numbers as number cells with their exact values
     * and number formats, words as the text people read, totals in bold, the header bold and frozen.
     */
    static void assertEveryFigure(Report report, RenderOptions options, XSSFWorkbook book) {
        Formatting f = Formatting.of(options);
        int header = headerRow(report);
        assertThat(book.getNumberOfSheets()).isEqualTo(report.sections().size());
        for (int s = 0; s < report.sections().size(); s++) {
            Section section = report.sections().get(s);
            XSSFSheet sheet = book.getSheetAt(s);
            assertThat(sheet.getRow(header - 2).getCell(0).getStringCellValue()).isEqualTo(f.text(section.title()));
            assertThat(frozenRows(sheet)).isEqualTo(header + 1);
            for (int c = 0; c < section.columns().size(); c++) {
                XSSFCell cell = sheet.getRow(header).getCell(c);
                assertThat(cell.getStringCellValue()).isEqualTo(f.text(section.columns().get(c).header()));
                assertThat(bold(cell)).isTrue();
            }
            int r = header + 1;
            for (Row row : section.rows()) {
                XSSFRow sheetRow = sheet.getRow(r++);
                for (int c = 0; c < row.cells().size(); c++) {
                    Cell expected = row.cells().get(c);
                    if (section.columns().get(c).type() == Column.Type.NUMBERS && expected instanceof Cell.Words) {
                        expected = Cell.EMPTY; // a mark for people ("–") in a column of numbers is left out
                    }
                    assertCell(expected, sheetRow.getCell(c), row.kind() != Row.Kind.DATA, f, options.swedish());
                }
            }
        }
    }

    private static void assertCell(Cell expected, XSSFCell actual, boolean bold, Formatting f, boolean swedish) {
        if (expected instanceof Cell.Empty) {
            assertThat(actual == null || actual.getCellType() == CellType.BLANK).isTrue();
            return;
        }
        if (expected instanceof Cell.Money m) {
            assertNumber(actual, m.value().toPlainString(), XlsxRenderer.moneyFormat(m.scale(), m.currency(), swedish));
        } else if (expected instanceof Cell.Percent p) {
            assertNumber(actual, p.value().movePointLeft(2).toPlainString(), XlsxRenderer.percentFormat(p.decimals(), swedish));
        } else if (expected instanceof Cell.Count n) {
            assertNumber(actual, Long.toString(n.value()), "#,##0");
        } else if (expected instanceof Cell.Decimal d) {
            assertNumber(actual, d.value().toPlainString(), XlsxRenderer.numberFormat(d.decimals()));
        } else if (expected instanceof Cell.Date d) {
            assertThat(actual.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(d.value());
        } else {
            assertThat(actual.getCellType()).isEqualTo(CellType.STRING);
            assertThat(actual.getStringCellValue()).isEqualTo(f.cell(expected));
        }
        assertThat(bold(actual)).as("bold: %s", expected).isEqualTo(bold);
    }

    /** A number cell whose value is the given decimal (exact: these figures are far below 2^53) in the format. */
    private static void assertNumber(XSSFCell cell, String value, String format) {
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(new BigDecimal(Double.toString(cell.getNumericCellValue()))).isEqualByComparingTo(value);
        assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo(format);
    }

    /** The row of a section's header: under the report's title, its lead, the section's title and a blank row. */
    private static int headerRow(Report report) {
        return 1 + report.lead().size() + 2;
    }

    private static int frozenRows(XSSFSheet sheet) {
        PaneInformation pane = sheet.getPaneInformation();
        assertThat(pane.isFreezePane()).isTrue();
        assertThat(pane.getVerticalSplitPosition()).isZero();
        return pane.getHorizontalSplitPosition();
    }

    private static boolean bold(XSSFCell cell) {
        return cell.getCellStyle().getFont().getBold();
    }

    static List<String> sheetNames(XSSFWorkbook book) {
        List<String> names = new ArrayList<>();
        book.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    private static List<String> text(XSSFRow row) {
        List<String> cells = new ArrayList<>();
        row.forEach(cell -> cells.add(cell.getStringCellValue()));
        return cells;
    }

    private static XSSFRow rowStarting(XSSFSheet sheet, String first) {
        for (org.apache.poi.ss.usermodel.Row row : sheet) {
            XSSFCell cell = (XSSFCell) row.getCell(0);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(first)) {
                return (XSSFRow) row;
            }
        }
        throw new AssertionError("No row starts with " + first);
    }

    static byte[] render(Report report, RenderOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        report.render(Format.XLSX, options, out);
        return out.toByteArray();
    }

    private static XSSFWorkbook read(Report report, RenderOptions options) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(render(report, options)));
    }

    /** A sheet's XML as the workbook holds it (through a file: ZipInputStream reads no streamed entries). */
    private static String sheetXml(byte[] workbook, int sheet) throws IOException {
        Path file = Files.createTempFile("finsam-", ".xlsx");
        try {
            Files.write(file, workbook);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                ZipEntry entry = zip.getEntry("xl/worksheets/sheet" + sheet + ".xml");
                return new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void aSectionOfMoreRowsThanASheetHolds_goesOnInFurtherSheets_eachWithItsHeader() throws Exception {
        Section.Builder section = Section.builder("many", Text.literal("Många"), Column.words("name", "column.name"),
                Column.numbers("n", "column.value"));
        for (int i = 0; i < 25; i++) {
            section.row(Cell.text("rad " + i), Cell.count(i));
        }
        Report report = Report.builder("r", Text.literal("R")).section(section.note(Text.literal("Not.")).build()).build();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

        // 12 rows a sheet: title, section title, an empty row and the header take 4, the note 2, leaving 6 rows.
        XlsxRenderer.render(report, Formatting.of(RenderOptions.SWEDISH), true, out, 12);

        try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(5);
            assertThat(book.getSheetName(0)).isEqualTo("Många");
            assertThat(book.getSheetName(1)).isEqualTo("Många (2)");
            assertThat(book.getSheetAt(1).getRow(1).getCell(0).getStringCellValue()).isEqualTo("Många (fortsättning)");
            List<Double> values = new java.util.ArrayList<>();
            for (int sheet = 0; sheet < book.getNumberOfSheets(); sheet++) {
                org.apache.poi.ss.usermodel.Sheet s = book.getSheetAt(sheet);
                int header = s.getPaneInformation().getHorizontalSplitTopRow() - 1;
                assertThat(s.getRow(header).getCell(1).getStringCellValue()).isEqualTo("Värde");
                assertThat(s.getLastRowNum()).isLessThan(12);
                for (int r = header + 1; r <= s.getLastRowNum(); r++) {
                    if (s.getRow(r) != null && s.getRow(r).getCell(1) != null) {
                        values.add(s.getRow(r).getCell(1).getNumericCellValue());
                    }
                }
            }
            assertThat(values).hasSize(25).startsWith(0.0, 1.0).endsWith(24.0);
            org.apache.poi.ss.usermodel.Sheet last = book.getSheetAt(4);
            assertThat(last.getRow(last.getLastRowNum()).getCell(0).getStringCellValue()).isEqualTo("Not.");
        }
    }
}
