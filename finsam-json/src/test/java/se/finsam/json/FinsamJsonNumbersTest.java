package se.finsam.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.finsam.budget.AnnualPlan;
import se.finsam.budget.CostLine;
import se.finsam.budget.EquityPolicy;
import se.finsam.contribution.ContributionKey;
import se.finsam.contribution.Financing;
import se.finsam.money.RoundingUnit;
import se.finsam.validation.ValidationResult;
import se.finsam.validation.Violation;

/**
 * Numbers of every size and notation in every numeric field of the five kinds of document: each is a
 * value, or a violation located at the field, never an internal error (issue 11: {@code 10e2147483647}
 * ended in {@code NumberFormatException} or {@code NegativeArraySizeException} in 22 of 24 decimal fields).
 */
class FinsamJsonNumbersTest {

    private static final Path EXAMPLES = Path.of("../finsam-examples/documents");
    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    /** Numbers whose exponent is at or beyond the edge of what {@code BigDecimal} holds, and their kin. */
    static final List<String> HOSTILE = List.of("10e2147483647", "1e-2147483648", "-10e2147483647", "1E+2147483647",
            "100e2147483647", "-1000E+2147483647",
            "1e2147483648", "1E-2147483647", "9.99e-2147483640", "1e+1000000000", "1E-1000", "1E+80", "1E-41",
            "1E+61", "123456789012345678901234567890123456789012e-20", "0e2147483647", "0E-2147483647",
            "1" + "0".repeat(80), "0." + "0".repeat(40) + "1", "-" + "9".repeat(41), "1." + "0".repeat(60));
    /** The same in strings: plain decimals out of range, and the notations a string may not hold. */
    static final List<String> HOSTILE_TEXT = List.of("10e2147483647", "100e2147483647", "1E+80", "1" + "0".repeat(80),
            "0." + "0".repeat(40) + "1", "-" + "9".repeat(41), "1." + "0".repeat(60));
    /** A plain decimal: what a numeric field of a document holds as a string. */
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    /** A numeric leaf of a document: its pointer, and whether it was written as a JSON number. */
    record Leaf(String pointer, boolean number) {
    }

    /** Every decimal field of the five kinds of document (docs/format.md, national.md, indicators.md, socioeconomic.md). */
    private static final List<String> DECIMAL_FIELDS = List.of(
            "PLAN /roundingUnit", "PLAN /projectRoundingUnit", "PLAN /financing/total", "PLAN /financing/stateContribution",
            "PLAN /association/municipalKey/values/", "PLAN /association/regionalKey/values/", "PLAN /finalMunicipalKey/values/",
            "PLAN /projects/*/totalCost", "PLAN /projects/*/costByYear/", "PLAN /projects/*/coFinancing/*/amount",
            "PLAN /costs/*/amount", "PLAN /equity/amount", "PLAN /equity/thresholds/*/fromSize",
            "PLAN /equity/thresholds/*/maxPercent",
            "NATIONAL_ALLOCATION /roundingUnit", "NATIONAL_ALLOCATION /appropriation", "NATIONAL_ALLOCATION /parameters/base",
            "NATIONAL_ALLOCATION /parameters/supportMeasureWeight", "NATIONAL_ALLOCATION /parameters/populationWeight",
            "NATIONAL_ALLOCATION /parameters/maxDecrease", "NATIONAL_ALLOCATION /parameters/maxIncrease",
            "NATIONAL_ALLOCATION /supplementary/pot", "NATIONAL_ALLOCATION /supplementary/cap",
            "NATIONAL_ALLOCATION /associations/*/supportMeasure", "NATIONAL_ALLOCATION /associations/*/previousAllocation",
            "NATIONAL_ALLOCATION /associations/*/supplementaryRequest", "NATIONAL_ALLOCATION /associations/*/matchingOffer",
            "INDICATORS /support/*/figures/*/payments/", "INDICATORS /support/*/figures/*/fullYearEquivalents/",
            "FOLLOW_UP /targets/*/atLeast",
            "SOCIOECONOMIC /successRate", "SOCIOECONOMIC /projectCosts/", "SOCIOECONOMIC /costOfExclusion/lostProduction",
            "SOCIOECONOMIC /costOfExclusion/actors/*/realCosts", "SOCIOECONOMIC /costOfExclusion/actors/*/transfers",
            "SOCIOECONOMIC /costOfExclusion/actors/*/lostTaxes", "SOCIOECONOMIC /effect/fallOff",
            "SOCIOECONOMIC /effect/shares/", "SOCIOECONOMIC /discountRate");

