package se.finsam.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static se.finsam.testing.Samples.SEK;
import static se.finsam.testing.Samples.id;
import static se.finsam.testing.Samples.sek;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import se.finsam.budget.AnnualPlan.PartialYear;
import se.finsam.contribution.Charter.PartialKey;
import se.finsam.contribution.Charter.PartialMember;
import se.finsam.contribution.ContributionKey;
import se.finsam.contribution.Financing;
import se.finsam.member.MemberId;
import se.finsam.member.MemberKind;
import se.finsam.money.RoundingUnit;
import se.finsam.project.Project;
import se.finsam.project.ProjectId;
import se.finsam.project.ProjectStatus;
import se.finsam.testing.Samples;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.ValidationResult;
import se.finsam.validation.Violation;

/**
 * The rules of the year as it happens, as the plan checks them and as a reader checks what it could read
 * of a document: the same path, code and message either way, and a rule skipped only where it needs what
 * is unknown.
 */
class YearAsItHappensRulesTest {

    private static final Financing TOTAL = Financing.ofTotal(sek("15000000"));

    private static List<PartialMember> members() {
        List<PartialMember> members = new ArrayList<>();
        Samples.rarSormland().members().forEach(m -> members.add(PartialMember.of(m)));
        return members;
    }

    private static List<String> lines(ValidationResult r) {
        return r.violations().stream().map(v -> v.path() + " " + v.code()).toList();
    }

    private static List<Violation> rejected(AnnualPlan.Builder builder) {
        FinsamValidationException e = catchThrowableOfType(FinsamValidationException.class, builder::build);
        assertThat(e).as("the plan must be rejected").isNotNull();
        return e.violations();
    }

    private static AnnualPlan.Builder rar() {
        return AnnualPlan.builder(Samples.rarSormland(), 2007, TOTAL).projectRoundingUnit(RoundingUnit.THOUSAND)
                .projects(Samples.rarProjects());
    }

    private static PartialYear year(Integer year) {
        return new PartialYear(year, TOTAL, List.of(), Optional.empty());
    }

    @Test
    void plan_andPartialChecks_reportTheSameViolations() {
        Outcome outcome = Outcome.of(LocalDate.of(2008, 1, 31), Map.of(id("fk"), sek("1"), id("flen2"), sek("1")),
                Map.of(CostCategory.STAFF, sek("0.5")), Map.of(ProjectId.of("x"), sek("1000")));
        List<PlanYear> later = List.of(PlanYear.of(2009, TOTAL, false, List.of(CostLine.of(CostCategory.BOARD, sek("0.5")))));

        List<Violation> fromPlan = rejected(rar().openingEquity(sek("-1")).outcome(outcome).laterYears(later));

        Map<ProjectId, ProjectStatus> statuses = new HashMap<>();
        Samples.rarProjects().forEach(p -> statuses.put(p.id(), p.status()));
        List<Violation> partial = new ArrayList<>();
        partial.addAll(AnnualPlan.checkOpeningEquity(sek("-1"), SEK, RoundingUnit.KRONA).violations());
        partial.addAll(AnnualPlan.checkOutcome(2007, outcome.date(), outcome.income(), outcome.costs(), outcome.projects(),
                members(), new HashMap<>(statuses), SEK, RoundingUnit.KRONA).violations());
        partial.addAll(AnnualPlan.checkLaterYears(2007, List.of(PartialYear.of(later.get(0))), members(), RoundingUnit.KRONA,
                SEK).violations());
        assertThat(fromPlan).containsExactlyInAnyOrderElementsOf(partial);
        assertThat(fromPlan).extracting(v -> v.path() + " " + v.code()).containsExactlyInAnyOrder(
                "/openingEquity amount.negative",
                "/outcome/date outcome.date-outside-year",
                "/outcome/income/flen2 outcome.unknown-member",
                "/outcome/costs/STAFF amount.not-multiple-of-unit",
                "/outcome/projects/x outcome.unknown-project",
                "/laterYears/0/year plan.year-out-of-order",
                "/laterYears/0/costs/0/amount amount.not-multiple-of-unit");
        assertThat(fromPlan).extracting(Violation::message).contains(
                "The outcome must be dated in 2007, the plan's year, was 2008-01-31",
                "Income received from 'flen2', which is not a member of the association",
                "Outcome of project 'x', which the plan does not have",
                "Later year 1 of a plan for 2007 must be 2008, the year after the one before it, was 2009",
                "Opening equity must not be negative: the members cover a deficit (the Finsam law, 9 § point 8), was -1");
    }

    @Test
    void forecast_ofAnAppliedProject_isNotDecided() {
        Project applied = Samples.project("ansokan", "Ansökan", "2007-01-01", "2007-12-31", "10000")
                .status(ProjectStatus.APPLIED).build();
        List<Project> projects = new ArrayList<>(Samples.rarProjects());
        projects.add(applied);

        List<Violation> v = rejected(rar().projects(projects)
                .forecast(Forecast.of(Map.of(), Map.of(ProjectId.of("ansokan"), sek("5000")))));

        assertThat(v).extracting(x -> x.path() + " " + x.code() + ": " + x.message()).containsExactly(
                "/forecast/projects/ansokan outcome.project-not-decided: Forecast of project 'ansokan', which is APPLIED,"
                        + " not decided: the budget leaves it out");
    }

