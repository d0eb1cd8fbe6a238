package se.finsam.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import se.finsam.json.DocumentKind;
import se.finsam.validation.FinsamValidationException;

/**
 * One kind of document: the top-level fields that identify it, its reader, its writer and the values and
 * results it gives {@code FinsamModule}. The facade and the module ask the descriptors; they hold no switch
 * over the kinds.
 *
 * @param <T> what a document of the kind reads into
 */
public abstract class DocumentDescriptor<T> {

    private final DocumentKind kind;
    private final Reading<T> reader;
    private final @Nullable TokenReading<T> tokens;
    private final ValueSerializer.Write<T> writer;
    private final List<String> fields;

    /** Reads a parsed document of one kind with a new reader. */
    @FunctionalInterface
    protected interface Reading<T> {
        /**
         * Reads the document.
         *
         * @param root the parsed document
         * @param limits the limits on untrusted input
         * @return the value, valid
         * @throws FinsamValidationException with every violation
         */
        T read(JsonNode root, Limits limits);
    }

    /**
     * Creates the descriptor of a kind.
     *
     * @param kind the kind described
     * @param reader reads a parsed document of the kind
     * @param writer writes a value of the kind: the document itself, or the report of what it computes
     * @param fields the top-level fields that only a document of this kind has, in the order they are named
     *     when a document of this kind is given where another is expected
     */
    protected DocumentDescriptor(DocumentKind kind, Reading<T> reader, ValueSerializer.Write<T> writer, String... fields) {
        this(kind, reader, null, writer, fields);
    }

    /**
     * A document read from its tokens as they stream: its top-level fields (their values may be stand-ins), for the
     * facade's test of the kind, and its value, which throws with every violation found.
     *
     * @param skeleton the document's top-level fields, or the document itself when it is not an object
     * @param value gives the value, valid, or throws {@link FinsamValidationException} with every violation
     */
    public record Streamed<T>(JsonNode skeleton, Supplier<T> value) {
    }

    /** Reads a document of one kind from its tokens with a new reader. */
    @FunctionalInterface
    protected interface TokenReading<T> {
        /**
         * Reads the document as its parser streams it.
         *
         * @param parser the parser, at the document's first token; left at its last
         * @param limits the limits on untrusted input
         * @param surrogatesPossible whether a string may hold a lone surrogate (false: none need be searched for one)
         * @return what was read
         * @throws IOException if the parser fails
         * @throws FinsamValidationException for a fault of the JSON text, as a parse throws it
         */
        Streamed<T> read(JsonParser parser, Limits limits, boolean surrogatesPossible) throws IOException;
    }

    /**
     * Creates the descriptor of a kind that is read from its tokens: a document's bytes are read as they stream,
     * without a tree; a tree (the module's) is read by {@code reader}, which gives the same.
     *
     * @param kind the kind described
     * @param reader reads a parsed document of the kind
     * @param tokens reads a document of the kind from its tokens; null for a kind read from a tree only
     * @param writer writes a value of the kind
     * @param fields the top-level fields that only a document of this kind has
     */
    protected DocumentDescriptor(DocumentKind kind, Reading<T> reader, @Nullable TokenReading<T> tokens,
            ValueSerializer.Write<T> writer, String... fields) {
        this.kind = kind;
        this.reader = reader;
        this.tokens = tokens;
        this.writer = writer;
        this.fields = List.of(fields);
    }

    /** The kind described. */
    public final DocumentKind kind() {
        return kind;
    }

    /** The first of this kind's own top-level fields that the document has, or empty. */
    public final Optional<String> fieldOf(JsonNode tree) {
        return fields.stream().filter(tree::has).findFirst();
    }

    /**
     * Whether this kind's own field decides a document's kind even beside another kind's field: a socio-economic
     * calculation has {@code participants}, as a participant follow-up does, and its {@code costOfExclusion}
     * makes it a calculation. False unless a kind says so.
     *
     * @return whether the field decides
     */
    public boolean decides() {
        return false;
    }

    /**
     * Reads a parsed document.
     *
     * @throws FinsamValidationException with every violation, each located by JSON pointer
     */
    public final T read(JsonNode root, Limits limits) {
        return reader.read(root, limits);
    }

    /** Whether a document of this kind is read from its tokens ({@link #read(JsonParser, Limits, boolean)}). */
    public final boolean readsTokens() {
        return tokens != null;
    }

    /**
     * Reads a document from its tokens, as they stream.
     *
     * @param parser the parser, at the document's first token
     * @param limits the limits on untrusted input
     * @param surrogatesPossible whether a string may hold a lone surrogate (false: none need be searched for one)
     * @return what was read
     * @throws IOException if the parser fails
     * @throws FinsamValidationException for a fault of the JSON text
     * @throws IllegalStateException if the kind is read from a tree only
     */
    public final Streamed<T> read(JsonParser parser, Limits limits, boolean surrogatesPossible) throws IOException {
        TokenReading<T> reading = tokens;
        if (reading == null) {
            throw new IllegalStateException(kind + " documents are read from a tree");
        }
        return reading.read(parser, limits, surrogatesPossible);
    }

    /** Writes a value of this kind: the document itself, or the report of what it computes. */
    public final void write(JsonGenerator g, T value) throws IOException {
        writer.write(g, value);
    }

    /** Registers this kind's values and results with the module. */
    public abstract void register(ModuleRegistry registry);
}
