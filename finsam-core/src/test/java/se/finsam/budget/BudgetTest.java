package se.finsam.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static se.finsam.testing.Samples.id;
import static se.finsam.testing.Samples.project;
import static se.finsam.testing.Samples.sek;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import se.finsam.contribution.ContributionKey;
import se.finsam.contribution.Financing;
import se.finsam.member.MemberId;
import se.finsam.money.RoundingUnit;
import se.finsam.project.Project;
import se.finsam.project.ProjectId;
import se.finsam.project.ProjectStatus;
import se.finsam.testing.Samples;
import se.finsam.testing.Raises;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

class BudgetTest {

    @Test
    void budget_ofRar2007_matchesThePublishedCostTable() {
        Budget b = Samples.rarPlan2007().budget();

        // RAR Sörmland's 2007 plan (docs/domain.md, Golden figures), kkr: board 310, staff 1 804, premises
        // 160, audit 60, depreciation 73, approved projects 5 719, disposable 6 874; sum 15 000.
        assertThat(b.income()).isEqualTo(sek("15000000"));
        assertThat(b.costsByCategory()).containsExactly(
                Map.entry(CostCategory.BOARD, sek("310000")), Map.entry(CostCategory.STAFF, sek("1804000")),
                Map.entry(CostCategory.PREMISES, sek("160000")), Map.entry(CostCategory.AUDIT, sek("60000")),
                Map.entry(CostCategory.DEPRECIATION, sek("73000")));
        assertThat(b.projectCosts()).isEqualTo(sek("5719000"));
        assertThat(b.disposable()).isEqualTo(sek("6874000"));
        assertThat(b.costs().add(b.projectCosts()).add(b.disposable())).isEqualTo(sek("15000000"));
    }

    @Test
    void commitments_areTheDecidedProjectsCostsInLaterYears() {
        Budget b = Samples.rarPlan2007().budget();

        // 2008: 709 + 20 + 90 + 361 + 550 + 646 + 538 = 2 914 kkr (schedule of the same projects).
        assertThat(b.commitmentsByYear()).containsExactly(Map.entry(2008, sek("2914000")));
        assertThat(b.reserve()).isEqualTo(sek("2914000"));
        assertThat(b.unreservedSurplus()).isEqualTo(sek("3960000"));
        assertThat(b.shortfall()).isEqualTo(sek("0"));
    }

    @Test
    void commitmentsAboveTheSurplus_areAShortfall() {
        AnnualPlan plan = AnnualPlan.builder(Samples.rarSormland(), 2007, Financing.ofTotal(sek("1000000")))
                .projects(List.of(project("big", "Stort", "2007-01-01", "2009-12-31", "3000000").build()))
                .build();

        Budget b = plan.budget();

        // Income 1 000 000, project 2007 1 000 000: disposable 0; 2 000 000 committed for 2008-2009.
        assertThat(b.disposable()).isEqualTo(sek("0"));
        assertThat(b.commitments()).isEqualTo(sek("2000000"));
        assertThat(b.reserve()).isEqualTo(sek("0"));
        assertThat(b.shortfall()).isEqualTo(sek("2000000"));
    }

    @Test
    void appliedProjects_areNeitherCostsNorCommitments() {
        List<Project> projects = new ArrayList<>(Samples.rarProjects());
        projects.add(project("ansokan", "Ansökan", "2007-01-01", "2008-12-31", "1000000").status(ProjectStatus.APPLIED)
                .build());
        AnnualPlan plan = AnnualPlan.builder(Samples.rarSormland(), 2007, Financing.ofTotal(sek("15000000")))
                .projectRoundingUnit(RoundingUnit.THOUSAND).projects(projects).build();

        Budget b = plan.budget();

        assertThat(b.projectCosts()).isEqualTo(sek("5719000"));
        assertThat(b.commitments()).isEqualTo(sek("2914000"));
        assertThat(b.undecidedProjects()).containsExactly(ProjectId.of("ansokan"));
    }

