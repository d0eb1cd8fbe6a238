package se.finsam.statistics;

import java.math.BigDecimal;

/** The one rule for a cell of a population table: a whole number of people, 0 to {@value #MAX}. */
final class ScbCount {

    /** The largest count accepted: more people than live on earth is not a head count. */
    static final long MAX = 10_000_000_000L;
    /** What a reader records for a cell that is not a count (its fault already reported). */
    static final long BAD = -1;

    private ScbCount() {
    }

    /** A count written as text ({@code "1234"}); faults are reported at {@code path}. */
    static long ofText(String text, String path, ScbFaults faults) {
        String t = text.strip();
        if (t.isEmpty()) {
            return bad(path, faults, "Cell '" + ScbFaults.quote(text) + "' is empty, not a count of people");
        }
        if (t.equals("..") || t.equals("…") || t.equals("-") || t.equals(".")) {
            return bad(path, faults, "Cell '" + ScbFaults.quote(text) + "' is not a count of people: SCB writes '"
                    + ScbFaults.quote(t) + "' for a figure that is missing or cannot be shown");
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                // "15 216" or "15,216": a spreadsheet's digit grouping, which SCB's own files never have.
                boolean grouped = t.matches("[0-9]{1,3}([ \u00A0\u202F,.][0-9]{3})+");
                return bad(path, faults, "Cell '" + ScbFaults.quote(text) + "' is not a whole number of people"
                        + (grouped ? ": write it without digit grouping (15216), or save the table from SCB again" : ""));
            }
        }
        if (t.length() > 11) {
            return tooLarge(t, path, faults);
        }
        long value = Long.parseLong(t);
        return value > MAX ? tooLarge(t, path, faults) : value;
    }

    /** A count written as a JSON number, in any notation JSON allows ({@code 1234}, {@code 1234.0}, {@code 1.234e3}). */
    static long ofNumber(BigDecimal number, String path, ScbFaults faults) {
        if (number.signum() < 0) {
            return bad(path, faults, "Cell " + ScbFaults.quote(number.toString()) + " is negative, not a count of people");
        }
        if (number.signum() == 0) {
            return 0;
        }
        BigDecimal n = number.stripTrailingZeros();
        if (n.scale() > 0) {
            return bad(path, faults, "Cell " + ScbFaults.quote(number.toString()) + " is not a whole number of people");
        }
        if ((long) n.precision() - n.scale() > 11) {
            return tooLarge(number.toString(), path, faults);
        }
        long value = n.longValueExact();
        return value > MAX ? tooLarge(number.toString(), path, faults) : value;
    }

    private static long tooLarge(String text, String path, ScbFaults faults) {
        return bad(path, faults, "Cell " + ScbFaults.quote(text) + " is larger than " + MAX + ", not a count of people");
    }

    private static long bad(String path, ScbFaults faults, String message) {
        faults.add(path, StatisticsCodes.VALUE_NOT_A_COUNT, message);
        return BAD;
    }
}
