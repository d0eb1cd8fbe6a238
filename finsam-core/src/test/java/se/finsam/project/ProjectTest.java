package se.finsam.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static se.finsam.testing.Samples.project;
import static se.finsam.testing.Samples.sek;

import java.util.List;
import java.util.Map;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import se.finsam.member.MemberId;
import se.finsam.money.RoundingUnit;
import se.finsam.testing.Raises;
import se.finsam.testing.Violations;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

class ProjectTest {

    private static Violation only(Runnable r) {
        FinsamValidationException e = catchThrowableOfType(FinsamValidationException.class, r::run);
        assertThat(e).as("expected a FinsamValidationException").isNotNull();
        assertThat(e.violations()).hasSize(1);
        return e.violations().get(0);
    }

    @Test
    @Raises({ViolationCodes.PROJECT_END_BEFORE_START})
    void endBeforeStart_isRejected() {
        Violation v = only(() -> project("p", "P", "2007-02-01", "2007-01-31", "100").build());

        assertThat(v.path()).isEqualTo("/end");
        assertThat(v.code()).isEqualTo(ViolationCodes.PROJECT_END_BEFORE_START);
        assertThat(v.message()).contains("2007-01-31", "2007-02-01", "'p'");
    }

    @Test
    @Raises({ViolationCodes.PROJECT_END_MISSING})
    void approvedProject_withoutEnd_isRejected() {
        Violation v = only(() -> project("p", "P", "2007-02-01", null, "100").build());

        assertThat(v.path()).isEqualTo("/end");
        assertThat(v.code()).isEqualTo(ViolationCodes.PROJECT_END_MISSING);
        assertThat(v.message()).contains("APPROVED");
    }

    @Test
    void preliminaryAndDelayedProjects_mayLackAnEnd() {
        for (ProjectStatus status : List.of(ProjectStatus.PRELIMINARY, ProjectStatus.DELAYED)) {
            assertThat(project("p", "P", "2007-02-01", null, "100").status(status).build().hasEnd()).isFalse();
        }
    }

    @Test
    @Raises({ViolationCodes.PROJECT_EXPLICIT_COSTS_SUM})
    void explicitAmounts_notSummingToTheTotal_areRejected() {
        Violation v = only(() -> project("k", "Kungsgatan", "2006-09-01", "2007-12-31", "307000")
                .costByYear(Map.of(2007, sek("300000"))).build());

        assertThat(v.path()).isEqualTo("/costByYear");
        assertThat(v.code()).isEqualTo(ViolationCodes.PROJECT_EXPLICIT_COSTS_SUM);
        assertThat(v.message()).contains("300000", "307000");
    }

    @Test
    @Raises({ViolationCodes.PROJECT_EXPLICIT_COSTS_MISSING})
    void explicitBasis_withoutAmounts_isRejected() {
        Violation v = only(() -> project("k", "K", "2006-09-01", "2007-12-31", "0").basis(CostBasis.EXPLICIT).build());

        assertThat(v.code()).isEqualTo(ViolationCodes.PROJECT_EXPLICIT_COSTS_MISSING);
    }

    @Test
    @Raises({ViolationCodes.PROJECT_EXPLICIT_COSTS_UNEXPECTED})
    void amountsPerYear_withAnotherBasis_areRejected() {
        Violation v = only(() -> project("k", "K", "2006-09-01", "2007-12-31", "10")
                .costByYear(Map.of(2007, sek("10"))).basis(CostBasis.DAYS).build());

        assertThat(v.path()).isEqualTo("/costByYear");
        assertThat(v.code()).isEqualTo(ViolationCodes.PROJECT_EXPLICIT_COSTS_UNEXPECTED);
    }

    @Test
    @Raises({ViolationCodes.AMOUNT_NEGATIVE})
    void negativeCost_isRejected() {
        Violation v = only(() -> project("p", "P", "2007-01-01", "2007-12-31", "-5").build());

        assertThat(v.path()).isEqualTo("/totalCost");
        assertThat(v.code()).isEqualTo(ViolationCodes.AMOUNT_NEGATIVE);
        assertThat(v.message()).contains("-5");
    }

