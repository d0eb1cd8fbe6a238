package se.finsam.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;
import se.finsam.association.CoordinationAssociation;
import se.finsam.contribution.Contribution;
import se.finsam.contribution.Financing;
import se.finsam.member.Member;
import se.finsam.member.MemberId;
import se.finsam.money.RoundingUnit;
import se.finsam.project.CostBasis;
import se.finsam.project.Project;
import se.finsam.project.ProjectId;
import se.finsam.project.ProjectStatus;
import se.finsam.testing.Generators;
import se.finsam.testing.Property;

/**
 * Invariants of the follow-up, the year end, the members' shares and the multi-year plan over random
 * associations and plans (docs/domain.md, The year as it happens).
 */
class YearAsItHappensProperties {

    private static MonetaryAmount kr(long amount) {
        return RoundingUnit.KRONA.amountOf(amount, se.finsam.testing.Samples.SEK);
    }

    /** A random plan with projects, cost lines, an outcome to a random date, a partial forecast and later years. */
    private static AnnualPlan randomPlan(SplittableRandom r) {
        CoordinationAssociation association = Generators.association(r);
        int year = 2000 + r.nextInt(30);
        List<Project> projects = new ArrayList<>();
        for (int i = 0, n = r.nextInt(10); i < n; i++) {
            LocalDate start = LocalDate.of(year - 2 + r.nextInt(4), 1, 1).plusDays(r.nextInt(365));
            ProjectStatus status = ProjectStatus.values()[r.nextInt(ProjectStatus.values().length)];
            LocalDate end = status.allowsOpenEnd() && r.nextInt(4) == 0 ? null : start.plusDays(r.nextInt(1500));
            projects.add(Project.builder(ProjectId.of("p" + i), "Projekt " + i).status(status).period(start, end)
                    .basis(r.nextBoolean() ? CostBasis.MONTHS : CostBasis.DAYS)
                    .totalCost(kr(1000L * r.nextInt(5000))).build());
        }
        List<CostLine> costs = new ArrayList<>();
        Map<CostCategory, MonetaryAmount> booked = new EnumMap<>(CostCategory.class);
        Map<CostCategory, MonetaryAmount> forecast = new EnumMap<>(CostCategory.class);
        for (CostCategory c : CostCategory.values()) {
            if (r.nextBoolean()) {
                costs.add(CostLine.of(c, kr(r.nextInt(3_000_000))));
            }
            if (r.nextInt(3) == 0) {
                booked.put(c, kr(r.nextInt(2_000_000)));
            }
            if (r.nextInt(3) == 0) {
                // A forecast is never below what is booked (forecast.below-outcome).
                forecast.put(c, booked.getOrDefault(c, kr(0)).add(kr(r.nextInt(4_000_000))));
            }
        }
        Map<ProjectId, MonetaryAmount> bookedProjects = new LinkedHashMap<>();
        Map<ProjectId, MonetaryAmount> forecastProjects = new LinkedHashMap<>();
        for (Project p : projects) {
            if (p.status().isDecided() && r.nextBoolean()) {
                bookedProjects.put(p.id(), kr(1000L * r.nextInt(3000)));
            }
            if (p.status().isDecided() && r.nextInt(3) == 0) {
                forecastProjects.put(p.id(), bookedProjects.getOrDefault(p.id(), kr(0)).add(kr(1000L * r.nextInt(5000))));
            }
        }
        Map<MemberId, MonetaryAmount> income = new LinkedHashMap<>();
        for (Member m : association.members()) {
            if (r.nextBoolean()) {
                income.put(m.id(), kr(r.nextInt(5_000_000)));
            }
        }
        List<PlanYear> later = new ArrayList<>();
        for (int i = 0, n = r.nextInt(4); i < n; i++) {
            later.add(PlanYear.of(year + 1 + i, Financing.ofTotal(kr(r.nextLong(40_000_000))), r.nextBoolean(),
                    List.of(CostLine.of(CostCategory.STAFF, kr(r.nextInt(3_000_000))))));
        }
        // A complete year (31 December) in a quarter of the cases, so that the outcome basis is exercised.
        LocalDate date = r.nextInt(4) == 0 ? LocalDate.of(year, 12, 31)
                : LocalDate.of(year, 1, 1).plusDays(r.nextInt(LocalDate.of(year, 1, 1).lengthOfYear()));
        return AnnualPlan.builder(association, year, Financing.ofTotal(kr(r.nextLong(40_000_000))))
                .projectRoundingUnit(RoundingUnit.THOUSAND).projects(projects).costs(costs)
                .openingEquity(r.nextBoolean() ? kr(r.nextInt(10_000_000)) : null)
                .outcome(r.nextInt(5) == 0 ? null : Outcome.of(date, income, booked, bookedProjects))
                .forecast(r.nextBoolean() ? Forecast.of(forecast, forecastProjects) : null)
                .laterYears(later)
                .build();
    }

    private static MonetaryAmount sum(List<MonetaryAmount> amounts) {
        return amounts.stream().reduce(kr(0), MonetaryAmount::add);
    }

    @Test
    void deviations_sumToTheTotalDeviation() {
        Property.forAll("deviations sum", 3_000, r -> {
            BudgetFollowUp f = randomPlan(r).followUp();
            List<MonetaryAmount> deviations = new ArrayList<>();
            f.costLines().forEach(l -> deviations.add(l.deviation()));
            f.projectLines().forEach(l -> deviations.add(l.deviation()));
            assertThat(sum(deviations)).as("sum of the lines' deviations").isEqualTo(f.total().deviation());
            assertThat(f.costsTotal().deviation().add(f.projectsTotal().deviation())).isEqualTo(f.total().deviation());
            assertThat(f.total().budget()).isEqualTo(f.plan().budget().totalCosts());
        });
    }

