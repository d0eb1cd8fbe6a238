package se.finsam.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.testing.Samples.id;
import static se.finsam.testing.Samples.sek;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import se.finsam.contribution.ContributionKey;
import se.finsam.contribution.Financing;
import se.finsam.project.ProjectId;
import se.finsam.project.ProjectStatus;
import se.finsam.testing.Raises;
import se.finsam.testing.Samples;
import se.finsam.testing.Violations;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.ViolationCodes;

/** The rules of a plan's outcome, forecast, opening equity and later years: each with its code and path. */
class YearAsItHappensRulesTest {

    private static AnnualPlan.Builder rar() {
        List<se.finsam.project.Project> projects = new ArrayList<>(Samples.rarProjects());
        projects.add(Samples.project("ansokt", "Ansökt projekt", "2007-01-01", "2007-12-31", "100000")
                .status(ProjectStatus.APPLIED).build());
        return AnnualPlan.builder(Samples.rarSormland(), 2007, Financing.ofTotal(sek("15000000")))
                .projectRoundingUnit(se.finsam.money.RoundingUnit.THOUSAND).projects(projects);
    }

    private static Outcome outcome(LocalDate date, Map<ProjectId, javax.money.MonetaryAmount> projects) {
        return Outcome.of(date, Map.of(), Map.of(), projects);
    }

    @Test
    @Raises(ViolationCodes.OUTCOME_UNKNOWN_PROJECT)
    void outcomeOfAnUnknownProject_isReportedAtItsKey() {
        Violations.assertSingle(() -> rar().outcome(outcome(LocalDate.of(2007, 4, 30),
                Map.of(ProjectId.of("okand"), sek("1000")))).build(), ViolationCodes.OUTCOME_UNKNOWN_PROJECT,
                "/outcome/projects/okand", "'okand'");
    }

    @Test
    @Raises(ViolationCodes.OUTCOME_PROJECT_NOT_DECIDED)
    void forecastOfAnUndecidedProject_isReportedAtItsKey() {
        Violations.assertSingle(() -> rar().forecast(Forecast.of(Map.of(), Map.of(ProjectId.of("ansokt"), sek("1000"))))
                .build(), ViolationCodes.OUTCOME_PROJECT_NOT_DECIDED, "/forecast/projects/ansokt", "'ansokt'", "APPLIED");
    }

    @Test
    @Raises(ViolationCodes.OUTCOME_UNKNOWN_MEMBER)
    void incomeFromAnUnknownMember_isReportedAtItsKey() {
        Violations.assertSingle(() -> rar().outcome(Outcome.of(LocalDate.of(2007, 4, 30), Map.of(id("uppsala"), sek("1")),
                Map.of(), Map.of())).build(), ViolationCodes.OUTCOME_UNKNOWN_MEMBER, "/outcome/income/uppsala",
                "'uppsala'", "not a member of the association");
    }

    @Test
    @Raises(ViolationCodes.OUTCOME_DATE_OUTSIDE_YEAR)
    void anOutcomeDatedOutsideTheYear_isReported() {
        Violations.assertSingle(() -> rar().outcome(outcome(LocalDate.of(2008, 1, 15), Map.of())).build(),
                ViolationCodes.OUTCOME_DATE_OUTSIDE_YEAR, "/outcome/date", "2007", "2008-01-15");
    }

    @Test
    @Raises(ViolationCodes.PLAN_YEAR_OUT_OF_ORDER)
    void aLaterYearBeforeTheFirst_isReported() {
        Violations.assertSingle(() -> rar().laterYears(List.of(PlanYear.of(2006, Financing.ofTotal(sek("1000")), false,
                List.of()))).build(), ViolationCodes.PLAN_YEAR_OUT_OF_ORDER, "/laterYears/0/year", "must be 2008",
                "was 2006");
    }

    @Test
    void laterYearsOutOfOrder_areReportedEachAtItsYear() {
        FinsamValidationException e = Violations.thrownBy(() -> rar().laterYears(List.of(
                PlanYear.of(2009, Financing.ofTotal(sek("1000")), false, List.of()),
                PlanYear.of(2008, Financing.ofTotal(sek("1000")), false, List.of()))).build());
        assertThat(e.violations()).extracting(v -> v.path() + " " + v.code()).containsExactly(
                "/laterYears/0/year plan.year-out-of-order", "/laterYears/1/year plan.year-out-of-order");
    }

