package se.finsam.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static se.finsam.testing.Samples.sek;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import se.finsam.population.AgeBand;
import se.finsam.money.Fraction;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.ViolationCodes;
import se.finsam.testing.Raises;

class SupportMeasureTest {

    static final AgeBand WORKING_AGE = AgeBand.parse("16-64");
    static final ReportingPeriod Q2_2011 = ReportingPeriod.of(LocalDate.of(2011, 4, 1), LocalDate.of(2011, 6, 30));

    /** Payments of the four kinds, in the order of {@link SupportKind}. */
    static Map<SupportKind, MonetaryAmount> payments(String... amounts) {
        Map<SupportKind, MonetaryAmount> map = new EnumMap<>(SupportKind.class);
        for (int i = 0; i < amounts.length; i++) {
            map.put(SupportKind.values()[i], sek(amounts[i]));
        }
        return map;
    }

    static SupportMeasure measure(ReportingPeriod period, long population, String... amounts) {
        return SupportMeasure.of(period, WORKING_AGE, SupportFigures.of(population, payments(amounts)));
    }

    @Test
    void rate_ofNorbergInQ2of2011_isThePublished52KronorPerInhabitantAndDay() {
        // The Norra Västmanland newsletter (autumn 2011) publishes 52 kr; population and components are
        // illustrative, chosen to give it.
        // Q2 = 30 + 31 + 30 = 91 days; population-days = 3 420 × 91 = 311 220.
        // Paid: 2 540 120 + 6 912 480 + 3 604 730 + 3 126 110 = 16 183 440 kr; 16 183 440 / 311 220 = 52 exactly.
        SupportMeasure norberg = measure(Q2_2011, 3420, "2540120", "6912480", "3604730", "3126110");

        assertThat(Q2_2011.days()).isEqualTo(91);
        assertThat(norberg.populationDays()).isEqualTo(311_220);
        assertThat(norberg.rate()).isEqualTo(Fraction.of(52, 1));
        // Financial assistance: 3 126 110 / 311 220 = 312 611 / 31 122 ≈ 10.0447 → 10.04 shown.
        assertThat(norberg.rate(SupportKind.FINANCIAL_ASSISTANCE)).isEqualTo(Fraction.of(312_611, 31_122));
        assertThat(DisplayRounding.rate(norberg.rate(SupportKind.FINANCIAL_ASSISTANCE))).isEqualByComparingTo("10.04");
        assertThat(norberg.figures().totalPaid()).isEqualByComparingTo("16183440");
    }

    @Test
    void rate_overAPeriodWith29February_countsThatDay() {
        // 2012-01-01..2012-06-30: 31 + 29 + 31 + 30 + 31 + 30 = 182 days (181 in 2011).
        // 1 000 inhabitants, 1 820 000 kr: 1 820 000 / (1 000 × 182) = 10 exactly; without 29 February it would be 10.06.
        ReportingPeriod firstHalfOf2012 = ReportingPeriod.of(LocalDate.of(2012, 1, 1), LocalDate.of(2012, 6, 30));

        SupportMeasure m = measure(firstHalfOf2012, 1000, "1820000", "0", "0", "0");

        assertThat(firstHalfOf2012.days()).isEqualTo(182);
        assertThat(ReportingPeriod.of(LocalDate.of(2011, 1, 1), LocalDate.of(2011, 6, 30)).days()).isEqualTo(181);
        assertThat(m.rate()).isEqualTo(Fraction.of(10, 1));
    }

    @Test
    void rate_ofOneDayPeriod_dividesByOneDay() {
        // A period from a date to the same date is one day: 500 kr / (10 × 1) = 50.
        ReportingPeriod day = ReportingPeriod.of(LocalDate.of(2011, 4, 1), LocalDate.of(2011, 4, 1));

        assertThat(measure(day, 10, "500", "0", "0", "0").rate()).isEqualTo(Fraction.of(50, 1));
    }

