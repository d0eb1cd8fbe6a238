package se.finsam.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static se.finsam.testing.Samples.sek;

import java.math.BigDecimal;
import java.util.List;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;
import se.finsam.money.RoundingUnit;
import se.finsam.testing.Numbers;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

class EquityPolicyTest {

    @Test
    void percentagesOfEveryScale_areInvalidThresholds_neverAnotherException() {
        for (BigDecimal percent : Numbers.hostileOfBothSigns()) {
            FinsamValidationException e = catchThrowableOfType(FinsamValidationException.class,
                    () -> EquityPolicy.of(List.of(new EquityPolicy.Step(sek("0"), percent))));

            assertThat(e).as("threshold of %s %%", percent).isNotNull();
            assertThat(e.violations()).extracting(Violation::path, Violation::code).as("threshold of %s %%", percent)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("/0/maxPercent", ViolationCodes.EQUITY_THRESHOLDS_INVALID));
            assertThat(e.violations().get(0).message().length()).isLessThan(300);
        }
    }

    @Test
    void sizesOfEveryScale_areComparedOrRefused_neverAnotherException() {
        for (MonetaryAmount size : Numbers.hostileAmounts()) {
            try {
                EquityPolicy policy = EquityPolicy.of(List.of(new EquityPolicy.Step(sek("0"), BigDecimal.TEN),
                        new EquityPolicy.Step(size, BigDecimal.ONE)));
                // 10 % of a size of 1000, or 1 % from a size at or below it.
                MonetaryAmount expected = size.isGreaterThan(sek("1000")) ? sek("100") : sek("10");
                assertThat(policy.check(sek("100"), sek("1000"), RoundingUnit.KRONA).reasonableLevel()).as("from %s", size)
                        .isEqualTo(expected);
            } catch (FinsamValidationException e) {
                assertThat(e.violations()).allSatisfy(v -> assertThat(v.message().length()).isLessThan(300));
            }
        }
    }

    @Test
    void percentage_hasAtMostTenDecimals() {
        assertThat(EquityPolicy.of(List.of(new EquityPolicy.Step(sek("0"), new BigDecimal("12.5000000001")))).steps())
                .hasSize(1);
        FinsamValidationException e = catchThrowableOfType(FinsamValidationException.class,
                () -> EquityPolicy.of(List.of(new EquityPolicy.Step(sek("0"), new BigDecimal("12.50000000001")))));
        assertThat(e.violations()).singleElement().satisfies(v -> assertThat(v.message()).contains("12.50000000001",
                "10 decimals"));
    }

    @Test
    void check_ofASizeOrEquityOfEveryScale_isAViolation_neverAnotherException() {
        EquityPolicy policy = EquityPolicy.of(List.of(new EquityPolicy.Step(sek("0"), BigDecimal.TEN)));
        for (MonetaryAmount amount : Numbers.hostileAmounts()) {
            FinsamValidationException size = catchThrowableOfType(FinsamValidationException.class,
                    () -> policy.check(sek("100"), amount, RoundingUnit.KRONA));
            FinsamValidationException equity = catchThrowableOfType(FinsamValidationException.class,
                    () -> policy.check(amount, sek("1000"), RoundingUnit.KRONA));

            assertThat(size).as("size %s", amount).isNotNull();
            assertThat(equity).as("equity %s", amount).isNotNull();
        }
        assertThat(policy.check(sek("100"), sek("1005"), RoundingUnit.KRONA).reasonableLevel()).isEqualTo(sek("100"));
    }
}
