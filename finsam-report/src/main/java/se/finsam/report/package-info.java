/**
 * Reports of finsam's results for the people who read them: a {@link se.finsam.report.Report} of titled
 * {@link se.finsam.report.Section}s of typed {@link se.finsam.report.Cell}s, rendered in every
 * {@link se.finsam.report.Format} from the same model, in Swedish or English.
 */
@NullMarked
package se.finsam.report;

import org.jspecify.annotations.NullMarked;
