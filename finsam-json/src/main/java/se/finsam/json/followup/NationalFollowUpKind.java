package se.finsam.json.followup;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import se.finsam.followup.NationalFollowUp;
import se.finsam.json.DocumentKind;
import se.finsam.json.internal.DocumentDescriptor;
import se.finsam.json.internal.JsonText;
import se.finsam.json.internal.Limits;
import se.finsam.json.internal.ModuleRegistry;
import se.finsam.json.internal.Read;
import se.finsam.validation.FinsamValidationException;

/**
 * The national follow-up document ({@code docs/indicators.md}): the participant documents of many associations'
 * projects, with the counties the associations report under; identified by its {@code followUps}. One reader for
 * every way of reading it: {@link NationalFollowUpStream} over the bytes as they stream (bytes held whole too), then
 * {@link NationalFollowUpReader}; its report written by {@link NationalFollowUpWriter}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class NationalFollowUpKind extends DocumentDescriptor<NationalFollowUp> {

    /** The descriptor of national follow-up documents. */
    public static final NationalFollowUpKind INSTANCE = new NationalFollowUpKind();

    private NationalFollowUpKind() {
        super(DocumentKind.NATIONAL_FOLLOW_UP, NationalFollowUpKind::readTree, NationalFollowUpWriter::report,
                "followUps", "counties");
    }

    /**
     * A parsed document, read by the streaming reader over its tree's tokens. finsam reads a national follow-up's
     * bytes as a stream instead ({@code NationalFollowUpFormat.read(byte[])}): a tree gives a number's text in its
     * plain form, not as the document wrote it, so a message would quote it otherwise.
     */
    private static NationalFollowUp readTree(JsonNode root, Limits limits) {
        try (JsonParser p = root.traverse()) {
            p.nextToken();
            return assemble(NationalFollowUpStream.read(limits, p), limits);
        } catch (IOException e) {
            throw new UncheckedIOException("A parsed tree could not be read again", e);
        }
    }

    /**
     * Reads a national follow-up document from a stream as it comes (see {@code NationalFollowUpFormat}): the same
     * violations as {@link #read(JsonNode, Limits)} of the same bytes parsed whole.
     *
     * @param in the stream of UTF-8 bytes; not closed
     * @param text the parser of the facade that reads, with its limits
     * @param otherKind refuses a document plainly of another kind, given its top-level fields (their values may be
     *     stand-ins), as the facade refuses a tree
     * @return the national follow-up, of a valid document
     * @throws IOException if the stream cannot be read
     * @throws FinsamValidationException with every violation
     */
    public NationalFollowUp read(InputStream in, JsonText text, Consumer<JsonNode> otherKind) throws IOException {
        NationalFollowUpStream streamed = text.stream(in, parser -> NationalFollowUpStream.read(text.limits(), parser));
        otherKind.accept(streamed.skeleton());
        return assemble(streamed, text.limits());
    }

    private static NationalFollowUp assemble(NationalFollowUpStream streamed, Limits limits) {
        NationalFollowUpReader reader = new NationalFollowUpReader(limits);
        Read<NationalFollowUp> national = reader.read(streamed);
        reader.throwIfInvalid("national follow-up document");
        if (national.isReported()) {
            // Every reader records why it reports; this guards the library's own bugs.
            throw new IllegalStateException("No national follow-up and no violation");
        }
        return national.get();
    }

    @Override
    public void register(ModuleRegistry r) {
        r.addResult(NationalFollowUp.class, NationalFollowUpWriter::report,
                "read the national follow-up document with FinsamJson.nationalFollowUp().read");
    }
}
