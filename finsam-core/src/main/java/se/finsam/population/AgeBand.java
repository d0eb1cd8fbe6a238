package se.finsam.population;

import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.TextRules;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

/**
 * An age band, both ends inclusive, such as {@code 16-64} (working age in most Finsam statistics) or
 * {@code 16-65} (later national deliveries).
 *
 * <pre>{@code
 * AgeBand.parse("16-64");   // from 16 to 64
 * AgeBand.of(64, 16);       // throws: key.age-band-invalid
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param fromAge the lowest age included
 * @param toAge the highest age included
 */
public record AgeBand(int fromAge, int toAge) {

    /** The highest age accepted. */
    public static final int MAX_AGE = 150;

    /**
     * Validates the band.
     *
     * @param fromAge the lowest age included
     * @param toAge the highest age included
     * @throws FinsamValidationException with code {@link ViolationCodes#AGE_BAND_INVALID} unless
     *     {@code 0 ≤ fromAge ≤ toAge ≤ 150}
     */
    public AgeBand {
        if (fromAge < 0 || toAge > MAX_AGE || fromAge > toAge) {
            throw invalid(fromAge + "-" + toAge);
        }
    }

    /**
     * Obtains an age band.
     *
     * @param fromAge the lowest age included
     * @param toAge the highest age included
     * @return the band
     */
    public static AgeBand of(int fromAge, int toAge) {
        return new AgeBand(fromAge, toAge);
    }

    /**
     * Obtains an age band from text {@code FROM-TO}; the inverse of {@link #toString()}.
     *
     * @param text the text, e.g. {@code "16-64"}
     * @return the band
     * @throws FinsamValidationException with code {@link ViolationCodes#AGE_BAND_INVALID} if the text is
     *     not a valid band
     */
    public static AgeBand parse(CharSequence text) {
        String s = text.toString();
        int dash = s.indexOf('-');
        if (dash <= 0 || dash > 3 || s.length() - dash - 1 > 3 || s.length() - dash - 1 == 0
                || !(s.substring(0, dash) + s.substring(dash + 1)).chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw invalid(s.length() > 20 ? s.substring(0, 20) + "…" : s);
        }
        return new AgeBand(Integer.parseInt(s.substring(0, dash)), Integer.parseInt(s.substring(dash + 1)));
    }

    private static FinsamValidationException invalid(String text) {
        return FinsamValidationException.of("age band", Violation.of("", ViolationCodes.AGE_BAND_INVALID,
                "Age band '" + TextRules.escape(text) + "' must be FROM-TO with 0 <= FROM <= TO <= " + MAX_AGE));
    }

    /**
     * Returns {@code FROM-TO}, e.g. {@code 16-64}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return fromAge + "-" + toAge;
    }
}
