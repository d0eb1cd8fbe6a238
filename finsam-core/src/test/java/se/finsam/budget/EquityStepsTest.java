package se.finsam.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static se.finsam.testing.Samples.sek;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;
import se.finsam.money.RoundingUnit;
import se.finsam.validation.ValidationResult;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

/**
 * The equity steps (docs/domain.md, Equity) at their edges: the step chosen at a threshold, the rounding down,
 * the rules of the steps.
 */
class EquityStepsTest {

    /** Illustrative steps: 20 % from 0, 15 % from 1 000, 10 % from 2 000. */
    private static final EquityPolicy THREE_STEPS = EquityPolicy.of(List.of(
            new EquityPolicy.Step(sek("0"), new BigDecimal("20")),
            new EquityPolicy.Step(sek("1000"), new BigDecimal("15")),
            new EquityPolicy.Step(sek("2000"), new BigDecimal("10"))));

    private static MonetaryAmount level(String size) {
        return THREE_STEPS.check(sek("0"), sek(size), RoundingUnit.KRONA).reasonableLevel();
    }

    private static List<org.assertj.core.groups.Tuple> pathsAndMessages(ValidationResult r) {
        return r.violations().stream().map(v -> org.assertj.core.groups.Tuple.tuple(v.path(), v.message())).toList();
    }

    @Test
    void theStepThatApplies_isTheLastOneFromAtMostTheSize() {
        assertThat(level("0")).isEqualTo(sek("0"));
        assertThat(level("999")).as("20 %% of 999 = 199.8, rounded down").isEqualTo(sek("199"));
        assertThat(level("1000")).as("15 %% from 1 000 on").isEqualTo(sek("150"));
        assertThat(level("1999")).as("15 %% of 1 999 = 299.85").isEqualTo(sek("299"));
        assertThat(level("2000")).isEqualTo(sek("200"));
        assertThat(level("5000")).isEqualTo(sek("500"));
        assertThat(THREE_STEPS.check(sek("0"), sek("1999"), RoundingUnit.KRONA).step())
                .isEqualTo(THREE_STEPS.steps().get(1));
    }

    @Test
    void excess_isEquityLessTheLevel_overOnlyWhenPositive() {
        EquityCheck over = THREE_STEPS.check(sek("151"), sek("1000"), RoundingUnit.KRONA);
        EquityCheck at = THREE_STEPS.check(sek("150"), sek("1000"), RoundingUnit.KRONA);
        EquityCheck negative = THREE_STEPS.check(sek("-50"), sek("1000"), RoundingUnit.KRONA);

        assertThat(over.excess()).isEqualTo(sek("1"));
        assertThat(over.isOverLevel()).isTrue();
        assertThat(at.excess()).isEqualTo(sek("0"));
        assertThat(at.isOverLevel()).isFalse();
        assertThat(negative.excess()).isEqualTo(sek("-200"));
        assertThat(negative.isOverLevel()).isFalse();
        assertThat(over.equity()).isEqualTo(sek("151"));
        assertThat(over.size()).isEqualTo(sek("1000"));
    }

    @Test
    void level_isCountedInUnitsOfTheRoundingUnit_andRoundedDownToIt() {
        EquityPolicy policy = EquityPolicy.of(List.of(new EquityPolicy.Step(sek("0"), new BigDecimal("12.5"))));

        // 12.5 % of 1 001 units of 1 000 kr is 125.125 units: 125 000 kr.
        EquityCheck check = policy.check(sek("200000"), sek("1001000"), RoundingUnit.THOUSAND);

        assertThat(check.reasonableLevel()).isEqualTo(sek("125000"));
        assertThat(check.excess()).isEqualTo(sek("75000"));
        assertThat(policy.check(sek("0"), sek("1001"), RoundingUnit.KRONA).reasonableLevel()).isEqualTo(sek("125"));
    }

