package se.finsam.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import se.finsam.followup.ProjectFollowUp;
import se.finsam.followup.ProjectSummary;
import se.finsam.test.Seeds;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.ValidationResult;

/**
 * A participant document streamed for its summary gives what the same bytes read whole give: the summary of
 * the project read, or the same violations, in the same order, with the same messages. Checked on every input
 * of the violations golden corpus (the bundled follow-ups and their mutations, and every other kind and fault
 * of the corpus read as a follow-up), each streamed whole and trickled a few bytes at a time.
 */
class FollowUpStreamingTest {

    @Test
    void everyCorpusInput_streamed_givesTheResultOfReadingItWhole() throws IOException {
        SplittableRandom random = Seeds.random(Seeds.seedOf("follow-up streaming"), 0);
        List<String> differences = new ArrayList<>();
        int valid = 0;
        int inputs = 0;
        for (GoldenCorpus.Input input : GoldenCorpus.inputs()) {
            FollowUpFormat format = input.json().followUp();
            ValidationResult whole = format.validate(input.bytes());
            for (int chunk : new int[] {Integer.MAX_VALUE, 1 + random.nextInt(7)}) {
                ValidationResult streamed = format.validateStreaming(new Trickle(input.bytes(), chunk));
                if (!streamed.equals(whole)) {
                    differences.add(input.name() + " (chunks of " + chunk + "):\n  whole:    " + whole.violations()
                            + "\n  streamed: " + streamed.violations());
                }
            }
            if (whole.isValid()) {
                ProjectFollowUp read = format.read(input.bytes());
                assertThat(format.summary(new ByteArrayInputStream(input.bytes()))).as(input.name()).isEqualTo(read.summary());
                valid++;
            }
            inputs++;
        }
        assertThat(differences).as("inputs whose streamed result differs").isEmpty();
        assertThat(inputs).isGreaterThan(800);
        assertThat(valid).as("valid follow-ups among them").isGreaterThanOrEqualTo(4);
    }

    @Test
    void aSummary_isWrittenAsItsProject() throws IOException {
        FollowUpFormat format = FinsamJson.create().followUp();
        byte[] bytes = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("../finsam-examples/documents/kvinnocoacher-2011.json"));
        ProjectSummary summary = format.summary(new ByteArrayInputStream(bytes));

