package se.finsam.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import se.finsam.population.AgeBand;
import se.finsam.statistics.KoladaValues;
import se.finsam.statistics.PopulationTable;

/**
 * Reading official statistics at national scale (issue 17): a population table of every municipality (290),
 * every single age 0–99 and 100+, both sexes, one year (58 580 cells), in each format SCB saves, read and
 * checked ({@code read}), then the head counts aged 16–64 of all 290 for a key ({@code counts}); against
 * Jackson's plain tree parse of the same JSON bytes. And a Kolada answer of three key figures for every
 * municipality, five years and three genders (13 050 values).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StatisticsBenchmark {

    /** The format of the population table. */
    @Param({"PXWEB_JSON", "JSON_STAT2", "CSV"})
    public String format;

    private static final int MUNICIPALITIES = 290;
    private static final String[] SEXES = {"1", "2"};

    private byte[] table;
    private byte[] kolada;
    private List<String> codes;
    private PopulationTable read;
    private final ObjectMapper mapper = new ObjectMapper();

    /** Writes the table in the format, and the Kolada answer. */
    @Setup
    public void setUp() {
        codes = new ArrayList<>(MUNICIPALITIES);
        for (int i = 0; i < MUNICIPALITIES; i++) {
            codes.add(String.format("%04d", 100 + i));
        }
        List<String> ages = new ArrayList<>();
        for (int a = 0; a < 100; a++) {
            ages.add(Integer.toString(a));
        }
        ages.add("100+");
        StringBuilder sb = new StringBuilder(4 << 20);
        switch (format) {
            case "PXWEB_JSON" -> {
                sb.append("{\"columns\": [{\"code\": \"Region\", \"text\": \"region\", \"type\": \"d\"},"
                        + " {\"code\": \"Alder\", \"text\": \"ålder\", \"type\": \"d\"}, {\"code\": \"Kon\", \"text\": \"kön\", \"type\": \"d\"},"
                        + " {\"code\": \"Tid\", \"text\": \"år\", \"type\": \"t\"}, {\"code\": \"BE0101N1\", \"text\": \"Folkmängd\", \"type\": \"c\"}],"
                        + " \"data\": [");
                String sep = "";
                for (String code : codes) {
                    for (String age : ages) {
                        for (String sex : SEXES) {
                            sb.append(sep).append("{\"key\": [\"").append(code).append("\", \"").append(age).append("\", \"")
                                    .append(sex).append("\", \"2023\"], \"values\": [\"").append(count(code, age, sex)).append("\"]}");
                            sep = ",\n";
                        }
                    }
                }
                sb.append("]}");
            }
            case "JSON_STAT2" -> {
                sb.append("{\"version\": \"2.0\", \"class\": \"dataset\", \"label\": \"Folkmängd\", \"id\": [\"Region\", \"Alder\", \"Kon\", \"Tid\", \"ContentsCode\"],"
                        + " \"size\": [" + MUNICIPALITIES + ", " + ages.size() + ", 2, 1, 1], \"dimension\": {");
                sb.append("\"Region\": {\"label\": \"region\", \"category\": {\"index\": [").append(quoted(codes)).append("]}},");
                sb.append("\"Alder\": {\"label\": \"ålder\", \"category\": {\"index\": [").append(quoted(ages)).append("]}},");
                sb.append("\"Kon\": {\"label\": \"kön\", \"category\": {\"index\": [\"1\", \"2\"], \"label\": {\"1\": \"män\", \"2\": \"kvinnor\"}}},");
                sb.append("\"Tid\": {\"label\": \"år\", \"category\": {\"index\": [\"2023\"]}},");
                sb.append("\"ContentsCode\": {\"label\": \"tabellinnehåll\", \"category\": {\"index\": [\"BE0101N1\"],"
                        + " \"label\": {\"BE0101N1\": \"Folkmängd\"}}}}, \"value\": [");
                String sep = "";
                for (String code : codes) {
                    for (String age : ages) {
                        for (String sex : SEXES) {
                            sb.append(sep).append(count(code, age, sex));
                            sep = ",";
                        }
                    }
                }
                sb.append("]}");
            }
            default -> {
                sb.append("\"region\";\"ålder\";\"kön\";\"år\";\"Folkmängd\"\n");
                for (String code : codes) {
                    for (String age : ages) {
                        for (String sex : SEXES) {
                            sb.append('"').append(code).append(" Kommun").append("\";\"").append(age).append(" år\";\"")
                                    .append(sex.equals("1") ? "män" : "kvinnor").append("\";\"2023\";").append(count(code, age, sex))
                                    .append('\n');
                        }
                    }
                }
            }
        }
        table = sb.toString().getBytes(StandardCharsets.UTF_8);
        read = PopulationTable.read("folkmangd", table, 64 << 20);

        StringBuilder k = new StringBuilder(2 << 20).append("{\"count\": 0, \"values\": [");
        String sep = "";
        for (String kpi : List.of("N00957", "N00938", "N31001")) {
            for (String code : codes) {
                for (int year = 2019; year <= 2023; year++) {
                    k.append(sep).append("{\"kpi\": \"").append(kpi).append("\", \"municipality\": \"").append(code)
                            .append("\", \"period\": ").append(year).append(", \"values\": [");
                    k.append("{\"gender\": \"T\", \"status\": \"\", \"value\": 31.2, \"count\": 1},");
                    k.append("{\"gender\": \"K\", \"status\": \"\", \"value\": 35.9, \"count\": 1},");
                    k.append("{\"gender\": \"M\", \"status\": \"\", \"value\": 26.5, \"count\": 1}]}");
                    sep = ",\n";
                }
            }
        }
        kolada = k.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static long count(String code, String age, String sex) {
        return (code.hashCode() * 31L + age.hashCode() * 7L + sex.hashCode()) % 900 + 50;
    }

    private static String quoted(List<String> codes) {
        return String.join(", ", codes.stream().map(c -> "\"" + c + "\"").toList());
    }

    /**
     * Reads and checks the whole table.
     *
     * @return the table
     */
    @Benchmark
    public PopulationTable read() {
        return PopulationTable.read("folkmangd", table, 64 << 20);
    }

    /**
     * The head counts aged 16–64 of all 290 municipalities, from a table read.
     *
     * @return the counts
     */
    @Benchmark
    public Map<String, Long> counts() {
        return read.counts(codes, AgeBand.of(16, 64), "2023");
    }

    /**
     * Jackson's plain tree parse of the same bytes (the JSON formats), the baseline of {@link #read()}.
     *
     * @return the tree; for CSV, which Jackson does not parse, its null node (no baseline)
     * @throws IOException never for these bytes
     */
    @Benchmark
    public JsonNode jacksonTreeParse() throws IOException {
        return format.equals("CSV") ? mapper.nullNode() : mapper.readTree(table);
    }

    /**
     * Reads and checks a Kolada answer of 13 050 values.
     *
     * @return the values
     */
    @Benchmark
    public KoladaValues readKolada() {
        return KoladaValues.read("kolada.json", kolada);
    }
}