    @Test
    void aLaterYearPastTheLastYearAccepted_isOutOfRange() {
        Violations.assertSingle(() -> AnnualPlan.builder(Samples.rarSormland(), AnnualPlan.MAX_YEAR,
                Financing.ofTotal(sek("1000"))).laterYears(List.of(PlanYear.of(AnnualPlan.MAX_YEAR + 1,
                        Financing.ofTotal(sek("1000")), false, List.of()))).build(),
                ViolationCodes.YEAR_OUT_OF_RANGE, "/laterYears/0/year", "1900 to 2200", "was 2201");
    }

    @Test
    @Raises(ViolationCodes.PLAN_TOO_MANY_YEARS)
    void tooManyLaterYears_areReported() {
        List<PlanYear> years = new ArrayList<>();
        for (int y = 2008; y < 2007 + AnnualPlan.MAX_YEARS + 1; y++) {
            years.add(PlanYear.of(y, Financing.ofTotal(sek("1000")), false, List.of()));
        }
        assertThat(rar().laterYears(years.subList(0, AnnualPlan.MAX_YEARS - 1)).build().multiYear().years())
                .hasSize(AnnualPlan.MAX_YEARS);
        Violations.assertSingle(() -> rar().laterYears(years).build(), ViolationCodes.PLAN_TOO_MANY_YEARS, "/laterYears",
                "at most 20 years", "has 20 later years");
    }

    @Test
    @Raises(ViolationCodes.AMOUNT_NEGATIVE)
    void aNegativeOpeningEquity_isNotAllowed() {
        Violations.assertSingle(() -> rar().openingEquity(sek("-1")).build(), ViolationCodes.AMOUNT_NEGATIVE,
                "/openingEquity", "-1");
    }

    @Test
    void aNegativeOutcome_isReportedByTheOutcome() {
        Violations.assertSingle(() -> Outcome.of(LocalDate.of(2007, 4, 30), Map.of(), Map.of(CostCategory.STAFF, sek("-5")),
                Map.of()), ViolationCodes.AMOUNT_NEGATIVE, "/costs/STAFF", "-5");
        Violations.assertSingle(() -> Forecast.of(Map.of(), Map.of(ProjectId.of("trosam"), sek("-5"))),
                ViolationCodes.AMOUNT_NEGATIVE, "/projects/trosam", "-5");
    }

    @Test
    void amountsOfTheOutcomeAndLaterYears_followTheUnitAndCurrency() {
        FinsamValidationException e = Violations.thrownBy(() -> rar()
                .outcome(Outcome.of(LocalDate.of(2007, 4, 30), Map.of(id("fk"), sek("0.5")),
                        Map.of(CostCategory.BOARD, Money.of(1, "EUR")), Map.of()))
                .laterYears(List.of(PlanYear.of(2008, Financing.ofTotal(sek("15000000.5")), false,
                        List.of(CostLine.of(CostCategory.STAFF, sek("0.25"))))))
                .build());
        assertThat(e.violations()).extracting(v -> v.path() + " " + v.code()).containsExactlyInAnyOrder(
                "/outcome/income/fk amount.not-multiple-of-unit",
                "/outcome/costs/BOARD amount.currency-mismatch",
                "/laterYears/0/financing/total amount.not-multiple-of-unit",
                "/laterYears/0/costs/0/amount amount.not-multiple-of-unit");
    }

    @Test
    void aLaterYearsKey_mustCoverTheMunicipalities() {
        ContributionKey partial = ContributionKey.ofPercentages(Map.of(id("eskilstuna"), new java.math.BigDecimal("100")));
        FinsamValidationException e = Violations.thrownBy(() -> rar().laterYears(List.of(new PlanYear(2008,
                Financing.ofTotal(sek("15000000")), false, List.of(), java.util.Optional.of(partial)))).build());
        assertThat(e.violations()).allSatisfy(v -> assertThat(v.path()).startsWith("/laterYears/0/municipalKey"));
        assertThat(e.violations()).extracting(v -> v.code()).contains(ViolationCodes.KEY_MEMBER_MISSING);
    }

