package se.finsam.json.followup;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import com.fasterxml.jackson.databind.JsonNode;
import se.finsam.json.internal.Limits;
import se.finsam.json.internal.Read;
import se.finsam.followup.Distribution;
import se.finsam.followup.Gender;
import se.finsam.followup.ProjectFollowUp;
import se.finsam.followup.ProjectSummary;
import se.finsam.followup.Share;
import se.finsam.followup.TargetMeasure;
import se.finsam.followup.TargetResult;
import se.finsam.followup.TimeInProject;
import se.finsam.json.DocumentKind;
import se.finsam.json.internal.DocumentDescriptor;
import se.finsam.json.internal.JsonText;
import se.finsam.json.internal.ModuleRegistry;
import se.finsam.validation.FinsamValidationException;

/**
 * The participant document, a project's follow-up ({@code docs/indicators.md}): identified by its
 * {@code participants}, read by {@link FollowUpReader}, its report written by {@link FollowUpWriter}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FollowUpKind extends DocumentDescriptor<ProjectFollowUp> {

    /** The descriptor of participant documents. */
    public static final FollowUpKind INSTANCE = new FollowUpKind();

    private FollowUpKind() {
        super(DocumentKind.FOLLOW_UP, (root, limits) -> new FollowUpReader(limits).read(root), FollowUpWriter::report,
                "participants", "anonymous");
    }

    /**
     * Reads a participant document from a stream as it comes, for its summary (see
     * {@code FollowUpFormat.summary}): the same violations as {@link #read(JsonNode, Limits)} of the same
     * bytes parsed whole.
     *
     * @param in the stream of UTF-8 bytes; not closed
     * @param text the parser of the facade that reads, with its limits
     * @param otherKind refuses a document plainly of another kind, given its top-level fields (their values
     *     may be stand-ins), as the facade refuses a tree
     * @return the summary, of a valid document
     * @throws IOException if the stream cannot be read
     * @throws FinsamValidationException with every violation
     */
    public ProjectSummary summary(InputStream in, JsonText text, Consumer<JsonNode> otherKind) throws IOException {
        FollowUpStream streamed = text.stream(in, parser -> FollowUpStream.read(text.limits(), parser));
        otherKind.accept(streamed.skeleton());
        FollowUpReader reader = new FollowUpReader(text.limits());
        Read<ProjectSummary> summary = reader.summary(streamed);
        reader.throwIfInvalid("participant document");
        if (summary.isReported()) {
            // Every reader records why it reports; this guards the library's own bugs.
            throw new IllegalStateException("No participant document and no violation");
        }
        return summary.get();
    }

    /**
     * Writes the report of a project's summary, as of the project itself.
     *
     * @param g the generator
     * @param summary the summary
     * @throws IOException if the generator fails
     */
    public void write(JsonGenerator g, ProjectSummary summary) throws IOException {
        FollowUpWriter.report(g, summary);
    }

    @Override
    public void register(ModuleRegistry r) {
        r.addEnum(Gender.class, "gender");
        r.addEnum(TargetMeasure.class, "target measure");
        r.addEnum(TargetResult.Status.class, "target status");
        String followUp = "read the participant document with FinsamJson.followUp().read";
        r.addResult(ProjectFollowUp.class, FollowUpWriter::report, followUp);
        r.addResult(ProjectSummary.class, FollowUpWriter::report, followUp);
        r.addResult(Share.class, FollowUpWriter::share, followUp);
        r.addResultWithProvider(Distribution.class, FollowUpKind::distribution, followUp);
        r.addResult(TimeInProject.class, FollowUpWriter::timeInProject, followUp);
        r.addResult(TargetResult.class, FollowUpWriter::target, followUp);
    }

    /** A distribution on its own: each group written by the mapper, as {@code "group"}. */
    private static void distribution(JsonGenerator g, Distribution<?> distribution, SerializerProvider provider)
            throws IOException {
        groups(g, distribution, provider);
    }

    private static <K> void groups(JsonGenerator g, Distribution<K> distribution, SerializerProvider provider)
            throws IOException {
        FollowUpWriter.distribution(g, distribution, (out, group) -> {
            out.writeFieldName("group");
            provider.defaultSerializeValue(group, out);
        });
    }
}
