package se.finsam.cli;

import java.util.Optional;
import se.finsam.budget.AnnualPlan;
import se.finsam.report.Detail;

/**
 * Renders {@code finsam schedule}: finsam-report's report of the plan's project cost schedules, whose rows
 * are made as they are written, so that the output of any size is never held.
 */
final class ScheduleReport implements Report<AnnualPlan> {

    @Override
    public Optional<se.finsam.report.Report> model(AnnualPlan plan, Detail detail) {
        return Optional.of(se.finsam.report.Report.schedule(plan, detail));
    }
}
