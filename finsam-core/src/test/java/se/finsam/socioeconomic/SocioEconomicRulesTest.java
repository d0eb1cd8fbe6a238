package se.finsam.socioeconomic;

import static org.assertj.core.api.Assertions.assertThat;
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
import se.finsam.testing.Raises;
import se.finsam.testing.Samples;
import se.finsam.testing.Violations;
import se.finsam.validation.ValidationResult;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

/** The rules of a socio-economic calculation: each with its code, path and the value quoted. */
class SocioEconomicRulesTest {

    private static SocioEconomicCalculation withCosts(List<MonetaryAmount> costs) {
        return Example.with(costs, Success.count(160, 40), Example.costOfExclusion(), Effect.fallingOff(Fraction.ZERO),
                Fraction.of(7, 200), List.of(1));
    }

    private static SocioEconomicCalculation withHorizons(List<Integer> horizons) {
        return Example.with(List.of(sek("1")), Success.count(160, 40), Example.costOfExclusion(),
                Effect.fallingOff(Fraction.ZERO), Fraction.of(7, 200), horizons);
    }

    private static SocioEconomicCalculation withRate(Fraction rate) {
        return Example.with(List.of(sek("1")), Success.count(160, 40), Example.costOfExclusion(),
                Effect.fallingOff(Fraction.ZERO), rate, List.of(1));
    }

    @Test
    @Raises(ViolationCodes.AMOUNT_NEGATIVE)
    void negativeCosts_areReportedAtTheirField() {
        Violations.assertSingle(() -> ExclusionCost.of(Actor.REGION, sek("-1"), sek("0")), ViolationCodes.AMOUNT_NEGATIVE,
                "/realCosts", "Real costs of REGION", "-1");
        Violations.assertSingle(() -> withCosts(List.of(sek("100"), sek("-5"))), ViolationCodes.AMOUNT_NEGATIVE,
                "/projectCosts/1", "year 2", "-5");
        Violations.assertSingle(() -> CostOfExclusion.of(sek("-240000")), ViolationCodes.AMOUNT_NEGATIVE,
                "/lostProduction", "-240000");
    }

    @Test
    @Raises(ViolationCodes.AMOUNT_TOO_LARGE)
    void costAboveTheLimit_isReported() {
        Violations.assertSingle(() -> ExclusionCost.of(Actor.REGION, sek("0"), sek("10000000000001")),
                ViolationCodes.AMOUNT_TOO_LARGE, "/transfers", "10000000000000", "10000000000001");
    }

    @Test
    @Raises(ViolationCodes.AMOUNT_CURRENCY_MISMATCH)
    void amountInAnotherCurrency_isReported() {
        MonetaryAmount euros = Money.of(100, Monetary.getCurrency("EUR"));
        Violations.assertSingle(() -> withCosts(List.of(euros)), ViolationCodes.AMOUNT_CURRENCY_MISMATCH,
                "/projectCosts/0", "EUR", "SEK");
        Violations.assertSingle(() -> CostOfExclusion.of(sek("1"), ExclusionCost.of(Actor.REGION, sek("1"), sek("0")),
                new ExclusionCost(Actor.MUNICIPALITY, sek("1"), sek("0"), euros.multiply(0))),
                ViolationCodes.AMOUNT_CURRENCY_MISMATCH, "/actors/1/lostTaxes", "EUR");
        CostOfExclusion inEuros = CostOfExclusion.of(euros, ExclusionCost.of(Actor.REGION, euros, euros));
        Violations.assertHas(Violations.thrownBy(() -> Example.with(List.of(sek("1")), Success.count(1, 1), inEuros,
                Effect.fallingOff(Fraction.ZERO), Fraction.ZERO, List.of(1))), ViolationCodes.AMOUNT_CURRENCY_MISMATCH,
                "/costOfExclusion/actors/0/transfers", "EUR");
    }

    @Test
    @Raises(ViolationCodes.SOCIOECONOMIC_SHARE_OUT_OF_RANGE)
    void shareAbove100Percent_isReportedAtItsYear() {
        Violations.assertSingle(() -> Effect.byYear(List.of(Fraction.ONE, Fraction.of(6, 5))),
                ViolationCodes.SOCIOECONOMIC_SHARE_OUT_OF_RANGE, "/shares/1", "year 2", "120 %");
        Violations.assertSingle(() -> Effect.fallingOff(Fraction.of(-1, 10)), ViolationCodes.SOCIOECONOMIC_SHARE_OUT_OF_RANGE,
                "/fallOff", "-10 %");
        Violations.assertSingle(() -> Success.rate(160, Fraction.of(101, 100)), ViolationCodes.SOCIOECONOMIC_SHARE_OUT_OF_RANGE,
                "/successRate", "101 %");
        // A percentage of more than 10 decimals: 1/3 is 33,333… %.
        Violations.assertSingle(() -> Effect.fallingOff(Fraction.of(1, 3)), ViolationCodes.SOCIOECONOMIC_SHARE_OUT_OF_RANGE,
                "/fallOff", "10 decimals", "33.3333333333… %");
    }