    @Test
    void membersShares_sumExactlyToTheEquity_andTheResult() {
        Property.forAll("shares sum", 3_000, r -> {
            YearEnd y = randomPlan(r).yearEnd();
            assertThat(sum(y.equityShares().shares().stream().map(Contribution::amount).toList()))
                    .as("shares of the closing equity").isEqualTo(y.closingEquity());
            assertThat(sum(y.resultShares().shares().stream().map(Contribution::amount).toList()))
                    .as("shares of the result").isEqualTo(y.result());
        });
    }

    @Test
    void membersShares_ofAnyAmount_sumToIt_andFollowItsSign() {
        Property.forAll("shares of any amount", 5_000, r -> {
            CoordinationAssociation a = Generators.association(r);
            RoundingUnit unit = Generators.unit(r);
            long units = r.nextLong(2 * RoundingUnit.MAX_UNITS + 1) - RoundingUnit.MAX_UNITS;
            MonetaryAmount amount = unit.amountOf(units, se.finsam.testing.Samples.SEK);
            MemberShares s = MemberShares.of(a, amount, unit);
            assertThat(sum(s.shares().stream().map(Contribution::amount).toList()).isEqualTo(amount)).isTrue();
            for (Contribution c : s.shares()) {
                assertThat(c.amount().signum() * Long.signum(units)).as(c.member().toString()).isGreaterThanOrEqualTo(0);
                assertThat(s.amountOf(c.member())).isEqualTo(c.amount());
            }
        });
    }

    @Test
    void yearEnd_accountsForTheEquity() {
        Property.forAll("year end accounts", 3_000, r -> {
            YearEnd y = randomPlan(r).yearEnd();
            assertThat(y.closingEquity()).isEqualTo(y.openingEquity().orElse(kr(0)).add(y.income()).subtract(y.costs()));
            assertThat(y.income()).isEqualTo(y.plan().budget().income());
            BudgetFollowUp f = y.plan().followUp();
            boolean complete = f.date().map(d -> d.getMonthValue() == 12 && d.getDayOfMonth() == 31).orElse(false);
            assertThat(y.basis()).isEqualTo(complete ? YearEnd.Basis.OUTCOME : YearEnd.Basis.FORECAST);
            assertThat(y.costs()).isEqualTo(complete ? f.total().outcome() : f.total().forecast());
            MonetaryAmount positive = y.closingEquity().isNegative() ? kr(0) : y.closingEquity();
            assertThat(y.reserve().add(y.unreservedSurplus())).as("reserve + surplus").isEqualTo(positive);
            assertThat(y.reserve().add(y.shortfall())).as("reserve + shortfall").isEqualTo(y.commitments());
            assertThat(y.hasUnreservedSurplus()).isEqualTo(y.unreservedSurplus().isPositive());
        });
    }

    @Test
    void multiYearPlan_firstYear_isTheOneYearBudget() {
        Property.forAll("first year is the budget", 2_000, r -> {
            AnnualPlan plan = randomPlan(r);
            MultiYearPlan.Year first = plan.multiYear().years().get(0);
            Budget b = plan.budget();
            assertThat(first.year()).isEqualTo(plan.year());
            assertThat(first.income()).isEqualTo(b.contributions());
            assertThat(first.costsByCategory()).isEqualTo(b.costsByCategory());
            assertThat(first.costs()).isEqualTo(b.costs());
            assertThat(first.projectCostsByProject()).isEqualTo(b.projectCostsByProject());
            assertThat(first.projectCosts()).isEqualTo(b.projectCosts());
            assertThat(first.disposable()).isEqualTo(b.disposable());
            assertThat(first.commitments()).isEqualTo(b.commitments());
            assertThat(first.reserve()).isEqualTo(b.reserve());
            assertThat(first.unreservedSurplus()).isEqualTo(b.unreservedSurplus());
            assertThat(first.shortfall()).isEqualTo(b.shortfall());
            assertThat(plan.multiYear().years()).hasSize(1 + plan.laterYears().size());
        });
    }

    @Test
    void multiYearPlan_eachYearBalances_andCommitmentsFallToTheYearsAfter() {
        Property.forAll("years balance", 2_000, r -> {
            AnnualPlan plan = randomPlan(r);
            List<MultiYearPlan.Year> years = plan.multiYear().years();
            MonetaryAmount equity = plan.openingEquity().orElse(null);
            for (int i = 0; i < years.size(); i++) {
                MultiYearPlan.Year y = years.get(i);
                assertThat(y.income().total().subtract(y.costs()).subtract(y.projectCosts())).isEqualTo(y.disposable());
                if (i + 1 < years.size()) {
                    // What year i is committed to after it is year i+1's project costs plus year i+1's commitments.
                    assertThat(y.commitments()).isEqualTo(years.get(i + 1).projectCosts().add(years.get(i + 1).commitments()));
                }
                if (equity != null) {
                    equity = equity.add(y.disposable());
                    assertThat(y.closingEquity()).contains(equity);
                    assertThat(sum(y.equityShares().orElseThrow().shares().stream().map(Contribution::amount).toList()))
                            .isEqualTo(equity);
                } else {
                    assertThat(y.closingEquity()).isEmpty();
                }
            }
        });
    }
}
