package se.finsam.statistics;

/**
 * The formats of SCB's population tables that finsam reads; {@link PopulationTable#read(java.nio.file.Path)}
 * tells them apart by their content, never by the file's name.
 *
 * <pre>{@code
 * PopulationTable.read(Path.of("folkmangd.json")).format();   // PXWEB_JSON or JSON_STAT2
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum TableFormat {

    /**
     * PxWeb API v1 JSON: the response of a query with {@code "response": {"format": "json"}}, saved as a file:
     * an object with {@code columns} and {@code data} ({@code key} and string {@code values}).
     */
    PXWEB_JSON,

    /**
     * JSON-stat 2.0: a dataset ({@code "class": "dataset"} with {@code id}, {@code size}, {@code dimension} and
     * {@code value}), as PxWeb API v2 gives it and API v1 with {@code "format": "json-stat2"}.
     */
    JSON_STAT2,

    /**
     * CSV as the database's "save as" gives it: semicolon, comma or tab separated, an optional title line, the
     * header in Swedish or English, codes and texts or texts alone, counts in one column or one per period.
     */
    CSV
}
