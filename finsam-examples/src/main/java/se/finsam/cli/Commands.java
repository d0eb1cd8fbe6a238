package se.finsam.cli;

import static se.finsam.cli.Option.CSV_DIALECT;
import static se.finsam.cli.Option.EXPLAIN;
import static se.finsam.cli.Option.FOLLOW_UP;
import static se.finsam.cli.Option.FORMAT;
import static se.finsam.cli.Option.KOLADA;
import static se.finsam.cli.Option.MAX_BYTES;
import static se.finsam.cli.Option.AGES;
import static se.finsam.cli.Option.POPULATION;
import static se.finsam.cli.Option.SETTLE;
import static se.finsam.cli.Option.YEAR;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import se.finsam.followup.ProjectSummary;
import se.finsam.json.FinsamJson;

/**
 * The commands of the tool: one entry each, in the order the tool's help lists them. Adding a command is
 * one new {@link Report} and one entry here.
 */
final class Commands {

    /** Every command. */
    static final List<Command<?>> ALL = List.of(
            new Command<>("split", "each member's contribution for the document's year", Kind.PLAN,
                    EnumSet.of(FORMAT, CSV_DIALECT, MAX_BYTES, EXPLAIN), """
                    Prints each member's contribution for the document's year: Försäkringskassan pays the state's
                    half, the region(s) a quarter, the municipalities a quarter, each party's share split by its key.
                    Every amount is exact at the document's roundingUnit; the parts always sum to the total.

                      --explain   after the table, how each amount came about: exact quota, rounding down, and
                                  who got the units left over (largest remainder)
                    """, new SplitReport(), (json, plan, given, out) -> out.print(json.plan().writeSplit(plan))),
            new Command<>("schedule", "each project's cost per budget year, and the sum per year", Kind.PLAN,
                    EnumSet.of(FORMAT, CSV_DIALECT, MAX_BYTES, EXPLAIN), """
                    Prints each project's cost per budget year and the sum per year. Costs are spread by months
                    counted 30E/360 (the default), by calendar days, or as explicit amounts per year, exactly at the
                    document's projectRoundingUnit by largest remainder, ties to the earlier year. Projects that are
                    only APPLIED for are listed but left out of the sums.

                      --explain   after the table, each project's weights per year, exact quotas and rounding
                    """, new ScheduleReport(),
                    // Written as it is made; finsam-json computes every schedule before it writes.
                    (json, plan, given, out) -> json.plan().writeSchedule(plan, new OutputStreamWriter(out, StandardCharsets.UTF_8))),
            new Command<>("budget", "income, costs, project costs and the disposable amount for the year", Kind.PLAN,
                    EnumSet.of(FORMAT, CSV_DIALECT, MAX_BYTES, EXPLAIN), """
                    Prints the budget for the document's year: income by member, costs by category, the year's
                    project costs, and the disposable amount (income - costs - project costs); then the commitments
                    to later years, the reserve the year-end surplus must hold for them, and, when the document has
                    them, the settlement against a final municipal key and equity against its reasonable level.
                    --explain takes the contributions and the projects' costs per year apart.
                    """, new BudgetReport(), (json, plan, given, out) -> out.print(json.plan().writeBudget(plan.budget()))),
            new Command<>("plan", "the multi-year plan: every year of the plan side by side", Kind.PLAN,
                    EnumSet.of(FORMAT, CSV_DIALECT, MAX_BYTES, EXPLAIN), """
                    Prints the plan's years side by side (flerårsplan): the first year and each later year of the
                    document's laterYears, a preliminary year marked; income per member, costs by category, the
                    decided projects' costs per project, the disposable amount, the commitments carried into later
                    years, the reserve, the unreserved surplus and the shortfall of each year, and, when the document
                    gives an openingEquity, the projected equity at each year's end and each member's share of it.
                    The first year is the budget of 'finsam budget'. A plan of one year prints one column.

                      --explain   after the tables, how each year's contributions came about
                    """, new PlanReport(), (json, plan, given, out) -> out.print(json.plan().writeMultiYear(plan.multiYear()))),
            new Command<>("outcome", "the follow-up of the year, its result, equity and the members' shares",
                    Kind.PLAN, EnumSet.of(FORMAT, CSV_DIALECT, MAX_BYTES, EXPLAIN), """
                    Prints the follow-up of the document's year (budgetuppföljning) to its outcome's date: income
                    per member (budget, received, outstanding); per cost category and decided project the budget, the
                    outcome to date, the forecast, the deviation in kronor and percent, and the share of the budget
                    used, flagged when it runs more than 10 percentage points ahead of the share of the year passed.
                    Then the year's result and equity (on the outcome when it covers the whole year, else on the
                    forecast), the reserve for commitments, the unreserved surplus (to be avoided) and the equity
                    check; and each member's share of the closing equity and of the result by the statutory split
                    and the keys in force at year end. A document without an outcome is reported on its forecast.
                    Percentages are exact and shown rounded half up to 1 decimal.

                      --explain   after the tables, how each member's share came about
                    """, new OutcomeReport(), (json, plan, given, out) -> out.print(json.plan().writeOutcome(plan))),
            new Command<>("key", "a population key from an SCB table: the plan with the new key, or the settlement",
                    Kind.PLAN, EnumSet.of(FORMAT, CSV_DIALECT, MAX_BYTES, EXPLAIN, POPULATION, AGES, YEAR, SETTLE), """
                    Builds the plan's municipal key from a population table saved from Statistics Sweden's database
                    (docs/statistics.md): each municipality's inhabitants in the age band, found by its code, for the
                    year or month given, with the reference date, the age band and the table's source (its id, update
                    time, file name and SHA-256) in the key. Prints the plan document with that key as its municipal
                    key (JSON, the default), or in the other formats the split under it with its source.

                      --population FILE  the population table: PxWeb JSON, JSON-stat 2.0 or CSV, as saved from SCB
                      --year Y           the table's year (2023: on 31 December) or month (2023M10: end of October)
                      --ages FROM-TO     the ages to count (default 16-64)
                      --settle           print instead the settlement between the plan's key and the new one:
                                         each municipality invoiced on the plan's key, due on the new one, and the
                                         difference (JSON: the settlement with both keys)
                      --explain          after the tables, how each amount of the new split came about
                    """, new KeyReport(),
                    (json, plan, given, out) -> out.print(given.settle ? json.plan().writeSettlement(plan) : json.plan().write(plan)),
                    Statistics::withPopulationKey, Format.JSON),
            new Command<>("validate", "every violation of the document, or that it is valid", Kind.ANY,
                    EnumSet.of(FORMAT, CSV_DIALECT, MAX_BYTES), """
                    Checks the document against its format and the Finsam rules. Plans, national allocations,
                    indicator data, participant follow-ups and socio-economic calculations are told apart by their
                    top-level fields. Valid:
                    prints that it is valid and exits 0. Invalid: prints every violation (JSON path, stable code,
                    message) to standard error, and with --format csv or json also the report to standard output;
                    exits 1.
                    """, new ValidateReport(), (json, validation, given, out) -> out.print(json.writeValidation(validation.result()))),
            new Command<>("indicators", "försörjningsmått, ohälsotal and sjukpenningtal of an indicator document",
                    Kind.INDICATORS, EnumSet.of(FORMAT, CSV_DIALECT, MAX_BYTES, EXPLAIN, POPULATION, YEAR, KOLADA), """
                    Reads an indicator document (docs/indicators.md) and prints, for every period, each municipality's
                    and each aggregated area's försörjningsmått: kronor of public support paid per inhabitant of working
                    age and day, per kind and in total, with full-year equivalents when given, and the change since the
                    period before (kronor, kronor per inhabitant and day, percent); then the ohälsotal and sjukpenningtal
                    (net days per insured person over twelve months), and the försörjningsmått per area over the periods.
                    Aggregated areas weigh by population. Rates are exact inside and rounded half up only for display:
                    2 decimals for kronor, 1 for percent and days.

                      --population FILE  take every period's populations from a population table saved from SCB
                                         (docs/statistics.md): each municipality's inhabitants in the document's
                                         ageBand, found by its code, in the year --year Y; the table is named as
                                         their source
                      --kolada FILE      add the key figures of a file saved from Kolada, as published (total,
                                         women, men; a missing value is shown missing, never zero), with their
                                         source; repeat it for each page of a paged answer
                      --explain          after the tables, how each rate came about: paid, population, days, their
                                         product, the exact quotient and its rounding
                    """, new IndicatorReport(),
                    // Written as it is made, period by period.
                    (json, set, given, out) -> json.indicators().write(set, new OutputStreamWriter(out, StandardCharsets.UTF_8)),
                    Statistics::withStatistics),
            new Command<>("followup", "participant follow-up (SUS) of a project's, or a national, follow-up document", Kind.FOLLOW_UPS,
                    EnumSet.of(FORMAT, CSV_DIALECT, MAX_BYTES, EXPLAIN), """
                    Reads a participant document (one project's follow-up, docs/indicators.md) and prints the
                    participants started and finished, the completion rate, the shares in work or studies after and
                    closer to work, the share on public support before and after, the distributions by municipality and
                    by gender (percentages summing to exactly 100,0), the time in the project, and each target with
                    whether it is met. The document is read as it comes and its participants are counted, not held:
                    it may be up to 1G (--max-bytes) and 2 000 000 participants. A national follow-up
                    document (many associations' projects, with their counties) is told by its 'followUps' and
                    reported per county, association and project, and for the whole country.

                      --explain   after the tables, each share as what of what: the count, the base, the exact
                                  share and how it was rounded (half up, or largest remainder); of a national
                                  follow-up, the participants by municipality and by gender of the whole country
                                  and of each county
                    """, new FollowUpReport(), Commands::followUpJson),
            new Command<>("allocate", """
                    the national allocation of the state appropriation, supplementary funds
                    and matching (FILE is a national document, see docs/national.md)""", Kind.NATIONAL_ALLOCATION,
                    EnumSet.of(FORMAT, CSV_DIALECT, MAX_BYTES, EXPLAIN), """
                    Reads a national allocation document (docs/national.md) and prints the state appropriation split
                    among the coordination associations: per association its allocation, the base, the parts that
                    försörjningsmått and population give, the limit applied (at most so much decrease or increase
                    from the previous year) and what the redistribution of the limits' money gave or took; then the
                    supplementary funds shared among the requests, and the matching by regions and municipalities.
                    Every amount is exact at the document's roundingUnit; the allocations sum to the appropriation
                    less the supplementary funds. Limits that cannot all be met are reported as violations.

                      --explain   after the tables, how each amount came about
                    """, new AllocateReport(), (json, national, given, out) -> out.print(json.national().write(national))),
            new Command<>("socioeconomic", "who invests and who gains: a project's socio-economic calculation",
                    Kind.SOCIOECONOMIC, EnumSet.of(FORMAT, CSV_DIALECT, MAX_BYTES, EXPLAIN, FOLLOW_UP), """
                    Reads a socio-economic calculation (docs/socioeconomic.md) and prints who invests and who gains
                    when the project's participants leave exclusion: the project's cost split by the law (state half,
                    regions and municipalities a quarter each), what a person out of exclusion is worth a year to the
                    municipality, the region, Försäkringskassan, Arbetsförmedlingen, the rest of the state, the
                    individual and society (transfers cancel out for society); then for each horizon every actor's
                    investment, gains and net present value, the payback time in months and the number of successful
                    participants needed to break even; the avoided costs year by year; and a sensitivity table.
                    Everything is exact; amounts are shown rounded to whole kronor, half away from zero.

                      --followup FILE  take the participants and how many are in work or studies after from a
                                       participant follow-up (docs/indicators.md) instead of the document
                      --explain        after the tables, how each figure came about
                    """, new SocioEconomicReport(), (json, calculation, given, out) -> out.print(json.socioeconomic().write(calculation)),
                    Kind::withFollowUp));

