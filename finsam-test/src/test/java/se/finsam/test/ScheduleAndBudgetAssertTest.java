package se.finsam.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.finsam.testing.Samples.sek;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import se.finsam.budget.AnnualPlan;
import se.finsam.budget.Budget;
import se.finsam.contribution.Financing;
import se.finsam.money.RoundingUnit;
import se.finsam.project.Project;
import se.finsam.project.ProjectId;
import se.finsam.project.ProjectStatus;
import se.finsam.testing.Samples;

class ScheduleAndBudgetAssertTest {

    private static final Project UNGDOMSTORGET = Samples.project("ungdomstorget", "Ungdomstorget Nyköping", "2006-08-15",
            "2008-08-14", "2279000").build();

    @Test
    void rarSormlandsSchedulesSumAndStayWithinTheirPeriods() {
        for (Project p : Samples.rarProjects()) {
            FinsamAssertions.assertThat(p.schedule(RoundingUnit.THOUSAND)).yearsSumToTheTotal().staysWithinThePeriod();
        }
    }

    @Test
    void yearsThatDoNotSumFail() {
        Map<Integer, MonetaryAmount> years = new LinkedHashMap<>();
        years.put(2006, sek("500000"));
        years.put(2007, sek("1140000"));
        assertThatThrownBy(() -> FinsamAssertions.assertThatSchedule(UNGDOMSTORGET, RoundingUnit.THOUSAND, years).yearsSumToTheTotal())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected the years of Ungdomstorget Nyköping (ungdomstorget) to sum to its total cost SEK 2279000")
                .hasMessageContaining("but they sum to SEK 1640000, SEK 639000 short");
        years.put(2008, sek("1000000"));
        assertThatThrownBy(() -> FinsamAssertions.assertThatSchedule(UNGDOMSTORGET, RoundingUnit.THOUSAND, years).yearsSumToTheTotal())
                .isInstanceOf(AssertionError.class).hasMessageContaining("SEK 361000 too much");
        years.put(2008, Money.of(639000, "EUR"));
        assertThatThrownBy(() -> FinsamAssertions.assertThatSchedule(UNGDOMSTORGET, RoundingUnit.THOUSAND, years).yearsSumToTheTotal())
                .isInstanceOf(AssertionError.class).hasMessageContaining("in SEK and a whole multiple of the rounding unit SEK 1000, but 2008 "
                        + "has EUR 639000, not in SEK");
    }

    @Test
    void aYearOutsideThePeriodFails() {
        Map<Integer, MonetaryAmount> years = new LinkedHashMap<>();
        years.put(2005, sek("0"));
        years.put(2007, sek("1279000"));
        years.put(2009, sek("1000000"));
        assertThatThrownBy(() -> FinsamAssertions.assertThatSchedule(UNGDOMSTORGET, RoundingUnit.THOUSAND, years).staysWithinThePeriod())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected the costs of Ungdomstorget Nyköping (ungdomstorget) within its period 2006-08-15 to 2008-08-14")
                .hasMessageEndingWith(", but 2009 has SEK 1000000: Year 2009 of project 'ungdomstorget' is after its end 2008-08-14");
        Project open = Samples.project("oppen", "Öppen", "2007-01-01", "2007-12-31", "100").build();
        FinsamAssertions.assertThatSchedule(open, RoundingUnit.KRONA, Map.of(2007, sek("100"))).staysWithinThePeriod();
        assertThatThrownBy(() -> FinsamAssertions.assertThatSchedule(open, RoundingUnit.KRONA, null).staysWithinThePeriod())
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void everyYearInAnotherCurrencyIsNamed() {
        Map<Integer, MonetaryAmount> years = new LinkedHashMap<>();
        years.put(2008, Money.of(1000000, "EUR"));
        years.put(2007, sek("279000"));
        years.put(2006, Money.of(1000000, "NOK"));
        assertThatThrownBy(() -> FinsamAssertions.assertThatSchedule(UNGDOMSTORGET, RoundingUnit.THOUSAND, years).yearsSumToTheTotal())
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expected every year of Ungdomstorget Nyköping (ungdomstorget) in SEK and a whole multiple of the "
                        + "rounding unit SEK 1000, but 2 are not:\n  2006 has NOK 1000000, not in SEK\n  2008 has EUR 1000000, not in SEK");
    }

