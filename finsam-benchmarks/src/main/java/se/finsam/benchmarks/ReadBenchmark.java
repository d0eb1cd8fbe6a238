package se.finsam.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.infra.Blackhole;
import se.finsam.json.DocumentFormat;
import se.finsam.json.DocumentKind;
import se.finsam.json.FinsamJson;

/**
 * Reading and validating every kind of document against what a reader cannot do with less: a plain Jackson tree
 * parse of the same bytes ({@code ObjectMapper.readTree}, the yardstick), and a bare token loop that takes
 * every scalar's text (the floor of any reader that builds values straight from the tokens). One bundled example per
 * kind, benchmarked as it ships; the ratios of docs/performance.md compare methods of one run. The readers reach
 * C2 only after some five seconds of a warm-up (measured 2026-12-02: the national document at 3 500, 2 700, 800 and
 * 430 µs in its first seconds), so the warm-up is ten seconds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReadBenchmark {

    /** The bundled example of each kind: the file and its kind, separated by a colon. */
    @Param({"rar-sormland-2007.json:PLAN", "national-2016.json:NATIONAL_ALLOCATION",
            "norra-vastmanland-indicators.json:INDICATORS", "vagen-in-2011.json:FOLLOW_UP",
            "unga-jonkoping.json:SOCIOECONOMIC", "national-followup-2011.json:NATIONAL_FOLLOW_UP"})
    public String document;

    private byte[] bytes;
    private DocumentFormat<?> format;
    private ObjectMapper mapper;
    private JsonFactory factory;

    /** Loads the document and checks that it reads. */
    @Setup
    public void setUp() {
        String[] parts = document.split(":", 2);
        bytes = PlanBenchmark.resource("/" + parts[0]);
        format = FinsamJson.create().format(DocumentKind.valueOf(parts[1]));
        format.read(bytes);
        mapper = new ObjectMapper();
        factory = new JsonFactory();
    }

    /**
     * Reading and validating the document into its finsam value (a national allocation checked, its results
     * computed on first use: see {@code NationalBenchmark.readValidateAndComputeNational}).
     *
     * @return the value
     */
    @Benchmark
    public Object readAndValidate() {
        return format.read(bytes);
    }

    /**
     * The yardstick: a plain Jackson tree parse of the same bytes, with no validation.
     *
     * @return the tree
     * @throws IOException never, for these bytes
     */
    @Benchmark
    public JsonNode jacksonTreeParse() throws IOException {
        return mapper.readTree(bytes);
    }

    /**
     * The floor of a reader from tokens: every token of the document, each name's and scalar's text taken, nothing
     * built.
     *
     * @param sink where the texts go, so that none is optimized away
     * @throws IOException never, for these bytes
     */
    @Benchmark
    public void tokens(Blackhole sink) throws IOException {
        try (JsonParser p = factory.createParser(bytes)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t.isScalarValue() || t == JsonToken.FIELD_NAME) {
                    sink.consume(p.getText());
                }
            }
        }
    }
}