    @Test
    void settlement_againstAFinalKey_isShownInTheBudget_andSumsToZero() {
        Map<MemberId, Long> population = new LinkedHashMap<>();
        long[] counts = {59_100, 10_300, 6_300, 20_400, 31_900, 7_200, 19_900, 6_900, 5_700};
        for (int i = 0; i < counts.length; i++) {
            population.put(id(Samples.RAR_MUNICIPALITIES.get(i)[0]), counts[i]);
        }
        AnnualPlan plan = AnnualPlan.builder(Samples.rarSormland(), 2007, Financing.ofTotal(sek("15000000")))
                .finalMunicipalKey(ContributionKey.ofPopulation(population, null, null)).build();

        var entries = plan.budget().settlement().orElseThrow().entries();

        assertThat(entries.stream().map(e -> e.difference().getNumber().numberValue(BigDecimal.class))
                .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("0");
        assertThat(entries).allSatisfy(e -> assertThat(e.due().subtract(e.invoiced())).isEqualTo(e.difference()));
    }

    @Test
    void equity_isCheckedAgainstTheStepForTheAssociationsSize() {
        // Illustrative thresholds: 20 % up to 15 mkr, 15 % from 15 mkr. Income is 15 000 000, so 15 % applies:
        // a reasonable level of 2 250 000; equity 2 500 000 is 250 000 over it.
        EquityPolicy policy = EquityPolicy.of(List.of(new EquityPolicy.Step(sek("0"), new BigDecimal("20")),
                new EquityPolicy.Step(sek("15000000"), new BigDecimal("15"))));
        AnnualPlan plan = AnnualPlan.builder(Samples.rarSormland(), 2007, Financing.ofTotal(sek("15000000")))
                .equity(new Equity(sek("2500000"), policy)).build();

        EquityCheck check = plan.budget().equityCheck().orElseThrow();

        assertThat(check.reasonableLevel()).isEqualTo(sek("2250000"));
        assertThat(check.excess()).isEqualTo(sek("250000"));
        assertThat(check.isOverLevel()).isTrue();
        assertThat(policy.check(sek("1000000"), sek("14999999"), RoundingUnit.KRONA).reasonableLevel())
                .as("20 %% of 14 999 999 rounded down").isEqualTo(sek("2999999"));
    }

    @Test
    @Raises({ViolationCodes.EQUITY_THRESHOLDS_INVALID})
    void equityThresholds_breakingTheirRules_areRejected() {
        FinsamValidationException e = catchThrowableOfType(FinsamValidationException.class, () -> EquityPolicy.of(List.of(
                new EquityPolicy.Step(sek("100"), new BigDecimal("120")), new EquityPolicy.Step(sek("50"), BigDecimal.ONE))));

        assertThat(e.violations()).extracting(Violation::path).containsExactly("/0/fromSize", "/0/maxPercent", "/1/fromSize");
        assertThat(e.violations()).extracting(Violation::code).containsOnly(ViolationCodes.EQUITY_THRESHOLDS_INVALID);
    }

    @Test
    @Raises({ViolationCodes.PROJECT_SINGLE_PARTY, ViolationCodes.PROJECT_UNKNOWN_MEMBER, ViolationCodes.PROJECT_DUPLICATE_ID, ViolationCodes.AMOUNT_NOT_MULTIPLE_OF_UNIT, ViolationCodes.AMOUNT_CURRENCY_MISMATCH})
    void projectWithOneParty_unknownMember_andMisfitUnits_areReportedWithTheirPaths() {
        Project oneParty = project("kommuner", "Bara kommuner", "2007-01-01", "2007-12-31", "1000")
                .members(List.of(id("flen"), id("trosa"))).build();
        Project unknown = project("okand", "Okänd", "2007-01-01", "2007-12-31", "1000")
                .members(List.of(id("flen"), id("flen2"))).build();
        Project odd = project("udda", "Udda", "2007-01-01", "2007-12-31", "1500").build();

        FinsamValidationException e = catchThrowableOfType(FinsamValidationException.class, () ->
                AnnualPlan.builder(Samples.rarSormland(), 2007, Financing.ofTotal(sek("15000000")))
                        .projectRoundingUnit(RoundingUnit.THOUSAND)
                        .projects(List.of(oneParty, unknown, odd, oneParty))
                        .costs(List.of(CostLine.of(CostCategory.OTHER, Money.of(5, "EUR"))))
                        .build());

        assertThat(e.violations()).extracting(v -> v.path() + " " + v.code()).contains(
                "/projects/0/members " + ViolationCodes.PROJECT_SINGLE_PARTY,
                "/projects/1/members/1 " + ViolationCodes.PROJECT_UNKNOWN_MEMBER,
                "/projects/2/totalCost " + ViolationCodes.AMOUNT_NOT_MULTIPLE_OF_UNIT,
                "/projects/3/id " + ViolationCodes.PROJECT_DUPLICATE_ID,
                "/costs/0/amount " + ViolationCodes.AMOUNT_CURRENCY_MISMATCH);
    }

    @Test
    @Raises({ViolationCodes.UNIT_NOT_MULTIPLE_OF_ROUNDING_UNIT})
    void projectUnitThatIsNotAMultipleOfTheUnit_isRejected() {
        FinsamValidationException e = catchThrowableOfType(FinsamValidationException.class, () ->
                AnnualPlan.builder(Samples.rarSormland(), 2007, Financing.ofTotal(sek("15000000")))
                        .roundingUnit(RoundingUnit.THOUSAND).projectRoundingUnit(RoundingUnit.KRONA).build());

        assertThat(e.violations()).extracting(Violation::path, Violation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/projectRoundingUnit",
                        ViolationCodes.UNIT_NOT_MULTIPLE_OF_ROUNDING_UNIT));
    }

