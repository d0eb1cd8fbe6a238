package se.finsam.socioeconomic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.finsam.testing.Samples.sek;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.finsam.followup.AnonymousParticipants;
import se.finsam.followup.ExitReason;
import se.finsam.followup.FollowUpFigures;
import se.finsam.followup.Gender;
import se.finsam.followup.Occupation;
import se.finsam.followup.Participant;
import se.finsam.followup.ProjectFollowUp;
import se.finsam.followup.ProjectSummary;
import se.finsam.followup.Situation;
import se.finsam.followup.SupportSource;
import se.finsam.member.Member;
import se.finsam.member.MemberId;
import se.finsam.member.MemberKind;
import se.finsam.money.Fraction;
import se.finsam.population.AgeBand;
import se.finsam.validation.FinsamValidationException;

/**
 * The calculation computed by hand (docs/socioeconomic.md): the example of 160 young people, a zero rate, an
 * effect of one year, a project of two years, a project that never pays back.
 */
class SocioEconomicCalculationTest {

    /** 1 / 1.035 = 200/207. */
    private static final Fraction D = Fraction.of(200, 207);

    private static long kr(Fraction amount) {
        return amount.toBigDecimal(0, RoundingMode.HALF_UP).longValueExact();
    }

    private static Fraction f(long n) {
        return Fraction.of(n, 1);
    }

    @Test
    void gainPerPersonAndYear_isEachActorsCostAvoided_theIndividualsNetIncome_andSocietysRealCostsAndProduction() {
        CostOfExclusion cost = Example.costOfExclusion();
        assertThat(cost.perPersonAndYear()).isEqualTo(f(437_500));
        assertThat(cost.gain(Optional.of(Actor.MUNICIPALITY))).isEqualTo(
                new PersonYear(f(40_000), f(60_000), f(45_000), Fraction.ZERO));
        assertThat(cost.gain(Optional.of(Actor.REGION)).total()).isEqualTo(f(50_000));
        assertThat(cost.gain(Optional.of(Actor.SOCIAL_INSURANCE_AGENCY)).total()).isEqualTo(f(35_000));
        assertThat(cost.gain(Optional.of(Actor.PUBLIC_EMPLOYMENT_SERVICE)).total()).isEqualTo(f(32_500));
        assertThat(cost.gain(Optional.of(Actor.REST_OF_STATE)).total()).isEqualTo(f(55_000));
        // 240 000 earned, 120 000 paid in taxes, 97 500 of transfers no longer received.
        assertThat(cost.gain(Optional.of(Actor.INDIVIDUAL))).isEqualTo(
                new PersonYear(Fraction.ZERO, f(-97_500), f(-120_000), f(240_000)));
        assertThat(cost.gain(Optional.empty())).isEqualTo(
                new PersonYear(f(100_000), Fraction.ZERO, Fraction.ZERO, f(240_000)));
    }

    @Test
    void investment_isTheStatutorySplitOfTheProjectsCost() {
        HorizonResult one = Example.youngPeople().atHorizon(1);
        assertThat(one.of(Actor.SOCIAL_INSURANCE_AGENCY).investment()).isEqualTo(f(4_500_000));
        assertThat(one.of(Actor.REGION).investment()).isEqualTo(f(2_250_000));
        assertThat(one.of(Actor.MUNICIPALITY).investmentByYear()).containsExactly(f(2_250_000));
        assertThat(one.of(Actor.PUBLIC_EMPLOYMENT_SERVICE).investment()).isEqualTo(Fraction.ZERO);
        assertThat(one.of(Actor.INDIVIDUAL).investment()).isEqualTo(Fraction.ZERO);
        assertThat(one.society().investment()).isEqualTo(f(9_000_000));
        assertThat(one.success().successful()).isEqualTo(f(40));
    }

