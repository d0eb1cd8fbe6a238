package se.finsam.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import se.finsam.testing.EqualityGroups;
import se.finsam.testing.Raises;
import se.finsam.testing.Violations;
import se.finsam.validation.ViolationCodes;

class MemberIdTest {

    @Test
    void of_acceptsLettersDigitsDashUnderscoreAndDot() {
        assertThat(MemberId.of("eskilstuna").value()).isEqualTo("eskilstuna");
        assertThat(MemberId.of("nyköping-2")).hasToString("nyköping-2");
        assertThat(MemberId.of("0484")).hasToString("0484");
        assertThat(MemberId.of("rar_sormland.v1")).hasToString("rar_sormland.v1");
        assertThat(MemberId.of("x".repeat(64)).value()).hasSize(64);
    }

    @Test
    @Raises(ViolationCodes.MEMBER_ID_INVALID)
    void memberId_thatIsEmptyTooLongOrHasOtherCharacters_isRejected() {
        Violations.assertSingle(() -> MemberId.of(""), ViolationCodes.MEMBER_ID_INVALID, "", "Member id '' is empty");
        Violations.assertSingle(() -> MemberId.of(" flen"), ViolationCodes.MEMBER_ID_INVALID, "", "' flen'",
                "must start with a letter or digit");
        Violations.assertSingle(() -> MemberId.of("-flen"), ViolationCodes.MEMBER_ID_INVALID, "", "'-flen'");
        Violations.assertSingle(() -> MemberId.of("flen kommun"), ViolationCodes.MEMBER_ID_INVALID, "", "'flen kommun'",
                "found ' '");
        Violations.assertSingle(() -> MemberId.of("a/b"), ViolationCodes.MEMBER_ID_INVALID, "", "'a/b'", "found '/'");
        Violations.assertSingle(() -> MemberId.of("x".repeat(65)), ViolationCodes.MEMBER_ID_INVALID, "",
                "'" + "x".repeat(64) + "…'", "longer than 64");
    }

    @Test
    void null_isRejected() {
        assertThatNullPointerException().isThrownBy(() -> MemberId.of(null)).withMessage("value");
    }

    @Test
    void ids_areOrderedAndComparedByExactText() {
        assertThat(MemberId.of("eskilstuna")).isLessThan(MemberId.of("flen"));
        assertThat(MemberId.of("Flen").compareTo(MemberId.of("flen"))).isNotZero();
    }

    @Test
    void equality_isByExactText() {
        EqualityGroups.create()
                .addGroup(MemberId.of("flen"), MemberId.of("flen"), new MemberId("flen"))
                .addGroup(MemberId.of("Flen"))
                .addGroup(MemberId.of("flen2"))
                .test();
    }
}
