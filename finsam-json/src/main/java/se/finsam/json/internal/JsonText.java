package se.finsam.json.internal;

import com.fasterxml.jackson.core.ErrorReportConfiguration;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;
import se.finsam.json.JsonViolationCodes;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.TextRules;
import se.finsam.validation.Violation;

/**
 * The JSON text of documents under limits: parses UTF-8 bytes into a tree strictly (well-formed UTF-8, one
 * value, no duplicate keys, every limit) and prints pretty JSON. What every document kind shares before its
 * reader and after its writer.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class JsonText {

    /** The longest syntax message, in characters; a longer one is cut after a whole word. */
    private static final int MAX_SYNTAX_MESSAGE = 200;
    /** The most characters of an unexpected token that a syntax message quotes. */
    private static final int MAX_QUOTED_TOKEN = 40;

    private final Limits limits;
    private final JsonFactory factory;
    private final JsonFactory streamFactory;
    private final TreeBuilder trees;

    /**
     * Creates the parser and printer of documents within {@code limits}.
     *
     * @param limits the limits on untrusted input
     */
    public JsonText(Limits limits) {
        this.limits = limits;
        this.trees = new TreeBuilder(limits);
        // Jackson enforces what it can while tokenizing; TreeBuilder checks the same limits per token,
        // as it does for a user's own mapper, and the document size is checked before parsing.
        this.factory = factory(limits, limits.maxDocumentBytes());
        // A streamed document is counted by CheckedInput, which ends it after maxStreamedBytes + 1 bytes.
        this.streamFactory = factory(limits, Long.MAX_VALUE);
    }

    private static JsonFactory factory(Limits limits, long maxDocumentLength) {
        return JsonFactory.builder()
                // A token quoted in a syntax message is cut by Jackson, so that the message stays short.
                .errorReportConfiguration(ErrorReportConfiguration.builder().maxErrorTokenLength(MAX_QUOTED_TOKEN).build())
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(maxDocumentLength)
                        .maxNestingDepth(limits.maxDepth())
                        // Not the string limit: Jackson checks it only when a text buffer grows, and buffers are
                        // reused within a thread, so whether its message or TreeBuilder's came would depend on what
                        // the thread read before. A string is never longer than the limit on the document (nor,
                        // streamed, than Integer.MAX_VALUE), so TreeBuilder's check, on every string, always decides.
                        .maxStringLength(Math.max(limits.maxStringLength(), limits.maxDocumentBytes()))
                        .maxNameLength(limits.maxStringLength())
                        .maxNumberLength(limits.maxNumberLength())
                        .build())
                .build();
    }

    /** The limits this instance reads within. */
    public Limits limits() {
        return limits;
    }

    /**
     * Parses UTF-8 bytes into a tree, strictly: malformed JSON, duplicate keys, trailing content and an
     * empty document are {@link JsonViolationCodes#SYNTAX} violations, and a broken limit a
     * {@link JsonViolationCodes#LIMIT_EXCEEDED} violation, located by line and column.
     *
     * @param json the bytes
     * @return the tree, never empty
     * @throws FinsamValidationException if the bytes are not one well-formed JSON value within the limits
     */
    public JsonNode parse(byte[] json) {
        return tokens(json, trees::read);
    }

    /**
     * Reads UTF-8 bytes from their tokens as they stream, with every check and message of {@link #parse(byte[])}: the
     * size, the UTF-16/32 prefix, ill-formed UTF-8, then each token's rules as {@link TreeBuilder} checks them
     * (through the reader's own {@code TreeBuilder}), trailing content and an empty document. A fault of the text is
     * the one violation thrown, whatever {@code reading} found before it.
     *
     * @param json the bytes
     * @param reading reads the document's value from its parser, told whether a string may hold a lone surrogate
     * @return what {@code reading} read
     * @throws FinsamValidationException if the bytes are not one well-formed JSON value within the limits
     */
    public <T> T tokens(byte[] json, BytesReading<T> reading) {
        Objects.requireNonNull(json, "json");
        if (json.length > limits.maxDocumentBytes()) {
            throw tooLarge(json.length + " bytes");
        }
        if (json.length >= 2 && (json[0] == 0 || json[1] == 0 || (json[0] & 0xFF) == 0xFE || (json[0] & 0xFF) == 0xFF)) {
            throw FinsamValidationException.of("document", Violation.of("", JsonViolationCodes.SYNTAX,
                    "The document is not UTF-8 (it starts with bytes that mean UTF-16 or UTF-32)"));
        }
        int malformed = Utf8.firstMalformed(json);
        if (malformed >= 0) {
            throw malformedUtf8(json, malformed);
        }
        try (JsonParser parser = factory.createParser(json)) {
            try {
                if (parser.nextToken() == null) {
                    throw FinsamValidationException.of("document", Violation.of("", JsonViolationCodes.SYNTAX,
                            "The document is empty"));
                }
                // Strict UTF-8 encodes no surrogate: only a backslash-u escape can write a lone one.
                T read = reading.read(parser, Utf8.hasUnicodeEscape(json));
                if (parser.nextToken() != null) {
                    throw TreeBuilder.error(parser, JsonViolationCodes.SYNTAX, "Trailing content after the document");
                }
                return read;
            } catch (StreamConstraintsException e) {
                throw FinsamValidationException.of("document", limit(e, parser));
            } catch (JsonProcessingException e) {
                throw FinsamValidationException.of("document", syntax(e, parser));
            } catch (IOException e) {
                // No I/O on a byte array: a character that cannot be decoded.
                throw FinsamValidationException.of("document", Violation.of(TreeBuilder.failurePointer(parser),
                        JsonViolationCodes.SYNTAX, "Malformed input: " + detail(String.valueOf(e.getMessage()))));
            }
        } catch (IOException e) {
            // Creating or closing a parser over a byte array does no I/O.
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A parser of the first bytes of a document that may end anywhere, for a look at its top-level field names
     * only: the limits on names, numbers and nesting apply, not the size.
     *
     * @param start the bytes; not closed
     * @return the parser; the caller closes it
     * @throws IOException if the parser cannot be made
     */
    public JsonParser lenientParser(InputStream start) throws IOException {
        JsonParser parser = streamFactory.createParser(start);
        parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
        return parser;
    }

    /** Reads a document held whole from its parser, token by token, collecting what is wrong with its content. */
    @FunctionalInterface
    public interface BytesReading<T> {
        /**
         * Reads the value at the parser's current token (the document's first), leaving the parser at its last.
         *
         * @param parser the parser
         * @param surrogatesPossible false when the bytes, strict UTF-8, have no backslash-u escape: no string can then
         *     hold a lone surrogate, and none need be searched for one
         * @return what was read
         * @throws IOException if the parser fails
         * @throws FinsamValidationException only for a fault of the JSON text, as {@link TreeBuilder} throws it
         */
        T read(JsonParser parser, boolean surrogatesPossible) throws IOException;
    }

    /** Reads a document from its parser, token by token, collecting what is wrong with its content. */
    @FunctionalInterface
    public interface StreamReading<T> {
        /**
         * Reads the value at the parser's current token (the document's first), leaving the parser at its last.
         *
         * @param parser the parser
         * @return what was read
         * @throws IOException if the parser fails
         * @throws FinsamValidationException only for a fault of the JSON text, as {@link TreeBuilder} throws it
         */
        T read(JsonParser parser) throws IOException;
    }

    /**
     * Reads a document from a stream of UTF-8 bytes as it comes, never holding its bytes, with the checks and
     * precedence of {@link #parse(byte[])}: a document larger than {@code maxStreamedBytes} is that one
     * violation, whatever else is wrong; otherwise the first fault of its text (a UTF-16/32 prefix, ill-formed
     * UTF-8, malformed JSON, a duplicate field, a broken limit, trailing content, an empty document) is one
     * violation, the same, with the same message, as {@code parse} gives of the same bytes. Only a document
     * whose text is sound gives what {@code reading} read. The stream is not closed.
     *
     * @param in the stream
     * @param reading reads the document's value from its parser
     * @return what {@code reading} read
     * @throws IOException if the stream cannot be read
     * @throws FinsamValidationException with the one violation of the document's text
     */
    public <T> T stream(InputStream in, StreamReading<T> reading) throws IOException {
        CheckedInput input = new CheckedInput(in, limits.maxStreamedBytes());
        try {
            String prefix = input.start();
            if (prefix != null) {
                throw fault(input, Violation.of("", JsonViolationCodes.SYNTAX, prefix));
            }
            try (JsonParser parser = streamFactory.createParser(input)) {
                T read = null;
                try {
                    if (parser.nextToken() != null) {
                        read = reading.read(parser);
                        if (parser.nextToken() != null) {
                            throw TreeBuilder.error(parser, JsonViolationCodes.SYNTAX, "Trailing content after the document");
                        }
                    }
                } catch (StreamConstraintsException e) {
                    throw fault(input, limit(e, parser));
                } catch (JsonProcessingException e) {
                    JsonLocation at = e.getLocation();
                    boolean beforeMalformed = input.malformedAt() < 0 || (at != null && at.getByteOffset() >= 0
                            && at.getByteOffset() < input.malformedAt() && !(e instanceof JsonEOFException));
                    throw fault(input, beforeMalformed ? syntax(e, parser) : malformed(input, parser));
                } catch (FinsamValidationException e) {
                    throw fault(input, e.violations().get(0));
                } catch (CharConversionException e) {
                    throw fault(input, input.malformedAt() >= 0 ? malformed(input, parser) : Violation.of(
                            TreeBuilder.failurePointer(parser), JsonViolationCodes.SYNTAX, "Malformed input: "
                            + detail(String.valueOf(e.getMessage()))));
                }
                if (input.malformedAt() >= 0) {
                    throw fault(input, malformed(input, parser));
                }
                input.drain();
                if (input.tooLarge()) {
                    throw tooLargeStreamed();
                }
                if (read == null) {
                    throw FinsamValidationException.of("document", Violation.of("", JsonViolationCodes.SYNTAX,
                            "The document is empty"));
                }
                return read;
            }
        } catch (UncheckedIOException e) {
            // The caller's stream failed (CheckedInput's wrapping): not a fault of the document.
            throw e.getCause();
        }
    }

    /** The violation of the first ill-formed UTF-8 of a stream, located where the parser stopped before it. */
    private static Violation malformed(CheckedInput input, JsonParser parser) {
        return Violation.of(TreeBuilder.failurePointer(parser), JsonViolationCodes.SYNTAX, input.malformedMessage());
    }

    /** The exception of a streamed document's first fault; but a document larger than the limit is that. */
    private FinsamValidationException fault(CheckedInput input, Violation first) {
        input.drain();
        return input.tooLarge() ? tooLargeStreamed() : FinsamValidationException.of("document", first);
    }

    private FinsamValidationException tooLargeStreamed() {
        return FinsamValidationException.of("document", Violation.of("", JsonViolationCodes.LIMIT_EXCEEDED,
                "The document is larger than the limit of " + limits.maxStreamedBytes() + " bytes; the rest was not read"));
    }

    /**
     * The violation of ill-formed UTF-8 at {@code offset}, located by line, column and JSON pointer. The
     * pointer is found by parsing the well-formed bytes before it: the parser stops inside the value that
     * holds the bad bytes. If those bytes hold an earlier fault (a syntax error, a duplicate field, a
     * broken limit), that fault is the first in the document and is reported instead.
     */
    private FinsamValidationException malformedUtf8(byte[] json, int offset) {
        String pointer = "";
        try (JsonParser parser = factory.createParser(json, 0, offset)) {
            try {
                if (!trees.read(parser).isMissingNode() && parser.nextToken() != null) {
                    // Trailing content before the bad bytes is the first fault, as a stream finds it.
                    return TreeBuilder.error(parser, JsonViolationCodes.SYNTAX, "Trailing content after the document");
                }
            } catch (StreamConstraintsException e) {
                return FinsamValidationException.of("document", limit(e, parser));
            } catch (JsonProcessingException e) {
                JsonLocation at = e.getLocation();
                if (at != null && at.getByteOffset() >= 0 && at.getByteOffset() < offset && !(e instanceof JsonEOFException)) {
                    return FinsamValidationException.of("document", syntax(e, parser));
                }
            }
            pointer = TreeBuilder.failurePointer(parser);
        } catch (IOException e) {
            // Parsing a byte array does no I/O.
            throw new UncheckedIOException(e);
        }
        return FinsamValidationException.of("document", Violation.of(pointer, JsonViolationCodes.SYNTAX,
                "Malformed UTF-8 at " + lineAndColumn(json, offset) + ": " + Utf8.describe(json, offset)));
    }

    /** The line and column of a byte, counted in characters; a line ends at LF, CR or CR LF. */
    private static String lineAndColumn(byte[] json, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset; i++) {
            byte b = json[i];
            if ((b == '\n' && (i == 0 || json[i - 1] != '\r')) || b == '\r') {
                line++;
                column = 1;
            } else if (b != '\n' && (b & 0xC0) != 0x80) {
                column++;
            }
        }
        return "line " + line + ", column " + column;
    }

    /** A message of Jackson's as a violation quotes it: control characters escaped, cut after a word. */
    private static String detail(String message) {
        // Jackson's advice to its own users (enable a feature to allow the token) is not for a document's author.
        String said = message.replaceAll(":? ?\\(?(?:enable|Use) `?[A-Za-z]+Feature\\.[A-Z_]+`?[^)\\n]*\\)?", "")
                // "(start marker at [Source: …; line: 3, column: 5])": where the unclosed array or object began.
                .replaceAll("\\(start marker at \\[Source: [^\\]]*?line: (\\d+), column: (\\d+)\\]\\)",
                        "(begun at line $1, column $2)")
                .replaceAll("\\s*\\[Source: [^\\]]*\\]", "").strip();
        return shortenAtWord(TextRules.escape(said), MAX_SYNTAX_MESSAGE);
    }

    private FinsamValidationException tooLarge(String size) {
        return FinsamValidationException.of("document", Violation.of("", JsonViolationCodes.LIMIT_EXCEEDED,
                "The document is larger than the limit of " + limits.maxDocumentBytes() + " bytes (" + size + ")"));
    }

    /** Reads at most {@code maxDocumentBytes + 1} bytes of a stream; more is a {@code LIMIT_EXCEEDED} violation. */
    public byte[] readBounded(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        byte[] json = in.readNBytes(limits.maxDocumentBytes() + 1);
        if (json.length > limits.maxDocumentBytes()) {
            throw FinsamValidationException.of("document", Violation.of("", JsonViolationCodes.LIMIT_EXCEEDED,
                    "The document is larger than the limit of " + limits.maxDocumentBytes() + " bytes; the rest was not read"));
        }
        return json;
    }

    private static Violation syntax(JsonProcessingException e, JsonParser parser) {
        JsonLocation location = e.getLocation();
        String where = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
        String message = e.getOriginalMessage();
        return Violation.of(TreeBuilder.failurePointer(parser), JsonViolationCodes.SYNTAX, "Malformed JSON" + where + ": "
                + detail(message == null ? e.getClass().getSimpleName() : message));
    }

    private static Violation limit(StreamConstraintsException e, JsonParser parser) {
        JsonLocation location = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        String message = String.valueOf(e.getOriginalMessage()).replaceAll(",? from `StreamReadConstraints[^`]*`", "");
        return Violation.of(TreeBuilder.failurePointer(parser), JsonViolationCodes.LIMIT_EXCEEDED, message + " at line "
                + location.getLineNr() + ", column " + location.getColumnNr());
    }

    /** Writes one JSON value with a generator. */
    @FunctionalInterface
    public interface Body {
        void write(JsonGenerator generator) throws IOException;
    }

    /** Writes pretty-printed JSON and a newline, as a string. */
    public String generate(Body body) {
        StringWriter out = new StringWriter();
        generate(body, out);
        return out.toString();
    }

    /** Writes pretty-printed JSON and a newline to {@code out}, flushes it and leaves it open. */
    public void generate(Body body, Writer out) {
        try {
            try (JsonGenerator g = factory.createGenerator(out)) {
                g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                g.useDefaultPrettyPrinter();
                body.write(g);
            }
            out.write('\n');
            out.flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Shortens a message to at most {@code max} characters and an ellipsis, cut after a whole word; a
     * first word longer than {@code max} is kept whole. A message that fits is returned as it is.
     */
    public static String shortenAtWord(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = max;
        while (cut > 0 && !Character.isWhitespace(text.charAt(cut))) {
            cut--;
        }
        if (cut == 0) {
            cut = max;
            while (cut < text.length() && !Character.isWhitespace(text.charAt(cut))) {
                cut++;
            }
        }
        int end = cut;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return cut >= text.length() ? text : text.substring(0, end) + "…";
    }
}
