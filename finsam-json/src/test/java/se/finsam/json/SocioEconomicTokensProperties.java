package se.finsam.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import se.finsam.json.socioeconomic.SocioEconomicKind;
import se.finsam.socioeconomic.SocioEconomicCalculation;
import se.finsam.test.Seeds;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.ValidationResult;

/**
 * A socio-economic calculation read from its tokens gives what its tree's reader gives: the same value, or the same
 * violations (path, code, message) in the same order, on documents broken at random at every depth, with the fields
 * of every object in any order (amounts before their currency among them), lists past their limits and faults of the
 * text.
 */
class SocioEconomicTokensProperties {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectNode UNGA = FollowUpStreamingProperties.document("unga-jonkoping.json");
    /** Values put in place of another: each kind of JSON value, and values that each rule refuses. */
    private static final List<String> JUNK = List.of("\"x\"", "\"\"", "5e21", "-1", "0", "null", "true", "{}", "[]",
            "\"1.5\"", "\"-3\"", "\"1e3\"", "1.5", "\"SEK\"", "\"ZZZ\"", "\"MUNICIPALITY\"", "[1, \"a\"]", "{\"a\": 1}",
            "\"101\"", "12345678901234567890", "\"" + "ö".repeat(300) + "\"", "[\"10\", \"200\"]");

    @Test
    void aBrokenDocument_readFromTokens_givesWhatItsTreeGives() {
        int[] valid = {0};
        int[] many = {0};
        int[] currencyLast = {0};
        Seeds.forAll("socio-economic from tokens as from a tree", 600, random -> {
            ObjectNode doc = UNGA.deepCopy();
            FinsamJson.Builder limits = FinsamJson.builder();
            int faults = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(6);
            for (int k = 0; k < faults; k++) {
                breakOne(doc, random);
            }
            if (random.nextInt(6) == 0) {
                limits.maxProjects(1 + random.nextInt(4)); // the actors' and the horizons' lists past their limit
            }
            if (random.nextInt(8) == 0) {
                doc.remove("currency"); // every amount read later, in the default currency
            }
            String text = shuffledEverywhere(doc, random).toString();
            if (text.indexOf("\"currency\"") > text.indexOf("\"projectCosts\"")) {
                currencyLast[0]++;
            }
            if (random.nextInt(10) == 0) {
                text = textFault(text, random);
            }
            FinsamJson json = limits.build();
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            ValidationResult fromTree = fromTree(json, bytes);
            assertThat(json.socioeconomic().validate(bytes)).as(text).isEqualTo(fromTree);
            if (fromTree.isValid()) {
                assertThat(json.socioeconomic().read(bytes)).isEqualTo(treeValue(json, bytes));
                valid[0]++;
            } else if (fromTree.violations().size() > 2) {
                many[0]++;
            }
        });
        assertThat(valid[0]).as("valid documents").isGreaterThan(60);
        assertThat(many[0]).as("documents with three violations or more").isGreaterThan(60);
        assertThat(currencyLast[0]).as("documents whose currency comes after their project costs").isGreaterThan(100);
    }

    /**
     * Orders the random documents rarely reach: the rule of who succeeds falls between the rate's violations and the
     * project costs'; an amount before its currency; an actor's unknown field before its bad amount; a list past its
     * limit with a faulty element; a root that is not an object.
     */
    @Test
    void violationsBetweenFields_comeInTheTreesOrder() {
        FinsamJson json = FinsamJson.builder().maxProjects(2).build();
        List<String> documents = List.of(
                "{\"projectCosts\": [\"x\"], \"successRate\": \"y\", \"successful\": -1, \"name\": 5, "
                        + "\"participants\": \"z\", \"currency\": \"SEK\"}",
                "{\"costOfExclusion\": {\"actors\": [{\"lostTaxes\": \"x\", \"extra\": 1, \"actor\": \"REGION\"}]}, "
                        + "\"currency\": \"ZZZ\", \"participants\": 3, \"successRate\": \"10\"}",
                "{\"currency\": \"SEK\", \"costOfExclusion\": {\"actors\": [{\"lostTaxes\": \"x\", \"extra\": 1}], "
                        + "\"lostProduction\": true, \"more\": 2}, \"effect\": {\"fallOff\": \"x\", \"shares\": [\"y\"]}}",
                "{\"horizons\": [\"a\", 2, 3], \"projectCosts\": [1, 2, 3], \"effect\": {\"shares\": [1, \"b\", 3]}}",
                "[1, 2]", "\"text\"", "{\"effect\": [], \"costOfExclusion\": \"x\", \"projectCosts\": {}}",
                // Faults of the text: each the one violation, as a parse finds it.
                "{\"x\": 1, \"name\": \"a\", \"x\": [2]}", "{\"effect\": {\"fallOff\": 1, \"fallOff\": 2}}",
                "{\"name\": \"\\ud800\", \"participants\": 3}", "{\"name\": \"a\"} []", "{\"name\": \"a\",}",
                "{\"effect\": " + "[".repeat(40) + "]".repeat(40) + "}", "");
        for (String document : documents) {
            byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
            ValidationResult fromTree = fromTree(json, bytes);
            assertThat(fromTree.isValid()).as(document).isFalse();
            assertThat(json.socioeconomic().validate(bytes)).as(document).isEqualTo(fromTree);
        }
    }

