package se.finsam.json.internal;

import se.finsam.json.JsonViolationCodes;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.Violation;

/**
 * Builds a JSON tree from a parser token by token, the same way whoever owns the parser: the facade's
 * hardened mapper or a user's own {@code ObjectMapper} through {@link se.finsam.json.FinsamModule}. Numbers become exact
 * decimals (never {@code double}); a number that the parser only has as a binary {@code double} (a tree
 * built with doubles) stays one, and the reader refuses it. A duplicate field is a syntax error, and the {@link Limits} on depth,
 * string and number length are checked on each token before its value is made. Iterative, so that no
 * nesting can overflow the stack.
 *
 * <p>Thread-safe: it holds only its limits.
 */
public final class TreeBuilder {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Limits limits;

    /** Creates a builder of trees within {@code limits}. */
    public TreeBuilder(Limits limits) {
        this.limits = limits;
    }

    /**
     * Reads the value that starts at the parser's current token (or the next token, if there is no
     * current one), leaving the parser at the value's last token.
     *
     * @param p the parser
     * @return the value, or the missing node if the input has no value at all
     * @throws IOException if the parser fails (malformed JSON, a Jackson stream constraint)
     * @throws FinsamValidationException on a duplicate field or a broken limit, located by JSON pointer,
     *     line and column
     */
    public JsonNode read(JsonParser p) throws IOException {
        return read(p, true);
    }

    /**
     * As {@link #read(JsonParser)}; {@code surrogatesPossible} is false when the input is known to hold no
     * lone surrogate (strict UTF-8 without a <code>&#92;u</code> escape), and its strings are then not searched for one.
     */
    public JsonNode read(JsonParser p, boolean surrogatesPossible) throws IOException {
        JsonToken t = p.currentToken();
        if (t == null) {
            t = p.nextToken();
            if (t == null) {
                return MissingNode.getInstance();
            }
        }
        if (t == JsonToken.FIELD_NAME) {
            // A deserializer may be handed an object whose start was consumed (buffered by Jackson).
            return fill(p, NODES.objectNode(), true, surrogatesPossible);
        }
        if (t == JsonToken.START_OBJECT) {
            checkDepth(p, 1);
            return fill(p, NODES.objectNode(), false, surrogatesPossible);
        }
        if (t == JsonToken.START_ARRAY) {
            checkDepth(p, 1);
            return fill(p, NODES.arrayNode(), false, surrogatesPossible);
        }
        return scalar(p, t, surrogatesPossible);
    }

    /** Fills a container until its end token, iteratively. */
    private JsonNode fill(JsonParser p, JsonNode root, boolean atFieldName, boolean surrogatesPossible) throws IOException {
        Deque<JsonNode> stack = new ArrayDeque<>();
        stack.push(root);
        @Nullable String field = null;
        JsonToken t = atFieldName ? JsonToken.FIELD_NAME : p.nextToken();
        while (true) {
            if (t == null) {
                // The parser reports unexpected end-of-input itself; this guards a lenient one.
                throw error(p, JsonViolationCodes.SYNTAX, "Unexpected end of the document");
            }
            JsonNode top = stack.peek();
            switch (t) {
                case FIELD_NAME -> {
                    field = p.currentName();
                    if (field.length() > limits.maxStringLength()) {
                        throw error(p, JsonViolationCodes.LIMIT_EXCEEDED, "Field name of " + field.length()
                                + " characters is longer than the limit of " + limits.maxStringLength() + ": \""
                                + TreeReader.shorten(field) + "\"");
                    }
                    if (surrogatesPossible) {
                        checkUnicode(p, field, "Field name");
                    }
                }
                case END_OBJECT, END_ARRAY -> {
                    stack.pop();
                    if (stack.isEmpty()) {
                        return root;
                    }
                }
                case START_OBJECT, START_ARRAY -> {
                    checkDepth(p, stack.size() + 1);
                    JsonNode child = t == JsonToken.START_OBJECT ? NODES.objectNode() : NODES.arrayNode();
                    add(p, top, field, child);
                    stack.push(child);
                }
                default -> add(p, top, field, scalar(p, t, surrogatesPossible));
            }
            t = p.nextToken();
        }
    }

    /**
     * Adds a value to its object or array. A duplicate field is found here, when its value is added (one
     * lookup instead of two), and reported at the value: the pointer is the field's all the same.
     */
    private static void add(JsonParser p, JsonNode container, @Nullable String field, JsonNode value) {
        if (container instanceof ObjectNode object) {
            String name = Objects.requireNonNull(field, "a value in an object follows its field name");
            if (object.replace(name, value) != null) {
                throw error(p, JsonViolationCodes.SYNTAX, "Duplicate field '" + TreeReader.shorten(name) + "'");
            }
        } else {
            ((ArrayNode) container).add(value);
        }
    }

