package se.finsam.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class KoladaGenderTest {

    @Test
    void codes_areThoseKoladaWrites() {
        assertThat(KoladaGender.TOTAL.code()).isEqualTo("T");
        assertThat(KoladaGender.WOMEN.code()).isEqualTo("K");
        assertThat(KoladaGender.MEN.code()).isEqualTo("M");
    }

    @Test
    void fromCode_isTheInverseOfCode() {
        for (KoladaGender gender : KoladaGender.values()) {
            assertThat(KoladaGender.fromCode(gender.code())).contains(gender);
        }
    }

    @Test
    void fromCode_refusesOtherCodes() {
        assertThat(KoladaGender.fromCode("F")).isEmpty();
        assertThat(KoladaGender.fromCode("t")).isEmpty();
        assertThat(KoladaGender.fromCode("")).isEmpty();
        assertThat(KoladaGender.fromCode("TOTAL")).isEmpty();
        assertThatNullPointerException().isThrownBy(() -> KoladaGender.fromCode(null));
    }
}
