package se.finsam.member;

import java.util.Objects;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.TextRules;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

/**
 * The identifier of a member within an association, such as {@code eskilstuna} or {@code fk}.
 *
 * <p>An id is 1 to 64 characters: letters (any script), digits, {@code -}, {@code _} and {@code .},
 * starting with a letter or digit. Ids are compared exactly (case-sensitive).
 *
 * <pre>{@code
 * MemberId.of("eskilstuna");   // valid
 * MemberId.of("nyköping-2");   // valid
 * MemberId.of(" flen");        // throws: code member.id-invalid
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the id text
 */
public record MemberId(String value) implements Comparable<MemberId> {

    /** The longest id accepted. */
    public static final int MAX_LENGTH = 64;

    /** The ASCII characters an id may hold: letters, digits, '-', '_' and '.'. */
    private static final boolean[] PLAIN = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            PLAIN[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.';
        }
    }

    /**
     * Validates the id.
     *
     * @param value the id text
     * @throws NullPointerException if {@code value} is null
     * @throws FinsamValidationException with code {@link ViolationCodes#MEMBER_ID_INVALID} if the text
     *     is not a valid id
     */
    public MemberId {
        Objects.requireNonNull(value, "value");
        String problem = problem(value);
        if (problem != null) {
            throw FinsamValidationException.of("member id",
                    Violation.of("", ViolationCodes.MEMBER_ID_INVALID, "Member id '" + shorten(value) + "' " + problem));
        }
    }

    /**
     * Obtains a member id.
     *
     * @param value the id text
     * @return the id
     * @throws FinsamValidationException if the text is not a valid id
     */
    public static MemberId of(String value) {
        return new MemberId(value);
    }

    /**
     * Returns why a text is not a valid id, or null if it is; shared with other identifiers.
     *
     * @param value the text
     * @return the problem, or null
     */
    static String problem(String value) {
        if (value.isEmpty()) {
            return "is empty";
        }
        if (value.length() > MAX_LENGTH) {
            return "is longer than " + MAX_LENGTH + " characters";
        }
        if (!Character.isLetterOrDigit(value.codePointAt(0))) {
            return "must start with a letter or digit";
        }
        if (isPlainAscii(value)) {
            return null;
        }
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            if (!(Character.isLetterOrDigit(cp) || cp == '-' || cp == '_' || cp == '.')) {
                return "may hold only letters, digits, '-', '_' and '.', found '" + TextRules.escape(Character.toString(cp)) + "'";
            }
            i += Character.charCount(cp);
        }
        return null;
    }

    /** The common case, checked without code points: only ASCII letters, digits, '-', '_' and '.'. */
    private static boolean isPlainAscii(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 128 || !PLAIN[c]) {
                return false;
            }
        }
        return true;
    }

    /** The id as quoted in a message: at most {@value #MAX_LENGTH} characters, control characters escaped. */
    static String shorten(String value) {
        return TextRules.escape(value.length() <= MAX_LENGTH ? value : value.substring(0, MAX_LENGTH) + "…");
    }

    /**
     * Orders ids by their text.
     *
     * @param other the other id
     * @return the comparison of the texts
     */
    @Override
    public int compareTo(MemberId other) {
        return value.compareTo(other.value);
    }

    /**
     * Returns the id text.
     *
     * @return the id text
     */
    @Override
    public String toString() {
        return value;
    }
}
