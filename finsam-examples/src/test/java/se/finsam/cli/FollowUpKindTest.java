package se.finsam.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import se.finsam.json.FinsamJson;
import se.finsam.validation.FinsamValidationException;

/** What {@code finsam followup} reads: either kind of follow-up, from bytes or a stream, told by the first MiB of text. */
class FollowUpKindTest {

    private static final FinsamJson JSON = FinsamJson.create();

    @Test
    void eitherKind_readFromBytesOrAStream_isTheSame() throws IOException {
        for (String file : new String[] {"national-followup-2011.json", "vagen-in-2011.json"}) {
            byte[] bytes = Files.readAllBytes(Path.of("documents", file));

            FollowUpRead fromBytes = Kind.FOLLOW_UPS.read(JSON, bytes);
            FollowUpRead streamed = Kind.FOLLOW_UPS.read(JSON, new ByteArrayInputStream(bytes));

            assertThat(streamed).as(file).isEqualTo(fromBytes);
            assertThat(fromBytes.national() == null).as(file).isEqualTo(file.startsWith("vagen"));
        }
    }

    @Test
    void aFollowUpRead_isAProjectOrANationalFollowUp_oneOfTheTwo() {
        assertThatIllegalArgumentException().isThrownBy(() -> new FollowUpRead(null, null));
    }

    @Test
    void theFirstBytes_areTheFirstTextNotCountingWhitespace_withinAllTheBytesGiven() throws IOException {
        byte[] bytes = "{ \n\t\r\"a\": 12345}".getBytes(StandardCharsets.UTF_8);

        assertThat(new Kind.LimitedInput(new ByteArrayInputStream(bytes), 5, 100).readAllBytes())
                .asString(StandardCharsets.UTF_8).isEqualTo("{ \n\t\r\"a\":");
        assertThat(new Kind.LimitedInput(new ByteArrayInputStream(bytes), 100, 3).readAllBytes()).hasSize(3);
        Kind.LimitedInput one = new Kind.LimitedInput(new ByteArrayInputStream(bytes), 1, 100);
        assertThat(one.read()).isEqualTo('{');
        assertThat(one.read()).isEqualTo(-1);
        assertThat(one.read(new byte[4], 0, 0)).isZero();
        assertThat(new Kind.LimitedInput(new ByteArrayInputStream(new byte[0]), 5, 5).read()).isEqualTo(-1);
    }

    /**
     * The bytes read for the kind are read again, and then the mark is dropped: the rest of the document streams
     * through a buffer of the size the kind needed, not through one that grows to the document limit (16 MiB, and
     * with {@code --max-bytes} as large as the document).
     */
    @Test
    void aStreamedFollowUp_isNotHeldAfterItsKindIsTold() throws IOException {
        StringBuilder text = new StringBuilder("{\"name\": \"x\", \"participants\": [1");
        text.append(", 1".repeat(2_000_000)).append("]}"); // 6 MB of text: every participant of the wrong type
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        FinsamJson large = FinsamJson.builder().maxDocumentBytes(64 << 20).maxParticipants(3_000_000).build();
        Kind.Rereadable in = new Kind.Rereadable(new ByteArrayInputStream(bytes));

        assertThatThrownBy(() -> Kind.followUps(large, in)).isInstanceOf(FinsamValidationException.class)
                .hasMessageContaining("1999003 more violations are not reported");
        assertThat(in.read()).as("read to its end").isEqualTo(-1);
        assertThat(in.capacity()).as("the buffer's bytes: what the first MiB of text needed").isLessThanOrEqualTo(2 << 20);
    }
}
