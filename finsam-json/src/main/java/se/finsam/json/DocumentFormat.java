package se.finsam.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import se.finsam.json.internal.DocumentDescriptor;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.ValidationResult;

/**
 * One kind of finsam document, read and written with the limits of the {@link FinsamJson} that gave it: the
 * same verbs for every kind, as Jackson's {@code ObjectReader} and {@code ObjectWriter} have them for every
 * type.
 *
 * <pre>{@code
 * DocumentFormat<IndicatorSet> indicators = FinsamJson.create().indicators();
 * IndicatorSet set = indicators.read(Path.of("indicators.json"));
 * ValidationResult result = indicators.validate(bytes);
 * String report = indicators.write(set);
 * }</pre>
 *
 * <p>Reading is strict as {@link FinsamJson} says: every violation of a document is reported at once in one
 * {@link FinsamValidationException}, each located by its JSON pointer. Every {@code read} and
 * {@code validate} reads at most {@code maxDocumentBytes} bytes, whatever the source; a stream is not
 * closed, a file is.
 *
 * <p>{@code write} writes what a user of the kind wants out of it: a plan as its document, which reads back
 * to an equal plan; a national allocation, an indicator set or a follow-up as the report of what it computes
 * (the command line's {@code --format json}), which is not a document of the kind and does not read back.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> what a document of the kind is read into, and written from
 */
public sealed class DocumentFormat<T> permits PlanFormat, FollowUpFormat, NationalFollowUpFormat {

    private final FinsamJson json;
    private final DocumentDescriptor<T> descriptor;

    DocumentFormat(FinsamJson json, DocumentDescriptor<T> descriptor) {
        this.json = json;
        this.descriptor = descriptor;
    }

    /**
     * Returns the kind of document this format reads.
     *
     * @return the kind
     */
    public DocumentKind kind() {
        return descriptor.kind();
    }

    /**
     * Reads a document from UTF-8 bytes.
     *
     * @param json the document
     * @return the value, valid
     * @throws FinsamValidationException with every violation, each located by JSON pointer, if the document
     *     is not valid (a document of another kind is one {@link JsonViolationCodes#WRONG_DOCUMENT_KIND})
     */
    public T read(byte[] json) {
        if (descriptor.readsTokens()) {
            return this.json.readTokens(json, descriptor);
        }
        return descriptor.read(this.json.parse(json, descriptor), this.json.text().limits());
    }

    /**
     * Reads a document from a string.
     *
     * @param json the document
     * @return the value, valid
     * @throws FinsamValidationException with every violation, if the document is not valid
     */
    public T read(String json) {
        Objects.requireNonNull(json, "json");
        return read(json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a document from a stream of UTF-8 bytes; the stream is not closed. At most
     * {@code maxDocumentBytes + 1} bytes are read: a longer document is refused without reading the rest.
     *
     * @param in the stream
     * @return the value, valid
     * @throws IOException if the stream cannot be read
     * @throws FinsamValidationException with every violation, if the document is not valid or too large
     */
    public T read(InputStream in) throws IOException {
        return read(json.readBytes(in));
    }

    /**
     * Reads a document from a file of UTF-8 bytes, as {@link #read(InputStream)} reads a stream.
     *
     * @param file the file
     * @return the value, valid
     * @throws IOException if the file cannot be read
     * @throws FinsamValidationException with every violation, if the document is not valid or too large
     */
    public T read(Path file) throws IOException {
        return read(bytesOf(file));
    }

    /**
     * Checks a document without throwing for bad input.
     *
     * @param json the document as UTF-8 bytes
     * @return every violation, or valid
     */
    public ValidationResult validate(byte[] json) {
        try {
            read(json);
            return ValidationResult.valid();
        } catch (FinsamValidationException e) {
            return e.result();
        }
    }

    /**
     * Checks a document from a string without throwing for bad input.
     *
     * @param json the document
     * @return every violation, or valid
     */
    public ValidationResult validate(String json) {
        Objects.requireNonNull(json, "json");
        return validate(json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Checks a document from a stream without throwing for bad input; reads as {@link #read(InputStream)}
     * does, and a document too large is a violation.
     *
     * @param in the stream of UTF-8 bytes; not closed
     * @return every violation, or valid
     * @throws IOException if the stream cannot be read
     */
    public ValidationResult validate(InputStream in) throws IOException {
        byte[] bytes;
        try {
            bytes = json.readBytes(in);
        } catch (FinsamValidationException e) {
            return e.result();
        }
        return validate(bytes);
    }

    /**
     * Checks a document from a file without throwing for bad input; reads as {@link #read(Path)} does.
     *
     * @param file the file of UTF-8 bytes
     * @return every violation, or valid
     * @throws IOException if the file cannot be read
     */
    public ValidationResult validate(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(Objects.requireNonNull(file, "file"))) {
            return validate(in);
        }
    }

    /**
     * Writes a value of this kind: a plan as the document {@link #read(byte[])} reads back to an equal plan;
     * a national allocation, an indicator set or a follow-up as the report of what it computes, the output
     * of the command line's {@code --format json}.
     *
     * @param value the value
     * @return the JSON text, pretty-printed, and a newline
     */
    public String write(T value) {
        Objects.requireNonNull(value, "value");
        return json.text().generate(g -> descriptor.write(g, value));
    }

    /**
     * Writes a value as {@link #write(Object)} does, to a writer, as it is made: a large report is never
     * held whole. The writer is flushed, not closed.
     *
     * @param value the value
     * @param out receives the JSON text, pretty-printed, and a newline
     * @throws UncheckedIOException if the writer fails
     */
    public void write(T value, Writer out) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(out, "out");
        json.text().generate(g -> descriptor.write(g, value), out);
    }

    /** The facade this format belongs to, whose text the writers of a kind's results write with. */
    final FinsamJson json() {
        return json;
    }

    private byte[] bytesOf(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(Objects.requireNonNull(file, "file"))) {
            return json.readBytes(in);
        }
    }
}
