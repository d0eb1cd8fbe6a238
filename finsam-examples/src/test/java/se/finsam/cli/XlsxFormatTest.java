package se.finsam.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.cli.CliTest.RAR;
import static se.finsam.cli.CliTest.run;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --format xlsx}: a workbook of numbers, written only to a file (read back with Apache POI). */
class XlsxFormatTest {

    @Test
    void split_writesAWorkbookOfNumbers_inSwedish(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("split.xlsx");

        CliTest.Run r = run("split", "--format", "xlsx", "--lang", "sv", "--output", file.toString(), RAR);

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).isEmpty();
        try (XSSFWorkbook book = read(file)) {
            assertThat(book.getProperties().getCoreProperties().getTitle()).isEqualTo("Medlemmarnas bidrag 2007");
            assertThat(book.getProperties().getCoreProperties().getSubject()).isEqualTo("Samordningsförbundet RAR i Sörmland");
            assertThat(sheetNames(book)).containsExactly("Bidrag", "Fördelningen enligt lag");
            XSSFSheet contributions = book.getSheet("Bidrag");
            assertAmount(row(contributions, "Eskilstuna").getCell(3), "1308750", "#,##0 \"kr\"");
            assertAmount(row(contributions, "Eskilstuna").getCell(2), "0.349", "0.0 %");
            assertAmount(row(contributions, "Vingåker").getCell(3), "131250", "#,##0 \"kr\"");
            assertAmount(row(contributions, "Totalt").getCell(3), "15000000", "#,##0 \"kr\"");
            assertAmount(row(book.getSheet("Fördelningen enligt lag"), "Kommunerna").getCell(2), "3750000", "#,##0 \"kr\"");
        }
    }

    @Test
    void budget_writesASheetPerSection_inEnglish(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("budget.xlsx");

        CliTest.Run r = run("budget", "--format=xlsx", "--lang", "en", "--output", file.toString(), RAR);

        assertThat(r.status()).as(r.err()).isZero();
        try (XSSFWorkbook book = read(file)) {
            assertThat(sheetNames(book)).startsWith("Income", "Costs of the operation");
            Cell total = row(book.getSheet("Income"), "Total income").getCell(2);
            assertThat(total.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(total.getCellStyle().getDataFormatString()).isEqualTo("\"SEK \"#,##0");
            assertThat(book.getFontAt(total.getCellStyle().getFontIndex()).getBold()).isTrue();
        }
    }

    @Test
    void xlsx_withoutOutput_isAUsageError() {
        CliTest.Run r = run("split", "--format", "xlsx", RAR);

        assertThat(r.status()).isEqualTo(Cli.USAGE);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("finsam: split: --format xlsx writes a binary workbook: give --output FILE\n");
    }

    @Test
    void schedule_writesAColumnPerYear(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("schedule.xlsx");

        CliTest.Run r = run("schedule", "--format", "xlsx", "--lang", "sv", "--output", file.toString(), RAR);

        assertThat(r.status()).as(r.err()).isZero();
        try (XSSFWorkbook book = read(file)) {
            XSSFSheet projects = book.getSheet("Projekt");
            assertAmount(row(projects, "Ungdomstorget Nyköping").getCell(5), "1140000", "#,##0 \"kr\"");
            assertAmount(row(projects, "Summa beslutade projekt").getCell(3), "10828000", "#,##0 \"kr\"");
        }
    }

    @Test
    void xlsx_ofACommandWithoutAModel_isAUsageError_andLeavesNoFile(@TempDir Path dir) throws Exception {
        CliTest.Run r = run("validate", "--format", "xlsx", "--output", dir.resolve("s.xlsx").toString(), CliTest.RAR);

        assertThat(r.status()).isEqualTo(Cli.USAGE);
        assertThat(r.err()).startsWith("finsam: validate: --format xlsx is not available yet\n");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    private static void assertAmount(Cell cell, String value, String format) {
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(new BigDecimal(Double.toString(cell.getNumericCellValue()))).isEqualByComparingTo(value);
        assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo(format);
    }

    private static XSSFWorkbook read(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static List<String> sheetNames(XSSFWorkbook book) {
        List<String> names = new ArrayList<>();
        book.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    private static Row row(XSSFSheet sheet, String first) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                    && row.getCell(0).getStringCellValue().equals(first)) {
                return row;
            }
        }
        throw new AssertionError("No row starts with " + first);
    }
}