    @Test
    void everyFault_isReportedAtOnce() {
        FinsamValidationException e = Violations.thrownBy(() -> rar()
                .openingEquity(sek("-1"))
                .outcome(Outcome.of(LocalDate.of(2006, 12, 31), Map.of(id("okand"), sek("1")), Map.of(),
                        Map.of(ProjectId.of("okand"), sek("1000"))))
                .forecast(Forecast.of(Map.of(), Map.of(ProjectId.of("ansokt"), sek("1000"))))
                .laterYears(List.of(PlanYear.of(2007, Financing.ofTotal(sek("1")), true, List.of())))
                .costs(List.of(CostLine.of(CostCategory.AUDIT, sek("0.5"))))
                .build());
        assertThat(e.violations()).extracting(v -> v.path() + " " + v.code()).containsExactlyInAnyOrder(
                "/openingEquity amount.negative",
                "/outcome/date outcome.date-outside-year",
                "/outcome/income/okand outcome.unknown-member",
                "/outcome/projects/okand outcome.unknown-project",
                "/forecast/projects/ansokt outcome.project-not-decided",
                "/laterYears/0/year plan.year-out-of-order",
                "/costs/0/amount amount.not-multiple-of-unit");
    }

    @Test
    @Raises(ViolationCodes.FORECAST_BELOW_OUTCOME)
    void aForecastBelowWhatIsBooked_isReported() {
        FinsamValidationException e = Violations.thrownBy(() -> rar()
                .outcome(Outcome.of(LocalDate.of(2007, 4, 30), Map.of(), Map.of(CostCategory.BOARD, sek("95000")),
                        Map.of(ProjectId.of("flen-soc-af"), sek("320000"))))
                .forecast(Forecast.of(Map.of(CostCategory.BOARD, sek("95000")),
                        Map.of(ProjectId.of("flen-soc-af"), sek("100000"))))
                .build());
        assertThat(e.violations()).extracting(v -> v.path() + " " + v.code()).containsExactly(
                "/forecast/projects/flen-soc-af forecast.below-outcome");
        assertThat(e.violations().get(0).message()).contains("100000", "320000");
    }

    @Test
    void sumsTooLarge_areReportedBesideOtherFaults() {
        String max = String.valueOf(se.finsam.money.RoundingUnit.MAX_UNITS);
        FinsamValidationException e = Violations.thrownBy(() -> AnnualPlan.builder(Samples.rarSormland(), 2007,
                Financing.ofTotal(sek(max))).openingEquity(sek(max)).note(" ").build());
        assertThat(e.violations()).extracting(v -> v.path() + " " + v.code()).containsExactlyInAnyOrder(
                "/note text.invalid", " amount.too-large");
        assertThat(e.violations().get(1).message()).contains("sum to 2000000000000000", "at most 1000000000000000 units");
    }

