package se.finsam.json.plan;

import se.finsam.json.JsonViolationCodes;
import se.finsam.json.internal.Pointer;
import se.finsam.json.internal.Limits;
import se.finsam.json.internal.CharterReader;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import se.finsam.association.AssociationId;
import se.finsam.association.CoordinationAssociation;
import se.finsam.budget.AnnualPlan;
import se.finsam.budget.CostCategory;
import se.finsam.budget.CostLine;
import se.finsam.budget.Equity;
import se.finsam.budget.EquityPolicy;
import se.finsam.population.AgeBand;
import se.finsam.contribution.Charter;
import se.finsam.contribution.Charter.PartialKey;
import se.finsam.contribution.Charter.PartialMember;
import se.finsam.contribution.Contribution;
import se.finsam.contribution.ContributionKey;
import se.finsam.contribution.Financing;
import se.finsam.contribution.KeyBasis;
import se.finsam.contribution.StatutorySplit;
import se.finsam.member.Member;
import se.finsam.member.MemberId;
import se.finsam.member.MemberKind;
import se.finsam.member.Party;
import se.finsam.money.Amounts;
import se.finsam.money.RoundingUnit;
import se.finsam.project.CoFinancing;
import se.finsam.project.CostBasis;
import se.finsam.project.Project;
import se.finsam.project.ProjectId;
import se.finsam.project.ProjectStatus;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.ValidationResult;
import se.finsam.validation.Violation;

/**
 * Turns a parsed JSON tree into an {@link AnnualPlan}, collecting every violation with its JSON
 * pointer. Types and fields are checked here; the domain rules by the core, whose violations it
 * relocates below the path of the value they concern.
 *
 * <p>Validation collects, it does not stop: every value that can be read is read, and every rule runs
 * on what could be read. A value whose parts were all read is built through its core factory, which
 * checks its rules; a value with a part that could not be read (whose own violation is then reported)
 * is checked by the core's partial checks ({@link Member#check}, {@link ContributionKey#check},
 * {@link Charter#checkPartial}, {@link Project#check}, {@link AnnualPlan#checkProject} and the others),
 * which skip only the rules that need the missing part. So a key naming an unknown member and summing to
 * 99.9 reports both, and a project's single party is reported beside an unknown cost category.
 *
 * <p>Not thread-safe: one instance reads one document.
 */
final class PlanReader extends CharterReader {

    private static final Set<String> DOCUMENT_FIELDS = Set.of("association", "year", "financing", "roundingUnit",
            "projectRoundingUnit", "projects", "costs", "finalMunicipalKey", "equity");
    private static final Set<String> ASSOCIATION_FIELDS = Set.of("id", "name", "currency", "members", "municipalKey",
            "regionalKey");
    private static final Set<String> FINANCING_FIELDS = Set.of("total", "stateContribution");
    private static final Set<String> PROJECT_FIELDS = Set.of("id", "name", "focus", "status", "members", "owner", "start",
            "end", "totalCost", "basis", "costByYear", "coFinancing");
    private static final Set<String> CO_FINANCING_FIELDS = Set.of("source", "amount");
    private static final Set<String> COST_FIELDS = Set.of("category", "name", "amount");
    private static final Set<String> EQUITY_FIELDS = Set.of("amount", "thresholds");
    private static final Set<String> STEP_FIELDS = Set.of("fromSize", "maxPercent");
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
    PlanReader(Limits limits) {
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
        return readValue(root, Pointer.ROOT, this::document, "document");
    }

    // --- what could be read of each part -------------------------------------------------------------

    /**
     * What could be read of an association: the association, if it was built; its members, null if
     * unknown; the currency amounts are read in (SEK when unknown) and whether it is the association's.
     */
    private record AssociationRead(CoordinationAssociation association, List<PartialMember> members,
            CurrencyUnit currency, boolean currencyKnown) {
    }

    /** What could be read of a project for the plan's rules: the project, if built, and its parts (null: unknown). */
    private record ProjectRead(Project project, ProjectId id, ProjectStatus status, List<MemberId> members,
            Optional<MemberId> owner, MonetaryAmount totalCost, Map<Integer, MonetaryAmount> costByYear,
            List<CoFinancing> coFinancing) {
        static final ProjectRead UNKNOWN = new ProjectRead(null, null, null, List.of(), null, null, null, List.of());
    }

    /** What could be read of a cost line: the line, if built, and its amount (null: unknown). */
    private record CostRead(CostLine line, MonetaryAmount amount) {
    }

