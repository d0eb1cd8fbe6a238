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

    @Test
    void everyAreasFiguresInOnePass_areTheFiguresOfEachArea_inTheOrderOfTheAreaIds() {
        // 2010: Köping 2 kr, Arboga 1 kr, the association 5/3 kr (see the first test); ill health: 20 days each.
        IndicatorSet set = set(List.of(support(Q2_2010, 2000, "364000", 1000, "91000")), List.of(illHealth(TWELVE_MONTHS)));

        assertThat(set.areaNames()).containsExactly("Köping", "Arboga", "Västra Mälardalen");
        assertThat(set.supportMeasures(0)).extracting(SupportMeasure::rate)
                .containsExactly(Fraction.of(2, 1), Fraction.of(1, 1), Fraction.of(5, 3));
        assertThat(set.supportMeasures(0)).containsExactly(set.supportMeasure(0, id("koping")),
                set.supportMeasure(0, id("arboga")), set.supportMeasure(0, id("vastra-malardalen")));
        assertThat(set.illHealthFigures(0)).extracting(IllHealthFigures::insured).containsExactly(100L, 100L, 200L);
        assertThat(set.illHealthFigures(0)).extracting(f -> f.rate(IllHealthRate.ILL_HEALTH_RATE))
                .containsExactly(Fraction.of(20, 1), Fraction.of(20, 1), Fraction.of(20, 1));
        assertThat(set.illHealthFigures(0).get(2)).isEqualTo(set.illHealthFigures(0, id("vastra-malardalen")));
    }

    @Test
    void aSetWithMoreAggregatedAreasThanMunicipalities_listsEveryArea() {
        // One municipality, and two areas made of it alone: an association and a county.
        List<Member> koping = List.of(MUNICIPALITIES.get(0));
        List<AreaGroup> areas = List.of(
                AreaGroup.of(id("kopings-forbund"), "Köpings förbund", AreaGroup.Kind.ASSOCIATION, List.of(id("koping"))),
                AreaGroup.of(id("vastmanland"), "Västmanland", AreaGroup.Kind.COUNTY, List.of(id("koping"))));
        IllHealthFigures days = IllHealthFigures.of(100, IllHealthFiguresTest.days(Map.of(BenefitExtent.FULL, 2_000L), Map.of(), Map.of()));
        IndicatorSet set = IndicatorSet.of("Köping", null, SEK, AgeBand.parse("16-64"), koping, areas,
                List.of(IndicatorPeriod.of(Q2_2010, Map.of(id("koping"), SupportFigures.of(1000, payments("91000", "0", "0", "0"))))),
                List.of(IndicatorPeriod.of(TWELVE_MONTHS, Map.of(id("koping"), days))));

        assertThat(set.areaIds()).containsExactly(id("koping"), id("kopings-forbund"), id("vastmanland"));
        assertThat(set.areaNames()).containsExactly("Köping", "Köpings förbund", "Västmanland");
        assertThat(set.supportMeasures(0)).extracting(SupportMeasure::rate)
                .containsExactly(Fraction.ONE, Fraction.ONE, Fraction.ONE);
        assertThat(set.illHealthFigures(0)).containsExactly(days, days, days);
        assertThat(set.note()).isEmpty();
    }

    static Map<SupportKind, javax.money.MonetaryAmount> inEuro(String paid) {
        Map<SupportKind, javax.money.MonetaryAmount> map = new java.util.EnumMap<>(SupportKind.class);
        for (SupportKind kind : SupportKind.values()) {
            map.put(kind, org.javamoney.moneta.Money.of(new java.math.BigDecimal(kind.ordinal() == 0 ? paid : "0"), "EUR"));
        }
        return map;
    }

    @Test
    @Raises(ViolationCodes.AMOUNT_CURRENCY_MISMATCH)
    void check_ofPaymentsInAnotherCurrency_reportsThemOnce_notAgainAsAnAreaThatCannotBeAddedUp() {
        Map<MemberId, SupportFigures> figures = new LinkedHashMap<>();
        figures.put(id("koping"), SupportFigures.of(10, payments("1", "0", "0", "0")));
        figures.put(id("arboga"), SupportFigures.of(10, inEuro("1")));
        List<IndicatorSet.PartialPeriod<SupportFigures>> support = List.of(
                new IndicatorSet.PartialPeriod<>(Q2_2010, Optional.empty(), figures, true));

        var result = IndicatorSet.check("Västra Mälardalen", Optional.empty(), SEK, List.of(id("koping"), id("arboga")),
                List.of(IndicatorSet.PartialArea.of(ASSOCIATION)), support, List.of());

        assertThat(result.violations()).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("/support/0/figures/arboga/payments");
            assertThat(v.code()).isEqualTo(ViolationCodes.AMOUNT_CURRENCY_MISMATCH);
            assertThat(v.message()).isEqualTo("Payments of 'arboga' are in EUR, the set's currency is SEK");
        });
    }

    @Test
    void check_ofAnAreaWhoseSumIsTooLarge_reportsItAlsoWhenTheCurrencyIsUnknown() {
        long most = SupportFigures.MAX_POPULATION;
        List<IndicatorSet.PartialPeriod<SupportFigures>> support = List.of(
                IndicatorSet.PartialPeriod.of(support(Q2_2010, most, "0", most, "0")));

        var result = IndicatorSet.check("Västra Mälardalen", Optional.empty(), null, List.of(id("koping"), id("arboga")),
                List.of(IndicatorSet.PartialArea.of(ASSOCIATION)), support, null);

        assertThat(result.violations()).extracting(v -> v.path() + " " + v.code())
                .containsExactly("/aggregates/0 " + ViolationCodes.POPULATION_OUT_OF_RANGE);
    }

    @Test
    void check_ofAnAreaWhoseInsuredSumIsTooLarge_reportsItAtTheArea_namingTheIllHealthPeriod() {
        long most = SupportFigures.MAX_POPULATION;
        IllHealthFigures full = IllHealthFigures.of(most, IllHealthFiguresTest.days(Map.of(), Map.of(), Map.of()));
        IndicatorPeriod<IllHealthFigures> period = IndicatorPeriod.of(TWELVE_MONTHS, Map.of(id("koping"), full, id("arboga"), full));
        List<IndicatorSet.PartialPeriod<IllHealthFigures>> illHealth = List.of(IndicatorSet.PartialPeriod.of(period),
                new IndicatorSet.PartialPeriod<>(null, Optional.empty(), Map.of(id("koping"), full, id("arboga"), full), true));

        var result = IndicatorSet.check("Västra Mälardalen", Optional.empty(), SEK, List.of(id("koping"), id("arboga")),
                List.of(IndicatorSet.PartialArea.of(ASSOCIATION)), null, illHealth);

        assertThat(result.violations()).extracting(v -> v.path() + " " + v.code()).containsExactly(
                "/aggregates/0 " + ViolationCodes.POPULATION_OUT_OF_RANGE, "/aggregates/0 " + ViolationCodes.POPULATION_OUT_OF_RANGE);
        assertThat(result.violations().get(0).message())
                .startsWith("Aggregated figures of illHealth period 0 (2010-07-01..2011-06-30): Number of insured must be from 1 to ");
        assertThat(result.violations().get(1).message()).startsWith("Aggregated figures of illHealth period 1: ");
    }

    @Test
    @Raises({ViolationCodes.TEXT_INVALID, ViolationCodes.MUNICIPALITY_UNKNOWN, ViolationCodes.INDICATOR_FIGURES_MISSING})
    void check_namesTheAreaAndThePeriodInItsMessages_whenTheyAreKnown() {
        Map<MemberId, SupportFigures> koping = Map.of(id("koping"), SupportFigures.of(10, payments("1", "0", "0", "0")));
        List<IndicatorSet.PartialPeriod<SupportFigures>> support = List.of(
                new IndicatorSet.PartialPeriod<>(Q2_2010, Optional.empty(), koping, true),
                new IndicatorSet.PartialPeriod<>(null, Optional.empty(), koping, true));
        List<IndicatorSet.PartialArea> areas = List.of(new IndicatorSet.PartialArea(id("vm"), List.of(id("kungsor"))),
                new IndicatorSet.PartialArea(null, List.of(id("kungsor"))));

        var result = IndicatorSet.check("Västra Mälardalen", Optional.of(" "), SEK, List.of(id("koping"), id("arboga")),
                areas, support, List.of());

        assertThat(result.violations()).extracting(v -> v.path() + " " + v.code() + " " + v.message()).containsExactly(
                "/note " + ViolationCodes.TEXT_INVALID + " " + result.violations().get(0).message(),
                "/aggregates/0/municipalities/0 " + ViolationCodes.MUNICIPALITY_UNKNOWN
                        + " Area 'vm' names municipality 'kungsor', which is not among the municipalities",
                "/aggregates/1/municipalities/0 " + ViolationCodes.MUNICIPALITY_UNKNOWN
                        + " The area names municipality 'kungsor', which is not among the municipalities",
                "/support/0/figures " + ViolationCodes.INDICATOR_FIGURES_MISSING + " Period 2010-04-01..2010-06-30 has no figures for arboga",
                "/support/1/figures " + ViolationCodes.INDICATOR_FIGURES_MISSING + " Period 1 has no figures for arboga");
    }
}
