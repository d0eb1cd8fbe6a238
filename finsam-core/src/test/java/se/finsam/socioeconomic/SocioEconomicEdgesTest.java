package se.finsam.socioeconomic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.finsam.testing.Samples.sek;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import se.finsam.money.Fraction;
import se.finsam.money.RoundingUnit;
import se.finsam.project.CostSchedule;
import se.finsam.testing.Samples;
import se.finsam.testing.Violations;
import se.finsam.validation.ViolationCodes;

/** The calculation at the edges of its limits, and the parts' own behaviour: each limit is allowed, one past it is not. */
class SocioEconomicEdgesTest {

    private static SocioEconomicCalculation with(List<MonetaryAmount> costs, List<Integer> horizons) {
        return Example.with(costs, Success.count(160, 40), Example.costOfExclusion(), Effect.fallingOff(Fraction.ZERO),
                Fraction.of(7, 200), horizons);
    }

    @Test
    void everyLimit_isItselfAllowed() {
        assertThat(with(Collections.nCopies(SocioEconomicCalculation.MAX_PROJECT_YEARS, sek("10000000000000")),
                List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 50)).horizons()).hasSize(SocioEconomicCalculation.MAX_HORIZONS);
        assertThat(Effect.byYear(Collections.nCopies(SocioEconomicCalculation.MAX_HORIZON, Fraction.ONE)).share(50))
                .isEqualTo(Fraction.ONE);
        assertThat(Success.count(SocioEconomicCalculation.MAX_PARTICIPANTS, SocioEconomicCalculation.MAX_PARTICIPANTS)
                .rate()).isEqualTo(Fraction.ONE);
        assertThat(Success.count(1, 0).rate()).isEqualTo(Fraction.ZERO);
        Violations.assertSingle(() -> with(List.of(sek("1")), List.of(5, 3)),
                ViolationCodes.SOCIOECONOMIC_HORIZON_OUT_OF_RANGE, "/horizons/1", "3 follows 5");
    }

    @Test
    void aNoteTooLong_andAnAmountInAnotherCurrency_areReported() {
        Violations.assertSingle(() -> new SocioEconomicCalculation("Kalkyl", Optional.of("x".repeat(2001)), Samples.SEK,
                List.of(sek("1")), Success.count(1, 1), Example.costOfExclusion(), Effect.fallingOff(Fraction.ZERO),
                Fraction.ZERO, List.of(1)), ViolationCodes.TEXT_INVALID, "/note");
        MonetaryAmount euros = Money.of(1, Monetary.getCurrency("EUR"));
        Violations.assertSingle(() -> Example.with(List.of(sek("1")), Success.count(1, 1), CostOfExclusion.of(euros),
                Effect.fallingOff(Fraction.ZERO), Fraction.ZERO, List.of(1)), ViolationCodes.AMOUNT_CURRENCY_MISMATCH,
                "/costOfExclusion/lostProduction", "EUR");
        Violations.assertSingle(() -> new ExclusionCost(Actor.REGION, sek("0"), sek("0"), sek("-1")),
                ViolationCodes.AMOUNT_NEGATIVE, "/lostTaxes", "-1");
    }

    @Test
    void aRateOutOfRange_andNoParticipants_areReportedTogether() {
        assertThat(Violations.thrownBy(() -> Success.rate(0, Fraction.of(2, 1))).violations())
                .extracting(se.finsam.validation.Violation::path).containsExactly("/successRate", "/participants");
    }

    @Test
    void costsOf_aSchedule_areItsYearsInOrder() {
        CostSchedule schedule = CostSchedule.compute(Samples.project("p", "Projekt", "2007-07-01", "2009-06-30", "2400000")
                .build(), RoundingUnit.KRONA);
        assertThat(SocioEconomicCalculation.costsOf(schedule)).containsExactly(sek("600000"), sek("1200000"), sek("600000"));
    }

    @Test
    void effect_isAValue() {
        Effect lasting = Effect.byYear(List.of(Fraction.ONE, Fraction.of(1, 2)));
        assertThat(lasting).isEqualTo(Effect.byYear(List.of(Fraction.ONE, Fraction.of(1, 2))))
                .hasSameHashCodeAs(Effect.byYear(List.of(Fraction.ONE, Fraction.of(1, 2))))
                .isNotEqualTo(Effect.byYear(List.of(Fraction.ONE))).isNotEqualTo(Effect.fallingOff(Fraction.ZERO))
                .isNotEqualTo("Effect");
        assertThat(lasting.share(1)).isEqualTo(Fraction.ONE);
        assertThat(lasting.share(2)).isEqualTo(Fraction.of(1, 2));
        assertThat(lasting.share(3)).isEqualTo(Fraction.ZERO);
        assertThat(lasting.toString()).isEqualTo("Effect[1, 1/2]");
        Effect falling = Effect.fallingOff(Fraction.of(1, 10));
        assertThat(falling.fallOff()).hasValue(Fraction.of(1, 10));
        assertThat(falling.shares()).isEmpty();
        assertThat(falling.toString()).isEqualTo("Effect[fallOff=1/10]");
        assertThat(falling).isEqualTo(Effect.fallingOff(Fraction.of(1, 10))).isNotEqualTo(Effect.fallingOff(Fraction.ONE));
    }

    @Test
    void results_knowWhoTheyAreOf() {
        HorizonResult result = Example.youngPeople().atHorizon(1);
        assertThat(result.of(Actor.REGION).isSociety()).isFalse();
        assertThat(result.society().isSociety()).isTrue();
        List<ActorResult> swapped = new ArrayList<>(result.actors());
        Collections.swap(swapped, 0, 1);
        assertThatThrownBy(() -> new HorizonResult(1, result.success(), result.discountRate(), swapped, result.society()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MUNICIPALITY");
        assertThatThrownBy(() -> new HorizonResult(1, result.success(), result.discountRate(), result.actors(),
                result.of(Actor.REGION))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Payback(Payback.Status.NOT_INVESTING, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BreakEven(Optional.empty(), false)).isInstanceOf(IllegalArgumentException.class);
    }
}
