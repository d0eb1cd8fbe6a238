package se.finsam.json.followup;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import se.finsam.followup.FollowUpFigures;
import se.finsam.followup.ProjectFollowUp;
import se.finsam.followup.ProjectFollowUp.PartialParticipant;
import se.finsam.json.followup.FollowUpReader.AnonymousRead;
import se.finsam.json.followup.FollowUpReader.ParticipantRead;
import se.finsam.json.internal.CountedArray;
import se.finsam.json.internal.Limits;
import se.finsam.json.internal.Pointer;
import se.finsam.json.internal.StatisticsReader;
import se.finsam.json.internal.TreeBuilder;
import se.finsam.member.MemberId;
import se.finsam.period.DatePeriod;
import se.finsam.validation.Violation;

/**
 * A participant document read as it streams, for its summary: each participant and entry of anonymous
 * participants is read as a small tree by {@link FollowUpReader}'s own readers as it comes, tallied into
 * {@link FollowUpFigures.Builder} and dropped; the document's other top-level fields are kept as trees (they
 * are small, or refused by their limits as they stream). What the project's rules need of each participant
 * is kept in three {@code int}s (its days and its home municipality), so that they are checked at the end,
 * in order, as {@link ProjectFollowUp#check} checks them, whatever the order of the document's fields.
 *
 * <p>Memory: twelve bytes a participant and four an entry, the tally (its days and declared municipalities),
 * the violations (at most {@link Limits#MAX_VIOLATIONS} of each part) and the largest participant's tree. When a
 * document gives its participants before its municipalities, against the documented order, the ids its
 * participants name are kept too, once each, and tallied.
 *
 * <p>Not thread-safe: one instance reads one document.
 */
final class FollowUpStream {

    /** A day given but not readable, or a municipality not known. */
    private static final int UNKNOWN = Integer.MIN_VALUE;
    /** No end: still in the project. */
    private static final int OPEN = Integer.MIN_VALUE + 1;
    /** A home municipality that is declared, or that the rules cannot check (a declared id unknown). */
    private static final int DECLARED = -2;
    /** A home municipality not declared, beyond those whose violation can be among the reported ones. */
    private static final int UNQUOTED = -3;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final Limits limits;
    /** Where the document is: the root, or a project of a national follow-up. */
    private final Pointer base;
    /** The depth of the document's parent: 0 for a document on its own. */
    private final int depth;
    private final Pointer participantsAt;
    private final Pointer anonymousAt;
    private final TreeBuilder trees;
    private final ObjectNode skeleton = NODES.objectNode();
    private @Nullable JsonNode root;
    private final FollowUpFigures.Builder tally = FollowUpFigures.builder();

    private @Nullable FollowUpReader participants;
    /** Whether the municipalities came before the participants, and their ids then (null if one is unknown). */
    private boolean declaredFirst;
    private @Nullable Set<MemberId> declared;
    /** Participants so far from a municipality not declared. */
    private int undeclared;
    private int[] starts = new int[0];
    private int[] ends = new int[0];
    private int[] homes = new int[0];
    private int participantCount;
    /** The municipalities participants come from, by index, when they could not be checked as they came. */
    private final List<MemberId> named = new ArrayList<>();
    private final Map<MemberId, Integer> indexOfNamed = new HashMap<>();

    private @Nullable FollowUpReader anonymous;
    private int[] years = new int[0];
    private int anonymousCount;

    /**
     * Reads a document from its parser.
     *
     * @param limits the limits of the facade that reads
     * @param parser the parser, at the document's first token
     * @return what was read
     * @throws IOException if the parser fails
     */
    static FollowUpStream read(Limits limits, JsonParser parser) throws IOException {
        return read(limits, parser, Pointer.ROOT, 0);
    }

    /**
     * Reads a participant document within another document (a project of a national follow-up) from its parser.
     *
     * @param limits the limits of the facade that reads
     * @param parser the parser, at the document's first token
     * @param base where the document is
     * @param depth the depth of the document's parent (0 at the root)
     * @return what was read
     * @throws IOException if the parser fails
     */
    static FollowUpStream read(Limits limits, JsonParser parser, Pointer base, int depth) throws IOException {
        FollowUpStream s = new FollowUpStream(limits, base, depth);
        s.document(parser);
        return s;
    }

