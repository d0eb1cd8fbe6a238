package se.finsam.followup;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.finsam.population.AgeBand;
import se.finsam.member.MemberId;
import se.finsam.period.DatePeriod;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.ValidationResult;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

/**
 * A registered participant of a project: dates, gender, age band, home municipality, and situation
 * before and (once finished) after.
 *
 * <p>Rules, all checked at once: the end, when given, is not before the start
 * ({@link ViolationCodes#PERIOD_END_BEFORE_START} at {@code /end}); a finished participant has an exit
 * reason and a situation after ({@link ViolationCodes#PARTICIPANT_OUTCOME_MISSING} at {@code /exit},
 * {@code /after}); one still in the project has neither
 * ({@link ViolationCodes#PARTICIPANT_OUTCOME_WITHOUT_END}).
 *
 * <pre>{@code
 * Participant.finished(LocalDate.of(2010, 9, 6), LocalDate.of(2011, 3, 4), ExitReason.COMPLETED, Gender.WOMAN,
 *         AgeBand.parse("30-49"), MemberId.of("arboga"),
 *         Situation.of(Occupation.OTHER, SupportSource.SICKNESS_AND_REHABILITATION_BENEFIT),
 *         Situation.of(Occupation.WORK, SupportSource.WORK));                      // valid
 * Participant.finished(LocalDate.of(2011, 3, 4), LocalDate.of(2010, 9, 6), ...);   // throws: /end period.end-before-start
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param period the first and last day in the project; with an open end while the participant is still in it
 * @param exit why the participant left, when finished
 * @param gender the gender
 * @param ageBand the age band at the start, e.g. 16-29
 * @param municipality the home municipality, one of the project's
 * @param before the situation before the project
 * @param after the situation after the project, when finished
 */
