package se.finsam.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Draws a {@link Chart.Lines}: a line per value column over the data rows, a common zero line, and each
 * line's first rise through zero marked by a ring on the zero line. Lengths are the cells' exact values
 * scaled to pixels and rounded as {@link SvgChart#pixels} rounds; the crossing is interpolated the same way
 * between the two points it lies between, so the ring sits where the drawn line crosses.
 */
final class SvgLines {

    /** The width of the plot. */
    static final int WIDTH = 480;
    /** The height of the plot. */
    static final int HEIGHT = 200;
    /** At most this many labels along the bottom; more rows are labelled every few. */
    private static final int MOST_LABELS = 21;

    private SvgLines() {
    }

    /** A point of a line: its row, its exact value and its value as the table shows it. */
    private record Point(int row, BigDecimal value, String shown) {
    }

    static SvgChart.Drawing draw(String title, Section section, Chart.Lines chart, Formatting f) {
        int label = section.column(chart.labelColumn());
        List<String> labels = new ArrayList<>();
        List<String> legend = new ArrayList<>();
        List<List<Point>> lines = new ArrayList<>();
        for (String id : chart.valueColumns()) {
            legend.add(f.text(section.columns().get(section.column(id)).header()));
            lines.add(new ArrayList<>());
        }
        for (Row row : section.rows()) {
            if (row.kind() != Row.Kind.DATA) {
                continue;
            }
            for (int c = 0; c < lines.size(); c++) {
                Cell cell = row.cells().get(section.column(chart.valueColumns().get(c)));
                Optional<BigDecimal> number = SvgChart.value(cell);
                if (number.isPresent()) {
                    lines.get(c).add(new Point(labels.size(), number.get(), f.cell(cell)));
                }
            }
            labels.add(f.cell(row.cells().get(label)));
        }
        String axis = f.text(section.columns().get(label).header());
        return new Plot(title, axis, labels, legend, lines, (name, from, to) -> f.text(Text.of("chart.lines.crossing",
                Cell.text(name), Cell.text(axis), Cell.text(from), Cell.text(to)))).draw();
    }

    /** The words of a crossing's tooltip: the line's name and the labels of the rows on either side of it. */
    @FunctionalInterface
    private interface CrossingText {
        String of(String name, String from, String to);
    }

    /** The scales of one drawing: where a row and a value go. */
    private static final class Plot {
        private final String title;
        private final List<String> labels;
        private final List<String> legend;
        private final List<List<Point>> lines;
        private final CrossingText crossingText;
        /** What the rows along the bottom are: the label column's header, written under them. */
        private final String axis;
        private final Point lowest;
        private final Point highest;
        private final BigDecimal min;
        private final BigDecimal span;
        private final int left;
        private final int top;

        Plot(String title, String axis, List<String> labels, List<String> legend, List<List<Point>> lines,
                CrossingText crossingText) {
            this.axis = axis;
            this.crossingText = crossingText;
            this.title = title;
            this.labels = labels;
            this.legend = legend;
            this.lines = lines;
            Point low = new Point(-1, BigDecimal.ZERO, "");
            Point high = low;
            for (List<Point> line : lines) {
                for (Point p : line) {
                    low = p.value().compareTo(low.value()) < 0 ? p : low;
                    high = p.value().compareTo(high.value()) > 0 ? p : high;
                }
            }
            this.lowest = low;
            this.highest = high;
            this.min = low.value();
            this.span = high.value().subtract(low.value());
            this.left = SvgChart.textWidth(List.of(low.shown(), high.shown()), 40, 200) + 8;
            this.top = SvgChart.TITLE_HEIGHT + legend.size() * 20 + 16;
        }

        int x(int row) {
            return left + (labels.size() <= 1 ? WIDTH / 2 : SvgChart.pixels(BigDecimal.valueOf(row),
                    BigDecimal.valueOf(labels.size() - 1L), WIDTH));
        }

        int y(BigDecimal value) {
            return top + HEIGHT - SvgChart.pixels(value.subtract(min), span, HEIGHT);
        }

        SvgChart.Drawing draw() {
            StringBuilder sb = new StringBuilder();
            SvgChart.titleText(sb, title);
            legend(sb);
            axes(sb);
            for (int c = 0; c < lines.size(); c++) {
                line(sb, lines.get(c), legend.get(c), SvgChart.PALETTE[c % SvgChart.PALETTE.length]);
            }
            sb.append("<text class=\"axis\" x=\"").append(left + WIDTH / 2).append("\" y=\"").append(top + HEIGHT + 38)
                    .append("\" text-anchor=\"middle\" fill=\"#222\">").append(HtmlRenderer.escape(axis)).append("</text>\n");
            return new SvgChart.Drawing(left + WIDTH + 24, top + HEIGHT + 48, title, sb.toString());
        }

        private void legend(StringBuilder sb) {
            for (int i = 0; i < legend.size(); i++) {
                int y = SvgChart.TITLE_HEIGHT + i * 20;
                sb.append("<rect class=\"key\" x=\"0\" y=\"").append(y).append("\" width=\"12\" height=\"12\" fill=\"")
                        .append(SvgChart.PALETTE[i % SvgChart.PALETTE.length]).append("\"/><text x=\"18\" y=\"")
                        .append(y + 10).append("\" fill=\"#222\">").append(HtmlRenderer.escape(legend.get(i)))
                        .append("</text>\n");
            }
        }

        /** The zero line, the highest and lowest values at the left, the rows' labels along the bottom. */
        private void axes(StringBuilder sb) {
            int zero = y(BigDecimal.ZERO);
            sb.append("<line class=\"zero\" x1=\"").append(left).append("\" y1=\"").append(zero).append("\" x2=\"")
                    .append(left + WIDTH).append("\" y2=\"").append(zero).append("\" stroke=\"#444\" stroke-width=\"1\"/>\n");
            for (Point p : List.of(highest, lowest)) {
                if (p.row() >= 0) {
                    sb.append("<text class=\"scale\" x=\"").append(left - 6).append("\" y=\"").append(y(p.value()) + 4)
                            .append("\" text-anchor=\"end\" fill=\"#222\">").append(HtmlRenderer.escape(p.shown()))
                            .append("</text>\n");
                }
            }
            int every = (labels.size() + MOST_LABELS - 1) / MOST_LABELS;
            for (int i = 0; i < labels.size(); i += Math.max(1, every)) {
                sb.append("<text class=\"row\" x=\"").append(x(i)).append("\" y=\"").append(top + HEIGHT + 18)
                        .append("\" text-anchor=\"middle\" fill=\"#222\">").append(HtmlRenderer.escape(labels.get(i)))
                        .append("</text>\n");
            }
        }

        private void line(StringBuilder sb, List<Point> points, String name, String colour) {
            StringBuilder xy = new StringBuilder();
            StringBuilder dots = new StringBuilder();
            for (Point p : points) {
                xy.append(xy.length() == 0 ? "" : " ").append(x(p.row())).append(',').append(y(p.value()));
                dots.append("<circle class=\"point\" cx=\"").append(x(p.row())).append("\" cy=\"").append(y(p.value()))
                        .append("\" r=\"3\" fill=\"").append(colour).append("\"><title>")
                        .append(HtmlRenderer.escape(labels.get(p.row()) + ", " + name + ": " + p.shown()))
                        .append("</title></circle>\n");
            }
            sb.append("<g class=\"line\"><title>").append(HtmlRenderer.escape(name)).append("</title>\n<polyline points=\"")
                    .append(xy).append("\" fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"2\"/>\n")
                    .append(dots);
            crossing(sb, points, name, colour);
            sb.append("</g>\n");
        }

        /** A ring where the line first rises from below zero to zero or above, between the two points. */
        private void crossing(StringBuilder sb, List<Point> points, String name, String colour) {
            for (int i = 1; i < points.size(); i++) {
                Point before = points.get(i - 1);
                Point after = points.get(i);
                if (before.value().signum() < 0 && after.value().signum() >= 0) {
                    int x = x(before.row()) + SvgChart.pixels(before.value().negate(),
                            after.value().subtract(before.value()), x(after.row()) - x(before.row()));
                    sb.append("<circle class=\"crossing\" cx=\"").append(x).append("\" cy=\"").append(y(BigDecimal.ZERO))
                            .append("\" r=\"6\" fill=\"none\" stroke=\"").append(colour)
                            .append("\" stroke-width=\"2\"><title>")
                            .append(HtmlRenderer.escape(crossingText.of(name, labels.get(before.row()),
                                    labels.get(after.row()))))
                            .append("</title></circle>\n");
                    return;
                }
            }
        }
    }
}
