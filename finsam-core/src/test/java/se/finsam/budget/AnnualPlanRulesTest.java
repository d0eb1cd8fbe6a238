package se.finsam.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.testing.Samples.SEK;
import static se.finsam.testing.Samples.id;
import static se.finsam.testing.Samples.sek;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.assertj.core.groups.Tuple;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import se.finsam.contribution.Charter.PartialMember;
import se.finsam.contribution.Financing;
import se.finsam.member.MemberKind;
import se.finsam.money.RoundingUnit;
import se.finsam.project.ProjectId;
import se.finsam.testing.EqualityGroups;
import se.finsam.testing.Samples;
import se.finsam.validation.ValidationResult;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

/** The plan's own rules, each at its edge, as a reader calls them on what it could read. */
class AnnualPlanRulesTest {

    private static final long MAX = RoundingUnit.MAX_UNITS;

    private static List<Tuple> pathsAndCodes(ValidationResult r) {
        return r.violations().stream().map(v -> new Tuple(v.path(), v.code())).toList();
    }

    @Test
    void year_isFrom1900To2200_inclusive() {
        assertThat(AnnualPlan.checkYear(1900).isValid()).isTrue();
        assertThat(AnnualPlan.checkYear(2200).isValid()).isTrue();
        assertThat(AnnualPlan.checkYear(1899).violations()).extracting(Violation::path, Violation::code, Violation::message)
                .containsExactly(new Tuple("/year", ViolationCodes.YEAR_OUT_OF_RANGE, "Year must be from 1900 to 2200, was 1899"));
        assertThat(AnnualPlan.checkYear(2201).violations()).extracting(Violation::message)
                .containsExactly("Year must be from 1900 to 2200, was 2201");
    }

    @Test
    void sums_ofExactlyMaxUnits_fit_andOneUnitMoreDoesNot() {
        MonetaryAmount half = sek(String.valueOf(MAX / 2));
        MonetaryAmount max = sek(String.valueOf(MAX));

        assertThat(AnnualPlan.checkSums(List.of(half, half), List.of(), RoundingUnit.KRONA, RoundingUnit.KRONA, SEK).isValid())
                .isTrue();
        assertThat(AnnualPlan.checkSums(List.of(), List.of(half, half), RoundingUnit.KRONA, RoundingUnit.KRONA, SEK).isValid())
                .isTrue();
        assertThat(AnnualPlan.checkSums(List.of(half), List.of(half), RoundingUnit.KRONA, RoundingUnit.KRONA, SEK).isValid())
                .isTrue();
        assertThat(pathsAndCodes(AnnualPlan.checkSums(List.of(max, sek("1")), List.of(), RoundingUnit.KRONA,
                RoundingUnit.KRONA, SEK))).containsExactly(new Tuple("/costs", ViolationCodes.AMOUNT_TOO_LARGE));
        assertThat(pathsAndCodes(AnnualPlan.checkSums(List.of(), List.of(max, sek("1")), RoundingUnit.KRONA,
                RoundingUnit.KRONA, SEK))).containsExactly(new Tuple("/projects", ViolationCodes.AMOUNT_TOO_LARGE));
        ValidationResult together = AnnualPlan.checkSums(List.of(half, sek("1")), List.of(half), RoundingUnit.KRONA,
                RoundingUnit.KRONA, SEK);
        assertThat(together.violations()).extracting(Violation::path, Violation::message).containsExactly(new Tuple("",
                "Costs of 500000000000001 and the decided projects' total costs of 500000000000000 sum to 1000000000000001,"
                        + " more than the 1000000000000000 units of 1 a budget may have"));
    }

    @Test
    void sums_leaveOutAmountsThatBreakARuleOfTheirOwn() {
        MonetaryAmount max = sek(String.valueOf(MAX));
        // Each of these is reported by its own rule; with max they would exceed the limit if counted.
        List<MonetaryAmount> costs = Arrays.asList(max, null, sek("-5"), Money.of(5, "EUR"), sek("0.5"));

        assertThat(AnnualPlan.checkSums(costs, List.of(), RoundingUnit.KRONA, RoundingUnit.KRONA, SEK).isValid()).isTrue();
        assertThat(AnnualPlan.checkSums(List.of(), costs, RoundingUnit.KRONA, RoundingUnit.KRONA, SEK).isValid()).isTrue();
        // With the currency unknown, an amount in euro counts: it is 5 units.
        assertThat(pathsAndCodes(AnnualPlan.checkSums(costs, List.of(), RoundingUnit.KRONA, RoundingUnit.KRONA, null)))
                .containsExactly(new Tuple("/costs", ViolationCodes.AMOUNT_TOO_LARGE));
    }

