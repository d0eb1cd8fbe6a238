package se.finsam.json.followup;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.finsam.association.AssociationId;
import se.finsam.followup.AssociationFollowUp;
import se.finsam.followup.County;
import se.finsam.followup.FollowUpFigures;
import se.finsam.followup.NationalFollowUp;
import se.finsam.followup.ProjectSummary;
import se.finsam.json.JsonViolationCodes;
import se.finsam.json.followup.NationalFollowUpStream.EntryStream;
import se.finsam.json.internal.Limits;
import se.finsam.json.internal.Pointer;
import se.finsam.json.internal.Read;
import se.finsam.json.internal.StatisticsReader;
import se.finsam.json.internal.TreeBuilder;
import se.finsam.validation.TextRules;
import se.finsam.validation.ValidationResult;
import se.finsam.validation.Violation;

/**
 * Puts together what {@link NationalFollowUpStream} read of a national follow-up document
 * ({@code docs/indicators.md}) into a {@link NationalFollowUp}, collecting every violation with its JSON
 * pointer: the document's fields, then each association's follow-up in order (its fields, then each of its
 * projects' violations, as {@link FollowUpReader} reports them for a participant document at that place), then
 * the national rules (counties and associations listed twice, counties not listed).
 *
 * <p>Not thread-safe: one instance reads one document.
 */
final class NationalFollowUpReader extends StatisticsReader {

    private static final Set<String> DOCUMENT_FIELDS = Set.of("name", "note", "counties", "followUps");
    private static final Set<String> ENTRY_FIELDS = Set.of("association", "name", "county", "projects");
    private static final Set<String> COUNTY_FIELDS = Set.of("code", "name");
    /** What the reader looks at of a county, for the stream. */
    static final TreeBuilder.Shape COUNTY_SHAPE = TreeBuilder.Shape.of(COUNTY_FIELDS.toArray(String[]::new));

    /** @param limits the limits of the facade that reads */
    NationalFollowUpReader(Limits limits) {
        super(limits);
    }

    /** What was read of an association's follow-up. */
    private record EntryRead(Read<AssociationId> id, Read<String> name, Read<String> county, @Nullable EntryStream stream) {
    }

    /**
     * Puts a streamed document together, or reports (in this reader) every violation.
     *
     * @param s what was streamed
     * @return the national follow-up, or reported
     */
    Read<NationalFollowUp> read(NationalFollowUpStream s) {
        JsonNode root = s.skeleton();
        Pointer at = Pointer.ROOT;
        if (!expect(root, at, JsonNode::isObject, "an object")) {
            return Read.reported();
        }
        checkFields(root, at, DOCUMENT_FIELDS, "national follow-up", "name", "counties", "followUps");
        Read<String> name = field(root, "name", at, this::name);
        Read<Optional<String>> note = note(root, at);
        Read<List<County>> counties = field(root, "counties", at,
                (n, p) -> list(n, p, limits.maxAssociations(), "counties", this::county));
        List<EntryStream> streamed = s.entries();
        List<EntryRead> entries = new ArrayList<>();
        Pointer followUps = at.field("followUps");
        if (streamed != null) {
            for (int i = 0; i < streamed.size(); i++) {
                entries.add(entry(streamed.get(i), followUps.index(i)));
            }
        } else {
            // Absent (reported missing), not an array, or too long: reported as any list is.
            field(root, "followUps", at, (n, p) -> parts(n, p, limits.maxAssociations(), "follow-ups", (x, y) -> x));
        }
        if (s.projectsInAll() > limits.maxProjects() && !s.listTooLong()) {
            // (A list past the limit by itself is refused as such, and says enough.)
            add(followUps, JsonViolationCodes.LIMIT_EXCEEDED, "At most " + limits.maxProjects()
                    + " projects are accepted in a national follow-up, found " + s.projectsInAll());
        }
        // The national rules, on what could be read.
        List<Violation> national = new ArrayList<>();
        Set<String> declared = null;
        JsonNode list = root.get("counties");
        if (list != null && list.isArray() && list.size() <= limits.maxAssociations()) {
            List<@Nullable String> codes = codes(list);
            NationalFollowUp.checkCounties(codes, national);
            // With a code unreadable, it may be the one an association names: none is reported unknown.
            declared = codes.contains(null) ? null : new HashSet<>(codes);
        }
        List<@Nullable AssociationId> ids = new ArrayList<>();
        List<@Nullable String> countyOf = new ArrayList<>();
        for (EntryRead e : entries) {
            ids.add(e.id().orUnknown());
            countyOf.add(e.county().orUnknown());
        }
        NationalFollowUp.checkAssociations(ids, countyOf, declared, national);
        report(at, ValidationResult.of(national));
        if (hasViolations()) {
            return Read.reported();
        }
        return Read.of(national(name.get(), note.get(), counties.get(), entries));
    }