    /**
     * Many violations: more in one slot than are reported (the actors' unknown fields, counted beyond the first
     * thousand), and many unknown names, one of them given twice far from its first.
     */
    @Test
    void manyViolations_andManyUnknownNames_comeAsFromTheTree() {
        StringBuilder actors = new StringBuilder();
        for (int a = 0; a < 3; a++) {
            actors.append(a == 0 ? "" : ", ").append("{\"actor\": \"REGION\"");
            for (int i = 0; i < 600; i++) {
                actors.append(", \"x").append(i).append("\": ").append(i);
            }
            actors.append('}');
        }
        StringBuilder unknown = new StringBuilder("{");
        for (int i = 0; i < 5_000; i++) {
            unknown.append("\"u").append(i).append("\": 0, ");
        }
        List<String> documents = List.of(
                "{\"currency\": \"SEK\", \"name\": 1, \"costOfExclusion\": {\"actors\": [" + actors + "]}, \"horizons\": [\"x\"]}",
                unknown + "\"name\": 5}", unknown + "\"u17\": 1}");
        FinsamJson json = FinsamJson.create();
        for (String document : documents) {
            byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
            ValidationResult fromTree = fromTree(json, bytes);
            assertThat(fromTree.violations()).hasSizeGreaterThan(0);
            assertThat(json.socioeconomic().validate(bytes)).isEqualTo(fromTree);
        }
        assertThat(fromTree(json, documents.get(0).getBytes(StandardCharsets.UTF_8)).violations().get(1000).message())
                .contains("more violations are not reported");
    }

    private static ValidationResult fromTree(FinsamJson json, byte[] bytes) {
        try {
            treeValue(json, bytes);
            return ValidationResult.valid();
        } catch (FinsamValidationException e) {
            return e.result();
        }
    }

    private static SocioEconomicCalculation treeValue(FinsamJson json, byte[] bytes) {
        return SocioEconomicKind.INSTANCE.read(json.parse(bytes, SocioEconomicKind.INSTANCE), json.text().limits());
    }

    /** Replaces, removes or adds one value somewhere in the document. */
    private static void breakOne(ObjectNode doc, SplittableRandom random) {
        List<JsonNode> containers = new ArrayList<>();
        collect(doc, containers);
        JsonNode container = containers.get(random.nextInt(containers.size()));
        JsonNode junk = junk(random);
        if (container instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            int what = random.nextInt(5);
            if (names.isEmpty() || what == 0) {
                object.set(random.nextBoolean() ? "unknown" : "successful", junk);
            } else if (what == 1) {
                object.remove(names.get(random.nextInt(names.size())));
            } else {
                object.set(names.get(random.nextInt(names.size())), junk);
            }
        } else {
            ArrayNode array = (ArrayNode) container;
            if (array.isEmpty() || random.nextInt(3) == 0) {
                array.add(junk);
            } else {
                array.set(random.nextInt(array.size()), junk);
            }
        }
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            node.forEach(child -> collect(child, containers));
        }
    }

    private static JsonNode junk(SplittableRandom random) {
        try {
            return MAPPER.readTree(JUNK.get(random.nextInt(JUNK.size())));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The document with the fields of each of its objects in a random order. */
    private static JsonNode shuffledEverywhere(JsonNode node, SplittableRandom random) {
        if (node instanceof ObjectNode object) {
            ObjectNode out = MAPPER.createObjectNode();
            FollowUpStreamingProperties.shuffledFields(object, random).forEach(e -> out.set(e.getKey(), shuffledEverywhere(e.getValue(), random)));
            return out;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode out = MAPPER.createArrayNode();
            array.forEach(element -> out.add(shuffledEverywhere(element, random)));
            return out;
        }
        return node;
    }

    /** A fault of the text: cut short, a field given twice, trailing content, or a lone surrogate. */
    private static String textFault(String text, SplittableRandom random) {
        return switch (random.nextInt(4)) {
            case 0 -> text.substring(0, random.nextInt(text.length()));
            case 1 -> text.replaceFirst("\"name\":", "\"name\":\"twice\",\"name\":");
            case 2 -> text + " {}";
            // The backslash doubled: a replacement's own backslash escapes the next character.
            default -> text.replaceFirst("\"lostProduction\":", "\"lostProduction\\\\ud800\":");
        };
    }
}
