package se.finsam.report;

/** The formats a {@link Report} is rendered in; each shows every section, row and figure of the report. */
public enum Format {
    /** Aligned text for people, in the reader's language and number format. */
    TABLE,
    /** Comma- or semicolon-separated values for spreadsheets, in a {@link CsvDialect}. */
    CSV,
    /**
     * One self-contained HTML page (no script, nothing fetched; inline CSS and SVG), for a screen and for A4
     * paper: every section's table with its {@link Chart} beside it.
     */
    HTML,
    /**
     * An Excel workbook ({@code .xlsx}): a sheet per section, numbers as number cells with number formats,
     * a frozen header row. Binary: {@link Report#render(Format, RenderOptions, java.io.OutputStream)} writes
     * it, {@link Report#toString(Format, RenderOptions)} does not.
     */
    XLSX
}
