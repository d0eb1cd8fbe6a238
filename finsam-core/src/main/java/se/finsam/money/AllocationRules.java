package se.finsam.money;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

/**
 * The rules of an allocation's input, shared by {@link Allocation}'s factories and
 * {@link Allocation#splitUnits}: a total from 0 to {@link RoundingUnit#MAX_UNITS}, at least one share,
 * no negative weight, and at least one positive weight. Every rule adds its violation, at {@code /total}
 * or {@code /weights}, to a list that is made only when there is one (null while there is none): the
 * checks cost nothing on valid input.
 */
final class AllocationRules {

    private AllocationRules() {
    }

    /**
     * Adds a violation to a list, made if there is none yet.
     *
     * @return the list
     */
    static List<Violation> add(@Nullable List<Violation> violations, Violation v) {
        List<Violation> list = violations != null ? violations : new ArrayList<>();
        list.add(v);
        return list;
    }

    /**
     * The total is not negative and at most {@link RoundingUnit#MAX_UNITS}.
     *
     * @param units the total, in units
     * @param unit the unit of an amount to split, quoted in messages; null for a bare count of units
     */
    static @Nullable List<Violation> total(@Nullable List<Violation> violations, long units, @Nullable RoundingUnit unit) {
        if (units < 0) {
            return add(violations, Violation.of("/total", ViolationCodes.AMOUNT_NEGATIVE, unit == null
                    ? "Units to split must not be negative, was " + units
                    : "Amount to split must not be negative, was " + unit.decimalOf(units).toPlainString()));
        }
        if (units > RoundingUnit.MAX_UNITS) {
            return add(violations, Violation.of("/total", ViolationCodes.AMOUNT_TOO_LARGE, unit == null
                    ? "Units to split are too many: " + units + ", at most " + RoundingUnit.MAX_UNITS
                    : "Amount to split is too large: " + units + " units of " + unit + ", at most " + RoundingUnit.MAX_UNITS));
        }
        return violations;
    }

    /** There is at least one share. */
    static @Nullable List<Violation> shares(@Nullable List<Violation> violations, int n) {
        return n != 0 ? violations : add(violations, Violation.of("/weights", ViolationCodes.ALLOCATION_NO_PARTS,
                "An allocation needs at least one share"));
    }

    /**
     * A negative weight.
     *
     * @param path where the weight is, e.g. {@code /weights/2}
     * @param weight the weight named in the message, e.g. {@code Weight of 'a'}
     * @param value the weight
     */
    static @Nullable List<Violation> negativeWeight(@Nullable List<Violation> violations, String path, String weight, Object value) {
        return add(violations, Violation.of(path, ViolationCodes.WEIGHT_NEGATIVE, weight + " must not be negative, was "
                + value));
    }

    /** At least one weight is positive, unless a weight broke a rule (whose violation is then the report). */
    static @Nullable List<Violation> somePositive(@Nullable List<Violation> violations, int n, boolean anyPositive, boolean weightProblem) {
        if (n > 0 && !anyPositive && !weightProblem) {
            return add(violations, Violation.of("/weights", ViolationCodes.ALLOCATION_ZERO_WEIGHTS,
                    "At least one weight must be positive, all " + n + " are zero"));
        }
        return violations;
    }

    /**
     * Throws every violation found.
     *
     * @throws FinsamValidationException if there is one
     */
    static void throwIfAny(@Nullable List<Violation> violations) {
        if (violations != null) {
            throw new FinsamValidationException("allocation", violations);
        }
    }
}
