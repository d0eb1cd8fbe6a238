package se.finsam.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How CSV writes words: quoted as RFC 4180 says, and never as a formula a spreadsheet would run. */
class CsvRendererTest {

    private static String csv(CsvDialect dialect, String... words) {
        Column[] columns = new Column[words.length];
        Cell[] cells = new Cell[words.length];
        for (int i = 0; i < words.length; i++) {
            columns[i] = new Column("c" + i, Text.literal("c" + i), Column.Type.WORDS, Optional.empty());
            cells[i] = Cell.text(words[i]);
        }
        Section section = Section.builder("s", Text.literal("S"), columns).row(cells).build();
        return Report.builder("r", Text.literal("R")).section(section).build()
                .toString(Format.CSV, RenderOptions.ENGLISH.withCsvDialect(dialect));
    }

    @Test
    void words_thatASpreadsheetWouldRunAsAFormula_getAnApostrophe() {
        assertThat(csv(CsvDialect.RFC4180, "=SUM(A1)", "+1", "@x", "\tt", "plain", "-2+3+cmd|' /C calc'!A0"))
                .isEqualTo("c0,c1,c2,c3,c4,c5\r\n'=SUM(A1),'+1,'@x,'\tt,plain,'-2+3+cmd|' /C calc'!A0\r\n");
    }

    @Test
    void numbers_areNeverDefused_andAColumnOfNumbersHoldsNoMarks() {
        Section section = Section.builder("s", Text.literal("S"), Column.numbers("amount", "column.amount"),
                Column.numbers("share", "column.value"))
                .row(new Cell.Money(new java.math.BigDecimal("-178"), 0, se.finsam.testing.Samples.SEK), Cell.label("key.equal"))
                .build();
        Report report = Report.builder("r", Text.literal("R")).section(section).build();

        assertThat(report.toString(Format.CSV, RenderOptions.SWEDISH.withCsvDialect(CsvDialect.RFC4180)))
                .isEqualTo("amount,share\r\n-178,\r\n");
        assertThat(report.toString(Format.TABLE, RenderOptions.SWEDISH)).contains("-178 kr   lika");
    }

    @Test
    void separatorsQuotesAndLineBreaks_areQuoted_inEachDialect() {
        assertThat(csv(CsvDialect.RFC4180, "a,b", "say \"hi\"", "two\nlines", "a;b"))
                .isEqualTo("c0,c1,c2,c3\r\n\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",a;b\r\n");
        assertThat(csv(CsvDialect.SV, "a,b", "a;b"))
                .isEqualTo("\uFEFFc0;c1\r\na,b;\"a;b\"\r\n");
    }
}
