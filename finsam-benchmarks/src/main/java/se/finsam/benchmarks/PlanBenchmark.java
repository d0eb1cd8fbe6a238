package se.finsam.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import se.finsam.budget.AnnualPlan;
import se.finsam.budget.Budget;
import se.finsam.contribution.ContributionSplit;
import se.finsam.json.FinsamJson;
import se.finsam.money.RoundingUnit;
import se.finsam.project.CostSchedule;

/**
 * RAR Sörmland's 2007 plan (docs/domain.md, Golden figures): the statutory split, the ten-project schedule,
 * the budget, and reading and validating the document beside a plain Jackson tree parse of the same bytes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class PlanBenchmark {

    private byte[] document;
    private AnnualPlan plan;
    private FinsamJson json;
    private ObjectMapper mapper;

    /** Loads the bundled RAR Sörmland 2007 document. */
    @Setup
    public void setUp() {
        document = resource("/rar-sormland-2007.json");
        json = FinsamJson.create();
        plan = json.plan().read(document);
        mapper = new ObjectMapper();
    }

    static byte[] resource(String name) {
        try (InputStream in = PlanBenchmark.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing benchmark resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The statutory split of RAR Sörmland 2007: 15 000 000 kr over 12 members, computed anew (the plan holds
     * the split it computed when it was checked).
     *
     * @return the split
     */
    @Benchmark
    public ContributionSplit statutorySplit() {
        return plan.association().contributions(plan.financing(), plan.roundingUnit());
    }

    /**
     * The ten projects' cost schedules at 1 000 kr, computed anew (the plan holds them once asked for).
     *
     * @return the schedules
     */
    @Benchmark
    public List<CostSchedule> schedule() {
        RoundingUnit unit = plan.projectRoundingUnit();
        return plan.projects().stream().map(p -> p.schedule(unit)).toList();
    }

    /**
     * The 2007 budget, down to the disposable amount and commitments, computed anew from the split and the
     * schedules the plan holds (measured on their own above).
     *
     * @return the budget
     */
    @Benchmark
    public Object budget() {
        Budget b = Budget.compute(plan);
        return b.disposable().add(b.commitments());
    }

    /**
     * Reading and validating the document into an {@link AnnualPlan}.
     *
     * @return the plan
     */
    @Benchmark
    public AnnualPlan readAndValidate() {
        return json.plan().read(document);
    }

    /**
     * Baseline: a plain Jackson tree parse of the same bytes, with no validation.
     *
     * @return the tree
     * @throws IOException never, for these bytes
     */
    @Benchmark
    public JsonNode jacksonTreeParse() throws IOException {
        return mapper.readTree(document);
    }
}