    private FollowUpStream(Limits limits, Pointer base, int depth) {
        this.limits = limits;
        this.trees = new TreeBuilder(limits);
        this.base = base;
        this.depth = depth;
        this.participantsAt = base.field("participants");
        this.anonymousAt = base.field("anonymous");
    }

    /** Where the document is. */
    Pointer base() {
        return base;
    }

    /** The document's top-level fields, in order: each small one's tree, and a stand-in of each streamed one. */
    JsonNode skeleton() {
        return root == null ? skeleton : root;
    }

    /** The reader of the participants, holding their violations; null unless they were streamed (an array within its limit). */
    @Nullable FollowUpReader participants() {
        return participants;
    }

    /** The reader of the anonymous participants, holding their violations; null unless they were streamed. */
    @Nullable FollowUpReader anonymous() {
        return anonymous;
    }

    /** Every participant and entry tallied, whether or not the document turns out valid. */
    FollowUpFigures.Builder tally() {
        return tally;
    }

    private void document(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.START_OBJECT) {
            // Not a participant document: what it is, as the reader of the whole tree says.
            root = trees.standIn(p, t, depth + 1);
            return;
        }
        trees.fields(p, skeleton, depth + 1, this::field);
    }

    /** One top-level field's value: read whole, streamed, or passed over (an unknown field). */
    private JsonNode field(JsonParser p, String name, JsonToken value) throws IOException {
        boolean array = value == JsonToken.START_ARRAY;
        return switch (name) {
            case "participants" -> array ? participants(p) : small(p, value);
            case "anonymous" -> array ? anonymous(p) : small(p, value);
            case "municipalities" -> array ? bounded(p, limits.maxMembers(), StatisticsReader.MUNICIPALITY_SHAPE)
                    : small(p, value);
            case "targets" -> array ? bounded(p, limits.maxTargets(), FollowUpReader.TARGET_SHAPE) : small(p, value);
            case "name", "note", "start", "end" -> small(p, value);
            default -> {
                trees.skip(p, true, depth + 2); // unknown: only its name is reported
                yield NODES.nullNode();
            }
        };
    }

    private JsonNode small(JsonParser p, JsonToken value) throws IOException {
        return trees.standIn(p, value, depth + 2);
    }

    /** A top-level array of at most {@code max} elements as a tree; a longer one is counted, not kept. */
    private JsonNode bounded(JsonParser p, int max, TreeBuilder.Shape shape) throws IOException {
        return trees.bounded(p, max, depth + 2, shape);
    }

    /** Streams a top-level field's array, each of its first {@code max} elements given to {@code element}. */
    private int elements(JsonParser p, int max, TreeBuilder.Shape shape, TreeBuilder.Element element) throws IOException {
        return trees.elements(p, max, depth + 2, shape, element);
    }

    private JsonNode participants(JsonParser p) throws IOException {
        FollowUpReader reader = new FollowUpReader(limits);
        // Declared before the participants, as documented: each home is checked as it comes.
        declaredFirst = skeleton.has("municipalities");
        declared = declaredFirst ? new FollowUpReader(limits).declared(skeleton, base) : null;
        int max = limits.maxParticipants();
        participantCount = elements(p, max, FollowUpReader.PARTICIPANT_SHAPE, (i, element) -> participant(reader, i, element));
        if (participantCount > max) {
            starts = ends = homes = new int[0];
            return new CountedArray(participantCount);
        }
        participants = reader;
        return NODES.arrayNode();
    }

    /** Reads one participant: its violations into {@code reader}, its figures into the tally, its days and home kept. */
    private void participant(FollowUpReader reader, int i, JsonNode element) {
        ParticipantRead read = reader.participant(element, participantsAt.index(i));
        PartialParticipant partial = read.partial();
        int home;
        MemberId id = partial.municipality();
        if (id == null) {
            home = UNKNOWN;
        } else if (!declaredFirst) {
            home = indexOf(id);
        } else if (declared == null || declared.contains(id)) {
            home = DECLARED;
        } else {
            // Only the first violations can be reported: their ids are kept, the others' counted.
            home = undeclared < Limits.MAX_VIOLATIONS ? indexOf(id) : UNQUOTED;
            undeclared++;
        }
        // A participant from a municipality not declared makes the document invalid: it is not tallied, so that the
        // tally's municipalities stay the declared ones, however many ids a document names.
        if (!declaredFirst || (declared != null && home == DECLARED)) {
            read.participant().ifRead(tally::add);
        }
        keep(i, day(partial.start()), end(partial.end()), home);
    }

    private JsonNode anonymous(JsonParser p) throws IOException {
        FollowUpReader reader = new FollowUpReader(limits);
        int max = limits.maxParticipants();
        anonymousCount = elements(p, max, FollowUpReader.ANONYMOUS_SHAPE, (i, element) -> {
            AnonymousRead read = reader.anonymous(element, anonymousAt.index(i));
            read.anonymous().ifRead(tally::add);
            if (i == years.length) {
                years = Arrays.copyOf(years, Math.max(16, 2 * i));
            }
            years[i] = read.year().isRead() ? read.year().get() : UNKNOWN;
        });
        if (anonymousCount > max) {
            years = new int[0];
            return new CountedArray(anonymousCount);
        }
        anonymous = reader;
        return NODES.arrayNode();
    }

    private void keep(int i, int start, int end, int home) {
        if (i == starts.length) {
            int length = Math.max(16, 2 * i);
            starts = Arrays.copyOf(starts, length);
            ends = Arrays.copyOf(ends, length);
            homes = Arrays.copyOf(homes, length);
        }
        starts[i] = start;
        ends[i] = end;
        homes[i] = home;
    }

    private int indexOf(MemberId id) {
        Integer index = indexOfNamed.get(id);
        if (index == null) {
            index = named.size();
            named.add(id);
            indexOfNamed.put(id, index);
        }
        return index;
    }

    private static int day(@Nullable LocalDate date) {
        return date == null ? UNKNOWN : Math.toIntExact(date.toEpochDay());
    }

    @SuppressWarnings("NullableOptional") // as PartialParticipant's end
    private static int end(@Nullable Optional<LocalDate> end) {
        return end == null ? UNKNOWN : end.isEmpty() ? OPEN : day(end.get());
    }

    private static @Nullable LocalDate date(int day) {
        return day == UNKNOWN || day == OPEN ? null : LocalDate.ofEpochDay(day);
    }

    /**
     * Checks every participant streamed, in order, as {@link ProjectFollowUp#check} checks them.
     *
     * @param municipalities the ids of the project's municipalities, or null if one of them is unknown
     * @param period the project's period, or null if unknown or ending before it starts
     * @param out receives each violation
     */
    void checkParticipants(@Nullable Set<MemberId> municipalities, @Nullable DatePeriod period, Consumer<Violation> out) {
        List<Violation> found = new ArrayList<>();
        for (int i = 0; i < participantCount; i++) {
            int home = homes[i];
            // A declared home needs no check; one not quoted is not declared, and its violation is not reported.
            MemberId id = home == UNKNOWN || home == DECLARED ? null : named.get(home == UNQUOTED ? 0 : home);
            Optional<LocalDate> end = ends[i] == OPEN ? Optional.empty() : Optional.ofNullable(date(ends[i]));
            PartialParticipant partial = new PartialParticipant(date(starts[i]), ends[i] == UNKNOWN ? null : end, id);
            ProjectFollowUp.checkParticipant(i, partial, municipalities, period, found);
            if (!found.isEmpty()) {
                found.forEach(out);
                found.clear();
            }
        }
    }

    /**
     * Checks the year of every entry of anonymous participants streamed, in order, as {@link ProjectFollowUp#check} does.
     *
     * @param period the project's period
     * @param out receives each violation
     */
    void checkAnonymous(DatePeriod period, Consumer<Violation> out) {
        List<Violation> found = new ArrayList<>();
        for (int i = 0; i < anonymousCount; i++) {
            if (years[i] != UNKNOWN) {
                ProjectFollowUp.checkAnonymousYear(i, years[i], period, found);
                found.forEach(out);
                found.clear();
            }
        }
    }
}