        assertThat(format.write(summary)).isEqualTo(format.write(format.read(bytes)));
    }

    @Test
    void aDocumentOverTheStreamedLimit_isThatOneViolation_whateverElseIsWrong() {
        FollowUpFormat format = FinsamJson.builder().maxStreamedBytes(100).build().followUp();
        byte[] bytes = ("{\"name\": 1, " + " ".repeat(200) + "}").getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(FinsamValidationException.class,
                () -> format.summary(new ByteArrayInputStream(bytes))).violations())
                .singleElement().satisfies(v -> {
                    assertThat(v.code()).isEqualTo(JsonViolationCodes.LIMIT_EXCEEDED);
                    assertThat(v.message()).isEqualTo("The document is larger than the limit of 100 bytes;"
                            + " the rest was not read");
                });
    }

    @Test
    void aDocumentLargerThanAWholeReadTakes_isStreamed_holdingNoParticipant() throws IOException {
        // 7 000 participants, some 1.7 MB: more than maxDocumentBytes, which read() refuses (lowered here to
        // 1 MB, as 16 MiB by default, so that the test stays fast).
        FollowUpFormat format = FinsamJson.builder().maxDocumentBytes(1_000_000).build().followUp();
        int n = 7_000;

        ProjectSummary summary = format.summary(generated(n));

        assertThat(summary.figures().registered()).isEqualTo(n);
        assertThat(summary.figures().finished()).isEqualTo(n / 2);
        assertThat(summary.figures().byMunicipality().count(se.finsam.member.MemberId.of("koping"))).isEqualTo(n - (n + 2) / 3);
        assertThat(format.validate(generated(n)).violations()).singleElement()
                .satisfies(v -> assertThat(v.message()).startsWith("The document is larger than the limit of 1000000 bytes"));
    }

    @Test
    void aStreamThatFails_isAnIOException_notAViolation_andIsNotClosed() {
        FollowUpFormat format = FinsamJson.create().followUp();
        boolean[] closed = {false};
        InputStream failing = new InputStream() {
            private int given;

            @Override
            public int read() throws IOException {
                if (given++ < 20) {
                    return '{';
                }
                throw new IOException("disk gone");
            }

            @Override
            public void close() {
                closed[0] = true;
            }
        };

        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> format.summary(failing)))
                .isInstanceOf(IOException.class).hasMessage("disk gone");
        assertThat(closed[0]).isFalse();
    }

    /** A valid participant document of {@code n} participants, made as it is read: never held whole. */
    private static InputStream generated(int n) {
        String head = "{\"name\": \"Stort\", \"start\": \"2010-01-01\", \"municipalities\": [{\"id\": \"koping\","
                + " \"name\": \"Köping\"}, {\"id\": \"arboga\", \"name\": \"Arboga\"}], \"participants\": [";
        java.util.Iterator<InputStream> parts = new java.util.Iterator<>() {
            private int i = -1;

            @Override
            public boolean hasNext() {
                return i <= n;
            }

            @Override
            public InputStream next() {
                String text;
                if (i < 0) {
                    text = head;
                } else if (i == n) {
                    text = "]}";
                } else {
                    text = (i == 0 ? "" : ",") + "{\"start\": \"2011-01-0" + (1 + i % 9) + "\", \"gender\": \""
                            + (i % 2 == 0 ? "WOMAN" : "MAN") + "\", \"ageBand\": \"16-29\", \"municipality\": \""
                            + (i % 3 == 0 ? "arboga" : "koping") + "\", \"before\": {\"occupation\": \"OTHER\", \"support\":"
                            + " \"FINANCIAL_ASSISTANCE\"}" + (i % 2 == 1 ? ", \"end\": \"2011-06-30\", \"exit\": \"COMPLETED\","
                            + " \"after\": {\"occupation\": \"WORK\", \"support\": \"WORK\"}" : "") + "}\n";
                }
                i++;
                return new ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        };
        return new java.io.SequenceInputStream(new java.util.Enumeration<InputStream>() {
            @Override
            public boolean hasMoreElements() {
                return parts.hasNext();
            }

            @Override
            public InputStream nextElement() {
                return parts.next();
            }
        });
    }

    @Test
    void theKindOfADocument_isToldFromItsFirstBytes_asFromTheWholeDocument() throws IOException {
        FinsamJson json = FinsamJson.create();
        for (String file : new String[] {"kvinnocoacher-2011.json", "rar-sormland-2007.json", "national-2016.json",
                "unga-jonkoping.json", "norra-vastmanland-indicators.json"}) {
            byte[] whole = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("../finsam-examples/documents", file));
            assertThat(json.kindOfStart(new ByteArrayInputStream(whole))).as(file).isEqualTo(json.kindOf(whole));
        }
        byte[] cut = "{\"name\": \"Stort\", \"participants\": [{\"start\": \"2011-0".getBytes(
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(json.kindOfStart(new ByteArrayInputStream(cut))).isEqualTo(DocumentKind.FOLLOW_UP);
        // A field after the cut is not seen; one that decides, before it, is.
        assertThat(json.kindOfStart(stream("{\"participants\": [], \"costOfExclusion\": {")))
                .isEqualTo(DocumentKind.SOCIOECONOMIC);
        assertThat(json.kindOfStart(stream("{\"name\": \"x\", \"partic"))).isEqualTo(DocumentKind.PLAN);
        assertThat(json.kindOfStart(stream(""))).isEqualTo(DocumentKind.PLAN);
        assertThat(json.kindOfStart(stream("[1, 2"))).isEqualTo(DocumentKind.PLAN);
        assertThat(json.kindOfStart(new Trickle("{\"start\": \"2011-01-01\", \"participants\": [".getBytes(
                java.nio.charset.StandardCharsets.UTF_8), 3))).isEqualTo(DocumentKind.FOLLOW_UP);
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void noStreamedLimitAtAll_isALimitToo() throws IOException {
        // Long.MAX_VALUE once overflowed "one byte past the limit" and read nothing, forever.
        FollowUpFormat format = FinsamJson.builder().maxStreamedBytes(Long.MAX_VALUE).build().followUp();
        byte[] bytes = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("../finsam-examples/documents/vagen-in-2011.json"));

        assertThat(format.summary(new ByteArrayInputStream(bytes))).isEqualTo(format.read(bytes).summary());
        assertThat(format.validateStreaming(stream("{} x"))).isEqualTo(format.validate("{} x"));
    }

    @Test
    void trailingContent_beforeMalformedUtf8_isTheFirstFault_wholeOrStreamed() throws IOException {
        FollowUpFormat format = FinsamJson.create().followUp();
        byte[] bytes = {'{', '}', ' ', '1', ' ', (byte) 0xFF};

        ValidationResult whole = format.validate(bytes);

        assertThat(whole.violations()).singleElement().satisfies(v -> assertThat(v.message())
                .isEqualTo("Trailing content after the document at line 1, column 4"));
        assertThat(format.validateStreaming(new ByteArrayInputStream(bytes))).isEqualTo(whole);
    }

    /** The bytes of a document, given at most {@code chunk} at a time, as a slow network gives them. */
    static final class Trickle extends InputStream {
        private final byte[] bytes;
        private final int chunk;
        private int position;

        Trickle(byte[] bytes, int chunk) {
            this.bytes = bytes;
            this.chunk = chunk;
        }

        @Override
        public int read() {
            return position < bytes.length ? bytes[position++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position >= bytes.length) {
                return -1;
            }
            int n = Math.min(Math.min(len, chunk), bytes.length - position);
            System.arraycopy(bytes, position, b, off, n);
            position += n;
            return n;
        }
    }
}
