package se.finsam.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.finsam.test.Seeds;

/**
 * The JSON Schema of the document, {@code docs/finsam-document.schema.json}, agrees with the reader:
 * every bundled plan document and every written plan validates; on the catalogue of bad documents, the
 * schema rejects what is wrong in structure (fields, types, names, forms, limits) as the reader does, and
 * accepts what only the reader's rules can see (sums, references, existing dates).
 */
class DocumentSchemaTest {

    private static final Path SCHEMA = Path.of("../docs/finsam-document.schema.json");
    private static final Path EXAMPLES = Path.of("../finsam-examples/documents");
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private static final Schema SCHEMA_OF_DOCUMENT = load();

    private static Schema load() {
        try {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(MAPPER.readTree(SCHEMA.toFile()));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + SCHEMA, e);
        }
    }

    /** The schema's messages for a document; a document that is not UTF-8 JSON at all is one message. */
    private static Set<String> problems(byte[] bytes) {
        JsonNode node;
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            node = MAPPER.readTree(text);
        } catch (CharacterCodingException e) {
            return Set.of("not UTF-8");
        } catch (IOException e) {
            return Set.of("not JSON: " + e.getMessage());
        } catch (NumberFormatException e) {
            // Jackson's own tree reader cannot hold an exponent such as 1e1000000000012.
            return Set.of("a number out of range: " + e.getMessage());
        }
        if (node == null || node.isMissingNode()) {
            return Set.of("empty");
        }
        return SCHEMA_OF_DOCUMENT.validate(node).stream().map(com.networknt.schema.Error::getMessage)
                .collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void everyBundledPlanDocument_validates() throws IOException {
        List<Path> plans;
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            // Other kinds of documents may sit beside the plans; a plan has an association.
            plans = files.filter(p -> p.toString().endsWith(".json")).filter(DocumentSchemaTest::isPlan).sorted().toList();
        }
        assertThat(plans).hasSizeGreaterThanOrEqualTo(2);
        for (Path plan : plans) {
            assertThat(problems(Files.readAllBytes(plan))).as("schema problems of %s", plan).isEmpty();
            FinsamJson.create().plan().read(Files.readAllBytes(plan));
        }
    }

    private static boolean isPlan(Path file) {
        try {
            JsonNode node = MAPPER.readTree(file.toFile());
            return node.isObject() && node.has("association");
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void everyWrittenPlan_validates() {
        Seeds.forAll("written plans validate against the schema", 300, random -> {
            String text = FinsamJson.create().plan().write(FinsamJsonProperties.document(random));
            assertThat(problems(text.getBytes(StandardCharsets.UTF_8))).as(text).isEmpty();
        });
    }

    static List<Catalogue> entries() {
        return Catalogue.entries();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void badDocument_schemaAgreesWithTheReader(Catalogue entry) {
        assertThat(FinsamJson.create().plan().validate(entry.bytes()).isValid()).as("reader verdict on %s", entry).isFalse();
        Set<String> problems = problems(entry.bytes());
        if (entry.schema().equals("reject")) {
            assertThat(problems).as("the schema must reject %s, as the reader does", entry).isNotEmpty();
        } else {
            assertThat(problems).as("%s is wrong only by a rule the schema cannot state", entry).isEmpty();
        }
    }
}
