package se.finsam.cli;

import java.io.PrintStream;
import java.util.Optional;
import se.finsam.budget.AnnualPlan;
import se.finsam.contribution.ContributionSplit;

/** Renders {@code finsam split}: finsam-report's report of the plan's contributions. */
final class SplitReport implements Report<AnnualPlan> {

    @Override
    public void table(AnnualPlan document, Cli.Options options, PrintStream out) {
        ContributionSplit split = document.contributions();
        Report.super.table(document, options, out);
        if (options.explain) {
            out.append("\nHow each amount came about (largest remainder at unit ").append(String.valueOf(split.unit()))
                    .append("; between the parties ties go to the state, then the regions; within a party to the larger weight,"
                            + " then to the member listed first):\n\n");
            out.append(split.explain()).append('\n');
        }
    }

    @Override
    public Optional<se.finsam.report.Report> model(AnnualPlan document, se.finsam.report.Detail detail) {
        return Optional.of(se.finsam.report.Report.split(document));
    }
}
