package se.finsam.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schema of the socio-economic calculation, {@code docs/finsam-socioeconomic.schema.json}, agrees
 * with the reader: the example validates; what is wrong in structure (fields, types, names, both or
 * neither of two fields, whole numbers) both reject; what only the reader's arithmetic sees (a percentage
 * above 100, a duplicate actor) the schema accepts and the reader rejects.
 */
class SocioEconomicSchemaTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private static final Schema SCHEMA = load();

    private static Schema load() {
        try {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(MAPPER.readTree(Path.of("../docs/finsam-socioeconomic.schema.json").toFile()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> problems(String json) throws IOException {
        return SCHEMA.validate(MAPPER.readTree(json)).stream().map(com.networknt.schema.Error::getMessage).toList();
    }

    private static String minimalWith(String from, String to) {
        assertThat(SocioEconomicReaderTest.MINIMAL).contains(from);
        return SocioEconomicReaderTest.MINIMAL.replace(from, to);
    }

    @Test
    void theExampleAndTheMinimalDocument_validate() throws IOException {
        String example = Files.readString(Path.of("../finsam-examples/documents/unga-jonkoping.json"));

        assertThat(problems(example)).isEmpty();
        assertThat(problems(SocioEconomicReaderTest.MINIMAL)).isEmpty();
    }

    static Stream<Arguments> structural() {
        return Stream.of(
                Arguments.of("unknown field", minimalWith("\"discountRate\"", "\"discountRrate\": 1, \"discountRate\"")),
                Arguments.of("participants as a string", minimalWith("\"participants\": 10", "\"participants\": \"10\"")),
                Arguments.of("no participant", minimalWith("\"participants\": 10", "\"participants\": 0")),
                Arguments.of("both successful and successRate", minimalWith("\"successful\": 3", "\"successful\": 3, \"successRate\": \"30\"")),
                Arguments.of("neither successful nor successRate", minimalWith("\"successful\": 3,", "")),
                Arguments.of("both shares and fallOff", minimalWith("\"shares\": [\"100\", \"50\"]", "\"shares\": [\"100\"], \"fallOff\": \"10\"")),
                Arguments.of("unknown actor", minimalWith("\"INDIVIDUAL\"", "\"KOMMUNEN\"")),
                Arguments.of("exponent in a string", minimalWith("\"discountRate\": \"0\"", "\"discountRate\": \"1e1\"")),
                Arguments.of("a horizon of 0", minimalWith("\"discountRate\": \"0\"", "\"discountRate\": \"0\", \"horizons\": [0]")),
                Arguments.of("no project year", minimalWith("[\"100000\", \"50000\"]", "[]")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("structural")
    void aStructuralFault_isRejectedByTheSchema_asByTheReader(String name, String json) throws IOException {
        assertThat(FinsamJson.create().socioeconomic().validate(json).isValid()).as("reader on %s", name).isFalse();
        assertThat(problems(json)).as("schema on %s", name).isNotEmpty();
    }

    @Test
    void aFaultOfArithmetic_isTheReadersAlone() throws IOException {
        for (String json : List.of(minimalWith("\"discountRate\": \"0\"", "\"discountRate\": \"150\""),
                minimalWith("{\"actor\": \"INDIVIDUAL\"", "{\"actor\": \"MUNICIPALITY\""))) {
            assertThat(FinsamJson.create().socioeconomic().validate(json).isValid()).isFalse();
            assertThat(problems(json)).isEmpty();
        }
    }
}
