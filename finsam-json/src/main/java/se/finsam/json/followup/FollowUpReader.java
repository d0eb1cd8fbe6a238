package se.finsam.json.followup;

import se.finsam.json.internal.Pointer;
import se.finsam.json.internal.Read;
import se.finsam.json.internal.Limits;
import se.finsam.json.internal.StatisticsReader;
import se.finsam.json.internal.TreeBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import se.finsam.member.Member;
import se.finsam.period.DatePeriod;
import se.finsam.followup.ProjectSummary;
import se.finsam.population.AgeBand;
import se.finsam.followup.AnonymousParticipants;
import se.finsam.followup.ExitReason;
import se.finsam.followup.Gender;
import se.finsam.followup.Occupation;
import se.finsam.followup.Participant;
import se.finsam.followup.ProjectFollowUp;
import se.finsam.followup.ProjectFollowUp.PartialParticipant;
import se.finsam.followup.Situation;
import se.finsam.followup.SupportSource;
import se.finsam.followup.Target;
import se.finsam.followup.TargetMeasure;
import se.finsam.member.MemberId;
import se.finsam.validation.FinsamValidationException;

/**
 * Turns a parsed JSON tree into a {@link ProjectFollowUp} (the participant document of
 * {@code docs/indicators.md}), collecting every violation with its JSON pointer.
 *
 * <p>Validation collects, it does not stop: every value that can be read is read. A value whose parts
 * were all read is built through its core factory, which checks its rules; otherwise the core's partial
 * checks ({@link Participant#check}, {@link Target#check}, {@link AnonymousParticipants#check},
 * {@link ProjectFollowUp#check}) run on what could be read, skipping only the rules that need a missing
 * part. So a participant from an unknown municipality is reported beside another's unreadable gender.
 *
 * <p>Not thread-safe: one instance reads one document.
 */
final class FollowUpReader extends StatisticsReader {

    /** The municipalities of the document last summarized, as read. */
    private Read<List<MunicipalityRead>> declaredRead = Read.reported();

    /** @param limits the limits of the facade that reads */
    FollowUpReader(Limits limits) {
        super(limits);
    }

    private static final Set<String> DOCUMENT_FIELDS = Set.of("name", "note", "start", "end", "municipalities",
            "participants", "anonymous", "targets");
    private static final Set<String> PARTICIPANT_FIELDS = Set.of("start", "end", "exit", "gender", "ageBand",
            "municipality", "before", "after");
    private static final Set<String> SITUATION_FIELDS = Set.of("occupation", "support");
    private static final Set<String> ANONYMOUS_FIELDS = Set.of("year", "gender", "count");
    /**
     * What {@link #participant} looks at of a participant, for a reader that streams participants: each one's tree
     * small however large its text (its unknown fields' values are not kept).
     */
    static final TreeBuilder.Shape PARTICIPANT_SHAPE = participantShape();
    /** What {@link #anonymous} looks at of an entry of anonymous participants. */
    static final TreeBuilder.Shape ANONYMOUS_SHAPE = TreeBuilder.Shape.of(ANONYMOUS_FIELDS.toArray(String[]::new));
    private static final Set<String> TARGET_FIELDS = Set.of("measure", "atLeast", "withinMonths", "note");
    /** What {@link #target} looks at of a target. */
    static final TreeBuilder.Shape TARGET_SHAPE = TreeBuilder.Shape.of(TARGET_FIELDS.toArray(String[]::new));

    /** What could be read of a participant: the participant, if built, and what the project's rules need. */
    @SuppressWarnings("NullOptional") // null: the end was given but could not be read (PartialParticipant)
    record ParticipantRead(Read<Participant> participant, PartialParticipant partial) {
        static final ParticipantRead UNKNOWN = new ParticipantRead(Read.reported(), new PartialParticipant(null, null, null));
    }

    /** What could be read of anonymous participants: the entry, if built, and its year (reported: unknown). */
    record AnonymousRead(Read<AnonymousParticipants> anonymous, Read<Integer> year) {
        static final AnonymousRead UNKNOWN = new AnonymousRead(Read.reported(), Read.reported());
    }

