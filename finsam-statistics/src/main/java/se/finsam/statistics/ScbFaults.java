package se.finsam.statistics;

import java.util.ArrayList;
import java.util.List;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.TextRules;
import se.finsam.validation.Violation;

/**
 * The faults found in one SCB file, collected so that every one is reported at once. A file full of bad
 * cells would make millions of violations: after {@value #MAX_LISTED} the rest are counted and reported as
 * one last violation, so that the report stays bounded.
 */
final class ScbFaults {

    /** The most violations listed one by one. */
    static final int MAX_LISTED = 1000;
    /** How many characters of a value a message quotes. */
    private static final int QUOTED = 60;

    private final List<Violation> violations = new ArrayList<>();
    private int unlisted;
    private String unlistedCode = "";

    /** Adds a fault. */
    void add(String path, String code, String message) {
        if (violations.size() < MAX_LISTED) {
            violations.add(Violation.of(path, code, message));
        } else {
            if (unlisted == 0) {
                unlistedCode = code;
            }
            unlisted++;
        }
    }

    boolean isEmpty() {
        return violations.isEmpty();
    }

    /** How many faults were found so far, listed or not. */
    int size() {
        return violations.size() + unlisted;
    }

    /** Throws every fault found, if any. */
    void throwIfAny(String fileName) {
        if (violations.isEmpty()) {
            return;
        }
        List<Violation> all = new ArrayList<>(violations);
        if (unlisted > 0) {
            all.add(Violation.of("", unlistedCode, unlisted + " more faults were found and are not listed (the first "
                    + MAX_LISTED + " are)"));
        }
        throw new FinsamValidationException("SCB population table '" + quote(fileName) + "'", all);
    }

    /** A value from the file as a message quotes it: escaped, cut after {@value #QUOTED} characters. */
    static String quote(String text) {
        String cut = text.length() > QUOTED ? text.substring(0, text.offsetByCodePoints(0,
                Math.min(QUOTED, text.codePointCount(0, text.length())))) + "…" : text;
        return TextRules.escape(cut);
    }
}