    @Test
    void eachPartOfTheYearsSums_canMakeThemTooLarge() {
        // Each sum is within the limit on its own part, too large with the part: 6 × 10^14 twice is above 10^15.
        String big = "600000000000000";
        Map<CostCategory, javax.money.MonetaryAmount> bigCost = Map.of(CostCategory.STAFF, sek(big));
        List<java.util.function.UnaryOperator<AnnualPlan.Builder>> parts = List.of(
                b -> b.outcome(Outcome.of(LocalDate.of(2007, 4, 30), Map.of(), bigCost, Map.of()))
                        .forecast(Forecast.of(bigCost, Map.of())),
                b -> b.outcome(Outcome.of(LocalDate.of(2007, 4, 30), Map.of(), Map.of(),
                        Map.of(ProjectId.of("trosam"), sek(big)))).costs(List.of(CostLine.of(CostCategory.AUDIT, sek(big)))),
                b -> b.laterYears(List.of(PlanYear.of(2008, Financing.ofTotal(sek("1")), false,
                        List.of(CostLine.of(CostCategory.BOARD, sek(big)))), PlanYear.of(2009, Financing.ofTotal(sek("1")),
                        false, List.of(CostLine.of(CostCategory.BOARD, sek(big)))))),
                b -> b.openingEquity(sek(big)).outcome(Outcome.of(LocalDate.of(2007, 4, 30), Map.of(id("fk"), sek(big)),
                        Map.of(), Map.of())),
                b -> b.laterYears(List.of(PlanYear.of(2008, Financing.ofStateContribution(sek("300000000000000")), false,
                        List.of()))).openingEquity(sek(big)));
        for (var part : parts) {
            FinsamValidationException e = Violations.thrownBy(() -> part.apply(rar()).build());
            assertThat(e.violations()).extracting(v -> v.path() + " " + v.code()).containsExactly(" amount.too-large");
        }
        // Just within: 5 × 10^14 twice is 10^15; the closing equity 5 × 10^14 + 0 − 5 × 10^14 is computed.
        String half = "500000000000000";
        assertThat(AnnualPlan.builder(Samples.rarSormland(), 2007, Financing.ofTotal(sek("0")))
                .openingEquity(sek(half)).outcome(Outcome.of(LocalDate.of(2007, 4, 30), Map.of(id("fk"), sek(half)),
                        Map.of(CostCategory.BOARD, sek(half)), Map.of()))
                .forecast(Forecast.of(Map.of(CostCategory.BOARD, sek(half)), Map.of())).build().yearEnd().closingEquity())
                .isEqualTo(sek("0"));
    }

    @Test
    void aKeyChangedBetweenYears_changesTheMembersShares_atThatYearsEnd() {
        // The rule: shares at a year end by the keys in force at that year end. 2008 has its own key, Eskilstuna
        // 50 % and the rest as before but Nyköping 3.9: Eskilstuna's share of the municipal quarter grows.
        java.util.Map<se.finsam.member.MemberId, java.math.BigDecimal> values = new java.util.LinkedHashMap<>();
        String[][] key = {{"eskilstuna", "50"}, {"flen", "6.3"}, {"gnesta", "3.8"}, {"katrineholm", "12.4"},
            {"nykoping", "3.9"}, {"oxelosund", "4.3"}, {"strangnas", "11.7"}, {"trosa", "4.1"}, {"vingaker", "3.5"}};
        for (String[] k : key) {
            values.put(id(k[0]), new java.math.BigDecimal(k[1]));
        }
        AnnualPlan plan = AnnualPlan.builder(Samples.rarSormland(), 2007, Financing.ofTotal(sek("400")))
                .openingEquity(sek("0"))
                .laterYears(List.of(new PlanYear(2008, Financing.ofTotal(sek("400")), false, List.of(),
                        java.util.Optional.of(ContributionKey.ofPercentages(values)))))
                .build();

        MultiYearPlan m = plan.multiYear();

        // 2007 closes with 400 split by the charter's key: the municipal quarter of 100, Eskilstuna 34.9 → 35.
        assertThat(m.years().get(0).equityShares().orElseThrow().amountOf(id("eskilstuna"))).isEqualTo(sek("35"));
        // 2008 closes with 800 split by 2008's key: the municipal quarter of 200, Eskilstuna 50 % → 100.
        assertThat(m.years().get(1).equityShares().orElseThrow().amountOf(id("eskilstuna"))).isEqualTo(sek("100"));
        assertThat(m.years().get(1).income().amountOf(id("eskilstuna"))).isEqualTo(sek("50"));
        // The year end of the plan's own year uses the final key when one is given.
        AnnualPlan withFinal = AnnualPlan.builder(Samples.rarSormland(), 2007, Financing.ofTotal(sek("400")))
                .finalMunicipalKey(ContributionKey.ofPercentages(values)).build();
        assertThat(withFinal.yearEnd().equityShares().amountOf(id("eskilstuna"))).isEqualTo(sek("50"));
        assertThat(withFinal.budget().contributions().amountOf(id("eskilstuna"))).isEqualTo(sek("35"));
    }
}