    /** What could be read of equity: the equity, if built, its amount and its thresholds' sizes (null: unknown). */
    private record EquityRead(Equity equity, MonetaryAmount amount, List<MonetaryAmount> fromSizes) {
    }

    // --- the document ----------------------------------------------------------------------------------

    AnnualPlan document(JsonNode root, Pointer path) {
        if (!expect(root, path, JsonNode::isObject, "an object")) {
            return null;
        }
        checkFields(root, path, DOCUMENT_FIELDS, "document", "association", "year", "financing");
        JsonNode associationNode = root.get("association");
        AssociationRead a = associationNode == null ? new AssociationRead(null, null, defaultCurrency(), false)
                : readAssociation(associationNode, path.field("association"));
        CurrencyUnit currency = a.currency();
        CurrencyUnit knownCurrency = a.currencyKnown() ? currency : null;

        Integer year = optional(root, "year", path.field("year"), this::year);
        RoundingUnit unit = root.get("roundingUnit") == null ? RoundingUnit.KRONA
                : unit(root.get("roundingUnit"), path.field("roundingUnit"));
        RoundingUnit projectUnit = root.get("projectRoundingUnit") == null ? unit
                : unit(root.get("projectRoundingUnit"), path.field("projectRoundingUnit"));
        Financing financing = optional(root, "financing", path.field("financing"), (n, p) -> financing(n, p, currency, false));
        List<ProjectRead> projects = optional(root, "projects", path.field("projects"),
                (n, p) -> readList(n, p, limits.maxProjects(), "projects", (e, q) -> readProject(e, q, currency, false)));
        List<CostRead> costs = optional(root, "costs", path.field("costs"),
                (n, p) -> readList(n, p, limits.maxProjects(), "cost lines", (e, q) -> readCost(e, q, currency, false)));
        KeyRead finalKey = optional(root, "finalMunicipalKey", path.field("finalMunicipalKey"), this::readKey);
        EquityRead equity = optional(root, "equity", path.field("equity"), (n, p) -> readEquity(n, p, currency, false));

        if (!hasViolations() && a.association() != null && year != null && unit != null && projectUnit != null
                && financing != null) {
            // Every part was read and built: the plan checks its own rules.
            AnnualPlan.Builder builder = AnnualPlan.builder(a.association(), year, financing)
                    .roundingUnit(unit)
                    .projectRoundingUnit(projectUnit)
                    .projects(projects != null ? projects.stream().map(ProjectRead::project).toList() : List.of())
                    .costs(costs != null ? costs.stream().map(CostRead::line).toList() : List.of())
                    .finalMunicipalKey(finalKey != null ? finalKey.key() : null)
                    .equity(equity != null ? equity.equity() : null);
            return build(path, builder::build);
        }
        // Something could not be read or built: the plan's own rules run on what could.
        boolean unitsFit = unit != null && projectUnit != null && report(path, AnnualPlan.checkUnits(unit, projectUnit));
        if (unit != null && financing != null) {
            // Without the currency, the amount is still checked at the unit; only whether the unit suits it is not.
            report(path, knownCurrency != null ? StatutorySplit.check(financing, unit) : StatutorySplit.checkAmount(financing, unit));
        } else if (unit != null && knownCurrency != null) {
            unit.checkPayableIn(knownCurrency).ifPresent(v -> add(v.under(path.field("roundingUnit").toString())));
        }
        List<PartialMember> members = a.members();
        RoundingUnit scheduleUnit = unitsFit ? projectUnit : null;
        if (projects != null) {
            List<ProjectId> ids = new ArrayList<>(projects.size());
            for (int i = 0; i < projects.size(); i++) {
                ProjectRead p = projects.get(i);
                ids.add(p.id());
                report(path.field("projects").index(i), AnnualPlan.checkProject(members, p.id(), p.members(), p.owner(),
                        p.totalCost(), p.costByYear(), scheduleUnit, knownCurrency));
                for (int j = 0; knownCurrency != null && j < p.coFinancing().size(); j++) {
                    CoFinancing c = p.coFinancing().get(j);
                    if (c != null) {
                        report(path.field("projects").index(i).field("coFinancing").index(j).field("amount"),
                                AnnualPlan.checkAmount(c.amount(), knownCurrency, RoundingUnit.smallestOf(knownCurrency)));
                    }
                }
            }
            report(path, AnnualPlan.checkProjectIds(ids));
        }
        if (costs != null) {
            for (int i = 0; i < costs.size(); i++) {
                MonetaryAmount amount = costs.get(i).amount();
                if (amount != null) {
                    report(path.field("costs").index(i).field("amount"), AnnualPlan.checkAmount(amount, knownCurrency, unit));
                }
            }
        }
        if (finalKey != null && members != null) {
            report(path.field("finalMunicipalKey"), Charter.checkCoverage(members, finalKey.partial(), Party.MUNICIPALITIES,
                    "final municipal key"));
        }
        if (unit != null) {
            List<MonetaryAmount> costAmounts = new ArrayList<>();
            if (costs != null) {
                costs.forEach(c -> costAmounts.add(c.amount()));
            }
            List<MonetaryAmount> decided = new ArrayList<>();
            if (projects != null) {
                projects.forEach(p -> decided.add(p.status() != null && p.status().isDecided() ? p.totalCost() : null));
            }
            report(path, AnnualPlan.checkSums(costAmounts, decided, unit, scheduleUnit, knownCurrency));
        }
        if (equity != null) {
            if (equity.amount() != null) {
                report(path.field("equity").field("amount"), AnnualPlan.checkAmount(equity.amount(), knownCurrency, unit));
            }
            for (int i = 0; i < equity.fromSizes().size(); i++) {
                MonetaryAmount size = equity.fromSizes().get(i);
                if (size != null) {
                    report(path.field("equity").field("thresholds").index(i).field("fromSize"),
                            AnnualPlan.checkAmount(size, knownCurrency, unit));
                }
            }
        }
        return null;
    }

