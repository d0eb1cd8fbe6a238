package se.finsam.json.plan;

import org.jspecify.annotations.Nullable;
import se.finsam.json.JsonViolationCodes;
import se.finsam.json.internal.Pointer;
import se.finsam.json.internal.Read;
import se.finsam.json.internal.Limits;
import se.finsam.json.internal.CharterReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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
import se.finsam.budget.Forecast;
import se.finsam.budget.Outcome;
import se.finsam.budget.PlanYear;
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
import se.finsam.validation.TextRules;
import se.finsam.validation.ValidationResult;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

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
            "projectRoundingUnit", "projects", "costs", "finalMunicipalKey", "equity", "note", "openingEquity", "outcome",
            "forecast", "laterYears");
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
    private static final Set<String> OUTCOME_FIELDS = Set.of("date", "income", "costs", "projects");
    private static final Set<String> FORECAST_FIELDS = Set.of("costs", "projects");
    private static final Set<String> LATER_YEAR_FIELDS = Set.of("year", "financing", "preliminary", "costs", "municipalKey");
    /** The status of a project that gives none, read. */
    private static final Read<ProjectStatus> APPROVED = Read.of(ProjectStatus.APPROVED);
    /** The basis of a project's cost with amounts per year and without a basis, read. */
    private static final Read<CostBasis> EXPLICIT = Read.of(CostBasis.EXPLICIT);
    /** The basis of a project's cost with neither amounts per year nor a basis, read. */
    private static final Read<CostBasis> MONTHS = Read.of(CostBasis.MONTHS);
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
    // The parts other than the value built are null where unknown: they go to the core's partial checks,
    // which take null for unknown.

    /**
     * What could be read of an association: the association, if it was built; its members, reported if
     * unknown; its currency, reported if unknown.
     */
    private record AssociationRead(Read<CoordinationAssociation> association, Read<List<PartialMember>> members,
            Read<CurrencyUnit> currency) {
        static final AssociationRead UNKNOWN = new AssociationRead(Read.reported(), Read.reported(), Read.reported());
    }

    /** What could be read of a project for the plan's rules: the project, if built, and its parts (null: unknown). */
    @SuppressWarnings("NullableOptional") // owner: empty if none, null if it could not be read
    private record ProjectRead(Read<Project> project, @Nullable ProjectId id, @Nullable ProjectStatus status,
            List<@Nullable MemberId> members, @Nullable Optional<MemberId> owner, @Nullable MonetaryAmount totalCost,
            @Nullable Map<Integer, @Nullable MonetaryAmount> costByYear, List<@Nullable CoFinancing> coFinancing) {
        static final ProjectRead UNKNOWN = new ProjectRead(Read.reported(), null, null, List.of(), null, null, null,
                List.of());
    }

    /** What could be read of a cost line: the line, if built, and its amount (null: unknown). */
    private record CostRead(Read<CostLine> line, @Nullable MonetaryAmount amount) {
        static final CostRead UNKNOWN = new CostRead(Read.reported(), null);
    }

    /** What could be read of equity: the equity, if built, its amount and its thresholds' sizes (null: unknown). */
    private record EquityRead(Read<Equity> equity, @Nullable MonetaryAmount amount, List<MonetaryAmount> fromSizes) {
        static final EquityRead UNKNOWN = new EquityRead(Read.reported(), null, List.of());
    }

    // --- the document ----------------------------------------------------------------------------------

    Read<AnnualPlan> document(JsonNode root, Pointer path) {
        if (!expect(root, path, JsonNode::isObject, "an object")) {
            return Read.reported();
        }
        checkFields(root, path, DOCUMENT_FIELDS, "document", "association", "year", "financing");
        AssociationRead a = part(root, "association", path, this::readAssociation).orElse(AssociationRead.UNKNOWN);
        Read<CurrencyUnit> knownCurrency = a.currency();
        // Amounts are read in SEK when the currency is unknown, so that their own faults are reported too.
        Read<CurrencyUnit> currency = knownCurrency.isRead() ? knownCurrency : readDefaultCurrency();

        Read<Integer> year = field(root, "year", path, this::year);
        Read<RoundingUnit> unit = fieldOr(root, "roundingUnit", path, KRONA, this::unit);
        Read<RoundingUnit> projectUnit = root.get("projectRoundingUnit") == null ? unit
                : unit(root.get("projectRoundingUnit"), path.field("projectRoundingUnit"));
        Read<Financing> financing = field(root, "financing", path, (n, p) -> financing(n, p, currency, false));
        Read<List<ProjectRead>> projects = fieldOr(root, "projects", path, Read.emptyList(),
                (n, p) -> parts(n, p, limits.maxProjects(), "projects", (e, q) -> readProject(e, q, currency, false)));
        Read<List<CostRead>> costs = fieldOr(root, "costs", path, Read.emptyList(),
                (n, p) -> parts(n, p, limits.maxProjects(), "cost lines", (e, q) -> readCost(e, q, currency, false)));
        Optional<KeyRead> finalKey = part(root, "finalMunicipalKey", path, this::readKey);
        Optional<EquityRead> equity = part(root, "equity", path, (n, p) -> readEquity(n, p, currency, false));
        Read<Optional<String>> note = given(root, "note", path, this::text);
        Read<Optional<MonetaryAmount>> openingEquity = given(root, "openingEquity", path, (n, p) -> money(n, p, currency));
        Optional<OutcomeRead> outcome = part(root, "outcome", path, (n, p) -> readOutcome(n, p, currency));
        Optional<ForecastRead> forecast = part(root, "forecast", path, (n, p) -> readForecast(n, p, currency));
        Read<List<YearRead>> laterYears = fieldOr(root, "laterYears", path, Read.emptyList(),
                (n, p) -> parts(n, p, limits.maxProjects(), "later years", (e, q) -> readLaterYear(e, q, currency)));

        if (!hasViolations() && a.association().isRead() && year.isRead() && unit.isRead() && projectUnit.isRead()
                && financing.isRead()) {
            // Every part was read and built: the plan checks its own rules.
            AnnualPlan.Builder builder = AnnualPlan.builder(a.association().get(), year.get(), financing.get())
                    .roundingUnit(unit.get())
                    .projectRoundingUnit(projectUnit.get())
                    .projects(projects.get().stream().map(p -> p.project().get()).toList())
                    .costs(costs.get().stream().map(c -> c.line().get()).toList())
                    .finalMunicipalKey(finalKey.map(k -> k.key().get()).orElse(null))
                    .equity(equity.map(e -> e.equity().get()).orElse(null))
                    .note(note.get().orElse(null))
                    .openingEquity(openingEquity.get().orElse(null))
                    .outcome(outcome.map(o -> o.outcome().get()).orElse(null))
                    .forecast(forecast.map(f -> f.forecast().get()).orElse(null))
                    .laterYears(laterYears.get().stream().map(y -> y.year().get()).toList());
            return build(path, builder::build);
        }
        // Something could not be read or built: the plan's own rules run on what could.
        boolean unitsFit = unit.isRead() && projectUnit.isRead()
                && report(path, AnnualPlan.checkUnits(unit.get(), projectUnit.get()));
        if (unit.isRead() && financing.isRead()) {
            // Without the currency, the amount is still checked at the unit; only whether the unit suits it is not.
            report(path, knownCurrency.isRead() ? StatutorySplit.check(financing.get(), unit.get())
                    : StatutorySplit.checkAmount(financing.get(), unit.get()));
        } else if (unit.isRead() && knownCurrency.isRead()) {
            unit.get().checkPayableIn(knownCurrency.get()).ifPresent(v -> add(v.under(path.field("roundingUnit").toString())));
        }
        Read<RoundingUnit> scheduleUnit = unitsFit ? projectUnit : Read.reported();
        if (projects.isRead()) {
            checkProjects(path, projects.get(), a.members(), scheduleUnit, knownCurrency);
        }
        if (costs.isRead()) {
            for (int i = 0; i < costs.get().size(); i++) {
                MonetaryAmount amount = costs.get().get(i).amount();
                if (amount != null) {
                    report(path.field("costs").index(i).field("amount"),
                            AnnualPlan.checkAmount(amount, knownCurrency.orUnknown(), unit.orUnknown()));
                }
            }
        }
        if (finalKey.isPresent() && a.members().isRead()) {
            report(path.field("finalMunicipalKey"), Charter.checkCoverage(a.members().get(), finalKey.get().partial(),
                    Party.MUNICIPALITIES, "final municipal key"));
        }
        if (unit.isRead()) {
            List<MonetaryAmount> costAmounts = new ArrayList<>();
            costs.ifRead(list -> list.forEach(c -> costAmounts.add(c.amount())));
            List<MonetaryAmount> decided = new ArrayList<>();
            projects.ifRead(list -> list.forEach(p -> decided.add(p.status() != null && p.status().isDecided()
                    ? p.totalCost() : null)));
            report(path, AnnualPlan.checkSums(costAmounts, decided, unit.get(), scheduleUnit.orUnknown(),
                    knownCurrency.orUnknown()));
        }
        equity.ifPresent(e -> checkEquity(path.field("equity"), e, knownCurrency, unit));
        note.ifRead(n -> {
            List<Violation> v = new ArrayList<>(1);
            TextRules.checkNote("/note", n, v);
            report(path, ValidationResult.of(v));
        });
        checkYearAsItHappens(path, year, a.members(), projects, openingEquity, outcome, forecast, laterYears, knownCurrency,
                unit);
        if (violations().stream().noneMatch(v -> v.code().equals(ViolationCodes.AMOUNT_TOO_LARGE))) {
            // As the plan does: a sum already too large is that fault, reported once.
            checkYearSums(path, financing, costs, projects, openingEquity, outcome, forecast, laterYears, knownCurrency,
                    unit);
        }
        return Read.reported();
    }

    /** The plan's rules on what could be read of the opening equity, the outcome, the forecast and the later years. */
    @SuppressWarnings("TooManyParameters") // the parts the rules need
    private void checkYearAsItHappens(Pointer path, Read<Integer> year, Read<List<PartialMember>> members,
            Read<List<ProjectRead>> projects, Read<Optional<MonetaryAmount>> openingEquity, Optional<OutcomeRead> outcome,
            Optional<ForecastRead> forecast, Read<List<YearRead>> laterYears, Read<CurrencyUnit> knownCurrency,
            Read<RoundingUnit> unit) {
        openingEquity.ifRead(e -> e.ifPresent(amount -> report(path, AnnualPlan.checkOpeningEquity(amount,
                knownCurrency.orUnknown(), unit.orUnknown()))));
        Map<ProjectId, @Nullable ProjectStatus> statuses = projectStatuses(projects);
        outcome.ifPresent(o -> report(path, AnnualPlan.checkOutcome(year.orUnknown(), o.date(), o.income(), o.costs(),
                o.projects(), members.orUnknown(), statuses, knownCurrency.orUnknown(), unit.orUnknown())));
        forecast.ifPresent(f -> report(path, AnnualPlan.checkForecast(f.costs(), f.projects(), statuses,
                knownCurrency.orUnknown(), unit.orUnknown())));
        if (forecast.isPresent() && outcome.isPresent()) {
            report(path, AnnualPlan.checkForecastAgainstOutcome(forecast.get().costs(), forecast.get().projects(),
                    outcome.get().costs(), outcome.get().projects()));
        }
        laterYears.ifRead(list -> report(path, AnnualPlan.checkLaterYears(year.orUnknown(),
                list.stream().map(YearRead::partial).toList(), members.orUnknown(), unit.orUnknown(),
                knownCurrency.orUnknown())));
    }

    /** The plan's sums of the year as it happens, on the amounts that could be read. */
    @SuppressWarnings("TooManyParameters") // the parts the sums need
    private void checkYearSums(Pointer path, Read<Financing> financing, Read<List<CostRead>> costs,
            Read<List<ProjectRead>> projects, Read<Optional<MonetaryAmount>> openingEquity, Optional<OutcomeRead> outcome,
            Optional<ForecastRead> forecast, Read<List<YearRead>> laterYears, Read<CurrencyUnit> knownCurrency,
            Read<RoundingUnit> unit) {
        List<@Nullable Financing> financings = new ArrayList<>();
        financings.add(financing.orUnknown());
        List<@Nullable MonetaryAmount> equityAndIncome = new ArrayList<>();
        openingEquity.ifRead(e -> e.ifPresent(equityAndIncome::add));
        outcome.ifPresent(o -> equityAndIncome.addAll(o.income().values()));
        List<@Nullable MonetaryAmount> all = new ArrayList<>();
        outcome.ifPresent(o -> {
            all.addAll(o.costs().values());
            all.addAll(o.projects().values());
        });
        forecast.ifPresent(f -> {
            all.addAll(f.costs().values());
            all.addAll(f.projects().values());
        });
        costs.ifRead(list -> list.forEach(c -> all.add(c.amount())));
        laterYears.ifRead(list -> list.forEach(y -> {
            financings.add(y.partial().financing());
            all.addAll(y.partial().costs());
        }));
        projects.ifRead(list -> list.forEach(p -> {
            if (p.status() != null && p.status().isDecided()) {
                all.add(p.totalCost());
            }
        }));
        report(path, AnnualPlan.checkYearSums(financings, equityAndIncome, all, unit.orUnknown(), knownCurrency.orUnknown()));
    }

    /** The status of each project by id (null where unknown); null when some project's id, or the projects, are unknown. */
    private static @Nullable Map<ProjectId, @Nullable ProjectStatus> projectStatuses(Read<List<ProjectRead>> projects) {
        if (projects.isReported()) {
            return null;
        }
        Map<ProjectId, @Nullable ProjectStatus> statuses = new HashMap<>();
        for (ProjectRead p : projects.get()) {
            ProjectId id = p.id();
            if (id == null) {
                return null;
            }
            statuses.putIfAbsent(id, p.status());
        }
        return statuses;
    }

    /** The plan's rules on each project that could be read, and on their ids. */
    private void checkProjects(Pointer path, List<ProjectRead> projects, Read<List<PartialMember>> members,
            Read<RoundingUnit> scheduleUnit, Read<CurrencyUnit> knownCurrency) {
        List<ProjectId> ids = new ArrayList<>(projects.size());
        for (int i = 0; i < projects.size(); i++) {
            ProjectRead p = projects.get(i);
            ids.add(p.id());
            report(path.field("projects").index(i), AnnualPlan.checkProject(members.orUnknown(), p.id(), p.members(),
                    p.owner(), p.totalCost(), p.costByYear(), scheduleUnit.orUnknown(), knownCurrency.orUnknown()));
            for (int j = 0; knownCurrency.isRead() && j < p.coFinancing().size(); j++) {
                CoFinancing c = p.coFinancing().get(j);
                if (c != null) {
                    report(path.field("projects").index(i).field("coFinancing").index(j).field("amount"),
                            AnnualPlan.checkAmount(c.amount(), knownCurrency.get(),
                                    RoundingUnit.smallestOf(knownCurrency.get())));
                }
            }
        }
        report(path, AnnualPlan.checkProjectIds(ids));
    }

    /** The plan's rules on the amounts of equity that could be read. */
    private void checkEquity(Pointer path, EquityRead equity, Read<CurrencyUnit> knownCurrency, Read<RoundingUnit> unit) {
        if (equity.amount() != null) {
            report(path.field("amount"), AnnualPlan.checkAmount(equity.amount(), knownCurrency.orUnknown(), unit.orUnknown()));
        }
        for (int i = 0; i < equity.fromSizes().size(); i++) {
            MonetaryAmount size = equity.fromSizes().get(i);
            if (size != null) {
                report(path.field("thresholds").index(i).field("fromSize"),
                        AnnualPlan.checkAmount(size, knownCurrency.orUnknown(), unit.orUnknown()));
            }
        }
    }

    // --- the year as it happens: outcome, forecast, later years ------------------------------------

    /** What could be read of an outcome: the outcome, if built, its date (null: unknown) and the entries read. */
    private record OutcomeRead(Read<Outcome> outcome, @Nullable LocalDate date, Map<MemberId, MonetaryAmount> income,
            Map<CostCategory, MonetaryAmount> costs, Map<ProjectId, MonetaryAmount> projects) {
        static final OutcomeRead UNKNOWN = new OutcomeRead(Read.reported(), null, Map.of(), Map.of(), Map.of());
    }

    /** What could be read of a forecast: the forecast, if built, and the entries read. */
    private record ForecastRead(Read<Forecast> forecast, Map<CostCategory, MonetaryAmount> costs,
            Map<ProjectId, MonetaryAmount> projects) {
        static final ForecastRead UNKNOWN = new ForecastRead(Read.reported(), Map.of(), Map.of());
    }

    /** What could be read of a later year: the year, if built, and what is known of it for the plan's rules. */
    private record YearRead(Read<PlanYear> year, AnnualPlan.PartialYear partial) {
        static final YearRead UNKNOWN = new YearRead(Read.reported(),
                new AnnualPlan.PartialYear(null, null, List.of(), Optional.empty()));
    }

    private OutcomeRead readOutcome(JsonNode node, Pointer path, Read<CurrencyUnit> currency) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return OutcomeRead.UNKNOWN;
        }
        int before = violationCount();
        checkFields(node, path, OUTCOME_FIELDS, "outcome", "date");
        Read<LocalDate> date = field(node, "date", path, (n, p) -> date(n, p, "Date of the outcome"));
        Read<Map<MemberId, MonetaryAmount>> income = fieldOr(node, "income", path, Read.emptyMap(),
                (n, p) -> amounts(n, p, limits.maxMembers(), "members", this::memberId, currency));
        Read<Map<CostCategory, MonetaryAmount>> costs = fieldOr(node, "costs", path, Read.emptyMap(),
                (n, p) -> categoryAmounts(n, p, currency));
        Read<Map<ProjectId, MonetaryAmount>> projects = fieldOr(node, "projects", path, Read.emptyMap(),
                (n, p) -> amounts(n, p, limits.maxProjects(), "projects", this::projectId, currency));
        Map<MemberId, MonetaryAmount> knownIncome = income.orElse(Map.of());
        Map<CostCategory, MonetaryAmount> knownCosts = costs.orElse(Map.of());
        Map<ProjectId, MonetaryAmount> knownProjects = projects.orElse(Map.of());
        if (violationCount() == before && date.isRead()) {
            return new OutcomeRead(build(path, () -> Outcome.of(date.get(), knownIncome, knownCosts, knownProjects)),
                    date.get(), knownIncome, knownCosts, knownProjects);
        }
        report(path, Outcome.check(knownIncome, knownCosts, knownProjects));
        return new OutcomeRead(Read.reported(), date.orUnknown(), knownIncome, knownCosts, knownProjects);
    }

    private ForecastRead readForecast(JsonNode node, Pointer path, Read<CurrencyUnit> currency) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return ForecastRead.UNKNOWN;
        }
        int before = violationCount();
        checkFields(node, path, FORECAST_FIELDS, "forecast");
        Map<CostCategory, MonetaryAmount> costs = fieldOr(node, "costs", path, Read.<CostCategory, MonetaryAmount>emptyMap(),
                (n, p) -> categoryAmounts(n, p, currency)).orElse(Map.of());
        Map<ProjectId, MonetaryAmount> projects = fieldOr(node, "projects", path, Read.<ProjectId, MonetaryAmount>emptyMap(),
                (n, p) -> amounts(n, p, limits.maxProjects(), "projects", this::projectId, currency)).orElse(Map.of());
        if (violationCount() == before) {
            return new ForecastRead(build(path, () -> Forecast.of(costs, projects)), costs, projects);
        }
        report(path, Forecast.check(costs, projects));
        return new ForecastRead(Read.reported(), costs, projects);
    }

    /** Amounts by cost category: {@code {"STAFF": "590000"}}; an unknown category is reported at its key. */
    private Read<Map<CostCategory, MonetaryAmount>> categoryAmounts(JsonNode node, Pointer path, Read<CurrencyUnit> currency) {
        return amounts(node, path, limits.maxProjects(), "cost categories",
                (k, q) -> enumValue(k, q, CostCategory.class, "cost category"), currency);
    }

    /**
     * An object of amounts by key, in the document's order: each key read by {@code key} and reported at
     * its own path, each amount in the currency. An entry that could not be read is left out (and
     * reported); reported if the node is not an object or has more than {@code max} entries.
     */
    private <K> Read<Map<K, MonetaryAmount>> amounts(JsonNode node, Pointer path, int max, String what, Reader<K> key,
            Read<CurrencyUnit> currency) {
        if (!expect(node, path, JsonNode::isObject, "an object") || !withinLimit(node, path, max, what)) {
            return Read.reported();
        }
        Map<K, MonetaryAmount> map = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            Pointer p = path.field(e.getKey());
            Read<K> k = key.read(TextNode.valueOf(e.getKey()), p);
            Read<MonetaryAmount> amount = money(e.getValue(), p, currency);
            if (k.isRead() && amount.isRead()) {
                map.put(k.get(), amount.get());
            }
        }
        return Read.of(map);
    }

    private YearRead readLaterYear(JsonNode node, Pointer path, Read<CurrencyUnit> currency) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return YearRead.UNKNOWN;
        }
        int before = violationCount();
        checkFields(node, path, LATER_YEAR_FIELDS, "later year", "year", "financing");
        Read<Integer> year = field(node, "year", path, this::year);
        Read<Financing> financing = field(node, "financing", path, (n, p) -> financing(n, p, currency, false));
        Read<Boolean> preliminary = fieldOr(node, "preliminary", path, Read.of(false),
                (n, p) -> expect(n, p, JsonNode::isBoolean, "a boolean") ? Read.of(n.booleanValue()) : Read.reported());
        Read<List<CostRead>> costs = fieldOr(node, "costs", path, Read.emptyList(),
                (n, p) -> parts(n, p, limits.maxProjects(), "cost lines", (e, q) -> readCost(e, q, currency, false)));
        Optional<KeyRead> key = part(node, "municipalKey", path, this::readKey);
        List<@Nullable MonetaryAmount> amounts = new ArrayList<>();
        costs.ifRead(list -> list.forEach(c -> amounts.add(c.amount())));
        AnnualPlan.PartialYear partial = new AnnualPlan.PartialYear(year.orUnknown(), financing.orUnknown(), amounts,
                key.map(KeyRead::partial));
        if (violationCount() == before && year.isRead() && financing.isRead()) {
            return new YearRead(Read.of(new PlanYear(year.get(), financing.get(), preliminary.get(),
                    costs.get().stream().map(c -> c.line().get()).toList(), key.map(k -> k.key().get()))), partial);
        }
        return new YearRead(Read.reported(), partial);
    }

    // --- association, charter, members ----------------------------------------------------------------

    /** Reads an association on its own, as in a document. */
    Read<CoordinationAssociation> association(JsonNode node, Pointer path) {
        AssociationRead read = readAssociation(node, path);
        return hasViolations() ? Read.reported() : read.association();
    }

    private AssociationRead readAssociation(JsonNode node, Pointer path) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return AssociationRead.UNKNOWN;
        }
        int before = violationCount();
        checkFields(node, path, ASSOCIATION_FIELDS, "association", "id", "name", "members");
        Read<AssociationId> id = field(node, "id", path, this::associationId);
        Read<String> name = field(node, "name", path, this::text);
        Read<CurrencyUnit> currency = fieldOr(node, CURRENCY, path, readDefaultCurrency(), this::currency);
        CharterRead charter = readCharter(node, path);
        Read<CoordinationAssociation> association = Read.reported();
        if (violationCount() == before && id.isRead() && name.isRead() && currency.isRead() && charter.charter().isRead()) {
            // Every part was read: the association checks its name itself.
            association = build(path, () -> CoordinationAssociation.of(id.get(), name.get(), currency.get(),
                    charter.charter().get()));
        } else if (name.isRead()) {
            report(path, CoordinationAssociation.checkName(id.orUnknown(), name.get()));
        }
        return new AssociationRead(association, charter.members(), currency);
    }

    // --- projects, costs, equity ---------------------------------------------------------------

    /** Reads a project on its own: its amounts are in its {@code currency} field, SEK by default. */
    Read<Project> project(JsonNode node, Pointer path) {
        return withCurrency(node, path, (n, p, c) -> readProject(n, p, c, true).project());
    }

    private ProjectRead readProject(JsonNode node, Pointer path, Read<CurrencyUnit> currency, boolean standalone) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return ProjectRead.UNKNOWN;
        }
        int before = violationCount();
        checkFields(node, path, fields(PROJECT_FIELDS, standalone), "project", "id", "name", "start", "totalCost");
        Read<ProjectId> id = field(node, "id", path, this::projectId);
        String label = id.isRead() ? "project '" + id.get() + "'" : "project " + path.last();
        Read<String> name = field(node, "name", path, this::text);
        Read<Optional<String>> focus = given(node, "focus", path, this::text);
        Read<ProjectStatus> status = fieldOr(node, "status", path, APPROVED,
                (n, p) -> enumValue(n, p, ProjectStatus.class, "project status"));
        Read<List<MemberId>> members = fieldOr(node, "members", path, Read.emptyList(),
                (n, p) -> list(n, p, limits.maxMembers(), "members", this::memberId));
        Read<Optional<MemberId>> owner = given(node, "owner", path, this::memberId);
        Read<LocalDate> start = field(node, "start", path, (n, p) -> date(n, p, "Start of " + label));
        Read<Optional<LocalDate>> end = given(node, "end", path, (n, p) -> date(n, p, "End of " + label));
        Read<MonetaryAmount> totalCost = field(node, "totalCost", path, (n, p) -> money(n, p, currency));
        // Without a basis, amounts per year make the basis EXPLICIT; without either, it is MONTHS.
        Read<CostBasis> basis = fieldOr(node, "basis", path, node.get("costByYear") != null ? EXPLICIT : MONTHS,
                (n, p) -> enumValue(n, p, CostBasis.class, "cost basis"));
        Read<Map<Integer, MonetaryAmount>> costByYear = fieldOr(node, "costByYear", path, Read.emptyMap(),
                (n, p) -> costByYear(n, p, currency));
        boolean costByYearComplete = node.get("costByYear") == null || (costByYear.isRead()
                && costByYear.get().size() == node.get("costByYear").size());
        Read<List<CoFinancing>> coFinancing = fieldOr(node, "coFinancing", path, Read.emptyList(),
                (n, p) -> list(n, p, limits.maxProjects(), "co-financing entries",
                        (e, q) -> coFinancing(e, q, currency, false)));
        List<MemberId> knownMembers = members.orElse(List.of());
        List<CoFinancing> knownCoFinancing = coFinancing.orElse(List.of());
        if (violationCount() == before && id.isRead() && name.isRead() && start.isRead() && totalCost.isRead()) {
            Project.Builder b = Project.builder(id.get(), name.get()).focus(focus.get().orElse(null)).status(status.get())
                    .members(knownMembers).period(start.get(), end.get().orElse(null)).totalCost(totalCost.get())
                    .owner(owner.get().orElse(null)).basis(basis.get());
            if (node.get("costByYear") != null) {
                b.costByYear(costByYear.get()).basis(basis.get());
            }
            if (node.get("coFinancing") != null) {
                b.coFinancing(coFinancing.get());
            }
            return new ProjectRead(build(path, b::build), id.get(), status.get(), knownMembers, owner.get(), totalCost.get(),
                    costByYear.get(), knownCoFinancing);
        }
        report(path, Project.check(id.orUnknown(), name.orUnknown(), status.orUnknown(), knownMembers, start.orUnknown(),
                end.orUnknown(), totalCost.orUnknown(), basis.orUnknown(), costByYear.orUnknown(), costByYearComplete,
                knownCoFinancing));
        return new ProjectRead(Read.reported(), id.orUnknown(), status.orUnknown(), knownMembers, owner.orUnknown(),
                totalCost.orUnknown(), costByYear.orUnknown(), knownCoFinancing);
    }

    /** The amounts per year that could be read (each wrong entry reported); reported if the field is not an object. */
    private Read<Map<Integer, MonetaryAmount>> costByYear(JsonNode node, Pointer path, Read<CurrencyUnit> currency) {
        if (!expect(node, path, JsonNode::isObject, "an object")
                || !withinLimit(node, path, limits.maxProjects(), "years")) {
            return Read.reported();
        }
        Map<Integer, MonetaryAmount> map = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            Pointer p = path.field(e.getKey());
            String key = e.getKey();
            boolean isYear = key.length() == 4 && digits(key, 0, 4);
            if (!isYear) {
                add(p, JsonViolationCodes.INVALID_VALUE, "Expected a year such as \"2007\" as key, was '" + shorten(key) + "'");
            }
            Read<MonetaryAmount> amount = money(e.getValue(), p, currency);
            if (isYear && amount.isRead()) {
                map.put(Integer.valueOf(key), amount.get());
            }
        }
        return Read.of(map);
    }

    /** Reads co-financing on its own: its amount is in its {@code currency} field, SEK by default. */
    Read<CoFinancing> coFinancing(JsonNode node, Pointer path) {
        return withCurrency(node, path, (n, p, c) -> coFinancing(n, p, c, true));
    }

    private Read<CoFinancing> coFinancing(JsonNode node, Pointer path, Read<CurrencyUnit> currency, boolean standalone) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return Read.reported();
        }
        int before = violationCount();
        checkFields(node, path, fields(CO_FINANCING_FIELDS, standalone), "co-financing", "source", "amount");
        Read<String> source = field(node, "source", path, this::text);
        Read<MonetaryAmount> amount = field(node, "amount", path, (n, p) -> money(n, p, currency));
        if (violationCount() == before && source.isRead() && amount.isRead()) {
            return build(path, () -> CoFinancing.of(source.get(), amount.get()));
        }
        report(path, CoFinancing.check(source.orUnknown(), amount.orUnknown()));
        return Read.reported();
    }

    /** Reads a cost line on its own: its amount is in its {@code currency} field, SEK by default. */
    Read<CostLine> cost(JsonNode node, Pointer path) {
        return withCurrency(node, path, (n, p, c) -> readCost(n, p, c, true).line());
    }

    private CostRead readCost(JsonNode node, Pointer path, Read<CurrencyUnit> currency, boolean standalone) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return CostRead.UNKNOWN;
        }
        int before = violationCount();
        checkFields(node, path, fields(COST_FIELDS, standalone), "cost", "category", "amount");
        Read<CostCategory> category = field(node, "category", path,
                (n, p) -> enumValue(n, p, CostCategory.class, "cost category"));
        Read<Optional<String>> name = given(node, "name", path, this::text);
        Read<MonetaryAmount> amount = field(node, "amount", path, (n, p) -> money(n, p, currency));
        if (violationCount() == before && category.isRead() && amount.isRead()) {
            return new CostRead(build(path, () -> new CostLine(category.get(), name.get(), amount.get())), amount.get());
        }
        report(path, CostLine.check(category.orUnknown(), name.orUnknown(), amount.orUnknown()));
        return new CostRead(Read.reported(), amount.orUnknown());
    }

    /** Reads equity on its own: its amounts are in its {@code currency} field, SEK by default. */
    Read<Equity> equity(JsonNode node, Pointer path) {
        return withCurrency(node, path, (n, p, c) -> readEquity(n, p, c, true).equity());
    }

    private EquityRead readEquity(JsonNode node, Pointer path, Read<CurrencyUnit> currency, boolean standalone) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return EquityRead.UNKNOWN;
        }
        checkFields(node, path, fields(EQUITY_FIELDS, standalone), "equity", "amount", "thresholds");
        Read<MonetaryAmount> amount = field(node, "amount", path, (n, p) -> money(n, p, currency));
        Optional<ThresholdsRead> thresholds = part(node, "thresholds", path, (n, p) -> readThresholds(n, p, currency));
        Read<EquityPolicy> policy = thresholds.map(ThresholdsRead::policy).orElse(Read.reported());
        return new EquityRead(amount.isRead() && policy.isRead() ? Read.of(new Equity(amount.get(), policy.get()))
                : Read.reported(), amount.orUnknown(), thresholds.map(ThresholdsRead::sizes).orElse(List.of()));
    }

    /** What could be read of equity thresholds: the policy, if built, and each step's size (null: unknown). */
    private record ThresholdsRead(Read<EquityPolicy> policy, List<MonetaryAmount> sizes) {
    }

    /**
     * Reads thresholds: built into a policy when every step was read, else checked on what was read (a
     * percentage out of range is reported beside an unreadable size).
     */
    private ThresholdsRead readThresholds(JsonNode node, Pointer path, Read<CurrencyUnit> currency) {
        List<MonetaryAmount> sizes = new ArrayList<>();
        List<BigDecimal> percents = new ArrayList<>();
        int before = violationCount();
        Read<List<EquityPolicy.Step>> steps = list(node, path, limits.maxProjects(), "equity thresholds",
                (e, q) -> step(e, q, currency, false, sizes, percents));
        if (steps.isReported()) {
            return new ThresholdsRead(Read.reported(), List.of());
        }
        if (violationCount() == before && !steps.get().contains(null)) {
            return new ThresholdsRead(build(path, () -> EquityPolicy.of(steps.get())), sizes);
        }
        report(path, EquityPolicy.check(sizes, percents));
        return new ThresholdsRead(Read.reported(), sizes);
    }

    /**
     * Reads an equity policy on its own, {@code {"currency": "SEK", "thresholds": [...]}}: the
     * thresholds as in a document's {@code equity}.
     */
    Read<EquityPolicy> equityPolicy(JsonNode node, Pointer path) {
        return withCurrency(node, path, (n, p, c) -> {
            checkFields(n, p, fields(POLICY_FIELDS, true), "equity policy", "thresholds");
            return field(n, "thresholds", p, (t, q) -> readThresholds(t, q, c).policy());
        });
    }

    /** Reads an equity threshold on its own: its size is in its {@code currency} field, SEK by default. */
    Read<EquityPolicy.Step> step(JsonNode node, Pointer path) {
        return withCurrency(node, path, (n, p, c) -> step(n, p, c, true, new ArrayList<>(1), new ArrayList<>(1)));
    }

    /** Reads a step; adds its size and percentage (null where unknown) to {@code sizes} and {@code percents}. */
    private Read<EquityPolicy.Step> step(JsonNode node, Pointer path, Read<CurrencyUnit> currency, boolean standalone,
            List<MonetaryAmount> sizes, List<BigDecimal> percents) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            sizes.add(null);
            percents.add(null);
            return Read.reported();
        }
        checkFields(node, path, fields(STEP_FIELDS, standalone), "equity threshold", "fromSize", "maxPercent");
        Read<MonetaryAmount> from = field(node, "fromSize", path, (n, p) -> money(n, p, currency));
        Read<BigDecimal> percent = field(node, "maxPercent", path, this::decimal);
        sizes.add(from.orUnknown());
        percents.add(percent.orUnknown());
        return from.isRead() && percent.isRead() ? Read.of(new EquityPolicy.Step(from.get(), percent.get()))
                : Read.reported();
    }


    // --- financing, year, units ----------------------------------------------------------------

    /** Reads financing on its own: its amount is in its {@code currency} field, SEK by default. */
    Read<Financing> financing(JsonNode node, Pointer path) {
        return withCurrency(node, path, (n, p, c) -> financing(n, p, c, true));
    }

    private Read<Financing> financing(JsonNode node, Pointer path, Read<CurrencyUnit> currency, boolean standalone) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return Read.reported();
        }
        checkFields(node, path, fields(FINANCING_FIELDS, standalone), "financing");
        boolean total = node.get("total") != null;
        boolean state = node.get("stateContribution") != null;
        if (total == state) {
            add(path, JsonViolationCodes.CONFLICTING_FIELDS, total
                    ? "Give either 'total' or 'stateContribution' in financing, not both"
                    : "Financing needs one of 'total' or 'stateContribution'");
            return Read.reported();
        }
        String field = total ? "total" : "stateContribution";
        Read<MonetaryAmount> money = money(node.get(field), path.field(field), currency);
        if (money.isReported()) {
            return Read.reported();
        }
        return build(path, () -> total ? Financing.ofTotal(money.get()) : Financing.ofStateContribution(money.get()));
    }

    // --- values on their own: results, and the currency of a value outside a document ------------

    /** Reads a contribution on its own: {@code {"currency", "member", "kind", "amount"}}, SEK by default. */
    Read<Contribution> contribution(JsonNode node, Pointer path) {
        return withCurrency(node, path, (n, p, currency) -> {
            checkFields(n, p, fields(CONTRIBUTION_FIELDS, true), "contribution", "member", "kind", "amount");
            Read<MemberId> member = field(n, "member", p, this::memberId);
            Read<MemberKind> kind = field(n, "kind", p, (k, q) -> enumValue(k, q, MemberKind.class, "member kind"));
            Read<MonetaryAmount> amount = field(n, "amount", p, (a, q) -> money(a, q, currency));
            return member.isRead() && kind.isRead() && amount.isRead()
                    ? Read.of(new Contribution(member.get(), kind.get(), amount.get())) : Read.reported();
        });
    }

    /** Reads a violation: {@code {"path", "code", "message"}}; a path is a JSON pointer, code and message not blank. */
    Read<Violation> violation(JsonNode node, Pointer path) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return Read.reported();
        }
        checkFields(node, path, VIOLATION_FIELDS, "violation", "path", "code", "message");
        Read<String> pointer = field(node, "path", path, this::text);
        Read<String> code = field(node, "code", path, this::text);
        Read<String> message = field(node, "message", path, this::text);
        boolean ok = pointer.isRead() && code.isRead() && message.isRead();
        if (pointer.isRead() && !pointer.get().isEmpty() && pointer.get().charAt(0) != '/') {
            add(path.field("path"), JsonViolationCodes.INVALID_VALUE, "A violation's path is a JSON pointer, empty or starting"
                    + " with '/', was '" + shorten(pointer.get()) + "'");
            ok = false;
        }
        ok &= notBlank(path, "code", code);
        ok &= notBlank(path, "message", message);
        return ok ? Read.of(Violation.of(pointer.get(), code.get(), message.get())) : Read.reported();
    }

    /** Whether a violation's {@code field} is unknown or not blank; a blank one is reported. */
    private boolean notBlank(Pointer path, String field, Read<String> text) {
        if (text.isRead() && text.get().isBlank()) {
            add(path.field(field), JsonViolationCodes.INVALID_VALUE, "A violation's " + field + " must not be blank");
            return false;
        }
        return true;
    }

    /** Reads a validation result: {@code {"valid", "violations"}}; {@code valid} must agree with the violations. */
    Read<ValidationResult> validationResult(JsonNode node, Pointer path) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return Read.reported();
        }
        checkFields(node, path, RESULT_FIELDS, "validation result", "valid", "violations");
        Read<Boolean> valid = field(node, "valid", path,
                (n, p) -> expect(n, p, JsonNode::isBoolean, "a boolean") ? Read.of(n.booleanValue()) : Read.reported());
        Read<List<Violation>> list = field(node, "violations", path,
                (n, p) -> list(n, p, Limits.MAX_VIOLATIONS + 1, "violations", this::violation));
        if (valid.isReported() || list.isReported() || list.get().contains(null)) {
            return Read.reported();
        }
        List<Violation> violations = list.get();
        if (valid.get() != violations.isEmpty()) {
            add(path.field("valid"), JsonViolationCodes.CONFLICTING_FIELDS, "'valid' is " + valid.get() + " but there "
                    + (violations.size() == 1 ? "is 1 violation" : "are " + violations.size() + " violations"));
            return Read.reported();
        }
        return Read.of(ValidationResult.of(violations));
    }

    /** Reads a value in the currency it is given. */
    @FunctionalInterface
    interface CurrencyReader<T> {
        Read<T> read(JsonNode node, Pointer path, Read<CurrencyUnit> currency);
    }

    /** Reads the {@code currency} field of a value on its own (default SEK), then the value in that currency. */
    private <T> Read<T> withCurrency(JsonNode node, Pointer path, CurrencyReader<T> reader) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return Read.reported();
        }
        Read<CurrencyUnit> currency = fieldOr(node, CURRENCY, path, readDefaultCurrency(), this::currency);
        // With a wrong currency (reported), the value is still read in a stand-in, so that its own faults are
        // reported too; it is not returned.
        Read<T> value = reader.read(node, path, currency.isRead() ? currency : readDefaultCurrency());
        return currency.isRead() ? value : Read.reported();
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
