package se.finsam.json.followup;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.finsam.followup.FollowUpFigures;
import se.finsam.followup.NationalFollowUp;
import se.finsam.followup.ProjectSummary;
import se.finsam.json.internal.CountedArray;
import se.finsam.json.internal.Limits;
import se.finsam.json.internal.Pointer;
import se.finsam.json.internal.Read;
import se.finsam.json.internal.TreeBuilder;
import se.finsam.member.Member;
import se.finsam.member.MemberId;
import se.finsam.validation.Violation;

/**
 * A national follow-up document read as it streams: each project of each association's follow-up is read by
 * {@link FollowUpStream} at its place as it comes, summarized by {@link FollowUpReader#summary} and its tally
 * merged into its association's; only the summaries, one tally per association and the violations are kept. The
 * document's and each entry's other fields are kept as small trees (or refused by their limits as they stream),
 * and {@link NationalFollowUpReader} puts everything together at the end, in the order a reader of the whole
 * tree would report it, whatever the order of the fields.
 *
 * <p>Memory: a project's summary (about a kilobyte), one tally per association (its distinct numbers of days in a
 * project and its municipalities), the violations (at most {@link Limits#MAX_VIOLATIONS} of each part), and
 * while a project streams, what {@link FollowUpStream} holds of it (twelve bytes a participant).
 *
 * <p>Not thread-safe: one instance reads one document.
 */
final class NationalFollowUpStream {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pointer FOLLOW_UPS = Pointer.ROOT.field("followUps");

    private final Limits limits;
    private final TreeBuilder trees;
    private final ObjectNode skeleton = NODES.objectNode();
    private @Nullable JsonNode root;
    /** The entries of {@code followUps}, when streamed within their limit; null otherwise. */
    private @Nullable List<EntryStream> entries;
    /** Every project named in the document, read or passed over. */
    private long projectsInAll;
    /** Whether an association's list of projects was past its limit (and refused as such). */
    private boolean listTooLong;
    /** The municipalities named so far, with where. */
    private final Map<MemberId, NationalFollowUp.Named> named = new HashMap<>();
    private final Map<String, NationalFollowUp.Named> coded = new HashMap<>();
    /**
     * The projects' violations held, in all entries: only the first {@link Limits#MAX_VIOLATIONS} of them can be among
     * the violations reported (they come after the document's and entries' own, in document order), so the rest are
     * only counted, whatever the number of associations.
     */
    private int held;
    /** Whether two projects have named a municipality differently: their tallies then cannot be merged. */
    private boolean namesDiffer;

    /**
     * Reads a national follow-up document from its parser.
     *
     * @param limits the limits of the facade that reads
     * @param parser the parser, at the document's first token
     * @return what was read
     * @throws IOException if the parser fails
     */
    static NationalFollowUpStream read(Limits limits, JsonParser parser) throws IOException {
        NationalFollowUpStream s = new NationalFollowUpStream(limits);
        s.document(parser);
        return s;
    }

    private NationalFollowUpStream(Limits limits) {
        this.limits = limits;
        this.trees = new TreeBuilder(limits);
    }

    /** What was read of one entry of {@code followUps}: its fields, and its projects' summaries, tally and violations. */
    static final class EntryStream {
        private final ObjectNode fields = NODES.objectNode();
        /** The entry itself when it is not an object (its tree, or an array's stand-in); null for an object. */
        private @Nullable JsonNode other;
        private boolean projectsStreamed;
        private FollowUpReader projects;
        private final List<ProjectSummary> summaries = new ArrayList<>();
        private final FollowUpFigures.Builder tally = FollowUpFigures.builder();
        /** Whether every project was summarized and merged into the tally. */
        private boolean complete = true;

        private EntryStream(Limits limits) {
            this.projects = new FollowUpReader(limits);
        }

        /** The entry: its fields' trees and stand-ins, or the entry itself when it is not an object. */
        JsonNode node() {
            return other == null ? fields : other;
        }

        /** The reader holding its projects' violations, in order; null unless its projects were streamed within their limit. */
        @Nullable FollowUpReader projects() {
            return projectsStreamed ? projects : null;
        }

        /** Its projects' summaries, when every one was read. */
        List<ProjectSummary> summaries() {
            return summaries;
        }

        /** The tally of its projects together, when every one was read. */
        FollowUpFigures.Builder tally() {
            return tally;
        }

        /** Whether every project was summarized and tallied. */
        boolean complete() {
            return complete;
        }
    }

    /** The document's top-level fields, in order: each small one's tree, and a stand-in of each streamed one. */
    JsonNode skeleton() {
        return root == null ? skeleton : root;
    }

    /** The entries of {@code followUps}, when streamed within their limit; null otherwise. */
    @Nullable List<EntryStream> entries() {
        return entries;
    }

