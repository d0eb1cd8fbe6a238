package se.finsam.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import se.finsam.money.Fraction;
import se.finsam.testing.Violations;
import se.finsam.validation.ViolationCodes;

class ShareTest {

    @Test
    void share_runsFromNoneToAllOfItsBase() {
        assertThat(Share.of(0, 31).value()).contains(Fraction.of(0, 1));
        assertThat(Share.of(31, 31).value()).contains(Fraction.of(1, 1));
        assertThat(Share.of(27, 31).value()).contains(Fraction.of(27, 31));
        assertThat(Share.of(0, 0).value()).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> Share.of(32, 31))
                .withMessage("A share needs 0 <= count <= base, was 32 of 31");
        assertThatIllegalArgumentException().isThrownBy(() -> Share.of(-1, 31))
                .withMessage("A share needs 0 <= count <= base, was -1 of 31");
    }

    @Test
    void anonymousParticipants_haveAYearFrom1900To2200_andACountFrom1ToAMillion() {
        assertThat(AnonymousParticipants.of(1900, Gender.MAN, 1).year()).isEqualTo(1900);
        assertThat(AnonymousParticipants.of(2200, Gender.WOMAN, AnonymousParticipants.MAX_COUNT).count()).isEqualTo(1_000_000);
        Violations.assertSingle(() -> AnonymousParticipants.of(1899, Gender.MAN, 1), ViolationCodes.VALUE_OUT_OF_RANGE, "/year",
                "Year must be from 1900 to 2200, was 1899");
        Violations.assertSingle(() -> AnonymousParticipants.of(2201, Gender.MAN, 1), ViolationCodes.VALUE_OUT_OF_RANGE, "/year",
                "was 2201");
        Violations.assertSingle(() -> AnonymousParticipants.of(2011, Gender.MAN, 0), ViolationCodes.VALUE_OUT_OF_RANGE, "/count",
                "Count of anonymous participants must be from 1 to 1000000, was 0");
        Violations.assertSingle(() -> AnonymousParticipants.of(2011, Gender.MAN, 1_000_001), ViolationCodes.VALUE_OUT_OF_RANGE,
                "/count", "was 1000001");
    }
}
