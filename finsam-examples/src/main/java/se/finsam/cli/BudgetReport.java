package se.finsam.cli;

import java.util.Optional;
import se.finsam.budget.AnnualPlan;
import se.finsam.report.Detail;

/** Renders {@code finsam budget}: finsam-report's report of the plan's budget. */
final class BudgetReport implements Report<AnnualPlan> {

    @Override
    public Optional<se.finsam.report.Report> model(AnnualPlan plan, Detail detail) {
        return Optional.of(se.finsam.report.Report.of(plan.budget(), detail));
    }
}
