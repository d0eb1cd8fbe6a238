package se.finsam.socioeconomic;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.finsam.followup.FollowUpFigures;
import se.finsam.followup.ProjectFollowUp;
import se.finsam.followup.ProjectSummary;
import se.finsam.money.Fraction;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.ValidationResult;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

/**
 * The project's participants and how many of them leave exclusion for work or studies
 * (docs/socioeconomic.md). The number who succeed may be a fraction when it comes from a rate: 25 % of 10
 * participants is 5/2, an expected number.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param participants the number of participants, from 1 to {@link SocioEconomicCalculation#MAX_PARTICIPANTS}
 * @param successful how many of them reach work or studies, from 0 to {@code participants}
 * @param followUp the name of the participant follow-up the figures come from, if they come from one
 */
public record Success(long participants, Fraction successful, Optional<String> followUp) {

    /**
     * Validates the success.
     *
     * @param participants the number of participants
     * @param successful how many of them reach work or studies
     * @param followUp the follow-up the figures come from, if any
     * @throws FinsamValidationException as {@link #check} finds
     */
    public Success {
        Objects.requireNonNull(successful, "successful");
        Objects.requireNonNull(followUp, "followUp");
        check(participants, successful).throwIfInvalid("success");
    }

    /**
     * Obtains a success given, not taken from a follow-up.
     *
     * @param participants the number of participants
     * @param successful how many of them reach work or studies
     * @throws FinsamValidationException as {@link #check} finds
     */
    public Success(long participants, Fraction successful) {
        this(participants, successful, Optional.empty());
    }

    /**
     * Obtains a success counted in people.
     *
     * @param participants the number of participants
     * @param successful how many of them reach work or studies
     * @return the success
     * @throws FinsamValidationException as {@link #check} finds
     */
    public static Success count(long participants, long successful) {
        return new Success(participants, Fraction.of(successful, 1));
    }

    /**
     * Obtains a success given as a rate.
     *
     * @param participants the number of participants
     * @param rate the share of them who reach work or studies, from 0 to 1
     * @return the success, {@code participants × rate} succeeding
     * @throws FinsamValidationException with {@link ViolationCodes#SOCIOECONOMIC_SHARE_OUT_OF_RANGE} at
     *     {@code /successRate} for a rate outside 0–100 %, or as {@link #check} finds
     */
    public static Success rate(long participants, Fraction rate) {
        List<Violation> v = new ArrayList<>();
        Checks.share("/successRate", "The success rate", Objects.requireNonNull(rate, "rate"), v);
        // Both faults at once: a rate out of range and no participants.
        ValidationResult.of(v).and(check(participants, null)).throwIfInvalid("success");
        return new Success(participants, rate.multipliedBy(Fraction.of(participants, 1)));
    }

    /**
     * Obtains the success a participant follow-up shows: every participant who started, and those of the
     * finished known to be in work or studies after, naming the follow-up. Participants still in the project
     * count as not succeeding, so the figure is cautious.
     *
     * @param followUp the project's follow-up
     * @return the success
     * @throws FinsamValidationException if nobody started
     */
    public static Success of(ProjectFollowUp followUp) {
        return of(Objects.requireNonNull(followUp, "followUp").summary());
    }

    /**
     * Obtains the success a project's summary shows, as {@link #of(ProjectFollowUp)} of the project it sums up:
     * every participant who started (registered and anonymous), and those of the finished known to be in work
     * or studies after, naming the project. A summary streamed from a participant document of any size gives
     * the success without the participants being held.
     *
     * <pre>{@code
     * Success success = Success.of(summary);   // streamed from a document, or followUp.summary()
     * success.participants();                  // summary.figures().started()
     * success.successful();                    // summary.figures().inWorkOrStudiesAfter().count(), a fraction
     * }</pre>
     *
     * @param summary the project's summary
     * @return the success
     * @throws FinsamValidationException if nobody started, or more started than a calculation takes
     */
    public static Success of(ProjectSummary summary) {
        FollowUpFigures figures = Objects.requireNonNull(summary, "summary").figures();
        return new Success(figures.started(), Fraction.of(figures.inWorkOrStudiesAfter().count(), 1),
                Optional.of(summary.name()));
    }

    /**
     * Returns the same figures for another number who succeed, from the same source.
     *
     * @param other how many succeed
     * @return the success
     * @throws FinsamValidationException as {@link #check} finds
     */
    public Success withSuccessful(Fraction other) {
        return new Success(participants, other, followUp);
    }

    /**
     * Checks a success: at least one participant and at most {@link SocioEconomicCalculation#MAX_PARTICIPANTS},
     * and from 0 to all of them succeeding.
     *
     * @param participants the number of participants, or null if unknown
     * @param successful how many succeed, or null if unknown
     * @return the violations, at {@code /participants} and {@code /successful}
     */
    public static ValidationResult check(@Nullable Long participants, @Nullable Fraction successful) {
        List<Violation> v = new ArrayList<>();
        if (participants != null && (participants < 1 || participants > SocioEconomicCalculation.MAX_PARTICIPANTS)) {
            v.add(Violation.of("/participants", ViolationCodes.SOCIOECONOMIC_PARTICIPANTS_OUT_OF_RANGE,
                    "The number of participants must be from 1 to " + SocioEconomicCalculation.MAX_PARTICIPANTS
                            + ", was " + participants));
        }
        if (successful != null && successful.signum() < 0) {
            v.add(Violation.of("/successful", ViolationCodes.SOCIOECONOMIC_SUCCESS_OUT_OF_RANGE,
                    "The number who succeed must not be negative, was " + successful));
        } else if (successful != null && participants != null && participants >= 1
                && successful.compareTo(Fraction.of(participants, 1)) > 0) {
            v.add(Violation.of("/successful", ViolationCodes.SOCIOECONOMIC_SUCCESS_OUT_OF_RANGE,
                    "At most all " + participants + " participants can succeed, was " + successful));
        }
        return ValidationResult.of(v);
    }

    /**
     * Returns the success rate.
     *
     * @return {@code successful / participants}, from 0 to 1
     */
    public Fraction rate() {
        return successful.dividedBy(Fraction.of(participants, 1));
    }
}
