package se.finsam.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.cli.CliTest.run;
import static se.finsam.cli.CliTest.runWithInput;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.finsam.json.FinsamJson;

/**
 * The commands are one list, {@link Commands#ALL}: the tool's help, each command's usage and options, and
 * the command to use for a document of another kind are derived from it, so they cannot drift from it.
 */
class CommandsTest {

    /** A value each option takes, to try it with. */
    private static final Map<Option, String> VALUES = Map.ofEntries(Map.entry(Option.FORMAT, "csv"),
            Map.entry(Option.CSV_DIALECT, "rfc4180"), Map.entry(Option.LANG, "sv"), Map.entry(Option.OUTPUT, "out.txt"),
            Map.entry(Option.FOLLOW_UP, "followup.json"), Map.entry(Option.MAX_BYTES, "1M"),
            Map.entry(Option.POPULATION, "folkmangd.json"), Map.entry(Option.AGES, "16-64"), Map.entry(Option.YEAR, "2023M10"),
            Map.entry(Option.KOLADA, "kolada.json"));

    @Test
    void help_listsExactlyTheCommandsOfTheList_inItsOrder_withTheirSummaries() {
        String help = run("--help").out();

        List<String> listed = new ArrayList<>();
        String commands = help.substring(help.indexOf("Commands:\n") + "Commands:\n".length(), help.indexOf("\n\nOptions:"));
        for (String line : commands.lines().toList()) {
            if (line.matches("  \\S.*")) {
                listed.add(line.strip().split(" ")[0]);
            }
        }
        assertThat(listed).isEqualTo(Commands.ALL.stream().map(Command::name).toList());
        for (Command<?> c : Commands.ALL) {
            assertThat(help).as(c.name()).contains(c.summary().lines().findFirst().orElseThrow());
        }
    }

    @Test
    void help_listsTheGeneralOptions_andNoOther() {
        String help = run("--help").out();
        String options = help.substring(help.indexOf("Options:\n"), help.indexOf("\n\nExit status"));

        for (Option o : Option.values()) {
            assertThat(options.contains("  " + o.spelling() + " ")).as(o.spelling()).isEqualTo(Option.GENERAL.contains(o));
        }
    }

    @Test
    void theHelpWithoutACommand_isTheToolsHelp_onStandardError_withStatusTwo() {
        CliTest.Run r = run();

        assertThat(r.status()).isEqualTo(Cli.USAGE);
        assertThat(r.err()).isEqualTo(run("--help").out()).isEqualTo(Commands.help());
        assertThat(r.out()).isEmpty();
    }

    @Test
    void eachCommandsUsage_listsTheOptionsItDeclares_andNoOthers() {
        for (Command<?> c : Commands.ALL) {
            CliTest.Run r = run(c.name(), "--help");

            assertThat(r.status()).isZero();
            String usage = r.out().lines().findFirst().orElseThrow();
            assertThat(usage).startsWith("Usage: finsam " + c.name() + " ").endsWith(" FILE");
            for (Option o : Option.values()) {
                assertThat(usage.contains(o.usage())).as("%s %s", c, o).isEqualTo(c.options().contains(o));
            }
            assertThat(r.out()).isEqualTo(c.usage()).endsWith(c.description());
        }
    }

    @Test
    void everyCommand_acceptsTheGeneralOptionsAndThoseItDeclares_andRejectsTheOthers() {
        for (Command<?> c : Commands.ALL) {
            for (Option o : Option.values()) {
                List<String> args = new ArrayList<>(List.of(c.name(), o.spelling()));
                if (o.takesValue()) {
                    args.add(VALUES.get(o));
                }
                args.add("--help");
                CliTest.Run r = run(args.toArray(String[]::new));

                if (Option.GENERAL.contains(o) || c.options().contains(o)) {
                    assertThat(r.status()).as("%s %s: %s", c, o, r.err()).isZero();
                    assertThat(r.out()).as("%s %s", c, o).startsWith("Usage: finsam " + c.name());
                } else {
                    assertThat(r.status()).as("%s %s", c, o).isEqualTo(Cli.USAGE);
                    assertThat(r.err()).as("%s %s", c, o).startsWith("finsam: " + c.name() + ": option " + o.spelling()
                            + " is not available\n");
                    assertThat(r.out()).isEmpty();
                }
            }
        }
    }

