package se.finsam.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static se.finsam.testing.Samples.SEK;
import static se.finsam.testing.Samples.sek;

import java.math.BigDecimal;
import javax.money.MonetaryAmount;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import se.finsam.testing.Numbers;
import se.finsam.testing.Raises;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

class AllocationModelTest {

    @Test
    void of2016_hasThePublishedParameters() {
        AllocationModel model = AllocationModel.of2016(SEK);

        assertThat(model.base()).isEqualTo(sek("400000"));
        assertThat(model.supportMeasureWeight()).isEqualByComparingTo("75");
        assertThat(model.populationWeight()).isEqualByComparingTo("25");
        assertThat(model.maxDecrease()).hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("10"));
        assertThat(model.maxIncrease()).isEmpty();
    }

    @Test
    @Raises({ViolationCodes.NATIONAL_WEIGHTS_SUM})
    void weightsNotSummingToHundred_areRefused() {
        FinsamValidationException e = catchThrowableOfType(FinsamValidationException.class,
                () -> AllocationModel.of2016(SEK).withWeights(new BigDecimal("70"), new BigDecimal("25")));

        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.path()).isEmpty();
            assertThat(v.code()).isEqualTo(ViolationCodes.NATIONAL_WEIGHTS_SUM);
            assertThat(v.message()).contains("70 % + 25 % = 95 %");
        });
        assertThat(AllocationModel.of2016(SEK).withWeights(new BigDecimal("62.5"), new BigDecimal("37.50"))
                .supportMeasureWeight()).isEqualByComparingTo("62.5");
    }

    @Test
    @Raises({ViolationCodes.NATIONAL_LIMIT_OUT_OF_RANGE, ViolationCodes.NATIONAL_WEIGHT_OUT_OF_RANGE})
    void parametersOutOfRange_areAllReportedAtOnce() {
        FinsamValidationException e = catchThrowableOfType(FinsamValidationException.class, () -> AllocationModel.of(
                sek("-1"), new BigDecimal("120"), new BigDecimal("-20"), new BigDecimal("100.5"), new BigDecimal("0.00000000001")));

        assertThat(e.violations()).extracting(Violation::path, Violation::code).containsExactly(
                Tuple.tuple("/base", ViolationCodes.AMOUNT_NEGATIVE),
                Tuple.tuple("/supportMeasureWeight", ViolationCodes.NATIONAL_WEIGHT_OUT_OF_RANGE),
                Tuple.tuple("/populationWeight", ViolationCodes.NATIONAL_WEIGHT_OUT_OF_RANGE),
                Tuple.tuple("/maxDecrease", ViolationCodes.NATIONAL_LIMIT_OUT_OF_RANGE),
                Tuple.tuple("/maxIncrease", ViolationCodes.NATIONAL_LIMIT_OUT_OF_RANGE));
        assertThat(e.violations().get(1).message()).contains("120");
    }

    @Test
    void withers_changeOneParameter() {
        AllocationModel model = AllocationModel.of2016(SEK).withMaxIncrease(new BigDecimal("20")).withMaxDecrease(null)
                .withBase(sek("300000"));

        assertThat(model).isEqualTo(AllocationModel.of(sek("300000"), BigDecimal.valueOf(75), BigDecimal.valueOf(25), null,
                new BigDecimal("20")));
        assertThat(model).isNotEqualTo(AllocationModel.of2016(SEK));
    }

    @Test
    void parametersOfEveryScale_areOutOfRange_neverAnotherException() {
        // Issue 11: 10e2147483647 as a weight or limit ended in NegativeArraySizeException.
        for (BigDecimal p : Numbers.hostileOfBothSigns()) {
            FinsamValidationException e = catchThrowableOfType(FinsamValidationException.class, () -> AllocationModel.of(
                    sek("400000"), p, new BigDecimal("25"), p, p));

            assertThat(e).as("model with %s", p).isNotNull();
            assertThat(e.violations()).extracting(Violation::path).as("model with %s", p)
                    .containsExactly("/supportMeasureWeight", "/maxDecrease", "/maxIncrease");
            assertThat(e.violations()).allSatisfy(v -> assertThat(v.message().length()).isLessThan(300));
        }
        for (MonetaryAmount base : Numbers.hostileAmounts()) {
            Throwable thrown = catchThrowable(() -> AllocationModel.of(base, new BigDecimal("75"), new BigDecimal("25"),
                    null, null));
            assertThat(thrown).as("model with base %s", base).satisfiesAnyOf(t -> assertThat(t).isNull(),
                    t -> assertThat(t).isInstanceOf(FinsamValidationException.class));
        }
    }
}
