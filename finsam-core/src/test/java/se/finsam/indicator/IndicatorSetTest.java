package se.finsam.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static se.finsam.indicator.SupportMeasureTest.payments;
import static se.finsam.testing.Samples.SEK;
import static se.finsam.testing.Samples.id;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.finsam.population.AgeBand;
import se.finsam.member.Member;
import se.finsam.member.MemberId;
import se.finsam.member.MemberKind;
import se.finsam.money.Fraction;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.ViolationCodes;
import se.finsam.testing.Raises;

class IndicatorSetTest {

    static final ReportingPeriod Q2_2010 = ReportingPeriod.of(LocalDate.of(2010, 4, 1), LocalDate.of(2010, 6, 30));
    static final ReportingPeriod Q2_2011 = ReportingPeriod.of(LocalDate.of(2011, 4, 1), LocalDate.of(2011, 6, 30));
    static final ReportingPeriod TWELVE_MONTHS = ReportingPeriod.of(LocalDate.of(2010, 7, 1), LocalDate.of(2011, 6, 30));

    static final List<Member> MUNICIPALITIES = List.of(
            Member.of(id("koping"), MemberKind.MUNICIPALITY, "Köping", "1983"),
            Member.of(id("arboga"), MemberKind.MUNICIPALITY, "Arboga", "1984"));
    static final AreaGroup ASSOCIATION = AreaGroup.of(id("vastra-malardalen"), "Västra Mälardalen",
            AreaGroup.Kind.ASSOCIATION, List.of(id("koping"), id("arboga")));

    static IndicatorPeriod<SupportFigures> support(ReportingPeriod period, long koping, String kopingPaid, long arboga,
            String arbogaPaid) {
        Map<se.finsam.member.MemberId, SupportFigures> figures = new LinkedHashMap<>();
        figures.put(id("koping"), SupportFigures.of(koping, payments(kopingPaid, "0", "0", "0")));
        figures.put(id("arboga"), SupportFigures.of(arboga, payments(arbogaPaid, "0", "0", "0")));
        return IndicatorPeriod.of(period, figures);
    }

    static IndicatorPeriod<IllHealthFigures> illHealth(ReportingPeriod period) {
        IllHealthFigures f = IllHealthFigures.of(100, IllHealthFiguresTest.days(Map.of(BenefitExtent.FULL, 2_000L), Map.of(), Map.of()));
        return IndicatorPeriod.of(period, Map.of(id("koping"), f, id("arboga"), f));
    }

    static IndicatorSet set(List<IndicatorPeriod<SupportFigures>> support, List<IndicatorPeriod<IllHealthFigures>> illHealth) {
        return IndicatorSet.of("Västra Mälardalen", "illustrative", SEK, AgeBand.parse("16-64"), MUNICIPALITIES,
                List.of(ASSOCIATION), support, illHealth);
    }

    @Test
    void association_isAggregatedFromItsMunicipalities_andComparedWithThePeriodBefore() {
        // 2010: Köping 2 000 × 91 days, 364 000 kr (2 kr); Arboga 1 000, 91 000 kr (1 kr) → 455 000 / 273 000 = 5/3.
        // 2011: Köping 2 000, 273 000 kr (1.5 kr); Arboga 1 000, 91 000 kr (1 kr) → 364 000 / 273 000 = 4/3.
        // Change of the association: 4/3 - 5/3 = -1/3 kr; relative (-1/3) / (5/3) = -1/5 = -20 %; -91 000 kr.
        IndicatorSet set = set(List.of(support(Q2_2010, 2000, "364000", 1000, "91000"),
                support(Q2_2011, 2000, "273000", 1000, "91000")), List.of(illHealth(TWELVE_MONTHS)));

        assertThat(set.areaIds()).containsExactly(id("koping"), id("arboga"), id("vastra-malardalen"));
        assertThat(set.supportMeasure(0, id("vastra-malardalen")).rate()).isEqualTo(Fraction.of(5, 3));
        assertThat(set.supportMeasure(1, id("vastra-malardalen")).rate()).isEqualTo(Fraction.of(4, 3));
        SupportComparison change = set.supportComparison(1, id("vastra-malardalen"));
        assertThat(change.rateChange()).isEqualTo(Fraction.of(-1, 3));
        assertThat(change.relativeChange()).contains(Fraction.of(-1, 5));
        assertThat(change.paymentChange().getNumber().intValueExact()).isEqualTo(-91_000);
        assertThat(set.illHealthFigures(0, id("vastra-malardalen")).rate(IllHealthRate.ILL_HEALTH_RATE))
                .isEqualTo(Fraction.of(20, 1));
        assertThat(set.areaName(id("vastra-malardalen"))).isEqualTo("Västra Mälardalen");
        assertThat(set.areaName(id("arboga"))).isEqualTo("Arboga");
    }