    /**
     * Reads a participant document, or throws with every violation found.
     *
     * @param root the parsed tree
     * @return the project's follow-up
     * @throws FinsamValidationException if anything is wrong
     */
    ProjectFollowUp read(JsonNode root) {
        return readValue(root, Pointer.ROOT, (node, path) -> document(node), "participant document");
    }

    /** What is read of a document before its participants: its name, note, period and municipalities. */
    @SuppressWarnings("NullableOptional") // as the reads they hold
    private record Header(Read<String> name, Read<Optional<String>> note, Read<LocalDate> start,
            Read<Optional<LocalDate>> end, Read<List<MunicipalityRead>> municipalities) {

        /** The municipalities' ids for the core's partial checks: null where unknown; null if the list is. */
        @Nullable List<@Nullable MemberId> ids() {
            return municipalities.map(StatisticsReader::ids).orUnknown();
        }
    }

    private Read<ProjectFollowUp> document(JsonNode root) {
        Pointer at = Pointer.ROOT;
        if (!expect(root, at, JsonNode::isObject, "an object")) {
            return Read.reported();
        }
        checkFields(root, at, DOCUMENT_FIELDS, "participant document", "name", "start", "municipalities", "participants");
        Header h = header(root, at);
        Read<List<ParticipantRead>> participants = field(root, "participants", at,
                (n, p) -> parts(n, p, limits.maxParticipants(), "participants", this::participant));
        Read<List<AnonymousRead>> anonymous = anonymousField(root, at, this::anonymous);
        Read<List<Target>> targets = targets(root, at);
        if (!hasViolations()) {
            // Every part was read and built: the project checks its own rules.
            List<Participant> built = participants.get().stream().map(p -> p.participant().get()).toList();
            List<AnonymousParticipants> entries = anonymous.get().stream().map(a -> a.anonymous().get()).toList();
            return build(at, () -> new ProjectFollowUp(h.name().get(), h.note().get(), h.start().get(), h.end().get(),
                    members(h.municipalities().get()).get(), built, entries, targets.get()));
        }
        // Something could not be read or built: the project's own rules run on what could.
        report(at, ProjectFollowUp.check(h.name().orUnknown(), h.note().orUnknown(), h.start().orUnknown(),
                h.end().orUnknown(), h.ids(),
                participants.map(l -> l.stream().map(ParticipantRead::partial).toList()).orUnknown(),
                anonymous.map(l -> l.stream().map(a -> a.year().orUnknown()).toList()).orUnknown()));
        return Read.reported();
    }

    private Header header(JsonNode root, Pointer at) {
        Read<String> name = field(root, "name", at, this::text);
        Read<Optional<String>> note = note(root, at);
        Read<LocalDate> start = field(root, "start", at, this::date);
        Read<Optional<LocalDate>> end = given(root, "end", at, this::date);
        Read<List<MunicipalityRead>> municipalities = field(root, "municipalities", at, this::municipalities);
        return new Header(name, note, start, end, municipalities);
    }

    private <A> Read<List<A>> anonymousField(JsonNode root, Pointer at, BiFunction<JsonNode, Pointer, A> reader) {
        return fieldOr(root, "anonymous", at, Read.emptyList(),
                (n, p) -> parts(n, p, limits.maxParticipants(), "entries of anonymous participants", reader));
    }

    private Read<List<Target>> targets(JsonNode root, Pointer at) {
        return fieldOr(root, "targets", at, Read.emptyList(), (n, p) -> list(n, p, limits.maxTargets(), "targets", this::target));
    }

    /**
     * The ids of the municipalities of a streamed document's {@code municipalities}, read before its
     * participants, as the project's rules take them (see {@link ProjectFollowUp#checkParticipant}); the
     * violations of this reading are this reader's, which the caller throws away.
     *
     * @param skeleton the document's top-level fields streamed so far
     * @param at where the document is
     * @return the ids, or null if one of them, or the list, is unknown
     */
    @Nullable Set<MemberId> declared(JsonNode skeleton, Pointer at) {
        return idSet(field(skeleton, "municipalities", at, this::municipalities).map(StatisticsReader::ids)
                .orUnknown());
    }

