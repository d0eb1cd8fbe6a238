package se.finsam.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import se.finsam.money.Amounts;
import se.finsam.budget.AnnualPlan;
import se.finsam.budget.CostCategory;
import se.finsam.budget.CostLine;
import se.finsam.budget.Equity;
import se.finsam.budget.EquityPolicy;
import se.finsam.project.CoFinancing;
import se.finsam.project.CostBasis;
import se.finsam.project.Project;
import se.finsam.project.ProjectId;
import se.finsam.project.ProjectStatus;
import se.finsam.validation.ViolationCodes;
import se.finsam.association.AssociationId;
import se.finsam.association.CoordinationAssociation;
import se.finsam.contribution.AgeBand;
import se.finsam.contribution.Charter;
import se.finsam.contribution.ContributionKey;
import se.finsam.contribution.Financing;
import se.finsam.contribution.KeyBasis;
import se.finsam.contribution.StatutorySplit;
import se.finsam.member.Member;
import se.finsam.member.MemberId;
import se.finsam.member.MemberKind;
import se.finsam.money.RoundingUnit;
import se.finsam.contribution.Contribution;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.ValidationResult;
import se.finsam.validation.Violation;

/**
 * Turns a parsed JSON tree into an {@link AnnualPlan}, collecting every violation with its JSON
 * pointer. Types and fields are checked here; the domain rules by the core factories it calls, whose
 * violations it relocates below the path of the value they were built from.
 *
 * <p>Not thread-safe: one instance reads one document.
 */
final class DocumentReader extends TreeReader {

    private static final Set<String> DOCUMENT_FIELDS = Set.of("association", "year", "financing", "roundingUnit",
            "projectRoundingUnit", "projects", "costs", "finalMunicipalKey", "equity");
    private static final Set<String> ASSOCIATION_FIELDS = Set.of("id", "name", "currency", "members", "municipalKey",
            "regionalKey");
    private static final Set<String> MEMBER_FIELDS = Set.of("id", "kind", "name", "code");
    private static final Set<String> KEY_FIELDS = Set.of("basis", "values", "referenceDate", "ageBand");
    private static final Set<String> FINANCING_FIELDS = Set.of("total", "stateContribution");
    private static final Set<String> PROJECT_FIELDS = Set.of("id", "name", "focus", "status", "members", "owner", "start",
            "end", "totalCost", "basis", "costByYear", "coFinancing");
    private static final Set<String> CO_FINANCING_FIELDS = Set.of("source", "amount");
    private static final Set<String> COST_FIELDS = Set.of("category", "name", "amount");
    private static final Set<String> EQUITY_FIELDS = Set.of("amount", "thresholds");
    private static final Set<String> STEP_FIELDS = Set.of("fromSize", "maxPercent");
    private static final Set<String> CHARTER_FIELDS = Set.of("members", "municipalKey", "regionalKey");
    private static final Set<String> CONTRIBUTION_FIELDS = Set.of("member", "kind", "amount");
    private static final Set<String> VIOLATION_FIELDS = Set.of("path", "code", "message");
    private static final Set<String> RESULT_FIELDS = Set.of("valid", "violations");
    private static final Set<String> POLICY_FIELDS = Set.of("thresholds");
    /** The field that gives the currency of a value read on its own, outside a document. */
    static final String CURRENCY = "currency";
    /** The currency of a value read on its own without a {@code currency} field. */
    static final String DEFAULT_CURRENCY = "SEK";

    /**
     * Creates a reader for one document or value.
     *
     * @param limits the limits on untrusted input
     */
    DocumentReader(Limits limits) {
        super(limits);
    }

    /**
     * Reads a document, or throws with every violation found.
     *
     * @param root the parsed tree
     * @return the plan
     * @throws FinsamValidationException if anything is wrong
     */
    AnnualPlan read(JsonNode root) {
        return read(root, Pointer.ROOT, this::document, "document");
    }

    /**
     * Reads one value at {@code path} (the JSON pointer of the node in its document), or throws with
     * every violation found, each located from the root of the document.
     *
     * @param node the value's tree
     * @param path where the value is
     * @param reader how to read it
     * @param what what is read, for the exception's message
     * @return the value
     * @throws FinsamValidationException if anything is wrong
     */
    <T> T read(JsonNode node, Pointer path, Reader<T> reader, String what) {
        T value = reader.read(node, path);
        throwIfInvalid(what);
        if (value == null) {
            // Every reader reports why it returns null; this guards the library's own bugs.
            throw new IllegalStateException("No " + what + " and no violation at '" + path + "'");
        }
        return value;
    }