    @Test
    void aggregate_weighsByPopulation_notByAveragingRates() {
        // A: 1 000 inhabitants, 91 000 kr over 91 days → 1 kr. B: 3 000 inhabitants, 546 000 kr → 2 kr.
        // Aggregate: (91 000 + 546 000) / ((1 000 + 3 000) × 91) = 637 000 / 364 000 = 7/4 = 1.75,
        // not the average of rates (1 + 2) / 2 = 1.5.
        SupportMeasure a = measure(Q2_2011, 1000, "91000", "0", "0", "0");
        SupportMeasure b = measure(Q2_2011, 3000, "0", "0", "546000", "0");

        SupportMeasure both = SupportMeasure.aggregate(List.of(a, b));

        assertThat(a.rate()).isEqualTo(Fraction.of(1, 1));
        assertThat(b.rate()).isEqualTo(Fraction.of(2, 1));
        assertThat(both.rate()).isEqualTo(Fraction.of(7, 4));
        assertThat(both.figures().population()).isEqualTo(4000);
        assertThat(both.rate(SupportKind.UNEMPLOYMENT_BENEFIT)).isEqualTo(Fraction.of(546_000, 364_000));
    }

    @Test
    void aggregate_keepsFullYearEquivalentsOnlyWhenEveryPartHasThem() {
        Map<SupportKind, BigDecimal> fye = new EnumMap<>(SupportKind.class);
        for (SupportKind k : SupportKind.values()) {
            fye.put(k, new BigDecimal("1.5"));
        }
        SupportMeasure with = SupportMeasure.of(Q2_2011, WORKING_AGE, SupportFigures.of(10, payments("1", "2", "3", "4"), fye));
        SupportMeasure without = measure(Q2_2011, 10, "1", "2", "3", "4");

        assertThat(SupportMeasure.aggregate(List.of(with, with)).figures().totalFullYearEquivalents())
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("12"));
        assertThat(SupportMeasure.aggregate(List.of(with, without)).figures().totalFullYearEquivalents()).isEmpty();
    }

    @Test
    @Raises({ViolationCodes.INDICATOR_AGE_BAND_MISMATCH, ViolationCodes.PERIOD_MISMATCH})
    void aggregate_ofDifferentPeriodsOrAgeBands_isRejected() {
        SupportMeasure q2 = measure(Q2_2011, 10, "1", "2", "3", "4");
        SupportMeasure q3 = measure(ReportingPeriod.of(LocalDate.of(2011, 7, 1), LocalDate.of(2011, 9, 30)), 10, "1", "2", "3", "4");
        SupportMeasure olderBand = SupportMeasure.of(Q2_2011, AgeBand.parse("16-65"), q2.figures());

        FinsamValidationException e = catchThrowableOfType(FinsamValidationException.class,
                () -> SupportMeasure.aggregate(List.of(q2, q3, olderBand)));

        assertThat(e.violations()).extracting(v -> v.path() + " " + v.code())
                .containsExactly("/1 " + ViolationCodes.PERIOD_MISMATCH, "/2 " + ViolationCodes.INDICATOR_AGE_BAND_MISMATCH);
    }

    @Test
    void comparison_ofQ2of2010AndQ2of2011_givesKronorRateAndPercent() {
        // Earlier: 1 000 inhabitants, 182 000 kr over 91 days = 2 kr. Later: 1 100 inhabitants, 150 150 kr = 1.5 kr.
        // Change: -31 850 kr; -1/2 kr per inhabitant and day; relative (-1/2) / 2 = -1/4 = -25.0 %.
        ReportingPeriod q2of2010 = ReportingPeriod.of(LocalDate.of(2010, 4, 1), LocalDate.of(2010, 6, 30));
        SupportMeasure earlier = measure(q2of2010, 1000, "100000", "82000", "0", "0");
        SupportMeasure later = measure(Q2_2011, 1100, "100000", "50150", "0", "0");

        SupportComparison c = later.comparedTo(earlier);

        assertThat(c.paymentChange()).isEqualTo(Money.of(new BigDecimal("-31850"), "SEK"));
        assertThat(c.paymentChange(SupportKind.SICKNESS_AND_REHABILITATION_BENEFIT)).isEqualTo(sek("0"));
        assertThat(c.rateChange()).isEqualTo(Fraction.of(-1, 2));
        assertThat(c.relativeChange()).contains(Fraction.of(-1, 4));
        assertThat(DisplayRounding.percent(c.relativeChange().orElseThrow())).isEqualByComparingTo("-25.0");
        assertThat(c.relativeChange(SupportKind.UNEMPLOYMENT_BENEFIT)).as("earlier rate 0: no relative change").isEmpty();
    }

    @Test
    @Raises({ViolationCodes.INDICATOR_AGE_BAND_MISMATCH})
    void comparison_acrossAgeBands_isRejected() {
        SupportMeasure band64 = measure(Q2_2011, 10, "1", "2", "3", "4");
        SupportMeasure band65 = SupportMeasure.of(Q2_2011, AgeBand.parse("16-65"), band64.figures());

        FinsamValidationException e = catchThrowableOfType(FinsamValidationException.class, () -> band65.comparedTo(band64));

        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(ViolationCodes.INDICATOR_AGE_BAND_MISMATCH);
            assertThat(v.message()).contains("16-65", "16-64");
        });
    }

    @Test
    @Raises({ViolationCodes.POPULATION_OUT_OF_RANGE})
    void figures_withZeroPopulation_areAClearErrorNotADivisionByZero() {
        FinsamValidationException e = catchThrowableOfType(FinsamValidationException.class,
                () -> SupportFigures.of(0, payments("1", "2", "3", "4")));

        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("/population");
            assertThat(v.code()).isEqualTo(ViolationCodes.POPULATION_OUT_OF_RANGE);
            assertThat(v.message()).contains("is 0");
        });
    }

    @Test
    @Raises({ViolationCodes.INDICATOR_COMPONENT_MISSING, ViolationCodes.POPULATION_OUT_OF_RANGE})
    void figures_withNegativeAndMissingPayments_reportEveryProblem() {
        Map<SupportKind, MonetaryAmount> bad = payments("-5", "2", "3.001");
        bad.put(SupportKind.SICKNESS_AND_ACTIVITY_COMPENSATION, Money.of(2, "EUR"));

        FinsamValidationException e = catchThrowableOfType(FinsamValidationException.class, () -> SupportFigures.of(-1, bad));

        assertThat(e.violations()).extracting(v -> v.path() + " " + v.code()).containsExactly(
                "/population " + ViolationCodes.POPULATION_OUT_OF_RANGE,
                "/payments/SICKNESS_AND_REHABILITATION_BENEFIT " + ViolationCodes.AMOUNT_NEGATIVE,
                "/payments/SICKNESS_AND_ACTIVITY_COMPENSATION " + ViolationCodes.AMOUNT_CURRENCY_MISMATCH,
                "/payments/UNEMPLOYMENT_BENEFIT " + ViolationCodes.AMOUNT_NOT_MULTIPLE_OF_UNIT,
                "/payments/FINANCIAL_ASSISTANCE " + ViolationCodes.INDICATOR_COMPONENT_MISSING);
        assertThat(e.violations().get(1).message()).contains("-5");
    }

    @Test
    @Raises({ViolationCodes.INDICATOR_COMPONENT_MISSING, ViolationCodes.VALUE_OUT_OF_RANGE})
    void figures_withPartialFullYearEquivalents_areRejected() {
        FinsamValidationException e = catchThrowableOfType(FinsamValidationException.class, () -> SupportFigures.of(10,
                payments("1", "2", "3", "4"), Map.of(SupportKind.FINANCIAL_ASSISTANCE, new BigDecimal("-1"))));

        assertThat(e.violations()).extracting(v -> v.path() + " " + v.code()).contains(
                "/fullYearEquivalents/FINANCIAL_ASSISTANCE " + ViolationCodes.VALUE_OUT_OF_RANGE,
                "/fullYearEquivalents/UNEMPLOYMENT_BENEFIT " + ViolationCodes.INDICATOR_COMPONENT_MISSING);
    }

    @Test
    @Raises({ViolationCodes.PERIOD_END_BEFORE_START, ViolationCodes.PERIOD_ZERO_DAYS})
    void period_ofZeroDays_andPeriodEndingBeforeItStarts_areDifferentErrors() {
        FinsamValidationException zero = catchThrowableOfType(FinsamValidationException.class,
                () -> ReportingPeriod.of(LocalDate.of(2011, 4, 1), LocalDate.of(2011, 3, 31)));
        FinsamValidationException before = catchThrowableOfType(FinsamValidationException.class,
                () -> ReportingPeriod.of(LocalDate.of(2011, 4, 1), LocalDate.of(2011, 1, 31)));

        assertThat(zero.violations()).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("/end");
            assertThat(v.code()).isEqualTo(ViolationCodes.PERIOD_ZERO_DAYS);
            assertThat(v.message()).contains("zero days", "2011-03-31");
        });
        assertThat(before.violations()).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("/end");
            assertThat(v.code()).isEqualTo(ViolationCodes.PERIOD_END_BEFORE_START);
            assertThat(v.message()).contains("2011-01-31", "2011-04-01");
        });
    }

    @Test
    void period_isTwelveMonths_onlyWhenItEndsTheDayBeforeTheStartsDateAYearLater() {
        assertThat(ReportingPeriod.of(LocalDate.of(2010, 7, 1), LocalDate.of(2011, 6, 30)).isTwelveMonths()).isTrue();
        assertThat(ReportingPeriod.of(LocalDate.of(2011, 3, 1), LocalDate.of(2012, 2, 29)).isTwelveMonths()).isTrue();
        assertThat(ReportingPeriod.of(LocalDate.of(2011, 3, 1), LocalDate.of(2012, 2, 28)).isTwelveMonths()).isFalse();
        assertThat(ReportingPeriod.of(LocalDate.of(2011, 1, 1), LocalDate.of(2011, 12, 31)).isTwelveMonths()).isTrue();
        assertThat(ReportingPeriod.of(LocalDate.MAX.minusDays(5), LocalDate.MAX).isTwelveMonths()).isFalse();
    }

    static Map<SupportKind, BigDecimal> equivalents(String... values) {
        Map<SupportKind, BigDecimal> map = new EnumMap<>(SupportKind.class);
        for (int i = 0; i < values.length; i++) {
            map.put(SupportKind.values()[i], new BigDecimal(values[i]));
        }
        return map;
    }

    @Test
    void figures_acceptFullYearEquivalentsFromZeroToTheLargestPopulation_withSixDecimals() {
        SupportFigures f = SupportFigures.of(10, payments("1", "2", "3", "4"),
                equivalents("0", "1000000000000", "0.000001", "1.5"));

        assertThat(f.fullYearEquivalents(SupportKind.UNEMPLOYMENT_BENEFIT)).contains(new BigDecimal("0.000001"));
        assertThat(f.fullYearEquivalents(SupportKind.SICKNESS_AND_REHABILITATION_BENEFIT)).contains(BigDecimal.ZERO);
        assertThat(f.totalFullYearEquivalents()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1000000000001.500001"));
        assertThat(SupportFigures.of(10, payments("1", "2", "3", "4")).fullYearEquivalents(SupportKind.FINANCIAL_ASSISTANCE)).isEmpty();
    }

    @Test
    @Raises(ViolationCodes.VALUE_OUT_OF_RANGE)
    void figures_rejectFullYearEquivalentsJustBeyondTheirRange() {
        FinsamValidationException e = catchThrowableOfType(FinsamValidationException.class, () -> SupportFigures.of(10,
                payments("1", "2", "3", "4"), equivalents("-0.000001", "1000000000000.000001", "0.0000001", "1")));

        assertThat(e.violations()).extracting(v -> v.path() + " " + v.code()).containsExactly(
                "/fullYearEquivalents/SICKNESS_AND_REHABILITATION_BENEFIT " + ViolationCodes.VALUE_OUT_OF_RANGE,
                "/fullYearEquivalents/SICKNESS_AND_ACTIVITY_COMPENSATION " + ViolationCodes.VALUE_OUT_OF_RANGE,
                "/fullYearEquivalents/UNEMPLOYMENT_BENEFIT " + ViolationCodes.VALUE_OUT_OF_RANGE);
        assertThat(e.violations().get(2).message()).isEqualTo("Full-year equivalents of UNEMPLOYMENT_BENEFIT must be from 0 to "
                + "1000000000000 with at most 6 decimals, was 0.0000001");
    }

    @Test
    void figures_withANullPayment_nameTheKindInTheException() {
        Map<SupportKind, MonetaryAmount> paid = payments("1", "2", "3");
        paid.put(SupportKind.FINANCIAL_ASSISTANCE, null);

        NullPointerException e = catchThrowableOfType(NullPointerException.class, () -> SupportFigures.of(10, paid));

        assertThat(e).hasMessage("value of FINANCIAL_ASSISTANCE");
    }

    @Test
    @Raises(ViolationCodes.AMOUNT_CURRENCY_MISMATCH)
    void sum_ofFiguresInTwoCurrencies_isRejectedAtTheOddPart() {
        SupportFigures kronor = SupportFigures.of(10, payments("1", "2", "3", "4"));
        SupportFigures euro = SupportFigures.of(10, IndicatorSetTest.inEuro("1"));

        FinsamValidationException e = catchThrowableOfType(FinsamValidationException.class,
                () -> SupportFigures.sum(List.of(kronor, kronor, euro)));

        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("/2");
            assertThat(v.code()).isEqualTo(ViolationCodes.AMOUNT_CURRENCY_MISMATCH);
            assertThat(v.message()).isEqualTo("Figures 2 are in EUR, the first in SEK");
        });
        assertThat(SupportFigures.sum(List.of(kronor, kronor)).totalPaid()).isEqualByComparingTo("20");
    }

    @Test
    void relativeChange_ofOneKind_comparesThatKindsRates() {
        // Sickness and rehabilitation benefit: 100 000 kr both years, 1 000 then 1 100 inhabitants: 1 000/1 100 - 1 = -1/11.
        ReportingPeriod q2of2010 = ReportingPeriod.of(LocalDate.of(2010, 4, 1), LocalDate.of(2010, 6, 30));
        SupportComparison c = measure(Q2_2011, 1100, "100000", "50150", "0", "0")
                .comparedTo(measure(q2of2010, 1000, "100000", "82000", "0", "0"));

        assertThat(c.relativeChange(SupportKind.SICKNESS_AND_REHABILITATION_BENEFIT)).contains(Fraction.of(-1, 11));
        assertThat(q2of2010).hasToString("2010-04-01..2010-06-30");
    }

    @Test
    void kinds_haveTheirSwedishNames() {
        assertThat(SupportKind.FINANCIAL_ASSISTANCE.swedishName()).isEqualTo("ekonomiskt bistånd");
        assertThat(IllHealthBenefit.REHABILITATION_BENEFIT.swedishName()).isEqualTo("rehabiliteringspenning");
        assertThat(IllHealthRate.SICKNESS_BENEFIT_RATE.swedishName()).isEqualTo("sjukpenningtal");
        assertThat(IllHealthRate.ILL_HEALTH_RATE.swedishName()).isEqualTo("ohälsotal");
    }
}
