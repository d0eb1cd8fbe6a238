package se.finsam.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static se.finsam.national.StateAllocationTest.figures;
import static se.finsam.testing.Samples.sek;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.finsam.association.AssociationId;
import se.finsam.money.RoundingUnit;
import se.finsam.validation.ViolationCodes;

/** The base-and-weights step on figures at the edges of a long, and the amount's own unit check. */
class StateCalculatorTest {

    @Test
    void supportMeasuresOfTwentyTwoDigits_areWeighedExactly() {
        // Unscaled at 6 decimals the measures are 10^21 and 1: sums beyond a long. a's quota of the 1 000 above the
        // bases is 1 000 × (0.5 × 10^21/(10^21 + 1) + 0.25) = 750 − a trifle, b's 250 + that trifle: 750 and 250.
        AllocationModel model = AllocationModel.of(sek("100"), BigDecimal.valueOf(50), BigDecimal.valueOf(50), null, null);

        StateAllocation allocation = model.allocate(sek("1200"), List.of(figures("a", 100, "1000000000000000"),
                figures("b", 100, "0.000001")), RoundingUnit.KRONA);

        assertThat(allocation.unitsOf(AssociationId.of("a"))).isEqualTo(850);
        assertThat(allocation.unitsOf(AssociationId.of("b"))).isEqualTo(350);
    }

    @Test
    void populationOnly_withEveryForsorjningsmattZero_splitsByPopulation() {
        AllocationModel model = AllocationModel.of(sek("100"), BigDecimal.ZERO, BigDecimal.valueOf(100), null, null);

        StateAllocation allocation = model.allocate(sek("1200"), List.of(figures("a", 300, "0"), figures("b", 100, "0")),
                RoundingUnit.KRONA);

        assertThat(allocation.unitsOf(AssociationId.of("a"))).isEqualTo(850);
        assertThat(allocation.unitsOf(AssociationId.of("b"))).isEqualTo(350);
    }

    @Test
    void unitFinerThanTheCurrency_isRefusedAtTheRoundingUnit() {
        AllocationModel model = AllocationModel.of(sek("100"), BigDecimal.valueOf(50), BigDecimal.valueOf(50), null, null);

        NationalValidationException e = catchThrowableOfType(NationalValidationException.class, () -> model.allocate(
                sek("1200"), List.of(figures("a", 300, "1")), RoundingUnit.of(new BigDecimal("0.001"))));

        assertThat(Located.of(e.located())).containsExactly(
                Located.allocation("/roundingUnit", ViolationCodes.UNIT_FINER_THAN_CURRENCY));
    }
}
