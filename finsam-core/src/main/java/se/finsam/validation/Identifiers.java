package se.finsam.validation;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The one rule of every identifier of finsam (members, projects, associations): 1 to
 * {@value #MAX_LENGTH} characters, letters (any script), digits, {@code -}, {@code _} and {@code .},
 * starting with a letter or digit. Ids are compared exactly (case-sensitive). Each id type reports a
 * problem with its own violation code, in a message that names its kind.
 *
 * <pre>{@code
 * Identifiers.problemOf("nyköping-2");                                    // empty
 * Identifiers.problemOf(" flen");                                         // "must start with a letter or digit"
 * Identifiers.check("Project", ViolationCodes.PROJECT_ID_INVALID, "a b");
 *         // throws: project.id-invalid "Project id 'a b' may hold only letters, digits, '-', '_' and '.', found ' '"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Identifiers {

    /** The longest id accepted, in UTF-16 units. */
    public static final int MAX_LENGTH = 64;

    /** The ASCII characters an id may hold: letters, digits, '-', '_' and '.'. */
    private static final boolean[] PLAIN = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            PLAIN[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                    || c == '.';
        }
    }

    private Identifiers() {
    }

    /**
     * Checks an id, throwing if it breaks the rule.
     *
     * @param kind what the id identifies, capitalized, as the message starts: {@code "Member"}, {@code "Project"}
     * @param code the violation code of the id type
     * @param value the id text
     * @throws NullPointerException if an argument is null
     * @throws FinsamValidationException with {@code code} at the empty path, message
     *     {@code "<kind> id '<value>' <problem>"}, if the text is not a valid id
     */
    public static void check(String kind, String code, String value) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(value, "value");
        Optional<String> problem = problemOf(value);
        if (problem.isPresent()) {
            throw FinsamValidationException.of(kind.toLowerCase(Locale.ROOT) + " id",
                    Violation.of("", code, kind + " id '" + shorten(value) + "' " + problem.get()));
        }
    }

    /**
     * Returns why a text is not a valid id, as words that follow the quoted id in a message, or empty if
     * it is valid.
     *
     * @param value the text
     * @return the problem: {@code "is empty"}, {@code "is longer than 64 characters"},
     *     {@code "must start with a letter or digit"} or {@code "may hold only letters, digits, ..."}
     */
    public static Optional<String> problemOf(String value) {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty()) {
            return Optional.of("is empty");
        }
        if (value.length() > MAX_LENGTH) {
            return Optional.of("is longer than " + MAX_LENGTH + " characters");
        }
        if (!Character.isLetterOrDigit(value.codePointAt(0))) {
            return Optional.of("must start with a letter or digit");
        }
        if (isPlainAscii(value)) {
            return Optional.empty();
        }
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            if (!(Character.isLetterOrDigit(cp) || cp == '-' || cp == '_' || cp == '.')) {
                return Optional.of("may hold only letters, digits, '-', '_' and '.', found '"
                        + TextRules.escape(Character.toString(cp)) + "'");
            }
            i += Character.charCount(cp);
        }
        return Optional.empty();
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

    /**
     * Returns a text as a message quotes an id or code: at most {@value #MAX_LENGTH} characters and an
     * ellipsis, control characters escaped ({@link TextRules#escape(String)}).
     *
     * @param value the text
     * @return the text to quote
     */
    public static String shorten(String value) {
        Objects.requireNonNull(value, "value");
        return TextRules.escape(value.length() <= MAX_LENGTH ? value : value.substring(0, MAX_LENGTH) + "…");
    }
}