    @Test
    void everyYearOutsideThePeriodIsNamed_theFirst20AndHowManyMore() {
        Map<Integer, MonetaryAmount> years = new LinkedHashMap<>();
        years.put(2009, sek("1000"));
        years.put(2007, sek("2277000"));
        years.put(2005, sek("1000"));
        years.put(2004, sek("0"));
        assertThatThrownBy(() -> FinsamAssertions.assertThatSchedule(UNGDOMSTORGET, RoundingUnit.THOUSAND, years).staysWithinThePeriod())
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expected the costs of Ungdomstorget Nyköping (ungdomstorget) within its period 2006-08-15 to 2008-08-14, "
                        + "but 2 years outside it have a cost:\n"
                        + "  2005 has SEK 1000: Year 2005 of project 'ungdomstorget' is before its start 2006-08-15\n"
                        + "  2009 has SEK 1000: Year 2009 of project 'ungdomstorget' is after its end 2008-08-14");
        for (int year = 1980; year < 2006; year++) {
            years.put(year, sek("1000"));
        }
        assertThatThrownBy(() -> FinsamAssertions.assertThatSchedule(UNGDOMSTORGET, RoundingUnit.THOUSAND, years).staysWithinThePeriod())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("but 27 years outside it have a cost:\n  1980 has SEK 1000: Year 1980 ")
                .hasMessageEndingWith("\n  1999 has SEK 1000: Year 1999 of project 'ungdomstorget' is before its start 2006-08-15\n"
                        + "  and 7 more")
                .satisfies(e -> assertThat(AssertTextsTest.listed(e)).hasSize(AssertTexts.MAX_LISTED));
    }

    @Test
    void rarSormlands2007BudgetBalances() {
        FinsamAssertions.assertThat(Samples.rarPlan2007().budget()).balances();
        FinsamAssertions.assertThat(Samples.rarPlan2007().budget().contributions()).obeysTheLaw();
    }

    @Test
    void aBudgetWithoutProjectsInLaterYearsHasItsCommitmentsCovered() {
        AnnualPlan plan = AnnualPlan.builder(Samples.rarSormland(), 2007, Financing.ofTotal(sek("15000000"))).build();
        FinsamAssertions.assertThat(plan.budget()).balances().reserveCoversTheCommitments();
    }

    @Test
    void aBudgetWhoseIncomeCannotCoverLaterYearsFails() {
        AnnualPlan plan = AnnualPlan.builder(Samples.rarSormland(), 2007, Financing.ofTotal(sek("1000")))
                .projectRoundingUnit(RoundingUnit.THOUSAND).projects(List.of(UNGDOMSTORGET)).build();
        assertThatThrownBy(() -> FinsamAssertions.assertThat(plan.budget()).reserveCoversTheCommitments())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected the reserve SEK 0 of Samordningsförbundet RAR i Sörmland (rar-sormland)'s budget for 2007")
                .hasMessageContaining("to cover the commitments SEK ").hasMessageContaining("of later years [2008]")
                .hasMessageContaining("short (Budget.shortfall)");
    }

    @Test
    void aProjectWithoutEndMayHaveCostsInLaterYears() {
        Project open = Project.builder(ProjectId.of("open"), "Open").status(ProjectStatus.PRELIMINARY)
                .period(LocalDate.of(2006, 9, 1), null).totalCost(sek("300000")).build();
        Map<Integer, MonetaryAmount> years = new LinkedHashMap<>();
        years.put(2006, sek("100000"));
        years.put(2007, sek("200000"));
        FinsamAssertions.assertThatSchedule(open, RoundingUnit.THOUSAND, years).yearsSumToTheTotal().staysWithinThePeriod();
        years.put(2005, sek("1000"));
        years.put(2006 + Project.MAX_PERIOD_YEARS, sek("1000"));
        assertThatThrownBy(() -> FinsamAssertions.assertThatSchedule(open, RoundingUnit.THOUSAND, years).staysWithinThePeriod())
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expected the costs of Open (open) within its period 2006-09-01 to (open end), but 2 years outside it "
                        + "have a cost:\n  2005 has SEK 1000: Year 2005 of project 'open' is before its start 2006-09-01\n"
                        + "  2056 has SEK 1000: Year 2056 of project 'open', which has no end, is more than 49 years after its start "
                        + "2006-09-01; at most 50 budget years are accepted");
    }

    @Test
    void kungsgatanMayHaveACostInItsStartYear() {
        Project kungsgatan = RarSormland2007.projects().get(3);
        Map<Integer, MonetaryAmount> years = new LinkedHashMap<>();
        years.put(kungsgatan.period().start().getYear(), sek("7000"));
        years.put(2007, kungsgatan.totalCost().subtract(sek("7000")));
        FinsamAssertions.assertThatSchedule(kungsgatan, RoundingUnit.THOUSAND, years).yearsSumToTheTotal().staysWithinThePeriod();
        years.put(kungsgatan.period().start().getYear() - 1, sek("1000"));
        assertThatThrownBy(() -> FinsamAssertions.assertThatSchedule(kungsgatan, RoundingUnit.THOUSAND, years).staysWithinThePeriod())
                .isInstanceOf(AssertionError.class).hasMessageContaining("is before its start " + kungsgatan.period().start());
    }

    @Test
    void amountsOffTheUnitFailAsAssertions() {
        Project p = Project.builder(ProjectId.of("p"), "P").period(LocalDate.of(2007, 1, 1), LocalDate.of(2008, 12, 31))
                .totalCost(sek("2000000")).build();
        Map<Integer, MonetaryAmount> halves = new LinkedHashMap<>();
        halves.put(2007, sek("999999.5"));
        halves.put(2008, sek("1000000.5"));
        for (Runnable check : List.<Runnable>of(() -> FinsamAssertions.assertThatSchedule(p, RoundingUnit.KRONA, halves).yearsSumToTheTotal(),
                () -> FinsamAssertions.assertThatSchedule(p, RoundingUnit.KRONA, halves).staysWithinThePeriod())) {
            assertThatThrownBy(check::run).isInstanceOf(AssertionError.class)
                    .hasMessage("Expected every year of P (p) in SEK and a whole multiple of the rounding unit SEK 1, but 2 are not:\n"
                            + "  2007 has SEK 999999.5, not a whole multiple of the rounding unit SEK 1\n"
                            + "  2008 has SEK 1000000.5, not a whole multiple of the rounding unit SEK 1");
        }
        Project odd = Project.builder(ProjectId.of("odd"), "Odd").period(LocalDate.of(2007, 1, 1), LocalDate.of(2007, 12, 31))
                .totalCost(sek("2279500")).build();
        assertThatThrownBy(() -> FinsamAssertions.assertThatSchedule(odd, RoundingUnit.THOUSAND, Map.of(2007, sek("2279500")))
                .staysWithinThePeriod()).isInstanceOf(AssertionError.class)
                .hasMessage("Expected every year of Odd (odd) in SEK and a whole multiple of the rounding unit SEK 1000, but 2007 has "
                        + "SEK 2279500, not a whole multiple of the rounding unit SEK 1000");
    }

    @Test
    void nullAmountsNullYearsAndHugeAmountsFailAsAssertions() {
        Map<Integer, MonetaryAmount> years = new HashMap<>();
        years.put(2007, null);
        years.put(null, sek("1000"));
        years.put(2008, Money.of(new BigDecimal("1E+100000"), "SEK"));
        assertThatThrownBy(() -> FinsamAssertions.assertThatSchedule(UNGDOMSTORGET, RoundingUnit.THOUSAND, years).yearsSumToTheTotal())
                .isInstanceOf(AssertionError.class).hasMessageContaining("but 3 are not:\n  a null year has SEK 1000\n  2007 is null\n"
                        + "  2008 has SEK ").hasMessageContaining(", which finsam cannot count in units of SEK 1000: ");
    }

    @Test
    void aMapOfMoneyCompiles() {
        Map<Integer, Money> years = Map.of(2007, Money.of(100, "SEK"));
        Project p = Samples.project("p", "P", "2007-01-01", "2007-12-31", "100").build();
        FinsamAssertions.assertThatSchedule(p, RoundingUnit.KRONA, years).yearsSumToTheTotal().staysWithinThePeriod();
        assertThatThrownBy(() -> FinsamAssertions.assertThatSchedule(p, RoundingUnit.KRONA, Map.of(2007, Money.of(99, "SEK")))
                .yearsSumToTheTotal()).isInstanceOf(AssertionError.class).hasMessageContaining("SEK 1 short");
    }

    // --- budgets: a user's own figures ---------------------------------------------------------------------------

    private static final AnnualPlan RAR_2007 = Samples.rarPlan2007();

    private static BudgetAssert figures(Budget b) {
        return FinsamAssertions.assertThatBudget(RAR_2007, b.income(), b.costs(), b.projectCosts(), b.disposable(), b.commitments(),
                b.reserve());
    }

    @Test
    void theFiguresOfFinsamsBudgetPassEveryCheck() {
        Budget b = RAR_2007.budget();
        figures(b).balances().isTheBudget().reserveCoversTheCommitments();
        FinsamAssertions.assertThat(b).balances().isTheBudget().reserveCoversTheCommitments();
    }

    @Test
    void figuresThatDoNotBalanceFail() {
        Budget b = RAR_2007.budget();
        MonetaryAmount moreDisposable = b.disposable().add(sek("100000"));
        BudgetAssert mine = FinsamAssertions.assertThatBudget(RAR_2007, b.income(), b.costs(), b.projectCosts(), moreDisposable,
                b.commitments(), b.reserve());
        assertThatThrownBy(mine::balances).isInstanceOf(AssertionError.class)
                .hasMessage("Expected Samordningsförbundet RAR i Sörmland (rar-sormland)'s budget for 2007 to balance, income "
                        + AssertTexts.amount(b.income()) + " − costs " + AssertTexts.amount(b.costs()) + " − project costs "
                        + AssertTexts.amount(b.projectCosts()) + " − disposable " + AssertTexts.amount(moreDisposable)
                        + " = 0, but it is SEK -100000");
    }

    @Test
    void isTheBudgetListsEveryLineThatDiffers() {
        Budget b = RAR_2007.budget();
        MonetaryAmount costs = b.costs().subtract(sek("100000"));
        MonetaryAmount disposable = b.disposable().add(sek("100000"));
        BudgetAssert mine = FinsamAssertions.assertThatBudget(RAR_2007, b.income(), costs, b.projectCosts(), disposable,
                b.commitments(), b.reserve());
        mine.balances();
        assertThatThrownBy(mine::isTheBudget).isInstanceOf(AssertionError.class)
                .hasMessage("Expected Samordningsförbundet RAR i Sörmland (rar-sormland)'s budget for 2007 to be finsam's Budget of "
                        + "the plan, but 2 lines differ:\n  costs: " + AssertTexts.amount(costs) + ", finsam's " + AssertTexts.amount(b.costs())
                        + "\n  disposable: " + AssertTexts.amount(disposable) + ", finsam's " + AssertTexts.amount(b.disposable()));
    }

    @Test
    void aReserveBelowTheCommitmentsFails() {
        Budget b = RAR_2007.budget();
        BudgetAssert mine = FinsamAssertions.assertThatBudget(RAR_2007, b.income(), b.costs(), b.projectCosts(), b.disposable(),
                b.commitments().add(sek("1000")), b.reserve());
        assertThatThrownBy(mine::reserveCoversTheCommitments).isInstanceOf(AssertionError.class)
                .hasMessageContaining("to cover the commitments " + AssertTexts.amount(b.commitments().add(sek("1000"))))
                .hasMessageEndingWith("but the surplus falls SEK 1000 short");
    }

    @Test
    void nullForeignAndOffUnitFiguresFailEveryCheck() {
        Budget b = RAR_2007.budget();
        BudgetAssert mine = FinsamAssertions.assertThatBudget(RAR_2007, null, Money.of(1, "EUR"), sek("0.5"), b.disposable(),
                b.commitments(), Money.of(new BigDecimal("1E+100000"), "SEK"));
        for (Runnable check : List.<Runnable>of(mine::balances, mine::isTheBudget, mine::reserveCoversTheCommitments)) {
            assertThatThrownBy(check::run).isInstanceOf(AssertionError.class)
                    .hasMessageStartingWith("Expected every figure of Samordningsförbundet RAR i Sörmland (rar-sormland)'s budget for "
                            + "2007 in SEK and a whole multiple of the rounding unit " + AssertTexts.amount(b.unit().value(), b.income().getCurrency())
                            + ", but:\n  the income is null (finsam's is " + AssertTexts.amount(b.income()) + ")\n"
                            + "  the costs is EUR 1, not in SEK\n  the project costs is SEK 0.5, not a whole multiple of the rounding unit ")
                    .hasMessageContaining("\n  the reserve is SEK ").hasMessageContaining("which finsam cannot count in units of");
        }
        assertThatThrownBy(() -> FinsamAssertions.assertThatBudget(null, null, null, null, null, null, null))
                .isInstanceOf(NullPointerException.class);
    }
}