    @Test
    @Raises({ViolationCodes.KEY_UNKNOWN_MEMBER})
    void finalKeyNamingAnUnknownMember_isLocatedAtTheFinalKey() {
        FinsamValidationException e = catchThrowableOfType(FinsamValidationException.class, () ->
                AnnualPlan.builder(Samples.rarSormland(), 2007, Financing.ofTotal(sek("15000000")))
                        .finalMunicipalKey(ContributionKey.ofWeights(Map.of(id("flen2"), BigDecimal.ONE))).build());

        assertThat(e.violations()).extracting(Violation::path).contains("/finalMunicipalKey/values/flen2");
        assertThat(e.violations()).extracting(Violation::message).anySatisfy(m ->
                assertThat(m).contains("final municipal key"));
    }

    @Test
    @Raises({ViolationCodes.YEAR_OUT_OF_RANGE})
    void yearOutOfRange_isRejected() {
        FinsamValidationException e = catchThrowableOfType(FinsamValidationException.class, () ->
                AnnualPlan.builder(Samples.rarSormland(), 1066, Financing.ofTotal(sek("15000000"))).build());

        assertThat(e.violations()).extracting(Violation::code).containsExactly(ViolationCodes.YEAR_OUT_OF_RANGE);
    }

    @Test
    void builder_refusesNullLists_namingTheParameter() {
        AnnualPlan.Builder builder = AnnualPlan.builder(Samples.rarSormland(), 2007, Financing.ofTotal(sek("15000000")));
        org.assertj.core.api.Assertions.assertThatNullPointerException().isThrownBy(() -> builder.projects(null))
                .withMessage("projects");
        org.assertj.core.api.Assertions.assertThatNullPointerException().isThrownBy(() -> builder.costs(null))
                .withMessage("costs");
    }

    @Test
    void plan_reportsAProjectOfOneParty_andACostLineOffTheUnit_andAProjectOffThePeriod_together() {
        // Rules of the plan, of its projects and of its cost lines run together: none waits for another.
        FinsamValidationException e = catchThrowableOfType(FinsamValidationException.class, () -> AnnualPlan.builder(
                Samples.rarSormland(), 2007, Financing.ofTotal(sek("15000000")))
                .projects(List.of(project("p", "P", "2007-01-01", "2007-12-31", "1000").members(List.of(id("flen"),
                        id("gnesta"))).build()))
                .costs(List.of(CostLine.of(CostCategory.BOARD, sek("210000.50"))))
                .build());

        assertThat(e.violations()).extracting(v -> v.path() + " " + v.code()).containsExactlyInAnyOrder(
                "/projects/0/members project.single-party", "/costs/0/amount amount.not-multiple-of-unit");
    }

    @Test
    @Raises(ViolationCodes.PROJECT_NAME_INVALID)
    void costLine_whoseNameHoldsAControlCharacterOrIsInvisible_isRejected() {
        se.finsam.testing.Violations.assertSingle(() -> CostLine.of(CostCategory.STAFF, "Lön\u001b[8m", sek("1")),
                ViolationCodes.PROJECT_NAME_INVALID, "/name", "STAFF", "\\u001B");
        se.finsam.testing.Violations.assertSingle(() -> CostLine.of(CostCategory.STAFF, "\u200b", sek("1")),
                ViolationCodes.PROJECT_NAME_INVALID, "/name", "blank");
        assertThat(CostLine.of(CostCategory.STAFF, "😀".repeat(200), sek("1")).name()).hasValueSatisfying(n ->
                assertThat(n).hasSize(400));
    }

