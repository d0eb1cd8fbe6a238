package se.finsam.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.money.MonetaryAmount;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import se.finsam.budget.AnnualPlan;
import se.finsam.budget.BudgetFollowUp;
import se.finsam.budget.CostCategory;
import se.finsam.budget.CostLine;
import se.finsam.budget.Forecast;
import se.finsam.budget.MultiYearPlan;
import se.finsam.budget.Outcome;
import se.finsam.budget.PlanYear;
import se.finsam.budget.YearEnd;
import se.finsam.contribution.Financing;
import se.finsam.json.FinsamJson;
import se.finsam.member.Member;
import se.finsam.member.MemberId;
import se.finsam.money.RoundingUnit;
import se.finsam.project.Project;
import se.finsam.project.ProjectId;

/**
 * The year as it happens (issue 15) on RAR Sörmland's association with {@code projects} two-year projects,
 * an outcome and a forecast for each, and three later years: the budget follow-up, the year end with the
 * members' shares, and the multi-year plan, each computed anew. Time per project must stay flat from 10 to
 * 10 000 projects: the work is linear in the plan.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class YearBenchmark {

    /** How many projects the plan has. */
    @Param({"10", "1000", "10000"})
    public int projects;

    private AnnualPlan plan;

    /** Builds the plan from the bundled RAR Sörmland 2007 document's association. */
    @Setup
    public void setUp() {
        AnnualPlan rar = FinsamJson.create().plan().read(PlanBenchmark.resource("/rar-sormland-2007.json"));
        List<Project> list = new ArrayList<>(projects);
        Map<ProjectId, MonetaryAmount> booked = new LinkedHashMap<>();
        Map<ProjectId, MonetaryAmount> forecast = new LinkedHashMap<>();
        for (int i = 0; i < projects; i++) {
            ProjectId id = ProjectId.of("p" + i);
            LocalDate start = LocalDate.of(2006, 1, 1).plusDays(i % 700);
            list.add(Project.builder(id, "Projekt " + i).period(start, start.plusDays(729))
                    .totalCost(kr(1_000L * (100 + i % 900))).build());
            booked.put(id, kr(1_000L * (i % 50)));
            if (i % 3 == 0) {
                forecast.put(id, kr(1_000L * (i % 400)));
            }
        }
        Map<MemberId, MonetaryAmount> income = new LinkedHashMap<>();
        for (Member m : rar.association().members()) {
            income.put(m.id(), kr(100_000));
        }
        Map<CostCategory, MonetaryAmount> costs = new EnumMap<>(CostCategory.class);
        costs.put(CostCategory.STAFF, kr(500_000));
        List<PlanYear> later = new ArrayList<>();
        for (int y = 2008; y <= 2010; y++) {
            later.add(PlanYear.of(y, Financing.ofTotal(kr(15_000_000_000L)), y == 2010, rar.costs()));
        }
        plan = AnnualPlan.builder(rar.association(), 2007, Financing.ofTotal(kr(15_000_000_000L)))
                .projectRoundingUnit(RoundingUnit.THOUSAND)
                .projects(list)
                .costs(List.of(CostLine.of(CostCategory.STAFF, kr(1_804_000))))
                .openingEquity(kr(2_000_000))
                .outcome(Outcome.of(LocalDate.of(2007, 4, 30), income, costs, booked))
                .forecast(Forecast.of(Map.of(), forecast))
                .laterYears(later)
                .build();
        plan.budget();
    }

    private static MonetaryAmount kr(long amount) {
        return RoundingUnit.KRONA.amountOf(amount, javax.money.Monetary.getCurrency("SEK"));
    }

    /**
     * The follow-up: a line per category and project, the totals and the income per member.
     *
     * @return the follow-up
     */
    @Benchmark
    public BudgetFollowUp followUp() {
        return BudgetFollowUp.compute(plan);
    }

    /**
     * The year end with the members' shares of the equity and the result (the follow-up held by the plan).
     *
     * @return the year end
     */
    @Benchmark
    public YearEnd yearEnd() {
        return YearEnd.compute(plan);
    }

    /**
     * The four years of the plan, each from the projects' schedules (held by the plan).
     *
     * @return the multi-year plan
     */
    @Benchmark
    public MultiYearPlan multiYear() {
        return MultiYearPlan.compute(plan);
    }
}
