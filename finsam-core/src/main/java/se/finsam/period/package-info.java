/**
 * Periods of days: a {@link se.finsam.period.DatePeriod} from a first day to an optional last day, both
 * inclusive, with its length in calendar days and in 30E/360 days and months, and its part in a year. The
 * one home of the rule that a period does not end before it starts, used by projects, participants,
 * follow-ups, reporting periods and cost schedules.
 */
@NullMarked
package se.finsam.period;

import org.jspecify.annotations.NullMarked;