    @Test
    void theCommandToUseForADocument_isEveryCommandOfTheListThatReadsItsKind() throws IOException {
        FinsamJson json = FinsamJson.create();
        Map<String, Kind<?>> documents = new LinkedHashMap<>();
        for (String d : List.of(CliTest.RAR, "documents/national-2016.json", "documents/norra-vastmanland-indicators.json",
                "documents/kvinnocoacher-2011.json", "documents/national-followup-2011.json")) {
            documents.put(d, Kind.of(json, Files.readAllBytes(Path.of(d))));
        }
        assertThat(documents.values()).containsExactlyInAnyOrder(Kind.PLAN, Kind.NATIONAL_ALLOCATION, Kind.INDICATORS,
                Kind.FOLLOW_UP, Kind.NATIONAL_FOLLOW_UP);
        assertThat(Commands.commandsFor(Kind.PLAN)).isEqualTo("'finsam split', 'schedule', 'budget', 'plan' or 'outcome'");
        assertThat(Commands.commandsFor(Kind.NATIONAL_ALLOCATION)).isEqualTo("'finsam allocate'");
        assertThat(Commands.commandsFor(Kind.FOLLOW_UP)).isEqualTo("'finsam followup'");
        assertThat(Commands.commandsFor(Kind.NATIONAL_FOLLOW_UP)).isEqualTo("'finsam followup'");

        for (Command<?> c : Commands.ALL) {
            documents.forEach((document, kind) -> {
                if (c.kind() == Kind.ANY || c.kind().reads(kind)) {
                    return;
                }
                CliTest.Run r = run(c.name(), document);

                assertThat(r.status()).as("%s %s: %s", c, document, r.err()).isEqualTo(Cli.INVALID);
                assertThat(r.err()).as("%s %s", c, document).contains("json.wrong-document-kind",
                        "not " + (c.kind() == Kind.INDICATORS ? "an " : "a ") + c.kind().description() + " document: use "
                                + Commands.commandsFor(kind));
            });
        }
    }

    @Test
    void validate_isAnOrdinaryEntry_readingAnyKind() {
        Command<?> validate = Commands.named("validate").orElseThrow();

        assertThat(validate.kind()).isSameAs(Kind.ANY);
        assertThat(Commands.named("frobnicate")).isEmpty();
        assertThat(Commands.names()).isEqualTo("split, schedule, budget, plan, outcome, key, validate, indicators, followup, allocate, socioeconomic");
    }

    @Test
    void validate_ofAnInvalidDocument_printsTheReportOnStandardOutput_andTheViolationsOnStandardError() {
        CliTest.Run r = runWithInput("{\"year\": \"2007\"}", "validate", "--format", "csv", "--csv-dialect", "rfc4180", "-");

        assertThat(r.status()).isEqualTo(Cli.INVALID);
        assertThat(r.out()).startsWith("path,code,message\r\n").contains("/year,json.wrong-type,");
        assertThat(r.err()).startsWith("finsam: standard input (plan document) is invalid (").containsPattern("(?m)^  /year +json.wrong-type +Expected a whole number");
    }

    @Test
    void validate_asTable_ofAnInvalidDocument_printsNothingOnStandardOutput() {
        CliTest.Run r = run("validate", "--max-bytes", "1k", "documents/national-2016.json");

        assertThat(r.status()).isEqualTo(Cli.INVALID);
        assertThat(r.out()).isEmpty();
        // Bytes beyond the limit are not read: the document is named by the kind its first bytes tell.
        assertThat(r.err()).startsWith("finsam: documents/national-2016.json (national allocation document) is invalid (1 violation):\n")
                .contains("json.limit-exceeded");
    }

    @Test
    void validate_ofAValidDocumentOfEachKind_asCsv_isTheHeaderAlone() {
        for (String d : List.of(CliTest.RAR, "documents/national-2016.json", "documents/kvinnocoacher-2011.json")) {
            CliTest.Run r = run("validate", "--format=csv", d);

            assertThat(r.status()).as(r.err()).isZero();
            assertThat(r.out()).isEqualTo("\uFEFFpath;code;message\r\n");
            assertThat(r.err()).isEmpty();
        }
    }
}
