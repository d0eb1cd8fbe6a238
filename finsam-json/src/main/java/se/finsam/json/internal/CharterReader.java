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
import se.finsam.provenance.Source;
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
    private static final Set<String> KEY_FIELDS = Set.of("basis", "values", "referenceDate", "ageBand", "source");
    private static final Set<String> SOURCE_FIELDS = Set.of("publisher", "dataset", "title", "updated", "file", "sha256");
    private static final Set<String> CHARTER_FIELDS = Set.of("members", "municipalKey", "regionalKey");

    /** The rounding unit of a document that gives none, read. */
    public static final Read<RoundingUnit> KRONA = Read.of(RoundingUnit.KRONA);

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
    public record MemberRead(Read<Member> member, PartialMember partial) {
        static final MemberRead UNKNOWN = new MemberRead(Read.reported(), new PartialMember(null, null, Optional.empty()));
    }

    /** What could be read of a key: the key, if it was built, and the members it names. */
    public record KeyRead(Read<ContributionKey> key, PartialKey partial) {
        static final KeyRead UNKNOWN = new KeyRead(Read.reported(), new PartialKey(List.of(), false));
    }

    /** What could be read of a charter: the charter, if it was built; its members, reported if unknown. */
    public record CharterRead(Read<Charter> charter, Read<List<PartialMember>> members) {
    }


    /** Reads a charter on its own: {@code {"members": [...], "municipalKey": ..., "regionalKey": ...}}. */
    public final Read<Charter> charter(JsonNode node, Pointer path) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return Read.reported();
        }
        checkFields(node, path, CHARTER_FIELDS, "charter", "members");
        Read<Charter> charter = readCharter(node, path).charter();
        return hasViolations() ? Read.reported() : charter;
    }

    /**
     * Reads the members and keys of an object whose fields were checked, and checks them together: built
     * into a charter when every part was read, else by the charter's partial check.
     */
    public final CharterRead readCharter(JsonNode node, Pointer path) {
        Read<List<MemberRead>> members = field(node, "members", path,
                (n, p) -> parts(n, p, limits.maxMembers(), "members", this::readMember));
        Optional<KeyRead> municipalKey = part(node, "municipalKey", path, this::readKey);
        Optional<KeyRead> regionalKey = part(node, "regionalKey", path, this::readKey);
        if (members.isReported()) {
            return new CharterRead(Read.reported(), Read.reported());
        }
        List<PartialMember> partial = new ArrayList<>(members.get().size());
        boolean membersBuilt = true;
        for (MemberRead m : members.get()) {
            partial.add(m.partial());
            membersBuilt &= m.member().isRead();
        }
        if (municipalKey.isEmpty() && partial.stream().anyMatch(m -> m.kind() == MemberKind.MUNICIPALITY)) {
            // Required when there are municipalities; without any, the charter names the real fault.
            add(path.field("municipalKey"), JsonViolationCodes.MISSING_FIELD,
                    "Missing required field 'municipalKey' in association: it splits the municipalities' quarter");
        }
        if (membersBuilt && municipalKey.isPresent() && municipalKey.get().key().isRead()
                && regionalKey.map(k -> k.key().isRead()).orElse(true)) {
            List<Member> list = members.get().stream().map(m -> m.member().get()).toList();
            Read<Charter> charter = build(path, () -> Charter.of(list, municipalKey.get().key().get(),
                    regionalKey.map(k -> k.key().get()).orElse(null)));
            return new CharterRead(charter, Read.of(partial));
        }
        report(path, Charter.checkPartial(partial, municipalKey.map(KeyRead::partial), regionalKey.map(KeyRead::partial)));
        return new CharterRead(Read.reported(), Read.of(partial));
    }

    /** Reads a member: {@code {"id", "kind", "name", "code"}}. */
    public final Read<Member> member(JsonNode node, Pointer path) {
        Read<Member> member = readMember(node, path).member();
        return hasViolations() ? Read.reported() : member;
    }

    private MemberRead readMember(JsonNode node, Pointer path) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return MemberRead.UNKNOWN;
        }
        int before = violationCount();
        checkFields(node, path, MEMBER_FIELDS, "member", "id", "kind", "name");
        Read<MemberId> id = field(node, "id", path, this::memberId);
        Read<MemberKind> kind = field(node, "kind", path, (n, p) -> enumValue(n, p, MemberKind.class, "member kind"));
        Read<String> name = field(node, "name", path, this::text);
        // A code given but unreadable (reported) counts as no code for the member's rules.
        Optional<String> code = given(node, "code", path, this::text).orElse(Optional.empty());
        Read<Member> member = Read.reported();
        ValidationResult own = null;
        if (violationCount() == before && id.isRead() && kind.isRead() && name.isRead()) {
            member = build(path, () -> new Member(id.get(), kind.get(), name.get(), code));
            if (member.isReported()) {
                own = Member.check(id.get(), kind.get(), name.get(), code); // reported by the constructor
            }
        } else {
            own = Member.check(id.orUnknown(), kind.orUnknown(), name.orUnknown(), code);
            report(path, own);
        }
        // A code that breaks its own rule is reported once, and counts as unknown for duplicate codes.
        boolean codeValid = own == null || own.violations().stream().noneMatch(v -> v.path().equals("/code"));
        return new MemberRead(member, new PartialMember(id.orUnknown(), kind.orUnknown(),
                codeValid ? code : Optional.empty()));
    }





    // --- keys ------------------------------------------------------------------------------------

    /** Reads a key of the given basis only: a key of another basis is a violation at {@code /basis}. */
    public final <K extends ContributionKey> Read<K> key(JsonNode node, Pointer path, Class<K> type, KeyBasis basis) {
        Read<ContributionKey> key = key(node, path);
        if (key.isRead() && !type.isInstance(key.get())) {
            add(path.field("basis"), JsonViolationCodes.INVALID_VALUE, "Expected a key of basis " + basis + ", was "
                    + key.get().basis());
            return Read.reported();
        }
        return key.map(type::cast);
    }

    /** Reads a key: {@code {"basis", "values", "referenceDate", "ageBand"}}. */
    public final Read<ContributionKey> key(JsonNode node, Pointer path) {
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
        Read<KeyBasis> basis = field(node, "basis", path, (n, p) -> enumValue(n, p, KeyBasis.class, "key basis"));
        checkFields(node, path, KEY_FIELDS, "key", "basis");
        JsonNode values = node.get("values");
        Pointer valuesPath = path.field("values");
        if (basis.isRead() && basis.get() != KeyBasis.POPULATION) {
            for (String field : List.of("referenceDate", "ageBand", "source")) {
                if (node.get(field) != null) {
                    add(path.field(field), JsonViolationCodes.CONFLICTING_FIELDS,
                            "Field '" + field + "' belongs to a POPULATION key, not " + basis.get());
                }
            }
        }
        if (basis.isRead() && basis.get() == KeyBasis.EQUAL) {
            if (values != null) {
                add(valuesPath, JsonViolationCodes.CONFLICTING_FIELDS, "An EQUAL key has no values");
            }
            return new KeyRead(violationCount() == before ? Read.of(ContributionKey.equal()) : Read.reported(),
                    PartialKey.of(ContributionKey.equal()));
        }
        if (values == null) {
            if (basis.isRead()) {
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
            Read<MemberId> id = build(p, MemberId::of, e.getKey());
            if (id.isRead()) {
                named.add(id.get());
            } else {
                idsComplete = false;
            }
            if (basis.isRead()) {
                Read<BigDecimal> value = basis.get() == KeyBasis.POPULATION ? count(e.getValue(), p) : decimal(e.getValue(), p);
                if (value.isRead()) {
                    byName.put(e.getKey(), value.get());
                }
            }
        }
        PartialKey partial = new PartialKey(named, idsComplete);
        if (basis.isReported()) {
            return new KeyRead(Read.reported(), partial);
        }
        Read<Optional<LocalDate>> date = given(node, "referenceDate", path, (n, p) -> date(n, p, "Reference date"));
        Read<Optional<AgeBand>> band = given(node, "ageBand", path, this::ageBand);
        Read<Optional<Source>> source = given(node, "source", path, this::source);
        if (violationCount() == before) {
            // Every id and value was read: the ids named are the names, in the same order.
            return new KeyRead(build(path, () -> ofBasis(basis.get(), named, byName, date.get(), band.get(), source.get())),
                    partial);
        }
        report(path, ContributionKey.check(basis.get(), byName, byName.size() == values.size()));
        return new KeyRead(Read.reported(), partial);
    }

    /**
     * Reads the source of an imported key: {@code {"publisher", "dataset", "title"?, "updated"?, "file"?,
     * "sha256"?}} (docs/statistics.md), every fault of its parts at once.
     */
    private Read<Source> source(JsonNode node, Pointer path) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return Read.reported();
        }
        int before = violationCount();
        checkFields(node, path, SOURCE_FIELDS, "source", "publisher", "dataset");
        Read<String> publisher = field(node, "publisher", path, this::text);
        Read<String> dataset = field(node, "dataset", path, this::text);
        Read<Optional<String>> title = given(node, "title", path, this::text);
        Read<Optional<String>> updated = given(node, "updated", path, this::text);
        Read<Optional<String>> file = given(node, "file", path, this::text);
        Read<Optional<String>> sha256 = given(node, "sha256", path, this::text);
        if (violationCount() != before) {
            return Read.reported();
        }
        if (!report(path, Source.check(publisher.get(), dataset.get(), title.get(), updated.get(), file.get(), sha256.get()))) {
            return Read.reported();
        }
        return Read.of(new Source(publisher.get(), dataset.get(), title.get(), updated.get(), file.get(), sha256.get()));
    }

    /** A head count: a whole number, as a decimal for the key's rules; reported if wrong. */
    private Read<BigDecimal> count(JsonNode node, Pointer path) {
        Read<Long> count = integer(node, path);
        return count.isRead() ? Read.of(BigDecimal.valueOf(count.get())) : Read.reported();
    }

    /** The key of a basis from values in the order of {@code named}, its ids. */
    private static ContributionKey ofBasis(KeyBasis basis, List<MemberId> named, Map<String, BigDecimal> byName,
            Optional<LocalDate> date, Optional<AgeBand> band, Optional<Source> source) {
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
                yield new ContributionKey.Population(counts, date, band, source);
            }
            case EQUAL -> throw new AssertionError(basis);
        };
    }


    /** Reads a year: a whole number within the years a plan may have. */
    public final Read<Integer> year(JsonNode node, Pointer path) {
        Read<Long> value = integer(node, path);
        if (value.isReported()) {
            return Read.reported();
        }
        ValidationResult range = AnnualPlan.checkYear(value.get());
        range.violations().forEach(v -> add(path, v.code(), v.message()));
        return range.isValid() ? Read.of(Math.toIntExact(value.get())) : Read.reported();
    }

    /** Reads a rounding unit: a decimal such as {@code "0.01"}, {@code "1"} or {@code "1000"}. */
    public final Read<RoundingUnit> unit(JsonNode node, Pointer path) {
        Read<BigDecimal> value = decimal(node, path);
        return value.isRead() ? build(path, RoundingUnit::of, value.get()) : Read.reported();
    }
}