    @Test
    @Raises({ViolationCodes.INDICATOR_FIGURES_MISSING, ViolationCodes.MUNICIPALITY_UNKNOWN})
    void figuresForAnUnknownMunicipality_andMissingFigures_areReportedWithTheirPaths() {
        Map<se.finsam.member.MemberId, SupportFigures> figures = new LinkedHashMap<>();
        figures.put(id("koping"), SupportFigures.of(10, payments("1", "0", "0", "0")));
        figures.put(id("kungsor"), SupportFigures.of(10, payments("1", "0", "0", "0")));

        FinsamValidationException e = catchThrowableOfType(FinsamValidationException.class,
                () -> set(List.of(IndicatorPeriod.of(Q2_2011, figures)), List.of()));

        assertThat(e.violations()).extracting(v -> v.path() + " " + v.code()).containsExactly(
                "/support/0/figures/kungsor " + ViolationCodes.MUNICIPALITY_UNKNOWN,
                "/support/0/figures " + ViolationCodes.INDICATOR_FIGURES_MISSING);
        assertThat(e.violations().get(1).message()).contains("arboga");
    }

    @Test
    @Raises({ViolationCodes.MUNICIPALITY_DUPLICATE, ViolationCodes.MUNICIPALITY_UNKNOWN})
    void aggregateOfAnUnknownMunicipality_andDuplicateIds_areReported() {
        AreaGroup stray = AreaGroup.of(id("koping"), "Köping again", AreaGroup.Kind.COUNTY, List.of(id("koping"), id("kungsor")));

        FinsamValidationException e = catchThrowableOfType(FinsamValidationException.class, () -> IndicatorSet.of("x", null,
                SEK, AgeBand.parse("16-64"), MUNICIPALITIES, List.of(stray), List.of(), List.of()));

        assertThat(e.violations()).extracting(v -> v.path() + " " + v.code()).containsExactly(
                "/aggregates/0/id " + ViolationCodes.MUNICIPALITY_DUPLICATE,
                "/aggregates/0/municipalities/1 " + ViolationCodes.MUNICIPALITY_UNKNOWN);
    }