    /** The codes of a list of counties, null where unreadable. */
    private List<@Nullable String> codes(JsonNode list) {
        List<@Nullable String> codes = new ArrayList<>();
        for (JsonNode county : list) {
            JsonNode code = county.isObject() ? county.get("code") : null;
            codes.add(code != null && code.isTextual() ? code.textValue() : null);
        }
        return codes;
    }

    private static NationalFollowUp national(String name, Optional<String> note, List<County> counties,
            List<EntryRead> entries) {
        List<AssociationFollowUp> associations = new ArrayList<>();
        Map<String, FollowUpFigures.Builder> byCounty = new LinkedHashMap<>();
        counties.forEach(c -> byCounty.put(c.code(), FollowUpFigures.builder()));
        FollowUpFigures.Builder total = FollowUpFigures.builder();
        for (EntryRead e : entries) {
            EntryStream s = e.stream();
            if (s == null || !s.complete()) {
                throw new IllegalStateException("An association's follow-up not read, and no violation");
            }
            associations.add(new AssociationFollowUp(e.id().get(), e.name().get(), e.county().get(), s.summaries(),
                    s.tally().build(List.of())));
            FollowUpFigures.Builder county = byCounty.get(e.county().get());
            if (county == null) {
                throw new IllegalStateException("An association's county not listed, and no violation");
            }
            county.merge(s.tally());
            total.merge(s.tally());
        }
        Map<String, FollowUpFigures> figures = new LinkedHashMap<>();
        byCounty.forEach((code, tally) -> figures.put(code, tally.build(List.of())));
        return new NationalFollowUp(name, note, counties, associations, figures, total.build(List.of()));
    }

    private EntryRead entry(EntryStream s, Pointer path) {
        JsonNode node = s.node();
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return new EntryRead(Read.reported(), Read.reported(), Read.reported(), null);
        }
        checkFields(node, path, ENTRY_FIELDS, "association's follow-up", "association", "name", "county", "projects");
        Read<AssociationId> id = field(node, "association", path, this::associationId);
        Read<String> name = field(node, "name", path, this::name);
        Read<String> county = field(node, "county", path, this::countyCode);
        FollowUpReader projects = s.projects();
        if (projects != null) {
            absorb(projects);
        } else {
            // Absent (reported missing), not an array, or too long: reported as any list is.
            field(node, "projects", path, (n, p) -> parts(n, p, limits.maxProjects(), "projects", (x, y) -> x));
        }
        return new EntryRead(id, name, county, s);
    }

    private Read<County> county(JsonNode node, Pointer path) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return Read.reported();
        }
        checkFields(node, path, COUNTY_FIELDS, "county", "code", "name");
        Read<String> code = field(node, "code", path, this::countyCode);
        Read<String> name = field(node, "name", path, this::name);
        return code.isRead() && name.isRead() ? Read.of(new County(code.get(), name.get())) : Read.reported();
    }

    /** A name: a string by the text rules of every name. */
    private Read<String> name(JsonNode node, Pointer path) {
        return checked(node, path, TextRules::checkName);
    }

    /** A county code: a string of two digits, 01 to 25. */
    private Read<String> countyCode(JsonNode node, Pointer path) {
        return checked(node, path, County::checkCode);
    }

    /** A core rule of a string: its path, the string, and where its violations go. */
    @FunctionalInterface
    private interface TextRule {
        void check(String path, String text, List<Violation> out);
    }

    /** A string that a core rule checks: reported if it is not a string, or if the rule finds it wrong. */
    private Read<String> checked(JsonNode node, Pointer path, TextRule rule) {
        Read<String> text = text(node, path);
        if (text.isReported()) {
            return text;
        }
        List<Violation> found = new ArrayList<>();
        rule.check("", text.get(), found);
        return report(path, ValidationResult.of(found)) ? text : Read.reported();
    }
}
