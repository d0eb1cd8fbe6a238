package se.finsam.cli;

import java.util.Arrays;
import java.util.stream.Collectors;
import se.finsam.budget.AnnualPlan;

/** The commands of the tool, each with its help text. */
enum Command {
    SPLIT("split", true, """
            Usage: finsam split [--format table|csv|json] [--csv-dialect sv|rfc4180] [--max-bytes N] [--explain] FILE

            Prints each member's contribution for the document's year: Försäkringskassan pays the state's
            half, the region(s) a quarter, the municipalities a quarter, each party's share split by its key.
            Every amount is exact at the document's roundingUnit; the parts always sum to the total.

              --explain   after the table, how each amount came about: exact quota, rounding down, and
                          who got the units left over (largest remainder)
            """) {
        @Override
        String run(AnnualPlan plan, Cli.Options options) {
            return SplitReport.render(plan, options);
        }
    },
    SCHEDULE("schedule", true, """
            Usage: finsam schedule [--format table|csv|json] [--csv-dialect sv|rfc4180] [--max-bytes N] [--explain] FILE

            Prints each project's cost per budget year and the sum per year. Costs are spread by months
            counted 30E/360 (the default), by calendar days, or as explicit amounts per year, exactly at the
            document's projectRoundingUnit by largest remainder, ties to the earlier year. Projects that are
            only APPLIED for are listed but left out of the sums.

              --explain   after the table, each project's weights per year, exact quotas and rounding
            """) {
        @Override
        String run(AnnualPlan plan, Cli.Options options) {
            return ScheduleReport.render(plan, options);
        }
    },
    BUDGET("budget", false, """
            Usage: finsam budget [--format table|csv|json] [--csv-dialect sv|rfc4180] [--max-bytes N] FILE

            Prints the budget for the document's year: income by member, costs by category, the year's
            project costs, and the disposable amount (income - costs - project costs); then the commitments
            to later years, the reserve the year-end surplus must hold for them, and, when the document has
            them, the settlement against a final municipal key and equity against its reasonable level.
            """) {
        @Override
        String run(AnnualPlan plan, Cli.Options options) {
            return BudgetReport.render(plan.budget(), options);
        }
    },
    VALIDATE("validate", false, """
            Usage: finsam validate [--format table|csv|json] [--csv-dialect sv|rfc4180] [--max-bytes N] FILE

            Checks the document against the format and the Finsam rules. Valid: prints that it is valid
            and exits 0. Invalid: prints every violation (JSON path, stable code, message) to standard
            error, and with --format csv or json also the report to standard output; exits 1.
            """) {
        @Override
        String run(AnnualPlan plan, Cli.Options options) {
            throw new AssertionError("validate is handled by Cli: it prints a report also when the document is invalid");
        }
    };

    private final String name;
    private final boolean explains;
    private final String help;

    Command(String name, boolean explains, String help) {
        this.name = name;
        this.explains = explains;
        this.help = help;
    }

    /**
     * Runs the command on a valid plan and returns what it prints.
     */
    abstract String run(AnnualPlan plan, Cli.Options options);

    String help() {
        return help;
    }

    boolean explains() {
        return explains;
    }

    static Command byName(String name) {
        for (Command c : values()) {
            if (c.name.equals(name)) {
                return c;
            }
        }
        return null;
    }

    static String names() {
        return Arrays.stream(values()).map(c -> c.name).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return name;
    }
}
