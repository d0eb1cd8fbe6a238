package se.finsam.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import se.finsam.budget.AnnualPlan;
import se.finsam.population.AgeBand;
import se.finsam.contribution.Charter;
import se.finsam.contribution.Charter.PartialKey;
import se.finsam.contribution.Charter.PartialMember;
import se.finsam.contribution.ContributionKey;
import se.finsam.contribution.KeyBasis;
import se.finsam.json.JsonViolationCodes;
import se.finsam.member.Member;
import se.finsam.member.MemberId;
import se.finsam.member.MemberKind;
import se.finsam.money.Amounts;
import se.finsam.money.RoundingUnit;
import se.finsam.validation.ValidationResult;

/**
 * Reads what the plan and the national documents share: an association's charter (members, municipal and
 * regional keys), ids, the year and rounding units. The plan reader extends it; the national reader reads
 * each association's charter with one.
 *
 * <p>Not thread-safe: one instance reads one document.
 */
public class CharterReader extends TreeReader {

    private static final Set<String> MEMBER_FIELDS = Set.of("id", "kind", "name", "code");
    private static final Set<String> KEY_FIELDS = Set.of("basis", "values", "referenceDate", "ageBand");
    private static final Set<String> CHARTER_FIELDS = Set.of("members", "municipalKey", "regionalKey");

    /**
     * Creates a reader for one document or value.
     *
     * @param limits the limits on untrusted input
     */
    public CharterReader(Limits limits) {
        super(limits);
    }

    /**
     * What could be read of a member: the member, if it was built, and what is known of it for the
     * association's rules.
     */
    public record MemberRead(Member member, PartialMember partial) {
        static final MemberRead UNKNOWN = new MemberRead(null, new PartialMember(null, null, Optional.empty()));
    }

    /** What could be read of a key: the key, if it was built, and the members it names. */
    public record KeyRead(ContributionKey key, PartialKey partial) {
        static final KeyRead UNKNOWN = new KeyRead(null, new PartialKey(List.of(), false));
    }

    /** What could be read of a charter: the charter, if it was built; its members, null if unknown. */
    public record CharterRead(Charter charter, List<PartialMember> members) {
    }