    /**
     * The tool's help: its usage, every command with its summary, the general options and the exit statuses.
     * Made when asked for, not when the tool starts.
     *
     * @return the help text
     */
    static String help() {
        return """
                finsam: exact contribution splits and budgets for Swedish financial coordination (Finsam).

                Usage: finsam <command> [options] FILE
                       finsam <command> --help
                       finsam --version

                FILE is a finsam document (JSON, see docs/format.md), or - for standard input.

                Commands:
                """ + commandLines() + "\nOptions:\n" + optionLines() + """

                Exit status: 0 success, 1 the document is invalid (every violation on standard error;
                also a document of another kind than the command reads), 2 usage error or unreadable
                file, 3 the tool itself failed (out of memory, or a bug): one line on standard error.
                FINSAM_JAVA_OPTS (e.g. -Xmx2g) passes options to Java when the tool is started by ./finsam.
                """;
    }

    private Commands() {
    }

    /**
     * The command of a name.
     *
     * @param name the name, e.g. {@code split}
     * @return the command, or empty if there is none of that name
     */
    static Optional<Command<?>> named(String name) {
        return ALL.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /**
     * The names of every command, for people: {@code split, schedule, ..., allocate}.
     *
     * @return the names
     */
    static String names() {
        return ALL.stream().map(Command::name).collect(Collectors.joining(", "));
    }

    /**
     * Names the commands that read a kind of document, for people: {@code 'finsam allocate'}.
     *
     * @param kind the kind
     * @return the commands, e.g. {@code 'finsam split', 'schedule' or 'budget'}
     */
    static String commandsFor(Kind<?> kind) {
        // 'finsam key' reads a plan too, but only with a population table: not a command to read a plan with.
        List<String> names = ALL.stream().filter(c -> c.kind().reads(kind) && !c.name().equals("key"))
                .map(Command::name).toList();
        StringBuilder sb = new StringBuilder("'finsam ").append(names.get(0)).append('\'');
        for (int i = 1; i < names.size(); i++) {
            sb.append(i == names.size() - 1 ? " or '" : ", '").append(names.get(i)).append('\'');
        }
        return sb.toString();
    }

    /** Each command's name and summary, the summaries lined up after the longest name. */
    private static String commandLines() {
        int width = ALL.stream().mapToInt(c -> c.name().length()).max().orElse(0);
        String indent = " ".repeat(2 + width + 1);
        StringBuilder sb = new StringBuilder();
        for (Command<?> c : ALL) {
            sb.append("  ").append(c.name()).append(" ".repeat(width - c.name().length() + 1))
                    .append(c.summary().replace("\n", "\n" + indent)).append('\n');
        }
        return sb.toString();
    }

    /** The general options, each with what it does. */
    private static String optionLines() {
        return Option.GENERAL.stream().map(Option::help).collect(Collectors.joining());
    }

    /** finsam-json's report of what {@code followup} read: a project's, or a national follow-up's, as it is made. */
    private static void followUpJson(FinsamJson json, FollowUpRead read, Cli.Options given, PrintStream out) {
        ProjectSummary project = read.project();
        if (project != null) {
            out.print(json.followUp().write(project));
            return;
        }
        json.nationalFollowUp().write(Objects.requireNonNull(read.national(), "national"),
                new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }
}
