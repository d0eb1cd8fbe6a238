package se.finsam.indicator;

import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;
import se.finsam.period.DatePeriod;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

/**
 * The period an indicator is measured over, both dates inclusive: {@code 2011-04-01} to
 * {@code 2011-06-30} is the second quarter of 2011, 91 days. A period containing 29 February counts
 * it: the first half of 2012 has 182 days.
 *
 * <pre>{@code
 * ReportingPeriod.of(LocalDate.of(2011, 4, 1), LocalDate.of(2011, 6, 30)).days();   // 91
 * ReportingPeriod.of(LocalDate.of(2011, 4, 1), LocalDate.of(2011, 3, 31));          // throws: period.zero-days
 * ReportingPeriod.of(LocalDate.of(2011, 4, 1), LocalDate.of(2011, 1, 31));          // throws: period.end-before-start
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param period the days of the period, with a known end
 */
public record ReportingPeriod(DatePeriod period) {

    /**
     * Validates the period.
     *
     * @param period the days of the period
     * @throws NullPointerException if {@code period} is null
     * @throws IllegalArgumentException if the period has an open end
     */
    public ReportingPeriod {
        Objects.requireNonNull(period, "period");
        if (!period.hasEnd()) {
            throw new IllegalArgumentException("Reporting period " + period + " needs an end");
        }
    }

    /**
     * Validates a period given its first and last day.
     *
     * @param startInclusive the first day of the period
     * @param endInclusive the last day of the period
     * @throws NullPointerException if a date is null
     * @throws FinsamValidationException at path {@code /end}: with code
     *     {@link ViolationCodes#PERIOD_ZERO_DAYS} if the end is the day before the start (a period of
     *     zero days), with {@link ViolationCodes#PERIOD_END_BEFORE_START} if it is earlier still
     */
    public ReportingPeriod(LocalDate startInclusive, LocalDate endInclusive) {
        this(period(startInclusive, endInclusive));
    }

    /** The days from the first to the last; a period of zero days said as such. */
    private static DatePeriod period(LocalDate startInclusive, LocalDate endInclusive) {
        Objects.requireNonNull(startInclusive, "startInclusive");
        Objects.requireNonNull(endInclusive, "endInclusive");
        if (endInclusive.isBefore(startInclusive) && endInclusive.plusDays(1).equals(startInclusive)) {
            throw FinsamValidationException.of("period", Violation.of("/end", ViolationCodes.PERIOD_ZERO_DAYS,
                    "Period from " + startInclusive + " to " + endInclusive
                            + " has zero days (both dates are inclusive; a one-day period ends on its start)"));
        }
        return DatePeriod.of(startInclusive, endInclusive);
    }

    /**
     * Obtains a period.
     *
     * @param startInclusive the first day
     * @param endInclusive the last day, not before the first
     * @return the period
     * @throws FinsamValidationException if the end is before the start
     */
    public static ReportingPeriod of(LocalDate startInclusive, LocalDate endInclusive) {
        return new ReportingPeriod(startInclusive, endInclusive);
    }

    /**
     * Returns the first day of the period.
     *
     * @return the first day
     */
    public LocalDate startInclusive() {
        return period.start();
    }

    /**
     * Returns the last day of the period.
     *
     * @return the last day
     */
    public LocalDate endInclusive() {
        return period.end().orElseThrow();
    }

    /**
     * Returns the number of days in the period, both ends included.
     *
     * @return the days, at least 1
     */
    public long days() {
        return period.lengthInDays();
    }

    /**
     * Tells whether the period is exactly twelve months: it ends the day before the same date a year
     * after its start ({@code 2010-07-01} to {@code 2011-06-30}, or {@code 2011-03-01} to {@code 2012-02-29}).
     *
     * @return true for twelve months
     */
    public boolean isTwelveMonths() {
        LocalDate startInclusive = period.start();
        if (startInclusive.getYear() == Year.MAX_VALUE) {
            return false; // no date a year later exists
        }
        return startInclusive.plusMonths(12).minusDays(1).equals(endInclusive());
    }

    /**
     * Returns {@code START..END}, e.g. {@code 2011-04-01..2011-06-30}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return period.toString();
    }
}
