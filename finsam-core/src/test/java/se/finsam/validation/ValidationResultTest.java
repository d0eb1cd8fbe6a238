package se.finsam.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationResultTest {

    private static final Violation SUM = Violation.of("/values", ViolationCodes.KEY_PERCENTAGE_SUM,
            "Percentages must sum to 100, was 99.9");
    private static final Violation UNKNOWN = Violation.of("/values/flen2", ViolationCodes.KEY_UNKNOWN_MEMBER,
            "Unknown member 'flen2' in municipal key");

    @Test
    void valid_hasNoViolations_andThrowsNothing() {
        assertThat(ValidationResult.valid().isValid()).isTrue();
        assertThat(ValidationResult.of(List.of())).isSameAs(ValidationResult.valid());
        ValidationResult.valid().throwIfInvalid("anything");
    }

    @Test
    void throwIfInvalid_makesWhatWasBuilt_onlyToThrow() {
        ValidationResult.valid().throwIfInvalid(() -> {
            throw new AssertionError("a valid result names nothing");
        });

        assertThatThrownBy(() -> ValidationResult.of(List.of(SUM)).throwIfInvalid(() -> "municipal key"))
                .isInstanceOfSatisfying(FinsamValidationException.class, e -> {
                    assertThat(e.violations()).containsExactly(SUM);
                    assertThat(e.getMessage()).isEqualTo(new FinsamValidationException("municipal key", List.of(SUM))
                            .getMessage());
                });
    }

    @Test
    void and_keepsTheOrder_thisFirst() {
        ValidationResult a = ValidationResult.of(List.of(SUM));
        ValidationResult b = ValidationResult.of(List.of(UNKNOWN));

        assertThat(a.and(b).violations()).containsExactly(SUM, UNKNOWN);
        assertThat(b.and(a).violations()).containsExactly(UNKNOWN, SUM);
        assertThat(a.and(ValidationResult.valid())).isSameAs(a);
        assertThat(ValidationResult.valid().and(b)).isSameAs(b);
    }

    @Test
    void under_relocatesEveryPath() {
        ValidationResult relocated = ValidationResult.of(List.of(SUM, UNKNOWN)).under("/municipalKey");

        assertThat(relocated.violations()).extracting(Violation::path)
                .containsExactly("/municipalKey/values", "/municipalKey/values/flen2");
        assertThat(ValidationResult.valid().under("/x").isValid()).isTrue();
    }

    @Test
    void throwIfInvalid_throwsEveryViolationAtOnce() {
        ValidationResult result = ValidationResult.of(List.of(SUM, UNKNOWN));

        assertThatThrownBy(() -> result.throwIfInvalid("charter"))
                .isInstanceOf(FinsamValidationException.class)
                .hasMessage("Invalid charter (2 violations)\n  " + SUM + "\n  " + UNKNOWN)
                .satisfies(e -> assertThat(((FinsamValidationException) e).violations()).containsExactly(SUM, UNKNOWN));
    }

    @Test
    void violations_areCopied() {
        List<Violation> source = new ArrayList<>(List.of(SUM));
        ValidationResult result = ValidationResult.of(source);
        source.add(UNKNOWN);

        assertThat(result.violations()).containsExactly(SUM);
        assertThatThrownBy(() -> result.violations().add(UNKNOWN)).isInstanceOf(UnsupportedOperationException.class);
    }
}
