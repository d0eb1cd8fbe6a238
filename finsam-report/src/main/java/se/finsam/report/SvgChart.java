package se.finsam.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Draws a section's {@link Chart} as SVG, exactly from the cells of its table: every length is the cell's
 * exact value scaled to pixels in {@link BigDecimal} and rounded half up to a whole pixel
 * ({@link #PIXEL_ROUNDING}); a stacked bar rounds the running sums, so that its parts fill the bar to the
 * pixel. Every bar is labelled with its row's label and its value as the table shows it, and the drawing
 * has a title for screen readers. No script, no styles from outside: colours and fonts are attributes.
 */
final class SvgChart {

    /** How a length in pixels is rounded from its exact value. */
    static final RoundingMode PIXEL_ROUNDING = RoundingMode.HALF_UP;

    /** The length of the longest bar, and of the stacked bar. */
    static final int PLOT = 320;
    /** The width of the stacked bar. */
    static final int STACK = 480;

    static final int TITLE_HEIGHT = 28;
    private static final int ROW = 24;
    private static final int BAR = 16;
    private static final int CHAR = 7;
    private static final String FONT = "font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif\" font-size=\"12\"";
    private static final String BAR_FILL = "#3b6ea5";
    private static final String TOTAL_FILL = "#1f3f66";
    private static final String NEGATIVE_FILL = "#b5473a";
    /** The fill of a bar a {@link Chart.Ranked} marks. */
    private static final String MARKED_FILL = "#e0a33a";
    /** The colours of a chart's series, in order. */
    static final String[] PALETTE = {"#3b6ea5", "#e0a33a", "#5b9a68", "#b5473a", "#7d5ba6", "#4aa3b5", "#a6764a"};

    private SvgChart() {
    }

    /**
     * A drawing: its size and what is inside its {@code <svg>} element.
     *
     * @param width its width in pixels
     * @param height its height in pixels
     * @param title its title, for the accessible name
     * @param inner its elements
     */
    record Drawing(int width, int height, String title, String inner) {

        /**
         * The drawing as an {@code <svg>} element.
         *
         * @param attributes more attributes, each with a leading space: {@code  x="0" y="40"}; may be empty
         * @return the element
         */
        String element(String attributes) {
            String escaped = HtmlRenderer.escape(title);
            return "<svg" + attributes + " width=\"" + width + "\" height=\"" + height + "\" viewBox=\"0 0 " + width
                    + " " + height + "\" role=\"img\" aria-label=\"" + escaped + "\" " + FONT + ">\n<title>" + escaped
                    + "</title>\n" + inner + "</svg>\n";
        }
    }

    /** A bar to draw: its label, its exact value and its value as the table shows it. */
    private record Bar(String label, BigDecimal value, String shown, Row.Kind kind) {
    }

    /**
     * The number a cell holds, exact, if it holds one.
     *
     * @param cell the cell
     * @return an amount's, a percentage's, a count's or a decimal's exact value; empty for any other cell
     */
    static Optional<BigDecimal> value(Cell cell) {
        if (cell instanceof Cell.Money m) {
            return Optional.of(m.value());
        } else if (cell instanceof Cell.Percent p) {
            return Optional.of(p.value());
        } else if (cell instanceof Cell.Count c) {
            return Optional.of(BigDecimal.valueOf(c.value()));
        } else if (cell instanceof Cell.Decimal d) {
            return Optional.of(d.value());
        }
        return Optional.empty();
    }

    /**
     * Draws the chart of a section.
     *
     * @param section the section
     * @param chart its chart
     * @param f the reader's formatting
     * @return the drawing
     */
    static Drawing draw(Section section, Chart chart, Formatting f) {
        String title = f.text(chart.title());
        if (chart instanceof Chart.Grouped grouped) {
            return grouped(title, section, grouped, f);
        }
        if (chart instanceof Chart.Timeline timeline) {
            return timeline(title, section, timeline, f);
        }
        if (chart instanceof Chart.Lines lines) {
            return SvgLines.draw(title, section, lines, f);
        }
        List<Bar> bars = bars(section, chart, f);
        if (chart instanceof Chart.Stacked) {
            return stacked(title, bars);
        }
        if (chart instanceof Chart.Ranked ranked) {
            return ranked(section, ranked, title, f);
        }
        BigDecimal full = chart instanceof Chart.Bars b ? b.full().orElse(BigDecimal.ZERO) : BigDecimal.ZERO;
        return horizontal(title, bars, bars.stream().map(b -> false).toList(), 0, full);
    }

    private static List<Bar> bars(Section section, Chart chart, Formatting f) {
        int label = section.column(chart.labelColumn());
        int value = section.column(chart.valueColumn());
        List<Bar> bars = new ArrayList<>();
        for (Row row : section.rows()) {
            boolean drawn = chart instanceof Chart.Bars b ? b.draws(section, row) : row.kind() == Row.Kind.DATA;
            Cell cell = row.cells().get(value);
            Optional<BigDecimal> number = value(cell);
            if (drawn && number.isPresent()) {
                bars.add(new Bar(f.cell(row.cells().get(label)), number.get(), f.cell(cell), row.kind()));
            }
        }
        return bars;
    }

    /**
     * The data rows' bars, largest first, the marked ones in {@link #MARKED_FILL} with their mark's word after
     * the value, and a legend of the marks' words over them.
     */
    private static Drawing ranked(Section section, Chart.Ranked chart, String title, Formatting f) {
        int label = section.column(chart.labelColumn());
        int value = section.column(chart.valueColumn());
        int mark = section.column(chart.markColumn());
        List<Bar> bars = new ArrayList<>();
        List<Boolean> marked = new ArrayList<>();
        Map<String, String> words = new LinkedHashMap<>();
        for (Row row : section.rows()) {
            Optional<BigDecimal> number = value(row.cells().get(value));
            if (row.kind() != Row.Kind.DATA || number.isEmpty()) {
                continue;
            }
            Cell code = row.cells().get(mark);
            boolean marks = code instanceof Cell.Word w && !w.code().equals(chart.usualCode());
            String shown = f.cell(row.cells().get(value));
            if (marks) {
                words.put(((Cell.Word) code).code(), f.cell(code));
                shown = shown + " · " + f.cell(code);
            }
            bars.add(new Bar(f.cell(row.cells().get(label)), number.get(), shown, row.kind()));
            marked.add(marks);
        }
        Integer[] order = new Integer[bars.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> bars.get(b).value().compareTo(bars.get(a).value()));
        List<Bar> sorted = new ArrayList<>();
        List<Boolean> sortedMarks = new ArrayList<>();
        for (int i : order) {
            sorted.add(bars.get(i));
            sortedMarks.add(marked.get(i));
        }
        Drawing drawing = horizontal(title, sorted, sortedMarks, words.size() * 20, BigDecimal.ZERO);
        StringBuilder legend = new StringBuilder();
        int y = TITLE_HEIGHT;
        for (String word : words.values()) {
            legend.append("<g class=\"legend\"><rect x=\"0\" y=\"").append(y).append("\" width=\"12\" height=\"12\" fill=\"")
                    .append(MARKED_FILL).append("\"/><text x=\"18\" y=\"").append(y + 10).append("\" fill=\"#222\">")
                    .append(HtmlRenderer.escape(word)).append("</text></g>\n");
            y += 20;
        }
        return new Drawing(drawing.width(), drawing.height(), drawing.title(), drawing.inner() + legend);
    }

    /**
     * Horizontal bars from a common zero line, labels to the left, values to the right; the marked bars in
     * {@link #MARKED_FILL}, the bars moved down by {@code top} pixels for a legend under the title.
     */
    private static Drawing horizontal(String title, List<Bar> bars, List<Boolean> marked, int top, BigDecimal full) {
        int labelWidth = textWidth(bars.stream().map(Bar::label).toList(), 60, 320);
        int valueWidth = textWidth(bars.stream().map(Bar::shown).toList(), 40, 200);
        BigDecimal min = BigDecimal.ZERO;
        BigDecimal max = full;
        for (Bar bar : bars) {
            min = min.min(bar.value());
            max = max.max(bar.value());
        }
        BigDecimal span = max.subtract(min);
        int zero = labelWidth + pixels(BigDecimal.ZERO.subtract(min), span, PLOT);
        int width = labelWidth + PLOT + valueWidth;
        int height = TITLE_HEIGHT + top + bars.size() * ROW + 8;
        StringBuilder sb = new StringBuilder();
        titleText(sb, title);
        int y = TITLE_HEIGHT + top;
        int first = y;
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int end = labelWidth + pixels(bar.value().subtract(min), span, PLOT);
            String fill = bar.value().signum() < 0 ? NEGATIVE_FILL : marked.get(i) ? MARKED_FILL
                    : bar.kind() == Row.Kind.DATA ? BAR_FILL : TOTAL_FILL;
            String weight = bar.kind() == Row.Kind.DATA ? "" : " font-weight=\"bold\"";
            int baseline = y + BAR - 4;
            sb.append("<g class=\"row\"><title>").append(HtmlRenderer.escape(bar.label() + ": " + bar.shown())).append("</title>")
                    .append("<text x=\"").append(labelWidth - 8).append("\" y=\"").append(baseline)
                    .append("\" text-anchor=\"end\" fill=\"#222\"").append(weight).append('>')
                    .append(HtmlRenderer.escape(bar.label())).append("</text>")
                    .append("<rect class=\"bar\" x=\"").append(Math.min(zero, end)).append("\" y=\"").append(y)
                    .append("\" width=\"").append(Math.abs(end - zero)).append("\" height=\"").append(BAR)
                    .append("\" fill=\"").append(fill).append("\"/>")
                    .append("<text x=\"").append(labelWidth + PLOT + 8).append("\" y=\"").append(baseline)
                    .append("\" fill=\"#222\"").append(weight).append('>').append(HtmlRenderer.escape(bar.shown()))
                    .append("</text></g>\n");
            y += ROW;
        }
        sb.append("<line x1=\"").append(zero).append("\" y1=\"").append(first - 4).append("\" x2=\"").append(zero)
                .append("\" y2=\"").append(y).append("\" stroke=\"#444\" stroke-width=\"1\"/>\n");
        return new Drawing(width, height, title, sb.toString());
    }

    /** One bar split into the rows' shares, and a legend of labels and values under it. */
    private static Drawing stacked(String title, List<Bar> bars) {
        BigDecimal total = BigDecimal.ZERO;
        for (Bar bar : bars) {
            total = total.add(bar.value());
        }
        List<String> legend = bars.stream().map(b -> b.label() + ": " + b.shown()).toList();
        int width = Math.max(STACK, 18 + textWidth(legend, 0, 600));
        int legendTop = TITLE_HEIGHT + 28 + 12;
        int height = legendTop + bars.size() * 20 + 4;
        StringBuilder sb = new StringBuilder();
        titleText(sb, title);
        sb.append("<rect x=\"0\" y=\"").append(TITLE_HEIGHT).append("\" width=\"").append(STACK)
                .append("\" height=\"28\" fill=\"none\" stroke=\"#444\" stroke-width=\"1\"/>\n");
        BigDecimal sum = BigDecimal.ZERO;
        int from = 0;
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            sum = sum.add(bar.value());
            int to = pixels(sum, total, STACK);
            String fill = PALETTE[i % PALETTE.length];
            String text = HtmlRenderer.escape(legend.get(i));
            sb.append("<rect class=\"segment\" x=\"").append(from).append("\" y=\"").append(TITLE_HEIGHT)
                    .append("\" width=\"").append(to - from).append("\" height=\"28\" fill=\"").append(fill)
                    .append("\"><title>").append(text).append("</title></rect>\n");
            int y = legendTop + i * 20;
            sb.append("<rect x=\"0\" y=\"").append(y).append("\" width=\"12\" height=\"12\" fill=\"").append(fill)
                    .append("\"/><text x=\"18\" y=\"").append(y + 10).append("\" fill=\"#222\">").append(text)
                    .append("</text>\n");
            from = to;
        }
        return new Drawing(width, height, title, sb.toString());
    }

    /**
     * A group of bars per data row, one bar per value column in the palette's colours, a legend of the
     * columns' headings above them; the row's label left of its group, each bar's value to its right.
     */
    private static Drawing grouped(String title, Section section, Chart.Grouped chart, Formatting f) {
        int label = section.column(chart.labelColumn());
        List<String> legend = new ArrayList<>();
        int[] value = new int[chart.valueColumns().size()];
        for (int i = 0; i < value.length; i++) {
            value[i] = section.column(chart.valueColumns().get(i));
            legend.add(f.text(section.columns().get(value[i]).header()));
        }
        List<String> labels = new ArrayList<>();
        List<List<Bar>> groups = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        BigDecimal min = BigDecimal.ZERO;
        BigDecimal max = BigDecimal.ZERO;
        for (Row row : section.rows()) {
            if (row.kind() != Row.Kind.DATA) {
                continue;
            }
            String name = f.cell(row.cells().get(label));
            List<Bar> group = new ArrayList<>();
            for (int i = 0; i < value.length; i++) {
                Cell cell = row.cells().get(value[i]);
                Optional<BigDecimal> number = value(cell);
                if (number.isPresent()) {
                    group.add(new Bar(legend.get(i), number.get(), f.cell(cell), row.kind()));
                    shown.add(f.cell(cell));
                    min = min.min(number.get());
                    max = max.max(number.get());
                } else {
                    group.add(new Bar(legend.get(i), BigDecimal.ZERO, "", row.kind()));
                }
            }
            labels.add(name);
            groups.add(group);
        }
        int labelWidth = textWidth(labels, 60, 320);
        int valueWidth = textWidth(shown, 40, 200);
        BigDecimal span = max.subtract(min);
        int zero = labelWidth + pixels(BigDecimal.ZERO.subtract(min), span, PLOT);
        int width = Math.max(labelWidth + PLOT + valueWidth, 18 + textWidth(legend, 0, 600));
        int top = TITLE_HEIGHT + legend.size() * 20 + 8;
        int height = top + groups.size() * (value.length * ROW + 8) + 8;
        StringBuilder sb = new StringBuilder();
        titleText(sb, title);
        for (int i = 0; i < legend.size(); i++) {
            int y = TITLE_HEIGHT + i * 20;
            sb.append("<rect class=\"key\" x=\"0\" y=\"").append(y).append("\" width=\"12\" height=\"12\" fill=\"")
                    .append(PALETTE[i % PALETTE.length]).append("\"/><text x=\"18\" y=\"").append(y + 10)
                    .append("\" fill=\"#222\">").append(HtmlRenderer.escape(legend.get(i))).append("</text>\n");
        }
        int y = top;
        for (int g = 0; g < groups.size(); g++) {
            sb.append("<g class=\"group\"><title>").append(HtmlRenderer.escape(labels.get(g))).append("</title>")
                    .append("<text x=\"").append(labelWidth - 8).append("\" y=\"").append(y + BAR - 4)
                    .append("\" text-anchor=\"end\" fill=\"#222\">").append(HtmlRenderer.escape(labels.get(g)))
                    .append("</text>\n");
            List<Bar> group = groups.get(g);
            for (int i = 0; i < group.size(); i++) {
                Bar bar = group.get(i);
                if (!bar.shown().isEmpty()) {
                    int end = labelWidth + pixels(bar.value().subtract(min), span, PLOT);
                    String text = HtmlRenderer.escape(labels.get(g) + ", " + bar.label() + ": " + bar.shown());
                    sb.append("<rect class=\"bar\" x=\"").append(Math.min(zero, end)).append("\" y=\"").append(y)
                            .append("\" width=\"").append(Math.abs(end - zero)).append("\" height=\"").append(BAR)
                            .append("\" fill=\"").append(PALETTE[i % PALETTE.length]).append("\"><title>").append(text)
                            .append("</title></rect>")
                            .append("<text x=\"").append(labelWidth + PLOT + 8).append("\" y=\"").append(y + BAR - 4)
                            .append("\" fill=\"#222\">").append(HtmlRenderer.escape(bar.shown())).append("</text>\n");
                }
                y += ROW;
            }
            sb.append("</g>\n");
            y += 8;
        }
        sb.append("<line x1=\"").append(zero).append("\" y1=\"").append(top - 4).append("\" x2=\"").append(zero)
                .append("\" y2=\"").append(y).append("\" stroke=\"#444\" stroke-width=\"1\"/>\n");
        return new Drawing(width, height, title, sb.toString());
    }

    /** The width of a year's slot in a timeline. */
    static final int SLOT = 104;

    /**
     * A lane per data row, a slot per year: a block in each year the row has an amount other than zero,
     * the amount written in it. Nothing is scaled, so nothing is rounded.
     */
    private static Drawing timeline(String title, Section section, Chart.Timeline chart, Formatting f) {
        int label = section.column(chart.labelColumn());
        int[] year = new int[chart.yearColumns().size()];
        List<String> years = new ArrayList<>();
        for (int i = 0; i < year.length; i++) {
            year[i] = section.column(chart.yearColumns().get(i));
            years.add(f.text(section.columns().get(year[i]).header()));
        }
        List<String> labels = new ArrayList<>();
        for (Row row : section.rows()) {
            if (row.kind() == Row.Kind.DATA) {
                labels.add(f.cell(row.cells().get(label)));
            }
        }
        int labelWidth = textWidth(labels, 60, 320);
        int top = TITLE_HEIGHT + 20;
        StringBuilder sb = new StringBuilder();
        titleText(sb, title);
        for (int i = 0; i < year.length; i++) {
            int x = labelWidth + i * SLOT;
            sb.append("<text class=\"year\" x=\"").append(x + SLOT / 2).append("\" y=\"").append(top - 6)
                    .append("\" text-anchor=\"middle\" font-weight=\"bold\" fill=\"#222\">")
                    .append(HtmlRenderer.escape(years.get(i))).append("</text>\n");
        }
        int y = top;
        for (Row row : section.rows()) {
            if (row.kind() != Row.Kind.DATA) {
                continue;
            }
            String name = f.cell(row.cells().get(label));
            sb.append("<g class=\"lane\"><title>").append(HtmlRenderer.escape(name)).append("</title>")
                    .append("<text x=\"").append(labelWidth - 8).append("\" y=\"").append(y + BAR - 4)
                    .append("\" text-anchor=\"end\" fill=\"#222\">").append(HtmlRenderer.escape(name)).append("</text>\n");
            for (int i = 0; i < year.length; i++) {
                Cell cell = row.cells().get(year[i]);
                if (value(cell).filter(v -> v.signum() != 0).isEmpty()) {
                    continue;
                }
                String shown = f.cell(cell);
                int x = labelWidth + i * SLOT;
                sb.append("<rect class=\"block\" x=\"").append(x + 2).append("\" y=\"").append(y).append("\" width=\"")
                        .append(SLOT - 4).append("\" height=\"").append(BAR + 2).append("\" fill=\"").append(BAR_FILL)
                        .append("\"><title>").append(HtmlRenderer.escape(name + ", " + years.get(i) + ": " + shown))
                        .append("</title></rect><text x=\"").append(x + SLOT / 2).append("\" y=\"").append(y + BAR - 3)
                        .append("\" text-anchor=\"middle\" fill=\"#fff\" font-size=\"11\">").append(HtmlRenderer.escape(shown))
                        .append("</text>\n");
            }
            sb.append("</g>\n");
            y += ROW;
        }
        return new Drawing(labelWidth + year.length * SLOT + 8, y + 8, title, sb.toString());
    }

    static void titleText(StringBuilder sb, String title) {
        sb.append("<text x=\"0\" y=\"16\" font-weight=\"bold\" font-size=\"13\" fill=\"#222\">")
                .append(HtmlRenderer.escape(title)).append("</text>\n");
    }

    /**
     * A part of a length in whole pixels: {@code part / whole * length}, rounded by {@link #PIXEL_ROUNDING};
     * 0 when the whole is 0.
     */
    static int pixels(BigDecimal part, BigDecimal whole, int length) {
        if (whole.signum() == 0) {
            return 0;
        }
        return part.multiply(BigDecimal.valueOf(length)).divide(whole, 0, PIXEL_ROUNDING).intValueExact();
    }

    /** The width of the longest text, about {@link #CHAR} pixels a character, between the bounds. */
    static int textWidth(List<String> texts, int least, int most) {
        int chars = 0;
        for (String t : texts) {
            chars = Math.max(chars, t.codePointCount(0, t.length()));
        }
        return Math.max(least, Math.min(most, chars * CHAR + 12));
    }
}
