package se.finsam.cli;

import java.util.Optional;
import se.finsam.budget.AnnualPlan;
import se.finsam.report.Detail;

/** Renders {@code finsam outcome}: finsam-report's report of the plan's year as it happens. */
final class OutcomeReport implements Report<AnnualPlan> {

    @Override
    public Optional<se.finsam.report.Report> model(AnnualPlan plan, Detail detail) {
        return Optional.of(se.finsam.report.Report.outcome(plan, detail));
    }
}
