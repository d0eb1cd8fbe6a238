package se.finsam.cli;

import java.util.Optional;
import se.finsam.budget.AnnualPlan;
import se.finsam.report.Detail;

/**
 * Renders {@code finsam key}: the split under the new population key, or with {@code --settle} the
 * settlement between the plan's key and the new one; its JSON is the plan document itself, or the
 * settlement's (docs/statistics.md).
 */
final class KeyReport implements Report<AnnualPlan> {

    @Override
    public Optional<se.finsam.report.Report> model(AnnualPlan document, Cli.Options options) {
        return Optional.of(options.settle ? se.finsam.report.Report.settlement(document, options.detail())
                : se.finsam.report.Report.split(document, options.detail()));
    }

    @Override
    public Optional<se.finsam.report.Report> model(AnnualPlan document, Detail detail) {
        return Optional.of(se.finsam.report.Report.split(document, detail));
    }
}
