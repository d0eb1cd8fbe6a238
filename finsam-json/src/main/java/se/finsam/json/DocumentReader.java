package se.finsam.json;

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
import se.finsam.validation.FinsamValidationException;
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

    /**
     * Reads a document, or throws with every violation found.
     *
     * @param root the parsed tree
     * @return the plan
     * @throws FinsamValidationException if anything is wrong
     */
    AnnualPlan read(JsonNode root) {
        AnnualPlan plan = document(root);
        throwIfInvalid("document");
        return plan;
    }

    private AnnualPlan document(JsonNode root) {
        if (!expect(root, "", JsonNode::isObject, "an object")) {
            return null;
        }
        checkFields(root, "", DOCUMENT_FIELDS, "document", "association", "year", "financing");
        CurrencyUnit[] currencyOut = new CurrencyUnit[1];
        CoordinationAssociation association = optional(root, "association", "/association",
                (n, p) -> association(n, p, currencyOut));
        CurrencyUnit currency = currencyOut[0] != null ? currencyOut[0] : defaultCurrency();
        Long year = optional(root, "year", "/year", this::integer);
        RoundingUnit unit = optional(root, "roundingUnit", "/roundingUnit", this::unit);
        RoundingUnit projectUnit = optional(root, "projectRoundingUnit", "/projectRoundingUnit", this::unit);
        Financing financing = optional(root, "financing", "/financing", (n, p) -> financing(n, p, currency));
        List<Project> projects = optional(root, "projects", "/projects",
                (n, p) -> list(n, p, (e, q) -> project(e, q, currency)));
        List<CostLine> costs = optional(root, "costs", "/costs", (n, p) -> list(n, p, (e, q) -> cost(e, q, currency)));
        ContributionKey finalKey = optional(root, "finalMunicipalKey", "/finalMunicipalKey", this::key);
        Equity equity = optional(root, "equity", "/equity", (n, p) -> equity(n, p, currency));
        boolean unitOk = root.get("roundingUnit") == null || unit != null;
        if (financing != null && unitOk && association == null) {
            // The association is broken, so the plan will not be built; still report what is wrong
            // with the financing (otherwise the plan reports it).
            violations.addAll(StatutorySplit.check(financing, unit != null ? unit : RoundingUnit.KRONA).violations());
        }
        if (association == null || year == null || financing == null || !violations.isEmpty()) {
            return null;
        }
        if (year < Integer.MIN_VALUE || year > Integer.MAX_VALUE) {
            add("/year", ViolationCodes.YEAR_OUT_OF_RANGE, "Year must be from " + AnnualPlan.MIN_YEAR + " to "
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
        return build("", builder::build);
    }

    // --- projects, costs, equity ---------------------------------------------------------------

    private Project project(JsonNode node, String path, CurrencyUnit currency) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return null;
        }
        checkFields(node, path, PROJECT_FIELDS, "project", "id", "name", "start", "totalCost");
        ProjectId id = optional(node, "id", path + "/id", (n, p) -> {
            String text = text(n, p);
            return text == null ? null : build(p, () -> ProjectId.of(text));
        });
        String label = id != null ? "project '" + id + "'" : "project " + path.substring(path.lastIndexOf('/') + 1);
        String name = optional(node, "name", path + "/name", this::text);
        String focus = optional(node, "focus", path + "/focus", this::text);
        ProjectStatus status = optional(node, "status", path + "/status",
                (n, p) -> enumValue(n, p, ProjectStatus.class, "project status"));
        List<MemberId> members = optional(node, "members", path + "/members", (n, p) -> list(n, p, this::memberId));
        MemberId owner = optional(node, "owner", path + "/owner", this::memberId);
        LocalDate start = optional(node, "start", path + "/start", (n, p) -> date(n, p, "Start of " + label));
        LocalDate end = optional(node, "end", path + "/end", (n, p) -> date(n, p, "End of " + label));
        MonetaryAmount totalCost = optional(node, "totalCost", path + "/totalCost", (n, p) -> money(n, p, currency));
        CostBasis basis = optional(node, "basis", path + "/basis", (n, p) -> enumValue(n, p, CostBasis.class, "cost basis"));
        Map<Integer, MonetaryAmount> costByYear = optional(node, "costByYear", path + "/costByYear",
                (n, p) -> costByYear(n, p, currency));
        List<CoFinancing> coFinancing = optional(node, "coFinancing", path + "/coFinancing",
                (n, p) -> list(n, p, (e, q) -> coFinancing(e, q, currency)));
        if (id == null || name == null || start == null || totalCost == null
                || !present(node, "focus", focus) || !present(node, "status", status) || !present(node, "members", members)
                || !present(node, "owner", owner) || !present(node, "end", end) || !present(node, "basis", basis)
                || !present(node, "costByYear", costByYear) || !present(node, "coFinancing", coFinancing)) {
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

    private Map<Integer, MonetaryAmount> costByYear(JsonNode node, String path, CurrencyUnit currency) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return null;
        }
        Map<Integer, MonetaryAmount> map = new LinkedHashMap<>();
        boolean ok = true;
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String p = path + Violation.pointer(e.getKey());
            Integer year = null;
            if (e.getKey().matches("[0-9]{4}")) {
                year = Integer.valueOf(e.getKey());
            } else {
                add(p, JsonViolationCodes.INVALID_VALUE, "Expected a year such as \"2007\" as key, was '"
                        + shorten(e.getKey()) + "'");
            }
            MonetaryAmount amount = money(e.getValue(), p, currency);
            if (year == null || amount == null) {
                ok = false;
            } else {
                map.put(year, amount);
            }
        }
        return ok ? map : null;
    }

    private CoFinancing coFinancing(JsonNode node, String path, CurrencyUnit currency) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return null;
        }
        checkFields(node, path, CO_FINANCING_FIELDS, "co-financing", "source", "amount");
        String source = optional(node, "source", path + "/source", this::text);
        MonetaryAmount amount = optional(node, "amount", path + "/amount", (n, p) -> money(n, p, currency));
        return source == null || amount == null ? null : build(path, () -> CoFinancing.of(source, amount));
    }

    private CostLine cost(JsonNode node, String path, CurrencyUnit currency) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return null;
        }
        checkFields(node, path, COST_FIELDS, "cost", "category", "amount");
        CostCategory category = optional(node, "category", path + "/category",
                (n, p) -> enumValue(n, p, CostCategory.class, "cost category"));
        String name = optional(node, "name", path + "/name", this::text);
        MonetaryAmount amount = optional(node, "amount", path + "/amount", (n, p) -> money(n, p, currency));
        if (category == null || amount == null || !present(node, "name", name)) {
            return null;
        }
        return build(path, () -> new CostLine(category, Optional.ofNullable(name), amount));
    }

    private Equity equity(JsonNode node, String path, CurrencyUnit currency) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return null;
        }
        checkFields(node, path, EQUITY_FIELDS, "equity", "amount", "thresholds");
        MonetaryAmount amount = optional(node, "amount", path + "/amount", (n, p) -> money(n, p, currency));
        List<EquityPolicy.Step> steps = optional(node, "thresholds", path + "/thresholds",
                (n, p) -> list(n, p, (e, q) -> step(e, q, currency)));
        if (amount == null || steps == null) {
            return null;
        }
        EquityPolicy policy = build(path + "/thresholds", () -> EquityPolicy.of(steps));
        return policy == null ? null : new Equity(amount, policy);
    }

    private EquityPolicy.Step step(JsonNode node, String path, CurrencyUnit currency) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return null;
        }
        checkFields(node, path, STEP_FIELDS, "equity threshold", "fromSize", "maxPercent");
        MonetaryAmount from = optional(node, "fromSize", path + "/fromSize", (n, p) -> money(n, p, currency));
        BigDecimal percent = optional(node, "maxPercent", path + "/maxPercent", this::decimal);
        return from == null || percent == null ? null : new EquityPolicy.Step(from, percent);
    }

    /** Reads every element of an array; null if any element is wrong (each already reported). */
    private <T> List<T> list(JsonNode node, String path, Reader<T> element) {
        if (!expect(node, path, JsonNode::isArray, "an array")) {
            return null;
        }
        List<T> list = new ArrayList<>(node.size());
        boolean ok = true;
        for (int i = 0; i < node.size(); i++) {
            T value = element.read(node.get(i), path + "/" + i);
            ok &= value != null;
            list.add(value);
        }
        return ok ? list : null;
    }

    /** True when an optional field is absent, or present and read. */
    private static boolean present(JsonNode parent, String field, Object value) {
        return parent.get(field) == null || value != null;
    }

    private MonetaryAmount money(JsonNode node, String path, CurrencyUnit currency) {
        BigDecimal value = decimal(node, path);
        return value == null || currency == null ? null : Amounts.exact(value, currency);
    }

    // --- association --------------------------------------------------------------------------

    CoordinationAssociation association(JsonNode node, String path, CurrencyUnit[] currencyOut) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return null;
        }
        checkFields(node, path, ASSOCIATION_FIELDS, "association", "id", "name", "members", "municipalKey");
        AssociationId id = optional(node, "id", path + "/id", (n, p) -> {
            String text = text(n, p);
            return text == null ? null : build(p, () -> AssociationId.of(text));
        });
        String name = optional(node, "name", path + "/name", this::text);
        CurrencyUnit currency = node.get("currency") == null ? defaultCurrency()
                : currency(node.get("currency"), path + "/currency");
        currencyOut[0] = currency;
        List<Member> members = optional(node, "members", path + "/members", this::members);
        ContributionKey municipalKey = optional(node, "municipalKey", path + "/municipalKey", this::key);
        ContributionKey regionalKey = optional(node, "regionalKey", path + "/regionalKey", this::key);
        boolean regionalOk = node.get("regionalKey") == null || regionalKey != null;
        if (members != null && municipalKey != null && regionalOk) {
            violations.addAll(Charter.check(members, municipalKey, Optional.ofNullable(regionalKey)).under(path).violations());
        }
        if (id == null || name == null || currency == null || members == null || municipalKey == null || !regionalOk
                || !violations.isEmpty()) {
            return null;
        }
        Charter charter = build(path, () -> Charter.of(members, municipalKey, regionalKey));
        return charter == null ? null : build(path, () -> CoordinationAssociation.of(id, name, currency, charter));
    }

    private List<Member> members(JsonNode node, String path) {
        if (!expect(node, path, JsonNode::isArray, "an array")) {
            return null;
        }
        List<Member> members = new ArrayList<>(node.size());
        boolean allOk = true;
        for (int i = 0; i < node.size(); i++) {
            Member m = member(node.get(i), path + "/" + i);
            allOk &= m != null;
            members.add(m);
        }
        return allOk ? members : null;
    }

    private Member member(JsonNode node, String path) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return null;
        }
        checkFields(node, path, MEMBER_FIELDS, "member", "id", "kind", "name");
        MemberId id = optional(node, "id", path + "/id", this::memberId);
        MemberKind kind = optional(node, "kind", path + "/kind", (n, p) -> enumValue(n, p, MemberKind.class, "member kind"));
        String name = optional(node, "name", path + "/name", this::text);
        boolean codeGiven = node.get("code") != null;
        String code = codeGiven ? text(node.get("code"), path + "/code") : null;
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

    private MemberId memberId(JsonNode node, String path) {
        String text = text(node, path);
        return text == null ? null : build(path, () -> MemberId.of(text));
    }

    // --- keys ------------------------------------------------------------------------------------

    private ContributionKey key(JsonNode node, String path) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return null;
        }
        KeyBasis basis = optional(node, "basis", path + "/basis", (n, p) -> enumValue(n, p, KeyBasis.class, "key basis"));
        checkFields(node, path, KEY_FIELDS, "key", "basis");
        if (basis == null) {
            return null;
        }
        JsonNode values = node.get("values");
        String valuesPath = path + "/values";
        if (basis != KeyBasis.POPULATION) {
            for (String field : List.of("referenceDate", "ageBand")) {
                if (node.get(field) != null) {
                    add(path + "/" + field, JsonViolationCodes.CONFLICTING_FIELDS,
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
                LocalDate date = optional(node, "referenceDate", path + "/referenceDate", (n, p) -> date(n, p, "Reference date"));
                AgeBand band = optional(node, "ageBand", path + "/ageBand", (n, p) -> {
                    String text = text(n, p);
                    return text == null ? null : build(p, () -> AgeBand.parse(text));
                });
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

    private <V> Map<MemberId, V> valueMap(JsonNode key, String path, Reader<V> valueReader) {
        JsonNode values = key.get("values");
        if (values == null) {
            add(path, JsonViolationCodes.MISSING_FIELD, "Missing required field 'values' in key");
            return null;
        }
        if (!expect(values, path, JsonNode::isObject, "an object")) {
            return null;
        }
        Map<MemberId, V> map = new LinkedHashMap<>();
        boolean allOk = true;
        for (Map.Entry<String, JsonNode> e : values.properties()) {
            String p = path + Violation.pointer(e.getKey());
            MemberId id = build(p, () -> MemberId.of(e.getKey()));
            V value = valueReader.read(e.getValue(), p);
            if (id == null || value == null) {
                allOk = false;
            } else {
                map.put(id, value);
            }
        }
        return allOk ? map : null;
    }

    // --- financing, year, units ----------------------------------------------------------------

    private Financing financing(JsonNode node, String path, CurrencyUnit currency) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return null;
        }
        checkFields(node, path, FINANCING_FIELDS, "financing");
        boolean total = node.get("total") != null;
        boolean state = node.get("stateContribution") != null;
        if (total == state) {
            add(path, JsonViolationCodes.CONFLICTING_FIELDS, total
                    ? "Give either 'total' or 'stateContribution' in financing, not both"
                    : "Financing needs one of 'total' or 'stateContribution'");
            return null;
        }
        String field = total ? "total" : "stateContribution";
        BigDecimal amount = decimal(node.get(field), path + "/" + field);
        if (amount == null || currency == null) {
            return null;
        }
        MonetaryAmount money = Amounts.exact(amount, currency);
        return total ? Financing.ofTotal(money) : Financing.ofStateContribution(money);
    }

    Integer year(JsonNode node, String path) {
        Long value = integer(node, path);
        if (value == null) {
            return null;
        }
        if (value < AnnualPlan.MIN_YEAR || value > AnnualPlan.MAX_YEAR) {
            add(path, ViolationCodes.YEAR_OUT_OF_RANGE, "Year must be from " + AnnualPlan.MIN_YEAR + " to "
                    + AnnualPlan.MAX_YEAR + ", was " + value);
            return null;
        }
        return value.intValue();
    }

    RoundingUnit unit(JsonNode node, String path) {
        BigDecimal value = decimal(node, path);
        return value == null ? null : build(path, () -> RoundingUnit.of(value));
    }


}
