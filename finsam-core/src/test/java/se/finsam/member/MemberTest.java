package se.finsam.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.finsam.testing.EqualityGroups;
import se.finsam.testing.Raises;
import se.finsam.testing.Violations;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.ViolationCodes;

class MemberTest {

    private static final MemberId ESKILSTUNA = MemberId.of("eskilstuna");

    @Test
    void of_keepsIdKindNameAndCode() {
        Member m = Member.of(ESKILSTUNA, MemberKind.MUNICIPALITY, "Eskilstuna", "0484");

        assertThat(m.id()).isEqualTo(ESKILSTUNA);
        assertThat(m.kind()).isEqualTo(MemberKind.MUNICIPALITY);
        assertThat(m.name()).isEqualTo("Eskilstuna");
        assertThat(m.code()).contains("0484");
        assertThat(Member.of(MemberId.of("fk"), MemberKind.SOCIAL_INSURANCE_AGENCY, "Försäkringskassan").code()).isEmpty();
        assertThat(Member.of(MemberId.of("sormland"), MemberKind.REGION, "Region Sörmland", "04").code()).contains("04");
    }

    @Test
    void party_followsTheKind() {
        assertThat(MemberKind.SOCIAL_INSURANCE_AGENCY.party()).isEqualTo(Party.STATE);
        assertThat(MemberKind.PUBLIC_EMPLOYMENT_SERVICE.party()).isEqualTo(Party.STATE);
        assertThat(MemberKind.REGION.party()).isEqualTo(Party.REGIONS);
        assertThat(MemberKind.MUNICIPALITY.party()).isEqualTo(Party.MUNICIPALITIES);
        assertThat(Member.of(ESKILSTUNA, MemberKind.MUNICIPALITY, "Eskilstuna").party()).isEqualTo(Party.MUNICIPALITIES);
    }

    @Test
    void parties_weighTwoToOneToOne() {
        assertThat(Party.STATE.statutoryWeight()).isEqualTo(2);
        assertThat(Party.REGIONS.statutoryWeight()).isEqualTo(1);
        assertThat(Party.MUNICIPALITIES.statutoryWeight()).isEqualTo(1);
    }

    @Test
    void kinds_haveCodeLengthsAndSwedishNames() {
        assertThat(MemberKind.MUNICIPALITY.codeLength()).isEqualTo(4);
        assertThat(MemberKind.REGION.codeLength()).isEqualTo(2);
        assertThat(MemberKind.SOCIAL_INSURANCE_AGENCY.codeLength()).isZero();
        assertThat(MemberKind.PUBLIC_EMPLOYMENT_SERVICE.codeLength()).isZero();
        assertThat(MemberKind.SOCIAL_INSURANCE_AGENCY.swedishName()).isEqualTo("Försäkringskassan");
        assertThat(MemberKind.MUNICIPALITY.swedishName()).isEqualTo("kommun");
    }

    @Test
    @Raises(ViolationCodes.MEMBER_NAME_INVALID)
    void member_withABlankOrTooLongName_isRejected() {
        Violations.assertSingle(() -> Member.of(ESKILSTUNA, MemberKind.MUNICIPALITY, " \t"),
                ViolationCodes.MEMBER_NAME_INVALID, "/name", "'eskilstuna'", "blank");
        Violations.assertSingle(() -> Member.of(ESKILSTUNA, MemberKind.MUNICIPALITY, ""),
                ViolationCodes.MEMBER_NAME_INVALID, "/name", "'eskilstuna'", "blank");
        Violations.assertSingle(() -> Member.of(ESKILSTUNA, MemberKind.MUNICIPALITY, "x".repeat(201)),
                ViolationCodes.MEMBER_NAME_INVALID, "/name", "'eskilstuna'", "longer than 200");
        assertThat(Member.of(ESKILSTUNA, MemberKind.MUNICIPALITY, "x".repeat(200)).name()).hasSize(200);
    }

