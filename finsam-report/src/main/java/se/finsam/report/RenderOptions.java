package se.finsam.report;

import java.util.Locale;
import java.util.Objects;

/**
 * How a {@link Report} is rendered: in which language, and in which CSV dialect.
 *
 * @param locale the reader's language: Swedish when its language is {@code sv}, English otherwise
 * @param csvDialect the dialect of CSV
 */
public record RenderOptions(Locale locale, CsvDialect csvDialect) {

    /** Swedish, with Swedish CSV. */
    public static final RenderOptions SWEDISH = new RenderOptions(Locale.forLanguageTag("sv-SE"), CsvDialect.SV);

    /** English, with Swedish CSV. */
    public static final RenderOptions ENGLISH = new RenderOptions(Locale.ENGLISH, CsvDialect.SV);

    /**
     * Options.
     *
     * @param locale the reader's language
     * @param csvDialect the dialect of CSV
     */
    public RenderOptions {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(csvDialect, "csvDialect");
    }

    /**
     * Options for a language, with Swedish CSV.
     *
     * @param locale the reader's language
     * @return the options
     */
    public static RenderOptions of(Locale locale) {
        return new RenderOptions(locale, CsvDialect.SV);
    }

    /**
     * These options in another CSV dialect.
     *
     * @param dialect the dialect
     * @return the options
     */
    public RenderOptions withCsvDialect(CsvDialect dialect) {
        return new RenderOptions(locale, dialect);
    }

    /**
     * Whether the reader reads Swedish.
     *
     * @return whether the locale's language is Swedish
     */
    public boolean swedish() {
        return "sv".equals(locale.getLanguage());
    }
}
