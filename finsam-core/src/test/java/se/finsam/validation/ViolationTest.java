package se.finsam.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import se.finsam.testing.EqualityGroups;

class ViolationTest {

    @Test
    void pointer_escapesTildeAndSlashAsRfc6901Says() {
        assertThat(Violation.pointer("municipalKey", "values", "flen2")).isEqualTo("/municipalKey/values/flen2");
        assertThat(Violation.pointer("members", 3, "kind")).isEqualTo("/members/3/kind");
        assertThat(Violation.pointer("values", "a/b")).isEqualTo("/values/a~1b");
        assertThat(Violation.pointer("values", "a~1")).isEqualTo("/values/a~01");
        assertThat(Violation.pointer()).isEmpty();
    }

    @Test
    void under_placesThePathBelowAPrefix() {
        Violation kind = Violation.of("/kind", ViolationCodes.SOCIAL_INSURANCE_AGENCY_DUPLICATE, "second");

        assertThat(kind.under("/members/3").path()).isEqualTo("/members/3/kind");
        assertThat(kind.under("")).isSameAs(kind);
        assertThat(Violation.of("", ViolationCodes.UNIT_INVALID, "m").under("/roundingUnit").path()).isEqualTo("/roundingUnit");
    }

    @Test
    void toString_isPathCodeAndMessage_withSlashForTheRoot() {
        assertThat(Violation.of("/values", ViolationCodes.KEY_PERCENTAGE_SUM, "Percentages must sum to 100, was 99.9"))
                .hasToString("/values key.percentage-sum: Percentages must sum to 100, was 99.9");
        assertThat(Violation.of("", ViolationCodes.UNIT_INVALID, "bad")).hasToString("/ unit.invalid: bad");
    }

    @Test
    void violation_withARelativePathOrBlankCodeOrMessage_isRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> Violation.of("values", "c", "m"))
                .withMessageContaining("'values'");
        assertThatIllegalArgumentException().isThrownBy(() -> Violation.of("/v", " ", "m"));
        assertThatIllegalArgumentException().isThrownBy(() -> Violation.of("/v", "c", ""));
        assertThatNullPointerException().isThrownBy(() -> Violation.of(null, "c", "m")).withMessage("path");
    }

    @Test
    void equality_isComponentWise() {
        EqualityGroups.create()
                .addGroup(Violation.of("/a", "c", "m"), new Violation("/a", "c", "m"))
                .addGroup(Violation.of("/b", "c", "m"))
                .addGroup(Violation.of("/a", "d", "m"))
                .addGroup(Violation.of("/a", "c", "n"))
                .test();
    }
}