    @Test
    @Raises({ViolationCodes.PERIOD_NOT_TWELVE_MONTHS})
    void illHealthPeriodOfOtherThanTwelveMonths_isRejected() {
        FinsamValidationException e = catchThrowableOfType(FinsamValidationException.class,
                () -> set(List.of(), List.of(illHealth(Q2_2011))));

        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("/illHealth/0/end");
            assertThat(v.code()).isEqualTo(ViolationCodes.PERIOD_NOT_TWELVE_MONTHS);
            assertThat(v.message()).contains("91 days");
        });
    }

    @Test
    @Raises({ViolationCodes.MUNICIPALITY_NONE, ViolationCodes.TEXT_INVALID})
    void noMunicipalities_blankName_andEmptyAggregate_areReported() {
        FinsamValidationException empty = catchThrowableOfType(FinsamValidationException.class,
                () -> AreaGroup.of(id("x"), "X", AreaGroup.Kind.COUNTY, List.of()));
        FinsamValidationException none = catchThrowableOfType(FinsamValidationException.class, () -> IndicatorSet.of(" ", null,
                SEK, AgeBand.parse("16-64"), List.of(), List.of(), List.of(), List.of()));

        assertThat(empty.violations()).extracting(v -> v.code()).containsExactly(ViolationCodes.MUNICIPALITY_NONE);
        assertThat(none.violations()).extracting(v -> v.path() + " " + v.code()).containsExactly(
                "/name " + ViolationCodes.TEXT_INVALID, "/municipalities " + ViolationCodes.MUNICIPALITY_NONE);
    }

    @Test
    @Raises(ViolationCodes.CURRENCY_INVALID)
    void aSetInSomethingThatIsNoCurrencyForAmounts_isRejected() {
        FinsamValidationException gold = catchThrowableOfType(FinsamValidationException.class, () -> IndicatorSet.of("V", null,
                javax.money.Monetary.getCurrency("XAU"), AgeBand.parse("16-64"), MUNICIPALITIES, List.of(), List.of(), List.of()));

        assertThat(gold.violations()).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("/currency");
            assertThat(v.code()).isEqualTo(ViolationCodes.CURRENCY_INVALID);
            assertThat(v.message()).contains("'XAU'").contains("metal");
        });
    }

    @Test
    void check_withAMunicipalityOfUnknownId_reportsNoFiguresOrAreaOfAnUnknownMunicipality() {
        Map<MemberId, SupportFigures> figures = new LinkedHashMap<>();
        figures.put(id("kungsor"), null);
        List<IndicatorSet.PartialPeriod<SupportFigures>> support = List.of(
                new IndicatorSet.PartialPeriod<>(Q2_2010, Optional.empty(), figures, true));
        List<IndicatorSet.PartialArea> areas = List.of(new IndicatorSet.PartialArea(id("vm"), List.of(id("koping"), id("kungsor"))));

        var unknownId = IndicatorSet.check("Västra Mälardalen", Optional.empty(), SEK, Arrays.asList(id("koping"), null),
                areas, support, List.of());
        var known = IndicatorSet.check("Västra Mälardalen", Optional.empty(), SEK, List.of(id("koping"), id("arboga")),
                areas, support, List.of());

        assertThat(unknownId.violations()).extracting(v -> v.path() + " " + v.code())
                .containsExactly("/support/0/figures " + ViolationCodes.INDICATOR_FIGURES_MISSING);
        assertThat(unknownId.violations().get(0).message()).contains("koping").doesNotContain("arboga");
        assertThat(known.violations()).extracting(v -> v.path() + " " + v.code()).containsExactlyInAnyOrder(
                "/aggregates/0/municipalities/1 " + ViolationCodes.MUNICIPALITY_UNKNOWN,
                "/support/0/figures/kungsor " + ViolationCodes.MUNICIPALITY_UNKNOWN,
                "/support/0/figures " + ViolationCodes.INDICATOR_FIGURES_MISSING);
    }

    @Test
    void check_ofAnAreaWhoseSumIsTooLarge_reportsItAtTheArea_namingThePeriod() {
        // Each municipality at the most inhabitants a figure may have: their sum, the area's, is one too many.
        long most = SupportFigures.MAX_POPULATION;
        IndicatorPeriod<SupportFigures> full = support(Q2_2010, most, "0", most, "0");
        List<IndicatorSet.PartialPeriod<SupportFigures>> support = List.of(IndicatorSet.PartialPeriod.of(full));
        List<IndicatorSet.PartialArea> areas = List.of(new IndicatorSet.PartialArea(id("vm"), List.of(id("koping"), id("arboga"))));

        var result = IndicatorSet.check("Västra Mälardalen", Optional.empty(), SEK, List.of(id("koping"), id("arboga")),
                areas, support, List.of());

        assertThat(result.violations()).extracting(v -> v.path() + " " + v.code())
                .containsExactly("/aggregates/0 " + ViolationCodes.POPULATION_OUT_OF_RANGE);
        assertThat(result.violations().get(0).message()).startsWith("Aggregated figures of support period 0 (" + Q2_2010 + "): ");
    }

    @Test
    void check_ofAPeriodWhoseNamesAreIncomplete_reportsNoneMissing_andAnUnknownPeriodIsNotTwelveMonthsOrNot() {
        List<IndicatorSet.PartialPeriod<IllHealthFigures>> illHealth = List.of(
                new IndicatorSet.PartialPeriod<>(null, null, Map.of(), false),
                new IndicatorSet.PartialPeriod<>(Q2_2011, Optional.of(" "), null, true));

        var result = IndicatorSet.check(null, null, null, List.of(id("koping")), null, null, illHealth);

        assertThat(result.violations()).extracting(v -> v.path() + " " + v.code()).containsExactly(
                "/illHealth/1/note " + ViolationCodes.TEXT_INVALID, "/illHealth/1/end " + ViolationCodes.PERIOD_NOT_TWELVE_MONTHS);
    }

    @Test
    void partsChecks_skipWhatIsUnknown_andAMisspeltKindHidesThatKindMissing() {
        Map<SupportKind, javax.money.MonetaryAmount> paid = new java.util.EnumMap<>(SupportKind.class);
        paid.put(SupportKind.SICKNESS_AND_REHABILITATION_BENEFIT, null);
        Map<IllHealthBenefit, Map<BenefitExtent, Long>> days = new java.util.EnumMap<>(IllHealthBenefit.class);
        days.put(IllHealthBenefit.SICKNESS_BENEFIT, null);

        assertThat(SupportFigures.check(0L, paid, false, Map.of(), true).violations()).extracting(v -> v.path())
                .containsExactly("/population");
        assertThat(SupportFigures.check(null, paid, true, Map.of(), true).violations()).extracting(v -> v.path())
                .containsExactly("/payments/SICKNESS_AND_ACTIVITY_COMPENSATION", "/payments/UNEMPLOYMENT_BENEFIT",
                        "/payments/FINANCIAL_ASSISTANCE");
        assertThat(IllHealthFigures.check(null, days, false).violations()).isEmpty();
        assertThat(IllHealthFigures.check(null, days, true).violations()).extracting(v -> v.path())
                .containsExactly("/days/REHABILITATION_BENEFIT", "/days/SICKNESS_AND_ACTIVITY_COMPENSATION");
        assertThat(AreaGroup.check(null, " ", Arrays.asList(id("koping"), null, id("koping"))).violations())
                .extracting(v -> v.path() + " " + v.code())
                .containsExactly("/name " + ViolationCodes.TEXT_INVALID, "/municipalities/2 " + ViolationCodes.MUNICIPALITY_DUPLICATE);
    }

    @Test
    void paymentsOfEveryKind_sumToAtMostTheUnitsOfAnAmount_asEachPaymentDoes() {
        // Four kinds of 2 500 000 000 000 kr each: 10^15 öre is fine, one öre more is not.
        SupportFigures.of(1, payments("2500000000000", "2500000000000", "2500000000000", "2500000000000"));
        var e = catchThrowableOfType(se.finsam.validation.FinsamValidationException.class,
                () -> SupportFigures.of(1, payments("2500000000000.01", "2500000000000", "2500000000000", "2500000000000")));

        assertThat(e.violations()).extracting(v -> v.path() + " " + v.code())
                .containsExactly("/payments " + ViolationCodes.AMOUNT_TOO_LARGE);
    }
}
