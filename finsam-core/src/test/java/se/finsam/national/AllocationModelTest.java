package se.finsam.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static se.finsam.testing.Samples.SEK;
import static se.finsam.testing.Samples.sek;

import java.math.BigDecimal;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;
import se.finsam.testing.Raises;

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
}