    @Test
    @Raises(ViolationCodes.MEMBER_CODE_INVALID)
    void member_withACodeThatDoesNotFitItsKind_isRejected() {
        Violations.assertSingle(() -> Member.of(ESKILSTUNA, MemberKind.MUNICIPALITY, "Eskilstuna", "484"),
                ViolationCodes.MEMBER_CODE_INVALID, "/code", "'eskilstuna'", "4 digits", "'484'");
        Violations.assertSingle(() -> Member.of(ESKILSTUNA, MemberKind.MUNICIPALITY, "Eskilstuna", "04a4"),
                ViolationCodes.MEMBER_CODE_INVALID, "/code", "'04a4'");
        Violations.assertSingle(() -> Member.of(ESKILSTUNA, MemberKind.MUNICIPALITY, "Eskilstuna", "０４８４"),
                ViolationCodes.MEMBER_CODE_INVALID, "/code", "'０４８４'");
        Violations.assertSingle(() -> Member.of(MemberId.of("sormland"), MemberKind.REGION, "Sörmland", "0484"),
                ViolationCodes.MEMBER_CODE_INVALID, "/code", "2 digits", "'0484'");
        Violations.assertSingle(() -> Member.of(MemberId.of("fk"), MemberKind.SOCIAL_INSURANCE_AGENCY, "FK", "01"),
                ViolationCodes.MEMBER_CODE_INVALID, "/code", "'fk'", "no code", "'01'");
    }

    @Test
    void member_withBothABlankNameAndABadCode_reportsBoth() {
        FinsamValidationException e = Violations.thrownBy(() -> Member.of(ESKILSTUNA, MemberKind.MUNICIPALITY, " ", "1"));

        assertThat(e.violations()).extracting(v -> v.path() + " " + v.code())
                .containsExactly("/name member.name-invalid", "/code member.code-invalid");
    }

    @Test
    void nulls_areRejectedNamingTheComponent() {
        assertThatNullPointerException().isThrownBy(() -> new Member(null, MemberKind.REGION, "R", Optional.empty()))
                .withMessage("id");
        assertThatNullPointerException().isThrownBy(() -> Member.of(ESKILSTUNA, null, "E")).withMessage("kind");
        assertThatNullPointerException().isThrownBy(() -> Member.of(ESKILSTUNA, MemberKind.REGION, null)).withMessage("name");
        assertThatNullPointerException().isThrownBy(() -> Member.of(ESKILSTUNA, MemberKind.REGION, "E", null))
                .withMessage("code");
    }

    @Test
    void equality_isComponentWise() {
        EqualityGroups.create()
                .addGroup(Member.of(ESKILSTUNA, MemberKind.MUNICIPALITY, "Eskilstuna", "0484"),
                        Member.of(MemberId.of("eskilstuna"), MemberKind.MUNICIPALITY, "Eskilstuna", "0484"),
                        new Member(ESKILSTUNA, MemberKind.MUNICIPALITY, "Eskilstuna", Optional.of("0484")))
                .addGroup(Member.of(ESKILSTUNA, MemberKind.MUNICIPALITY, "Eskilstuna"))
                .addGroup(Member.of(ESKILSTUNA, MemberKind.MUNICIPALITY, "Eskilstuna kommun", "0484"))
                .addGroup(Member.of(MemberId.of("flen"), MemberKind.MUNICIPALITY, "Eskilstuna", "0484"))
                .addGroup(Member.of(ESKILSTUNA, MemberKind.REGION, "Eskilstuna"))
                .test();
    }

    @Test
    @Raises(ViolationCodes.MEMBER_NAME_INVALID)
    void member_whoseNameHoldsAControlCharacterOrIsInvisible_isRejected_quotingTheCharacterEscaped() {
        Violations.assertSingle(() -> Member.of(ESKILSTUNA, MemberKind.MUNICIPALITY, "\u001b[31mEskilstuna"),
                ViolationCodes.MEMBER_NAME_INVALID, "/name", "'eskilstuna'", "\\u001B");
        Violations.assertSingle(() -> Member.of(ESKILSTUNA, MemberKind.MUNICIPALITY, "Eskil\nstuna"),
                ViolationCodes.MEMBER_NAME_INVALID, "/name", "\\u000A");
        Violations.assertSingle(() -> Member.of(ESKILSTUNA, MemberKind.MUNICIPALITY, "\u00a0\u200b\u202f"),
                ViolationCodes.MEMBER_NAME_INVALID, "/name", "blank");
        assertThat(Member.of(ESKILSTUNA, MemberKind.MUNICIPALITY, "😀".repeat(200)).name()).hasSize(400);
    }

    @Test
    void municipalCodes_areFourDigits_fromZeroToNine() {
        assertThat(Member.of(MemberId.of("eskilstuna"), MemberKind.MUNICIPALITY, "Eskilstuna", "0909").code()).contains("0909");
        assertThat(Member.check(MemberId.of("x"), MemberKind.MUNICIPALITY, "X", java.util.Optional.of("048/")).violations())
                .extracting(v -> v.message()).containsExactly("Code of MUNICIPALITY 'x' must be 4 digits, was '048/'");
        assertThat(Member.check(MemberId.of("x"), MemberKind.MUNICIPALITY, "X", java.util.Optional.of("048:")).violations())
                .hasSize(1);
    }
}