    @Test
    @Raises(ViolationCodes.SOCIOECONOMIC_PARTICIPANTS_OUT_OF_RANGE)
    void noParticipants_isReported() {
        Violations.assertSingle(() -> Success.count(0, 0), ViolationCodes.SOCIOECONOMIC_PARTICIPANTS_OUT_OF_RANGE,
                "/participants", "was 0");
        Violations.assertSingle(() -> Success.count(1_000_000_001L, 0),
                ViolationCodes.SOCIOECONOMIC_PARTICIPANTS_OUT_OF_RANGE, "/participants", "1000000001");
    }

    @Test
    @Raises(ViolationCodes.SOCIOECONOMIC_SUCCESS_OUT_OF_RANGE)
    void moreSuccessfulThanParticipants_isReported() {
        Violations.assertSingle(() -> Success.count(160, 161), ViolationCodes.SOCIOECONOMIC_SUCCESS_OUT_OF_RANGE,
                "/successful", "160", "161");
        Violations.assertSingle(() -> Success.count(160, -1), ViolationCodes.SOCIOECONOMIC_SUCCESS_OUT_OF_RANGE,
                "/successful", "-1");
    }

    @Test
    @Raises(ViolationCodes.SOCIOECONOMIC_HORIZON_OUT_OF_RANGE)
    void horizonOfZero_outOfOrder_orTooMany_isReported() {
        Violations.assertSingle(() -> withHorizons(List.of(0)), ViolationCodes.SOCIOECONOMIC_HORIZON_OUT_OF_RANGE,
                "/horizons/0", "was 0");
        Violations.assertSingle(() -> withHorizons(List.of(51)), ViolationCodes.SOCIOECONOMIC_HORIZON_OUT_OF_RANGE,
                "/horizons/0", "50", "51");
        Violations.assertSingle(() -> withHorizons(List.of(5, 5)), ViolationCodes.SOCIOECONOMIC_HORIZON_OUT_OF_RANGE,
                "/horizons/1", "5 follows 5");
        Violations.assertSingle(() -> withHorizons(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)),
                ViolationCodes.SOCIOECONOMIC_HORIZON_OUT_OF_RANGE, "/horizons", "11");
    }

    @Test
    @Raises(ViolationCodes.SOCIOECONOMIC_DISCOUNT_RATE_OUT_OF_RANGE)
    void discountRateOutOfRange_isReported() {
        Violations.assertSingle(() -> withRate(Fraction.of(-1, 100)), ViolationCodes.SOCIOECONOMIC_DISCOUNT_RATE_OUT_OF_RANGE,
                "/discountRate", "-1 %");
        Violations.assertSingle(() -> withRate(Fraction.of(101, 100)), ViolationCodes.SOCIOECONOMIC_DISCOUNT_RATE_OUT_OF_RANGE,
                "/discountRate", "101 %");
        Violations.assertSingle(() -> withRate(Fraction.of(1, 7)), ViolationCodes.SOCIOECONOMIC_DISCOUNT_RATE_OUT_OF_RANGE,
                "/discountRate", "14.2857142857… %");
        assertThat(withRate(Fraction.ONE).discountRate()).isEqualTo(Fraction.ONE);
    }

    @Test
    @Raises(ViolationCodes.SOCIOECONOMIC_TOO_MANY_YEARS)
    void tooManyYears_isReported() {
        Violations.assertSingle(() -> withCosts(Collections.nCopies(21, sek("1"))), ViolationCodes.SOCIOECONOMIC_TOO_MANY_YEARS,
                "/projectCosts", "20", "21");
        Violations.assertSingle(() -> Effect.byYear(Collections.nCopies(51, Fraction.ONE)),
                ViolationCodes.SOCIOECONOMIC_TOO_MANY_YEARS, "/shares", "50", "51");
    }

    @Test
    @Raises(ViolationCodes.VALUE_MISSING)
    void nothingGiven_whereSomethingIsNeeded_isReported() {
        Violations.assertSingle(() -> withCosts(List.of()), ViolationCodes.VALUE_MISSING, "/projectCosts", "first year");
        Violations.assertSingle(() -> withHorizons(List.of()), ViolationCodes.VALUE_MISSING, "/horizons", "horizon");
        Violations.assertSingle(() -> Effect.byYear(List.of()), ViolationCodes.VALUE_MISSING, "/shares", "first year");
    }

    @Test
    @Raises(ViolationCodes.SOCIOECONOMIC_DUPLICATE_ACTOR)
    void actorListedTwice_isReportedAtTheSecond() {
        Violations.assertSingle(() -> CostOfExclusion.of(sek("0"), ExclusionCost.of(Actor.REGION, sek("1"), sek("0")),
                ExclusionCost.of(Actor.MUNICIPALITY, sek("1"), sek("0")), ExclusionCost.of(Actor.REGION, sek("2"), sek("0"))),
                ViolationCodes.SOCIOECONOMIC_DUPLICATE_ACTOR, "/actors/2/actor", "REGION", "/actors/0");
    }

    @Test
    @Raises(ViolationCodes.SOCIOECONOMIC_INDIVIDUAL_PAYS)
    void individualWithTransfersOrTaxes_isReported() {
        Violations.assertSingle(() -> ExclusionCost.of(Actor.INDIVIDUAL, sek("100"), sek("5")),
                ViolationCodes.SOCIOECONOMIC_INDIVIDUAL_PAYS, "/transfers", "was 5");
        Violations.assertSingle(() -> new ExclusionCost(Actor.INDIVIDUAL, sek("100"), sek("0"), sek("7")),
                ViolationCodes.SOCIOECONOMIC_INDIVIDUAL_PAYS, "/lostTaxes", "was 7");
        assertThat(ExclusionCost.of(Actor.INDIVIDUAL, sek("100"), sek("0")).realCosts()).isEqualTo(sek("100"));
    }

    @Test
    @Raises(ViolationCodes.SOCIOECONOMIC_TAXES_EXCEED_PRODUCTION)
    void taxesAboveTheLostProduction_areReported() {
        Violations.assertSingle(() -> CostOfExclusion.of(sek("100000"),
                new ExclusionCost(Actor.MUNICIPALITY, sek("0"), sek("0"), sek("60000")),
                new ExclusionCost(Actor.REST_OF_STATE, sek("0"), sek("0"), sek("40001"))),
                ViolationCodes.SOCIOECONOMIC_TAXES_EXCEED_PRODUCTION, "/lostProduction", "100001.00", "100000");
        assertThat(CostOfExclusion.of(sek("100000"), new ExclusionCost(Actor.MUNICIPALITY, sek("0"), sek("0"),
                sek("100000"))).lostProduction()).isEqualTo(sek("100000"));
    }

    @Test
    void partialChecks_reportEveryFaultAtOnce() {
        List<MonetaryAmount> costs = new ArrayList<>();
        costs.add(sek("-1"));
        costs.add(null);
        List<Integer> horizons = new ArrayList<>();
        horizons.add(0);
        horizons.add(null);
        horizons.add(60);
        ValidationResult result = SocioEconomicCalculation.check(" ", Optional.empty(), Samples.SEK, costs,
                Fraction.of(-1, 1), horizons)
                .and(Success.check(0L, Fraction.of(-1, 1)))
                .and(Effect.checkByYear(List.of(Fraction.of(2, 1))).under("/effect"))
                .and(CostOfExclusion.check(List.of(Actor.REGION, Actor.REGION), List.of(sek("5"), sek("5")), sek("9"))
                        .under("/costOfExclusion"))
                .and(ExclusionCost.check(Actor.INDIVIDUAL, sek("-1"), sek("1"), null).under("/costOfExclusion/actors/0"));
        assertThat(result.violations()).extracting(Violation::path).containsExactly("/name", "/projectCosts/0",
                "/discountRate", "/horizons/0", "/horizons/2", "/participants", "/successful", "/effect/shares/0",
                "/costOfExclusion/actors/1/actor", "/costOfExclusion/lostProduction",
                "/costOfExclusion/actors/0/realCosts", "/costOfExclusion/actors/0/transfers");
        // Unknown parts are passed as null and left alone.
        assertThat(SocioEconomicCalculation.check(null, null, null, List.of(), null, List.of(1)).violations())
                .extracting(Violation::path).containsExactly("/projectCosts");
        assertThat(Success.check(null, Fraction.of(5, 1)).isValid()).isTrue();
        assertThat(CostOfExclusion.check(List.of(Actor.REGION), Collections.singletonList(null), sek("0")).isValid())
                .isTrue();
    }

    @Test
    @Raises(ViolationCodes.SOCIOECONOMIC_DISCOUNT_RATE_OUT_OF_RANGE)
    void percentageWithMoreThanTenDecimals_isQuotedExactly_notCutToAValueThatWouldBeValid() {
        // REPRODUCES: Checks.percent cuts the value to 10 decimals, so "3.50000000001" is reported as "was 3.5 %",
        // a value that is valid: the message neither quotes the value nor shows the fault.
        Violations.assertSingle(() -> withRate(Fraction.of(350_000_000_001L, 10_000_000_000_000L)),
                ViolationCodes.SOCIOECONOMIC_DISCOUNT_RATE_OUT_OF_RANGE, "/discountRate", "was 3.50000000001 %");
        Violations.assertSingle(() -> Success.rate(160, Fraction.of(2_500_000_000_001L, 10_000_000_000_000L)),
                ViolationCodes.SOCIOECONOMIC_SHARE_OUT_OF_RANGE, "/successRate", "was 25.00000000001 %");
        Violations.assertSingle(() -> Effect.fallingOff(Fraction.of(1_000_000_000_001L, 10_000_000_000_000L)),
                ViolationCodes.SOCIOECONOMIC_SHARE_OUT_OF_RANGE, "/fallOff", "was 10.00000000001 %");
    }
}
