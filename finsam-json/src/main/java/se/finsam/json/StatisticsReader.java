package se.finsam.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.finsam.contribution.AgeBand;
import se.finsam.member.Member;
import se.finsam.member.MemberId;
import se.finsam.member.MemberKind;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

/**
 * What the readers of statistics documents (indicators, participant follow-up) share: notes,
 * municipalities, age bands, member ids and objects keyed by the names of an enum.
 *
 * <p>Not thread-safe: one instance reads one document.
 */
abstract class StatisticsReader extends TreeReader {

    /** @param limits the limits of the facade that reads */
    StatisticsReader(Limits limits) {
        super(limits);
    }

    private static final Set<String> MUNICIPALITY_FIELDS = Set.of("id", "name", "code");

    /** The optional {@code note} of an object. */
    final Optional<String> note(JsonNode parent, Pointer path) {
        JsonNode node = parent.get("note");
        return node == null ? Optional.empty() : Optional.ofNullable(text(node, path.field("note")));
    }

    /** True if the note is absent or was read; false if it was of the wrong type (already reported). */
    static boolean noteOk(JsonNode parent, Optional<String> note) {
        return parent.get("note") == null || note.isPresent();
    }

    /** An array of municipalities {@code {"id", "name", "code"}}; a stand-in for one whose name or code is wrong. */
    final List<Member> municipalities(JsonNode node, Pointer path) {
        return list(node, path, limits.maxMembers(), "municipalities", this::municipality);
    }

    private Member municipality(JsonNode node, Pointer path) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return null;
        }
        checkFields(node, path, MUNICIPALITY_FIELDS, "municipality", "id", "name");
        MemberId id = optional(node, "id", path.field("id"), this::memberId);
        String name = optional(node, "name", path.field("name"), this::text);
        boolean codeGiven = node.get("code") != null;
        String code = codeGiven ? text(node.get("code"), path.field("code")) : null;
        if (id == null) {
            return null;
        }
        Member m = name == null || (codeGiven && code == null) ? null
                : build(path, () -> new Member(id, MemberKind.MUNICIPALITY, name, Optional.ofNullable(code)));
        // A stand-in keeps the document's own rules checkable; the violation recorded stops the build.
        return m != null ? m : Member.of(id, MemberKind.MUNICIPALITY, "(invalid)");
    }

    /**
     * An array of at most {@code max} elements (checked before any is read), each read by {@code reader};
     * null if it is too long or any element is unreadable (already reported).
     */
    final <T> List<T> list(JsonNode node, Pointer path, int max, String what, Reader<T> reader) {
        if (!expect(node, path, JsonNode::isArray, "an array") || !withinLimit(node, path, max, what)) {
            return null;
        }
        List<T> list = new ArrayList<>(node.size());
        boolean allOk = true;
        for (int i = 0; i < node.size(); i++) {
            T element = reader.read(node.get(i), path.index(i));
            allOk &= element != null;
            list.add(element);
        }
        return allOk ? list : null;
    }

    final MemberId memberId(JsonNode node, Pointer path) {
        String text = text(node, path);
        return text == null ? null : build(path, () -> MemberId.of(text));
    }

    final AgeBand ageBand(JsonNode node, Pointer path) {
        String text = text(node, path);
        return text == null ? null : build(path, () -> AgeBand.parse(text));
    }

    /** A JSON whole number that fits an {@code int}; larger ones are out of range. */
    final Integer intValue(JsonNode node, Pointer path) {
        Long value = integer(node, path);
        if (value == null) {
            return null;
        }
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            add(path, ViolationCodes.VALUE_OUT_OF_RANGE, "Whole number " + value + " is out of range");
            return null;
        }
        return value.intValue();
    }

    /**
     * An object whose field names are the names of an enum's constants, each value read by
     * {@code valueReader}; returns null if anything was wrong (already reported). Which constants must
     * be present is the core's rule.
     */
    final <E extends Enum<E>, V> Map<E, V> enumMap(JsonNode node, Pointer path, Class<E> type, String what,
            Reader<V> valueReader) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return null;
        }
        Map<E, V> map = new EnumMap<>(type);
        boolean allOk = true;
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
                allOk = false;
                continue;
            }
            V value = valueReader.read(e.getValue(), p);
            if (value == null) {
                allOk = false;
            } else {
                map.put(key, value);
            }
        }
        return allOk ? map : null;
    }
}
