package se.finsam.cli;

import java.util.Optional;
import se.finsam.budget.AnnualPlan;
import se.finsam.report.Detail;

/** Renders {@code finsam plan}: finsam-report's report of the plan's years side by side. */
final class PlanReport implements Report<AnnualPlan> {

    @Override
    public Optional<se.finsam.report.Report> model(AnnualPlan plan, Detail detail) {
        return Optional.of(se.finsam.report.Report.plan(plan, detail));
    }
}