    /** {@code n} decided projects in 2007 of {@code cost} kronor each. */
    private static List<Project> projects(int n, String cost) {
        List<Project> projects = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            projects.add(project("p" + i, "Projekt " + i, "2007-01-01", "2007-12-31", cost).build());
        }
        return projects;
    }

    @Test
    @Raises(ViolationCodes.AMOUNT_TOO_LARGE)
    void plan_whoseDecidedProjectsCostMoreThanMaxUnits_isInvalidAtProjects() {
        // Issue 11: 9 224 projects of 999 999 999 999 999 kr passed validate and split, and schedule and
        // budget died with "long overflow" (ScheduleTotals.of, Budget.<init>).
        FinsamValidationException e = catchThrowableOfType(FinsamValidationException.class,
                () -> AnnualPlan.builder(Samples.rarSormland(), 2007, Financing.ofTotal(sek("15000000")))
                        .projects(projects(9224, "999999999999999")).build());

        assertThat(e).isNotNull();
        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("/projects");
            assertThat(v.code()).isEqualTo(ViolationCodes.AMOUNT_TOO_LARGE);
            assertThat(v.message()).contains("9223999999999990776", "1000000000000000 units of 1");
        });
    }

    @Test
    void plan_whoseCostsAndProjectsSumToMaxUnits_computesEveryAmount() {
        AnnualPlan plan = AnnualPlan.builder(Samples.rarSormland(), 2007, Financing.ofTotal(sek("1000000000000000")))
                .projects(projects(4, "150000000000000"))
                .costs(List.of(CostLine.of(CostCategory.STAFF, sek("200000000000000")),
                        CostLine.of(CostCategory.BOARD, sek("200000000000000"))))
                .build();

        Budget b = plan.budget();

        assertThat(b.projectCosts()).isEqualTo(sek("600000000000000"));
        assertThat(b.totalCosts()).isEqualTo(sek("1000000000000000"));
        assertThat(b.disposable()).isEqualTo(sek("0"));
        assertThat(se.finsam.project.ScheduleTotals.compute(plan.schedules()).unitsIn(2007)).isEqualTo(600_000_000_000_000L);
    }

    @Test
    void plan_whoseCostsAndProjectsTogetherCostMoreThanMaxUnits_isInvalid_andEachAloneIsNamed() {
        FinsamValidationException together = catchThrowableOfType(FinsamValidationException.class,
                () -> AnnualPlan.builder(Samples.rarSormland(), 2007, Financing.ofTotal(sek("15000000")))
                        .projects(projects(4, "150000000000000"))
                        .costs(List.of(CostLine.of(CostCategory.STAFF, sek("400000000000001")))).build());
        FinsamValidationException costs = catchThrowableOfType(FinsamValidationException.class,
                () -> AnnualPlan.builder(Samples.rarSormland(), 2007, Financing.ofTotal(sek("15000000")))
                        .costs(List.of(CostLine.of(CostCategory.STAFF, sek("600000000000000")),
                                CostLine.of(CostCategory.BOARD, sek("600000000000000")))).build());

        assertThat(together.violations()).extracting(Violation::path, Violation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("", ViolationCodes.AMOUNT_TOO_LARGE));
        assertThat(together.violations().get(0).message()).contains("1000000000000001");
        assertThat(costs.violations()).extracting(Violation::path, Violation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/costs", ViolationCodes.AMOUNT_TOO_LARGE));
        assertThat(costs.violations().get(0).message()).contains("1200000000000000");
    }

    @Test
    void projectsAppliedFor_doNotCountTowardsTheBudgetsSums() {
        List<Project> applied = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            applied.add(project("p" + i, "Projekt " + i, "2007-01-01", "2007-12-31", "999999999999999")
                    .status(ProjectStatus.APPLIED).build());
        }

        AnnualPlan plan = AnnualPlan.builder(Samples.rarSormland(), 2007, Financing.ofTotal(sek("15000000")))
                .projects(applied).build();

        assertThat(plan.budget().projectCosts()).isEqualTo(sek("0"));
    }

    @Test
    void projectsCostedInThousands_countAtTheRoundingUnit() {
        // 10^11 units of 1 000 kr each is 10^16 öre: beyond the budget's 10^15 units at öre.
        FinsamValidationException e = catchThrowableOfType(FinsamValidationException.class,
                () -> AnnualPlan.builder(Samples.rarSormland(), 2007, Financing.ofTotal(sek("15000000")))
                        .roundingUnit(RoundingUnit.ORE).projectRoundingUnit(RoundingUnit.THOUSAND)
                        .projects(projects(1, "100000000000000")).build());

        assertThat(e.violations()).extracting(Violation::path, Violation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/projects", ViolationCodes.AMOUNT_TOO_LARGE));
    }

    @Test
    void coFinancing_isPayableInTheCurrency_wholeOreAndNotBeyondTheUnitsOfAnAmount() {
        Project p = project("p", "P", "2007-01-01", "2007-12-31", "1000").coFinancing(List.of(
                se.finsam.project.CoFinancing.of("ESF", sek("0.001")),
                se.finsam.project.CoFinancing.of("ESF", sek("100000000000000000000000000000000000000")),
                se.finsam.project.CoFinancing.of("ESF", sek("48.50")))).build();

        FinsamValidationException e = catchThrowableOfType(FinsamValidationException.class, () -> AnnualPlan.builder(
                Samples.rarSormland(), 2007, Financing.ofTotal(sek("15000000"))).roundingUnit(RoundingUnit.THOUSAND)
                .projectRoundingUnit(RoundingUnit.THOUSAND).projects(List.of(p)).build());

        assertThat(e.violations()).extracting(v -> v.path() + " " + v.code()).containsExactlyInAnyOrder(
                "/projects/0/coFinancing/0/amount amount.not-multiple-of-unit", "/projects/0/coFinancing/1/amount amount.too-large");
    }
}
