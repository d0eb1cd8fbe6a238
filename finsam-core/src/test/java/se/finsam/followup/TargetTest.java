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

    @Test
    void shareThresholds_runFrom0To100_inclusive() {
        assertThat(Target.of(TargetMeasure.CLOSER_TO_WORK, new BigDecimal("0"), null).atLeast()).isEqualByComparingTo("0");
        assertThat(Target.of(TargetMeasure.CLOSER_TO_WORK, new BigDecimal("100"), null).atLeast()).isEqualByComparingTo("100");
        Violations.assertSingle(() -> Target.of(TargetMeasure.CLOSER_TO_WORK, new BigDecimal("100.0000000001"), null),
                ViolationCodes.TARGET_INVALID, "/atLeast", "Target for CLOSER_TO_WORK is a percentage from 0 to 100, was 100.0000000001");
        Violations.assertSingle(() -> Target.of(TargetMeasure.CLOSER_TO_WORK, new BigDecimal("-0.0000000001"), null),
                ViolationCodes.TARGET_INVALID, "/atLeast", "from 0 to 100, was -0.0000000001");
        // Ten decimals exactly, and a zero of any scale, are accepted.
        assertThat(Target.of(TargetMeasure.CLOSER_TO_WORK, new BigDecimal("0.0000000001"), null).atLeast().scale()).isEqualTo(10);
        assertThat(Target.of(TargetMeasure.CLOSER_TO_WORK, new BigDecimal("0E-20"), null).atLeast().signum()).isZero();
    }

    @Test
    void countThresholds_areWholeNumbersFrom0ToABillion_inclusive() {
        assertThat(Target.of(TargetMeasure.PARTICIPANTS, new BigDecimal("0"), null).atLeast()).isEqualByComparingTo("0");
        assertThat(Target.of(TargetMeasure.PARTICIPANTS, new BigDecimal("1000000000"), null).atLeast())
                .isEqualByComparingTo("1000000000");
        assertThat(Target.of(TargetMeasure.PARTICIPANTS, new BigDecimal("70.000"), null).atLeast()).isEqualByComparingTo("70");
        Violations.assertSingle(() -> Target.of(TargetMeasure.PARTICIPANTS, new BigDecimal("1000000001"), null),
                ViolationCodes.TARGET_INVALID, "/atLeast", "Target for PARTICIPANTS is a whole number from 0 to 1000000000, was 1000000001");
        Violations.assertSingle(() -> Target.of(TargetMeasure.PARTICIPANTS, new BigDecimal("-1"), null),
                ViolationCodes.TARGET_INVALID, "/atLeast", "was -1");
    }

    @Test
    void timeLimits_runFrom1To600Months_forSharesOnly() {
        assertThat(Target.of(TargetMeasure.COMPLETION_RATE, new BigDecimal("50"), 1).withinMonths()).contains(1);
        assertThat(Target.of(TargetMeasure.COMPLETION_RATE, new BigDecimal("50"), 600).withinMonths()).contains(600);
        Violations.assertSingle(() -> Target.of(TargetMeasure.COMPLETION_RATE, new BigDecimal("50"), 0),
                ViolationCodes.TARGET_INVALID, "/withinMonths", "Time limit must be from 1 to 600 months, was 0");
        Violations.assertSingle(() -> Target.of(TargetMeasure.COMPLETION_RATE, new BigDecimal("50"), 601),
                ViolationCodes.TARGET_INVALID, "/withinMonths", "was 601");
        Violations.assertSingle(() -> Target.of(TargetMeasure.PARTICIPANTS, new BigDecimal("50"), 12),
                ViolationCodes.TARGET_INVALID, "/withinMonths",
                "A time limit applies to the outcome of finished participants, not to PARTICIPANTS");
    }

    @Test
    void note_followsTheTextRules() {
        Violations.assertSingle(() -> new Target(TargetMeasure.PARTICIPANTS, new BigDecimal("70"), java.util.Optional.empty(),
                java.util.Optional.of(" ")), ViolationCodes.TEXT_INVALID, "/note");
    }
}
