package se.finsam.cli;

import java.util.Optional;
import se.finsam.budget.AnnualPlan;
import se.finsam.report.Detail;

/** Renders {@code finsam split}: finsam-report's report of the plan's contributions. */
final class SplitReport implements Report<AnnualPlan> {

    @Override
    public Optional<se.finsam.report.Report> model(AnnualPlan document, Detail detail) {
        return Optional.of(se.finsam.report.Report.split(document, detail));
    }
}
