package se.finsam.statistics;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import se.finsam.validation.Violation;

/**
 * JSON of SCB's files: parsed strictly (one value, no duplicate field, nesting at most {@value #MAX_DEPTH})
 * with every number exact, and the small accessors that report a field of the wrong kind where it is.
 */
final class ScbJson {

    /** The deepest nesting accepted; SCB's responses nest five levels. */
    static final int MAX_DEPTH = 32;

    /** An empty array, for a field that is missing. */
    static final JsonNode EMPTY = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();

    private ScbJson() {
    }

    /**
     * Parses JSON text; a file that is not JSON throws its fault at once, since nothing else can be read.
     *
     * @param text the UTF-8 bytes, without a byte order mark
     * @param maxBytes the limit of the document's length
     * @param faults receives the fault
     * @param fileName for the exception's message
     * @return the tree
     */
    static JsonNode parse(byte[] text, int maxBytes, ScbFaults faults, String fileName) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                        .maxDocumentLength(maxBytes).build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        ObjectMapper mapper = JsonMapper.builder(factory)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
        try (JsonParser parser = factory.createParser(text)) {
            try {
                JsonNode tree = mapper.readTree(parser);
                if (tree == null || tree.isMissingNode()) {
                    faults.add("", StatisticsCodes.FILE_UNREADABLE, "The file is empty");
                } else {
                    return tree;
                }
            } catch (StreamConstraintsException e) {
                faults.add(pointer(parser), StatisticsCodes.FILE_TOO_LARGE, clean(e.getOriginalMessage()) + where(e.getLocation()));
            } catch (JsonParseException e) {
                String message = clean(e.getOriginalMessage());
                faults.add(pointer(parser), message.startsWith("Duplicate field") ? StatisticsCodes.DUPLICATE
                        : StatisticsCodes.FILE_UNREADABLE, (message.startsWith("Duplicate field") ? "" : "Malformed or truncated JSON: ")
                        + message + where(e.getLocation()));
            } catch (JsonProcessingException e) {
                faults.add(pointer(parser), StatisticsCodes.FILE_UNREADABLE, "Malformed or truncated JSON: "
                        + clean(e.getOriginalMessage()) + where(e.getLocation()));
            } catch (NumberFormatException | ArithmeticException e) {
                // A number BigDecimal cannot hold, such as 1e2147483648: Jackson throws it unwrapped.
                faults.add(pointer(parser), StatisticsCodes.FILE_UNREADABLE, "A number out of range"
                        + where(parser.currentTokenLocation()));
            }
        } catch (IOException e) {
            // Reading a byte array does no I/O: a byte sequence that is not UTF-8.
            faults.add("", StatisticsCodes.FILE_UNREADABLE, "The file is not UTF-8 JSON: " + clean(e.getMessage()));
        }
        faults.throwIfAny(fileName);
        throw new IllegalStateException("unreachable: a fault was added");
    }

    /**
     * Reads a JSON table: PxWeb API v1 JSON or JSON-stat 2.0, told apart by their fields.
     *
     * @param text the UTF-8 bytes, without a byte order mark
     * @param maxBytes the limit of the document's length
     * @param faults receives every fault
     * @param fileName for the exception's message
     * @return what the file holds
     */
    static ScbRead readTable(byte[] text, int maxBytes, ScbFaults faults, String fileName) {
        JsonNode root = parse(text, maxBytes, faults, fileName);
        return format(root, faults, fileName) == TableFormat.PXWEB_JSON ? ScbPxJson.read(root, faults)
                : ScbJsonStat.read(root, faults);
    }

    /** PxWeb v1 JSON ({@code columns} and {@code data}) or JSON-stat 2.0; any other JSON is refused. */
    private static TableFormat format(JsonNode root, ScbFaults faults, String fileName) {
        if (root.isObject() && root.has("columns") && root.has("data")) {
            return TableFormat.PXWEB_JSON;
        }
        if (root.isObject() && (ScbJson.text(root, "class").filter("dataset"::equals).isPresent()
                || (root.has("id") && root.has("size") && root.has("dimension")))) {
            return TableFormat.JSON_STAT2;
        }
        boolean kolada = root.isObject() && root.path("values").isArray() && root.path("values").size() > 0
                && root.path("values").get(0).has("kpi");
        String said = kolada ? "It is an answer of Kolada (values of key figures), not a population table of SCB:"
                + " give it to finsam indicators with --kolada"
                : root.isObject() && root.size() > 0 && root.elements().next().has("dimension")
                ? "It looks like JSON-stat 1.0 (a bundle of datasets): save the table as JSON-stat 2.0 (json-stat2)"
                : "It is neither a PxWeb JSON response (columns and data) nor a JSON-stat 2.0 dataset (id, size, dimension)";
        faults.add("", StatisticsCodes.FILE_UNREADABLE, "The JSON is not a table finsam reads. " + said);
        faults.throwIfAny(fileName);
        throw new IllegalStateException("unreachable: a fault was added");
    }

    /** Where the parser stopped, as a JSON pointer. */
    private static String pointer(JsonParser parser) {
        List<String> segments = new ArrayList<>();
        for (var context = parser.getParsingContext(); context != null && !context.inRoot(); context = context.getParent()) {
            if (context.inArray()) {
                segments.add(0, Integer.toString(Math.max(0, context.getCurrentIndex())));
            } else if (context.getCurrentName() != null) {
                segments.add(0, String.valueOf(context.getCurrentName()));
            }
        }
        return Violation.pointer(segments.toArray());
    }

    private static String where(@Nullable JsonLocation location) {
        return location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static String clean(@Nullable String message) {
        String said = String.valueOf(message).replaceAll(",? from `StreamReadConstraints[^`]*`", "")
                .replaceAll("\\s*\\(?(?:for|Use|enable) `?[A-Za-z.]*Feature\\.[A-Z_]+`?[^)\\n]*\\)?", "");
        return ScbFaults.quote(said.length() > 200 ? said.substring(0, 200) : said).replace("…", "") ;
    }

    /** A field of an object, if the node is an object that has it (and it is not null). */
    static Optional<JsonNode> field(JsonNode node, String name) {
        JsonNode value = node.isObject() ? node.get(name) : null;
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    /** A field's text, if it is a string. */
    static Optional<String> text(JsonNode node, String name) {
        return field(node, name).filter(JsonNode::isTextual).map(JsonNode::textValue);
    }

    /** A field that must be an array; a fault at its path if it is missing or not one. */
    static Optional<JsonNode> array(JsonNode node, String name, String path, ScbFaults faults, String what) {
        Optional<JsonNode> value = field(node, name);
        if (value.isEmpty() || !value.get().isArray()) {
            faults.add(path + "/" + name, StatisticsCodes.FILE_UNREADABLE, "Expected " + what + " at '" + name + "', found "
                    + kind(value.orElse(null)));
            return Optional.empty();
        }
        return value;
    }

    /** A node that must be a string; a fault at its path if not. */
    static Optional<String> string(JsonNode node, String path, ScbFaults faults, String what) {
        if (!node.isTextual()) {
            faults.add(path, StatisticsCodes.FILE_UNREADABLE, "Expected " + what + " as a string, found " + kind(node));
            return Optional.empty();
        }
        return Optional.of(node.textValue());
    }

    /** What a node is, for a message. */
    static String kind(@Nullable JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isNull()) {
            return "null";
        }
        if (node.isTextual()) {
            return "the string \"" + ScbFaults.quote(node.textValue()) + "\"";
        }
        if (node.isNumber()) {
            return "the number " + ScbFaults.quote(node.asText());
        }
        return node.isArray() ? "an array" : node.isObject() ? "an object" : "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * A whole number that fits an int, written in any JSON notation ({@code 9}, {@code 9.0}, {@code 9e0}), or
     * empty: not a number, a fraction, or too large.
     */
    static OptionalInt wholeInt(JsonNode node) {
        if (!node.isNumber()) {
            return OptionalInt.empty();
        }
        if (node.isIntegralNumber()) {
            return node.canConvertToInt() ? OptionalInt.of(node.intValue()) : OptionalInt.empty();
        }
        try {
            return OptionalInt.of(node.decimalValue().intValueExact());
        } catch (ArithmeticException e) {
            return OptionalInt.empty(); // a fraction, or beyond an int
        }
    }
}
