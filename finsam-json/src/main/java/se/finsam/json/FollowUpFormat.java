package se.finsam.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import se.finsam.followup.ProjectFollowUp;
import se.finsam.followup.ProjectSummary;
import se.finsam.json.followup.FollowUpKind;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.ValidationResult;

/**
 * The participant document, one project's follow-up ({@code docs/indicators.md}): the verbs of every
 * {@link DocumentFormat}, and a project's {@link ProjectSummary} streamed from a document of any size up to
 * {@code maxStreamedBytes} (1 GiB by default), holding no participant and never the document's bytes.
 *
 * <pre>{@code
 * FollowUpFormat followUps = FinsamJson.create().followUp();
 * ProjectSummary summary = followUps.summary(Path.of("uppfoljning.json"));   // a million participants
 * summary.figures().completed();                                             // Share[count=..., base=...]
 * String report = followUps.write(summary);                                  // as write(followUp)
 * }</pre>
 *
 * <p>A summary streamed from a document is equal to {@code read(document).summary()}, and a document that is
 * not valid gives the same violations, in the same order, with the same messages, as {@link #read(byte[])}
 * gives: validity never depends on how a document is read. Only what no document read whole can hold differs: a
 * streamed document may hold up to {@code maxStreamedBytes}, where {@code read} holds up to
 * {@code maxDocumentBytes} (and one larger is "more than" the limit, its size unknown); and a string longer than
 * {@code maxDocumentBytes} is refused once that much of it is read, with the same path and code but the parser's
 * own message, instead of being held to count it to its end.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FollowUpFormat extends DocumentFormat<ProjectFollowUp> {

    private final FollowUpKind kind;

    FollowUpFormat(FinsamJson json, FollowUpKind kind) {
        super(json, kind);
        this.kind = kind;
    }

    /**
     * Reads a participant document from a stream of UTF-8 bytes as they come, and gives the project's summary:
     * every figure of its participants, without holding them. Reads at most {@code maxStreamedBytes + 1}
     * bytes; the stream is not closed.
     *
     * @param in the stream
     * @return the summary, of a valid document
     * @throws IOException if the stream cannot be read
     * @throws FinsamValidationException with every violation, as {@link #read(byte[])} reports them, if the
     *     document is not valid or is larger than {@code maxStreamedBytes}
     */
    public ProjectSummary summary(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        return kind.summary(in, json().text(), tree -> json().refuseOtherKind(tree, kind));
    }

    /**
     * Reads a participant document from a file as {@link #summary(InputStream)} reads a stream.
     *
     * @param file the file of UTF-8 bytes
     * @return the summary, of a valid document
     * @throws IOException if the file cannot be read
     * @throws FinsamValidationException with every violation, if the document is not valid or too large
     */
    public ProjectSummary summary(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(Objects.requireNonNull(file, "file"))) {
            return summary(in);
        }
    }

    /**
     * Checks a participant document from a stream as {@link #summary(InputStream)} reads it, without throwing
     * for bad input: the result {@link #validate(byte[])} gives of the same bytes, for a document of any size up
     * to {@code maxStreamedBytes}.
     *
     * @param in the stream of UTF-8 bytes; not closed
     * @return every violation, or valid
     * @throws IOException if the stream cannot be read
     */
    public ValidationResult validateStreaming(InputStream in) throws IOException {
        try {
            summary(in);
            return ValidationResult.valid();
        } catch (FinsamValidationException e) {
            return e.result();
        }
    }

    /**
     * Writes the report of a project's summary: the same JSON text as {@link #write(Object)} writes of the
     * project that holds its participants.
     *
     * @param summary the summary
     * @return the JSON text, pretty-printed, and a newline
     */
    public String write(ProjectSummary summary) {
        Objects.requireNonNull(summary, "summary");
        return json().text().generate(g -> kind.write(g, summary));
    }

    /**
     * Writes the report of a project's summary as {@link #write(ProjectSummary)} does, to a writer. The writer
     * is flushed, not closed.
     *
     * @param summary the summary
     * @param out receives the JSON text, pretty-printed, and a newline
     * @throws UncheckedIOException if the writer fails
     */
    public void write(ProjectSummary summary, Writer out) {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(out, "out");
        json().text().generate(g -> kind.write(g, summary), out);
    }
}
