package se.finsam.report;

/**
 * How CSV is written. {@link #SV} opens correctly in a spreadsheet set to Swedish (Excel, LibreOffice,
 * Numbers): semicolon separator, decimal comma, UTF-8 with a byte order mark so that å, ä and ö survive.
 * {@link #RFC4180} is for programs: comma separator, decimal point, no byte order mark. Both quote fields as
 * RFC 4180 says and end lines with CRLF.
 */
public enum CsvDialect {
    /** Semicolons, decimal comma, UTF-8 byte order mark: the default. */
    SV(';', ',', true),
    /** Commas, decimal point, no byte order mark. */
    RFC4180(',', '.', false);

    private final char separator;
    private final char decimalSeparator;
    private final boolean byteOrderMark;

    CsvDialect(char separator, char decimalSeparator, boolean byteOrderMark) {
        this.separator = separator;
        this.decimalSeparator = decimalSeparator;
        this.byteOrderMark = byteOrderMark;
    }

    /**
     * The field separator.
     *
     * @return {@code ;} or {@code ,}
     */
    public char separator() {
        return separator;
    }

    /**
     * The decimal separator of numbers.
     *
     * @return {@code ,} or {@code .}
     */
    public char decimalSeparator() {
        return decimalSeparator;
    }

    /**
     * Whether the text starts with a UTF-8 byte order mark.
     *
     * @return whether it does
     */
    public boolean byteOrderMark() {
        return byteOrderMark;
    }
}
