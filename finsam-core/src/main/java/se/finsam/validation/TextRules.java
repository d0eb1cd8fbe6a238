package se.finsam.validation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The rules for free text that people read: names (1 to 200 characters) and notes (1 to 2000
 * characters), neither blank. A violation has code {@link ViolationCodes#TEXT_INVALID}.
 *
 * <pre>{@code
 * TextRules.checkName("/name", "Vägen in", violations);   // adds nothing
 * TextRules.checkName("/name", " ", violations);          // adds: /name text.invalid: Name is blank
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TextRules {

    /** The longest name accepted. */
    public static final int MAX_NAME_LENGTH = 200;
    /** The longest note accepted. */
    public static final int MAX_NOTE_LENGTH = 2000;

    private TextRules() {
    }

    /**
     * Checks a name: 1 to {@value #MAX_NAME_LENGTH} characters, not blank.
     *
     * @param path where the name is, as a JSON pointer
     * @param name the name
     * @param violations receives the violation, if any
     */
    public static void checkName(String path, String name, List<Violation> violations) {
        check(path, "Name", name, MAX_NAME_LENGTH, violations);
    }

    /**
     * Checks an optional note: when present, 1 to {@value #MAX_NOTE_LENGTH} characters, not blank.
     *
     * @param path where the note is, as a JSON pointer
     * @param note the note, if any
     * @param violations receives the violation, if any
     */
    public static void checkNote(String path, Optional<String> note, List<Violation> violations) {
        Objects.requireNonNull(note, "note");
        note.ifPresent(text -> check(path, "Note", text, MAX_NOTE_LENGTH, violations));
    }

    private static void check(String path, String what, String text, int max, List<Violation> violations) {
        Objects.requireNonNull(text, what.toLowerCase(java.util.Locale.ROOT));
        if (text.isBlank()) {
            violations.add(Violation.of(path, ViolationCodes.TEXT_INVALID, what + " is blank"));
        } else if (text.length() > max) {
            violations.add(Violation.of(path, ViolationCodes.TEXT_INVALID, what + " '" + text.substring(0, 40)
                    + "…' is longer than " + max + " characters"));
        }
    }
}