    private static @Nullable Set<MemberId> idSet(@Nullable List<@Nullable MemberId> ids) {
        if (ids == null || ids.contains(null)) {
            return null;
        }
        Set<MemberId> set = new HashSet<>(ids.size() * 2);
        ids.forEach(id -> set.add(Objects.requireNonNull(id, "checked above")));
        return set;
    }

    /**
     * Puts together what was streamed of a participant document, in the order in which {@link #read(JsonNode)}
     * reads the same document held whole, and gives the project's summary, or reports (in this reader) the
     * same violations as {@code read} does.
     *
     * @param s what was streamed
     * @return the summary, or reported
     */
    Read<ProjectSummary> summary(FollowUpStream s) {
        JsonNode root = s.skeleton();
        Pointer at = s.base();
        if (!expect(root, at, JsonNode::isObject, "an object")) {
            return Read.reported();
        }
        checkFields(root, at, DOCUMENT_FIELDS, "participant document", "name", "start", "municipalities", "participants");
        Header h = header(root, at);
        declaredRead = h.municipalities();
        FollowUpReader participants = s.participants();
        boolean participantsKnown = participants != null;
        if (participants != null) {
            absorb(participants);
        } else {
            // Absent (reported missing), not an array, or too long: reported as the whole tree's reader reports it.
            field(root, "participants", at, (n, p) -> parts(n, p, limits.maxParticipants(), "participants", (x, y) -> x));
        }
        FollowUpReader anonymous = s.anonymous();
        boolean anonymousKnown = anonymous != null || !root.has("anonymous");
        if (anonymous != null) {
            absorb(anonymous);
        } else {
            anonymousField(root, at, (x, y) -> x);
        }
        Read<List<Target>> targets = targets(root, at);
        boolean read = !hasViolations();
        // The project's rules, in the order of ProjectFollowUp.check: the header's, each participant's, each entry's.
        report(at, ProjectFollowUp.check(h.name().orUnknown(), h.note().orUnknown(), h.start().orUnknown(),
                h.end().orUnknown(), h.ids(), null, null));
        Set<MemberId> ids = idSet(h.ids());
        String where = at.toString();
        DatePeriod period = null;
        if (h.start().isRead() && h.end().isRead() && !DatePeriod.isEndBeforeStart(h.start().get(), h.end().get())) {
            period = DatePeriod.of(h.start().get(), h.end().get());
        }
        if (participantsKnown) {
            s.checkParticipants(ids, period, v -> add(v.under(where)));
        }
        if (anonymousKnown && period != null) {
            s.checkAnonymous(period, v -> add(v.under(where)));
        }
        if (!read || hasViolations()) {
            return Read.reported();
        }
        List<Member> members = members(h.municipalities().get()).get();
        return build(at, () -> new ProjectSummary(h.name().get(), h.note().get(), DatePeriod.of(h.start().get(), h.end().get()),
                members, targets.get(), s.tally().declare(members).build(targets.get())));
    }

    /**
     * The municipalities that the document last {@linkplain #summary summarized} declares, as far as they could be
     * read: each read one at its index, null where unreadable; empty if the list is unknown.
     *
     * @return the municipalities
     */
    List<@Nullable Member> municipalities() {
        if (declaredRead.isReported()) {
            return List.of();
        }
        List<@Nullable Member> members = new ArrayList<>();
        declaredRead.get().forEach(m -> members.add(m.member().orUnknown()));
        return members;
    }

