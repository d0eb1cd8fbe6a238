package se.finsam.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import se.finsam.testing.Numbers;
import se.finsam.testing.Violations;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

class TargetTest {

    @Test
    void thresholdsOfEveryScale_areInvalidTargets_neverAnotherException() {
        // Issue 11: 1E-2147483647 passed as a percentage from 0 to 100 and then asked for 10^2147483647.
        for (BigDecimal atLeast : Numbers.hostileOfBothSigns()) {
            for (TargetMeasure measure : TargetMeasure.values()) {
                Violation v = Violations.assertSingle(() -> Target.of(measure, atLeast, null), ViolationCodes.TARGET_INVALID,
                        "/atLeast");
                assertThat(v.message().length()).as("length of the message for %s", atLeast).isLessThan(300);
            }
        }
    }

    @Test
    void shareThreshold_hasAtMostTenDecimals() {
        assertThat(Target.of(TargetMeasure.COMPLETION_RATE, new BigDecimal("87.1234567891"), null).atLeast())
                .isEqualByComparingTo("87.1234567891");
        assertThat(Target.of(TargetMeasure.COMPLETION_RATE, new BigDecimal("87.100000000000000"), null).atLeast())
                .isEqualByComparingTo("87.1");
        Violations.assertSingle(() -> Target.of(TargetMeasure.COMPLETION_RATE, new BigDecimal("87.12345678912"), null),
                ViolationCodes.TARGET_INVALID, "/atLeast", "87.12345678912", "10 decimals");
    }
}
