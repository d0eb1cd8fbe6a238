package se.finsam.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a report as one self-contained HTML5 page that a board can be handed: no script, nothing fetched
 * (inline CSS, inline SVG), {@code lang} of the reader's language, print styles for A4. The title and lead
 * in a header; each section a {@code <section>} with its title, its table (numbers to the right, totals in
 * bold) with its chart beside it, and its notes. Every text, the document's own included, is escaped.
 * Rows are written as they are iterated, so a streamed section of any length is written in constant memory
 * (a chart is drawn only of a section that holds its rows).
 */
final class HtmlRenderer {

    /** The page's styles: readable on a screen, and on A4 paper, where a table row is never split. */
    private static final String CSS = """
            :root { color: #222; background: #fff; }
            body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; font-size: 15px;
              line-height: 1.45; max-width: 64rem; margin: 2rem auto; padding: 0 1rem; }
            h1 { font-size: 1.6rem; margin: 0 0 .4rem; }
            h2 { font-size: 1.2rem; margin: 2rem 0 .6rem; border-bottom: 1px solid #ccc; padding-bottom: .2rem; }
            .lead { margin: .1rem 0; color: #444; }
            .content { display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: flex-start; }
            table { border-collapse: collapse; }
            th, td { padding: .2rem .6rem; text-align: left; vertical-align: top; }
            thead th { border-bottom: 2px solid #444; font-weight: 600; }
            tbody tr:nth-child(even) { background: #f4f6f9; }
            .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
            tr.total td { font-weight: bold; border-top: 1px solid #444; }
            tr.subtotal td { font-weight: bold; }
            figure.chart { margin: 0; max-width: 100%; overflow-x: auto; }
            figure.chart svg { max-width: 100%; height: auto; }
            .note { font-size: .9rem; color: #444; max-width: 48rem; }
            @page { size: A4; margin: 18mm 15mm 18mm 15mm; }
            @media print {
              body { font-size: 10pt; max-width: none; margin: 0; padding: 0; }
              h2 { break-after: avoid; page-break-after: avoid; }
              thead { display: table-header-group; }
              tr, figure.chart { break-inside: avoid; page-break-inside: avoid; }
              tbody tr:nth-child(even) { background: none; }
              .content { display: block; }
              figure.chart { margin-top: .8rem; }
            }
            """;

    private HtmlRenderer() {
    }

    static void render(Report report, Formatting f, Writer out) throws IOException {
        String title = f.text(report.title());
        out.write("<!DOCTYPE html>\n<html lang=\"" + f.language() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
        // The name after the title, unless the title already says it ("Samhällsekonomisk kalkyl: Unga till arbete").
        out.write(escape(report.name().isEmpty() || title.contains(report.name()) ? title : title + " – " + report.name()));
        out.write("</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n<header>\n<h1>");
        out.write(escape(title));
        out.write("</h1>\n");
        for (Text line : report.lead()) {
            out.write("<p class=\"lead\">" + escape(f.text(line)) + "</p>\n");
        }
        out.write("</header>\n<main>\n");
        for (Section section : report.sections()) {
            section(section, f, out);
        }
        out.write("</main>\n</body>\n</html>\n");
    }

    private static void section(Section section, Formatting f, Writer out) throws IOException {
        String id = escape(section.id());
        out.write("<section id=\"" + id + "\" aria-labelledby=\"" + id + "-title\">\n<h2 id=\"" + id + "-title\">");
        out.write(escape(f.text(section.title())));
        out.write("</h2>\n<div class=\"content\">\n");
        table(section, f, out);
        if (section.chart().isPresent()) {
            out.write("<figure class=\"chart\">\n");
            out.write(SvgChart.draw(section, section.chart().get(), f).element(""));
            out.write("</figure>\n");
        }
        out.write("</div>\n");
        for (Text note : section.notes()) {
            out.write("<p class=\"note\">" + escape(f.text(note)) + "</p>\n");
        }
        out.write("</section>\n");
    }

    private static void table(Section section, Formatting f, Writer out) throws IOException {
        List<Column> columns = section.columns();
        StringBuilder sb = new StringBuilder("<table>\n<thead><tr>");
        for (Column column : columns) {
            sb.append("<th scope=\"col\"").append(column.rightAligned() ? " class=\"num\"" : "").append('>')
                    .append(escape(f.text(column.header()))).append("</th>");
        }
        sb.append("</tr></thead>\n<tbody>\n");
        out.append(sb);
        for (Row row : section.rows()) {
            sb.setLength(0);
            sb.append("<tr");
            if (row.kind() != Row.Kind.DATA) {
                sb.append(" class=\"").append(row.kind() == Row.Kind.TOTAL ? "total" : "subtotal").append('"');
            }
            sb.append('>');
            for (int c = 0; c < columns.size(); c++) {
                cell(sb, columns.get(c), row.cells().get(c), f);
            }
            sb.append("</tr>\n");
            out.append(sb);
        }
        out.write("</tbody>\n</table>\n");
    }

    private static void cell(StringBuilder sb, Column column, Cell cell, Formatting f) {
        sb.append("<td");
        if (column.rightAligned()) {
            sb.append(" class=\"num\"");
        }
        if (cell instanceof Cell.Named n) {
            sb.append(" data-id=\"").append(escape(n.id())).append('"');
        } else if (cell instanceof Cell.Word w) {
            sb.append(" data-code=\"").append(escape(w.code())).append('"');
        }
        sb.append('>').append(escape(f.cell(cell))).append("</td>");
    }

    /**
     * The charts of a report as one standalone SVG image, one under the other: what the README shows of a
     * report.
     *
     * @param report the report
     * @param f the reader's formatting
     * @return the SVG document
     */
    static String svg(Report report, Formatting f) {
        List<SvgChart.Drawing> drawings = new ArrayList<>();
        for (Section section : report.sections()) {
            section.chart().ifPresent(chart -> drawings.add(SvgChart.draw(section, chart, f)));
        }
        int gap = 24;
        int width = 0;
        int height = 0;
        for (SvgChart.Drawing d : drawings) {
            width = Math.max(width, d.width());
            height += d.height() + gap;
        }
        width += 2 * gap;
        height += gap;
        String title = escape(f.text(report.title()) + " – " + report.name());
        StringBuilder sb = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width + "\" height=\""
                + height + "\" viewBox=\"0 0 " + width + " " + height + "\" role=\"img\" aria-label=\"" + title + "\">\n"
                + "<title>" + title + "</title>\n<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n");
        int y = gap;
        for (SvgChart.Drawing d : drawings) {
            sb.append(d.element(" x=\"" + gap + "\" y=\"" + y + "\""));
            y += d.height() + gap;
        }
        return sb.append("</svg>\n").toString();
    }

    /**
     * Text as HTML and XML write it in content and in quoted attributes: {@code & < > " '} escaped.
     *
     * @param text the text
     * @return the escaped text
     */
    static String escape(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String entity = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (entity != null && sb == null) {
                sb = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (sb != null) {
                if (entity != null) {
                    sb.append(entity);
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? text : sb.toString();
    }
}
