package se.finsam.followup;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import se.finsam.validation.TextRules;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

/**
 * A county (län) of a national follow-up, by the two-digit code of Statistics Sweden, such as {@code 04}
 * for Södermanlands län, and its name: the level between an association and the whole country in the
 * national follow-up's report.
 *
 * <pre>{@code
 * new County("04", "Södermanlands län");   // valid
 * new County("4", "Södermanlands län");    // throws: county.code-invalid
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code the county code: two digits, from {@code 01} to {@code 25}
 * @param name the county's name, following the text rules of every name ({@link TextRules})
 */
public record County(String code, String name) {

    /**
     * Validates the county.
     *
     * @param code the county code: two digits, from {@code 01} to {@code 25}
     * @param name the county's name
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the code is not a county code, or the name breaks the text rules
     */
    public County {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        List<Violation> found = new ArrayList<>();
        checkCode("/code", code, found);
        TextRules.checkName("/name", name, found);
        if (!found.isEmpty()) {
            throw new IllegalArgumentException(found.get(0).message());
        }
    }

    /**
     * Checks a county code: two ASCII digits, from {@code 01} to {@code 25}, as Statistics Sweden numbers the
     * counties (some numbers in between are no longer used; they are accepted, as older data may use them).
     *
     * @param path where the code is, e.g. {@code /counties/3/code}
     * @param code the code
     * @param out receives a {@link ViolationCodes#COUNTY_CODE_INVALID} violation quoting the code
     */
    public static void checkCode(String path, String code, List<Violation> out) {
        boolean digits = code.length() == 2 && isDigit(code.charAt(0)) && isDigit(code.charAt(1));
        int number = digits ? Integer.parseInt(code) : 0;
        if (number < 1 || number > 25) {
            out.add(Violation.of(path, ViolationCodes.COUNTY_CODE_INVALID, "County code '" + code
                    + "' is not a county code: two digits, from 01 to 25"));
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