    @Test
    void hostileNumber_inEveryNumericFieldOfEveryKind_isALocatedViolation() throws IOException {
        FinsamJson json = FinsamJson.create();
        List<String> failures = new ArrayList<>();
        Set<String> shapesTried = new LinkedHashSet<>();
        for (JsonNode document : documents()) {
            Set<String> shapes = new LinkedHashSet<>();
            DocumentKind kind = json.kindOf(MAPPER.writeValueAsBytes(document));
            assertThat(json.format(kind).validate(MAPPER.writeValueAsBytes(document)).violations()).as("violations of %s", document)
                    .isEmpty();
            for (Leaf leaf : numericLeaves(document)) {
                if (!shapes.add(kind + " " + shape(leaf.pointer()))) {
                    continue;
                }
                for (String hostile : HOSTILE) {
                    check(json, with(document, leaf.pointer(), hostile, true), kind, leaf.pointer(), hostile,
                            kind + " " + leaf.pointer() + " = " + hostile, failures);
                }
                for (String hostile : HOSTILE_TEXT) {
                    check(json, with(document, leaf.pointer(), hostile, false), kind, leaf.pointer(), hostile,
                            kind + " " + leaf.pointer() + " = \"" + hostile + "\"", failures);
                }
            }
            shapesTried.addAll(shapes);
        }
        assertThat(DECIMAL_FIELDS).as("decimal fields tried").allSatisfy(field -> assertThat(shapesTried)
                .anySatisfy(shape -> assertThat(shape).startsWith(field)));
        assertThat(failures).as("hostile numbers that failed otherwise than by a violation at their own field").isEmpty();
    }

    @Test
    void hostileNumber_throughTheJacksonModule_isAMappingExceptionAtTheField() throws IOException {
        // Issue 11: the module let a raw NegativeArraySizeException out of ObjectMapper.readValue.
        ObjectMapper mapper = new ObjectMapper().registerModule(new FinsamModule());
        List<String> failures = new ArrayList<>();
        List<JsonNode> plans = documents().stream().filter(d -> d.has("association")).toList();
        for (JsonNode plan : plans) {
            Set<String> shapes = new LinkedHashSet<>();
            for (Leaf leaf : numericLeaves(plan)) {
                if (!shapes.add(shape(leaf.pointer()))) {
                    continue;
                }
                for (String hostile : HOSTILE) {
                    byte[] bytes = with(plan, leaf.pointer(), hostile, true);
                    String what = leaf.pointer() + " = " + hostile;
                    try {
                        mapper.readValue(bytes, AnnualPlan.class);
                        if (!hostile.matches("-?0[eE].*|1\\.0+")) {
                            failures.add(what + ": read");
                        }
                    } catch (FinsamMappingException e) {
                        if (!hostile.matches("-?0[eE].*|1\\.0+") && e.violations().stream().noneMatch(v -> at(v, leaf.pointer()))) {
                            failures.add(what + ": " + e.violations());
                        }
                    } catch (IOException | RuntimeException e) {
                        failures.add(what + ": " + e);
                    }
                }
            }
        }
        for (String hostile : HOSTILE) {
            for (Map.Entry<String, Class<?>> value : Map.<String, Class<?>>of(
                    "{\"basis\": \"WEIGHTS\", \"values\": {\"a\": 1, \"b\": H}}", ContributionKey.class,
                    "{\"total\": H}", Financing.class,
                    "{\"category\": \"BOARD\", \"amount\": H}", CostLine.class,
                    "{\"fromSize\": \"0\", \"maxPercent\": H}", EquityPolicy.Step.class,
                    "H", RoundingUnit.class).entrySet()) {
                String json = value.getKey().replace("H", hostile);
                try {
                    mapper.readValue(json, value.getValue());
                } catch (FinsamMappingException e) {
                    assertThat(e.violations()).as("violations of %s", json).isNotEmpty();
                } catch (IOException | RuntimeException e) {
                    failures.add(value.getValue().getSimpleName() + " " + json + ": " + e);
                }
            }
        }
        assertThat(failures).as("hostile numbers read through the module").isEmpty();
    }

