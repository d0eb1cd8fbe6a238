package se.finsam.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import se.finsam.association.AssociationId;
import se.finsam.json.FinsamJson;
import se.finsam.money.RoundingUnit;
import se.finsam.national.AssociationFigures;
import se.finsam.national.LimitApplied;
import se.finsam.national.Matching;
import se.finsam.national.NationalAllocation;
import se.finsam.national.StateAllocation;
import se.finsam.national.SupplementaryCall;
import se.finsam.national.SupplementarySplit;

/**
 * The national allocation of 2016 (illustrative data: 80 associations, 326 mkr by the model with the 10 %
 * decrease limit active) and the supplementary split (13 mkr, 44 requests, cap 500 000 kr); and reading
 * and validating the national document beside a plain Jackson tree parse of the same bytes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class NationalBenchmark {

    private byte[] document;
    private FinsamJson json;
    private ObjectMapper mapper;
    private NationalAllocation national;
    private MonetaryAmount modelAmount;
    private List<AssociationFigures> associations;
    private SupplementaryCall call;
    private Map<AssociationId, MonetaryAmount> requests;
    private RoundingUnit unit;

    /** Loads the bundled national 2016 document and takes the model's inputs from it. */
    @Setup
    public void setUp() {
        document = PlanBenchmark.resource("/national-2016.json");
        json = FinsamJson.create();
        mapper = new ObjectMapper();
        national = json.national().read(document);
        unit = national.unit();
        associations = national.associations();
        call = national.supplementaryCall().orElseThrow();
        modelAmount = national.appropriation().subtract(call.pot());
        requests = new LinkedHashMap<>();
        for (AssociationFigures f : associations) {
            f.supplementaryRequest().ifPresent(r -> requests.put(f.id(), r));
        }
        if (national.allocation().allocations().stream().allMatch(r -> r.limitApplied() == LimitApplied.NONE)) {
            throw new IllegalStateException("The benchmark needs limits active in the example");
        }
    }

    /**
     * The allocation of the appropriation among 80 associations, limits active.
     *
     * @return the allocation
     */
    @Benchmark
    public StateAllocation nationalAllocation() {
        return national.model().allocate(modelAmount, associations, unit);
    }

    /**
     * The supplementary funds shared among 44 requests.
     *
     * @return the split
     */
    @Benchmark
    public SupplementarySplit supplementarySplit() {
        return call.split(requests, unit);
    }

    /**
     * Reading and validating the national document: every rule checked, and the limits shown to be met; the
     * allocation, supplementary split and matching are computed on first use, so not here (see
     * {@link #readValidateAndComputeNational}).
     *
     * @return the national allocation
     */
    @Benchmark
    public NationalAllocation readAndValidateNational() {
        return json.national().read(document);
    }

    /**
     * Reading and validating the national document, and computing its results: the allocation, supplementary
     * split and matching, all computed together on the first call of {@code matching()}.
     *
     * @return the matchings
     */
    @Benchmark
    public List<Matching> readValidateAndComputeNational() {
        return json.national().read(document).matching();
    }

    /**
     * Baseline: a plain Jackson tree parse of the same bytes, with no validation.
     *
     * @return the tree
     * @throws IOException never, for these bytes
     */
    @Benchmark
    public JsonNode jacksonTreeParseNational() throws IOException {
        return mapper.readTree(document);
    }
}
