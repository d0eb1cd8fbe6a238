package se.finsam.followup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.finsam.money.AmountFormat;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.TextRules;
import se.finsam.validation.ValidationResult;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

/**
 * A result goal of a project: a measure that must reach at least a threshold, for shares optionally
 * within some months of each participant's start. "At least half of about 70 participants closer to
 * work within a year" (the Norra Västmanland newsletter) is {@code CLOSER_TO_WORK}, at least 50 (%),
 * within 12 months.
 *
 * <p>Rules ({@link ViolationCodes#TARGET_INVALID}): a share's threshold is a percentage from 0 to 100
 * with at most 10 decimals ({@code /atLeast}); a count's is a whole number from 0 to 10<sup>9</sup>; {@code withinMonths} only for
 * shares, from 1 to 600. The note follows {@link TextRules}.
 *
 * <pre>{@code
 * Target.of(TargetMeasure.CLOSER_TO_WORK, new BigDecimal("50"), 12);    // valid
 * Target.of(TargetMeasure.COMPLETION_RATE, new BigDecimal("120"), null); // throws: /atLeast target.invalid
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param measure what is measured
 * @param atLeast the threshold: a percentage for shares, a count otherwise; met when reached
 * @param withinMonths for shares, count only participants who finished within this many months of starting
 * @param note a note for people, e.g. where the target comes from
 */
public record Target(TargetMeasure measure, BigDecimal atLeast, Optional<Integer> withinMonths, Optional<String> note) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MAX_COUNT = BigDecimal.valueOf(1_000_000_000);
    /** The longest time limit accepted, in months. */
    public static final int MAX_MONTHS = 600;
    /** The most decimals of a share's threshold (a percentage). */
    public static final int MAX_DECIMALS = 10;

    /**
     * Validates the target; reports every problem at once.
     *
     * @param measure what is measured
     * @param atLeast the threshold: a percentage for shares, a count otherwise; met when reached
     * @param withinMonths for shares, count only participants who finished within this many months of starting
     * @param note a note for people, e.g. where the target comes from
     * @throws NullPointerException if a component is null
     * @throws FinsamValidationException if a rule is broken
     */
    public Target {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(atLeast, "atLeast");
        Objects.requireNonNull(withinMonths, "withinMonths");
        Objects.requireNonNull(note, "note");
        check(measure, atLeast, withinMonths, note).throwIfInvalid("target");
    }

    /**
     * Checks the rules of a target without throwing, on what is known of it: a reader that reports every
     * fault of a document at once passes {@code null} for a part it could not read (and has reported), and
     * the rules that need that part are skipped: without the measure, neither the threshold's range (a
     * percentage or a count) nor whether a time limit suits it is known, but the time limit's own range is.
     *
     * <pre>{@code
     * Target.check(TargetMeasure.CLOSER_TO_WORK, new BigDecimal("50"), Optional.of(12), Optional.empty());  // valid
     * Target.check(null, new BigDecimal("150"), Optional.of(0), Optional.empty());
     *         // /withinMonths target.invalid only: whether 150 is too much depends on the measure
     * }</pre>
     *
     * @param measure what is measured, or null if unknown
     * @param atLeast the threshold, or null if unknown
     * @param withinMonths the time limit; empty if not given, null if given but unknown
     * @param note the note; empty if not given, null if given but unknown
     * @return every violation, at {@code /atLeast}, {@code /withinMonths} and {@code /note}
     */
    @SuppressWarnings("NullableOptional") // empty if not given, null if given but unreadable (see above)
    public static ValidationResult check(@Nullable TargetMeasure measure, @Nullable BigDecimal atLeast,
            @Nullable Optional<Integer> withinMonths, @Nullable Optional<String> note) {
        List<Violation> violations = new ArrayList<>();
        if (measure != null && atLeast != null) {
            // Compared before any arithmetic, and quoted by AmountFormat.plain: the threshold may be 1E+2147483647.
            if (measure.isShare() && (atLeast.signum() < 0 || atLeast.compareTo(HUNDRED) > 0)) {
                violations.add(Violation.of("/atLeast", ViolationCodes.TARGET_INVALID, "Target for " + measure
                        + " is a percentage from 0 to 100, was " + AmountFormat.plain(atLeast)));
            } else if (measure.isShare() && atLeast.signum() > 0 && atLeast.stripTrailingZeros().scale() > MAX_DECIMALS) {
                violations.add(Violation.of("/atLeast", ViolationCodes.TARGET_INVALID, "Target for " + measure
                        + " is a percentage with at most " + MAX_DECIMALS + " decimals, was " + AmountFormat.plain(atLeast)));
            } else if (!measure.isShare() && (atLeast.signum() < 0 || atLeast.compareTo(MAX_COUNT) > 0
                    || atLeast.stripTrailingZeros().scale() > 0)) {
                violations.add(Violation.of("/atLeast", ViolationCodes.TARGET_INVALID, "Target for " + measure
                        + " is a whole number from 0 to " + MAX_COUNT + ", was " + AmountFormat.plain(atLeast)));
            }
        }
        if (withinMonths != null && withinMonths.isPresent()) {
            int months = withinMonths.get();
            if (measure != null && !measure.isShare()) {
                violations.add(Violation.of("/withinMonths", ViolationCodes.TARGET_INVALID, "A time limit applies to the "
                        + "outcome of finished participants, not to " + measure));
            } else if (months < 1 || months > MAX_MONTHS) {
                violations.add(Violation.of("/withinMonths", ViolationCodes.TARGET_INVALID, "Time limit must be from 1 to "
                        + MAX_MONTHS + " months, was " + months));
            }
        }
        if (note != null) {
            TextRules.checkNote("/note", note, violations);
        }
        return ValidationResult.of(violations);
    }

    /**
     * Obtains a target without a note.
     *
     * @param measure what is measured
     * @param atLeast the threshold: a percentage for shares, a count otherwise
     * @param withinMonths for shares, the time limit in months, or null for none
     * @return the target
     * @throws FinsamValidationException if a rule is broken
     */
    public static Target of(TargetMeasure measure, BigDecimal atLeast, @Nullable Integer withinMonths) {
        return new Target(measure, atLeast, Optional.ofNullable(withinMonths), Optional.empty());
    }
}
