package se.finsam.json.internal;

import se.finsam.json.JsonViolationCodes;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.finsam.population.AgeBand;
import se.finsam.member.Member;
import se.finsam.member.MemberId;
import se.finsam.member.MemberKind;
import se.finsam.validation.ViolationCodes;

/**
 * What the readers of statistics documents (indicators, participant follow-up) share: notes,
 * municipalities, age bands, member ids and objects keyed by the names of an enum.
 *
 * <p>Not thread-safe: one instance reads one document.
 */
public abstract class StatisticsReader extends TreeReader {

    /** @param limits the limits of the facade that reads */
    public StatisticsReader(Limits limits) {
        super(limits);
    }

    private static final Set<String> MUNICIPALITY_FIELDS = Set.of("id", "name", "code");

    /** The optional {@code note} of an object. */
    public final Optional<String> note(JsonNode parent, Pointer path) {
        JsonNode node = parent.get("note");
        return node == null ? Optional.empty() : Optional.ofNullable(text(node, path.field("note")));
    }

    /** True if the note is absent or was read; false if it was of the wrong type (already reported). */
    public static boolean noteOk(JsonNode parent, Optional<String> note) {
        return parent.get("note") == null || note.isPresent();
    }

    /**
     * What could be read of a municipality: the member, if it was built (its own rules checked), and its
     * id (null if unknown) for the document's rules.
     */
    public record MunicipalityRead(Member member, MemberId id) {
        static final MunicipalityRead UNKNOWN = new MunicipalityRead(null, null);
    }

    /** An array of municipalities {@code {"id", "name", "code"}}, each read as far as it can be; null if not an array. */
    public final List<MunicipalityRead> municipalities(JsonNode node, Pointer path) {
        return list(node, path, limits.maxMembers(), "municipalities", this::municipality);
    }

    private MunicipalityRead municipality(JsonNode node, Pointer path) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return MunicipalityRead.UNKNOWN;
        }
        int before = violationCount();
        checkFields(node, path, MUNICIPALITY_FIELDS, "municipality", "id", "name");
        MemberId id = optional(node, "id", path.field("id"), this::memberId);
        String name = optional(node, "name", path.field("name"), this::text);
        boolean codeGiven = node.get("code") != null;
        String code = codeGiven ? text(node.get("code"), path.field("code")) : null;
        if (violationCount() == before) {
            return new MunicipalityRead(build(path, () -> new Member(id, MemberKind.MUNICIPALITY, name,
                    Optional.ofNullable(code))), id);
        }
        report(path, Member.check(id, MemberKind.MUNICIPALITY, name, Optional.ofNullable(code)));
        return new MunicipalityRead(null, id);
    }

    /** The members of municipalities that were all built, in order; null if any was not. */
    public static List<Member> members(List<MunicipalityRead> municipalities) {
        List<Member> members = new ArrayList<>(municipalities.size());
        for (MunicipalityRead m : municipalities) {
            if (m.member() == null) {
                return null;
            }
            members.add(m.member());
        }
        return members;
    }

    /** The ids of municipalities, null where unknown. */
    public static List<MemberId> ids(List<MunicipalityRead> municipalities) {
        List<MemberId> ids = new ArrayList<>(municipalities.size());
        municipalities.forEach(m -> ids.add(m.id()));
        return ids;
    }

    /**
     * An array of at most {@code max} elements (checked before any is read), whose elements are read by
     * {@code reader}, every one in order, whatever each gives (an element that could not be read reports
     * itself); null if the node is not an array or is too long (reported).
     */
    public final <T> List<T> list(JsonNode node, Pointer path, int max, String what, Reader<T> reader) {
        if (!expect(node, path, JsonNode::isArray, "an array") || !withinLimit(node, path, max, what)) {
            return null;
        }
        List<T> list = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            list.add(reader.read(node.get(i), path.index(i)));
        }
        return list;
    }



    /** A JSON whole number that fits an {@code int}; larger ones are out of range. */
    public final Integer intValue(JsonNode node, Pointer path) {
        Long value = integer(node, path);
        if (value == null) {
            return null;
        }
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            add(path, ViolationCodes.VALUE_OUT_OF_RANGE, "Whole number " + value + " is out of range");
            return null;
        }
        return Math.toIntExact(value); // within the int range, checked above
    }

    /**
     * What could be read of an object keyed by the names of an enum's constants: the value of every
     * constant named (null where the value could not be read), and whether every key was such a name.
     *
     * @param values the values by constant, in an {@link EnumMap}
     * @param complete false if a key named no constant (reported), so that a constant may be missing only
     *     because its name was misspelt
     */
    public record Keyed<E extends Enum<E>, V>(Map<E, V> values, boolean complete) {
    }

    /**
     * An object whose field names are the names of an enum's constants, each value read by
     * {@code valueReader}; every wrong key and value is reported. Returns what could be read, or null if
     * the node is not an object. Which constants must be present is the core's rule.
     */
    public final <E extends Enum<E>, V> Keyed<E, V> enumMap(JsonNode node, Pointer path, Class<E> type, String what,
            Reader<V> valueReader) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return null;
        }
        Map<E, V> map = new EnumMap<>(type);
        boolean complete = true;
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            Pointer p = path.field(e.getKey());
            E key = null;
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(e.getKey())) {
                    key = constant;
                }
            }
            if (key == null) {
                add(p, JsonViolationCodes.UNKNOWN_FIELD, "Unknown " + what + " '" + shorten(e.getKey()) + "'; expected one of "
                        + String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
                complete = false;
                continue;
            }
            map.put(key, valueReader.read(e.getValue(), p));
        }
        return new Keyed<>(map, complete);
    }
}
