package se.finsam.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import se.finsam.json.FinsamJson;

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
}