    @Test
    void oneYear_societyGains40Times340000Discounted_paysBackIn21Months_breaksEvenAt28() {
        HorizonResult one = Example.youngPeople().atHorizon(1);
        ActorResult society = one.society();
        // 40 × 340 000 × 200/207 = 2 720 000 000/207 = 13 140 096,62
        assertThat(society.gains()).singleElement().satisfies(year -> {
            assertThat(year.year()).isEqualTo(1);
            assertThat(year.yearFromStart()).isEqualTo(2);
            assertThat(year.share()).isEqualTo(Fraction.ONE);
            assertThat(year.amount()).isEqualTo(f(13_600_000));
            assertThat(year.discountFactor()).isEqualTo(D);
            assertThat(year.presentValue()).isEqualTo(Fraction.of(2_720_000_000L, 207));
        });
        assertThat(society.netPresentValue()).isEqualTo(Fraction.of(2_720_000_000L - 9_000_000L * 207, 207));
        assertThat(kr(society.netPresentValue())).isEqualTo(4_140_097);
        // 12 × 9 000 000 / 13 140 096,62 = 8,22 → the 9th month of the first year after the project.
        assertThat(society.payback()).isEqualTo(new Payback(Payback.Status.PAID_BACK, 21));
        // 9 000 000 / (340 000 × 200/207) = 27,4 → 28.
        assertThat(society.breakEven()).isEqualTo(new BreakEven(Optional.of(BigInteger.valueOf(28)), false));
        // The municipality: 12 × 2 250 000 / (5 800 000 × 200/207) = 4,82 → 17 months; 2 250 000 / 140 096,6 → 17.
        assertThat(one.of(Actor.MUNICIPALITY).payback().paidBackAfter()).hasValue(17);
        assertThat(one.of(Actor.MUNICIPALITY).breakEven().successful()).hasValue(BigInteger.valueOf(17));
        assertThat(kr(one.of(Actor.MUNICIPALITY).netPresentValue())).isEqualTo(3_353_865);
        // Försäkringskassan pays half and gains 35 000 a person: not within a year; 4 500 000 / 33 816,4 → 134.
        ActorResult fk = one.of(Actor.SOCIAL_INSURANCE_AGENCY);
        assertThat(kr(fk.netPresentValue())).isEqualTo(-3_147_343);
        assertThat(fk.payback()).isEqualTo(new Payback(Payback.Status.NOT_WITHIN_HORIZON, 0));
        assertThat(fk.payback().paidBackAfter()).isEmpty();
        assertThat(fk.breakEven()).isEqualTo(new BreakEven(Optional.of(BigInteger.valueOf(134)), false));
        // Who invests nothing has nothing to pay back and breaks even with nobody.
        ActorResult af = one.of(Actor.PUBLIC_EMPLOYMENT_SERVICE);
        assertThat(af.payback().status()).isEqualTo(Payback.Status.NOT_INVESTING);
        assertThat(af.breakEven().successful()).hasValue(BigInteger.ZERO);
        assertThat(kr(af.netPresentValue())).isEqualTo(1_256_039);
        assertThat(kr(one.of(Actor.INDIVIDUAL).netPresentValue())).isEqualTo(869_565);
    }

    @Test
    void fiveAndTwentyYears_theEffectFallsOff_andForsakringskassanPaysBackInTheFifthYear() {
        SocioEconomicCalculation calculation = Example.youngPeople();
        HorizonResult five = calculation.results().get(1);
        assertThat(five.horizon()).isEqualTo(5);
        ActorResult fk = five.of(Actor.SOCIAL_INSURANCE_AGENCY);
        assertThat(fk.gains()).extracting(YearGain::share).containsExactly(Fraction.ONE, Fraction.of(9, 10),
                Fraction.of(81, 100), Fraction.of(729, 1000), Fraction.of(6561, 10000));
        // Year 5 after the project is the 6th from the start: discounted 5 times.
        assertThat(fk.gains().get(4).discountFactor()).isEqualTo(Fraction.of(200L * 200 * 200 * 200 * 200,
                207L * 207 * 207 * 207 * 207));
        assertThat(fk.gains().get(4).amount()).isEqualTo(f(40 * 35_000).multipliedBy(Fraction.of(6561, 10000)));
        assertThat(kr(fk.gainsPresentValue())).isEqualTo(5_214_463);
        assertThat(fk.gainsTotal()).isEqualTo(f(1_400_000).multipliedBy(Fraction.of(40951, 10000)));
        assertThat(kr(fk.netPresentValue())).isEqualTo(714_463);
        assertThat(fk.payback().paidBackAfter()).hasValue(61);
        assertThat(fk.breakEven().successful()).hasValue(BigInteger.valueOf(35));
        assertThat(five.of(Actor.REGION).payback().paidBackAfter()).hasValue(27);
        assertThat(kr(five.society().netPresentValue())).isEqualTo(41_654_788);
        HorizonResult twenty = calculation.results().get(2);
        assertThat(kr(twenty.society().netPresentValue())).isEqualTo(85_585_453);
        assertThat(twenty.society().breakEven().successful()).hasValue(BigInteger.valueOf(4));
        assertThat(kr(twenty.of(Actor.INDIVIDUAL).netPresentValue())).isEqualTo(6_259_331);
    }

