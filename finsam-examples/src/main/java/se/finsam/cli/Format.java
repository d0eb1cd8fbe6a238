package se.finsam.cli;

/** The output formats of every command. */
enum Format {
    /** Aligned text for people, Swedish digit grouping ({@code 1 308 750 kr}). */
    TABLE,
    /** Comma- or semicolon-separated values for spreadsheets. */
    CSV,
    /** JSON for programs, amounts as decimal strings. */
    JSON,
    /**
     * One self-contained HTML page for people, with charts beside the tables; for the reports that
     * finsam-report models ({@link Report#model}).
     */
    HTML,
    /** An Excel workbook of the report's model, a sheet per section; only to a file ({@code --output FILE}). */
    XLSX
}
