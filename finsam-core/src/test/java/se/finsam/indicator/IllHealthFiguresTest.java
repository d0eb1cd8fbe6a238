package se.finsam.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.finsam.money.Fraction;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.ViolationCodes;
import se.finsam.testing.Raises;

class IllHealthFiguresTest {

    static Map<IllHealthBenefit, Map<BenefitExtent, Long>> days(Map<BenefitExtent, Long> sickness,
            Map<BenefitExtent, Long> rehabilitation, Map<BenefitExtent, Long> compensation) {
        Map<IllHealthBenefit, Map<BenefitExtent, Long>> days = new EnumMap<>(IllHealthBenefit.class);
        days.put(IllHealthBenefit.SICKNESS_BENEFIT, sickness);
        days.put(IllHealthBenefit.REHABILITATION_BENEFIT, rehabilitation);
        days.put(IllHealthBenefit.SICKNESS_AND_ACTIVITY_COMPENSATION, compensation);
        return days;
    }

    @Test
    void netDays_countTwoHalfDaysAsOneDay() {
        IllHealthFigures f = IllHealthFigures.of(1, days(Map.of(BenefitExtent.HALF, 2L), Map.of(), Map.of()));

        assertThat(f.netDays(IllHealthBenefit.SICKNESS_BENEFIT)).isEqualTo(Fraction.ONE);
    }

    @Test
    void rates_ofOneMunicipality_matchTheHandComputation() {
        // 1 000 insured. Sickness benefit: 10 000 full + 4 000 half (2 000) + 400 quarter (100) = 12 100 net days.
        // Rehabilitation benefit: 1 000 full = 1 000. Sickness and activity compensation: 20 000 full + 800
        // three-quarter days (600) = 20 600.
        // Ohälsotal = (12 100 + 1 000 + 20 600) / 1 000 = 33.7; sjukpenningtal = (12 100 + 1 000) / 1 000 = 13.1.
        IllHealthFigures f = IllHealthFigures.of(1000, days(
                Map.of(BenefitExtent.FULL, 10_000L, BenefitExtent.HALF, 4_000L, BenefitExtent.QUARTER, 400L),
                Map.of(BenefitExtent.FULL, 1_000L),
                Map.of(BenefitExtent.FULL, 20_000L, BenefitExtent.THREE_QUARTERS, 800L)));

        assertThat(f.netDays(IllHealthBenefit.SICKNESS_BENEFIT)).isEqualTo(Fraction.of(12_100, 1));
        assertThat(f.netDays(IllHealthRate.ILL_HEALTH_RATE)).isEqualTo(Fraction.of(33_700, 1));
        assertThat(f.rate(IllHealthRate.ILL_HEALTH_RATE)).isEqualTo(Fraction.of(337, 10));
        assertThat(f.rate(IllHealthRate.SICKNESS_BENEFIT_RATE)).isEqualTo(Fraction.of(131, 10));
        assertThat(IllHealthRate.SICKNESS_BENEFIT_RATE.includes())
                .containsExactly(IllHealthBenefit.SICKNESS_BENEFIT, IllHealthBenefit.REHABILITATION_BENEFIT);
    }

    @Test
    void sum_weighsByInsured() {
        // A: 100 insured, 3 000 net days (30 per insured). B: 300 insured, 3 000 net days (10 per insured).
        // Together: 6 000 / 400 = 15, not (30 + 10) / 2 = 20.
        IllHealthFigures a = IllHealthFigures.of(100, days(Map.of(BenefitExtent.FULL, 3_000L), Map.of(), Map.of()));
        IllHealthFigures b = IllHealthFigures.of(300, days(Map.of(), Map.of(), Map.of(BenefitExtent.HALF, 6_000L)));

        assertThat(IllHealthFigures.sum(List.of(a, b)).rate(IllHealthRate.ILL_HEALTH_RATE)).isEqualTo(Fraction.of(15, 1));
    }

