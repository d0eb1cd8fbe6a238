package se.finsam.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import se.finsam.budget.AnnualPlan;
import se.finsam.project.CostSchedule;

/**
 * Renders {@code finsam schedule}: finsam-report's report of the plan's project cost schedules, whose rows
 * are made as they are written, so that the output of any size is never held.
 */
final class ScheduleReport implements Report<AnnualPlan> {

    @Override
    public void table(AnnualPlan plan, Cli.Options options, PrintStream out) {
        List<CostSchedule> schedules = plan.schedules();
        Report.super.table(plan, options, out);
        if (options.explain) {
            out.print("\nHow each schedule came about (largest remainder at unit " + plan.projectRoundingUnit()
                    + "; ties to the earlier year):\n");
            for (CostSchedule s : schedules) {
                out.print("\n" + s.explain() + "\n");
            }
        }
    }

    @Override
    public Optional<se.finsam.report.Report> model(AnnualPlan plan, se.finsam.report.Detail detail) {
        return Optional.of(se.finsam.report.Report.schedule(plan));
    }
}
