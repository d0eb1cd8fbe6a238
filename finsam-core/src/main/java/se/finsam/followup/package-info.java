/**
 * Participant follow-up (SUS; docs/domain.md, Indicators): the participants of a project, registered
 * with their dates, gender, age band, municipality and situation before and after, or anonymous with only
 * year and gender; and the results the association is judged by: participants started and finished, the
 * completion rate, the share in work or studies after, the share closer to work, distributions by
 * municipality and gender that sum to exactly 100.0 %, time in the project, and each result against a
 * target.
 *
 * <p>Start at {@link se.finsam.followup.ProjectFollowUp}. Shares are exact
 * {@link se.finsam.money.Fraction}s, rounded only for display by
 * {@link se.finsam.indicator.DisplayRounding}.
 */
@NullMarked
package se.finsam.followup;

import org.jspecify.annotations.NullMarked;
