package se.finsam.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import javax.money.CurrencyUnit;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import se.finsam.money.AmountFormat;

/**
 * Renders a report as an Excel workbook (Office Open XML, {@code .xlsx}) with dhatim fastexcel: a sheet per
 * section, named by its title. Each sheet starts with the report's title and lead, the section's title, then
 * its table: a bold header row, frozen, and the rows, totals in bold; the notes under it. Every number is a
 * number cell with a number format (an amount {@code #,##0 "kr"} at its unit's decimals, a percentage
 * {@code 0.0 %} stored as a fraction, a count {@code #,##0}), every date a date cell; names and words are
 * text. Numbers go to the workbook as the decimals the report holds, never through a double; Excel reads
 * them as doubles, which hold integers exactly up to 2<sup>53</sup>.
 *
 * <p>Rows are formatted twice, once for the column widths and once to be written, and written out every
 * {@link #FLUSH_ROWS} rows, so a streamed section is written in constant memory.
 */
final class XlsxRenderer {

    /** The workbook's creator and application. */
    static final String CREATOR = "finsam";
    /** Excel's longest sheet name. */
    static final int MAX_SHEET_NAME = 31;
    /** The widest column, in characters. */
    static final int MAX_WIDTH = 60;
    /** Percentages and decimals with more significant digits than a double holds are rounded to this many. */
    static final MathContext DOUBLE_DIGITS = new MathContext(17, RoundingMode.HALF_EVEN);
    private static final int FLUSH_ROWS = 10_000;
    /** The rows of a sheet: Excel's limit, 2^20. */
    static final int MAX_ROWS = 1_048_576;

    private XlsxRenderer() {
    }

    static void render(Report report, Formatting f, boolean swedish, OutputStream out) throws IOException {
        render(report, f, swedish, out, MAX_ROWS);
    }

    /**
     * Renders a workbook whose sheets hold at most {@code maxRows} rows: a section of more rows goes on in
     * further sheets, each with the title, the lead, the section's title marked as continued and the header.
     */
    static void render(Report report, Formatting f, boolean swedish, OutputStream out, int maxRows) throws IOException {
        Workbook workbook = new Workbook(out, CREATOR, null); // finish() does not close out
        String title = f.text(report.title());
        workbook.properties().setTitle(title).setSubject(report.name());
        Set<String> names = new HashSet<>();
        for (Section section : report.sections()) {
            String sectionTitle = f.text(section.shortTitle().orElse(section.title()));
            new Sheet(() -> workbook.newWorksheet(sheetName(sectionTitle, section.id(), names)), f, swedish, maxRows)
                    .write(report, title, section);
        }
        workbook.finish();
    }

    /**
     * A valid, unique sheet name for a section's title: at most 31 characters, none of {@code []:*?/\},
     * not starting or ending with an apostrophe, unique among the workbook's names as Excel compares them
     * (ignoring case); a title that leaves nothing gives the section's id.
     *
     * @param title the section's title
     * @param id the section's id
     * @param taken the names already given, in lower case; the new one is added
     * @return the name
     */
    static String sheetName(String title, String id, Set<String> taken) {
        String name = clean(title);
        if (name.isEmpty()) {
            name = clean(id);
        }
        if (name.isEmpty() || name.equalsIgnoreCase("History")) { // Excel reserves History
            name = "Sheet";
        }
        String unique = name;
        for (int n = 2; taken.contains(unique.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            unique = cut(name, MAX_SHEET_NAME - suffix.length()).strip() + suffix;
        }
        taken.add(unique.toLowerCase(Locale.ROOT));
        return unique;
    }

    private static String clean(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(c -> sb.appendCodePoint("[]:*?/\\".indexOf(c) >= 0 || Character.isISOControl(c) ? ' ' : c));
        String name = cut(sb.toString().replaceAll(" {2,}", " ").strip(), MAX_SHEET_NAME).strip();
        while (name.startsWith("'")) {
            name = name.substring(1).strip();
        }
        while (name.endsWith("'")) {
            name = name.substring(0, name.length() - 1).strip();
        }
        return name;
    }

    /** The first {@code max} UTF-16 units of a text, not splitting a surrogate pair. */
    private static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }

    /**
     * The number format of an amount: {@code #,##0 "kr"} at 1 kr, {@code #,##0.00 "kr"} at 1 öre in Swedish,
     * {@code "SEK "#,##0} in English, as the table writes it. Excel's invariant notation: Excel shows the
     * separators of the reader's locale.
     *
     * @param scale the decimals
     * @param currency the currency
     * @param swedish whether the reader reads Swedish
     * @return the format
     */
    static String moneyFormat(int scale, CurrencyUnit currency, boolean swedish) {
        String number = numberFormat(scale);
        return swedish ? number + " \"" + AmountFormat.symbol(currency) + "\""
                : "\"" + currency.getCurrencyCode() + " \"" + number;
    }

    /**
     * The number format of a percentage at its decimals: {@code 0.0 %} in Swedish, {@code 0.0%} in English.
     *
     * @param decimals the decimals
     * @param swedish whether the reader reads Swedish
     * @return the format
     */
    static String percentFormat(int decimals, boolean swedish) {
        return "0" + decimals(decimals) + (swedish ? " %" : "%");
    }

    /**
     * The number format of a number grouped in threes at its decimals: {@code #,##0}, {@code #,##0.00}.
     *
     * @param decimals the decimals
     * @return the format
     */
    static String numberFormat(int decimals) {
        return "#,##0" + decimals(decimals);
    }

