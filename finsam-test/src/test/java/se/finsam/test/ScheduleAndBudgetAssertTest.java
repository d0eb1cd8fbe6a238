package se.finsam.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.finsam.testing.Samples.sek;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import se.finsam.budget.AnnualPlan;
import se.finsam.contribution.Financing;
import se.finsam.money.RoundingUnit;
import se.finsam.project.Project;
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
                .isInstanceOf(AssertionError.class).hasMessageContaining("in SEK, but 2008 has EUR 639000");
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
                .hasMessageContaining("(years [2006, 2007, 2008]), but 2009 has SEK 1000000");
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
                .hasMessage("Expected every year of Ungdomstorget Nyköping (ungdomstorget) in SEK, but 2 are not:\n"
                        + "  2006 has NOK 1000000\n  2008 has EUR 1000000");
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
                .hasMessage("Expected the costs of Ungdomstorget Nyköping (ungdomstorget) within its period 2006-08-15 to 2008-08-14 "
                        + "(years [2006, 2007, 2008]), but 2 years outside it have a cost:\n  2005 has SEK 1000\n  2009 has SEK 1000");
        for (int year = 1980; year < 2006; year++) {
            years.put(year, sek("1000"));
        }
        assertThatThrownBy(() -> FinsamAssertions.assertThatSchedule(UNGDOMSTORGET, RoundingUnit.THOUSAND, years).staysWithinThePeriod())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("but 27 years outside it have a cost:\n  1980 has SEK 1000\n")
                .hasMessageEndingWith("\n  1999 has SEK 1000\n  and 7 more")
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
}