    @Test
    @Raises({ViolationCodes.PROJECT_NAME_INVALID, ViolationCodes.PROJECT_DUPLICATE_MEMBER, ViolationCodes.AMOUNT_CURRENCY_MISMATCH})
    void blankName_duplicateMember_andMixedCurrency_areAllReportedAtOnce() {
        FinsamValidationException e = catchThrowableOfType(FinsamValidationException.class, () ->
                project("p", " ", "2007-01-01", "2007-12-31", "10")
                        .members(List.of(MemberId.of("flen"), MemberId.of("flen")))
                        .costByYear(Map.of(2007, Money.of(10, "EUR"))).build());

        assertThat(e.violations()).extracting(Violation::code).containsExactlyInAnyOrder(
                ViolationCodes.PROJECT_NAME_INVALID, ViolationCodes.PROJECT_DUPLICATE_MEMBER,
                ViolationCodes.AMOUNT_CURRENCY_MISMATCH);
        assertThat(e.violations()).extracting(Violation::message).contains("Name of project 'p' is blank");
    }

    @Test
    void aMemberListedAgain_isReportedAtEachRepetition_inAShortAndALongList() {
        // Up to 16 members are searched, more go through a set: the same reports either way.
        for (int size : new int[] {3, 16, 17, 40}) {
            List<MemberId> members = new java.util.ArrayList<>();
            for (int i = 0; i < size - 2; i++) {
                members.add(MemberId.of("m" + i));
            }
            members.add(MemberId.of("m0"));
            members.add(MemberId.of("m0"));
            FinsamValidationException e = catchThrowableOfType(FinsamValidationException.class, () ->
                    project("p", "P", "2007-01-01", "2007-12-31", "10").members(members).build());

            assertThat(e.violations()).as("%d members", size).extracting(Violation::path)
                    .containsExactly("/members/" + (size - 2), "/members/" + (size - 1));
            assertThat(e.violations().get(0).message()).isEqualTo("Member 'm0' is listed twice in project 'p'");
        }
    }

