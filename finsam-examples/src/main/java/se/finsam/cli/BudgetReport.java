package se.finsam.cli;

import java.io.PrintStream;
import java.util.Optional;
import se.finsam.budget.AnnualPlan;
import se.finsam.report.Format;

/** Renders {@code finsam budget}: finsam-report's report of the plan's budget. */
final class BudgetReport implements Report<AnnualPlan> {

    @Override
    public void table(AnnualPlan plan, Cli.Options options, PrintStream out) {
        Rendered.print(se.finsam.report.Report.of(plan.budget()), Format.TABLE, options, out);
    }

    @Override
    public void csv(AnnualPlan plan, Cli.Options options, PrintStream out) {
        Rendered.print(se.finsam.report.Report.of(plan.budget()), Format.CSV, options, out);
    }

    @Override
    public Optional<se.finsam.report.Report> model(AnnualPlan plan) {
        return Optional.of(se.finsam.report.Report.of(plan.budget()));
    }
}
