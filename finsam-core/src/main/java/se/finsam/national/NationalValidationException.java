package se.finsam.national;

import java.util.ArrayList;
import java.util.List;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.Violation;

/**
 * A national allocation, or a state allocation, that breaks its rules: every violation, each with the
 * part of the input it concerns ({@link #located()}). {@link #violations()} holds the same violations,
 * their paths relative to their parts.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class NationalValidationException extends FinsamValidationException {

    private static final long serialVersionUID = 1L;

    private final List<NationalViolation> located;

    /**
     * Obtains an exception for one or more violations.
     *
     * @param what what is invalid, e.g. {@code "national allocation"}
     * @param located the violations with their parts, at least one
     */
    NationalValidationException(String what, List<NationalViolation> located) {
        super(what, violationsOf(located));
        this.located = List.copyOf(located);
    }

    private static List<Violation> violationsOf(List<NationalViolation> located) {
        List<Violation> list = new ArrayList<>(located.size());
        located.forEach(v -> list.add(v.violation()));
        return list;
    }

    /**
     * Returns every violation with the part of the input it concerns, in the order found.
     *
     * @return the violations, unmodifiable
     */
    public List<NationalViolation> located() {
        return located;
    }
}