    private static String decimals(int decimals) {
        return decimals == 0 ? "" : "." + "0".repeat(decimals);
    }

    /**
     * The number a workbook holds for a percentage: its fraction (34.9 % is 0.349).
     *
     * @param percent the percentage
     * @return the fraction, exact up to 17 significant digits
     */
    static BigDecimal fraction(Cell.Percent percent) {
        return forDouble(percent.value().movePointLeft(2));
    }

    /** A decimal with at most 17 significant digits, a double's, and no exponent that Excel would not need. */
    private static BigDecimal forDouble(BigDecimal value) {
        BigDecimal v = value.precision() > DOUBLE_DIGITS.getPrecision() ? value.round(DOUBLE_DIGITS) : value;
        return v.scale() < 0 ? v.setScale(0) : v;
    }

    /** One section's sheets: one, or as many as its rows need. */
    private static final class Sheet {
        private final Supplier<Worksheet> next;
        private final Formatting f;
        private final boolean swedish;
        private final int maxRows;
        private Worksheet ws;
        private int row;

        Sheet(Supplier<Worksheet> next, Formatting f, boolean swedish, int maxRows) {
            this.next = next;
            this.f = f;
            this.swedish = swedish;
            this.maxRows = maxRows;
            this.ws = next.get();
        }

        void write(Report report, String title, Section section) throws IOException {
            List<Column> columns = section.columns();
            int[] width = widths(section);
            start(report, title, section, width, false);
            // The notes follow the last row, after an empty one: a sheet keeps room for them.
            int last = maxRows - section.notes().size() - 1;
            for (Row r : section.rows()) {
                if (row >= last) {
                    ws.finish();
                    ws = next.get();
                    row = 0;
                    start(report, title, section, width, true);
                }
                boolean bold = r.kind() != Row.Kind.DATA;
                for (int c = 0; c < columns.size(); c++) {
                    cell(c, columns.get(c), r.cells().get(c), bold);
                }
                row++;
                if (row % FLUSH_ROWS == 0) {
                    ws.flush();
                }
            }
            if (!section.notes().isEmpty()) {
                row++;
                for (Text note : section.notes()) {
                    ws.value(row++, 0, f.text(note));
                }
            }
            ws.finish();
        }

        /** The title, the lead, the section's title (marked when continued) and the frozen header row. */
        private void start(Report report, String title, Section section, int[] width, boolean continued) {
            List<Column> columns = section.columns();
            for (int c = 0; c < width.length; c++) {
                ws.width(c, Math.min(MAX_WIDTH, width[c] + 2));
            }
            ws.value(row, 0, title);
            ws.style(row, 0).bold().fontSize(14).set();
            row++;
            for (Text line : report.lead()) {
                ws.value(row++, 0, f.text(line));
            }
            String sectionTitle = f.text(section.title());
            ws.value(row, 0, continued ? f.text(Text.of("xlsx.continued", Cell.text(sectionTitle))) : sectionTitle);
            ws.style(row, 0).bold().fontSize(12).set();
            row += 2;
            for (int c = 0; c < columns.size(); c++) {
                ws.value(row, c, f.text(columns.get(c).header()));
                ws.style(row, c).bold().horizontalAlignment(columns.get(c).rightAligned() ? "right" : "left").set();
            }
            row++;
            ws.freezePane(0, row);
        }

        /** Each column's width from its longest text: the header's or a cell's as a table shows it. */
        private int[] widths(Section section) {
            List<Column> columns = section.columns();
            int[] width = new int[columns.size()];
            for (int c = 0; c < width.length; c++) {
                width[c] = length(f.text(columns.get(c).header()));
            }
            for (Row r : section.rows()) {
                for (int c = 0; c < width.length; c++) {
                    width[c] = Math.max(width[c], length(f.cell(r.cells().get(c))));
                }
            }
            return width;
        }

        private static int length(String s) {
            return s.codePointCount(0, s.length());
        }

        private void cell(int c, Column column, Cell cell, boolean bold) {
            String format = null;
            if (cell instanceof Cell.Money m) {
                ws.value(row, c, m.value().setScale(m.scale()));
                format = moneyFormat(m.scale(), m.currency(), swedish);
            } else if (cell instanceof Cell.Percent p) {
                ws.value(row, c, fraction(p));
                format = percentFormat(p.decimals(), swedish);
            } else if (cell instanceof Cell.Count n) {
                ws.value(row, c, n.value());
                format = numberFormat(0);
            } else if (cell instanceof Cell.Decimal d) {
                ws.value(row, c, forDouble(d.value()));
                format = numberFormat(d.decimals());
            } else if (cell instanceof Cell.Date d) {
                ws.value(row, c, d.value());
                format = "yyyy-mm-dd";
            } else if (cell instanceof Cell.Empty || (column.type() == Column.Type.NUMBERS && cell instanceof Cell.Words)) {
                return; // a column of numbers holds numbers or nothing: a mark for people ("–") is left out
            } else {
                ws.value(row, c, f.cell(cell)); // Word, Named, Words: the words people read
            }
            if (format != null && bold) {
                ws.style(row, c).format(format).bold().set();
            } else if (format != null) {
                ws.style(row, c).format(format).set();
            } else if (bold) {
                ws.style(row, c).bold().set();
            }
        }
    }
}
