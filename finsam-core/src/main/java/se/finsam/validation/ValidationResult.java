package se.finsam.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The outcome of a check that does not throw: every violation found, possibly none.
 *
 * <pre>{@code
 * ValidationResult result = CoordinationAssociation.check(...);
 * if (!result.isValid()) {
 *     result.violations().forEach(System.err::println);
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param violations the violations found, in the order they were found; empty when valid
 */
public record ValidationResult(List<Violation> violations) {

    private static final ValidationResult VALID = new ValidationResult(List.of());

    /**
     * Validates and copies the list.
     *
     * @param violations the violations found, in the order they were found; empty when valid
     * @throws NullPointerException if the list or an element is null
     */
    public ValidationResult {
        violations = List.copyOf(Objects.requireNonNull(violations, "violations"));
    }

    /**
     * Obtains the result with no violations.
     *
     * @return the valid result
     */
    public static ValidationResult valid() {
        return VALID;
    }

    /**
     * Obtains a result holding the given violations.
     *
     * @param violations the violations, possibly empty
     * @return the result
     */
    public static ValidationResult of(Collection<Violation> violations) {
        return Objects.requireNonNull(violations, "violations").isEmpty() ? VALID : new ValidationResult(List.copyOf(violations));
    }

    /**
     * Tells whether no rule is broken.
     *
     * @return true if there are no violations
     */
    public boolean isValid() {
        return violations.isEmpty();
    }

    /**
     * Combines this result with another, keeping the order: this result's violations first.
     *
     * @param other the other result
     * @return a result with the violations of both
     */
    public ValidationResult and(ValidationResult other) {
        Objects.requireNonNull(other, "other");
        if (other.isValid()) {
            return this;
        }
        if (isValid()) {
            return other;
        }
        List<Violation> all = new ArrayList<>(violations);
        all.addAll(other.violations);
        return new ValidationResult(all);
    }

    /**
     * Returns this result with every path placed below {@code prefix}.
     *
     * @param prefix a JSON pointer, {@code ""} or starting with {@code /}
     * @return the relocated result
     * @see Violation#under(String)
     */
    public ValidationResult under(String prefix) {
        return isValid() ? this : new ValidationResult(violations.stream().map(v -> v.under(prefix)).toList());
    }

    /**
     * Throws a {@link FinsamValidationException} holding every violation, unless the result is valid.
     *
     * @param what what was being built, for the exception message, e.g. {@code "association"}
     * @throws FinsamValidationException if there is at least one violation
     */
    public void throwIfInvalid(String what) {
        if (!isValid()) {
            throw new FinsamValidationException(what, violations);
        }
    }

    /**
     * Throws if there are violations, as {@link #throwIfInvalid(String)} does, with {@code what} made only then: a
     * value's constructor names itself ({@code "project 'trosam'"}) at no cost when it is valid.
     *
     * <pre>{@code
     * Member.check(id, kind, name, code).throwIfInvalid(() -> "member '" + id + "'");
     * }</pre>
     *
     * @param what makes what was being built, for the exception message
     * @throws FinsamValidationException if there is at least one violation
     */
    public void throwIfInvalid(Supplier<String> what) {
        if (!isValid()) {
            throw new FinsamValidationException(what.get(), violations);
        }
    }
}
