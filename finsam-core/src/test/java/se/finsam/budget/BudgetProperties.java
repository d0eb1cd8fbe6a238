package se.finsam.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.testing.Samples.sek;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import se.finsam.contribution.Financing;
import se.finsam.money.RoundingUnit;
import se.finsam.project.CostBasis;
import se.finsam.project.Project;
import se.finsam.project.ProjectId;
import se.finsam.project.ProjectStatus;
import se.finsam.testing.Property;
import se.finsam.testing.Samples;

class BudgetProperties {

    private static AnnualPlan randomPlan(SplittableRandom r) {
        int year = 2000 + r.nextInt(30);
        List<Project> projects = new ArrayList<>();
        for (int i = 0, n = r.nextInt(12); i < n; i++) {
            LocalDate start = LocalDate.of(year - 2 + r.nextInt(4), 1, 1).plusDays(r.nextInt(365));
            ProjectStatus status = ProjectStatus.values()[r.nextInt(ProjectStatus.values().length)];
            LocalDate end = status.allowsOpenEnd() && r.nextInt(4) == 0 ? null : start.plusDays(r.nextInt(1500));
            projects.add(Project.builder(ProjectId.of("p" + i), "Projekt " + i).status(status).period(start, end)
                    .basis(r.nextBoolean() ? CostBasis.MONTHS : CostBasis.DAYS)
                    .totalCost(Money.of(1000L * r.nextInt(5000), "SEK")).build());
        }
        List<CostLine> costs = new ArrayList<>();
        for (CostCategory c : CostCategory.values()) {
            if (r.nextBoolean()) {
                costs.add(CostLine.of(c, sek(String.valueOf(r.nextInt(3_000_000)))));
            }
        }
        return AnnualPlan.builder(Samples.rarSormland(), year, Financing.ofTotal(sek(String.valueOf(r.nextLong(40_000_000)))))
                .projectRoundingUnit(RoundingUnit.THOUSAND).projects(projects).costs(costs).build();
    }

    @Test
    void incomeMinusCostsMinusProjectsMinusDisposable_isZero() {
        Property.forAll("budget balances", 10_000, r -> {
            Budget b = randomPlan(r).budget();
            assertThat(b.income().subtract(b.costs()).subtract(b.projectCosts()).subtract(b.disposable()).isZero())
                    .as("income %s, costs %s, projects %s, disposable %s", b.income(), b.costs(), b.projectCosts(),
                            b.disposable())
                    .isTrue();
        });
    }

    @Test
    void reserveAndSurplusAndShortfall_accountForDisposableAndCommitments() {
        Property.forAll("reserve accounts", 5_000, r -> {
            Budget b = randomPlan(r).budget();
            var positive = b.disposable().isNegative() ? b.disposable().multiply(0) : b.disposable();
            assertThat(b.reserve().add(b.unreservedSurplus())).as("reserve + surplus").isEqualTo(positive);
            assertThat(b.reserve().add(b.shortfall())).as("reserve + shortfall").isEqualTo(b.commitments());
        });
    }
}
