package se.finsam.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.finsam.testing.Raises;
import se.finsam.testing.Violations;
import se.finsam.validation.FinsamValidationException;

class KoladaValueTest {

    private static final Optional<BigDecimal> VALUE = Optional.of(new BigDecimal("24.6"));

    @Test
    void valid_keepsEveryPartAsGiven() {
        KoladaValue v = new KoladaValue("N00957", "0484", 2023, KoladaGender.WOMEN, Optional.of(new BigDecimal("24.60")),
                Optional.of("Uppgift saknas"));

        assertThat(v.kpi()).isEqualTo("N00957");
        assertThat(v.municipality()).isEqualTo("0484");
        assertThat(v.year()).isEqualTo(2023);
        assertThat(v.gender()).isEqualTo(KoladaGender.WOMEN);
        assertThat(v.value()).contains(new BigDecimal("24.60"));
        assertThat(v.status()).contains("Uppgift saknas");
    }

    @Test
    void municipality_ofFourOrTwoDigits_isValid() {
        assertThat(new KoladaValue("N00957", "0000", 2023, KoladaGender.TOTAL, VALUE, Optional.empty()).municipality())
                .isEqualTo("0000");
        assertThat(new KoladaValue("N00957", "04", 2023, KoladaGender.TOTAL, VALUE, Optional.empty()).municipality())
                .isEqualTo("04");
    }

    @Test
    @Raises(StatisticsCodes.FIELD_INVALID)
    void invalidParts_areEachReported() {
        FinsamValidationException e = Violations.thrownBy(() -> new KoladaValue(" ", "484", 202, KoladaGender.TOTAL,
                Optional.of(new BigDecimal("1e31")), Optional.of("a\u001bb")));

        assertThat(e.violations()).hasSize(5);
        Violations.assertHas(e, StatisticsCodes.FIELD_INVALID, "/kpi", "Key figure ' ' is blank");
        Violations.assertHas(e, StatisticsCodes.FIELD_INVALID, "/municipality", "'484'", "four digits");
        Violations.assertHas(e, StatisticsCodes.FIELD_INVALID, "/year", "202");
        Violations.assertHas(e, StatisticsCodes.FIELD_INVALID, "/value", "1E+31", "out of range");
        Violations.assertHas(e, StatisticsCodes.FIELD_INVALID, "/status", "a\\u001Bb");
    }

    @Test
    void value_atTheLimits_isValid_andBeyond_isNot() {
        BigDecimal thirtyDigits = new BigDecimal("1e29");
        BigDecimal thirtyDecimals = new BigDecimal("1e-30");
        assertThat(new KoladaValue("N1", "0484", 9999, KoladaGender.TOTAL, Optional.of(thirtyDigits), Optional.empty())
                .value()).contains(thirtyDigits);
        assertThat(new KoladaValue("N1", "0484", 1000, KoladaGender.TOTAL, Optional.of(thirtyDecimals), Optional.empty())
                .value()).contains(thirtyDecimals);
        Violations.assertSingle(() -> new KoladaValue("N1", "0484", 2023, KoladaGender.TOTAL,
                Optional.of(new BigDecimal("1e-31")), Optional.empty()), StatisticsCodes.FIELD_INVALID, "/value", "1E-31");
        Violations.assertSingle(() -> new KoladaValue("N1", "0484", 10000, KoladaGender.TOTAL, VALUE, Optional.empty()),
                StatisticsCodes.FIELD_INVALID, "/year", "10000");
        Violations.assertSingle(() -> new KoladaValue("N1", "04a4", 2023, KoladaGender.TOTAL, VALUE, Optional.empty()),
                StatisticsCodes.FIELD_INVALID, "/municipality", "04a4");
    }

    @Test
    void nulls_areRefused() {
        assertThatNullPointerException().isThrownBy(() -> new KoladaValue(null, "0484", 2023, KoladaGender.TOTAL, VALUE,
                Optional.empty()));
        assertThatNullPointerException().isThrownBy(() -> new KoladaValue("N1", null, 2023, KoladaGender.TOTAL, VALUE,
                Optional.empty()));
        assertThatNullPointerException().isThrownBy(() -> new KoladaValue("N1", "0484", 2023, null, VALUE,
                Optional.empty()));
        assertThatNullPointerException().isThrownBy(() -> new KoladaValue("N1", "0484", 2023, KoladaGender.TOTAL, null,
                Optional.empty()));
        assertThatNullPointerException().isThrownBy(() -> new KoladaValue("N1", "0484", 2023, KoladaGender.TOTAL, VALUE,
                null));
    }
}