public record Participant(DatePeriod period, Optional<ExitReason> exit, Gender gender,
        AgeBand ageBand, MemberId municipality, Situation before, Optional<Situation> after) {

    /**
     * Validates the participant; reports every problem at once.
     *
     * @param period the first and last day in the project; with an open end while the participant is still in it
     * @param exit why the participant left, when finished
     * @param gender the gender
     * @param ageBand the age band at the start, e.g. 16-29
     * @param municipality the home municipality, one of the project's
     * @param before the situation before the project
     * @param after the situation after the project, when finished
     * @throws NullPointerException if a component is null
     * @throws FinsamValidationException if a rule is broken (see the class description)
     */
    public Participant {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(exit, "exit");
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(ageBand, "ageBand");
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        check(period.start(), period.end(), exit, after).throwIfInvalid("participant");
    }

    /**
     * Validates a participant given its first and last day; reports every problem at once.
     *
     * @param start the first day in the project
     * @param end the last day in the project, or empty while the participant is still in it
     * @param exit why the participant left, when finished
     * @param gender the gender
     * @param ageBand the age band at the start, e.g. 16-29
     * @param municipality the home municipality, one of the project's
     * @param before the situation before the project
     * @param after the situation after the project, when finished
     * @throws NullPointerException if a component is null
     * @throws FinsamValidationException if a rule is broken (see the class description)
     */
    public Participant(LocalDate start, Optional<LocalDate> end, Optional<ExitReason> exit, Gender gender,
            AgeBand ageBand, MemberId municipality, Situation before, Optional<Situation> after) {
        this(period(start, end, exit, after), exit, gender, ageBand, municipality, before, after);
    }

    /**
     * The period of a participant built from its days; an end before the start is reported with every
     * other problem of the participant, as the canonical constructor reports them.
     */
    private static DatePeriod period(LocalDate start, Optional<LocalDate> end, Optional<ExitReason> exit,
            Optional<Situation> after) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (DatePeriod.isEndBeforeStart(start, end)) {
            check(start, end, Objects.requireNonNull(exit, "exit"), Objects.requireNonNull(after, "after"))
                    .throwIfInvalid("participant");
        }
        return DatePeriod.of(start, end);
    }

    /**
     * Checks the rules of a participant without throwing, on what is known of it: a reader that reports
     * every fault of a document at once passes {@code null} for a part it could not read (and has
     * reported), and the rules that need that part are skipped. An optional part is empty when it is not
     * given, and null when it is given but could not be read: an end that could not be read still makes
     * the participant finished.
     *
     * <pre>{@code
     * Participant.check(LocalDate.of(2010, 9, 6), Optional.of(LocalDate.of(2011, 3, 4)), Optional.of(COMPLETED),
     *         Optional.of(after));                                              // valid
     * Participant.check(null, null, Optional.empty(), Optional.of(after));
     *         // /exit participant.outcome-missing only: the order of the dates needs the start and the end
     * }</pre>
     *
     * @param start the first day in the project, or null if unknown
     * @param end the last day in the project; empty while still in the project, null if given but unknown
     * @param exit why the participant left; empty if not given, null if given but unknown
     * @param after the situation after; empty if not given, null if given but unknown
     * @return every violation, at {@code /end}, {@code /exit} and {@code /after}
     */
    @SuppressWarnings("NullableOptional") // empty if not given, null if given but unreadable (see above)
    public static ValidationResult check(@Nullable LocalDate start, @Nullable Optional<LocalDate> end,
            @Nullable Optional<ExitReason> exit, @Nullable Optional<Situation> after) {
        List<Violation> violations = new ArrayList<>();
        boolean finished = end == null || end.isPresent();
        String when = end != null && end.isPresent() ? " " + end.get() : "";
        if (finished) {
            if (start != null && end != null && DatePeriod.isEndBeforeStart(start, end)) {
                violations.add(Violation.of("/end", ViolationCodes.PERIOD_END_BEFORE_START, "Participant finishes "
                        + end.get() + ", before starting " + start));
            }
            if (exit != null && exit.isEmpty()) {
                violations.add(Violation.of("/exit", ViolationCodes.PARTICIPANT_OUTCOME_MISSING, "Participant finished"
                        + when + " but has no exit reason (COMPLETED or DISCONTINUED)"));
            }
            if (after != null && after.isEmpty()) {
                violations.add(Violation.of("/after", ViolationCodes.PARTICIPANT_OUTCOME_MISSING, "Participant finished"
                        + when + " but has no situation after"));
            }
        } else {
            if (exit == null || exit.isPresent()) {
                violations.add(Violation.of("/exit", ViolationCodes.PARTICIPANT_OUTCOME_WITHOUT_END, "Participant has exit "
                        + "reason" + (exit != null ? " " + exit.get() : "") + " but no end date; give the end, or drop the"
                        + " exit while still in the project"));
            }
            if (after == null || after.isPresent()) {
                violations.add(Violation.of("/after", ViolationCodes.PARTICIPANT_OUTCOME_WITHOUT_END,
                        "Participant has a situation after but no end date"));
            }
        }
        return ValidationResult.of(violations);
    }

    /**
     * Obtains a participant still in the project.
     *
     * @param start the first day
     * @param gender the gender
     * @param ageBand the age band
     * @param municipality the home municipality
     * @param before the situation before
     * @return the participant
     */
    public static Participant ongoing(LocalDate start, Gender gender, AgeBand ageBand, MemberId municipality,
            Situation before) {
        return new Participant(start, Optional.empty(), Optional.empty(), gender, ageBand, municipality, before,
                Optional.empty());
    }

    /**
     * Obtains a participant who has left the project.
     *
     * @param start the first day
     * @param end the last day, not before the first
     * @param exit why the participant left
     * @param gender the gender
     * @param ageBand the age band
     * @param municipality the home municipality
     * @param before the situation before
     * @param after the situation after
     * @return the participant
     * @throws FinsamValidationException if the end is before the start
     */
    public static Participant finished(LocalDate start, LocalDate end, ExitReason exit, Gender gender, AgeBand ageBand,
            MemberId municipality, Situation before, Situation after) {
        return new Participant(start, Optional.of(end), Optional.of(exit), gender, ageBand, municipality, before,
                Optional.of(after));
    }

    /**
     * Returns the first day in the project.
     *
     * @return the first day of the {@link #period()}
     */
    public LocalDate start() {
        return period.start();
    }

    /**
     * Returns the last day in the project, once finished.
     *
     * @return the last day of the {@link #period()}, or empty while the participant is still in it
     */
    public Optional<LocalDate> end() {
        return period.end();
    }

    /**
     * Tells whether the participant has left the project.
     *
     * @return true if there is an end date
     */
    public boolean isFinished() {
        return period.hasEnd();
    }

    /**
     * Returns the days in the project, both ends included, once finished.
     *
     * @return the days, at least 1, or empty while still in the project
     */
    public Optional<Long> daysInProject() {
        return period.hasEnd() ? Optional.of(period.lengthInDays()) : Optional.empty();
    }

    /**
     * Tells whether the participant finished within some months of starting: the last day is at most
     * the day before the start's date that many months later.
     *
     * @param months the months, at least 1
     * @return true if finished within the time
     */
    public boolean finishedWithinMonths(int months) {
        if (!period.hasEnd()) {
            return false;
        }
        LocalDate start = period.start();
        // The month the time runs out in, counted from year 0; past the last year, every end is within it.
        long lastMonth = start.getYear() * 12L + start.getMonthValue() - 1 + months;
        if (Math.floorDiv(lastMonth, 12) > Year.MAX_VALUE) {
            return true;
        }
        return !period.end().get().isAfter(start.plusMonths(months).minusDays(1));
    }

    /**
     * Tells whether the participant finished completing the intervention.
     *
     * @return true if the exit reason is {@link ExitReason#COMPLETED}
     */
    public boolean hasCompleted() {
        return exit.filter(e -> e == ExitReason.COMPLETED).isPresent();
    }

    /**
     * Tells whether the participant's occupation after is a later step towards work than before
     * (see {@link Occupation}).
     *
     * @return true if finished and closer to work
     */
    public boolean isCloserToWork() {
        return after.filter(a -> a.occupation().isCloserToWorkThan(before.occupation())).isPresent();
    }

    /**
     * Tells whether the participant is in work or studies after the project.
     *
     * @return true if finished and in work or studies
     */
    public boolean isInWorkOrStudiesAfter() {
        return after.filter(a -> a.occupation().isWorkOrStudies()).isPresent();
    }
}
