package se.finsam.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import se.finsam.validation.ValidationResult;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

/**
 * The national follow-up at its edges, each found by a hostile review: numbers quoted alike whole and streamed, a
 * municipality declared with another code, one listed twice in a project, and the violations held while a document of
 * many associations streams.
 */
class NationalFollowUpEdgeTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path EXAMPLE = Path.of("../finsam-examples/documents/national-followup-2011.json");
    private static final NationalFollowUpFormat FORMAT = FinsamJson.create().nationalFollowUp();

    private static String example() throws IOException {
        return Files.readString(EXAMPLE, StandardCharsets.UTF_8);
    }

    private static void assertSameWholeAndStreamed(String document) throws IOException {
        byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
        ValidationResult whole = FORMAT.validate(bytes);
        ValidationResult streamed = FORMAT.validate(new ByteArrayInputStream(bytes));
        assertThat(whole.violations()).as("whole vs streamed").isEqualTo(streamed.violations());
    }

    /**
     * A number is quoted as the document writes it, whole or streamed: a tree would give {@code 12.0} for
     * {@code 1.20E1} (bytes held whole are read as a stream of them, not through a tree).
     */
    @Test
    void aDecimalWrittenInExponentForm_isQuotedAlike_wholeAndStreamed() throws IOException {
        String doc = example().replace("\"withinMonths\": 12", "\"withinMonths\": 1.20E1");
        assertThat(doc).contains("1.20E1");
        assertSameWholeAndStreamed(doc);
    }

    /**
     * A 98-character number that BigDecimal writes in 101 characters: bytes held whole throw a limit violation "at line
     * -1, column -1" from the re-read tree; the stream reports the unknown field it is in.
     */
    @Test
    void aNumberWhosePlainFormIsLongerThanTheLimit_isReadAlike_wholeAndStreamed() throws IOException {
        String number = "1".repeat(94) + "e-99";
        String doc = example().replaceFirst("\"name\": \"Vägen in\",", "\"name\": \"Vägen in\", \"x\": " + number + ",");
        assertThat(doc).contains(number);
        byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
        assertThat(FORMAT.validate(bytes).violations()).extracting(Violation::message)
                .noneMatch(m -> m.contains("line -1"));
        assertSameWholeAndStreamed(doc);
    }

    /** Two projects give municipality 'arboga' the same name and different codes: the code is what differs, and is quoted. */
    @Test
    void aMunicipalityDeclaredWithAnotherCode_isNotReportedAsNamedDifferently_withEqualNames() throws IOException {
        ObjectNode doc = (ObjectNode) MAPPER.readTree(example());
        ObjectNode arboga = (ObjectNode) doc.at("/followUps/0/projects/1/municipalities/1");
        assertThat(arboga.get("id").asText()).isEqualTo("arboga");
        arboga.put("code", "1985");

        ValidationResult r = FORMAT.validate(MAPPER.writeValueAsBytes(doc));

        assertThat(r.violations()).hasSize(1);
        Violation v = r.violations().get(0);
        assertThat(v.code()).isEqualTo(ViolationCodes.MUNICIPALITY_DIFFERS);
        assertThat(v.path()).isEqualTo("/followUps/0/projects/1/municipalities/1/code");
        assertThat(v.message()).as("the message quotes what differs").contains("code '1985' here but code '1984' at");
    }

    /**
     * Only the first 1 000 violations are reported, so only they are held while a document streams, however many
     * associations it has: 300 associations of a project of 250 empty participants ({@code {}}) each find 1 000
     * violations, some 300 000 together (about 60 MB if held); the heap held when the stream ends stays small.
     */
    @Test
    void violationsHeldWhileStreaming_areBounded_notOnePartsWorthPerAssociation() throws IOException {
        String project = "{\"name\":\"P\",\"start\":\"2010-01-01\",\"municipalities\":[{\"id\":\"a\",\"name\":\"A\"}],"
                + "\"participants\":[" + String.join(",", java.util.Collections.nCopies(250, "{}")) + "]}";
        StringBuilder sb = new StringBuilder("{\"name\":\"N\",\"counties\":[{\"code\":\"19\",\"name\":\"V\"}],\"followUps\":[");
        for (int i = 0; i < 300; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"association\":\"a").append(i)
                    .append("\",\"name\":\"A\",\"county\":\"19\",\"projects\":[").append(project).append("]}");
        }
        byte[] bytes = sb.append("]}").toString().getBytes(StandardCharsets.UTF_8);
        long before = used();
        long[] atEnd = {-1};
        InputStream in = new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                int n = super.read(b, off, len);
                if (n < 0 && atEnd[0] < 0) {
                    atEnd[0] = used();
                }
                return n;
            }
        };

        ValidationResult r = FORMAT.validate(in);

        assertThat(r.violations()).hasSize(Limits_MAX + 1);
        assertThat(atEnd[0]).isPositive();
        assertThat((atEnd[0] - before) / (1 << 20)).as("MiB held when the document ends (document: %d KiB)",
                bytes.length / 1024).isLessThan(32);
    }

    private static final int Limits_MAX = se.finsam.json.internal.Limits.MAX_VIOLATIONS;

    private static long used() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    /** A project that declares 'arboga' twice, with two names, has its own fault only: municipality.duplicate. */
    @Test
    void aMunicipalityTwiceInOneProject_isReportedOnce() throws IOException {
        ObjectNode doc = (ObjectNode) MAPPER.readTree(example());
        ((ArrayNode) doc.at("/followUps/0/projects/0/municipalities")).addObject().put("id", "arboga").put("name", "Arbogax");

        ValidationResult r = FORMAT.validate(MAPPER.writeValueAsBytes(doc));

        assertThat(r.violations()).extracting(Violation::code).containsExactly("municipality.duplicate");
    }
}
