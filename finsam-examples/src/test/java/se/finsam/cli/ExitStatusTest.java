package se.finsam.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.finsam.cli.CliTest.Run;

/**
 * The exit statuses at their edges: a document of another kind than the command reads is one violation
 * (status 1) that names the command to use; the tool's own failures (out of memory, a stack overflow, a
 * bug) are one line and status 3, never a stack trace.
 */
class ExitStatusTest {

    private static final String PLAN = CliTest.RAR;
    private static final String NATIONAL = "documents/national-2016.json";
    private static final String INDICATORS = "documents/norra-vastmanland-indicators.json";
    private static final String FOLLOW_UP = "documents/kvinnocoacher-2011.json";

    /** Every document given to every command that reads another kind, with the commands to use instead. */
    private static final Map<String, String> USE = Map.of(
            PLAN, "use 'finsam split', 'schedule', 'budget', 'plan' or 'outcome'",
            NATIONAL, "use 'finsam allocate'",
            INDICATORS, "use 'finsam indicators'",
            FOLLOW_UP, "use 'finsam followup'");

    private static final Map<String, List<String>> COMMANDS = Map.of(
            PLAN, List.of("split", "schedule", "budget"),
            NATIONAL, List.of("allocate"),
            INDICATORS, List.of("indicators"),
            FOLLOW_UP, List.of("followup"));

    @Test
    void aDocumentOfAnotherKind_isOneViolationNamingTheCommandToUse() {
        for (String document : USE.keySet()) {
            for (Map.Entry<String, List<String>> other : COMMANDS.entrySet()) {
                if (other.getKey().equals(document)) {
                    continue;
                }
                for (String command : other.getValue()) {
                    Run r = CliTest.run(command, document);

                    assertThat(r.status()).as("%s %s: %s", command, document, r.err()).isEqualTo(Cli.INVALID);
                    assertThat(r.err()).as("%s %s", command, document)
                            .contains("is invalid (1 violation)", "json.wrong-document-kind", USE.get(document))
                            .doesNotContain("json.unknown-field", "json.missing-field");
                    assertThat(r.out()).isEmpty();
                }
            }
        }
    }

    @Test
    void aNationalDocumentGivenToSplit_saysWhatItIs() {
        Run r = CliTest.run("split", NATIONAL);

        assertThat(r.err()).contains("This is a national allocation document (it has 'appropriation'), not a plan document: "
                + "use 'finsam allocate'");
    }

    @Test
    void aDocumentOfNoKnownKind_isReadByTheCommand_whichSaysWhatIsMissing() {
        Run r = CliTest.runWithInput("{\"year\": 2016}", "allocate", "-");

        assertThat(r.status()).isEqualTo(Cli.INVALID);
        assertThat(r.err()).contains("json.missing-field", "/appropriation").doesNotContain("json.wrong-document-kind");
    }

    @Test
    void aRuntimeException_isOneLineWithStatusThree() {
        Run r = guarded(() -> {
            throw new IllegalStateException("boom\nsecond line");
        });

        assertThat(r.status()).isEqualTo(Cli.FAILED).isEqualTo(3);
        assertOneLine(r.err());
        assertThat(r.err()).startsWith("finsam: internal error, please report it").contains("IllegalStateException: boom second line");
    }

    @Test
    void anAssertionError_isABug_withStatusThree() {
        Run r = guarded(() -> {
            throw new AssertionError("cannot happen");
        });

        assertThat(r.status()).isEqualTo(Cli.FAILED);
        assertOneLine(r.err());
        assertThat(r.err()).contains("internal error", "cannot happen");
    }

    @Test
    void outOfMemory_isOneLineWithStatusThree() {
        Run r = guarded(() -> {
            throw new OutOfMemoryError("Java heap space");
        });

        assertThat(r.status()).isEqualTo(Cli.FAILED);
        assertOneLine(r.err());
        assertThat(r.err()).startsWith("finsam: out of memory").contains("MB", "-Xmx");
    }

