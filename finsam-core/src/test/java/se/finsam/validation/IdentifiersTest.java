package se.finsam.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.finsam.association.AssociationId;
import se.finsam.member.MemberId;
import se.finsam.project.ProjectId;
import se.finsam.testing.Raises;
import se.finsam.testing.Violations;

class IdentifiersTest {

    @Test
    void problemOf_saysWhatIsWrong_orNothing() {
        assertThat(Identifiers.problemOf("nyköping-2")).isEmpty();
        assertThat(Identifiers.problemOf("a.b_c-1")).isEmpty();
        assertThat(Identifiers.problemOf("")).contains("is empty");
        assertThat(Identifiers.problemOf("a".repeat(Identifiers.MAX_LENGTH))).isEmpty();
        assertThat(Identifiers.problemOf("a".repeat(Identifiers.MAX_LENGTH + 1))).contains("is longer than 64 characters");
        assertThat(Identifiers.problemOf(" flen")).contains("must start with a letter or digit");
        assertThat(Identifiers.problemOf("a b")).contains("may hold only letters, digits, '-', '_' and '.', found ' '");
        assertThat(Identifiers.problemOf("a\u001b")).contains("may hold only letters, digits, '-', '_' and '.', found '\\u001B'");
    }

    @Test
    @Raises({ViolationCodes.MEMBER_ID_INVALID, ViolationCodes.PROJECT_ID_INVALID, ViolationCodes.ASSOCIATION_ID_INVALID})
    void everyIdType_followsTheOneRule_withItsOwnCodeAndKind() {
        for (String text : List.of("", " flen", "a b", "x".repeat(65))) {
            String problem = Identifiers.problemOf(text).orElseThrow();
            String quoted = Identifiers.shorten(text);
            assertThat(Violations.assertSingle(() -> MemberId.of(text), ViolationCodes.MEMBER_ID_INVALID, "").message())
                    .isEqualTo("Member id '" + quoted + "' " + problem);
            assertThat(Violations.assertSingle(() -> ProjectId.of(text), ViolationCodes.PROJECT_ID_INVALID, "").message())
                    .isEqualTo("Project id '" + quoted + "' " + problem);
            assertThat(Violations.assertSingle(() -> AssociationId.of(text), ViolationCodes.ASSOCIATION_ID_INVALID, "")
                    .message()).isEqualTo("Association id '" + quoted + "' " + problem);
        }
    }

    @Test
    void shorten_cutsLongTextAndEscapesControls() {
        assertThat(Identifiers.shorten("x".repeat(65))).isEqualTo("x".repeat(64) + "…");
        assertThat(Identifiers.shorten("a\u001b")).isEqualTo("a\\u001B");
    }

    @Test
    void nulls_areRefused() {
        assertThatNullPointerException().isThrownBy(() -> ProjectId.of(null)).withMessage("value");
        assertThatNullPointerException().isThrownBy(() -> Identifiers.problemOf(null)).withMessage("value");
    }

    @Test
    void theAsciiFastPath_agreesWithTheRule_atItsEdges() {
        assertThat(Identifiers.problemOf("a\u0080")).contains("may hold only letters, digits, '-', '_' and '.', found '\\u0080'");
        assertThat(Identifiers.problemOf("a b")).contains("may hold only letters, digits, '-', '_' and '.', found ' '");
        assertThat(Identifiers.problemOf("två")).isEmpty();
        assertThat(Identifiers.problemOf("åsa")).isEmpty();
        assertThat(Identifiers.problemOf("a-b_c.9Z")).isEmpty();
        assertThat(Identifiers.shorten("x".repeat(64))).isEqualTo("x".repeat(64));
    }
}
