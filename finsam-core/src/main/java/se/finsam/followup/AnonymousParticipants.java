package se.finsam.followup;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.ValidationResult;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

/**
 * Anonymous participants of a project, who carry only the year and their gender: how many there were.
 *
 * <p>Rules: the year from 1900 to 2200, the count from 1 to 1 000 000
 * ({@link ViolationCodes#VALUE_OUT_OF_RANGE} at {@code /year}, {@code /count}).
 *
 * <pre>{@code AnonymousParticipants.of(2011, Gender.WOMAN, 3)}</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param year the year they took part
 * @param gender their gender
 * @param count how many they were
 */
public record AnonymousParticipants(int year, Gender gender, int count) {

    /** The most anonymous participants one entry may count. */
    public static final int MAX_COUNT = 1_000_000;

    /**
     * Validates the entry.
     *
     * @param year the year they took part
     * @param gender their gender
     * @param count how many they were
     * @throws NullPointerException if the gender is null
     * @throws FinsamValidationException if the year or count is out of range
     */
    public AnonymousParticipants {
        Objects.requireNonNull(gender, "gender");
        check(year, count).throwIfInvalid("anonymous participants");
    }

    /**
     * Checks the year and the count without throwing, on what is known: a reader passes {@code null} for
     * a number it could not read (and has reported), and its rule is skipped.
     *
     * <pre>{@code
     * AnonymousParticipants.check(2011, 3);      // valid
     * AnonymousParticipants.check(null, 0);      // /count value.out-of-range
     * }</pre>
     *
     * @param year the year they took part, or null if unknown
     * @param count how many they were, or null if unknown
     * @return every violation, at {@code /year} and {@code /count}
     */
    public static ValidationResult check(@Nullable Integer year, @Nullable Integer count) {
        List<Violation> violations = new ArrayList<>();
        if (year != null && (year < 1900 || year > 2200)) {
            violations.add(Violation.of("/year", ViolationCodes.VALUE_OUT_OF_RANGE, "Year must be from 1900 to 2200, was " + year));
        }
        if (count != null && (count < 1 || count > MAX_COUNT)) {
            violations.add(Violation.of("/count", ViolationCodes.VALUE_OUT_OF_RANGE, "Count of anonymous participants must be from 1 to "
                    + MAX_COUNT + ", was " + count));
        }
        return ValidationResult.of(violations);
    }

    /**
     * Obtains an entry of anonymous participants.
     *
     * @param year the year
     * @param gender the gender
     * @param count how many, from 1
     * @return the entry
     * @throws FinsamValidationException if the year or count is out of range
     */
    public static AnonymousParticipants of(int year, Gender gender, int count) {
        return new AnonymousParticipants(year, gender, count);
    }
}