    @Test
    void stackOverflow_isOneLineWithStatusThree() {
        Run r = guarded(ExitStatusTest::recurse);

        assertThat(r.status()).isEqualTo(Cli.FAILED);
        assertOneLine(r.err());
        assertThat(r.err()).contains("internal error", "stack overflow");
    }

    @Test
    void aUsageError_staysStatusTwo() {
        Run r = guarded(() -> {
            throw new Cli.UsageException("bad option");
        });

        assertThat(r.status()).isEqualTo(Cli.USAGE);
    }

    /**
     * A real shortage: the tool in its own process with 16 MB of heap, given a 12 MB document (within the
     * default size limit). Exit status 3 and one line, never "Exception in thread" and a stack trace.
     */
    @Test
    void theToolOutOfMemory_inItsOwnProcess_exitsThreeWithOneLine(@TempDir Path dir) throws Exception {
        Path document = dir.resolve("large.json");
        writeLargePlan(document, 10_000, 1_200);
        assertThat(Files.size(document)).isBetween(10_000_000L, 16_000_000L);

        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx16m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "validate", document.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(err).isEqualTo(Cli.FAILED);
        assertOneLine(err);
        assertThat(err).startsWith("finsam: out of memory");
    }

    private static void writeLargePlan(Path file, int projects, int nameLength) throws IOException {
        try (Writer w = Files.newBufferedWriter(file)) {
            w.write("""
                    {"association": {"id": "stor", "name": "Stor",
                      "members": [{"id": "fk", "kind": "SOCIAL_INSURANCE_AGENCY", "name": "Försäkringskassan"},
                        {"id": "af", "kind": "PUBLIC_EMPLOYMENT_SERVICE", "name": "Arbetsförmedlingen"},
                        {"id": "region", "kind": "REGION", "name": "Regionen"},
                        {"id": "m1", "kind": "MUNICIPALITY", "name": "Kommun"}],
                      "municipalKey": {"basis": "EQUAL"}},
                     "year": 2007, "financing": {"total": "15000000"}, "projects": [
                    """);
            String name = "x".repeat(nameLength);
            for (int i = 0; i < projects; i++) {
                w.write((i == 0 ? "" : ",\n") + "{\"id\": \"p" + i + "\", \"name\": \"" + name
                        + "\", \"start\": \"2006-01-01\", \"end\": \"2008-12-31\", \"totalCost\": \"1000000\"}");
            }
            w.write("]}\n");
        }
    }

    @SuppressWarnings("InfiniteRecursion") // on purpose: the StackOverflowError is what the test needs
    private static int recurse() {
        return recurse() + 1;
    }

    private static void assertOneLine(String err) {
        assertThat(err).as(err).endsWith("\n").doesNotContain("\tat ", "Exception in thread");
        assertThat(err.strip().lines().count()).as(err).isEqualTo(1);
    }

    private static Run guarded(Cli.Step step) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Cli(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).guarded(step);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void outputThatCannotBeWritten_isAFailureOfTheTool_notASuccess() {
        // As on a full disk (finsam split x.json > /dev/full): every write fails, and a print stream only says so when asked.
        PrintStream full = new PrintStream(new java.io.OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        }, false, StandardCharsets.UTF_8);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        for (List<String> args : List.of(List.of("split", PLAN), List.of("schedule", "--format", "csv", PLAN),
                List.of("validate", "--format", "json", PLAN))) {
            err.reset();
            int status = new Cli(new ByteArrayInputStream(new byte[0]), full, new PrintStream(err, true, StandardCharsets.UTF_8))
                    .run(args.toArray(String[]::new));

            String message = err.toString(StandardCharsets.UTF_8);
            assertThat(status).as("%s: %s", args, message).isEqualTo(Cli.FAILED);
            assertThat(message).as("%s", args).contains("could not write the output").hasLineCount(1);
        }
    }
}