    AnnualPlan document(JsonNode root, Pointer path) {
        if (!expect(root, path, JsonNode::isObject, "an object")) {
            return null;
        }
        checkFields(root, path, DOCUMENT_FIELDS, "document", "association", "year", "financing");
        CurrencyUnit[] currencyOut = new CurrencyUnit[1];
        CoordinationAssociation association = optional(root, "association", path.field("association"),
                (n, p) -> association(n, p, currencyOut));
        CurrencyUnit currency = currencyOut[0] != null ? currencyOut[0] : defaultCurrency();
        Long year = optional(root, "year", path.field("year"), this::integer);
        RoundingUnit unit = optional(root, "roundingUnit", path.field("roundingUnit"), this::unit);
        RoundingUnit projectUnit = optional(root, "projectRoundingUnit", path.field("projectRoundingUnit"), this::unit);
        Financing financing = optional(root, "financing", path.field("financing"), (n, p) -> financing(n, p, currency, false));
        List<Project> projects = optional(root, "projects", path.field("projects"),
                (n, p) -> list(n, p, limits.maxProjects(), "projects", (e, q) -> project(e, q, currency, false)));
        List<CostLine> costs = optional(root, "costs", path.field("costs"),
                (n, p) -> list(n, p, limits.maxProjects(), "cost lines", (e, q) -> cost(e, q, currency, false)));
        ContributionKey finalKey = optional(root, "finalMunicipalKey", path.field("finalMunicipalKey"), this::key);
        Equity equity = optional(root, "equity", path.field("equity"), (n, p) -> equity(n, p, currency, false));
        boolean unitOk = root.get("roundingUnit") == null || unit != null;
        if (financing != null && unitOk && association == null) {
            // The association is broken, so the plan will not be built; still report what is wrong
            // with the financing (otherwise the plan reports it).
            addAll(StatutorySplit.check(financing, unit != null ? unit : RoundingUnit.KRONA).under(path.toString()).violations());
        }
        if (association == null || year == null || financing == null || hasViolations()) {
            return null;
        }
        if (year < Integer.MIN_VALUE || year > Integer.MAX_VALUE) {
            add(path.field("year"), ViolationCodes.YEAR_OUT_OF_RANGE, "Year must be from " + AnnualPlan.MIN_YEAR + " to "
                    + AnnualPlan.MAX_YEAR + ", was " + year);
            return null;
        }
        AnnualPlan.Builder builder = AnnualPlan.builder(association, year.intValue(), financing)
                .projects(projects != null ? projects : List.of())
                .costs(costs != null ? costs : List.of())
                .finalMunicipalKey(finalKey)
                .equity(equity);
        if (unit != null) {
            builder.roundingUnit(unit);
        }
        if (projectUnit != null) {
            builder.projectRoundingUnit(projectUnit);
        }
        return build(path, builder::build);
    }

    // --- projects, costs, equity ---------------------------------------------------------------

    /** Reads a project on its own: its amounts are in its {@code currency} field, SEK by default. */
    Project project(JsonNode node, Pointer path) {
        return withCurrency(node, path, (n, p, c) -> project(n, p, c, true));
    }

