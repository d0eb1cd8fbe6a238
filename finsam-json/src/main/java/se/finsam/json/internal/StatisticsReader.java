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
    /** What the reader looks at of a municipality, for a reader that streams a list of them. */
    public static final TreeBuilder.Shape MUNICIPALITY_SHAPE = TreeBuilder.Shape.of(MUNICIPALITY_FIELDS.toArray(String[]::new));

    /** The optional {@code note} of an object: empty if absent, reported if of the wrong type. */
    public final Read<Optional<String>> note(JsonNode parent, Pointer path) {
        return given(parent, "note", path, this::text);
    }

    /**
     * What could be read of a municipality: the member, if it was built (its own rules checked), and its
     * id (reported if unknown) for the document's rules.
     */
    public record MunicipalityRead(Read<Member> member, Read<MemberId> id) {
        static final MunicipalityRead UNKNOWN = new MunicipalityRead(Read.reported(), Read.reported());
    }

    /** An array of municipalities {@code {"id", "name", "code"}}, each read as far as it can be; reported if not an array. */
    public final Read<List<MunicipalityRead>> municipalities(JsonNode node, Pointer path) {
        return parts(node, path, limits.maxMembers(), "municipalities", this::municipality);
    }

    private MunicipalityRead municipality(JsonNode node, Pointer path) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return MunicipalityRead.UNKNOWN;
        }
        int before = violationCount();
        checkFields(node, path, MUNICIPALITY_FIELDS, "municipality", "id", "name");
        Read<MemberId> id = field(node, "id", path, this::memberId);
        Read<String> name = field(node, "name", path, this::text);
        // A code given but unreadable (reported) counts as no code for the member's rules.
        Optional<String> code = given(node, "code", path, this::text).orElse(Optional.empty());
        if (violationCount() == before) {
            return new MunicipalityRead(build(path, () -> new Member(id.get(), MemberKind.MUNICIPALITY, name.get(), code)),
                    id);
        }
        report(path, Member.check(id.orUnknown(), MemberKind.MUNICIPALITY, name.orUnknown(), code));
        return new MunicipalityRead(Read.reported(), id);
    }

    /** The members of municipalities that were all built, in order; reported if any was not. */
    public static Read<List<Member>> members(List<MunicipalityRead> municipalities) {
        List<Member> members = new ArrayList<>(municipalities.size());
        for (MunicipalityRead m : municipalities) {
            if (m.member().isReported()) {
                return Read.reported();
            }
            members.add(m.member().get());
        }
        return Read.of(members);
    }

    /** The ids of municipalities, for the core's partial checks: null where unknown. */
    public static List<MemberId> ids(List<MunicipalityRead> municipalities) {
        List<MemberId> ids = new ArrayList<>(municipalities.size());
        municipalities.forEach(m -> ids.add(m.id().orUnknown()));
        return ids;
    }

    /** A JSON whole number that fits an {@code int}; larger ones are out of range. */
    public final Read<Integer> intValue(JsonNode node, Pointer path) {
        Read<Long> read = integer(node, path);
        if (read.isReported()) {
            return Read.reported();
        }
        long value = read.get();
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            add(path, ViolationCodes.VALUE_OUT_OF_RANGE, "Whole number " + value + " is out of range");
            return Read.reported();
        }
        return Read.of(Math.toIntExact(value)); // within the int range, checked above
    }

    /**
     * What could be read of an object keyed by the names of an enum's constants: the value of every
     * constant named (null where the value could not be read: unknown, as the core's partial checks take
     * it), and whether every key was such a name.
     *
     * @param values the values by constant, in an {@link EnumMap}
     * @param complete false if a key named no constant (reported), so that a constant may be missing only
     *     because its name was misspelt
     */
    public record Keyed<E extends Enum<E>, V>(Map<E, V> values, boolean complete) {
    }

    /**
     * An object whose field names are the names of an enum's constants, each value read by
     * {@code valueReader}; every wrong key and value is reported. Returns what could be read, or reported
     * if the node is not an object. Which constants must be present is the core's rule.
     */
    public final <E extends Enum<E>, V> Read<Keyed<E, V>> enumMap(JsonNode node, Pointer path, Class<E> type, String what,
            Reader<V> valueReader) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return Read.reported();
        }
        Map<E, V> map = new EnumMap<>(type);
        boolean complete = true;
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            Pointer p = path.field(e.getKey());
            Read<E> key = constant(type, e.getKey());
            if (key == null) {
                add(p, JsonViolationCodes.UNKNOWN_FIELD, "Unknown " + what + " '" + shorten(e.getKey()) + "'; expected one of "
                        + String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
                complete = false;
                continue;
            }
            map.put(key.get(), valueReader.read(e.getValue(), p).orUnknown());
        }
        return Read.of(new Keyed<>(map, complete));
    }
}
