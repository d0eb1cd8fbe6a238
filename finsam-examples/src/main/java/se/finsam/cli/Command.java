package se.finsam.cli;

import java.util.Arrays;
import java.util.stream.Collectors;
import se.finsam.json.FinsamJson;

/** The commands of the tool, each with its help text. */
enum Command {
    SPLIT("split", true, """
            Usage: finsam split [--format table|csv|json] [--csv-dialect sv|rfc4180] [--explain] FILE

            Prints each member's contribution for the document's year: Försäkringskassan pays the state's
            half, the region(s) a quarter, the municipalities a quarter, each party's share split by its key.
            Every amount is exact at the document's roundingUnit; the parts always sum to the total.

              --explain   after the table, how each amount came about: exact quota, rounding down, and
                          who got the units left over (largest remainder)
            """) {
        @Override
        String run(byte[] input, Cli.Options options) {
            return SplitReport.render(FinsamJson.create().read(input), options);
        }
    },
    VALIDATE("validate", false, """
            Usage: finsam validate [--format table|csv|json] [--csv-dialect sv|rfc4180] FILE

            Checks the document against the format and the Finsam rules. Valid: prints that it is valid
            and exits 0. Invalid: prints every violation (JSON path, stable code, message) to standard
            error, and with --format csv or json also the report to standard output; exits 1.
            """) {
        @Override
        String run(byte[] input, Cli.Options options) {
            throw new AssertionError("validate is handled by Cli: it prints a report also when the document is invalid");
        }
    },
    ALLOCATE("allocate", true, """
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
        String run(byte[] input, Cli.Options options) {
            return AllocateReport.render(FinsamJson.create().readNationalAllocation(input), options);
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
     * Runs the command on a document and returns what it prints.
     *
     * @throws se.finsam.validation.FinsamValidationException if the document is invalid
     */
    abstract String run(byte[] input, Cli.Options options);

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
