package se.finsam.validation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The one rule for free text that people read: names (1 to 200 characters) and notes (1 to 2000
 * characters). Every name and note of finsam is checked here; each value type reports the problem with
 * its own violation code (a member's name with {@link ViolationCodes#MEMBER_NAME_INVALID}, a free-standing
 * name or note with {@link ViolationCodes#TEXT_INVALID}).
 *
 * <ul>
 *   <li><b>Characters, not UTF-16 units</b>: lengths count Unicode code points, so a name of 200 emoji
 *       is as long as a name of 200 letters.</li>
 *   <li><b>Not blank</b>: a text of only white space or invisible characters is blank: Unicode white space
 *       and space separators (also the no-break spaces U+00A0, U+2007, U+202F), format characters (category
 *       Cf, such as the zero-width spaces U+200B to U+200D, U+2060 and the byte order mark U+FEFF) and the
 *       other default-ignorable characters (U+034F, the Hangul fillers, the variation selectors).</li>
 *   <li><b>No control characters</b>: a name holds none of C0 (U+0000 to U+001F), DEL (U+007F) and C1
 *       (U+0080 to U+009F), and no line or paragraph separator (U+2028, U+2029): a name is one line. A
 *       note may hold line breaks (line feed U+000A, or carriage return U+000D directly followed by a line
 *       feed), tabs (U+0009) and the separators U+2028 and U+2029, and no other control character.</li>
 *   <li><b>Unicode text</b>: a lone surrogate (a UTF-16 unit U+D800 to U+DFFF not in a pair, as JSON's
 *       <code>&#92;ud800</code> can write) is not a character, and is refused.</li>
 * </ul>
 *
 * <p>Messages never hold the offending character itself: it is quoted escaped, as <code>&#92;u001B</code>
 * ({@link #escape(String)}), so that a message printed to a terminal cannot change its colours or title.
 *
 * <pre>
 * TextRules.problemOfName("Vägen in");          // empty
 * TextRules.problemOfName("&#92;u00a0&#92;u200b");      // "is blank"
 * TextRules.problemOfName("Röd&#92;u001b[31m");     // "holds the control character &#92;u001B at character 4"
 * TextRules.checkName("/name", " ", violations); // adds: /name text.invalid: Name is blank
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TextRules {

    /** The longest name accepted, in characters (code points). */
    public static final int MAX_NAME_LENGTH = 200;
    /** The longest note accepted, in characters (code points). */
    public static final int MAX_NOTE_LENGTH = 2000;

    /** How many characters of a too long text its message quotes. */
    private static final int QUOTED = 40;

    private TextRules() {
    }

    /**
     * Checks a name: 1 to {@value #MAX_NAME_LENGTH} characters, not blank, no control characters (see the
     * class description); a problem is reported with code {@link ViolationCodes#TEXT_INVALID}.
     *
     * @param path where the name is, as a JSON pointer
     * @param name the name
     * @param violations receives the violation, if any
     */
    public static void checkName(String path, String name, List<Violation> violations) {
        checkName(path, ViolationCodes.TEXT_INVALID, "Name", name, violations);
    }

    /**
     * Checks a name by the same rule as {@link #checkName(String, String, List)}, reporting a problem with
     * the value type's own code and a message that starts with its description of the name.
     *
     * <pre>{@code
     * TextRules.checkName("/name", ViolationCodes.MEMBER_NAME_INVALID, "Name of member 'flen'", "Flen", v);   // nothing
     * TextRules.checkName("/name", ViolationCodes.MEMBER_NAME_INVALID, "Name of member 'flen'", " ", v);
     *         // adds: /name member.name-invalid: Name of member 'flen' is blank
     * }</pre>
     *
     * @param path where the name is, as a JSON pointer
     * @param code the violation code of a problem
     * @param description what the name is, the start of the message ({@code "Name of member 'flen'"})
     * @param name the name
     * @param violations receives the violation, if any
     */
    public static void checkName(String path, String code, String description, String name, List<Violation> violations) {
        checkName(path, code, () -> description, name, violations);
    }

    /**
     * Checks a name as {@link #checkName(String, String, String, String, List)} does, with the description
     * made only for a violation: a valid name, the common case, costs no text.
     *
     * <pre>{@code
     * TextRules.checkName("/name", ViolationCodes.PROJECT_NAME_INVALID, () -> "Name of project '" + id + "'", name, v);
     * }</pre>
     *
     * @param path where the name is, as a JSON pointer
     * @param code the violation code of a problem
     * @param description makes what the name is, the start of the message
     * @param name the name
     * @param violations receives the violation, if any
     */
    public static void checkName(String path, String code, Supplier<String> description, String name,
            List<Violation> violations) {
        Objects.requireNonNull(name, "name");
        @Nullable String problem = problem(name, MAX_NAME_LENGTH, false);
        if (problem != null) {
            violations.add(Violation.of(path, code, description.get() + " " + problem));
        }
    }

    /**
     * Checks an optional note: when present, 1 to {@value #MAX_NOTE_LENGTH} characters, not blank, no
     * control characters but line breaks and tabs; a problem is reported with code
     * {@link ViolationCodes#TEXT_INVALID}.
     *
     * @param path where the note is, as a JSON pointer
     * @param note the note, if any
     * @param violations receives the violation, if any
     */
    public static void checkNote(String path, Optional<String> note, List<Violation> violations) {
        Objects.requireNonNull(note, "note");
        note.flatMap(TextRules::problemOfNote)
                .ifPresent(p -> violations.add(Violation.of(path, ViolationCodes.TEXT_INVALID, "Note " + p)));
    }

    /**
     * Returns what is wrong with a name, as words that follow the name's description in a message
     * ({@code "Name of member 'flen' " + problem}), or empty if the name is valid.
     *
     * <pre>
     * TextRules.problemOfName("Flen");       // empty
     * TextRules.problemOfName("Fl\nen");     // "holds the control character &#92;u000A at character 3"
     * </pre>
     *
     * @param name the name
     * @return the problem: {@code "is blank"}, <code>"holds the control character &#92;u001B at character 4"</code>,
     *     <code>"holds a lone surrogate &#92;uD800 ..."</code> or {@code "is longer than 200 characters (201): '...…'"}
     */
    public static Optional<String> problemOfName(String name) {
        Objects.requireNonNull(name, "name");
        return Optional.ofNullable(problem(name, MAX_NAME_LENGTH, false));
    }

    /**
     * Returns what is wrong with a note, as words that follow its description in a message, or empty if
     * the note is valid. A note may hold line breaks and tabs, which a name may not.
     *
     * <pre>
     * TextRules.problemOfNote("Rad ett\r\nRad två");   // empty
     * TextRules.problemOfNote("Rad&#92;u0000");            // "holds the control character &#92;u0000 at character 4"
     * </pre>
     *
     * @param note the note
     * @return the problem, as for {@link #problemOfName(String)}, with a limit of {@value #MAX_NOTE_LENGTH}
     */
    public static Optional<String> problemOfNote(String note) {
        Objects.requireNonNull(note, "note");
        return Optional.ofNullable(problem(note, MAX_NOTE_LENGTH, true));
    }

    /**
     * Returns a text with every character that must not reach a terminal raw written as a Java-style
     * escape <code>&#92;uXXXX</code> (upper-case hex): control characters (C0, DEL, C1), lone surrogates, the line
     * and paragraph separators and the bidirectional controls (U+061C, U+200E, U+200F, U+202A to U+202E,
     * U+2066 to U+2069). Every other character is kept; for quoting user text in messages.
     *
     * <pre>TextRules.escape("&#92;u001b[31mRött")   // "&#92;u001B[31mRött", the escape as six characters</pre>
     *
     * @param text the text
     * @return the text, escaped; the same string if nothing needed escaping
     */
    public static String escape(String text) {
        Objects.requireNonNull(text, "text");
        int i = 0;
        while (i < text.length() && !needsEscape(text, i)) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 10).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (needsEscape(text, i)) {
                appendEscaped(out, c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The problem of a text, or null: blank first, then a character that is not allowed, then length. */
    private static @Nullable String problem(String text, int max, boolean note) {
        int length = 0;
        boolean visible = false;
        @Nullable String refused = null;
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            int cp;
            if (!Character.isSurrogate(c)) {
                cp = c;
                i++;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                cp = Character.toCodePoint(c, text.charAt(i + 1));
                i += 2;
            } else {
                return "holds a lone surrogate " + hex(c) + " at character " + (length + 1)
                        + ", which is not a Unicode character";
            }
            length++;
            if (refused == null && !allowed(cp, note, text, i)) {
                refused = (Character.isISOControl(cp) ? "holds the control character " : "holds the line break ") + hex(cp)
                        + " at character " + length;
            }
            if (!visible) {
                visible = !isInvisible(cp); // once one character shows, the text is not blank
            }
        }
        if (!visible) {
            return "is blank";
        }
        if (refused != null) {
            return refused;
        }
        if (length > max) {
            return "is longer than " + max + " characters (" + length + "): '" + escape(start(text, QUOTED)) + "…'";
        }
        return null;
    }

    /** Whether a character may stand in a name (or a note); {@code next} is the index after it. */
    private static boolean allowed(int cp, boolean note, String text, int next) {
        if ((cp >= 0x20 && cp < 0x7F) || (cp > 0x9F && cp != 0x2028 && cp != 0x2029)) {
            return true;
        }
        if (!note) {
            return false;
        }
        return cp == '\n' || cp == '\t' || cp == 0x2028 || cp == 0x2029
                || (cp == '\r' && next < text.length() && text.charAt(next) == '\n');
    }

    /** White space and characters that show nothing: what a blank text is made of. */
    private static boolean isInvisible(int cp) {
        if (cp > ' ' && cp < 0x7F) {
            return false;
        }
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.getType(cp) == Character.FORMAT
                || cp == 0x034F || cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0
                || (cp >= 0x180B && cp <= 0x180F) || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
    }

    private static boolean needsEscape(String text, int i) {
        char c = text.charAt(i);
        if (c >= 0x20 && c < 0x7F) {
            return false;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || c == 0x061C || c == 0x200E || c == 0x200F
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    private static void appendEscaped(StringBuilder out, char c) {
        out.append("\\u");
        String digits = Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT);
        out.append("0".repeat(4 - digits.length())).append(digits);
    }

    /** A character escaped; every character the rules refuse is in the Basic Multilingual Plane. */
    private static String hex(int c) {
        StringBuilder out = new StringBuilder(6);
        appendEscaped(out, (char) c);
        return out.toString();
    }

    /** The first {@code n} characters (code points) of a text, never half a pair. */
    private static String start(String text, int n) {
        return text.substring(0, text.offsetByCodePoints(0, Math.min(n, text.codePointCount(0, text.length()))));
    }
}
