package se.finsam.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.testing.Samples.project;
import static se.finsam.testing.Samples.sek;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.finsam.contribution.Financing;
import se.finsam.money.RoundingUnit;
import se.finsam.project.Project;
import se.finsam.project.ProjectId;
import se.finsam.project.ProjectStatus;
import se.finsam.testing.Samples;

/**
 * Every figure of a budget (docs/domain.md, The budget) on a small plan computed by hand: cost lines merged
 * by category, project costs by project, commitments by later year, and the reserve, unreserved surplus and
 * shortfall on each side of the commitments.
 */
class BudgetFiguresTest {

    /**
     * Month basis, amounts in kronor: a runs 2007–2008 (240 000: 120 000 a year), b 2006–2009 (480 000:
     * 120 000 a year), c is only applied for, d runs in 2008 only (36 000).
     */
    private static List<Project> projects() {
        return List.of(
                project("a", "A", "2007-01-01", "2008-12-31", "240000").build(),
                project("b", "B", "2006-01-01", "2009-12-31", "480000").build(),
                project("c", "C", "2007-01-01", "2007-12-31", "50000").status(ProjectStatus.APPLIED).build(),
                project("d", "D", "2008-01-01", "2008-12-31", "36000").build());
    }

    /** Costs 420 000 (board 100 000 + 20 000, staff 300 000), project costs 240 000 in 2007. */
    private static Budget budget(String income) {
        return AnnualPlan.builder(Samples.rarSormland(), 2007, Financing.ofTotal(sek(income)))
                .projects(projects())
                .costs(List.of(CostLine.of(CostCategory.BOARD, sek("100000")), CostLine.of(CostCategory.STAFF, sek("300000")),
                        CostLine.of(CostCategory.BOARD, "Arvoden", sek("20000"))))
                .build().budget();
    }

    @Test
    void budget_sumsCostLinesByCategory_andCostsDecidedProjectsOnly() {
        Budget b = budget("1200000");

        assertThat(b.year()).isEqualTo(2007);
        assertThat(b.unit()).isEqualTo(RoundingUnit.KRONA);
        assertThat(b.income()).isEqualTo(sek("1200000"));
        assertThat(b.contributions()).isSameAs(b.plan().contributions());
        assertThat(b.costsByCategory()).containsExactly(Map.entry(CostCategory.BOARD, sek("120000")),
                Map.entry(CostCategory.STAFF, sek("300000")));
        assertThat(b.costs()).isEqualTo(sek("420000"));
        // d has no cost in 2007 and is listed with zero; c is not decided and is left out.
        assertThat(b.projectCostsByProject()).containsExactly(Map.entry(ProjectId.of("a"), sek("120000")),
                Map.entry(ProjectId.of("b"), sek("120000")), Map.entry(ProjectId.of("d"), sek("0")));
        assertThat(b.projectCosts()).isEqualTo(sek("240000"));
        assertThat(b.totalCosts()).isEqualTo(sek("660000"));
        assertThat(b.disposable()).isEqualTo(sek("540000"));
        assertThat(b.undecidedProjects()).containsExactly(ProjectId.of("c"));
        assertThat(b.settlement()).isEmpty();
        assertThat(b.equityCheck()).isEmpty();
    }

    @Test
    void commitments_areTheDecidedProjectsCostsInEachLaterYear() {
        Budget b = budget("1200000");

        // 2008: a 120 000 + b 120 000 + d 36 000; 2009: b 120 000. Not 2006 nor 2007, and not c.
        assertThat(b.commitmentsByYear()).containsExactly(Map.entry(2008, sek("276000")), Map.entry(2009, sek("120000")));
        assertThat(b.commitments()).isEqualTo(sek("396000"));
    }

    /** Checks the year-end figures of the plan with the given income against the commitments of 396 000. */
    private static void assertYearEnd(String income, String disposable, String reserve, String unreserved, String shortfall) {
        Budget b = budget(income);

        assertThat(b.disposable()).as("disposable").isEqualTo(sek(disposable));
        assertThat(b.reserve()).as("reserve").isEqualTo(sek(reserve));
        assertThat(b.unreservedSurplus()).as("unreserved surplus").isEqualTo(sek(unreserved));
        assertThat(b.shortfall()).as("shortfall").isEqualTo(sek(shortfall));
    }

    @Test
    void surplusAboveTheCommitments_isReservedUpToThem_andTheRestIsUnreserved() {
        assertYearEnd("1200000", "540000", "396000", "144000", "0");
    }

    @Test
    void surplusEqualToTheCommitments_isAllReserved() {
        assertYearEnd("1056000", "396000", "396000", "0", "0");
    }

    @Test
    void surplusBelowTheCommitments_isAllReserved_andTheRestIsAShortfall() {
        assertYearEnd("960000", "300000", "300000", "0", "96000");
    }

    @Test
    void deficit_reservesNothing_andEveryCommitmentIsAShortfall() {
        assertYearEnd("300000", "-360000", "0", "0", "396000");
    }

    @Test
    void budget_isComputedOnce_andAgainOnlyWhenAsked() {
        AnnualPlan plan = budget("1200000").plan();

        assertThat(plan.budget()).isSameAs(plan.budget());
        assertThat(plan.schedules()).isSameAs(plan.schedules());
        Budget again = Budget.compute(plan);
        assertThat(again).isNotSameAs(plan.budget());
        assertThat(again.plan()).isSameAs(plan);
        assertThat(again.disposable()).isEqualTo(sek("540000"));
    }
}