    private Project project(JsonNode node, Pointer path, CurrencyUnit currency, boolean standalone) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return null;
        }
        checkFields(node, path, fields(PROJECT_FIELDS, standalone), "project", "id", "name", "start", "totalCost");
        // Every field reader that returns null has recorded why: a count that grew means a field was wrong.
        int before = violationCount();
        ProjectId id = optional(node, "id", path.field("id"), this::projectId);
        String label = id != null ? "project '" + id + "'" : "project " + path.last();
        String name = optional(node, "name", path.field("name"), this::text);
        String focus = optional(node, "focus", path.field("focus"), this::text);
        ProjectStatus status = optional(node, "status", path.field("status"),
                (n, p) -> enumValue(n, p, ProjectStatus.class, "project status"));
        List<MemberId> members = optional(node, "members", path.field("members"),
                (n, p) -> list(n, p, limits.maxMembers(), "members", this::memberId));
        MemberId owner = optional(node, "owner", path.field("owner"), this::memberId);
        LocalDate start = optional(node, "start", path.field("start"), (n, p) -> date(n, p, "Start of " + label));
        LocalDate end = optional(node, "end", path.field("end"), (n, p) -> date(n, p, "End of " + label));
        MonetaryAmount totalCost = optional(node, "totalCost", path.field("totalCost"), (n, p) -> money(n, p, currency));
        CostBasis basis = optional(node, "basis", path.field("basis"), (n, p) -> enumValue(n, p, CostBasis.class, "cost basis"));
        Map<Integer, MonetaryAmount> costByYear = optional(node, "costByYear", path.field("costByYear"),
                (n, p) -> costByYear(n, p, currency));
        List<CoFinancing> coFinancing = optional(node, "coFinancing", path.field("coFinancing"),
                (n, p) -> list(n, p, limits.maxProjects(), "co-financing entries", (e, q) -> coFinancing(e, q, currency, false)));
        if (id == null || name == null || start == null || totalCost == null || violationCount() > before) {
            return null;
        }
        Project.Builder b = Project.builder(id, name).focus(focus).period(start, end).totalCost(totalCost).owner(owner);
        if (status != null) {
            b.status(status);
        }
        if (members != null) {
            b.members(members);
        }
        if (costByYear != null) {
            b.costByYear(costByYear);
        }
        if (basis != null) {
            b.basis(basis);
        }
        if (coFinancing != null) {
            b.coFinancing(coFinancing);
        }
        return build(path, b::build);
    }

    private Map<Integer, MonetaryAmount> costByYear(JsonNode node, Pointer path, CurrencyUnit currency) {
        if (!expect(node, path, JsonNode::isObject, "an object")
                || !withinLimit(node, path, limits.maxProjects(), "years")) {
            return null;
        }
        return entries(node, path, (k, p) -> {
            if (k.textValue().length() == 4 && digits(k.textValue(), 0, 4)) {
                return Integer.valueOf(k.textValue());
            }
            add(p, JsonViolationCodes.INVALID_VALUE, "Expected a year such as \"2007\" as key, was '"
                    + shorten(k.textValue()) + "'");
            return null;
        }, (v, p) -> money(v, p, currency));
    }

    /** Reads co-financing on its own: its amount is in its {@code currency} field, SEK by default. */
    CoFinancing coFinancing(JsonNode node, Pointer path) {
        return withCurrency(node, path, (n, p, c) -> coFinancing(n, p, c, true));
    }

    private CoFinancing coFinancing(JsonNode node, Pointer path, CurrencyUnit currency, boolean standalone) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return null;
        }
        checkFields(node, path, fields(CO_FINANCING_FIELDS, standalone), "co-financing", "source", "amount");
        String source = optional(node, "source", path.field("source"), this::text);
        MonetaryAmount amount = optional(node, "amount", path.field("amount"), (n, p) -> money(n, p, currency));
        return source == null || amount == null ? null : build(path, () -> CoFinancing.of(source, amount));
    }

    /** Reads a cost line on its own: its amount is in its {@code currency} field, SEK by default. */
    CostLine cost(JsonNode node, Pointer path) {
        return withCurrency(node, path, (n, p, c) -> cost(n, p, c, true));
    }

    private CostLine cost(JsonNode node, Pointer path, CurrencyUnit currency, boolean standalone) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return null;
        }
        checkFields(node, path, fields(COST_FIELDS, standalone), "cost", "category", "amount");
        CostCategory category = optional(node, "category", path.field("category"),
                (n, p) -> enumValue(n, p, CostCategory.class, "cost category"));
        String name = optional(node, "name", path.field("name"), this::text);
        MonetaryAmount amount = optional(node, "amount", path.field("amount"), (n, p) -> money(n, p, currency));
        if (category == null || amount == null || !present(node, "name", name)) {
            return null;
        }
        return build(path, () -> new CostLine(category, Optional.ofNullable(name), amount));
    }

    /** Reads equity on its own: its amounts are in its {@code currency} field, SEK by default. */
    Equity equity(JsonNode node, Pointer path) {
        return withCurrency(node, path, (n, p, c) -> equity(n, p, c, true));
    }

    private Equity equity(JsonNode node, Pointer path, CurrencyUnit currency, boolean standalone) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return null;
        }
        checkFields(node, path, fields(EQUITY_FIELDS, standalone), "equity", "amount", "thresholds");
        MonetaryAmount amount = optional(node, "amount", path.field("amount"), (n, p) -> money(n, p, currency));
        EquityPolicy policy = optional(node, "thresholds", path.field("thresholds"), (n, p) -> thresholds(n, p, currency));
        return amount == null || policy == null ? null : new Equity(amount, policy);
    }

    /**
     * Reads an equity policy on its own, {@code {"currency": "SEK", "thresholds": [...]}}: the
     * thresholds as in a document's {@code equity}.
     */
    EquityPolicy equityPolicy(JsonNode node, Pointer path) {
        return withCurrency(node, path, (n, p, c) -> {
            checkFields(n, p, fields(POLICY_FIELDS, true), "equity policy", "thresholds");
            return optional(n, "thresholds", p.field("thresholds"), (t, q) -> thresholds(t, q, c));
        });
    }

    private EquityPolicy thresholds(JsonNode node, Pointer path, CurrencyUnit currency) {
        List<EquityPolicy.Step> steps = list(node, path, limits.maxProjects(), "equity thresholds",
                (e, q) -> step(e, q, currency, false));
        return steps == null ? null : build(path, () -> EquityPolicy.of(steps));
    }

    /** Reads an equity threshold on its own: its size is in its {@code currency} field, SEK by default. */
    EquityPolicy.Step step(JsonNode node, Pointer path) {
        return withCurrency(node, path, (n, p, c) -> step(n, p, c, true));
    }

    private EquityPolicy.Step step(JsonNode node, Pointer path, CurrencyUnit currency, boolean standalone) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return null;
        }
        checkFields(node, path, fields(STEP_FIELDS, standalone), "equity threshold", "fromSize", "maxPercent");
        MonetaryAmount from = optional(node, "fromSize", path.field("fromSize"), (n, p) -> money(n, p, currency));
        BigDecimal percent = optional(node, "maxPercent", path.field("maxPercent"), this::decimal);
        return from == null || percent == null ? null : new EquityPolicy.Step(from, percent);
    }

    /**
     * Reads every element of an array of at most {@code max} elements; null if any element is wrong (each
     * already reported).
     */
    private <T> List<T> list(JsonNode node, Pointer path, int max, String what, Reader<T> element) {
        if (!expect(node, path, JsonNode::isArray, "an array") || !withinLimit(node, path, max, what)) {
            return null;
        }
        List<T> list = new ArrayList<>(node.size());
        boolean ok = true;
        for (int i = 0; i < node.size(); i++) {
            T value = element.read(node.get(i), path.index(i));
            ok &= value != null;
            list.add(value);
        }
        return ok ? list : null;
    }

    /** True when an optional field is absent, or present and read. */
    private static boolean present(JsonNode parent, String field, Object value) {
        return parent.get(field) == null || value != null;
    }

    private MonetaryAmount money(JsonNode node, Pointer path, CurrencyUnit currency) {
        BigDecimal value = decimal(node, path);
        return value == null || currency == null ? null : Amounts.exact(value, currency);
    }

    // --- association --------------------------------------------------------------------------

    /** Reads an association on its own, as in a document. */
    CoordinationAssociation association(JsonNode node, Pointer path) {
        return association(node, path, new CurrencyUnit[1]);
    }

    CoordinationAssociation association(JsonNode node, Pointer path, CurrencyUnit[] currencyOut) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return null;
        }
        checkFields(node, path, ASSOCIATION_FIELDS, "association", "id", "name", "members", "municipalKey");
        AssociationId id = optional(node, "id", path.field("id"), this::associationId);
        String name = optional(node, "name", path.field("name"), this::text);
        CurrencyUnit currency = node.get(CURRENCY) == null ? defaultCurrency()
                : currency(node.get(CURRENCY), path.field(CURRENCY));
        currencyOut[0] = currency;
        Charter charter = charterOf(node, path);
        if (id == null || name == null || currency == null || charter == null) {
            return null;
        }
        return build(path, () -> CoordinationAssociation.of(id, name, currency, charter));
    }

    /** Reads a charter on its own: {@code {"members": [...], "municipalKey": ..., "regionalKey": ...}}. */
    Charter charter(JsonNode node, Pointer path) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return null;
        }
        checkFields(node, path, CHARTER_FIELDS, "charter", "members", "municipalKey");
        return charterOf(node, path);
    }

    /** The members and keys of an object whose fields were checked; null if anything is wrong. */
    private Charter charterOf(JsonNode node, Pointer path) {
        List<Member> members = optional(node, "members", path.field("members"), this::members);
        ContributionKey municipalKey = optional(node, "municipalKey", path.field("municipalKey"), this::key);
        ContributionKey regionalKey = optional(node, "regionalKey", path.field("regionalKey"), this::key);
        boolean regionalOk = node.get("regionalKey") == null || regionalKey != null;
        if (members == null || municipalKey == null || !regionalOk) {
            return null;
        }
        // Checked once, by the charter itself: its violations are recorded below the path even when a
        // stand-in member (whose name or code was wrong) keeps the result from being used.
        Charter charter = build(path, () -> Charter.of(members, municipalKey, regionalKey));
        return hasViolations() ? null : charter;
    }

    private List<Member> members(JsonNode node, Pointer path) {
        return list(node, path, limits.maxMembers(), "members", this::memberOrStandIn);
    }

    /** Reads a member: {@code {"id", "kind", "name", "code"}}. */
    Member member(JsonNode node, Pointer path) {
        Member member = memberOrStandIn(node, path);
        return hasViolations() ? null : member;
    }

    private Member memberOrStandIn(JsonNode node, Pointer path) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return null;
        }
        checkFields(node, path, MEMBER_FIELDS, "member", "id", "kind", "name");
        MemberId id = optional(node, "id", path.field("id"), this::memberId);
        MemberKind kind = optional(node, "kind", path.field("kind"), (n, p) -> enumValue(n, p, MemberKind.class, "member kind"));
        String name = optional(node, "name", path.field("name"), this::text);
        boolean codeGiven = node.get("code") != null;
        String code = codeGiven ? text(node.get("code"), path.field("code")) : null;
        if (id == null || kind == null) {
            return null;
        }
        Member member = name == null || (codeGiven && code == null) ? null
                : build(path, () -> new Member(id, kind, name, Optional.ofNullable(code)));
        if (member == null) {
            // Its name or code is wrong (already reported), but id and kind are right: a stand-in
            // keeps the association's own rules (duplicates, parties, key coverage) checkable; the
            // violation already recorded stops the association from being built.
            return Member.of(id, kind, "(invalid)");
        }
        return member;
    }

    /** Reads a member id: a string such as {@code "eskilstuna"}. */
    MemberId memberId(JsonNode node, Pointer path) {
        String text = text(node, path);
        return text == null ? null : build(path, () -> MemberId.of(text));
    }

    /** Reads a project id: a string such as {@code "ungdomstorget"}. */
    ProjectId projectId(JsonNode node, Pointer path) {
        String text = text(node, path);
        return text == null ? null : build(path, () -> ProjectId.of(text));
    }

    /** Reads an association id: a string such as {@code "rar-sormland"}. */
    AssociationId associationId(JsonNode node, Pointer path) {
        String text = text(node, path);
        return text == null ? null : build(path, () -> AssociationId.of(text));
    }

    /** Reads an age band: a string such as {@code "16-64"}. */
    AgeBand ageBand(JsonNode node, Pointer path) {
        String text = text(node, path);
        return text == null ? null : build(path, () -> AgeBand.parse(text));
    }

    // --- keys ------------------------------------------------------------------------------------

    /** Reads a key of the given basis only: a key of another basis is a violation at {@code /basis}. */
    <K extends ContributionKey> K key(JsonNode node, Pointer path, Class<K> type, KeyBasis basis) {
        ContributionKey key = key(node, path);
        if (key != null && !type.isInstance(key)) {
            add(path.field("basis"), JsonViolationCodes.INVALID_VALUE, "Expected a key of basis " + basis + ", was "
                    + key.basis());
            return null;
        }
        return type.cast(key);
    }

    /** Reads a key: {@code {"basis", "values", "referenceDate", "ageBand"}}. */
    ContributionKey key(JsonNode node, Pointer path) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return null;
        }
        KeyBasis basis = optional(node, "basis", path.field("basis"), (n, p) -> enumValue(n, p, KeyBasis.class, "key basis"));
        checkFields(node, path, KEY_FIELDS, "key", "basis");
        if (basis == null) {
            return null;
        }
        JsonNode values = node.get("values");
        Pointer valuesPath = path.field("values");
        if (basis != KeyBasis.POPULATION) {
            for (String field : List.of("referenceDate", "ageBand")) {
                if (node.get(field) != null) {
                    add(path.field(field), JsonViolationCodes.CONFLICTING_FIELDS,
                            "Field '" + field + "' belongs to a POPULATION key, not " + basis);
                }
            }
        }
        switch (basis) {
            case EQUAL -> {
                if (values != null) {
                    add(valuesPath, JsonViolationCodes.CONFLICTING_FIELDS, "An EQUAL key has no values");
                    return null;
                }
                return ContributionKey.equal();
            }
            case PERCENTAGES, WEIGHTS -> {
                Map<MemberId, BigDecimal> map = valueMap(node, valuesPath, this::decimal);
                if (map == null) {
                    return null;
                }
                return build(path, () -> basis == KeyBasis.PERCENTAGES ? ContributionKey.ofPercentages(map)
                        : ContributionKey.ofWeights(map));
            }
            case POPULATION -> {
                Map<MemberId, Long> map = valueMap(node, valuesPath, this::integer);
                LocalDate date = optional(node, "referenceDate", path.field("referenceDate"), (n, p) -> date(n, p, "Reference date"));
                AgeBand band = optional(node, "ageBand", path.field("ageBand"), this::ageBand);
                boolean dateOk = node.get("referenceDate") == null || date != null;
                boolean bandOk = node.get("ageBand") == null || band != null;
                if (map == null || !dateOk || !bandOk) {
                    return null;
                }
                return build(path, () -> ContributionKey.ofPopulation(map, date, band));
            }
            default -> throw new AssertionError(basis);
        }
    }

    private <V> Map<MemberId, V> valueMap(JsonNode key, Pointer path, Reader<V> valueReader) {
        JsonNode values = key.get("values");
        if (values == null) {
            add(path, JsonViolationCodes.MISSING_FIELD, "Missing required field 'values' in key");
            return null;
        }
        if (!expect(values, path, JsonNode::isObject, "an object")
                || !withinLimit(values, path, limits.maxMembers(), "key values")) {
            return null;
        }
        return entries(values, path, (k, p) -> build(p, () -> MemberId.of(k.textValue())), valueReader);
    }

    // --- financing, year, units ----------------------------------------------------------------

    /** Reads financing on its own: its amount is in its {@code currency} field, SEK by default. */
    Financing financing(JsonNode node, Pointer path) {
        return withCurrency(node, path, (n, p, c) -> financing(n, p, c, true));
    }

    private Financing financing(JsonNode node, Pointer path, CurrencyUnit currency, boolean standalone) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return null;
        }
        checkFields(node, path, fields(FINANCING_FIELDS, standalone), "financing");
        boolean total = node.get("total") != null;
        boolean state = node.get("stateContribution") != null;
        if (total == state) {
            add(path, JsonViolationCodes.CONFLICTING_FIELDS, total
                    ? "Give either 'total' or 'stateContribution' in financing, not both"
                    : "Financing needs one of 'total' or 'stateContribution'");
            return null;
        }
        String field = total ? "total" : "stateContribution";
        BigDecimal amount = decimal(node.get(field), path.field(field));
        if (amount == null || currency == null) {
            return null;
        }
        MonetaryAmount money = Amounts.exact(amount, currency);
        return total ? Financing.ofTotal(money) : Financing.ofStateContribution(money);
    }

    Integer year(JsonNode node, Pointer path) {
        Long value = integer(node, path);
        if (value == null) {
            return null;
        }
        if (value < AnnualPlan.MIN_YEAR || value > AnnualPlan.MAX_YEAR) {
            add(path, ViolationCodes.YEAR_OUT_OF_RANGE, "Year must be from " + AnnualPlan.MIN_YEAR + " to "
                    + AnnualPlan.MAX_YEAR + ", was " + value);
            return null;
        }
        return Math.toIntExact(value); // within the int range, checked above
    }

    /** Reads a rounding unit: a decimal such as {@code "0.01"}, {@code "1"} or {@code "1000"}. */
    RoundingUnit unit(JsonNode node, Pointer path) {
        BigDecimal value = decimal(node, path);
        return value == null ? null : build(path, () -> RoundingUnit.of(value));
    }

    // --- values on their own: results, and the currency of a value outside a document ------------

    /** Reads a contribution on its own: {@code {"currency", "member", "kind", "amount"}}, SEK by default. */
    Contribution contribution(JsonNode node, Pointer path) {
        return withCurrency(node, path, (n, p, currency) -> {
            checkFields(n, p, fields(CONTRIBUTION_FIELDS, true), "contribution", "member", "kind", "amount");
            MemberId member = optional(n, "member", p.field("member"), this::memberId);
            MemberKind kind = optional(n, "kind", p.field("kind"), (k, q) -> enumValue(k, q, MemberKind.class, "member kind"));
            MonetaryAmount amount = optional(n, "amount", p.field("amount"), (a, q) -> money(a, q, currency));
            return member == null || kind == null || amount == null ? null : new Contribution(member, kind, amount);
        });
    }

    /** Reads a violation: {@code {"path", "code", "message"}}; a path is a JSON pointer, code and message not blank. */
    Violation violation(JsonNode node, Pointer path) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return null;
        }
        checkFields(node, path, VIOLATION_FIELDS, "violation", "path", "code", "message");
        String pointer = optional(node, "path", path.field("path"), this::text);
        String code = optional(node, "code", path.field("code"), this::text);
        String message = optional(node, "message", path.field("message"), this::text);
        boolean ok = pointer != null && code != null && message != null;
        if (pointer != null && !pointer.isEmpty() && pointer.charAt(0) != '/') {
            add(path.field("path"), JsonViolationCodes.INVALID_VALUE, "A violation's path is a JSON pointer, empty or starting"
                    + " with '/', was '" + shorten(pointer) + "'");
            ok = false;
        }
        for (String[] field : new String[][] {{"code", code}, {"message", message}}) {
            if (field[1] != null && field[1].isBlank()) {
                add(path.field(field[0]), JsonViolationCodes.INVALID_VALUE, "A violation's " + field[0] + " must not be blank");
                ok = false;
            }
        }
        return ok ? Violation.of(pointer, code, message) : null;
    }

    /** Reads a validation result: {@code {"valid", "violations"}}; {@code valid} must agree with the violations. */
    ValidationResult validationResult(JsonNode node, Pointer path) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return null;
        }
        checkFields(node, path, RESULT_FIELDS, "validation result", "valid", "violations");
        Boolean valid = optional(node, "valid", path.field("valid"),
                (n, p) -> expect(n, p, JsonNode::isBoolean, "a boolean") ? n.booleanValue() : null);
        List<Violation> list = optional(node, "violations", path.field("violations"),
                (n, p) -> list(n, p, Limits.MAX_VIOLATIONS + 1, "violations", this::violation));
        if (valid == null || list == null) {
            return null;
        }
        if (valid != list.isEmpty()) {
            add(path.field("valid"), JsonViolationCodes.CONFLICTING_FIELDS, "'valid' is " + valid + " but there "
                    + (list.size() == 1 ? "is 1 violation" : "are " + list.size() + " violations"));
            return null;
        }
        return ValidationResult.of(list);
    }

    @FunctionalInterface
    interface CurrencyReader<T> {
        T read(JsonNode node, Pointer path, CurrencyUnit currency);
    }

    /** Reads the {@code currency} field of a value on its own (default SEK), then the value in that currency. */
    private <T> T withCurrency(JsonNode node, Pointer path, CurrencyReader<T> reader) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return null;
        }
        JsonNode code = node.get(CURRENCY);
        CurrencyUnit currency = code == null ? defaultCurrency() : currency(code, path.field(CURRENCY));
        T value = reader.read(node, path, currency);
        return currency == null ? null : value;
    }

    /** The fields of a value, with {@code currency} when it is read on its own. */
    private static Set<String> fields(Set<String> fields, boolean standalone) {
        if (!standalone) {
            return fields;
        }
        Set<String> all = new java.util.HashSet<>(fields);
        all.add(CURRENCY);
        return all;
    }

}