    ParticipantRead participant(JsonNode node, Pointer path) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return ParticipantRead.UNKNOWN;
        }
        int before = violationCount();
        checkFields(node, path, PARTICIPANT_FIELDS, "participant", "start", "gender", "ageBand", "municipality", "before");
        Read<LocalDate> start = field(node, "start", path, this::date);
        Read<Optional<LocalDate>> end = given(node, "end", path, this::date);
        Read<Optional<ExitReason>> exit = given(node, "exit", path, (n, p) -> enumValue(n, p, ExitReason.class, "exit reason"));
        Read<Gender> gender = field(node, "gender", path, (n, p) -> enumValue(n, p, Gender.class, "gender"));
        Read<AgeBand> ageBand = field(node, "ageBand", path, this::ageBand);
        Read<MemberId> municipality = field(node, "municipality", path, this::memberId);
        Read<Situation> situationBefore = field(node, "before", path, this::situation);
        Read<Optional<Situation>> after = given(node, "after", path, this::situation);
        PartialParticipant partial = new PartialParticipant(start.orUnknown(), end.orUnknown(), municipality.orUnknown());
        if (violationCount() == before) {
            return new ParticipantRead(build(path, () -> new Participant(start.get(), end.get(), exit.get(), gender.get(),
                    ageBand.get(), municipality.get(), situationBefore.get(), after.get())), partial);
        }
        report(path, Participant.check(start.orUnknown(), end.orUnknown(), exit.orUnknown(), after.orUnknown()));
        return new ParticipantRead(Read.reported(), partial);
    }

    private Read<Situation> situation(JsonNode node, Pointer path) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return Read.reported();
        }
        checkFields(node, path, SITUATION_FIELDS, "situation", "occupation", "support");
        Read<Occupation> occupation = field(node, "occupation", path,
                (n, p) -> enumValue(n, p, Occupation.class, "occupation"));
        Read<SupportSource> support = field(node, "support", path,
                (n, p) -> enumValue(n, p, SupportSource.class, "source of support"));
        return occupation.isRead() && support.isRead() ? Read.of(Situation.of(occupation.get(), support.get()))
                : Read.reported();
    }

    AnonymousRead anonymous(JsonNode node, Pointer path) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return AnonymousRead.UNKNOWN;
        }
        int before = violationCount();
        checkFields(node, path, ANONYMOUS_FIELDS, "anonymous participants", "year", "gender", "count");
        Read<Integer> year = field(node, "year", path, this::intValue);
        Read<Gender> gender = field(node, "gender", path, (n, p) -> enumValue(n, p, Gender.class, "gender"));
        Read<Integer> count = field(node, "count", path, this::intValue);
        // A year outside 1900–2200 is reported here, and is unknown for the project's rules (no second report).
        Read<Integer> knownYear = year.isRead() && AnonymousParticipants.check(year.get(), null).isValid() ? year
                : Read.reported();
        if (violationCount() == before) {
            return new AnonymousRead(build(path, () -> AnonymousParticipants.of(year.get(), gender.get(), count.get())),
                    knownYear);
        }
        report(path, AnonymousParticipants.check(year.orUnknown(), count.orUnknown()));
        return new AnonymousRead(Read.reported(), knownYear);
    }

    private Read<Target> target(JsonNode node, Pointer path) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return Read.reported();
        }
        int before = violationCount();
        checkFields(node, path, TARGET_FIELDS, "target", "measure", "atLeast");
        Read<TargetMeasure> measure = field(node, "measure", path,
                (n, p) -> enumValue(n, p, TargetMeasure.class, "target measure"));
        Read<BigDecimal> atLeast = field(node, "atLeast", path, this::decimal);
        Read<Optional<Integer>> within = given(node, "withinMonths", path, this::intValue);
        Read<Optional<String>> note = note(node, path);
        if (violationCount() == before) {
            return build(path, () -> new Target(measure.get(), atLeast.get(), within.get(), note.get()));
        }
        report(path, Target.check(measure.orUnknown(), atLeast.orUnknown(), within.orUnknown(), note.orUnknown()));
        return Read.reported();
    }

    private static TreeBuilder.Shape participantShape() {
        Map<String, TreeBuilder.Shape> fields = new HashMap<>();
        PARTICIPANT_FIELDS.forEach(name -> fields.put(name, TreeBuilder.Shape.SCALAR));
        TreeBuilder.Shape situation = TreeBuilder.Shape.of(SITUATION_FIELDS.toArray(String[]::new));
        fields.put("before", situation);
        fields.put("after", situation);
        return new TreeBuilder.Shape(fields);
    }
}