    @Test
    void zeroRate_discountsNothing() {
        SocioEconomicCalculation calculation = Example.with(List.of(sek("9000000")), Success.count(160, 40),
                Example.costOfExclusion(), Effect.fallingOff(Fraction.of(1, 10)), Fraction.ZERO, List.of(1, 3));
        ActorResult one = calculation.atHorizon(1).society();
        assertThat(one.gains().get(0).discountFactor()).isEqualTo(Fraction.ONE);
        assertThat(one.netPresentValue()).isEqualTo(f(13_600_000 - 9_000_000));
        // 12 × 9 000 000 / 13 600 000 = 7,94 → 8 months after the project's year.
        assertThat(one.payback().paidBackAfter()).hasValue(20);
        // 13 600 000 × (1 + 0,9 + 0,81)
        assertThat(calculation.atHorizon(3).society().gainsPresentValue()).isEqualTo(f(36_856_000));
    }

    @Test
    void effectOfOneYear_gainsNothingAfterIt() {
        SocioEconomicCalculation calculation = Example.with(List.of(sek("9000000")), Success.count(160, 40),
                Example.costOfExclusion(), Effect.byYear(List.of(Fraction.ONE)), Fraction.of(7, 200), List.of(1, 5));
        ActorResult five = calculation.atHorizon(5).society();
        assertThat(five.gains()).extracting(YearGain::amount).containsExactly(f(13_600_000), Fraction.ZERO,
                Fraction.ZERO, Fraction.ZERO, Fraction.ZERO);
        assertThat(five.netPresentValue()).isEqualTo(calculation.atHorizon(1).society().netPresentValue());
        assertThat(calculation.effect().share(2)).isEqualTo(Fraction.ZERO);
        assertThat(calculation.effect().shares()).hasValue(List.of(Fraction.ONE));
        assertThat(calculation.effect().fallOff()).isEmpty();
    }

    @Test
    void projectOfTwoYears_discountsItsSecondYear_andTheEffectStartsInTheThird() {
        SocioEconomicCalculation calculation = Example.with(List.of(sek("1000000"), sek("2000000")),
                Success.count(20, 10), CostOfExclusion.of(sek("0"), ExclusionCost.of(Actor.MUNICIPALITY, sek("100000"),
                        sek("0"))), Effect.byYear(List.of(Fraction.ONE)), Fraction.of(7, 200), List.of(1));
        ActorResult municipality = calculation.atHorizon(1).of(Actor.MUNICIPALITY);
        assertThat(municipality.investmentByYear()).containsExactly(f(250_000), f(500_000));
        assertThat(municipality.investment()).isEqualTo(f(250_000).plus(f(500_000).multipliedBy(D)));
        assertThat(municipality.investmentTotal()).isEqualTo(f(750_000));
        YearGain year = municipality.gains().get(0);
        assertThat(year.yearFromStart()).isEqualTo(3);
        assertThat(year.discountFactor()).isEqualTo(D.multipliedBy(D));
        // 1 000 000 × (200/207)² = 933 510,7 ≥ 250 000 + 483 091,8: paid back in the 3rd year, month
        // ceil(12 × 733 091,8 / 933 510,7) = ceil(9,42) = 10 → 24 + 10.
        assertThat(municipality.payback().paidBackAfter()).hasValue(34);
    }

    @Test
    void projectThatNeverPaysBack_saysSo() {
        SocioEconomicCalculation calculation = Example.with(List.of(sek("9000000")), Success.count(160, 1),
                CostOfExclusion.of(sek("0"), ExclusionCost.of(Actor.MUNICIPALITY, sek("1000"), sek("0"))),
                Effect.byYear(List.of(Fraction.ONE)), Fraction.of(7, 200), List.of(20));
        HorizonResult result = calculation.atHorizon(20);
        assertThat(result.society().payback().status()).isEqualTo(Payback.Status.NOT_WITHIN_HORIZON);
        assertThat(result.society().netPresentValue().signum()).isNegative();
        // 9 000 000 / (1 000 × 200/207) = 9 315 → more than the 160 participants.
        assertThat(result.society().breakEven()).isEqualTo(new BreakEven(Optional.of(BigInteger.valueOf(9315)), true));
        // Försäkringskassan gains nothing per success: no number of successes suffices.
        assertThat(result.of(Actor.SOCIAL_INSURANCE_AGENCY).breakEven()).isEqualTo(new BreakEven(Optional.empty(), true));
        assertThat(result.of(Actor.SOCIAL_INSURANCE_AGENCY).payback().status())
                .isEqualTo(Payback.Status.NOT_WITHIN_HORIZON);
    }

