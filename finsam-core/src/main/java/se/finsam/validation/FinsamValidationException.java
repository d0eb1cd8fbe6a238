package se.finsam.validation;

import java.util.List;
import java.util.Objects;

/**
 * Thrown when a value would be invalid; carries every violation found, not just the first.
 *
 * <p>It extends {@link IllegalArgumentException}, since passing an invalid value to a factory is an
 * illegal argument; callers that read untrusted input catch this type and report
 * {@link #violations()}. The message lists every violation, one a line.
 *
 * <pre>{@code
 * try {
 *     ContributionKey.ofPercentages(Map.of(flen, new BigDecimal("99.9")));
 * } catch (FinsamValidationException e) {
 *     e.violations();  // [/values key.percentage-sum: Percentages must sum to 100, was 99.9]
 * }
 * }</pre>
 */
public class FinsamValidationException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The violations: an unmodifiable, serializable list of serializable records. */
    private final List<Violation> violations;

    /**
     * Creates an exception holding the given violations.
     *
     * @param what what was being built, e.g. {@code "association"}; starts the message
     * @param violations the violations, at least one
     * @throws IllegalArgumentException if there is no violation
     */
    public FinsamValidationException(String what, List<Violation> violations) {
        super(message(what, violations));
        this.violations = List.copyOf(Objects.requireNonNull(violations, "violations"));
    }

    /**
     * Creates an exception holding one violation.
     *
     * @param what what was being built
     * @param violation the violation
     * @return the exception
     */
    public static FinsamValidationException of(String what, Violation violation) {
        return new FinsamValidationException(what, List.of(violation));
    }

    private static String message(String what, List<Violation> violations) {
        Objects.requireNonNull(what, "what");
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("A validation exception needs at least one violation");
        }
        StringBuilder sb = new StringBuilder("Invalid ").append(what).append(" (")
                .append(violations.size()).append(violations.size() == 1 ? " violation)" : " violations)");
        for (Violation v : violations) {
            sb.append("\n  ").append(v);
        }
        return sb.toString();
    }

    /**
     * Returns every violation, in the order found.
     *
     * @return the violations, never empty
     */
    public List<Violation> violations() {
        return violations;
    }

    /**
     * Returns the violations as a {@link ValidationResult}.
     *
     * @return the result, never valid
     */
    public ValidationResult result() {
        return ValidationResult.of(violations);
    }
}