    @Test
    @Raises({ViolationCodes.INDICATOR_COMPONENT_MISSING, ViolationCodes.POPULATION_OUT_OF_RANGE, ViolationCodes.VALUE_OUT_OF_RANGE})
    void figures_withNoInsuredNegativeDaysOrAMissingBenefit_reportEveryProblem() {
        Map<IllHealthBenefit, Map<BenefitExtent, Long>> bad = days(Map.of(BenefitExtent.FULL, -1L), Map.of(), Map.of());
        bad.remove(IllHealthBenefit.REHABILITATION_BENEFIT);

        FinsamValidationException e = catchThrowableOfType(FinsamValidationException.class, () -> IllHealthFigures.of(0, bad));

        assertThat(e.violations()).extracting(v -> v.path() + " " + v.code()).containsExactly(
                "/insured " + ViolationCodes.POPULATION_OUT_OF_RANGE,
                "/days/SICKNESS_BENEFIT/FULL " + ViolationCodes.VALUE_OUT_OF_RANGE,
                "/days/REHABILITATION_BENEFIT " + ViolationCodes.INDICATOR_COMPONENT_MISSING);
    }

    @Test
    void figures_atTheEdgesOfTheirRanges_areAccepted() {
        long most = SupportFigures.MAX_POPULATION;
        IllHealthFigures f = IllHealthFigures.of(most, days(Map.of(BenefitExtent.FULL, IllHealthFigures.MAX_DAYS),
                Map.of(BenefitExtent.FULL, 0L), Map.of()));

        assertThat(f.insured()).isEqualTo(most);
        assertThat(f.netDays(IllHealthRate.ILL_HEALTH_RATE)).isEqualTo(Fraction.of(IllHealthFigures.MAX_DAYS, 1));
    }

    @Test
    @Raises({ViolationCodes.POPULATION_OUT_OF_RANGE, ViolationCodes.VALUE_OUT_OF_RANGE})
    void figures_justBeyondTheirRanges_areRejected_sayingWhy() {
        long most = SupportFigures.MAX_POPULATION;
        var tooMany = IllHealthFigures.check(most + 1, days(Map.of(BenefitExtent.FULL, IllHealthFigures.MAX_DAYS + 1),
                Map.of(BenefitExtent.HALF, -1L), Map.of()), true);
        var none = IllHealthFigures.check(0L, null, true);

        assertThat(tooMany.violations()).extracting(v -> v.path() + " " + v.code() + " " + v.message()).containsExactly(
                "/insured " + ViolationCodes.POPULATION_OUT_OF_RANGE + " Number of insured must be from 1 to 1000000000000, was "
                        + (most + 1),
                "/days/SICKNESS_BENEFIT/FULL " + ViolationCodes.VALUE_OUT_OF_RANGE
                        + " Days of SICKNESS_BENEFIT at extent FULL must be from 0 to 1000000000000, was 1000000000001",
                "/days/REHABILITATION_BENEFIT/HALF " + ViolationCodes.VALUE_OUT_OF_RANGE
                        + " Days of REHABILITATION_BENEFIT at extent HALF must be from 0 to 1000000000000, was -1");
        assertThat(none.violations()).singleElement().satisfies(v -> assertThat(v.message())
                .isEqualTo("Number of insured is 0: a rate per insured person needs at least one"));
    }

    @Test
    void figures_withNoDaysMapForABenefit_nameTheBenefitInTheException() {
        Map<IllHealthBenefit, Map<BenefitExtent, Long>> bad = days(Map.of(), Map.of(), Map.of());
        bad.put(IllHealthBenefit.REHABILITATION_BENEFIT, null);

        NullPointerException e = catchThrowableOfType(NullPointerException.class, () -> IllHealthFigures.of(1, bad));

        assertThat(e).hasMessage("days of REHABILITATION_BENEFIT");
    }

    @Test
    @Raises({ViolationCodes.MUNICIPALITY_NONE, ViolationCodes.MUNICIPALITY_DUPLICATE})
    void areaGroup_namesTheAreaInItsMessages_whenItsIdIsKnown() {
        se.finsam.member.MemberId koping = se.finsam.member.MemberId.of("koping");
        se.finsam.member.MemberId vm = se.finsam.member.MemberId.of("vm");

        assertThat(AreaGroup.check(vm, "VM", List.of()).violations()).extracting(v -> v.message())
                .containsExactly("Area 'vm' has no municipalities to aggregate");
        assertThat(AreaGroup.check(null, "VM", List.of()).violations()).extracting(v -> v.message())
                .containsExactly("The area has no municipalities to aggregate");
        assertThat(AreaGroup.check(vm, "VM", List.of(koping, koping)).violations()).extracting(v -> v.message())
                .containsExactly("Municipality 'koping' is listed twice in area 'vm'");
        assertThat(AreaGroup.check(null, "VM", List.of(koping, koping)).violations()).extracting(v -> v.message())
                .containsExactly("Municipality 'koping' is listed twice in the area");
    }
}