    @Test
    void percentages_fromZeroToAHundred_areValid_andJustOutsideAreNot() {
        assertThat(EquityPolicy.check(List.of(sek("0"), sek("1")), List.of(BigDecimal.ZERO, BigDecimal.valueOf(100))).isValid())
                .isTrue();
        assertThat(EquityPolicy.check(List.of(sek("0")), List.of(new BigDecimal("0E-30"))).isValid()).isTrue();

        ValidationResult r = EquityPolicy.check(List.of(sek("0"), sek("1")),
                List.of(new BigDecimal("-0.1"), new BigDecimal("100.1")));

        assertThat(pathsAndMessages(r)).containsExactly(
                org.assertj.core.groups.Tuple.tuple("/0/maxPercent",
                        "Reasonable equity must be from 0 to 100 percent of the size, was -0.1"),
                org.assertj.core.groups.Tuple.tuple("/1/maxPercent",
                        "Reasonable equity must be from 0 to 100 percent of the size, was 100.1"));
    }

    @Test
    void noSteps_isAViolationAtTheThresholds() {
        ValidationResult r = EquityPolicy.check(List.of(), List.of());

        assertThat(r.violations()).extracting(Violation::path, Violation::code, Violation::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("", ViolationCodes.EQUITY_THRESHOLDS_INVALID,
                        "The equity thresholds need at least one step"));
    }

    @Test
    void sizesAndPercentagesOfDifferentCounts_areAProgrammingError() {
        assertThatIllegalArgumentException().isThrownBy(() -> EquityPolicy.check(List.of(sek("0"), sek("1")),
                List.of(BigDecimal.ONE))).withMessage("Expected as many percentages as sizes, got 2 sizes and 1 percentages");
    }

    @Test
    void sizes_mustRiseStrictly_acrossSizesThatAreUnknown() {
        ValidationResult r = EquityPolicy.check(Arrays.asList(null, sek("100"), null, sek("100"), sek("50"), sek("101")),
                Arrays.asList(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, null));

        // The first size is unknown, so whether it is 0 is not known; 100 follows 100 across the unknown third size.
        assertThat(pathsAndMessages(r)).containsExactly(
                org.assertj.core.groups.Tuple.tuple("/3/fromSize",
                        "Equity steps must have strictly increasing sizes, but 100 follows 100"),
                org.assertj.core.groups.Tuple.tuple("/4/fromSize",
                        "Equity steps must have strictly increasing sizes, but 50 follows 100"));
    }

    @Test
    void firstStep_fromASizeAboveZero_isAViolation() {
        ValidationResult r = EquityPolicy.check(List.of(sek("100")), List.of(BigDecimal.ONE));

        assertThat(pathsAndMessages(r)).containsExactly(
                org.assertj.core.groups.Tuple.tuple("/0/fromSize", "The first equity step must start from size 0, was 100"));
    }

    @Test
    void costLine_check_namesTheCategoryWhenKnown() {
        assertThat(CostLine.check(CostCategory.AUDIT, java.util.Optional.empty(), sek("-1")).violations())
                .extracting(Violation::path, Violation::code, Violation::message).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("/amount", ViolationCodes.AMOUNT_NEGATIVE,
                                "Cost AUDIT must not be negative, was -1"));
        assertThat(CostLine.check(null, java.util.Optional.of(" "), sek("-2")).violations())
                .extracting(Violation::path, Violation::message).satisfiesExactly(
                        amount -> assertThat(amount).isEqualTo(org.assertj.core.groups.Tuple.tuple("/amount",
                                "The cost must not be negative, was -2")),
                        name -> assertThat(name.toList()).first().isEqualTo("/name"));
        assertThat(CostLine.check(null, java.util.Optional.of(" "), null).violations()).singleElement()
                .satisfies(v -> assertThat(v.message()).startsWith("Name of a cost"));
        assertThat(CostLine.check(CostCategory.AUDIT, java.util.Optional.of(" "), sek("0")).violations()).singleElement()
                .satisfies(v -> assertThat(v.message()).startsWith("Name of a AUDIT cost"));
        assertThat(CostLine.check(CostCategory.AUDIT, null, null).isValid()).isTrue();
        assertThat(CostLine.of(CostCategory.AUDIT, sek("0")).name()).isEmpty();
    }
}
