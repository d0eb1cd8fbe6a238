package se.finsam.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.finsam.national.NationalViolation.Part;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

class NationalViolationTest {

    private static final Violation PREVIOUS = Violation.of("/previousAllocation",
            ViolationCodes.NATIONAL_PREVIOUS_ALLOCATION_MISSING, "Association 'b' has no previous allocation");

    @Test
    void association_hasAPosition_andTheOtherPartsNone() {
        assertThat(new NationalViolation(Part.ASSOCIATION, 3, PREVIOUS).association()).isEqualTo(3);
        assertThat(new NationalViolation(Part.MODEL, -1, PREVIOUS).association()).isEqualTo(-1);
        assertThatThrownBy(() -> new NationalViolation(Part.ASSOCIATION, -1, PREVIOUS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
        assertThatThrownBy(() -> new NationalViolation(Part.MODEL, 3, PREVIOUS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MODEL");
    }

    @Test
    void path_namesOneFieldOfItsPart_neverWhereThePartIs() {
        assertThat(new NationalViolation(Part.ALLOCATION, -1, Violation.of("", "c", "m")).violation().path()).isEmpty();
        assertThatThrownBy(() -> new NationalViolation(Part.ALLOCATION, -1,
                Violation.of("/associations/3/previousAllocation", "c", "m")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("/associations/3/previousAllocation");
    }

    @Test
    void exception_holdsEveryViolationWithItsPart_andIsAValidationException() {
        NationalViolation located = new NationalViolation(Part.ASSOCIATION, 1, PREVIOUS);

        NationalValidationException e = new NationalValidationException("national allocation", List.of(located));

        assertThat(e).isInstanceOf(FinsamValidationException.class);
        assertThat(e.located()).containsExactly(located);
        assertThat(e.violations()).containsExactly(PREVIOUS);
        assertThat(e.getMessage()).contains("/previousAllocation", "'b'");
    }

    @Test
    void exception_keepsItsLocatedViolations_throughSerialization() throws IOException, ClassNotFoundException {
        NationalViolation located = new NationalViolation(Part.ASSOCIATION, 1, PREVIOUS);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new NationalValidationException("national allocation", List.of(located)));
        }
        NationalValidationException back;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            back = (NationalValidationException) in.readObject();
        }

        assertThat(back.located()).containsExactly(located);
        assertThat(back.violations()).containsExactly(PREVIOUS);
    }
}