    /** Every project the document names, read or not. */
    long projectsInAll() {
        return projectsInAll;
    }

    /** Whether an association's list of projects was past its limit. */
    boolean listTooLong() {
        return listTooLong;
    }

    private void document(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.START_OBJECT) {
            root = trees.standIn(p, t, 1);
            return;
        }
        trees.fields(p, skeleton, 1, this::field);
    }

    private JsonNode field(JsonParser p, String name, JsonToken value) throws IOException {
        boolean array = value == JsonToken.START_ARRAY;
        return switch (name) {
            case "followUps" -> array ? followUps(p) : small(p, value, 2);
            case "counties" -> array ? trees.bounded(p, limits.maxAssociations(), 2, NationalFollowUpReader.COUNTY_SHAPE) : small(p, value, 2);
            case "name", "note" -> small(p, value, 2);
            default -> unknown(p, 2);
        };
    }

    private JsonNode unknown(JsonParser p, int depth) throws IOException {
        trees.skip(p, true, depth); // unknown: only its name is reported
        return NODES.nullNode();
    }

    /** A scalar as a tree; an object or array, which the reader refuses by its type, described without its content. */
    private JsonNode small(JsonParser p, JsonToken value, int depth) throws IOException {
        return trees.standIn(p, value, depth);
    }

    private JsonNode followUps(JsonParser p) throws IOException {
        trees.checkDepth(p, 2);
        int max = limits.maxAssociations();
        List<EntryStream> read = new ArrayList<>();
        int count = 0;
        JsonToken t;
        while ((t = TreeBuilder.next(p)) != JsonToken.END_ARRAY) {
            if (count < max) {
                read.add(entry(p, t, count));
            } else {
                trees.skip(p, true, 3);
            }
            count++;
        }
        if (count > max) {
            // Refused before any entry is read, as a list too long is refused: nothing read is reported.
            return new CountedArray(count);
        }
        entries = read;
        return NODES.arrayNode();
    }

    private EntryStream entry(JsonParser p, JsonToken t, int i) throws IOException {
        EntryStream e = new EntryStream(limits);
        if (t != JsonToken.START_OBJECT) {
            e.other = trees.standIn(p, t, 3);
            return e;
        }
        Pointer at = FOLLOW_UPS.index(i);
        trees.fields(p, e.fields, 3, (q, name, value) -> switch (name) {
            case "projects" -> value == JsonToken.START_ARRAY ? projects(q, e, at.field("projects")) : small(q, value, 4);
            case "association", "name", "county" -> small(q, value, 4);
            default -> unknown(q, 4);
        });
        return e;
    }

    private JsonNode projects(JsonParser p, EntryStream e, Pointer at) throws IOException {
        trees.checkDepth(p, 4);
        int max = limits.maxProjects();
        int count = 0;
        int heldBefore = held;
        while (TreeBuilder.next(p) != JsonToken.END_ARRAY) {
            if (count < max && projectsInAll < max) {
                project(p, e, at.index(count));
            } else {
                trees.skip(p, true, 5);
                e.complete = false;
            }
            count++;
            projectsInAll++;
        }
        if (count > max) {
            // Refused before any project is read, as a list too long is refused: nothing read is reported.
            e.projects = new FollowUpReader(limits);
            e.complete = false;
            listTooLong = true;
            held = heldBefore;
            return new CountedArray(count);
        }
        e.projectsStreamed = true;
        return NODES.arrayNode();
    }

    private void project(JsonParser p, EntryStream e, Pointer at) throws IOException {
        FollowUpStream s = FollowUpStream.read(limits, p, at, 4);
        FollowUpReader reader = new FollowUpReader(limits);
        Read<ProjectSummary> summary = reader.summary(s);
        List<@Nullable Member> declared = reader.municipalities();
        List<Violation> found = new ArrayList<>();
        Pointer municipalities = at.field("municipalities");
        Set<MemberId> checked = new HashSet<>();
        for (int k = 0; k < declared.size(); k++) {
            Member m = declared.get(k);
            // A municipality declared twice in one project is that project's own fault (municipality.duplicate).
            if (m != null && checked.add(m.id())) {
                NationalFollowUp.checkMunicipality(municipalities.index(k).toString(), m, named, coded, found);
            }
        }
        // A project's names are checked after its own rules, so its violations come before those of its names.
        found.forEach(reader::add);
        held += e.projects.absorb(reader, Limits.MAX_VIOLATIONS - held);
        namesDiffer |= !found.isEmpty();
        if (summary.isReported() || namesDiffer) {
            e.complete = false;
            return;
        }
        e.summaries.add(summary.get());
        e.tally.merge(s.tally());
    }
}
