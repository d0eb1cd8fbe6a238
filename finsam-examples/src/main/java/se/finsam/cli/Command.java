package se.finsam.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import se.finsam.json.FinsamJson;
import se.finsam.json.DocumentKind;

/** The commands of the tool, each with its help text. */
enum Command {
    SPLIT("split", true, DocumentKind.PLAN, """
            Usage: finsam split [--format table|csv|json] [--csv-dialect sv|rfc4180] [--max-bytes N] [--explain] FILE

            Prints each member's contribution for the document's year: Försäkringskassan pays the state's
            half, the region(s) a quarter, the municipalities a quarter, each party's share split by its key.
            Every amount is exact at the document's roundingUnit; the parts always sum to the total.

              --explain   after the table, how each amount came about: exact quota, rounding down, and
                          who got the units left over (largest remainder)
            """) {
        @Override
        void run(FinsamJson json, byte[] input, Cli.Options options, PrintStream out) {
            out.print(SplitReport.render(json.plan().read(input), options));
        }
    },
    SCHEDULE("schedule", true, DocumentKind.PLAN, """
            Usage: finsam schedule [--format table|csv|json] [--csv-dialect sv|rfc4180] [--max-bytes N] [--explain] FILE

            Prints each project's cost per budget year and the sum per year. Costs are spread by months
            counted 30E/360 (the default), by calendar days, or as explicit amounts per year, exactly at the
            document's projectRoundingUnit by largest remainder, ties to the earlier year. Projects that are
            only APPLIED for are listed but left out of the sums.

              --explain   after the table, each project's weights per year, exact quotas and rounding
            """) {
        @Override
        void run(FinsamJson json, byte[] input, Cli.Options options, PrintStream out) {
            ScheduleReport.render(json.plan().read(input), options, out);
        }
    },
    BUDGET("budget", false, DocumentKind.PLAN, """
            Usage: finsam budget [--format table|csv|json] [--csv-dialect sv|rfc4180] [--max-bytes N] FILE

            Prints the budget for the document's year: income by member, costs by category, the year's
            project costs, and the disposable amount (income - costs - project costs); then the commitments
            to later years, the reserve the year-end surplus must hold for them, and, when the document has
            them, the settlement against a final municipal key and equity against its reasonable level.
            """) {
        @Override
        void run(FinsamJson json, byte[] input, Cli.Options options, PrintStream out) {
            out.print(BudgetReport.render(json.plan().read(input).budget(), options));
        }
    },
    VALIDATE("validate", false, null, """
            Usage: finsam validate [--format table|csv|json] [--csv-dialect sv|rfc4180] [--max-bytes N] FILE

            Checks the document against its format and the Finsam rules. Plans, national allocations,
            indicator data and participant follow-ups are told apart by their top-level fields. Valid:
            prints that it is valid and exits 0. Invalid: prints every violation (JSON path, stable code,
            message) to standard error, and with --format csv or json also the report to standard output;
            exits 1.
            """) {
        @Override
        void run(FinsamJson json, byte[] input, Cli.Options options, PrintStream out) {
            throw new AssertionError("validate is handled by Cli: it prints a report also when the document is invalid");
        }
    },
    INDICATORS("indicators", false, DocumentKind.INDICATORS, """
            Usage: finsam indicators [--format table|csv|json] [--csv-dialect sv|rfc4180] FILE

            Reads an indicator document (docs/indicators.md) and prints, for every period, each municipality's
            and each aggregated area's försörjningsmått: kronor of public support paid per inhabitant of working
            age and day, per kind and in total, with full-year equivalents when given, and the change since the
            period before (kronor, kronor per inhabitant and day, percent); then the ohälsotal and sjukpenningtal
            (net days per insured person over twelve months). Aggregated areas weigh by population. Rates are
            exact inside and rounded half up only for display: 2 decimals for kronor, 1 for percent and days.
            """) {
        @Override
        void run(FinsamJson json, byte[] input, Cli.Options options, PrintStream out) {
            IndicatorReport.render(json.indicators().read(input), options, out);
        }
    },
    FOLLOWUP("followup", false, DocumentKind.FOLLOW_UP, """
            Usage: finsam followup [--format table|csv|json] [--csv-dialect sv|rfc4180] FILE

            Reads a participant document (one project's follow-up, docs/indicators.md) and prints the
            participants started and finished, the completion rate, the shares in work or studies after and
            closer to work, the share on public support before and after, the distributions by municipality and
            by gender (percentages summing to exactly 100,0), the time in the project, and each target with
            whether it is met.
            """) {
        @Override
        void run(FinsamJson json, byte[] input, Cli.Options options, PrintStream out) {
            out.print(FollowUpReport.render(json.followUp().read(input), options));
        }
    },
    ALLOCATE("allocate", true, DocumentKind.NATIONAL_ALLOCATION, """
            Usage: finsam allocate [--format table|csv|json] [--csv-dialect sv|rfc4180] [--explain] FILE

            Reads a national allocation document (docs/national.md) and prints the state appropriation split
            among the coordination associations: per association its allocation, the base, the parts that
            försörjningsmått and population give, the limit applied (at most so much decrease or increase
            from the previous year) and what the redistribution of the limits' money gave or took; then the
            supplementary funds shared among the requests, and the matching by regions and municipalities.
            Every amount is exact at the document's roundingUnit; the allocations sum to the appropriation
            less the supplementary funds. Limits that cannot all be met are reported as violations.

              --explain   after the tables, how each amount came about
            """) {
        @Override
        void run(FinsamJson json, byte[] input, Cli.Options options, PrintStream out) {
            out.print(AllocateReport.render(json.national().read(input), options));
        }
    };

    private final String name;
    private final boolean explains;
    private final DocumentKind reads;
    private final String help;

    Command(String name, boolean explains, DocumentKind reads, String help) {
        this.name = name;
        this.explains = explains;
        this.reads = reads;
        this.help = help;
    }

    /**
     * Runs the command on a document and prints what it prints. A command that writes as it goes
     * computes everything that can fail before it writes anything.
     *
     * @throws se.finsam.validation.FinsamValidationException if the document is invalid; nothing is printed
     */
    abstract void run(FinsamJson json, byte[] input, Cli.Options options, PrintStream out);

    String help() {
        return help;
    }

    boolean explains() {
        return explains;
    }

    /**
     * Names the commands that read a kind of document, for people: {@code 'finsam allocate'}.
     *
     * @param kind the kind
     * @return the commands, e.g. {@code 'finsam split', 'schedule' or 'budget'}
     */
    static String commandsFor(DocumentKind kind) {
        List<String> names = Arrays.stream(values()).filter(c -> c.reads == kind).map(c -> c.name).toList();
        StringBuilder sb = new StringBuilder("'finsam ").append(names.get(0)).append('\'');
        for (int i = 1; i < names.size(); i++) {
            sb.append(i == names.size() - 1 ? " or '" : ", '").append(names.get(i)).append('\'');
        }
        return sb.toString();
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
