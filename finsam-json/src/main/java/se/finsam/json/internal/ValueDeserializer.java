package se.finsam.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import se.finsam.json.FinsamMappingException;
import se.finsam.validation.FinsamValidationException;

/**
 * Deserializes one finsam value for {@code FinsamModule}: builds the value's tree with
 * {@link TreeBuilder} (exact decimals, duplicate fields, limits) and reads it with the reader of the
 * value's document kind, the same code that reads a whole document, which calls the core factories.
 * Violations are located from the root of the document; they arrive as a {@link FinsamMappingException}.
 *
 * <p>Thread-safe: every call reads with a new reader.
 */
public final class ValueDeserializer<T> extends StdDeserializer<T> {

    private static final long serialVersionUID = 1L;

    /** Reads one value with a reader, at a path. */
    @FunctionalInterface
    public interface Read<T> {
        /**
         * Reads the value of {@code node}, at {@code path} in its document, with a new reader.
         *
         * @throws FinsamValidationException with every violation, each located from the document's root
         */
        T read(Limits limits, JsonNode node, Pointer path, String what);
    }

    private final transient Limits limits;
    private final transient Read<T> read;
    private final String what;

    /** Creates the deserializer of {@code type}, which {@code read} reads within {@code limits}. */
    public ValueDeserializer(Class<T> type, Limits limits, String what, Read<T> read) {
        super(type);
        this.limits = limits;
        this.what = what;
        this.read = read;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String base = p.currentToken() == JsonToken.FIELD_NAME && p.getParsingContext().getParent() != null
                ? p.getParsingContext().getParent().pathAsPointer().toString() : TreeBuilder.pointer(p);
        try {
            JsonNode node = new TreeBuilder(limits).read(p);
            return read.read(limits, node, Pointer.of(base), what);
        } catch (FinsamValidationException e) {
            throw new FinsamMappingException(p, e);
        }
    }

    /**
     * Refuses to read a result of a computation ({@code Budget}, {@code ContributionSplit}, ...): the
     * module writes results in the command line's shapes and does not read them back, since a result is
     * computed from its inputs, never built from its figures. Asking for one is a programming error,
     * Jackson's {@code InvalidDefinitionException}, that says what to read instead; without it Jackson
     * would bind a record's components by their names, a shape finsam never writes.
     */
    public static final class Result<T> extends StdDeserializer<T> {

        private static final long serialVersionUID = 1L;

        private final String instead;

        /** Creates the refusal of result {@code type}, saying what to read {@code instead}. */
        public Result(Class<T> type, String instead) {
            super(type);
            this.instead = instead;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return ctxt.reportBadDefinition(handledType(), handledType().getSimpleName()
                    + " is a result: FinsamModule writes it and does not read it back; " + instead);
        }
    }

    /** Deserializes a map key of an id type (member, project, association ids) with the same reader. */
    public static final class Key extends KeyDeserializer {
        private final Limits limits;
        private final Read<?> read;
        private final String what;

        /** Creates the key deserializer that {@code read} reads within {@code limits}. */
        public Key(Limits limits, String what, Read<?> read) {
            this.limits = limits;
            this.what = what;
            this.read = read;
        }

        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
            JsonParser p = ctxt.getParser();
            String path = p == null ? "" : TreeBuilder.pointer(p);
            try {
                return read.read(limits, TextNode.valueOf(key), Pointer.of(path), what);
            } catch (FinsamValidationException e) {
                throw new FinsamMappingException(p, e);
            }
        }
    }
}