    // --- association, charter, members ----------------------------------------------------------------

    /** Reads an association on its own, as in a document. */
    CoordinationAssociation association(JsonNode node, Pointer path) {
        AssociationRead read = readAssociation(node, path);
        return hasViolations() ? null : read.association();
    }

    private AssociationRead readAssociation(JsonNode node, Pointer path) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return new AssociationRead(null, null, defaultCurrency(), false);
        }
        int before = violationCount();
        checkFields(node, path, ASSOCIATION_FIELDS, "association", "id", "name", "members");
        AssociationId id = optional(node, "id", path.field("id"), this::associationId);
        String name = optional(node, "name", path.field("name"), this::text);
        CurrencyUnit currency = node.get(CURRENCY) == null ? defaultCurrency()
                : currency(node.get(CURRENCY), path.field(CURRENCY));
        CharterRead charter = readCharter(node, path);
        CoordinationAssociation association = null;
        if (violationCount() == before && id != null && name != null && currency != null && charter.charter() != null) {
            // Every part was read: the association checks its name itself.
            association = build(path, () -> CoordinationAssociation.of(id, name, currency, charter.charter()));
        } else if (name != null) {
            report(path, CoordinationAssociation.checkName(id, name));
        }
        return new AssociationRead(association, charter.members(), currency != null ? currency : defaultCurrency(),
                currency != null);
    }

    // --- projects, costs, equity ---------------------------------------------------------------

    /** Reads a project on its own: its amounts are in its {@code currency} field, SEK by default. */
    Project project(JsonNode node, Pointer path) {
        return withCurrency(node, path, (n, p, c) -> readProject(n, p, c, true).project());
    }

    private ProjectRead readProject(JsonNode node, Pointer path, CurrencyUnit currency, boolean standalone) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return ProjectRead.UNKNOWN;
        }
        int before = violationCount();
        checkFields(node, path, fields(PROJECT_FIELDS, standalone), "project", "id", "name", "start", "totalCost");
        ProjectId id = optional(node, "id", path.field("id"), this::projectId);
        String label = id != null ? "project '" + id + "'" : "project " + path.last();
        String name = optional(node, "name", path.field("name"), this::text);
        String focus = optional(node, "focus", path.field("focus"), this::text);
        ProjectStatus status = node.get("status") == null ? ProjectStatus.APPROVED
                : enumValue(node.get("status"), path.field("status"), ProjectStatus.class, "project status");
        List<MemberId> members = optional(node, "members", path.field("members"),
                (n, p) -> readList(n, p, limits.maxMembers(), "members", this::memberId));
        Optional<MemberId> owner = node.get("owner") == null ? Optional.empty()
                : Optional.ofNullable(memberId(node.get("owner"), path.field("owner")));
        if (node.get("owner") != null && owner.isEmpty()) {
            owner = null;
        }
        LocalDate start = optional(node, "start", path.field("start"), (n, p) -> date(n, p, "Start of " + label));
        Optional<LocalDate> end = node.get("end") == null ? Optional.empty()
                : Optional.ofNullable(date(node.get("end"), path.field("end"), "End of " + label));
        if (node.get("end") != null && end.isEmpty()) {
            end = null;
        }
        MonetaryAmount totalCost = optional(node, "totalCost", path.field("totalCost"), (n, p) -> money(n, p, currency));
        // Without a basis, amounts per year make the basis EXPLICIT; without either, it is MONTHS.
        CostBasis basis = node.get("basis") != null
                ? enumValue(node.get("basis"), path.field("basis"), CostBasis.class, "cost basis")
                : node.get("costByYear") != null ? CostBasis.EXPLICIT : CostBasis.MONTHS;
        Map<Integer, MonetaryAmount> costByYear = node.get("costByYear") == null ? Map.of()
                : costByYear(node.get("costByYear"), path.field("costByYear"), currency);
        boolean costByYearComplete = node.get("costByYear") == null || costByYear != null
                && costByYear.size() == node.get("costByYear").size();
        List<CoFinancing> coFinancing = optional(node, "coFinancing", path.field("coFinancing"),
                (n, p) -> readList(n, p, limits.maxProjects(), "co-financing entries",
                        (e, q) -> coFinancing(e, q, currency, false)));
        List<MemberId> knownMembers = members != null ? members : List.of();
        if (violationCount() == before && id != null && name != null && start != null && totalCost != null) {
            Project.Builder b = Project.builder(id, name).focus(focus).status(status).members(knownMembers)
                    .period(start, end.orElse(null)).totalCost(totalCost).owner(owner.orElse(null)).basis(basis);
            if (node.get("costByYear") != null) {
                b.costByYear(costByYear).basis(basis);
            }
            if (coFinancing != null) {
                b.coFinancing(coFinancing);
            }
            Project project = build(path, b::build);
            return new ProjectRead(project, id, status, knownMembers, owner, totalCost, costByYear,
                    coFinancing != null ? coFinancing : List.of());
        }
        List<CoFinancing> knownCoFinancing = coFinancing != null ? coFinancing : List.of();
        report(path, Project.check(id, name, status, knownMembers, start, end, totalCost, basis, costByYear,
                costByYearComplete, knownCoFinancing));
        return new ProjectRead(null, id, status, knownMembers, owner, totalCost, costByYear, knownCoFinancing);
    }

    /** The amounts per year that could be read (each wrong entry reported); null if the field is not an object. */
    private Map<Integer, MonetaryAmount> costByYear(JsonNode node, Pointer path, CurrencyUnit currency) {
        if (!expect(node, path, JsonNode::isObject, "an object")
                || !withinLimit(node, path, limits.maxProjects(), "years")) {
            return null;
        }
        Map<Integer, MonetaryAmount> map = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            Pointer p = path.field(e.getKey());
            String key = e.getKey();
            Integer year = null;
            if (key.length() == 4 && digits(key, 0, 4)) {
                year = Integer.valueOf(key);
            } else {
                add(p, JsonViolationCodes.INVALID_VALUE, "Expected a year such as \"2007\" as key, was '" + shorten(key) + "'");
            }
            MonetaryAmount amount = money(e.getValue(), p, currency);
            if (year != null && amount != null) {
                map.put(year, amount);
            }
        }
        return map;
    }

    /** Reads co-financing on its own: its amount is in its {@code currency} field, SEK by default. */
    CoFinancing coFinancing(JsonNode node, Pointer path) {
        return withCurrency(node, path, (n, p, c) -> coFinancing(n, p, c, true));
    }

    private CoFinancing coFinancing(JsonNode node, Pointer path, CurrencyUnit currency, boolean standalone) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return null;
        }
        int before = violationCount();
        checkFields(node, path, fields(CO_FINANCING_FIELDS, standalone), "co-financing", "source", "amount");
        String source = optional(node, "source", path.field("source"), this::text);
        MonetaryAmount amount = optional(node, "amount", path.field("amount"), (n, p) -> money(n, p, currency));
        if (violationCount() == before && source != null && amount != null) {
            return build(path, () -> CoFinancing.of(source, amount));
        }
        report(path, CoFinancing.check(source, amount));
        return null;
    }

    /** Reads a cost line on its own: its amount is in its {@code currency} field, SEK by default. */
    CostLine cost(JsonNode node, Pointer path) {
        return withCurrency(node, path, (n, p, c) -> readCost(n, p, c, true).line());
    }

    private CostRead readCost(JsonNode node, Pointer path, CurrencyUnit currency, boolean standalone) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return new CostRead(null, null);
        }
        int before = violationCount();
        checkFields(node, path, fields(COST_FIELDS, standalone), "cost", "category", "amount");
        CostCategory category = optional(node, "category", path.field("category"),
                (n, p) -> enumValue(n, p, CostCategory.class, "cost category"));
        Optional<String> name = node.get("name") == null ? Optional.empty()
                : Optional.ofNullable(text(node.get("name"), path.field("name")));
        if (node.get("name") != null && name.isEmpty()) {
            name = null;
        }
        MonetaryAmount amount = optional(node, "amount", path.field("amount"), (n, p) -> money(n, p, currency));
        if (violationCount() == before && category != null && amount != null) {
            Optional<String> given = name;
            return new CostRead(build(path, () -> new CostLine(category, given, amount)), amount);
        }
        report(path, CostLine.check(category, name, amount));
        return new CostRead(null, amount);
    }

    /** Reads equity on its own: its amounts are in its {@code currency} field, SEK by default. */
    Equity equity(JsonNode node, Pointer path) {
        return withCurrency(node, path, (n, p, c) -> readEquity(n, p, c, true).equity());
    }

    private EquityRead readEquity(JsonNode node, Pointer path, CurrencyUnit currency, boolean standalone) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return new EquityRead(null, null, List.of());
        }
        checkFields(node, path, fields(EQUITY_FIELDS, standalone), "equity", "amount", "thresholds");
        MonetaryAmount amount = optional(node, "amount", path.field("amount"), (n, p) -> money(n, p, currency));
        ThresholdsRead thresholds = optional(node, "thresholds", path.field("thresholds"),
                (n, p) -> readThresholds(n, p, currency));
        EquityPolicy policy = thresholds != null ? thresholds.policy() : null;
        return new EquityRead(amount != null && policy != null ? new Equity(amount, policy) : null, amount,
                thresholds != null ? thresholds.sizes() : List.of());
    }

    /** What could be read of equity thresholds: the policy, if built, and each step's size (null: unknown). */
    private record ThresholdsRead(EquityPolicy policy, List<MonetaryAmount> sizes) {
    }

    /**
     * Reads thresholds: built into a policy when every step was read, else checked on what was read (a
     * percentage out of range is reported beside an unreadable size).
     */
    private ThresholdsRead readThresholds(JsonNode node, Pointer path, CurrencyUnit currency) {
        List<MonetaryAmount> sizes = new ArrayList<>();
        List<BigDecimal> percents = new ArrayList<>();
        int before = violationCount();
        List<EquityPolicy.Step> steps = readList(node, path, limits.maxProjects(), "equity thresholds",
                (e, q) -> step(e, q, currency, false, sizes, percents));
        if (steps == null) {
            return new ThresholdsRead(null, List.of());
        }
        if (violationCount() == before && !steps.contains(null)) {
            return new ThresholdsRead(build(path, () -> EquityPolicy.of(steps)), sizes);
        }
        report(path, EquityPolicy.check(sizes, percents));
        return new ThresholdsRead(null, sizes);
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
        return readThresholds(node, path, currency).policy();
    }

    /** Reads an equity threshold on its own: its size is in its {@code currency} field, SEK by default. */
    EquityPolicy.Step step(JsonNode node, Pointer path) {
        return withCurrency(node, path, (n, p, c) -> step(n, p, c, true, new ArrayList<>(1), new ArrayList<>(1)));
    }

    /** Reads a step; adds its size and percentage (null where unknown) to {@code sizes} and {@code percents}. */
    private EquityPolicy.Step step(JsonNode node, Pointer path, CurrencyUnit currency, boolean standalone,
            List<MonetaryAmount> sizes, List<BigDecimal> percents) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            sizes.add(null);
            percents.add(null);
            return null;
        }
        checkFields(node, path, fields(STEP_FIELDS, standalone), "equity threshold", "fromSize", "maxPercent");
        MonetaryAmount from = optional(node, "fromSize", path.field("fromSize"), (n, p) -> money(n, p, currency));
        BigDecimal percent = optional(node, "maxPercent", path.field("maxPercent"), this::decimal);
        sizes.add(from);
        percents.add(percent);
        return from == null || percent == null ? null : new EquityPolicy.Step(from, percent);
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
        return build(path, () -> total ? Financing.ofTotal(money) : Financing.ofStateContribution(money));
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
                (n, p) -> readList(n, p, Limits.MAX_VIOLATIONS + 1, "violations", this::violation));
        if (valid == null || list == null || list.contains(null)) {
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
        // With a wrong currency (reported), the value is still read in a stand-in, so that its own faults are
        // reported too; it is not returned.
        T value = reader.read(node, path, currency != null ? currency : defaultCurrency());
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
