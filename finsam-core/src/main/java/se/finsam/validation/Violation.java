package se.finsam.validation;

import java.io.Serializable;
import java.util.Objects;

/**
 * One broken rule: where it is, a stable code, and a message for people.
 *
 * <p>The {@code path} is a JSON pointer (RFC 6901) relative to the value that was validated, built
 * from the same names that the finsam document format uses, so that an adapter can prefix it to locate
 * the value in a document: {@code /members/3/kind}, {@code /municipalKey/values/flen}. The empty string
 * denotes the validated value itself. The {@code code} is stable across releases (see
 * {@link ViolationCodes}); the {@code message} may be reworded and always quotes the offending value.
 *
 * <pre>{@code
 * Violation v = Violation.of("/values", ViolationCodes.KEY_PERCENTAGE_SUM,
 *         "Percentages must sum to 100, was 99.9");
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param path where the broken value is, as a JSON pointer; {@code ""} for the value itself
 * @param code the stable code of the broken rule
 * @param message a message for people that quotes the offending value
 */
public record Violation(String path, String code, String message) implements Serializable {

    /**
     * Validates the components.
     *
     * @param path where the broken value is, as a JSON pointer; {@code ""} for the value itself
     * @param code the stable code of the broken rule
     * @param message a message for people that quotes the offending value
     * @throws NullPointerException if any component is null
     * @throws IllegalArgumentException if the path is neither empty nor starts with {@code /}, or the
     *     code or message is blank
     */
    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        if (!path.isEmpty() && path.charAt(0) != '/') {
            throw new IllegalArgumentException("Violation path must be empty or start with '/', was '" + path + "'");
        }
        if (code.isBlank() || message.isBlank()) {
            throw new IllegalArgumentException("Violation code and message must not be blank");
        }
    }

    /**
     * Obtains a violation.
     *
     * <pre>{@code Violation.of("/members/0/id", ViolationCodes.MEMBER_ID_INVALID, "Member id '' is blank")}</pre>
     *
     * @param path the JSON pointer to the broken value, {@code ""} for the value itself
     * @param code the stable code
     * @param message the message for people
     * @return the violation
     */
    public static Violation of(String path, String code, String message) {
        return new Violation(path, code, message);
    }

    /**
     * Returns this violation located one level deeper, below {@code prefix}.
     *
     * <pre>{@code Violation.of("/kind", c, m).under("/members/3")  // path "/members/3/kind"}</pre>
     *
     * @param prefix a JSON pointer, {@code ""} or starting with {@code /}
     * @return a violation with path {@code prefix + path()}
     */
    public Violation under(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        return prefix.isEmpty() ? this : new Violation(prefix + path, code, message);
    }

    /**
     * Builds a JSON pointer from unescaped segments, escaping {@code ~} and {@code /} as RFC 6901 says.
     *
     * <pre>{@code Violation.pointer("municipalKey", "values", "a/b")  // "/municipalKey/values/a~1b"}</pre>
     *
     * @param segments the reference tokens, each converted with {@code String.valueOf}
     * @return the pointer, {@code ""} when there are no segments
     */
    public static String pointer(Object... segments) {
        StringBuilder sb = new StringBuilder();
        for (Object segment : segments) {
            sb.append('/').append(String.valueOf(segment).replace("~", "~0").replace("/", "~1"));
        }
        return sb.toString();
    }

    /**
     * Returns the violation as one line: {@code path code: message}, with {@code /} standing for the
     * root path.
     *
     * @return a one-line description
     */
    @Override
    public String toString() {
        return (path.isEmpty() ? "/" : path) + " " + code + ": " + message;
    }
}