    /** A pointer with its indices, members and municipalities as {@code *}: one field of every element of a list. */
    private static String shape(String pointer) {
        return pointer.replaceAll("/[0-9]+(?=/|$)", "/*").replaceAll("/(values|figures)/[^/]+", "/$1/*");
    }

    /** The example documents, and variants of them that hold the decimal fields the examples leave out. */
    private static List<JsonNode> documents() throws IOException {
        List<JsonNode> documents = new ArrayList<>();
        for (String file : List.of("rar-sormland-2007.json", "every-field.json", "national-2016.json",
                "norra-vastmanland-indicators.json", "kvinnocoacher-2011.json", "vagen-in-2011.json", "unga-jonkoping.json")) {
            documents.add(MAPPER.readTree(Files.readAllBytes(EXAMPLES.resolve(file))));
        }
        ObjectNode weights = (ObjectNode) documents.get(0).deepCopy();
        ((ObjectNode) weights.at("/association/municipalKey")).put("basis", "WEIGHTS");
        documents.add(weights);
        ObjectNode shares = (ObjectNode) documents.get(6).deepCopy();
        shares.remove("successRate");
        shares.put("successful", 40);
        shares.putObject("effect").putArray("shares").add("100").add("50");
        documents.add(shares);
        documents.add(MAPPER.readTree(NationalDocuments.smallWith("\"maxDecrease\": \"10\"", "\"maxIncrease\": \"50\"")));
        return documents;
    }

    private static void check(FinsamJson json, byte[] bytes, DocumentKind kind, String pointer, String hostile,
            String what, List<String> failures) {
        ValidationResult result;
        try {
            result = json.format(kind).validate(bytes);
        } catch (RuntimeException e) {
            failures.add(what + ": " + e);
            return;
        }
        if (hostile.matches("-?0[eE].*|1\\.0+")) {
            // Zero and one in any notation are ordinary numbers: valid where they are, else a violation of their own.
            return;
        }
        if (result.isValid()) {
            failures.add(what + ": valid");
        } else if (result.violations().stream().noneMatch(v -> at(v, pointer))) {
            failures.add(what + ": no violation at the field, only " + result.violations());
        }
    }

    /** A violation located at the field, or at the object holding it (a map key's value is its own field). */
    private static boolean at(Violation v, String pointer) {
        return v.path().equals(pointer) || pointer.startsWith(v.path() + "/") && !v.path().isEmpty()
                && pointer.lastIndexOf('/') == v.path().length();
    }

    /** Every leaf that holds a number or a plain decimal string; in document order. */
    static List<Leaf> numericLeaves(JsonNode node) {
        List<Leaf> leaves = new ArrayList<>();
        collect(node, "", leaves);
        return leaves;
    }

    private static void collect(JsonNode node, String pointer, List<Leaf> leaves) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                collect(e.getValue(), pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), leaves);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer + "/" + i, leaves);
            }
        } else if (node.isNumber() || node.isTextual() && DECIMAL.matcher(node.textValue()).matches()) {
            leaves.add(new Leaf(pointer, node.isNumber()));
        }
    }

    /** The document with the value at {@code pointer} replaced by {@code number}, as a JSON number or a string. */
    private static byte[] with(JsonNode document, String pointer, String number, boolean asNumber) throws IOException {
        JsonNode copy = document.deepCopy();
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = copy.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
        String marker = "\u0000hostile\u0000";
        if (parent instanceof ObjectNode object) {
            object.put(last, marker);
        } else {
            ((ArrayNode) parent).set(Integer.parseInt(last), marker);
        }
        String text = MAPPER.writeValueAsString(copy);
        String quoted = MAPPER.writeValueAsString(marker);
        return text.replace(quoted, asNumber ? number : "\"" + number + "\"").getBytes(StandardCharsets.UTF_8);
    }
}
