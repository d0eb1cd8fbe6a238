package se.finsam.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.finsam.validation.FinsamValidationException;

/** A value read by its shape keeps only what a reader looks at, and checks every rule of its text. */
class TreeBuilderShapeTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TreeBuilder.Shape PERSON = new TreeBuilder.Shape(Map.of("start", TreeBuilder.Shape.SCALAR,
            "gender", TreeBuilder.Shape.SCALAR, "before", TreeBuilder.Shape.of("occupation")));

    private static JsonNode shaped(String json) throws IOException {
        try (JsonParser p = MAPPER.createParser(json)) {
            p.nextToken();
            return new TreeBuilder(Limits.DEFAULTS).shaped(p, PERSON, 2);
        }
    }

    @Test
    void aLargeValue_isStoodInForByItsKind_andAnUnknownFieldByNull() throws IOException {
        String zeros = "[" + "0,".repeat(100_000) + "0]";
        JsonNode tree = shaped("{\"start\": \"2011-01-01\", \"x\": " + zeros + ", \"before\": {\"occupation\": [1, 2], "
                + "\"y\": {\"z\": " + zeros + "}}, \"gender\": {\"a\": 1}}");

        assertThat((Object) tree).isEqualTo(MAPPER.readTree(
                "{\"start\": \"2011-01-01\", \"x\": null, \"before\": {\"occupation\": [], \"y\": null}, \"gender\": {}}"));
        assertThat((Object) shaped("[{\"start\": 1}]")).isEqualTo(MAPPER.createArrayNode());
        assertThat((Object) shaped("\"text\"")).isEqualTo(MAPPER.getNodeFactory().textNode("text"));
    }

    @Test
    void theRulesOfTheText_holdInWhatIsPassedOver() {
        assertThatThrownBy(() -> shaped("{\"x\": {\"a\": 1, \"a\": 2}}")).isInstanceOf(FinsamValidationException.class)
                .hasMessageContaining("Duplicate field 'a'");
        assertThatThrownBy(() -> shaped("{\"before\": {\"occupation\": 1, \"occupation\": 2}}"))
                .isInstanceOf(FinsamValidationException.class).hasMessageContaining("Duplicate field 'occupation'");
        assertThatThrownBy(() -> shaped("{\"gender\": " + "[".repeat(40) + "]".repeat(40) + "}"))
                .isInstanceOf(FinsamValidationException.class).hasMessageContaining("Nesting is deeper than the limit of 32 levels");
    }
}