    private JsonNode scalar(JsonParser p, JsonToken t, boolean surrogatesPossible) throws IOException {
        return switch (t) {
            case VALUE_STRING -> {
                int length = p.getTextLength();
                if (length > limits.maxStringLength()) {
                    throw error(p, JsonViolationCodes.LIMIT_EXCEEDED, "String of " + length
                            + " characters is longer than the limit of " + limits.maxStringLength() + ": \""
                            + start(p) + "…\"");
                }
                String text = p.getText();
                if (surrogatesPossible) {
                    checkUnicode(p, text, "String");
                }
                yield NODES.textNode(text);
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                int length = p.getTextLength();
                if (length > limits.maxNumberLength()) {
                    throw error(p, JsonViolationCodes.LIMIT_EXCEEDED, "Number of " + length
                            + " characters is longer than the limit of " + limits.maxNumberLength() + ": " + start(p) + "…");
                }
                try {
                    if (t == JsonToken.VALUE_NUMBER_FLOAT) {
                        if (isBinary(p.getNumberTypeFP())) {
                            // A tree or buffer that holds a double: the JSON's digits are gone. Kept as the
                            // double it is, for the reader to refuse it where a number is read.
                            yield NODES.numberNode(p.getDoubleValue());
                        }
                        // Exact: from the text, however the parser's owner has set up floating point.
                        yield WrittenDecimalNode.of(p.getDecimalValue(), p.getText());
                    }
                    yield switch (p.getNumberType()) {
                        case INT -> NODES.numberNode(p.getIntValue());
                        case LONG -> NODES.numberNode(p.getLongValue());
                        default -> NODES.numberNode(p.getBigIntegerValue());
                    };
                } catch (NumberFormatException | ArithmeticException e) {
                    // Found by fuzzing: an exponent beyond what BigDecimal holds, such as 1e1000000000012.
                    throw error(p, JsonViolationCodes.INVALID_NUMBER, "Number " + start(p) + (length > 20 ? "…" : "")
                            + " is out of range");
                }
            }
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> throw error(p, JsonViolationCodes.SYNTAX, "Unexpected " + t);
        };
    }

    /**
     * Whether a floating-point number reached the parser as a binary {@code float} or {@code double}
     * rather than as text or a {@code BigDecimal}: the parser of a tree built without
     * {@code USE_BIG_DECIMAL_FOR_FLOATS}, or of a buffer filled from Java doubles. Such a number may
     * already have lost digits ({@code 1.00000000000000000001} is the double {@code 1.0}), and nothing
     * can tell; a parser of text answers {@code UNKNOWN} and gives its digits exactly.
     */
    private static boolean isBinary(JsonParser.NumberTypeFP type) {
        return type == JsonParser.NumberTypeFP.DOUBLE64 || type == JsonParser.NumberTypeFP.FLOAT32
                || type == JsonParser.NumberTypeFP.FLOAT16;
    }

    /**
     * Refuses a string that is not Unicode text: one with a lone surrogate, a UTF-16 unit of a pair
     * without its other half, as the escape <code>&#92;ud800</code> writes it (and as Jackson 2.20 decodes the
     * ill-formed UTF-8 {@code ED A0 80} of a mapper that is not finsam's own).
     */
    private static void checkUnicode(JsonParser p, String text, String what) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    throw error(p, JsonViolationCodes.SYNTAX, what + " \"" + TreeReader.shorten(text) + "\" holds a lone"
                            + " surrogate, which is not a Unicode character");
                }
            }
        }
    }

    private void checkDepth(JsonParser p, int depth) {
        if (depth > limits.maxDepth()) {
            throw error(p, JsonViolationCodes.LIMIT_EXCEEDED, "Nesting is deeper than the limit of "
                    + limits.maxDepth() + " levels");
        }
    }

    /** The first characters of the current token, without copying all of a huge one. */
    private static String start(JsonParser p) throws IOException {
        int n = Math.min(p.getTextLength(), 20);
        return new String(p.getTextCharacters(), p.getTextOffset(), n);
    }

    /** A violation at the current token, located by JSON pointer, line and column. */
    public static FinsamValidationException error(JsonParser p, String code, String message) {
        JsonLocation at = p.currentTokenLocation();
        String path = pointer(p);
        return FinsamValidationException.of("document", Violation.of(path, code, message + " at line " + at.getLineNr()
                + ", column " + at.getColumnNr()));
    }

    /** The JSON pointer of the parser's current token, from the root of the document. */
    public static String pointer(JsonParser p) {
        return p.getParsingContext() == null ? "" : p.getParsingContext().pathAsPointer().toString();
    }

    /**
     * Where the parser failed, as a JSON pointer: the field or value it was reading (a field name, or a
     * value whose text broke a rule), or else the object or array it was in (after its start, or after
     * the end of a nested object or array).
     */
    public static String failurePointer(JsonParser p) {
        JsonStreamContext context = p.getParsingContext();
        JsonToken last = p.currentToken();
        if (context == null) {
            return "";
        }
        if (last == null || last == JsonToken.FIELD_NAME || last.isScalarValue()) {
            return context.pathAsPointer().toString();
        }
        return context.getParent() == null ? "" : context.getParent().pathAsPointer().toString();
    }
}
