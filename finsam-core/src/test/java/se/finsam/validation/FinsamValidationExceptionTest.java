package se.finsam.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class FinsamValidationExceptionTest {

    private static final Violation SUM = Violation.of("/values", ViolationCodes.KEY_PERCENTAGE_SUM,
            "Percentages must sum to 100, was 99.9");
    private static final Violation UNKNOWN = Violation.of("/municipalKey/values/flen2", ViolationCodes.KEY_UNKNOWN_MEMBER,
            "Unknown member 'flen2' in municipal key");

    @Test
    void message_listsEveryViolation_oneALine() {
        FinsamValidationException e = new FinsamValidationException("charter", List.of(SUM, UNKNOWN));

        assertThat(e).hasMessage("Invalid charter (2 violations)\n"
                + "  /values key.percentage-sum: Percentages must sum to 100, was 99.9\n"
                + "  /municipalKey/values/flen2 key.unknown-member: Unknown member 'flen2' in municipal key");
        assertThat(e.violations()).containsExactly(SUM, UNKNOWN);
        assertThat(e.result().violations()).containsExactly(SUM, UNKNOWN);
        assertThat(e).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void message_withOneViolation_isSingular() {
        assertThat(FinsamValidationException.of("percentage key", SUM))
                .hasMessage("Invalid percentage key (1 violation)\n  " + SUM);
    }

    @Test
    void exception_withoutViolations_isRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new FinsamValidationException("x", List.of()))
                .withMessageContaining("at least one violation");
    }

    @Test
    void violations_surviveSerialization() throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(FinsamValidationException.of("percentage key", SUM));
        }
        FinsamValidationException back;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            back = (FinsamValidationException) in.readObject();
        }

        assertThat(back).hasMessageContaining("Percentages must sum to 100, was 99.9");
        assertThat(back.violations()).as("violations after deserialization").containsExactly(SUM);
    }
}
