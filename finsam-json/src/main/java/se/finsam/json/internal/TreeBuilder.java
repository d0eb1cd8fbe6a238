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
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
            return fill(p, NODES.objectNode(), true, surrogatesPossible, 0);
        }
        return read(p, surrogatesPossible, 1);
    }

    /**
     * Reads the value that starts at the parser's current token, a value at {@code depth} in its document
     * (the document itself is at depth 1), leaving the parser at the value's last token: how a reader that
     * streams a document reads one part of it as a tree. Every rule of {@link #read(JsonParser)} is checked.
     *
     * @param p the parser, at the value's first token
     * @param surrogatesPossible as for {@link #read(JsonParser, boolean)}
     * @param depth the depth of the value in its document
     * @return the value
     * @throws IOException if the parser fails (malformed JSON, a Jackson stream constraint)
     * @throws FinsamValidationException on a duplicate field or a broken limit
     */
    public JsonNode read(JsonParser p, boolean surrogatesPossible, int depth) throws IOException {
        JsonToken t = Objects.requireNonNull(p.currentToken(), "the parser is at a value");
        if (t == JsonToken.START_OBJECT) {
            checkDepth(p, depth);
            return fill(p, NODES.objectNode(), false, surrogatesPossible, depth - 1);
        }
        if (t == JsonToken.START_ARRAY) {
            checkDepth(p, depth);
            return fill(p, NODES.arrayNode(), false, surrogatesPossible, depth - 1);
        }
        return scalar(p, t, surrogatesPossible);
    }

    /**
     * A value where a small one is expected, the parser at its first token: a scalar read as a tree; an object or an
     * array, which a reader refuses by its type (or, where an array is expected, an object), passed over with every
     * rule of the text checked, and described by an empty one of its kind.
     *
     * @param p the parser
     * @param value the value's first token
     * @param depth the value's depth (the document itself is 1)
     * @return the scalar's tree, or the empty stand-in
     * @throws IOException if the parser fails
     * @throws FinsamValidationException for a fault of the text
     */
    public JsonNode standIn(JsonParser p, JsonToken value, int depth) throws IOException {
        return standIn(p, value, depth, true);
    }

    /**
     * As {@link #standIn(JsonParser, JsonToken, int)}; {@code surrogatesPossible} as for {@link #read(JsonParser, boolean)}.
     *
     * @param p the parser
     * @param value the value's first token
     * @param depth the value's depth
     * @param surrogatesPossible whether a string may hold a lone surrogate
     * @return the scalar's tree, or the empty stand-in
     * @throws IOException if the parser fails
     */
    public JsonNode standIn(JsonParser p, JsonToken value, int depth, boolean surrogatesPossible) throws IOException {
        if (value.isStructStart()) {
            skip(p, surrogatesPossible, depth);
            return value == JsonToken.START_OBJECT ? NODES.objectNode() : NODES.arrayNode();
        }
        return read(p, surrogatesPossible, depth);
    }

    /** What is done with each element of a streamed array: its index and its tree. */
    @FunctionalInterface
    public interface Element {
        /**
         * Takes one element.
         *
         * @param index the element's index
         * @param element its tree
         */
        void read(int index, JsonNode element);
    }

    /**
     * Streams an array, the parser at its start: each of its first {@code max} elements read as a tree and given to
     * {@code element}, the rest passed over (every rule of the text still checked).
     *
     * @param p the parser
     * @param max how many elements are read
     * @param depth the array's depth
     * @param element takes each element read
     * @return the number of elements
     * @throws IOException if the parser fails
     * @throws FinsamValidationException for a fault of the text
     */
    public int elements(JsonParser p, int max, int depth, Element element) throws IOException {
        return stream(p, max, depth, null, element);
    }

    /**
     * What a reader looks at of an object: its fields by name, each a scalar ({@link #SCALAR}) or an object of its own
     * shape. A value of another kind is described by its kind only, and an unknown field by its name only.
     *
     * @param fields the fields read, by name
     */
    public record Shape(Map<String, Shape> fields) {
        /** A scalar: a string, a number, a truth value or null. */
        public static final Shape SCALAR = new Shape(Map.of());

        /** @param fields the fields read, by name; copied */
        public Shape {
            fields = Map.copyOf(fields);
        }

        /**
         * An object whose fields are all scalars.
         *
         * @param names the fields' names
         * @return the shape
         */
        public static Shape of(String... names) {
            Map<String, Shape> fields = new java.util.HashMap<>();
            for (String name : names) {
                fields.put(name, SCALAR);
            }
            return new Shape(fields);
        }
    }

    /**
     * Reads the value at the parser as a tree of only what a reader of {@code shape} looks at, with every rule of its
     * text checked as {@link #read(JsonParser, boolean, int)} checks it: each known field's scalar, or object of its
     * own shape; in place of any other object or array an empty one of its kind (which a reader describes as it
     * describes the value); an unknown field's value null. So the tree of a value is small however large the value's
     * text: a participant with an unknown field of a million numbers is a tree of its few fields.
     *
     * @param p the parser, at the value's first token
     * @param shape what is read of an object
     * @param depth the value's depth (the document itself is 1)
     * @return the tree
     * @throws IOException if the parser fails
     * @throws FinsamValidationException for a fault of the text
     */
    public JsonNode shaped(JsonParser p, Shape shape, int depth) throws IOException {
        JsonToken first = Objects.requireNonNull(p.currentToken(), "the parser is at a value");
        if (first != JsonToken.START_OBJECT || shape.fields().isEmpty()) {
            return standIn(p, first, depth);
        }
        ObjectNode object = NODES.objectNode();
        fields(p, object, depth, (q, name, value) -> {
            Shape field = shape.fields().get(name);
            if (field == null) {
                skip(q, true, depth + 1); // unknown: only its name is reported
                return NullNode.getInstance();
            }
            return shaped(q, field, depth + 1);
        });
        return object;
    }

    /**
     * Streams an array as {@link #elements(JsonParser, int, int, Element)} does, each element read as
     * {@link #shaped} reads it.
     *
     * @param p the parser, at the array's start
     * @param max how many elements are read
     * @param depth the array's depth
     * @param shape what is read of each element
     * @param element takes each element read
     * @return the number of elements
     * @throws IOException if the parser fails
     * @throws FinsamValidationException for a fault of the text
     */
    public int elements(JsonParser p, int max, int depth, Shape shape, Element element) throws IOException {
        return stream(p, max, depth, shape, element);
    }

    /** Streams an array's elements, each read whole (no shape) or as {@link #shaped} reads it. */
    private int stream(JsonParser p, int max, int depth, @Nullable Shape shape, Element element) throws IOException {
        checkDepth(p, depth);
        int count = 0;
        while (next(p) != JsonToken.END_ARRAY) {
            if (count < max) {
                element.read(count, shape == null ? read(p, true, depth + 1) : shaped(p, shape, depth + 1));
            } else {
                skip(p, true, depth + 1);
            }
            count++;
        }
        return count;
    }

    /**
     * Streams an array of at most {@code max} elements into a tree; a longer one is counted, not kept (a
     * {@link CountedArray}, which a reader refuses by its limit).
     *
     * @param p the parser, at the array's start
     * @param max how many elements are kept
     * @param depth the array's depth
     * @return the array, or the stand-in of one too long
     * @throws IOException if the parser fails
     * @throws FinsamValidationException for a fault of the text
     */
    public JsonNode bounded(JsonParser p, int max, int depth) throws IOException {
        ArrayNode array = NODES.arrayNode();
        int count = elements(p, max, depth, (i, element) -> array.add(element));
        return count > max ? new CountedArray(count) : array;
    }

    /**
     * As {@link #bounded(JsonParser, int, int)}, each element read as {@link #shaped} reads it: the array's tree holds
     * only what its reader looks at, however large its text.
     *
     * @param p the parser, at the array's start
     * @param max how many elements are kept
     * @param depth the array's depth
     * @param shape what is read of each element
     * @return the array, or the stand-in of one too long
     * @throws IOException if the parser fails
     * @throws FinsamValidationException for a fault of the text
     */
    public JsonNode bounded(JsonParser p, int max, int depth, Shape shape) throws IOException {
        ArrayNode array = NODES.arrayNode();
        int count = elements(p, max, depth, shape, (i, element) -> array.add(element));
        return count > max ? new CountedArray(count) : array;
    }

    /**
     * The next token of a streamed array or object, which a document must still have.
     *
     * @param p the parser
     * @return the token
     * @throws IOException if the parser fails
     * @throws FinsamValidationException if the document ends
     */
    public static JsonToken next(JsonParser p) throws IOException {
        JsonToken t = p.nextToken();
        if (t == null) {
            // The parser reports unexpected end-of-input itself; this guards a lenient one.
            throw error(p, JsonViolationCodes.SYNTAX, "Unexpected end of the document");
        }
        return t;
    }

    /** Reads the value of one field of an object that streams, the parser at the value's first token. */
    @FunctionalInterface
    public interface FieldValue {
        /**
         * Reads the value, leaving the parser at its last token.
         *
         * @param p the parser
         * @param name the field's name
         * @param value the value's first token
         * @return the value's tree, or a stand-in of it
         * @throws IOException if the parser fails
         */
        JsonNode read(JsonParser p, String name, JsonToken value) throws IOException;
    }

    /**
     * Streams an object's fields into {@code into}, each value by {@code field}, checking every rule of the text a
     * tree checks: the depth, each name, a field given twice (a fault of the text at its value, as {@link #read}
     * finds it) and the end of the document.
     *
     * @param p the parser, at the object's start
     * @param into receives each field, in order
     * @param depth the object's depth (the document itself is 1)
     * @param field reads each field's value
     * @throws IOException if the parser fails
     * @throws FinsamValidationException for a fault of the text
     */
    public void fields(JsonParser p, ObjectNode into, int depth, FieldValue field) throws IOException {
        checkDepth(p, depth);
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            checkFieldName(p, name, true);
            JsonToken value = p.nextToken();
            if (value == null) {
                throw error(p, JsonViolationCodes.SYNTAX, "Unexpected end of the document");
            }
            if (into.has(name)) {
                if (value.isStructStart()) {
                    checkDepth(p, depth + 1);
                } else {
                    read(p, true, depth + 1);
                }
                throw duplicate(p, name);
            }
            into.set(name, field.read(p, name, value));
        }
        if (t != JsonToken.END_OBJECT) {
            throw error(p, JsonViolationCodes.SYNTAX, "Unexpected end of the document");
        }
    }

    /**
     * Passes over the value that starts at the parser's current token, a value at {@code depth}, checking
     * every rule that {@link #read(JsonParser, boolean, int)} checks, in the same order, without building
     * it: its work is linear in its tokens and its memory is the field names of the objects it is inside.
     * A reader that streams a document passes over what it does not read (an unknown field, the rest of a
     * list too long), so that a broken rule anywhere in a document is found, whichever way it is read.
     *
     * @param p the parser, at the value's first token
     * @param surrogatesPossible as for {@link #read(JsonParser, boolean)}
     * @param depth the depth of the value in its document
     * @throws IOException if the parser fails (malformed JSON, a Jackson stream constraint)
     * @throws FinsamValidationException on a duplicate field or a broken limit
     */
    public void skip(JsonParser p, boolean surrogatesPossible, int depth) throws IOException {
        JsonToken t = Objects.requireNonNull(p.currentToken(), "the parser is at a value");
        if (!t.isStructStart()) {
            scalar(p, t, surrogatesPossible);
            return;
        }
        checkDepth(p, depth);
        // The names of each open object (null for an array), to find a duplicate as fill finds it.
        Deque<Optional<Set<String>>> stack = new ArrayDeque<>();
        stack.push(t == JsonToken.START_OBJECT ? Optional.of(new HashSet<>()) : Optional.empty());
        @Nullable String field = null;
        while (true) {
            t = p.nextToken();
            if (t == null) {
                throw error(p, JsonViolationCodes.SYNTAX, "Unexpected end of the document");
            }
            Optional<Set<String>> top = Objects.requireNonNull(stack.peek(), "inside a value");
            switch (t) {
                case FIELD_NAME -> {
                    field = p.currentName();
                    checkFieldName(p, field, surrogatesPossible);
                }
                case END_OBJECT, END_ARRAY -> {
                    stack.pop();
                    if (stack.isEmpty()) {
                        return;
                    }
                }
                case START_OBJECT, START_ARRAY -> {
                    checkDepth(p, depth + stack.size());
                    skipped(p, top, field);
                    stack.push(t == JsonToken.START_OBJECT ? Optional.of(new HashSet<>()) : Optional.empty());
                }
                default -> {
                    scalar(p, t, surrogatesPossible);
                    skipped(p, top, field);
                }
            }
        }
    }

    /** A value passed over in its object or array: a duplicate field is found as {@link #add} finds it. */
    private static void skipped(JsonParser p, Optional<Set<String>> names, @Nullable String field) {
        if (names.isPresent() && !names.get().add(Objects.requireNonNull(field, "a value in an object follows its field name"))) {
            throw duplicate(p, field);
        }
    }

    /** Fills a container until its end token, iteratively; {@code base} is the depth of the container's parent. */
    private JsonNode fill(JsonParser p, JsonNode root, boolean atFieldName, boolean surrogatesPossible, int base)
            throws IOException {
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
                    checkFieldName(p, field, surrogatesPossible);
                }
                case END_OBJECT, END_ARRAY -> {
                    stack.pop();
                    if (stack.isEmpty()) {
                        return root;
                    }
                }
                case START_OBJECT, START_ARRAY -> {
                    checkDepth(p, base + stack.size() + 1);
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
     * Checks a field name at the parser's current token: its length, and that it is Unicode text when
     * {@code surrogatesPossible}.
     *
     * @param p the parser, at the field name
     * @param field the name
     * @param surrogatesPossible as for {@link #read(JsonParser, boolean)}
     * @throws FinsamValidationException if the name is too long or holds a lone surrogate
     */
    public void checkFieldName(JsonParser p, String field, boolean surrogatesPossible) {
        if (field.length() > limits.maxStringLength()) {
            throw error(p, JsonViolationCodes.LIMIT_EXCEEDED, "Field name of " + field.length()
                    + " characters is longer than the limit of " + limits.maxStringLength() + ": \""
                    + TreeReader.shorten(field) + "\"");
        }
        if (surrogatesPossible) {
            checkUnicode(p, field, "Field name");
        }
    }

    /**
     * The violation of a field given twice, at the parser's current token (its second value).
     *
     * @param p the parser, at the second value's first token
     * @param field the name
     * @return the exception to throw
     */
    public static FinsamValidationException duplicate(JsonParser p, String field) {
        return error(p, JsonViolationCodes.SYNTAX, "Duplicate field '" + TreeReader.shorten(field) + "'");
    }

    /**
     * Adds a value to its object or array. A duplicate field is found here, when its value is added (one
     * lookup instead of two), and reported at the value: the pointer is the field's all the same.
     */
    private static void add(JsonParser p, JsonNode container, @Nullable String field, JsonNode value) {
        if (container instanceof ObjectNode object) {
            String name = Objects.requireNonNull(field, "a value in an object follows its field name");
            if (object.replace(name, value) != null) {
                throw duplicate(p, name);
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

    /**
     * Checks that a container starting at the parser's current token, at {@code depth}, is within the depth limit.
     *
     * @param p the parser
     * @param depth the container's depth (the document itself is at depth 1)
     * @throws FinsamValidationException if it is deeper than the limit
     */
    public void checkDepth(JsonParser p, int depth) {
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
