package se.finsam.period;

import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.finsam.money.Fraction;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

/**
 * A period of days from a first day to a last day, both inclusive; the last day may be unknown (an open
 * end), as for a project not yet decided or a participant still taking part. Modelled on ThreeTen-Extra's
 * {@code LocalDateRange}, with an inclusive end.
 *
 * <p>The rule of every period in finsam: the end is not before the start ({@link #isEndBeforeStart}). A
 * one-day period ends on its start. Lengths count calendar days ({@link #lengthInDays()}, both ends
 * included) or 30E/360 days ({@link #lengthInDays360()}: every month has 30 days and day 31 counts as day
 * 30), as cost schedules weigh budget years.
 *
 * <pre>{@code
 * DatePeriod p = DatePeriod.of(LocalDate.of(2006, 8, 15), LocalDate.of(2008, 8, 14));
 * p.lengthInDays();                                   // 731
 * p.lengthInMonths360();                              // 24
 * p.intersection(Year.of(2007)).orElseThrow();        // 2007-01-01..2007-12-31
 * DatePeriod.of(LocalDate.of(2011, 4, 1), LocalDate.of(2011, 1, 31));   // throws: /end period.end-before-start
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param start the first day
 * @param end the last day, inclusive, or empty for an open end
 */
public record DatePeriod(LocalDate start, Optional<LocalDate> end) {