    @Test
    void partialOutcome_skipsOnlyTheRulesThatNeedWhatIsUnknown() {
        Map<MemberId, MonetaryAmount> income = Map.of(id("flen2"), sek("1"));
        Map<ProjectId, MonetaryAmount> projects = Map.of(ProjectId.of("x"), sek("1"), ProjectId.of("p"), sek("1"));
        Map<ProjectId, ProjectStatus> unknownStatus = new HashMap<>();
        unknownStatus.put(ProjectId.of("p"), null);
        List<PartialMember> unknownId = new ArrayList<>(members());
        unknownId.add(new PartialMember(null, MemberKind.MUNICIPALITY, Optional.empty()));

        // Nothing known: year, date, members, projects, currency, unit.
        assertThat(AnnualPlan.checkOutcome(null, null, income, Map.of(CostCategory.STAFF, sek("0.5")), projects, null, null,
                null, null).isValid()).isTrue();
        // A member of unknown id: no member is unknown; a project of unknown status is not said to be undecided.
        assertThat(lines(AnnualPlan.checkOutcome(2007, LocalDate.of(2007, 1, 1), income, Map.of(), projects, unknownId,
                unknownStatus, SEK, RoundingUnit.KRONA))).containsExactly("/outcome/projects/x outcome.unknown-project");
        // The currency alone known: an amount in another is still found.
        assertThat(lines(AnnualPlan.checkForecast(Map.of(CostCategory.BOARD, Money.of(1, "EUR")), Map.of(), null, SEK, null)))
                .containsExactly("/forecast/costs/BOARD amount.currency-mismatch");
    }

    @Test
    void laterYears_tooMany_isOneViolation() {
        List<PartialYear> years = new ArrayList<>();
        for (int y = 2008; y < 2008 + AnnualPlan.MAX_YEARS; y++) {
            years.add(year(y));
        }

        assertThat(AnnualPlan.checkLaterYears(2007, years.subList(0, AnnualPlan.MAX_YEARS - 1), members(), RoundingUnit.KRONA,
                SEK).isValid()).isTrue();
        ValidationResult r = AnnualPlan.checkLaterYears(2007, years, members(), RoundingUnit.KRONA, SEK);
        assertThat(r.violations()).extracting(v -> v.path() + " " + v.code() + ": " + v.message()).containsExactly(
                "/laterYears plan.too-many-years: A plan covers at most 20 years, the first and 19 later ones, but has"
                        + " 20 later years");
    }

    @Test
    void laterYears_partlyKnown_areCheckedOnWhatIsKnown() {
        PartialYear euros = new PartialYear(null, Financing.ofTotal(Money.of(1, "EUR")), List.of(), Optional.empty());
        List<MonetaryAmount> costs = new ArrayList<>();
        costs.add(null);
        costs.add(sek("900000000000000"));
        costs.add(sek("900000000000000"));
        PartialYear unknownYear = new PartialYear(null, null, costs,
                Optional.of(new PartialKey(List.of(id("flen"), id("flen2")), false)));
        PartialYear state = new PartialYear(2010, Financing.ofStateContribution(sek("10.5")), List.of(), Optional.empty());

        ValidationResult r = AnnualPlan.checkLaterYears(2007, List.of(euros, unknownYear, state), members(), RoundingUnit.KRONA,
                SEK);

        assertThat(r.violations()).extracting(v -> v.path() + " " + v.code() + ": " + v.message()).containsExactly(
                "/laterYears/0/financing/total amount.currency-mismatch: Financing of later year 1 is in EUR, the association"
                        + " in SEK",
                "/laterYears/1/costs amount.too-large: Costs sum to 1800000000000000, more than the 1000000000000000 units"
                        + " of 1 a budget may have",
                "/laterYears/1/municipalKey/values/flen2 key.unknown-member: Unknown member 'flen2' in municipal key of later"
                        + " year 2",
                "/laterYears/2/financing/stateContribution amount.not-multiple-of-unit: Amount 10.5 is not a multiple of"
                        + " the rounding unit 1");
        // Nothing known of the plan: only the count.
        assertThat(AnnualPlan.checkLaterYears(null, List.of(euros, unknownYear, state), null, null, null).isValid()).isTrue();
    }

    @Test
    void laterYear_withItsOwnKey_isSplitByIt() {
        ContributionKey key = Samples.rarMunicipalKey();
        AnnualPlan plan = rar().laterYears(List.of(new PlanYear(2008, TOTAL, false, List.of(), Optional.of(key)))).build();

        assertThat(plan.laterContributions(0).totalUnits()).isEqualTo(15_000_000L);
        assertThat(plan.laterContributions(0)).isEqualTo(plan.contributions());
    }

    @Test
    void outcomeAndForecast_checkTheirOwnAmounts() {
        assertThat(lines(Outcome.check(Map.of(id("fk"), sek("-1")), Map.of(CostCategory.STAFF, sek("-2")),
                Map.of(ProjectId.of("p"), sek("-3"))))).containsExactlyInAnyOrder("/income/fk amount.negative",
                        "/costs/STAFF amount.negative", "/projects/p amount.negative");
        assertThat(lines(Forecast.check(Map.of(CostCategory.OTHER, sek("-1")), Map.of(ProjectId.of("p"), sek("-3")))))
                .containsExactlyInAnyOrder("/costs/OTHER amount.negative", "/projects/p amount.negative");
        assertThat(Outcome.check(Map.of(), Map.of(), Map.of()).isValid()).isTrue();
    }
}