    @Test
    void paybackAtTheYearsEnd_isItsTwelfthMonth() {
        // Society gains 9 000 000 × 207/200 in the first year after, worth exactly the 9 000 000 invested.
        SocioEconomicCalculation calculation = Example.with(List.of(sek("9000000")), Success.count(1, 1),
                CostOfExclusion.of(sek("9315000")), Effect.byYear(List.of(Fraction.ONE)), Fraction.of(7, 200),
                List.of(1));
        ActorResult society = calculation.atHorizon(1).society();
        assertThat(society.netPresentValue()).isEqualTo(Fraction.ZERO);
        assertThat(society.payback().paidBackAfter()).hasValue(24);
        assertThat(society.breakEven().successful()).hasValue(BigInteger.ONE);
    }

    @Test
    void sensitivity_variesEachAssumption_atTheLongestHorizon() {
        SocioEconomicCalculation calculation = Example.youngPeople();
        Sensitivity table = calculation.sensitivity();
        assertThat(table.horizon()).isEqualTo(20);
        assertThat(table.rows()).extracting(Sensitivity.Row::parameter).containsExactly(
                Sensitivity.Parameter.SUCCESS, Sensitivity.Parameter.SUCCESS, Sensitivity.Parameter.SUCCESS,
                Sensitivity.Parameter.SUCCESS, Sensitivity.Parameter.SUCCESS,
                Sensitivity.Parameter.COST_OF_EXCLUSION, Sensitivity.Parameter.COST_OF_EXCLUSION,
                Sensitivity.Parameter.COST_OF_EXCLUSION, Sensitivity.Parameter.COST_OF_EXCLUSION,
                Sensitivity.Parameter.COST_OF_EXCLUSION,
                Sensitivity.Parameter.DISCOUNT_RATE, Sensitivity.Parameter.DISCOUNT_RATE,
                Sensitivity.Parameter.DISCOUNT_RATE, Sensitivity.Parameter.DISCOUNT_RATE,
                Sensitivity.Parameter.DISCOUNT_RATE,
                Sensitivity.Parameter.HORIZON, Sensitivity.Parameter.HORIZON, Sensitivity.Parameter.HORIZON,
                Sensitivity.Parameter.HORIZON);
        assertThat(table.rows().subList(0, 5)).extracting(Sensitivity.Row::value).containsExactly(f(20), f(30), f(40),
                f(50), f(60));
        assertThat(table.rows().subList(5, 10)).extracting(Sensitivity.Row::value).containsExactly(f(218_750),
                Fraction.of(656_250, 2), f(437_500), Fraction.of(1_093_750, 2), f(656_250));
        assertThat(table.rows().subList(10, 15)).extracting(Sensitivity.Row::value).containsExactly(
                Fraction.of(7, 400), Fraction.of(21, 800), Fraction.of(7, 200), Fraction.of(35, 800), Fraction.of(21, 400));
        assertThat(table.rows().subList(15, 19)).extracting(Sensitivity.Row::value).containsExactly(f(1), f(5), f(10),
                f(20));
        HorizonResult base = calculation.atHorizon(20);
        for (int i : new int[] {2, 7, 12, 18}) {
            assertThat(table.rows().get(i).result()).isEqualTo(base);
        }
        // Half the cost of exclusion halves every gain: society 94 585 453 / 2 − 9 000 000.
        Fraction halfGains = base.society().gainsPresentValue().multipliedBy(Fraction.of(1, 2));
        assertThat(table.rows().get(5).result().society().netPresentValue()).isEqualTo(halfGains.minus(f(9_000_000)));
        assertThat(table.rows().get(15).result()).isEqualTo(calculation.atHorizon(1));
    }

    @Test
    void sensitivity_neverLetsMoreSucceedThanParticipate() {
        SocioEconomicCalculation calculation = Example.youngPeople().withSuccess(Success.count(160, 120));
        assertThat(calculation.sensitivity().rows().subList(0, 5)).extracting(Sensitivity.Row::value)
                .containsExactly(f(60), f(90), f(120), f(150), f(160));
    }

    @Test
    void successFromARate_mayBeAFractionOfAPerson() {
        Success success = Success.rate(10, Fraction.of(1, 4));
        assertThat(success.successful()).isEqualTo(Fraction.of(5, 2));
        assertThat(success.rate()).isEqualTo(Fraction.of(1, 4));
    }

