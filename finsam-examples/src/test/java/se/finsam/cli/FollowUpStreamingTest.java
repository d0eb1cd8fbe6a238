package se.finsam.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code finsam followup} reads its document as it streams, for the project's summary: a participant document
 * larger than a document read whole may be (finsam-json's {@code maxDocumentBytes}, 16 MiB) is reported, from
 * standard input, with every count exact, where reading it whole refuses it; and its own limit
 * ({@code --max-bytes}) still refuses it without reading it to its end. The documents are generated as they are
 * read, so the test holds none of them: 80 000 participants, about 18 MB, read once for the report. (That a
 * streamed document has the violations of the same document read whole is {@code FollowUpReportTest}'s.)
 */
class FollowUpStreamingTest {

    /** FinsamJson's default {@code maxDocumentBytes}: the most a document read whole may hold. */
    private static final long MAX_DOCUMENT_BYTES = 16L << 20;

    /** Rounds of {@link GeneratedFollowUp#PATTERN}: four participants each, 80 000 in all, about 18 MB. */
    static final int ROUNDS = 20_000;

    /**
     * A participant document of Vägen in's three municipalities, its participants four kinds repeated, made as it
     * is read. Each round of four: a woman from Köping completing after 182 days into work; a man from Arboga
     * discontinuing after 90 days, on sickness benefit before and after; a woman from Kungsör still in the
     * project; a man from Köping completing after 273 days into studies. So of 4n started, 3n finished, 2n
     * completed and 2n in work or studies after (66,7 % each), Köping 2n (50,0 %), Arboga and Kungsör n each.
     */
    static final class GeneratedFollowUp extends InputStream {
        static final List<String> PATTERN = List.of(
                "{\"start\": \"2011-01-10\", \"end\": \"2011-07-10\", \"exit\": \"COMPLETED\", \"gender\": \"WOMAN\","
                        + " \"ageBand\": \"30-49\", \"municipality\": \"koping\", \"before\": {\"occupation\": \"OTHER\","
                        + " \"support\": \"FINANCIAL_ASSISTANCE\"}, \"after\": {\"occupation\": \"WORK\", \"support\": \"WORK\"}}",
                "{\"start\": \"2011-01-10\", \"end\": \"2011-04-09\", \"exit\": \"DISCONTINUED\", \"gender\": \"MAN\","
                        + " \"ageBand\": \"16-29\", \"municipality\": \"arboga\", \"before\": {\"occupation\": \"OTHER\","
                        + " \"support\": \"SICKNESS_AND_REHABILITATION_BENEFIT\"}, \"after\": {\"occupation\": \"OTHER\","
                        + " \"support\": \"SICKNESS_AND_REHABILITATION_BENEFIT\"}}",
                "{\"start\": \"2011-10-17\", \"gender\": \"WOMAN\", \"ageBand\": \"30-49\", \"municipality\": \"kungsor\","
                        + " \"before\": {\"occupation\": \"JOB_SEEKING\", \"support\": \"UNEMPLOYMENT_BENEFIT\"}}",
                "{\"start\": \"2011-03-07\", \"end\": \"2011-12-04\", \"exit\": \"COMPLETED\", \"gender\": \"MAN\","
                        + " \"ageBand\": \"16-29\", \"municipality\": \"koping\", \"before\": {\"occupation\": \"OTHER\","
                        + " \"support\": \"FINANCIAL_ASSISTANCE\"}, \"after\": {\"occupation\": \"STUDIES\", \"support\": \"STUDIES\"}}");
        private static final String HEAD = """
                {
                  "name": "Generated",
                  "start": "2010-09-01",
                  "end": "2012-12-31",
                  "municipalities": [
                    {"id": "koping", "name": "Köping", "code": "1983"},
                    {"id": "arboga", "name": "Arboga", "code": "1984"},
                    {"id": "kungsor", "name": "Kungsör", "code": "1960"}
                  ],
                  "participants": [
                """;
        private static final String TAIL = """
                  ],
                  "targets": [
                    {"measure": "IN_WORK_OR_STUDIES_AFTER", "atLeast": "50", "withinMonths": 12}
                  ]
                }
                """;
        /** Rounds per chunk of bytes made at a time. */
        private static final int CHUNK = 500;

        private final int rounds;
        private byte[] chunk = HEAD.getBytes(StandardCharsets.UTF_8);
        private int at;
        private int made;
        private boolean ended;
        /** The bytes read so far. */
        long position;

        GeneratedFollowUp(int rounds) {
            this.rounds = rounds;
        }

        private boolean fill() {
            if (made == rounds) {
                if (ended) {
                    return false;
                }
                ended = true;
                chunk = TAIL.getBytes(StandardCharsets.UTF_8);
            } else {
                StringBuilder sb = new StringBuilder();
                for (int n = Math.min(CHUNK, rounds - made); n > 0; n--) {
                    made++;
                    for (int i = 0; i < PATTERN.size(); i++) {
                        boolean end = made == rounds && i == PATTERN.size() - 1;
                        sb.append("    ").append(PATTERN.get(i)).append(end ? "\n" : ",\n");
                    }
                }
                chunk = sb.toString().getBytes(StandardCharsets.UTF_8);
            }
            at = 0;
            return true;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            while (at == chunk.length) {
                if (!fill()) {
                    return -1;
                }
            }
            int n = Math.min(len, chunk.length - at);
            System.arraycopy(chunk, at, b, off, n);
            at += n;
            position += n;
            return n;
        }
    }

    static CliTest.Run run(InputStream stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Cli(stdin, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        return new CliTest.Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void followup_ofADocumentLargerThanADocumentReadWhole_isStreamed_everyCountExact() {
        GeneratedFollowUp stdin = new GeneratedFollowUp(ROUNDS);

        CliTest.Run r = run(stdin, "followup", "--format", "csv", "--csv-dialect", "rfc4180", "--lang", "en", "-");

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(stdin.position).as("the whole document was read, and it is larger than a document read whole may be")
                .isGreaterThan(MAX_DOCUMENT_BYTES);
        long n = ROUNDS;
        assertThat(r.out().split("\r\n")).contains(
                "started,Participants started," + 4 * n + ",,",
                "registered,of whom registered," + 4 * n + ",,",
                "anonymous,of whom anonymous,0,,",
                "finished,Finished," + 3 * n + ",,",
                "ongoing,Still in the project," + n + ",,",
                "completed,Completed," + 2 * n + "," + 3 * n + ",66.7",
                "in_work_or_studies_after,In work or studies after," + 2 * n + "," + 3 * n + ",66.7",
                "koping,Köping," + 2 * n + ",50.0",
                "arboga,Arboga," + n + ",25.0",
                "kungsor,Kungsör," + n + ",25.0",
                ",Total," + 4 * n + ",100.0",
                "WOMAN,Women," + 2 * n + ",50.0",
                "MAN,Men," + 2 * n + ",50.0",
                // 182, 90 and 273 days, each n times: the mean 181,7, the median 182.
                "days_in_project_mean,Mean," + 3 * n + ",181.7",
                "days_in_project_median,Median," + 3 * n + ",182.0",
                "days_in_project_shortest,Shortest," + 3 * n + ",90",
                "days_in_project_longest,Longest," + 3 * n + ",273",
                "IN_WORK_OR_STUDIES_AFTER,In work or studies after,12,50," + 2 * n + "," + 3 * n + ",66.7,MET,met");
    }

    @Test
    void theSameDocument_validated_isValid_asFollowupReadsIt() {
        // Validity does not depend on the command: 'validate' tells a participant document too large to be read
        // whole by its first bytes, and checks it as it streams, to its end.
        GeneratedFollowUp stdin = new GeneratedFollowUp(ROUNDS);

        CliTest.Run r = run(stdin, "validate", "-");

        assertThat(r.err()).isEmpty();
        assertThat(r.status()).isEqualTo(Cli.OK);
        assertThat(r.out()).endsWith(": valid\n");
        assertThat(stdin.position).isGreaterThan(MAX_DOCUMENT_BYTES + 1);
    }

    @Test
    void theFirstBytesOfALargeDocument_areKept_thenGivenBackOnce_beforeTheRest() throws Exception {
        byte[] text = "{\"participants\": []}".getBytes(StandardCharsets.UTF_8);
        java.io.ByteArrayInputStream source = new java.io.ByteArrayInputStream(text);
        Cli.Recording recording = new Cli.Recording(source);

        assertThat(recording.read()).isEqualTo('{');
        assertThat(recording.readNBytes(4)).containsExactly('"', 'p', 'a', 'r');
        assertThat(recording.peek().readAllBytes()).containsExactly('{', '"', 'p', 'a', 'r');
        recording.close();
        InputStream whole = recording.replay();
        assertThat(whole.read()).isEqualTo('{');
        assertThat(whole.readAllBytes()).isEqualTo(java.util.Arrays.copyOfRange(text, 1, text.length));
        assertThat(whole.read()).isEqualTo(-1);
        assertThat(recording.peek().readAllBytes()).as("given back, dropped").isEmpty();
    }

    @Test
    void theHelp_thatSaysFollowupStreams_isGivenByEveryWayOfAskingForIt() {
        // "finsam help" (as the newcomer's trial typed it), "-h" and "--help" all print the general help.
        InputStream none = InputStream.nullInputStream();
        CliTest.Run help = run(none, "--help");

        assertThat(help.status()).isEqualTo(Cli.OK);
        assertThat(help.out()).contains("followup");
        assertThat(run(none, "-h")).isEqualTo(help);
        assertThat(run(none, "help")).isEqualTo(help);
    }

    @Test
    void aLargeDocumentOfAnotherKind_validated_isRefusedAsLargerThanTheLimit() {
        // Only a participant document streams: any other is read whole, through maxDocumentBytes.
        InputStream plan = new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(
                "{\"association\": {\"name\": \"".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                new GeneratedFollowUp(ROUNDS));

        CliTest.Run r = run(plan, "validate", "-");

        assertThat(r.status()).isEqualTo(Cli.INVALID);
        assertThat(r.err()).contains("json.limit-exceeded", MAX_DOCUMENT_BYTES + " bytes");
    }

    @Test
    void aDocumentWhoseFirstBytesToTheLimitAreWhitespace_isRefusedByItsSize_byValidateAndFollowupAlike() {
        // JSON allows any whitespace before a document's text; past the limit of a document read whole, its kind
        // cannot be told from its first bytes, so both commands read it whole, and refuse it.
        for (String command : List.of("validate", "followup")) {
            InputStream document = new java.io.SequenceInputStream(new Spaces(MAX_DOCUMENT_BYTES + 1),
                    new java.io.ByteArrayInputStream("{\"participants\": []}".getBytes(StandardCharsets.UTF_8)));

            CliTest.Run r = run(document, command, "-");

            assertThat(r.status()).as(command).isEqualTo(Cli.INVALID);
            assertThat(r.out()).as(command).isEmpty();
            assertThat(r.err()).as(command).contains("json.limit-exceeded", MAX_DOCUMENT_BYTES + " bytes");
        }
    }

    @Test
    void aParticipantDocumentToldOnlyPastTheLimit_afterAMiBOfText_isRefusedByItsSize_byValidateAndFollowupAlike() {
        // A MiB of text (100 targets whose notes are written as escapes) before 16 MiB of whitespace and then the
        // participants: 'followup' cannot tell the kind by its first MiB of text, and tells it again, as 'validate'
        // does, by the first 16 MiB, which do not tell it either: both refuse it by its size.
        String note = "\\u0041".repeat(2000);
        StringBuilder head = new StringBuilder("{\"name\": \"x\", \"start\": \"2011-01-01\", \"end\": \"2011-12-31\", "
                + "\"municipalities\": [{\"id\": \"koping\", \"name\": \"Köping\"}], \"targets\": [");
        for (int i = 0; i < 100; i++) {
            head.append(i == 0 ? "" : ", ").append("{\"measure\": \"COMPLETION_RATE\", \"atLeast\": \"80\", \"note\": \"")
                    .append(note).append("\"}");
        }
        head.append("]");
        byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(start.length).as("more than a MiB of text before the participants").isGreaterThan(Kind.KIND_MARK);
        for (String command : List.of("validate", "followup")) {
            InputStream document = new java.io.SequenceInputStream(java.util.Collections.enumeration(List.of(
                    new java.io.ByteArrayInputStream(start), new Spaces(MAX_DOCUMENT_BYTES),
                    new java.io.ByteArrayInputStream(", \"participants\": []}".getBytes(StandardCharsets.UTF_8)))));

            CliTest.Run r = run(document, command, "-");

            assertThat(r.status()).as(command).isEqualTo(Cli.INVALID);
            assertThat(r.err()).as(command).contains("json.limit-exceeded", MAX_DOCUMENT_BYTES + " bytes");
        }
    }

    /** As many spaces as given, made as they are read. */
    private static final class Spaces extends InputStream {
        private long left;

        Spaces(long count) {
            this.left = count;
        }

        @Override
        public int read() {
            if (left == 0) {
                return -1;
            }
            left--;
            return ' ';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            if (left == 0) {
                return -1;
            }
            int n = (int) Math.min(len, left);
            java.util.Arrays.fill(b, off, off + n, (byte) ' ');
            left -= n;
            return n;
        }
    }

    @Test
    void overItsOwnLimit_aStreamedDocumentIsRefused_withoutReadingItToItsEnd() {
        GeneratedFollowUp stdin = new GeneratedFollowUp(ROUNDS);

        CliTest.Run r = run(stdin, "followup", "--max-bytes", "64k", "-");

        assertThat(r.status()).isEqualTo(Cli.INVALID);
        assertThat(r.err()).startsWith("finsam: standard input is invalid (1 violation):\n")
                .contains("\"\"  json.limit-exceeded", "65536 bytes");
        // Read until it is larger than the limit, not to its end (about 18 MB): one byte past the limit.
        assertThat(stdin.position).isEqualTo(64 * 1024 + 1);
    }

    @Test
    void theGeneratedDocument_ofOneRound_isTheFourParticipantsOfThePattern() throws Exception {
        // The generator itself: one round is a valid document of the pattern's four participants, in order.
        List<String> lines = new ArrayList<>();
        try (InputStream in = new GeneratedFollowUp(1)) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().forEach(lines::add);
        }
        assertThat(lines).containsSubsequence("  \"participants\": [", "    " + GeneratedFollowUp.PATTERN.get(0) + ",",
                "    " + GeneratedFollowUp.PATTERN.get(3), "  ],");
        CliTest.Run r = run(new GeneratedFollowUp(1), "followup", "--format", "json", "-");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"started\" : 4", "\"finished\" : 3");
    }
}
