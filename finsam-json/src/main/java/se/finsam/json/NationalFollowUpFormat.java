package se.finsam.json;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import se.finsam.followup.NationalFollowUp;
import se.finsam.json.followup.NationalFollowUpKind;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.ValidationResult;

/**
 * The national follow-up document ({@code docs/indicators.md}): the participant documents of many associations'
 * projects, reported per project, per association, per county and for the whole country. A stream or a file is
 * read as it comes, up to {@code maxStreamedBytes} (1 GiB by default), holding no participant and never the
 * document's bytes: a national register of a million participants reads in a small heap.
 *
 * <pre>{@code
 * NationalFollowUpFormat national = FinsamJson.create().nationalFollowUp();
 * NationalFollowUp n = national.read(Path.of("uppfoljning-finsam.json"));   // streamed
 * n.total().completed();                                                     // Share[count=..., base=...]
 * String report = national.write(n);
 * }</pre>
 *
 * <p>Every way of reading gives the same result: bytes held whole ({@link #read(byte[])}) are read as a stream of
 * them, by the same reader, with the same violations, in the same order, with the same messages. Only what no
 * document held whole can hold differs, as for {@link FollowUpFormat#summary(InputStream)}: a streamed document may
 * hold up to {@code maxStreamedBytes}, one held whole up to {@code maxDocumentBytes}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class NationalFollowUpFormat extends DocumentFormat<NationalFollowUp> {

    private final NationalFollowUpKind kind;

    NationalFollowUpFormat(FinsamJson json, NationalFollowUpKind kind) {
        super(json, kind);
        this.kind = kind;
    }

    /**
     * Reads a national follow-up document from UTF-8 bytes: as {@link #read(InputStream)} reads them from a stream,
     * so that every way of reading quotes the document alike (a number as it is written); bytes held whole are at
     * most {@code maxDocumentBytes}, as of every kind.
     *
     * @param json the document
     * @return the national follow-up, of a valid document
     * @throws FinsamValidationException with every violation, if the document is not valid or too large
     */
    @Override
    public NationalFollowUp read(byte[] json) {
        Objects.requireNonNull(json, "json");
        if (json.length > json().maxDocumentBytes()) {
            return super.read(json); // refused by its size, as a document of every kind held whole
        }
        try {
            return read(new ByteArrayInputStream(json));
        } catch (IOException e) {
            throw new UncheckedIOException("A stream of bytes in memory failed", e);
        }
    }

    /**
     * Reads a national follow-up document from a stream of UTF-8 bytes as they come. Reads at most
     * {@code maxStreamedBytes + 1} bytes; the stream is not closed.
     *
     * @param in the stream
     * @return the national follow-up, of a valid document
     * @throws IOException if the stream cannot be read
     * @throws FinsamValidationException with every violation, as {@link #read(byte[])} reports them, if the
     *     document is not valid or is larger than {@code maxStreamedBytes}
     */
    @Override
    public NationalFollowUp read(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        return kind.read(in, json().text(), tree -> json().refuseOtherKind(tree, kind));
    }

    /**
     * Reads a national follow-up document from a file as {@link #read(InputStream)} reads a stream.
     *
     * @param file the file of UTF-8 bytes
     * @return the national follow-up, of a valid document
     * @throws IOException if the file cannot be read
     * @throws FinsamValidationException with every violation, if the document is not valid or too large
     */
    @Override
    public NationalFollowUp read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(Objects.requireNonNull(file, "file"))) {
            return read(in);
        }
    }

    /**
     * Checks a national follow-up document from a stream as {@link #read(InputStream)} reads it, without throwing
     * for bad input.
     *
     * @param in the stream of UTF-8 bytes; not closed
     * @return every violation, or valid
     * @throws IOException if the stream cannot be read
     */
    @Override
    public ValidationResult validate(InputStream in) throws IOException {
        try {
            read(in);
            return ValidationResult.valid();
        } catch (FinsamValidationException e) {
            return e.result();
        }
    }

    /**
     * Checks a national follow-up document from a file as {@link #read(Path)} reads it, without throwing for bad
     * input.
     *
     * @param file the file of UTF-8 bytes
     * @return every violation, or valid
     * @throws IOException if the file cannot be read
     */
    @Override
    public ValidationResult validate(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(Objects.requireNonNull(file, "file"))) {
            return validate(in);
        }
    }
}