    @Test
    void projectSums_countAtTheRoundingUnit_andAreLeftOutWhenTheProjectUnitIsUnknownOrNotAMultiple() {
        // 10^12 thousands are 10^15 kronor: exactly the limit; one thousand more is over it.
        MonetaryAmount atLimit = sek("1000000000000000");
        assertThat(AnnualPlan.checkSums(List.of(), List.of(atLimit), RoundingUnit.KRONA, RoundingUnit.THOUSAND, SEK)
                .isValid()).isTrue();
        assertThat(pathsAndCodes(AnnualPlan.checkSums(List.of(), List.of(atLimit, sek("1000")), RoundingUnit.KRONA,
                RoundingUnit.THOUSAND, SEK))).containsExactly(new Tuple("/projects", ViolationCodes.AMOUNT_TOO_LARGE));
        List<MonetaryAmount> over = List.of(atLimit, sek("1000"));
        assertThat(AnnualPlan.checkSums(List.of(), over, RoundingUnit.KRONA, null, SEK).isValid()).isTrue();
        assertThat(AnnualPlan.checkSums(List.of(), over, RoundingUnit.THOUSAND, RoundingUnit.KRONA, SEK).isValid()).isTrue();
    }

    @Test
    void project_namingUnknownMembers_orOneParty_isReportedAtItsMembers() {
        List<PartialMember> members = List.of(PartialMember.of(Samples.rarMembers().get(2)),
                PartialMember.of(Samples.rarMembers().get(3)), PartialMember.of(Samples.rarMembers().get(4)));

        ValidationResult onlyMunicipalities = AnnualPlan.checkProject(members, ProjectId.of("p"), List.of(id("eskilstuna"),
                id("flen")), Optional.empty(), sek("1000"), Map.of(), RoundingUnit.KRONA, SEK);
        ValidationResult unknown = AnnualPlan.checkProject(members, ProjectId.of("p"), List.of(id("landstinget"),
                id("flen2")), Optional.of(id("ägare")), sek("1000"), Map.of(), RoundingUnit.KRONA, SEK);
        ValidationResult twoParties = AnnualPlan.checkProject(members, null, List.of(id("landstinget"), id("flen")),
                Optional.of(id("flen")), sek("1000"), Map.of(), RoundingUnit.KRONA, SEK);

        assertThat(onlyMunicipalities.violations()).extracting(Violation::path, Violation::message).containsExactly(
                new Tuple("/members", "Project 'p' involves only the party MUNICIPALITIES; a project needs at least two"
                        + " parties (two municipalities are one party)"));
        assertThat(unknown.violations()).extracting(Violation::path, Violation::code, Violation::message).containsExactly(
                new Tuple("/members/1", ViolationCodes.PROJECT_UNKNOWN_MEMBER, "Project 'p' names unknown member 'flen2'"),
                new Tuple("/owner", ViolationCodes.PROJECT_UNKNOWN_MEMBER, "Owner 'ägare' of project 'p' is not a member"));
        assertThat(twoParties.isValid()).isTrue();
    }

    @Test
    void project_withMembersOfUnknownIdOrKind_hidesOnlyWhatTheyCouldBe() {
        List<PartialMember> unknownKind = List.of(new PartialMember(id("flen"), MemberKind.MUNICIPALITY, Optional.empty()),
                new PartialMember(id("x"), null, Optional.empty()));
        List<PartialMember> unknownId = List.of(new PartialMember(id("flen"), MemberKind.MUNICIPALITY, Optional.empty()),
                new PartialMember(null, MemberKind.REGION, Optional.empty()));

        assertThat(AnnualPlan.checkProject(unknownKind, null, List.of(id("flen"), id("x")), Optional.empty(), null, null,
                null, null).isValid()).as("x may be a region").isTrue();
        assertThat(AnnualPlan.checkProject(unknownId, null, List.of(id("flen"), id("y")), Optional.of(id("z")), null, null,
                null, null).isValid()).as("y and z may be the member of unknown id").isTrue();
        assertThat(AnnualPlan.checkProject(null, null, List.of(id("flen"), id("y")), Optional.of(id("z")), null, null,
                null, null).isValid()).as("no member is known").isTrue();
        assertThat(AnnualPlan.checkProject(unknownKind, null, Arrays.asList(id("flen"), null), Optional.empty(), null, null,
                null, null).isValid()).as("the second member could not be read").isTrue();
        assertThat(AnnualPlan.checkProject(unknownKind, null, List.of(id("flen"), id("flen")), null, null, null, null, null)
                .violations()).extracting(Violation::message).containsExactly("The project involves only the party"
                        + " MUNICIPALITIES; a project needs at least two parties (two municipalities are one party)");
        assertThat(AnnualPlan.checkProject(unknownKind, null, List.of(), Optional.of(id("q")), null, null, null, null)
                .violations()).extracting(Violation::message).containsExactly("Owner 'q' of the project is not a member");
    }

