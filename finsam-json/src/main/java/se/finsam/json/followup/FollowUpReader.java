package se.finsam.json.followup;

import se.finsam.json.internal.Pointer;
import se.finsam.json.internal.Limits;
import se.finsam.json.internal.StatisticsReader;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
    private static final Set<String> TARGET_FIELDS = Set.of("measure", "atLeast", "withinMonths", "note");

    /** What could be read of a participant: the participant, if built, and what the project's rules need. */
    private record ParticipantRead(Participant participant, PartialParticipant partial) {
        static final ParticipantRead UNKNOWN = new ParticipantRead(null, new PartialParticipant(null, null, null));
    }

    /** What could be read of anonymous participants: the entry, if built, and its year (null: unknown). */
    private record AnonymousRead(AnonymousParticipants anonymous, Integer year) {
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

    private ProjectFollowUp document(JsonNode root) {
        if (!expect(root, Pointer.ROOT, JsonNode::isObject, "an object")) {
            return null;
        }
        checkFields(root, Pointer.ROOT, DOCUMENT_FIELDS, "participant document", "name", "start", "municipalities", "participants");
        String name = optional(root, "name", Pointer.ROOT.field("name"), this::text);
        Optional<String> note = note(root, Pointer.ROOT);
        LocalDate start = optional(root, "start", Pointer.ROOT.field("start"), this::date);
        LocalDate end = optional(root, "end", Pointer.ROOT.field("end"), this::date);
        List<MunicipalityRead> municipalities = optional(root, "municipalities", Pointer.ROOT.field("municipalities"), this::municipalities);
        List<ParticipantRead> participants = optional(root, "participants", Pointer.ROOT.field("participants"),
                (n, p) -> list(n, p, limits.maxParticipants(), "participants", this::participant));
        List<AnonymousRead> anonymous = root.get("anonymous") == null ? List.of()
                : list(root.get("anonymous"), Pointer.ROOT.field("anonymous"), limits.maxParticipants(),
                        "entries of anonymous participants", this::anonymous);
        List<Target> targets = root.get("targets") == null ? List.of()
                : list(root.get("targets"), Pointer.ROOT.field("targets"), limits.maxTargets(), "targets", this::target);
        if (!hasViolations()) {
            // Every part was read and built: the project checks its own rules.
            List<Participant> built = participants.stream().map(ParticipantRead::participant).toList();
            List<AnonymousParticipants> entries = anonymous.stream().map(AnonymousRead::anonymous).toList();
            return build(Pointer.ROOT, () -> new ProjectFollowUp(name, note, start, Optional.ofNullable(end),
                    members(municipalities), built, entries, targets));
        }
        // Something could not be read or built: the project's own rules run on what could.
        Optional<LocalDate> knownEnd = root.get("end") == null ? Optional.empty() : end == null ? null : Optional.of(end);
        report(Pointer.ROOT, ProjectFollowUp.check(name, noteOk(root, note) ? note : null, start, knownEnd,
                municipalities == null ? null : ids(municipalities),
                participants == null ? null : participants.stream().map(ParticipantRead::partial).toList(),
                anonymous == null ? null : anonymous.stream().map(AnonymousRead::year).toList()));
        return null;
    }

    private ParticipantRead participant(JsonNode node, Pointer path) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return ParticipantRead.UNKNOWN;
        }
        int before = violationCount();
        checkFields(node, path, PARTICIPANT_FIELDS, "participant", "start", "gender", "ageBand", "municipality", "before");
        LocalDate start = optional(node, "start", path.field("start"), this::date);
        Optional<LocalDate> end = given(node, "end", path, this::date);
        Optional<ExitReason> exit = given(node, "exit", path, (n, p) -> enumValue(n, p, ExitReason.class, "exit reason"));
        Gender gender = optional(node, "gender", path.field("gender"), (n, p) -> enumValue(n, p, Gender.class, "gender"));
        AgeBand ageBand = optional(node, "ageBand", path.field("ageBand"), this::ageBand);
        MemberId municipality = optional(node, "municipality", path.field("municipality"), this::memberId);
        Situation situationBefore = optional(node, "before", path.field("before"), this::situation);
        Optional<Situation> after = given(node, "after", path, this::situation);
        PartialParticipant partial = new PartialParticipant(start, end, municipality);
        if (violationCount() == before) {
            return new ParticipantRead(build(path, () -> new Participant(start, end, exit, gender, ageBand, municipality,
                    situationBefore, after)), partial);
        }
        report(path, Participant.check(start, end, exit, after));
        return new ParticipantRead(null, partial);
    }

    private Situation situation(JsonNode node, Pointer path) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return null;
        }
        checkFields(node, path, SITUATION_FIELDS, "situation", "occupation", "support");
        Occupation occupation = optional(node, "occupation", path.field("occupation"),
                (n, p) -> enumValue(n, p, Occupation.class, "occupation"));
        SupportSource support = optional(node, "support", path.field("support"),
                (n, p) -> enumValue(n, p, SupportSource.class, "source of support"));
        return occupation == null || support == null ? null : Situation.of(occupation, support);
    }

    private AnonymousRead anonymous(JsonNode node, Pointer path) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return new AnonymousRead(null, null);
        }
        int before = violationCount();
        checkFields(node, path, ANONYMOUS_FIELDS, "anonymous participants", "year", "gender", "count");
        Integer year = optional(node, "year", path.field("year"), this::intValue);
        Gender gender = optional(node, "gender", path.field("gender"), (n, p) -> enumValue(n, p, Gender.class, "gender"));
        Integer count = optional(node, "count", path.field("count"), this::intValue);
        // A year outside 1900–2200 is reported here, and is unknown for the project's rules (no second report).
        Integer knownYear = year != null && AnonymousParticipants.check(year, null).isValid() ? year : null;
        if (violationCount() == before) {
            return new AnonymousRead(build(path, () -> AnonymousParticipants.of(year, gender, count)), knownYear);
        }
        report(path, AnonymousParticipants.check(year, count));
        return new AnonymousRead(null, knownYear);
    }

    private Target target(JsonNode node, Pointer path) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return null;
        }
        int before = violationCount();
        checkFields(node, path, TARGET_FIELDS, "target", "measure", "atLeast");
        TargetMeasure measure = optional(node, "measure", path.field("measure"),
                (n, p) -> enumValue(n, p, TargetMeasure.class, "target measure"));
        BigDecimal atLeast = optional(node, "atLeast", path.field("atLeast"), this::decimal);
        Optional<Integer> within = given(node, "withinMonths", path, this::intValue);
        Optional<String> note = note(node, path);
        if (violationCount() == before) {
            return build(path, () -> new Target(measure, atLeast, within, note));
        }
        report(path, Target.check(measure, atLeast, within, noteOk(node, note) ? note : null));
        return null;
    }
}