    @Test
    void successFromAFollowUp_countsEveryoneWhoStarted_andThoseFinishedInWorkOrStudies() {
        LocalDate start = LocalDate.of(2010, 9, 1);
        Member koping = Member.of(MemberId.of("koping"), MemberKind.MUNICIPALITY, "Köping", "1983");
        Situation sick = Situation.of(Occupation.OTHER, SupportSource.SICKNESS_AND_REHABILITATION_BENEFIT);
        Situation working = Situation.of(Occupation.WORK, SupportSource.WORK);
        List<Participant> participants = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            participants.add(Participant.finished(start, start.plusDays(100), ExitReason.COMPLETED, Gender.WOMAN,
                    AgeBand.parse("30-49"), koping.id(), sick, i < 2 ? working : sick));
        }
        participants.add(Participant.ongoing(start, Gender.MAN, AgeBand.parse("30-49"), koping.id(), sick));
        ProjectFollowUp followUp = new ProjectFollowUp("Vägen in", Optional.empty(), start,
                Optional.of(LocalDate.of(2011, 12, 31)), List.of(koping), participants, List.of(), List.of());
        // Six started, two of the five finished are working; the one still in the project counts as not yet.
        assertThat(Success.of(followUp)).isEqualTo(new Success(6, Fraction.of(2, 1), Optional.of("Vägen in")));
        assertThat(Success.count(6, 2).followUp()).isEmpty();
        // The sensitivity table varies the number, keeping the source.
        SocioEconomicCalculation calculation = Example.youngPeople().withSuccess(Success.of(followUp));
        assertThat(calculation.sensitivity().rows().get(4).result().success())
                .isEqualTo(new Success(6, Fraction.of(3, 1), Optional.of("Vägen in")));
    }

    @Test
    void successFromASummary_isTheSuccessOfItsProject_anonymousParticipantsCountingAsStarted() {
        LocalDate start = LocalDate.of(2010, 9, 1);
        Member koping = Member.of(MemberId.of("koping"), MemberKind.MUNICIPALITY, "Köping", "1983");
        Situation sick = Situation.of(Occupation.OTHER, SupportSource.SICKNESS_AND_REHABILITATION_BENEFIT);
        Situation studying = Situation.of(Occupation.STUDIES, SupportSource.STUDIES);
        Participant working = Participant.finished(start, start.plusDays(60), ExitReason.COMPLETED, Gender.MAN,
                AgeBand.parse("16-29"), koping.id(), sick, studying);
        Participant notWorking = Participant.finished(start, start.plusDays(90), ExitReason.DISCONTINUED, Gender.WOMAN,
                AgeBand.parse("16-29"), koping.id(), sick, sick);
        ProjectFollowUp followUp = new ProjectFollowUp("Unga vuxna", Optional.empty(), start, Optional.empty(),
                List.of(koping), List.of(working, notWorking, working), List.of(AnonymousParticipants.of(2010, Gender.WOMAN, 4)),
                List.of());
        // The summary a streaming reader makes: participants tallied one at a time, none held.
        ProjectSummary tallied = new ProjectSummary(followUp.name(), followUp.note(), followUp.period(),
                followUp.municipalities(), List.of(), FollowUpFigures.builder().declare(List.of(koping)).add(notWorking)
                        .add(working).add(working).add(AnonymousParticipants.of(2010, Gender.WOMAN, 4)).build(List.of()));

        // Seven started (three registered, four anonymous); two of the three finished study after.
        assertThat(Success.of(tallied)).isEqualTo(new Success(7, Fraction.of(2, 1), Optional.of("Unga vuxna")))
                .isEqualTo(Success.of(followUp.summary())).isEqualTo(Success.of(followUp));

        ProjectSummary nobody = new ProjectSummary("Nytt projekt", Optional.empty(), followUp.period(), List.of(koping),
                List.of(), FollowUpFigures.builder().declare(List.of(koping)).build(List.of()));
        assertThatThrownBy(() -> Success.of(nobody)).isInstanceOf(FinsamValidationException.class)
                .hasMessageContaining("The number of participants must be from 1 to");
        assertThatThrownBy(() -> Success.of((ProjectSummary) null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("summary");
    }

    @Test
    void horizonOutOfRange_isRefusedByAtHorizon() {
        assertThatThrownBy(() -> Example.youngPeople().atHorizon(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Example.youngPeople().atHorizon(51)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Example.youngPeople().atHorizon(50).society().gains()).hasSize(50);
        assertThatThrownBy(() -> Example.youngPeople().effect().share(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void statutoryShares_sumToOne() {
        Fraction sum = Fraction.ZERO;
        for (Actor actor : Actor.values()) {
            sum = sum.plus(actor.statutoryShare());
        }
        assertThat(sum).isEqualTo(Fraction.ONE);
        assertThat(new BigDecimal("0.5")).isEqualByComparingTo(
                Actor.SOCIAL_INSURANCE_AGENCY.statutoryShare().toBigDecimal(1, RoundingMode.UNNECESSARY));
    }
}