    @Test
    void projectAmounts_areInTheCurrency_andWholeProjectUnits() {
        List<PartialMember> none = List.of();
        ValidationResult euro = AnnualPlan.checkProject(none, ProjectId.of("p"), List.of(), Optional.empty(),
                Money.of(1500, "EUR"), Map.of(2007, sek("1500")), RoundingUnit.THOUSAND, SEK);
        Map<Integer, MonetaryAmount> byYear = new java.util.TreeMap<>();
        byYear.put(2007, sek("2500"));
        byYear.put(2008, null); // could not be read
        ValidationResult odd = AnnualPlan.checkProject(none, ProjectId.of("p"), List.of(), Optional.empty(), sek("1500"),
                byYear, RoundingUnit.THOUSAND, SEK);

        assertThat(euro.violations()).extracting(Violation::path, Violation::code, Violation::message).containsExactly(
                new Tuple("/totalCost", ViolationCodes.AMOUNT_CURRENCY_MISMATCH,
                        "Project 'p' is costed in EUR, the association in SEK"));
        assertThat(pathsAndCodes(odd)).containsExactly(
                new Tuple("/totalCost", ViolationCodes.AMOUNT_NOT_MULTIPLE_OF_UNIT),
                new Tuple("/costByYear/2007", ViolationCodes.AMOUNT_NOT_MULTIPLE_OF_UNIT));
        assertThat(AnnualPlan.checkProject(none, null, List.of(), Optional.empty(), sek("1500"), Map.of(2007, sek("2500")),
                null, SEK).isValid()).as("project unit unknown").isTrue();
        assertThat(pathsAndCodes(AnnualPlan.checkProject(none, null, List.of(), Optional.empty(), Money.of(1500, "EUR"),
                null, RoundingUnit.THOUSAND, null))).as("currency unknown")
                .containsExactly(new Tuple("/totalCost", ViolationCodes.AMOUNT_NOT_MULTIPLE_OF_UNIT));
    }

    @Test
    void projectIds_repeated_areReportedAtTheLaterProject() {
        assertThat(AnnualPlan.checkProjectIds(Arrays.asList(ProjectId.of("a"), null, ProjectId.of("b"), null,
                ProjectId.of("a"), ProjectId.of("a"))).violations()).extracting(Violation::path, Violation::message)
                .containsExactly(new Tuple("/projects/4/id", "Project id 'a' is used by projects 0 and 4"),
                        new Tuple("/projects/5/id", "Project id 'a' is used by projects 0 and 5"));
    }

    @Test
    void amounts_inAnotherCurrency_orOffTheUnit_areViolations() {
        assertThat(AnnualPlan.checkAmount(Money.of(5, "EUR"), SEK, RoundingUnit.KRONA).violations())
                .extracting(Violation::code, Violation::message).containsExactly(new Tuple(
                        ViolationCodes.AMOUNT_CURRENCY_MISMATCH, "Amount 5 is in EUR, the association in SEK"));
        assertThat(pathsAndCodes(AnnualPlan.checkAmount(Money.of(new java.math.BigDecimal("5.5"), "EUR"), null,
                RoundingUnit.KRONA))).containsExactly(new Tuple("", ViolationCodes.AMOUNT_NOT_MULTIPLE_OF_UNIT));
        assertThat(AnnualPlan.checkAmount(sek("5.5"), SEK, null).isValid()).isTrue();
        assertThat(AnnualPlan.checkAmount(sek("5000"), Monetary.getCurrency("SEK"), RoundingUnit.THOUSAND).isValid()).isTrue();
        assertThat(AnnualPlan.checkUnits(RoundingUnit.KRONA, RoundingUnit.THOUSAND).isValid()).isTrue();
        assertThat(AnnualPlan.checkUnits(RoundingUnit.THOUSAND, RoundingUnit.KRONA).violations()).extracting(Violation::message)
                .containsExactly("Project rounding unit 1 must be a whole multiple of the rounding unit 1000");
    }

    @Test
    void equityAndItsThresholds_areInTheCurrencyAndAtTheUnit() {
        EquityPolicy policy = EquityPolicy.of(List.of(new EquityPolicy.Step(sek("0"), java.math.BigDecimal.TEN),
                new EquityPolicy.Step(sek("1500"), java.math.BigDecimal.ONE)));
        se.finsam.validation.FinsamValidationException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                se.finsam.validation.FinsamValidationException.class,
                () -> AnnualPlan.builder(Samples.rarSormland(), 2007, Financing.ofTotal(sek("15000000")))
                        .roundingUnit(RoundingUnit.THOUSAND).equity(new Equity(sek("2500"), policy)).build());

