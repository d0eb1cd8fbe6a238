/**
 * The participant document ({@code docs/indicators.md}), the follow-up of one project: its descriptor
 * {@link se.finsam.json.followup.FollowUpKind}, its reader and the writer of its report. Reached through
 * {@link se.finsam.json.FinsamJson#followUp()}; not API of its own.
 */
@NullMarked
package se.finsam.json.followup;

import org.jspecify.annotations.NullMarked;
