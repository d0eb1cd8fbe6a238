package se.finsam.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static se.finsam.testing.Samples.sek;

import java.math.BigDecimal;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import se.finsam.association.AssociationId;
import se.finsam.testing.Numbers;
import se.finsam.testing.Raises;
import se.finsam.testing.Samples;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

class AssociationFiguresTest {

    private static final AssociationId X = AssociationId.of("x");

    @Test
    @Raises({ViolationCodes.NATIONAL_POPULATION_NEGATIVE})
    void negativePopulation_isRefused() {
        FinsamValidationException e = catchThrowableOfType(FinsamValidationException.class,
                () -> AssociationFigures.of(X, "X", -1, BigDecimal.ONE));

        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("/population");
            assertThat(v.code()).isEqualTo(ViolationCodes.NATIONAL_POPULATION_NEGATIVE);
            assertThat(v.message()).contains("'x'", "-1");
        });
    }

    @Test
    @Raises({ViolationCodes.NATIONAL_FIGURE_OUT_OF_RANGE, ViolationCodes.NATIONAL_SUPPORT_MEASURE_NEGATIVE})
    void everyBadFigure_isReportedAtOnce() {
        FinsamValidationException e = catchThrowableOfType(FinsamValidationException.class,
                () -> new AssociationFigures(X, " ", AssociationFigures.MAX_POPULATION + 1, new BigDecimal("-0.5"),
                        Optional.of(sek("-1")), false, Optional.of(sek("-2")),
                        Optional.of(sek("-3")), Optional.empty()));

        assertThat(e.violations()).extracting(Violation::path, Violation::code).containsExactly(
                Tuple.tuple("/name", ViolationCodes.ASSOCIATION_NAME_INVALID),
                Tuple.tuple("/population", ViolationCodes.NATIONAL_FIGURE_OUT_OF_RANGE),
                Tuple.tuple("/supportMeasure", ViolationCodes.NATIONAL_SUPPORT_MEASURE_NEGATIVE),
                Tuple.tuple("/previousAllocation", ViolationCodes.AMOUNT_NEGATIVE),
                Tuple.tuple("/supplementaryRequest", ViolationCodes.AMOUNT_NEGATIVE),
                Tuple.tuple("/matchingOffer", ViolationCodes.AMOUNT_NEGATIVE));
    }

    @Test
    @Raises({ViolationCodes.NATIONAL_FIGURE_OUT_OF_RANGE})
    void supportMeasureWithTooManyDecimals_isRefused() {
        FinsamValidationException e = catchThrowableOfType(FinsamValidationException.class,
                () -> AssociationFigures.of(X, "X", 1, new BigDecimal("1.0000001")));

        assertThat(e.violations()).extracting(Violation::code).containsExactly(ViolationCodes.NATIONAL_FIGURE_OUT_OF_RANGE);
        assertThat(AssociationFigures.of(X, "X", 1, new BigDecimal("1.000001000")).supportMeasure())
                .isEqualByComparingTo("1.000001");
    }

    @Test
    void withers_setOneThingEach() {
        AssociationFigures f = AssociationFigures.of(X, "X", 10, BigDecimal.TEN)
                .withPreviousAllocation(sek("100"))
                .withEquityAboveReasonableLevel(true)
                .withSupplementaryRequest(sek("50"))
                .withMatchingOffer(sek("20"))
                .withCharter(Samples.rarSormland().charter());

        assertThat(f.previousAllocation()).contains(sek("100"));
        assertThat(f.equityAboveReasonableLevel()).isTrue();
        assertThat(f.supplementaryRequest()).contains(sek("50"));
        assertThat(f.matchingOffer()).contains(sek("20"));
        assertThat(f.charter()).isPresent();
        assertThat(f.withCharter(null).charter()).isEmpty();
    }

    @Test
    @se.finsam.testing.Raises(se.finsam.validation.ViolationCodes.ASSOCIATION_NAME_INVALID)
    void name_withAControlCharacter_orInvisible_isRefused_quotingTheCharacterEscaped() {
        se.finsam.testing.Violations.assertSingle(() -> AssociationFigures.of(X, "Norr\u001b[2J", 1, BigDecimal.ONE),
                se.finsam.validation.ViolationCodes.ASSOCIATION_NAME_INVALID, "/name", "'x'", "\\u001B");
        se.finsam.testing.Violations.assertSingle(() -> AssociationFigures.of(X, "\ufeff", 1, BigDecimal.ONE),
                se.finsam.validation.ViolationCodes.ASSOCIATION_NAME_INVALID, "/name", "blank");
        assertThat(AssociationFigures.of(X, "😀".repeat(200), 1, BigDecimal.ONE).name()).hasSize(400);
    }

    @Test
    void figuresOfEveryScale_areOutOfRangeOrNegative_neverAnotherException() {
        for (BigDecimal measure : Numbers.hostileOfBothSigns()) {
            FinsamValidationException e = catchThrowableOfType(FinsamValidationException.class,
                    () -> AssociationFigures.of(X, "X", 1, measure));

            assertThat(e).as("figures with försörjningsmått %s", measure).isNotNull();
            assertThat(e.violations()).extracting(Violation::path).containsExactly("/supportMeasure");
            assertThat(e.violations().get(0).message().length()).isLessThan(300);
        }
        for (MonetaryAmount amount : Numbers.hostileAmounts()) {
            Throwable thrown = catchThrowable(() -> new AssociationFigures(X, "X", 1, BigDecimal.ONE, Optional.of(amount),
                    false, Optional.of(amount), Optional.of(amount), Optional.empty()));
            if (thrown != null) {
                assertThat(thrown).as("figures with amounts %s", amount).isInstanceOf(FinsamValidationException.class);
                assertThat(((FinsamValidationException) thrown).violations())
                        .allSatisfy(v -> assertThat(v.message().length()).isLessThan(300));
            }
        }
    }
}