        assertThat(e.violations()).extracting(Violation::path, Violation::code).containsExactly(
                new Tuple("/equity/amount", ViolationCodes.AMOUNT_NOT_MULTIPLE_OF_UNIT),
                new Tuple("/equity/thresholds/1/fromSize", ViolationCodes.AMOUNT_NOT_MULTIPLE_OF_UNIT));
    }

    @Test
    void plans_areEqualWhenEveryPartIs() {
        AnnualPlan.Builder base = AnnualPlan.builder(Samples.rarSormland(), 2007, Financing.ofTotal(sek("15000000")));
        AnnualPlan plain = base.build();
        EqualityGroups.create()
                .addGroup(plain, AnnualPlan.builder(Samples.rarSormland(), 2007, Financing.ofTotal(sek("15000000"))).build(),
                        AnnualPlan.builder(Samples.rarSormland(), 2007, Financing.ofTotal(sek("15000000")))
                                .projectRoundingUnit(RoundingUnit.KRONA).build())
                .addGroup(AnnualPlan.builder(Samples.rarSormland(), 2008, Financing.ofTotal(sek("15000000"))).build())
                .addGroup(AnnualPlan.builder(Samples.rarSormland(), 2007, Financing.ofTotal(sek("15000001"))).build())
                .addGroup(AnnualPlan.builder(Samples.rarSormland(), 2007, Financing.ofTotal(sek("15000000")))
                        .roundingUnit(RoundingUnit.THOUSAND).build())
                .addGroup(AnnualPlan.builder(Samples.rarSormland(), 2007, Financing.ofTotal(sek("15000000")))
                        .projectRoundingUnit(RoundingUnit.THOUSAND).build())
                .addGroup(AnnualPlan.builder(Samples.rarSormland(), 2007, Financing.ofTotal(sek("15000000")))
                        .projects(Samples.rarProjects()).build())
                .addGroup(AnnualPlan.builder(Samples.rarSormland(), 2007, Financing.ofTotal(sek("15000000")))
                        .costs(List.of(CostLine.of(CostCategory.AUDIT, sek("1")))).build())
                .addGroup(AnnualPlan.builder(Samples.rarSormland(), 2007, Financing.ofTotal(sek("15000000")))
                        .finalMunicipalKey(Samples.rarMunicipalKey()).build())
                .addGroup(AnnualPlan.builder(Samples.rarSormland(), 2007, Financing.ofTotal(sek("15000000")))
                        .equity(new Equity(sek("1"), EquityPolicy.of(List.of(new EquityPolicy.Step(sek("0"),
                                java.math.BigDecimal.TEN))))).build())
                .addGroup(AnnualPlan.builder(Samples.rarSormland(), 2007, Financing.ofTotal(sek("15000000")))
                        .openingEquity(sek("1")).build())
                .addGroup(AnnualPlan.builder(Samples.rarSormland(), 2007, Financing.ofTotal(sek("15000000")))
                        .outcome(Outcome.of(java.time.LocalDate.of(2007, 4, 30), java.util.Map.of(), java.util.Map.of(),
                                java.util.Map.of())).build())
                .addGroup(AnnualPlan.builder(Samples.rarSormland(), 2007, Financing.ofTotal(sek("15000000")))
                        .forecast(Forecast.of(java.util.Map.of(CostCategory.AUDIT, sek("1")), java.util.Map.of())).build())
                .addGroup(AnnualPlan.builder(Samples.rarSormland(), 2007, Financing.ofTotal(sek("15000000")))
                        .laterYears(List.of(PlanYear.of(2008, Financing.ofTotal(sek("1")), true, List.of()))).build())
                .addGroup(AnnualPlan.builder(Samples.rarSormland(), 2007, Financing.ofTotal(sek("15000000")))
                        .note("Illustrative").build())
                .test();
        assertThat(plain.projectRoundingUnit()).isEqualTo(RoundingUnit.KRONA);
        assertThat(plain.year()).isEqualTo(2007);
        assertThat(plain.financing()).isEqualTo(Financing.ofTotal(sek("15000000")));
        assertThat(plain.finalMunicipalKey()).isEmpty();
        assertThat(plain.equity()).isEmpty();
        assertThat(plain.toString()).startsWith("AnnualPlan[association=").contains(", year=2007, ", ", roundingUnit=1, ",
                ", projectRoundingUnit=1, ", ", projects=[], costs=[], finalMunicipalKey=Optional.empty, equity=Optional.empty, "
                        + "openingEquity=Optional.empty, outcome=Optional.empty, forecast=Optional.empty, laterYears=[], "
                        + "note=Optional.empty]");
    }
}