    /** Reads a charter on its own: {@code {"members": [...], "municipalKey": ..., "regionalKey": ...}}. */
    public final Charter charter(JsonNode node, Pointer path) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return null;
        }
        checkFields(node, path, CHARTER_FIELDS, "charter", "members");
        Charter charter = readCharter(node, path).charter();
        return hasViolations() ? null : charter;
    }

    /**
     * Reads the members and keys of an object whose fields were checked, and checks them together: built
     * into a charter when every part was read, else by the charter's partial check.
     */
    public final CharterRead readCharter(JsonNode node, Pointer path) {
        List<MemberRead> members = optional(node, "members", path.field("members"),
                (n, p) -> readList(n, p, limits.maxMembers(), "members", this::readMember));
        KeyRead municipalKey = optional(node, "municipalKey", path.field("municipalKey"), this::readKey);
        KeyRead regionalKey = optional(node, "regionalKey", path.field("regionalKey"), this::readKey);
        List<PartialMember> partial = null;
        boolean membersBuilt = members != null;
        if (members != null) {
            partial = new ArrayList<>(members.size());
            for (MemberRead m : members) {
                partial.add(m.partial());
                membersBuilt &= m.member() != null;
            }
            if (municipalKey == null && partial.stream().anyMatch(m -> m.kind() == MemberKind.MUNICIPALITY)) {
                // Required when there are municipalities; without any, the charter names the real fault.
                add(path.field("municipalKey"), JsonViolationCodes.MISSING_FIELD,
                        "Missing required field 'municipalKey' in association: it splits the municipalities' quarter");
            }
        }
        if (membersBuilt && municipalKey != null && municipalKey.key() != null
                && (regionalKey == null || regionalKey.key() != null)) {
            List<Member> list = members.stream().map(MemberRead::member).toList();
            Charter charter = build(path, () -> Charter.of(list, municipalKey.key(),
                    regionalKey != null ? regionalKey.key() : null));
            return new CharterRead(charter, partial);
        }
        if (partial != null) {
            report(path, Charter.checkPartial(partial, Optional.ofNullable(municipalKey).map(KeyRead::partial),
                    Optional.ofNullable(regionalKey).map(KeyRead::partial)));
        }
        return new CharterRead(null, partial);
    }

    /** Reads a member: {@code {"id", "kind", "name", "code"}}. */
    public final Member member(JsonNode node, Pointer path) {
        Member member = readMember(node, path).member();
        return hasViolations() ? null : member;
    }

    private MemberRead readMember(JsonNode node, Pointer path) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return MemberRead.UNKNOWN;
        }
        int before = violationCount();
        checkFields(node, path, MEMBER_FIELDS, "member", "id", "kind", "name");
        MemberId id = optional(node, "id", path.field("id"), this::memberId);
        MemberKind kind = optional(node, "kind", path.field("kind"), (n, p) -> enumValue(n, p, MemberKind.class, "member kind"));
        String name = optional(node, "name", path.field("name"), this::text);
        boolean codeGiven = node.get("code") != null;
        String code = codeGiven ? text(node.get("code"), path.field("code")) : null;
        Member member = null;
        ValidationResult own = null;
        if (violationCount() == before && id != null && kind != null && name != null) {
            member = build(path, () -> new Member(id, kind, name, Optional.ofNullable(code)));
            if (member == null) {
                own = Member.check(id, kind, name, Optional.ofNullable(code)); // reported by the constructor
            }
        } else {
            own = Member.check(id, kind, name, Optional.ofNullable(code));
            report(path, own);
        }
        // A code that breaks its own rule is reported once, and counts as unknown for duplicate codes.
        boolean codeValid = own == null || own.violations().stream().noneMatch(v -> v.path().equals("/code"));
        return new MemberRead(member, new PartialMember(id, kind, codeValid ? Optional.ofNullable(code) : Optional.empty()));
    }





    // --- keys ------------------------------------------------------------------------------------

    /** Reads a key of the given basis only: a key of another basis is a violation at {@code /basis}. */
    public final <K extends ContributionKey> K key(JsonNode node, Pointer path, Class<K> type, KeyBasis basis) {
        ContributionKey key = key(node, path);
        if (key != null && !type.isInstance(key)) {
            add(path.field("basis"), JsonViolationCodes.INVALID_VALUE, "Expected a key of basis " + basis + ", was "
                    + key.basis());
            return null;
        }
        return type.cast(key);
    }

    /** Reads a key: {@code {"basis", "values", "referenceDate", "ageBand"}}. */
    public final ContributionKey key(JsonNode node, Pointer path) {
        return readKey(node, path).key();
    }

    /**
     * Reads a key, reporting every fault of its values at once: each value is read on its own, and the
     * key's rules run on the values that could be read (see {@link ContributionKey#check}).
     */
    public final KeyRead readKey(JsonNode node, Pointer path) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return KeyRead.UNKNOWN;
        }
        int before = violationCount();
        KeyBasis basis = optional(node, "basis", path.field("basis"), (n, p) -> enumValue(n, p, KeyBasis.class, "key basis"));
        checkFields(node, path, KEY_FIELDS, "key", "basis");
        JsonNode values = node.get("values");
        Pointer valuesPath = path.field("values");
        if (basis != null && basis != KeyBasis.POPULATION) {
            for (String field : List.of("referenceDate", "ageBand")) {
                if (node.get(field) != null) {
                    add(path.field(field), JsonViolationCodes.CONFLICTING_FIELDS,
                            "Field '" + field + "' belongs to a POPULATION key, not " + basis);
                }
            }
        }
        if (basis == KeyBasis.EQUAL) {
            if (values != null) {
                add(valuesPath, JsonViolationCodes.CONFLICTING_FIELDS, "An EQUAL key has no values");
            }
            return new KeyRead(violationCount() == before ? ContributionKey.equal() : null, PartialKey.of(ContributionKey.equal()));
        }
        if (values == null) {
            if (basis != null) {
                add(valuesPath, JsonViolationCodes.MISSING_FIELD, "Missing required field 'values' in key");
            }
            return KeyRead.UNKNOWN;
        }
        if (!expect(values, valuesPath, JsonNode::isObject, "an object")
                || !withinLimit(values, valuesPath, limits.maxMembers(), "key values")) {
            return KeyRead.UNKNOWN;
        }
        // Each entry on its own: a member id that could be read is named, whatever its value; every value that
        // could be read is kept by its name as written (a value of an invalid id still counts in the sum).
        List<MemberId> named = new ArrayList<>(values.size());
        Map<String, BigDecimal> byName = new LinkedHashMap<>(values.size() * 2);
        boolean idsComplete = true;
        for (Map.Entry<String, JsonNode> e : values.properties()) {
            Pointer p = valuesPath.field(e.getKey());
            MemberId id = build(p, () -> MemberId.of(e.getKey()));
            if (id == null) {
                idsComplete = false;
            } else {
                named.add(id);
            }
            BigDecimal value = basis == null ? null : basis == KeyBasis.POPULATION ? count(e.getValue(), p) : decimal(e.getValue(), p);
            if (value != null) {
                byName.put(e.getKey(), value);
            }
        }
        PartialKey partial = new PartialKey(named, idsComplete);
        if (basis == null) {
            return new KeyRead(null, partial);
        }
        LocalDate date = optional(node, "referenceDate", path.field("referenceDate"), (n, p) -> date(n, p, "Reference date"));
        AgeBand band = optional(node, "ageBand", path.field("ageBand"), this::ageBand);
        if (violationCount() == before) {
            // Every id and value was read: the ids named are the names, in the same order.
            ContributionKey key = build(path, () -> ofBasis(basis, named, byName, date, band));
            return new KeyRead(key, partial);
        }
        report(path, ContributionKey.check(basis, byName, byName.size() == values.size()));
        return new KeyRead(null, partial);
    }

    /** A head count: a whole number, as a decimal for the key's rules; null if wrong (reported). */
    private BigDecimal count(JsonNode node, Pointer path) {
        Long count = integer(node, path);
        return count == null ? null : BigDecimal.valueOf(count);
    }

    /** The key of a basis from values in the order of {@code named}, its ids. */
    private static ContributionKey ofBasis(KeyBasis basis, List<MemberId> named, Map<String, BigDecimal> byName,
            LocalDate date, AgeBand band) {
        Map<MemberId, BigDecimal> values = new LinkedHashMap<>(named.size() * 2);
        for (MemberId id : named) {
            values.put(id, byName.get(id.value()));
        }
        return switch (basis) {
            case PERCENTAGES -> ContributionKey.ofPercentages(values);
            case WEIGHTS -> ContributionKey.ofWeights(values);
            case POPULATION -> {
                Map<MemberId, Long> counts = new LinkedHashMap<>(values.size() * 2);
                values.forEach((id, count) -> counts.put(id, count.longValueExact())); // read as a long
                yield ContributionKey.ofPopulation(counts, date, band);
            }
            case EQUAL -> throw new AssertionError(basis);
        };
    }


    /**
     * Reads every element of an array of at most {@code max} elements, in order, whatever each element
     * gives (a wrong element reports itself); null if the node is not such an array.
     */
    public final <T> List<T> readList(JsonNode node, Pointer path, int max, String what, Reader<T> element) {
        if (!expect(node, path, JsonNode::isArray, "an array") || !withinLimit(node, path, max, what)) {
            return null;
        }
        List<T> list = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            list.add(element.read(node.get(i), path.index(i)));
        }
        return list;
    }

    /** An exact amount in {@code currency}; null if the number is wrong (reported) or the currency unknown. */
    public final MonetaryAmount money(JsonNode node, Pointer path, CurrencyUnit currency) {
        BigDecimal value = decimal(node, path);
        return value == null || currency == null ? null : Amounts.exact(value, currency);
    }
    /** Reads a year: a whole number within the years a plan may have. */
    public final Integer year(JsonNode node, Pointer path) {
        Long value = integer(node, path);
        if (value == null) {
            return null;
        }
        ValidationResult range = AnnualPlan.checkYear(value);
        range.violations().forEach(v -> add(path, v.code(), v.message()));
        return range.isValid() ? Math.toIntExact(value) : null;
    }

    /** Reads a rounding unit: a decimal such as {@code "0.01"}, {@code "1"} or {@code "1000"}. */
    public final RoundingUnit unit(JsonNode node, Pointer path) {
        BigDecimal value = decimal(node, path);
        return value == null ? null : build(path, () -> RoundingUnit.of(value));
    }
}