    @Test
    void costByYear_isEmptyAndUnmodifiable_withoutAmountsPerYear() {
        Project p = project("p", "P", "2007-01-01", "2007-12-31", "10").build();

        assertThat(p.costByYear()).isEmpty();
        assertThat(p).isEqualTo(project("p", "P", "2007-01-01", "2007-12-31", "10").build()).hasToString(
                project("p", "P", "2007-01-01", "2007-12-31", "10").build().toString());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> p.costByYear().put(2007, sek("10")))
                .isInstanceOf(UnsupportedOperationException.class);
        // An empty map that orders its keys its own way keeps its order, as a full one does.
        Project ordered = new Project(p.id(), p.name(), p.focus(), p.status(), p.members(), p.owner(), p.period(),
                p.totalCost(), p.basis(), new java.util.TreeMap<>(java.util.Comparator.reverseOrder()), p.coFinancing());
        assertThat(ordered.costByYear().comparator()).isEqualTo(java.util.Comparator.reverseOrder());
        assertThat(ordered).isEqualTo(p);
    }

    @Test
    @Raises({ViolationCodes.PROJECT_YEAR_OUT_OF_RANGE})
    void yearOutOfRange_isRejected() {
        Violation v = only(() -> project("p", "P", "1899-12-31", "1900-01-01", "10").build());

        assertThat(v.path()).isEqualTo("/start");
        assertThat(v.code()).isEqualTo(ViolationCodes.PROJECT_YEAR_OUT_OF_RANGE);
    }

    @Test
    void schedule_ofACostThatIsNotAMultipleOfTheUnit_isRejectedAtTheTotalCost() {
        Project p = project("p", "P", "2007-01-01", "2007-12-31", "1500").build();

        Violation v = only(() -> p.schedule(RoundingUnit.THOUSAND));

        assertThat(v.path()).isEqualTo("/totalCost");
        assertThat(v.code()).isEqualTo(ViolationCodes.AMOUNT_NOT_MULTIPLE_OF_UNIT);
    }

    @Test
    @Raises({ViolationCodes.PROJECT_ID_INVALID})
    void invalidProjectId_isRejected() {
        Violation v = only(() -> ProjectId.of("två ord"));

        assertThat(v.code()).isEqualTo(ViolationCodes.PROJECT_ID_INVALID);
        assertThat(v.message()).contains("'två ord'");
    }

    @Test
    void coFinancing_isRecordedBesideTheOwnShare() {
        Project p = project("p", "ESF-projekt", "2007-01-01", "2007-12-31", "1000")
                .coFinancing(List.of(CoFinancing.of("Europeiska socialfonden", sek("500")))).build();

        assertThat(p.coFinancing()).hasSize(1);
        assertThat(p.schedule(RoundingUnit.KRONA).unitsIn(2007)).isEqualTo(1000);
        assertThat(only(() -> CoFinancing.of("ESF", sek("-1"))).code()).isEqualTo(ViolationCodes.AMOUNT_NEGATIVE);
    }

    @Test
    @Raises({ViolationCodes.PROJECT_EXPLICIT_YEAR_OUTSIDE_PERIOD})
    void explicitYears_outsideThePeriod_areRejected_atTheirYear() {
        // A project that ends in 2007 cannot have costs in 2031 (a budget would show them as commitments).
        FinsamValidationException e = Violations.thrownBy(() -> project("k", "Kungsgatan", "2006-09-01", "2007-12-31",
                "307000").costByYear(Map.of(2005, sek("7000"), 2007, sek("200000"), 2031, sek("100000"))).build());

        assertThat(e.violations()).extracting(v -> v.path() + " " + v.code()).containsExactlyInAnyOrder(
                "/costByYear/2005 project.explicit-year-outside-period", "/costByYear/2031 project.explicit-year-outside-period");
        Violations.assertHas(e, ViolationCodes.PROJECT_EXPLICIT_YEAR_OUTSIDE_PERIOD, "/costByYear/2031", "2031", "after its end",
                "2007-12-31", "'k'");
        Violations.assertHas(e, ViolationCodes.PROJECT_EXPLICIT_YEAR_OUTSIDE_PERIOD, "/costByYear/2005", "before its start",
                "2006-09-01");
    }

    @Test
    void explicitYears_ofAProjectWithoutAnEnd_runFromItsStartYear_forAtMostFiftyYears() {
        Project open = project("k", "Kungsgatan", "2006-09-01", null, "307000").status(ProjectStatus.PRELIMINARY)
                .costByYear(Map.of(2006, sek("7000"), 2055, sek("300000"))).build();
        assertThat(open.schedule(RoundingUnit.KRONA).amountIn(2055)).isEqualTo(sek("300000"));

        Violations.assertSingle(() -> project("k", "Kungsgatan", "2006-09-01", null, "307000").status(ProjectStatus.DELAYED)
                .costByYear(Map.of(2006, sek("7000"), 2056, sek("300000"))).build(),
                ViolationCodes.PROJECT_EXPLICIT_YEAR_OUTSIDE_PERIOD, "/costByYear/2056", "no end", "2006-09-01");
        Violations.assertSingle(() -> project("k", "Kungsgatan", "2006-09-01", null, "307000").status(ProjectStatus.DELAYED)
                .costByYear(Map.of(2005, sek("7000"), 2006, sek("300000"))).build(),
                ViolationCodes.PROJECT_EXPLICIT_YEAR_OUTSIDE_PERIOD, "/costByYear/2005", "before its start");
    }

    @Test
    @Raises({ViolationCodes.PROJECT_PERIOD_TOO_LONG})
    void period_ofMoreThanFiftyBudgetYears_isRejected() {
        assertThat(project("p", "P", "2000-01-01", "2049-12-31", "100").build().schedule(RoundingUnit.KRONA).years())
                .hasSize(Project.MAX_PERIOD_YEARS);
        Violations.assertSingle(() -> project("p", "P", "2000-12-31", "2050-01-01", "100").build(),
                ViolationCodes.PROJECT_PERIOD_TOO_LONG, "/end", "51 budget years", "at most 50");
    }

    @Test
    @Raises({ViolationCodes.VALUE_MISSING})
    void builder_withoutPeriodAndTotalCost_namesBothInOneException() {
        FinsamValidationException e = Violations.thrownBy(() -> Project.builder(ProjectId.of("p"), " ").build());

        assertThat(e.violations()).extracting(v -> v.path() + " " + v.code()).containsExactlyInAnyOrder(
                "/start value.missing", "/totalCost value.missing", "/name project.name-invalid");
        Violations.assertHas(e, ViolationCodes.VALUE_MISSING, "/start", "period(");
        Violations.assertHas(e, ViolationCodes.VALUE_MISSING, "/totalCost", "totalCost(");
    }

    @Test
    void builder_andRecord_refuseNullCollections_namingTheParameter() {
        Project.Builder builder = project("p", "P", "2007-01-01", "2007-12-31", "100");
        assertThatNullPointerException().isThrownBy(() -> builder.members(null)).withMessage("members");
        assertThatNullPointerException().isThrownBy(() -> builder.costByYear(null)).withMessage("costByYear");
        assertThatNullPointerException().isThrownBy(() -> builder.coFinancing(null)).withMessage("coFinancing");
        Project p = builder.build();
        assertThatNullPointerException().isThrownBy(() -> new Project(p.id(), p.name(), p.focus(), p.status(), null,
                p.owner(), p.period(), p.totalCost(), p.basis(), p.costByYear(), p.coFinancing())).withMessage("members");
    }

    @Test
    void check_skipsOnlyTheRulesThatNeedAnUnknownPart() {
        // The end could not be read: nothing is said of it, but the negative cost and the blank name are reported.
        var result = Project.check(ProjectId.of("t"), " ", ProjectStatus.APPROVED, List.of(MemberId.of("a"), MemberId.of("a")),
                java.time.LocalDate.of(2006, 6, 1), null, sek("-1"), CostBasis.MONTHS, Map.of(), true, List.of());
        assertThat(result.violations()).extracting(v -> v.path() + " " + v.code()).containsExactlyInAnyOrder(
                "/name project.name-invalid", "/totalCost amount.negative", "/members/1 project.duplicate-member");

        // An unreadable total cost hides the sum of the explicit amounts, not their years or signs.
        var explicit = Project.check(null, null, null, List.of(), java.time.LocalDate.of(2006, 6, 1),
                java.util.Optional.of(java.time.LocalDate.of(2006, 12, 31)), null, CostBasis.EXPLICIT,
                Map.of(2006, sek("-5"), 2009, sek("10")), true, List.of());
        assertThat(explicit.violations()).extracting(v -> v.path() + " " + v.code()).containsExactlyInAnyOrder(
                "/costByYear/2006 amount.negative", "/costByYear/2009 project.explicit-year-outside-period");
    }

    @Test
    @Raises({ViolationCodes.PROJECT_NAME_INVALID})
    void names_withControlCharacters_invisibleNames_andLengthsInCharacters() {
        Violation escape = only(() -> project("p", "Röd\u001b[31m", "2007-01-01", "2007-12-31", "10").build());
        assertThat(escape.code()).isEqualTo(ViolationCodes.PROJECT_NAME_INVALID);
        assertThat(escape.message()).contains("\\u001B").doesNotContain("\u001b");
        assertThat(only(() -> project("p", "\u200b\u2060\ufeff", "2007-01-01", "2007-12-31", "10").build()).message())
                .contains("blank");
        assertThat(project("p", "😀".repeat(200), "2007-01-01", "2007-12-31", "10").build().name()).hasSize(400);

        Violation source = only(() -> CoFinancing.of("ESF\u009b2J", sek("1")));
        assertThat(source.code()).isEqualTo(ViolationCodes.PROJECT_NAME_INVALID);
        assertThat(source.path()).isEqualTo("/source");
        assertThat(source.message()).contains("\\u009B").doesNotContain("\u009b");
        assertThat(only(() -> CoFinancing.of("\u00a0", sek("1"))).message()).contains("blank");
        assertThat(CoFinancing.of("😀".repeat(200), sek("1")).source()).hasSize(400);
    }

    @Test
    void startOutsideTheYearsAccepted_boundsNothing_neitherTheEndNorTheExplicitYears() {
        Violations.assertSingle(() -> project("p", "P", "2300-01-01", "2008-08-14", "100").build(),
                ViolationCodes.PROJECT_YEAR_OUT_OF_RANGE, "/start", "2300-01-01");
        Violations.assertSingle(() -> project("p", "P", "2300-01-01", null, "100").status(ProjectStatus.PRELIMINARY)
                .costByYear(Map.of(2007, sek("100"))).build(), ViolationCodes.PROJECT_YEAR_OUT_OF_RANGE, "/start", "2300");
    }

    @Test
    void messages_withoutAnId_sayProject_andWithASource_nameIt() {
        var noEnd = Project.check(null, null, ProjectStatus.APPROVED, List.of(), java.time.LocalDate.of(2007, 1, 1),
                java.util.Optional.empty(), null, null, null, true, List.of());
        assertThat(noEnd.violations()).extracting(Violation::message).containsExactly(
                "Project is APPROVED and needs an end date; only PRELIMINARY and DELAYED projects may lack one");

        var unexpected = Project.check(null, null, null, List.of(), null, null, null, CostBasis.DAYS,
                Map.of(2007, sek("10")), true, List.of());
        assertThat(unexpected.violations()).extracting(Violation::message).containsExactly(
                "Project has cost basis DAYS; amounts per year need basis EXPLICIT");

        assertThat(CoFinancing.check(null, sek("-1")).violations()).extracting(Violation::message)
                .containsExactly("Co-financing must not be negative, was -1");
        assertThat(CoFinancing.check("ESF", sek("-1")).violations()).extracting(Violation::message)
                .containsExactly("Co-financing from 'ESF' must not be negative, was -1");
    }

    @Test
    @Raises({ViolationCodes.AMOUNT_CURRENCY_MISMATCH})
    void coFinancing_inAnotherCurrency_isRejectedAtItsAmount() {
        Violations.assertSingle(() -> project("p", "P", "2007-01-01", "2007-12-31", "10")
                .coFinancing(List.of(CoFinancing.of("ESF", sek("5")), CoFinancing.of("ESF", Money.of(5, "EUR")))).build(),
                ViolationCodes.AMOUNT_CURRENCY_MISMATCH, "/coFinancing/1/amount", "Amount of project 'p' is in EUR, its total cost in SEK");
    }

    @Test
    void explicitAmounts_ofFortyDigitsEitherSideOfThePoint_areSummed_andLongerOnesAreNot() {
        // 40 digits before the point, or 40 after, can still be counted by a rounding unit: the sum is checked.
        Violations.assertSingle(() -> project("p", "P", "2007-01-01", "2007-12-31", "0")
                .costByYear(Map.of(2007, sek("1E+39"))).build(), ViolationCodes.PROJECT_EXPLICIT_COSTS_SUM, "/costByYear",
                "sum to 1000000000000000000000000000000000000000, not to the total cost 0");
        Violations.assertSingle(() -> project("p", "P", "2007-01-01", "2007-12-31", "0")
                .costByYear(Map.of(2007, sek("1E-40"))).build(), ViolationCodes.PROJECT_EXPLICIT_COSTS_SUM, "/costByYear",
                "not to the total cost 0");
        // One digit more on either side: the sum is not checked here (the schedule reports the unit).
        assertThat(project("p", "P", "2007-01-01", "2007-12-31", "0").costByYear(Map.of(2007, sek("1E+40"))).build()
                .costByYear()).containsExactly(Map.entry(2007, sek("1E+40")));
        assertThat(project("p", "P", "2007-01-01", "2007-12-31", "1E+40").costByYear(Map.of(2007, sek("5"))).build()
                .totalCost()).isEqualTo(sek("1E+40"));
        assertThat(project("p", "P", "2007-01-01", "2007-12-31", "0").costByYear(Map.of(2007, sek("1E-41"))).build()
                .costByYear()).hasSize(1);
    }

    @Test
    void builder_setsFocusOwnerAndEnd_andIdsOrderByText() {
        Project p = project("p", "P", "2007-01-01", "2007-12-31", "10").focus("Unga").owner(MemberId.of("flen")).build();

        assertThat(p.focus()).contains("Unga");
        assertThat(p.owner()).contains(MemberId.of("flen"));
        assertThat(p.hasEnd()).isTrue();
        assertThat(ProjectId.of("a").compareTo(ProjectId.of("b"))).isNegative();
        assertThat(ProjectId.of("b").compareTo(ProjectId.of("a"))).isPositive();
    }

    @Test
    void theFirstAndLastYearsAccepted_areInRange() {
        assertThat(project("p", "P", "1900-01-01", "1900-12-31", "10").build().schedule(RoundingUnit.KRONA))
                .hasToString("CostSchedule[p: 1900=10 SEK]");
        assertThat(project("p", "P", "2200-01-01", "2200-12-31", "10").build().schedule(RoundingUnit.KRONA).unitsIn(2200))
                .isEqualTo(10);
        Violations.assertSingle(() -> project("p", "P", "2200-01-01", "2201-01-01", "10").build(),
                ViolationCodes.PROJECT_YEAR_OUT_OF_RANGE, "/end", "Date 2201-01-01 of project 'p' is outside the years 1900–2200");
    }
}