    /**
     * Validates the period.
     *
     * @param start the first day
     * @param end the last day, inclusive, or empty for an open end
     * @throws NullPointerException if {@code start} or {@code end} is null
     * @throws FinsamValidationException with code {@link ViolationCodes#PERIOD_END_BEFORE_START} at
     *     {@code /end} if the end is before the start
     */
    public DatePeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (isEndBeforeStart(start, end)) {
            throw FinsamValidationException.of("period", Violation.of("/end", ViolationCodes.PERIOD_END_BEFORE_START,
                    "Period ends " + end.get() + ", before it starts " + start));
        }
    }

    /**
     * Obtains a period with a known end.
     *
     * <pre>{@code DatePeriod.of(LocalDate.of(2011, 4, 1), LocalDate.of(2011, 6, 30))   // 2011-04-01..2011-06-30}</pre>
     *
     * @param startInclusive the first day
     * @param endInclusive the last day, not before the first
     * @return the period
     * @throws FinsamValidationException if the end is before the start
     */
    public static DatePeriod of(LocalDate startInclusive, LocalDate endInclusive) {
        return new DatePeriod(startInclusive, Optional.of(Objects.requireNonNull(endInclusive, "endInclusive")));
    }

    /**
     * Obtains a period whose end may be unknown.
     *
     * <pre>{@code DatePeriod.of(LocalDate.of(2010, 9, 6), Optional.empty())   // 2010-09-06..}</pre>
     *
     * @param startInclusive the first day
     * @param endInclusive the last day, or empty for an open end
     * @return the period
     * @throws FinsamValidationException if the end is before the start
     */
    public static DatePeriod of(LocalDate startInclusive, Optional<LocalDate> endInclusive) {
        return new DatePeriod(startInclusive, endInclusive);
    }

    /**
     * Obtains a period with an open end.
     *
     * <pre>{@code DatePeriod.ofOpenEnd(LocalDate.of(2010, 9, 6))   // 2010-09-06..}</pre>
     *
     * @param startInclusive the first day
     * @return the period
     */
    public static DatePeriod ofOpenEnd(LocalDate startInclusive) {
        return new DatePeriod(startInclusive, Optional.empty());
    }

    /**
     * Obtains a period from its text, as {@link #toString()} writes it: {@code START..END} or {@code START..}.
     *
     * <pre>{@code
     * DatePeriod.parse("2011-04-01..2011-06-30");   // valid
     * DatePeriod.parse("2011-04-01");               // throws: DateTimeParseException
     * }</pre>
     *
     * @param text the text
     * @return the period
     * @throws DateTimeParseException if the text is not two ISO dates (the second optional) joined by {@code ..}
     * @throws FinsamValidationException if the end is before the start
     */
    public static DatePeriod parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        int dots = s.indexOf("..");
        if (dots < 0) {
            throw new DateTimeParseException("Period '" + s + "' is not START..END or START..", s, 0);
        }
        LocalDate start = LocalDate.parse(s.substring(0, dots));
        String end = s.substring(dots + 2);
        return new DatePeriod(start, end.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(end)));
    }

    /**
     * Tells whether an end is before a start: the one rule of every period. A part that is unknown (null)
     * breaks nothing, so that a reader that reports every fault at once can ask on what it could read.
     *
     * <pre>{@code
     * DatePeriod.isEndBeforeStart(LocalDate.of(2011, 4, 1), Optional.of(LocalDate.of(2011, 3, 31)));   // true
     * DatePeriod.isEndBeforeStart(LocalDate.of(2011, 4, 1), Optional.of(LocalDate.of(2011, 4, 1)));    // false
     * DatePeriod.isEndBeforeStart(null, Optional.of(LocalDate.of(2011, 3, 31)));                       // false
     * }</pre>
     *
     * @param start the first day, or null if unknown
     * @param end the last day: empty for an open end, null if unknown
     * @return true if both are known and the end is before the start
     */
    @SuppressWarnings("NullableOptional") // end: empty for an open end, null if unknown
    public static boolean isEndBeforeStart(@Nullable LocalDate start, @Nullable Optional<LocalDate> end) {
        return start != null && end != null && end.isPresent() && end.get().isBefore(start);
    }

    /**
     * Counts the days from {@code from} to {@code toExclusive} by the 30E/360 convention: every month
     * has 30 days and day 31 counts as day 30.
     *
     * <pre>{@code DatePeriod.days360(2006-08-15, 2007-01-01)  // 136; DatePeriod.days360(2007-01-01, 2008-01-01)  // 360}</pre>
     *
     * @param from the first day
     * @param toExclusive the day after the last
     * @return the 30E/360 day count; 30 per whole month, negative if {@code toExclusive} is before {@code from}
     */
    public static long days360(LocalDate from, LocalDate toExclusive) {
        return (toExclusive.getYear() - (long) from.getYear()) * 360L
                + (toExclusive.getMonthValue() - from.getMonthValue()) * 30L
                + Math.min(toExclusive.getDayOfMonth(), 30) - Math.min(from.getDayOfMonth(), 30);
    }

    /**
     * Tells whether the period has a known end.
     *
     * @return true if the end is known
     */
    public boolean hasEnd() {
        return end.isPresent();
    }

    /**
     * Tells whether a day lies in the period, both ends included; every day from the start on lies in a
     * period with an open end.
     *
     * @param date the day
     * @return true if the day is in the period
     */
    public boolean contains(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(start) && (end.isEmpty() || !date.isAfter(end.get()));
    }

    /**
     * Returns the number of calendar days in the period, both ends included.
     *
     * <pre>{@code DatePeriod.of(LocalDate.of(2012, 1, 1), LocalDate.of(2012, 6, 30)).lengthInDays()   // 182}</pre>
     *
     * @return the days, at least 1
     * @throws IllegalStateException if the end is open
     */
    public long lengthInDays() {
        return ChronoUnit.DAYS.between(start, knownEnd()) + 1;
    }

    /**
     * Returns the number of 30E/360 days in the period: {@link #days360} from the start to the day after
     * the end. A period from the 30th to the 31st of a month has none.
     *
     * <pre>{@code DatePeriod.of(LocalDate.of(2006, 8, 15), LocalDate.of(2006, 12, 31)).lengthInDays360()   // 136}</pre>
     *
     * @return the 30E/360 days, not negative
     * @throws IllegalStateException if the end is open
     * @throws java.time.DateTimeException if the end is {@link LocalDate#MAX}, which has no day after
     */
    public long lengthInDays360() {
        return days360(start, knownEnd().plusDays(1));
    }

    /**
     * Returns the length in 30E/360 months: {@link #lengthInDays360()} divided by 30, exactly.
     *
     * <pre>{@code DatePeriod.of(LocalDate.of(2006, 8, 15), LocalDate.of(2008, 8, 14)).lengthInMonths360()   // 24}</pre>
     *
     * @return the months, not negative
     * @throws IllegalStateException if the end is open
     * @throws java.time.DateTimeException if the end is {@link LocalDate#MAX}, which has no day after
     */
    public Fraction lengthInMonths360() {
        return Fraction.of(lengthInDays360(), 30);
    }

    /**
     * Returns the number of calendar years the period touches, first and last included: 2006-08-15 to
     * 2008-08-14 touches 3.
     *
     * @return the years, at least 1
     * @throws IllegalStateException if the end is open
     */
    public long yearsTouched() {
        return (long) knownEnd().getYear() - start.getYear() + 1;
    }

    /**
     * Returns the part of the period that lies in another, or empty if they share no day.
     *
     * <pre>{@code
     * DatePeriod.of(2006-08-15, 2008-08-14).intersection(DatePeriod.ofOpenEnd(2008-01-01))   // 2008-01-01..2008-08-14
     * }</pre>
     *
     * @param other the other period
     * @return the days in both; with an open end only if both ends are open
     */
    public Optional<DatePeriod> intersection(DatePeriod other) {
        Objects.requireNonNull(other, "other");
        LocalDate from = start.isAfter(other.start) ? start : other.start;
        Optional<LocalDate> to = end.isEmpty() ? other.end
                : other.end.isEmpty() || end.get().isBefore(other.end.get()) ? end : other.end;
        if (isEndBeforeStart(from, to)) {
            return Optional.empty();
        }
        return Optional.of(new DatePeriod(from, to));
    }

    /**
     * Returns the part of the period in a calendar year, or empty if the period has no day in it.
     *
     * <pre>{@code
     * DatePeriod.of(2006-08-15, 2008-08-14).intersection(Year.of(2006))   // 2006-08-15..2006-12-31
     * DatePeriod.of(2006-08-15, 2008-08-14).intersection(Year.of(2009))   // empty
     * }</pre>
     *
     * @param year the year
     * @return the days of the period in the year
     */
    public Optional<DatePeriod> intersection(Year year) {
        Objects.requireNonNull(year, "year");
        return intersection(of(year.atDay(1), year.atMonth(12).atEndOfMonth()));
    }

    /**
     * Returns the number of calendar days of the period in a year, both ends included: the length of
     * {@link #intersection(Year)}, or 0 if the period has no day in the year. An open end runs past the year.
     * Builds no period, so a cost schedule can weigh each year cheaply.
     *
     * <pre>{@code DatePeriod.of(2006-08-15, 2008-08-14).lengthInDays(Year.of(2006))   // 139}</pre>
     *
     * @param year the year
     * @return the days, not negative
     */
    public long lengthInDays(Year year) {
        LocalDate first = year.atDay(1);
        LocalDate afterLast = first.plusYears(1);
        LocalDate from = start.isAfter(first) ? start : first;
        LocalDate to = afterEndWithin(afterLast);
        return from.isBefore(to) ? ChronoUnit.DAYS.between(from, to) : 0;
    }

    /**
     * Returns the number of 30E/360 days of the period in a year: the {@link #lengthInDays360()} of
     * {@link #intersection(Year)}, or 0 if the period has no day in the year. An open end runs past the year.
     *
     * <pre>{@code DatePeriod.of(2006-08-15, 2008-08-14).lengthInDays360(Year.of(2006))   // 136}</pre>
     *
     * @param year the year
     * @return the 30E/360 days, not negative
     */
    public long lengthInDays360(Year year) {
        LocalDate first = year.atDay(1);
        LocalDate afterLast = first.plusYears(1);
        LocalDate from = start.isAfter(first) ? start : first;
        LocalDate to = afterEndWithin(afterLast);
        return from.isBefore(to) ? days360(from, to) : 0;
    }

    /** The day after the end, or {@code limit} if the period runs to it or past it. */
    private LocalDate afterEndWithin(LocalDate limit) {
        return end.isPresent() && end.get().isBefore(limit) ? end.get().plusDays(1) : limit;
    }

    private LocalDate knownEnd() {
        return end.orElseThrow(() -> new IllegalStateException("Period " + this + " has no end"));
    }

    /**
     * Returns {@code START..END}, e.g. {@code 2011-04-01..2011-06-30}, or {@code START..} for an open end.
     *
     * @return the text, as {@link #parse(CharSequence)} reads it
     */
    @Override
    public String toString() {
        return start + ".." + end.map(LocalDate::toString).orElse("");
    }
}
