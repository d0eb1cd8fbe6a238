package se.finsam.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.finsam.contribution.AgeBand;
import se.finsam.followup.AnonymousParticipants;
import se.finsam.followup.ExitReason;
import se.finsam.followup.Gender;
import se.finsam.followup.Occupation;
import se.finsam.followup.Participant;
import se.finsam.followup.ProjectFollowUp;
import se.finsam.followup.Situation;
import se.finsam.followup.SupportSource;
import se.finsam.followup.Target;
import se.finsam.followup.TargetMeasure;
import se.finsam.member.Member;
import se.finsam.member.MemberId;
import se.finsam.validation.FinsamValidationException;

/**
 * Turns a parsed JSON tree into a {@link ProjectFollowUp} (the participant document of
 * {@code docs/indicators.md}), collecting every violation with its JSON pointer. The rules are the
 * core's; a participant that breaks one is replaced by a stand-in so that the project's own rules
 * (municipalities, dates within the project) are still checked.
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

    /**
     * Reads a participant document, or throws with every violation found.
     *
     * @param root the parsed tree
     * @return the project's follow-up
     * @throws FinsamValidationException if anything is wrong
     */
    ProjectFollowUp read(JsonNode root) {
        ProjectFollowUp project = document(root);
        throwIfInvalid("participant document");
        return project;
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
        List<Member> municipalities = optional(root, "municipalities", Pointer.ROOT.field("municipalities"), this::municipalities);
        List<Participant> participants = optional(root, "participants", Pointer.ROOT.field("participants"),
                (n, p) -> list(n, p, limits.maxParticipants(), "participants", this::participant));
        List<AnonymousParticipants> anonymous = root.get("anonymous") == null ? List.of()
                : list(root.get("anonymous"), Pointer.ROOT.field("anonymous"), limits.maxParticipants(),
                        "entries of anonymous participants", this::anonymous);
        List<Target> targets = root.get("targets") == null ? List.of()
                : list(root.get("targets"), Pointer.ROOT.field("targets"), limits.maxTargets(), "targets", this::target);
        if (name == null || !noteOk(root, note) || start == null || (root.get("end") != null && end == null)
                || municipalities == null || participants == null || anonymous == null || targets == null) {
            return null;
        }
        return build(Pointer.ROOT, () -> new ProjectFollowUp(name, note, start, Optional.ofNullable(end), municipalities, participants,
                anonymous, targets));
    }

    private Participant participant(JsonNode node, Pointer path) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return null;
        }
        checkFields(node, path, PARTICIPANT_FIELDS, "participant", "start", "gender", "ageBand", "municipality", "before");
        LocalDate start = optional(node, "start", path.field("start"), this::date);
        LocalDate end = optional(node, "end", path.field("end"), this::date);
        ExitReason exit = optional(node, "exit", path.field("exit"), (n, p) -> enumValue(n, p, ExitReason.class, "exit reason"));
        Gender gender = optional(node, "gender", path.field("gender"), (n, p) -> enumValue(n, p, Gender.class, "gender"));
        AgeBand ageBand = optional(node, "ageBand", path.field("ageBand"), this::ageBand);
        MemberId municipality = optional(node, "municipality", path.field("municipality"), this::memberId);
        Situation before = optional(node, "before", path.field("before"), this::situation);
        Situation after = optional(node, "after", path.field("after"), this::situation);
        if (start == null || gender == null || ageBand == null || municipality == null || before == null) {
            return null;
        }
        boolean optionalsOk = (node.get("end") == null || end != null) && (node.get("exit") == null || exit != null)
                && (node.get("after") == null || after != null);
        Participant participant = !optionalsOk ? null : build(path, () -> new Participant(start, Optional.ofNullable(end),
                Optional.ofNullable(exit), gender, ageBand, municipality, before, Optional.ofNullable(after)));
        return participant != null ? participant : Participant.ongoing(start, gender, ageBand, municipality, before);
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

    private AnonymousParticipants anonymous(JsonNode node, Pointer path) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return null;
        }
        checkFields(node, path, ANONYMOUS_FIELDS, "anonymous participants", "year", "gender", "count");
        Integer year = optional(node, "year", path.field("year"), this::intValue);
        Gender gender = optional(node, "gender", path.field("gender"), (n, p) -> enumValue(n, p, Gender.class, "gender"));
        Integer count = optional(node, "count", path.field("count"), this::intValue);
        if (year == null || gender == null || count == null) {
            return null;
        }
        return build(path, () -> AnonymousParticipants.of(year, gender, count));
    }

    private Target target(JsonNode node, Pointer path) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return null;
        }
        checkFields(node, path, TARGET_FIELDS, "target", "measure", "atLeast");
        TargetMeasure measure = optional(node, "measure", path.field("measure"),
                (n, p) -> enumValue(n, p, TargetMeasure.class, "target measure"));
        BigDecimal atLeast = optional(node, "atLeast", path.field("atLeast"), this::decimal);
        Integer within = optional(node, "withinMonths", path.field("withinMonths"), this::intValue);
        Optional<String> note = note(node, path);
        if (measure == null || atLeast == null || (node.get("withinMonths") != null && within == null) || !noteOk(node, note)) {
            return null;
        }
        return build(path, () -> new Target(measure, atLeast, Optional.ofNullable(within), note));
    }
}
