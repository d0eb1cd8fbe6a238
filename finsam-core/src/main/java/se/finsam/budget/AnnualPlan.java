package se.finsam.budget;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;
import se.finsam.association.CoordinationAssociation;
import se.finsam.contribution.Charter;
import se.finsam.contribution.Charter.PartialKey;
import se.finsam.contribution.Charter.PartialMember;
import se.finsam.contribution.ContributionKey;
import se.finsam.contribution.ContributionSplit;
import se.finsam.contribution.Financing;
import se.finsam.contribution.Settlement;
import se.finsam.contribution.StatutorySplit;
import se.finsam.member.MemberId;
import se.finsam.member.Party;
import se.finsam.money.AmountFormat;
import se.finsam.money.RoundingUnit;
import se.finsam.project.CostSchedule;
import se.finsam.project.Project;
import se.finsam.project.ProjectId;
import se.finsam.project.ProjectStatus;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.TextRules;
import se.finsam.validation.ValidationResult;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

/**
 * An association's plan for a year (verksamhetsplan med budget): what a finsam document describes.
 *
 * <p>A plan that exists is consistent, so that every computation on it succeeds. Rules, all checked at
 * once, with paths as in the document format:
 * <ul>
 *   <li>the year is 1900–2200 ({@code /year});</li>
 *   <li>the financing is in the association's currency, not negative and a whole multiple of the
 *       rounding unit, which the currency can pay ({@code /financing/total}, {@code /roundingUnit});</li>
 *   <li>the project rounding unit is a whole multiple of the rounding unit ({@code /projectRoundingUnit});</li>
 *   <li>project ids are unique; a project's members and owner are members of the association, and its
 *       members span at least two parties; its amounts are in the association's currency and whole
 *       multiples of the project rounding unit ({@code /projects/4/members/0}, {@code /projects/4/totalCost});</li>
 *   <li>cost lines, equity and its thresholds are in the currency and multiples of the rounding unit
 *       ({@code /costs/2/amount}, {@code /equity/amount}); co-financing, money the association does not
 *       split, is payable in the currency: whole öre, at most {@link RoundingUnit#MAX_UNITS} of them
 *       ({@code /projects/4/coFinancing/0/amount});</li>
 *   <li>a final municipal key covers exactly the municipalities ({@code /finalMunicipalKey/values/flen}).</li>
 * </ul>
 *
 * <pre>{@code
 * AnnualPlan plan = AnnualPlan.builder(rar, 2007, Financing.ofTotal(Money.of(15_000_000, "SEK")))
 *         .projectRoundingUnit(RoundingUnit.THOUSAND)
 *         .projects(projects)
 *         .costs(costs)
 *         .build();
 * plan.budget().disposable();   // 6 874 000 SEK
 * }</pre>
 *
 * <p>The contributions are computed once, when the plan is checked; the schedules, the settlement and
 * the budget once, when first asked for; each is then held. Two plans are equal when their parts are.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AnnualPlan {

    /** The earliest budget year accepted. */
    public static final int MIN_YEAR = Project.MIN_YEAR;
    /** The latest budget year accepted. */
    public static final int MAX_YEAR = Project.MAX_YEAR;

    private final CoordinationAssociation association;
    private final int year;
    private final Financing financing;
    private final RoundingUnit roundingUnit;
    private final RoundingUnit projectRoundingUnit;
    private final List<Project> projects;
    private final List<CostLine> costs;
    private final Optional<ContributionKey> finalMunicipalKey;
    private final Optional<Equity> equity;
    private final Optional<MonetaryAmount> openingEquity;
    private final Optional<Outcome> outcome;
    private final Optional<Forecast> forecast;
    private final List<PlanYear> laterYears;
    private final Optional<String> note;
    /** Computed when the plan is checked. */
    private final ContributionSplit contributions;
    /** The contributions of each later year, computed when the plan is checked. */
    private final List<ContributionSplit> laterContributions;
    /** Computed when first asked for; a race computes an equal value, and the first one set is kept. */
    private final AtomicReference<List<CostSchedule>> schedules = new AtomicReference<>();
    private final AtomicReference<Optional<Settlement>> settlement = new AtomicReference<>();
    private final AtomicReference<Budget> budget = new AtomicReference<>();
    private final AtomicReference<BudgetFollowUp> followUp = new AtomicReference<>();
    private final AtomicReference<YearEnd> yearEnd = new AtomicReference<>();
    private final AtomicReference<MultiYearPlan> multiYear = new AtomicReference<>();

    /** The most years a plan may cover: the first year and up to 19 later ones. */
    public static final int MAX_YEARS = 20;

    /**
     * Validates the plan; reports every problem at once.
     *
     * @param association the association
     * @param year the budget year
     * @param financing the total, or the state's contribution
     * @param roundingUnit the unit of contributions, costs and the budget
     * @param projectRoundingUnit the unit of project cost schedules
     * @param projects the projects, in order
     * @param costs the year's costs outside the projects, in order
     * @param finalMunicipalKey the final municipal key, if any
     * @param equity the equity and its reasonable levels, if given
     * @throws NullPointerException if a component is null
     * @throws FinsamValidationException if a rule is broken
     */
    public AnnualPlan(CoordinationAssociation association, int year, Financing financing, RoundingUnit roundingUnit,
            RoundingUnit projectRoundingUnit, List<Project> projects, List<CostLine> costs,
            Optional<ContributionKey> finalMunicipalKey, Optional<Equity> equity) {
        this(association, year, financing, roundingUnit, projectRoundingUnit, projects, costs, finalMunicipalKey, equity,
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty());
    }

    /**
     * Validates a plan that may follow its year and look further; reports every problem at once.
     *
     * @param association the association
     * @param year the budget year: the first year of a multi-year plan
     * @param financing the total, or the state's contribution
     * @param roundingUnit the unit of contributions, costs and the budget
     * @param projectRoundingUnit the unit of project cost schedules
     * @param projects the projects, in order
     * @param costs the year's costs outside the projects, in order
     * @param finalMunicipalKey the final municipal key, if any
     * @param equity the equity and its reasonable levels, if given
     * @param openingEquity the equity at the start of the year, if given; not negative
     * @param outcome the outcome of the year to a date, if given
     * @param forecast the forecast of the year's costs, if given
     * @param laterYears the years after the first, in order
     * @param note a note for people, e.g. which figures are published and which illustrative
     * @throws NullPointerException if a component is null
     * @throws FinsamValidationException if a rule is broken
     */
    @SuppressWarnings("TooManyParameters") // the document's parts, as the builder sets them
    public AnnualPlan(CoordinationAssociation association, int year, Financing financing, RoundingUnit roundingUnit,
            RoundingUnit projectRoundingUnit, List<Project> projects, List<CostLine> costs,
            Optional<ContributionKey> finalMunicipalKey, Optional<Equity> equity, Optional<MonetaryAmount> openingEquity,
            Optional<Outcome> outcome, Optional<Forecast> forecast, List<PlanYear> laterYears, Optional<String> note) {
        this.association = Objects.requireNonNull(association, "association");
        this.year = year;
        this.financing = Objects.requireNonNull(financing, "financing");
        this.roundingUnit = Objects.requireNonNull(roundingUnit, "roundingUnit");
        this.projectRoundingUnit = Objects.requireNonNull(projectRoundingUnit, "projectRoundingUnit");
        this.projects = List.copyOf(Objects.requireNonNull(projects, "projects"));
        this.costs = List.copyOf(Objects.requireNonNull(costs, "costs"));
        this.finalMunicipalKey = Objects.requireNonNull(finalMunicipalKey, "finalMunicipalKey");
        this.equity = Objects.requireNonNull(equity, "equity");
        this.openingEquity = Objects.requireNonNull(openingEquity, "openingEquity");
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.forecast = Objects.requireNonNull(forecast, "forecast");
        this.laterYears = List.copyOf(Objects.requireNonNull(laterYears, "laterYears"));
        this.note = Objects.requireNonNull(note, "note");
        List<Violation> v = new ArrayList<>();
        checkYear(year).violations().forEach(v::add);
        TextRules.checkNote("/note", note, v);
        ContributionSplit split = contributions(association, financing, roundingUnit, v);
        List<ContributionSplit> later = laterContributions(v);
        check(v);
        // No split only when the financing broke a rule, whose violation check(v) has thrown.
        this.contributions = Objects.requireNonNull(split, "contributions");
        this.laterContributions = List.copyOf(later);
    }

    /**
     * Returns this plan with another municipal key in its charter, e.g. one built from a population table
     * (docs/statistics.md); everything else is kept. The key must cover exactly the municipalities.
     *
     * @param key the new municipal key
     * @return the plan with the key
     * @throws FinsamValidationException if the key does not cover exactly the municipalities
     */
    public AnnualPlan withMunicipalKey(ContributionKey key) {
        return new AnnualPlan(association.withMunicipalKey(key), year, financing, roundingUnit, projectRoundingUnit,
                projects, costs, finalMunicipalKey, equity, openingEquity, outcome, forecast, laterYears, note);
    }

    /**
     * Returns this plan with a final municipal key, the key in force at the year's end that the
     * {@link #settlement()} settles the preliminary invoices against; everything else is kept.
     *
     * @param key the final municipal key
     * @return the plan with the key
     * @throws FinsamValidationException if the key does not cover exactly the municipalities
     */
    public AnnualPlan withFinalMunicipalKey(ContributionKey key) {
        return new AnnualPlan(association, year, financing, roundingUnit, projectRoundingUnit, projects, costs,
                Optional.of(key), equity, openingEquity, outcome, forecast, laterYears, note);
    }

    /**
     * The later years' contributions, when their rules hold; their violations are added under their paths.
     * A later year's split can break only the rules {@link #checkLaterYears} checks, and the unit's, which
     * the first year's split reports.
     */
    private List<ContributionSplit> laterContributions(List<Violation> v) {
        List<PartialYear> partial = new ArrayList<>(laterYears.size());
        laterYears.forEach(y -> partial.add(PartialYear.of(y)));
        ValidationResult rules = checkLaterYears(year, partial, partialMembers(association), roundingUnit,
                association.currency());
        rules.violations().forEach(v::add);
        if (!rules.isValid()) {
            return List.of();
        }
        List<ContributionSplit> splits = new ArrayList<>(laterYears.size());
        for (int i = 0; i < laterYears.size(); i++) {
            PlanYear later = laterYears.get(i);
            CoordinationAssociation inForce = later.municipalKey().map(association::withMunicipalKey).orElse(association);
            List<Violation> own = new ArrayList<>();
            ContributionSplit split = contributions(inForce, later.financing(), roundingUnit, own);
            String path = "/laterYears/" + i;
            own.stream().map(x -> x.path().equals("/roundingUnit") ? x : x.under(path)).filter(x -> !v.contains(x))
                    .forEach(v::add);
            if (split != null) {
                splits.add(split);
            }
        }
        return splits;
    }

    private static List<PartialMember> partialMembers(CoordinationAssociation association) {
        List<PartialMember> members = new ArrayList<>(association.members().size());
        association.members().forEach(m -> members.add(PartialMember.of(m)));
        return members;
    }

    /** The contributions, or null with their violations added when the financing breaks a rule. */
    private static @Nullable ContributionSplit contributions(CoordinationAssociation association, Financing financing,
            RoundingUnit roundingUnit, List<Violation> v) {
        try {
            return association.contributions(financing, roundingUnit);
        } catch (FinsamValidationException e) {
            e.violations().forEach(x -> v.add(x.under("")));
            return null;
        }
    }

    private static void collect(List<Violation> v, String path, Runnable check) {
        try {
            check.run();
        } catch (FinsamValidationException e) {
            e.violations().forEach(x -> v.add(x.under(path)));
        }
    }

    /** Adds a part's violations to {@code v} under the part's path, which is made only when there are some. */
    private static void addUnder(List<Violation> v, ValidationResult part, Supplier<String> path) {
        if (!part.isValid()) {
            String prefix = path.get();
            part.violations().forEach(x -> v.add(x.under(prefix)));
        }
    }

    /** Checks every rule but the year's and the financing's, adding to {@code v}; throws if any is broken. */
    private void check(List<Violation> v) {
        ValidationResult units = checkUnits(roundingUnit, projectRoundingUnit);
        units.violations().forEach(v::add);
        CurrencyUnit currency = association.currency();
        List<PartialMember> members = partialMembers(association);
        MemberIndex index = MemberIndex.of(members);
        List<ProjectId> ids = new ArrayList<>(projects.size());
        for (int i = 0; i < projects.size(); i++) {
            Project p = projects.get(i);
            ids.add(p.id());
            int project = i;
            addUnder(v, checkProject(index, p.id(), p.members(), p.owner(), p.totalCost(), p.costByYear(),
                    units.isValid() ? projectRoundingUnit : null, currency), () -> "/projects/" + project);
            for (int j = 0; j < p.coFinancing().size(); j++) {
                int entry = j;
                addUnder(v, checkAmount(p.coFinancing().get(j).amount(), currency, RoundingUnit.smallestOf(currency)),
                        () -> "/projects/" + project + "/coFinancing/" + entry + "/amount");
            }
        }
        checkProjectIds(ids).violations().forEach(v::add);
        for (int i = 0; i < costs.size(); i++) {
            int line = i;
            addUnder(v, checkAmount(costs.get(i).amount(), currency, roundingUnit), () -> "/costs/" + line + "/amount");
        }
        finalMunicipalKey.ifPresent(key -> Charter.checkCoverage(members, PartialKey.of(key), Party.MUNICIPALITIES,
                "final municipal key").violations().forEach(x -> v.add(x.under("/finalMunicipalKey"))));
        equity.ifPresent(e -> {
            checkAmount(e.amount(), currency, roundingUnit).violations().forEach(x -> v.add(x.under("/equity/amount")));
            List<EquityPolicy.Step> steps = e.policy().steps();
            for (int i = 0; i < steps.size(); i++) {
                int step = i;
                addUnder(v, checkAmount(steps.get(i).fromSize(), currency, roundingUnit),
                        () -> "/equity/thresholds/" + step + "/fromSize");
            }
        });
        List<MonetaryAmount> costAmounts = new ArrayList<>(costs.size());
        costs.forEach(c -> costAmounts.add(c.amount()));
        List<MonetaryAmount> decided = new ArrayList<>(projects.size());
        projects.forEach(p -> decided.add(p.status().isDecided() ? p.totalCost() : null));
        checkSums(costAmounts, decided, roundingUnit, projectRoundingUnit, currency).violations().forEach(v::add);
        checkYearAsItHappens(members, currency, v);
        if (v.stream().noneMatch(x -> x.code().equals(ViolationCodes.AMOUNT_TOO_LARGE))) {
            // A sum of amounts already too large, or of a sum already too large, is that fault, reported once.
            checkYearSums(financings(), equityAndIncome(), allCosts(), roundingUnit, currency).violations().forEach(v::add);
        }
        if (!v.isEmpty()) {
            throw new FinsamValidationException("annual plan", v);
        }
    }

    /**
     * The rules of the opening equity, the outcome and the forecast, on the plan's own parts (the later
     * years' are {@link #laterContributions}'s).
     */
    private void checkYearAsItHappens(List<PartialMember> members, CurrencyUnit currency, List<Violation> v) {
        openingEquity.ifPresent(e -> checkOpeningEquity(e, currency, roundingUnit).violations().forEach(v::add));
        Map<ProjectId, @Nullable ProjectStatus> statuses = new HashMap<>();
        projects.forEach(p -> statuses.putIfAbsent(p.id(), p.status()));
        outcome.ifPresent(o -> checkOutcome(year, o.date(), o.income(), o.costs(), o.projects(), members, statuses,
                currency, roundingUnit).violations().forEach(v::add));
        forecast.ifPresent(f -> checkForecast(f.costs(), f.projects(), statuses, currency, roundingUnit).violations()
                .forEach(v::add));
        if (forecast.isPresent() && outcome.isPresent()) {
            checkForecastAgainstOutcome(forecast.get().costs(), forecast.get().projects(), outcome.get().costs(),
                    outcome.get().projects()).violations().forEach(v::add);
        }
    }

    /** The financing of every year, the first year's first. */
    private List<Financing> financings() {
        List<Financing> list = new ArrayList<>(1 + laterYears.size());
        list.add(financing);
        laterYears.forEach(y -> list.add(y.financing()));
        return list;
    }

    /** The opening equity and the income received. */
    private List<MonetaryAmount> equityAndIncome() {
        List<MonetaryAmount> list = new ArrayList<>();
        openingEquity.ifPresent(list::add);
        outcome.ifPresent(o -> list.addAll(o.income().values()));
        return list;
    }

    /** Every cost booked, forecast and budgeted: every year's cost lines and the decided projects' total costs. */
    private List<MonetaryAmount> allCosts() {
        List<MonetaryAmount> list = new ArrayList<>();
        outcome.ifPresent(o -> {
            list.addAll(o.costs().values());
            list.addAll(o.projects().values());
        });
        forecast.ifPresent(f -> {
            list.addAll(f.costs().values());
            list.addAll(f.projects().values());
        });
        costs.forEach(c -> list.add(c.amount()));
        laterYears.forEach(y -> y.costs().forEach(c -> list.add(c.amount())));
        projects.stream().filter(p -> p.status().isDecided()).forEach(p -> list.add(p.totalCost()));
        return list;
    }

    /**
     * Checks, on what is known, that what the year as it happens adds up fits in {@link RoundingUnit#MAX_UNITS}
     * units of the rounding unit: the opening equity, the income received and every year's income (a total,
     * or twice a state contribution) together; and every cost booked, forecast and budgeted (every year's
     * cost lines, the decided projects' total costs) together. So the result, the closing equity, the
     * projected equity and the members' shares of each can be computed. An amount that breaks a rule of its
     * own (negative, in another currency, not a multiple of the unit, too large) is left out of the sums: its
     * own violation reports it. A reader passes what it could read; null amounts are unknown and left out. The
     * plan checks these sums only when no other {@link ViolationCodes#AMOUNT_TOO_LARGE} is reported, for such a
     * fault (a financing, a cost line, the budget's costs) makes these sums too large as well.
     *
     * @param financings every year's financing, null where unknown
     * @param equityAndIncome the opening equity and the income received per member, null where unknown
     * @param costs every cost booked, forecast and budgeted, null where unknown
     * @param roundingUnit the rounding unit, or null if unknown (then nothing is checked)
     * @param currency the association's currency, or null if unknown
     * @return the violation at {@code ""} with code {@link ViolationCodes#AMOUNT_TOO_LARGE}, if a sum is too large
     */
    public static ValidationResult checkYearSums(List<@Nullable Financing> financings,
            List<@Nullable MonetaryAmount> equityAndIncome, List<@Nullable MonetaryAmount> costs,
            @Nullable RoundingUnit roundingUnit, @Nullable CurrencyUnit currency) {
        Objects.requireNonNull(financings, "financings");
        Objects.requireNonNull(equityAndIncome, "equityAndIncome");
        Objects.requireNonNull(costs, "costs");
        if (roundingUnit == null) {
            return ValidationResult.valid();
        }
        BigInteger income = BigInteger.ZERO;
        for (Financing f : financings) {
            if (f != null) {
                BigInteger units = countable(f.amount(), roundingUnit, currency);
                income = income.add(f.basis() == Financing.Basis.TOTAL ? units : units.shiftLeft(1));
            }
        }
        for (MonetaryAmount amount : equityAndIncome) {
            income = income.add(countable(amount, roundingUnit, currency));
        }
        BigInteger spent = BigInteger.ZERO;
        for (MonetaryAmount amount : costs) {
            spent = spent.add(countable(amount, roundingUnit, currency));
        }
        BigInteger limit = BigInteger.valueOf(RoundingUnit.MAX_UNITS);
        List<Violation> v = new ArrayList<>(1);
        if (income.compareTo(limit) > 0 || spent.compareTo(limit) > 0) {
            v.add(Violation.of("", ViolationCodes.AMOUNT_TOO_LARGE, "The plan's opening equity, income received and income of its "
                    + financings.size() + " years sum to " + decimal(income, roundingUnit) + ", its costs to "
                    + decimal(spent, roundingUnit) + ": each sum may have at most " + RoundingUnit.MAX_UNITS
                    + " units of " + roundingUnit));
        }
        return ValidationResult.of(v);
    }

    /** The units of an amount that follows its own rules and is not negative, else zero. */
    private static BigInteger countable(@Nullable MonetaryAmount amount, RoundingUnit unit, @Nullable CurrencyUnit currency) {
        if (amount == null || amount.isNegative() || (currency != null && !sameCurrency(amount, currency))) {
            return BigInteger.ZERO;
        }
        try {
            return BigInteger.valueOf(unit.unitsOf(amount));
        } catch (FinsamValidationException e) {
            return BigInteger.ZERO;
        }
    }

    /**
     * Checks the opening equity: in the association's currency, a whole multiple of the rounding unit, and
     * not negative, for the members cover a deficit (the Finsam law, 9 § point 8). A reader that could not
     * read the currency or the unit passes null, and the rule that needs it is skipped.
     *
     * <pre>{@code AnnualPlan.checkOpeningEquity(sek("-1"), SEK, RoundingUnit.KRONA)   // /openingEquity amount.negative}</pre>
     *
     * @param amount the opening equity
     * @param currency the association's currency, or null if unknown
     * @param roundingUnit the rounding unit, or null if unknown
     * @return the violations, at {@code /openingEquity}
     */
    public static ValidationResult checkOpeningEquity(MonetaryAmount amount, @Nullable CurrencyUnit currency,
            @Nullable RoundingUnit roundingUnit) {
        Objects.requireNonNull(amount, "amount");
        List<Violation> v = new ArrayList<>(2);
        checkAmount(amount, currency, roundingUnit).violations().forEach(x -> v.add(x.under("/openingEquity")));
        if (amount.isNegative()) {
            v.add(Violation.of("/openingEquity", ViolationCodes.AMOUNT_NEGATIVE, "Opening equity must not be negative:"
                    + " the members cover a deficit (the Finsam law, 9 § point 8), was " + AmountFormat.plain(amount)));
        }
        return ValidationResult.of(v);
    }

    /**
     * Checks what a plan asks of its outcome, on what is known of it and of the plan: the outcome is dated
     * in the plan's year; income is received from members of the association; the projects booked are the
     * plan's decided projects; every amount is in the association's currency and a whole multiple of the
     * rounding unit. (That no amount is negative, {@link Outcome#check} checks.) A reader that reports every
     * fault of a document at once passes null for what it could not read, and leaves out the entries it
     * could not read; the rules that need what is unknown are skipped: with a member of unknown id, no
     * member is said to be unknown; with a project of unknown id, no project; with a project of unknown
     * status, it is not said to be undecided.
     *
     * <pre>{@code
     * AnnualPlan.checkOutcome(2007, LocalDate.of(2007, 4, 30), Map.of(), Map.of(),
     *         Map.of(ProjectId.of("x"), sek("1000")), members, Map.of(), SEK, RoundingUnit.KRONA);
     *         // /outcome/projects/x outcome.unknown-project
     * }</pre>
     *
     * @param year the plan's year, or null if unknown
     * @param date the outcome's date, or null if unknown
     * @param income the income received per member that could be read
     * @param costs the costs booked per category that could be read
     * @param projects the costs booked per project that could be read
     * @param members what is known of the association's members, in order; null if nothing is known
     * @param planProjects the status of each of the plan's projects by id (null where unknown); null if
     *     some project's id is unknown
     * @param currency the association's currency, or null if unknown
     * @param roundingUnit the rounding unit, or null if unknown
     * @return every violation, at {@code /outcome/date}, {@code /outcome/income/<member>},
     *     {@code /outcome/costs/<category>} and {@code /outcome/projects/<project>}
     */
    @SuppressWarnings("TooManyParameters") // the outcome's parts and what the plan knows of them
    public static ValidationResult checkOutcome(@Nullable Integer year, @Nullable LocalDate date,
            Map<MemberId, MonetaryAmount> income, Map<CostCategory, MonetaryAmount> costs,
            Map<ProjectId, MonetaryAmount> projects, @Nullable List<PartialMember> members,
            @Nullable Map<ProjectId, @Nullable ProjectStatus> planProjects, @Nullable CurrencyUnit currency,
            @Nullable RoundingUnit roundingUnit) {
        Objects.requireNonNull(income, "income");
        List<Violation> v = new ArrayList<>();
        if (year != null && date != null && date.getYear() != year) {
            v.add(Violation.of("/outcome/date", ViolationCodes.OUTCOME_DATE_OUTSIDE_YEAR, "The outcome must be dated in "
                    + year + ", the plan's year, was " + date));
        }
        MemberIndex index = MemberIndex.of(members);
        for (Map.Entry<MemberId, MonetaryAmount> e : income.entrySet()) {
            String path = Violation.pointer("outcome", "income", e.getKey());
            if (!index.idUnknown() && !index.byId().containsKey(e.getKey())) {
                v.add(Violation.of(path, ViolationCodes.OUTCOME_UNKNOWN_MEMBER, "Income received from '" + e.getKey()
                        + "', which is not a member of the association"));
            }
            checkAmount(e.getValue(), currency, roundingUnit).violations().forEach(x -> v.add(x.under(path)));
        }
        checkCosts("outcome", costs, projects, planProjects, currency, roundingUnit, v);
        return ValidationResult.of(v);
    }

    /**
     * Checks what a plan asks of its forecast, on what is known of it and of the plan, as
     * {@link #checkOutcome} does of an outcome's costs: the projects forecast are the plan's decided
     * projects, and every amount is in the association's currency and a whole multiple of the rounding unit.
     *
     * <pre>{@code
     * AnnualPlan.checkForecast(Map.of(), Map.of(ProjectId.of("ansokan"), sek("1000")),
     *         Map.of(ProjectId.of("ansokan"), ProjectStatus.APPLIED), SEK, RoundingUnit.KRONA);
     *         // /forecast/projects/ansokan outcome.project-not-decided
     * }</pre>
     *
     * @param costs the forecast costs per category that could be read
     * @param projects the forecast costs per project that could be read
     * @param planProjects the status of each of the plan's projects by id (null where unknown); null if
     *     some project's id is unknown
     * @param currency the association's currency, or null if unknown
     * @param roundingUnit the rounding unit, or null if unknown
     * @return every violation, at {@code /forecast/costs/<category>} and {@code /forecast/projects/<project>}
     */
    public static ValidationResult checkForecast(Map<CostCategory, MonetaryAmount> costs,
            Map<ProjectId, MonetaryAmount> projects, @Nullable Map<ProjectId, @Nullable ProjectStatus> planProjects,
            @Nullable CurrencyUnit currency, @Nullable RoundingUnit roundingUnit) {
        List<Violation> v = new ArrayList<>();
        checkCosts("forecast", costs, projects, planProjects, currency, roundingUnit, v);
        return ValidationResult.of(v);
    }

    /**
     * Checks that a forecast of the whole year is not below what is booked to date for the same cost category
     * or project: the year's cost cannot end below what it has already cost. Amounts in another currency than
     * their counterpart are left to their own checks.
     *
     * <pre>{@code
     * AnnualPlan.checkForecastAgainstOutcome(Map.of(), Map.of(ProjectId.of("flen-soc-af"), sek("100000")),
     *         Map.of(), Map.of(ProjectId.of("flen-soc-af"), sek("320000")));
     *         // /forecast/projects/flen-soc-af forecast.below-outcome
     * }</pre>
     *
     * @param forecastCosts the forecast costs per category that could be read
     * @param forecastProjects the forecast costs per project that could be read
     * @param outcomeCosts the costs booked per category that could be read
     * @param outcomeProjects the costs booked per project that could be read
     * @return every violation, at {@code /forecast/costs/<category>} and {@code /forecast/projects/<project>}
     */
    public static ValidationResult checkForecastAgainstOutcome(Map<CostCategory, MonetaryAmount> forecastCosts,
            Map<ProjectId, MonetaryAmount> forecastProjects, Map<CostCategory, MonetaryAmount> outcomeCosts,
            Map<ProjectId, MonetaryAmount> outcomeProjects) {
        List<Violation> v = new ArrayList<>();
        below("costs", forecastCosts, outcomeCosts, v);
        below("projects", forecastProjects, outcomeProjects, v);
        return ValidationResult.of(v);
    }

    private static <K> void below(String part, Map<K, MonetaryAmount> forecast, Map<K, MonetaryAmount> outcome,
            List<Violation> v) {
        forecast.forEach((key, amount) -> {
            MonetaryAmount booked = outcome.get(key);
            if (booked != null && amount.getCurrency().equals(booked.getCurrency()) && amount.isLessThan(booked)) {
                v.add(Violation.of(Violation.pointer("forecast", part, key), ViolationCodes.FORECAST_BELOW_OUTCOME,
                        "Forecast of '" + key + "' for the whole year is " + AmountFormat.plain(amount)
                                + ", below the " + AmountFormat.plain(booked) + " already booked"));
            }
        });
    }

    /** Checks an outcome's or forecast's costs, adding to {@code v}. */
    private static void checkCosts(String part, Map<CostCategory, MonetaryAmount> byCategory,
            Map<ProjectId, MonetaryAmount> byProject, @Nullable Map<ProjectId, @Nullable ProjectStatus> known,
            @Nullable CurrencyUnit currency, @Nullable RoundingUnit roundingUnit, List<Violation> v) {
        Objects.requireNonNull(byCategory, "costs");
        Objects.requireNonNull(byProject, "projects");
        for (Map.Entry<CostCategory, MonetaryAmount> e : byCategory.entrySet()) {
            String path = Violation.pointer(part, "costs", e.getKey());
            checkAmount(e.getValue(), currency, roundingUnit).violations().forEach(x -> v.add(x.under(path)));
        }
        String what = "outcome".equals(part) ? "Outcome" : "Forecast";
        for (Map.Entry<ProjectId, MonetaryAmount> e : byProject.entrySet()) {
            String path = Violation.pointer(part, "projects", e.getKey());
            if (known != null && !known.containsKey(e.getKey())) {
                v.add(Violation.of(path, ViolationCodes.OUTCOME_UNKNOWN_PROJECT, what + " of project '" + e.getKey()
                        + "', which the plan does not have"));
            } else if (known != null && known.get(e.getKey()) != null && !known.get(e.getKey()).isDecided()) {
                v.add(Violation.of(path, ViolationCodes.OUTCOME_PROJECT_NOT_DECIDED, what + " of project '" + e.getKey()
                        + "', which is " + known.get(e.getKey()) + ", not decided: the budget leaves it out"));
            }
            checkAmount(e.getValue(), currency, roundingUnit).violations().forEach(x -> v.add(x.under(path)));
        }
    }

    /**
     * What is known of a later year while a document is read: its year, its financing, its cost lines'
     * amounts and its municipal key, each of which may be unknown because the document's value could not
     * be read. The rules of {@link #checkLaterYears} that need an unknown part are skipped for it.
     *
     * @param year the year, or null if unknown
     * @param financing the financing, or null if unknown
     * @param costs the amount of each cost line, in order, null where unknown
     * @param municipalKey what is known of the year's municipal key; empty if it has none
     */
    public record PartialYear(@Nullable Integer year, @Nullable Financing financing, List<@Nullable MonetaryAmount> costs,
            Optional<PartialKey> municipalKey) {

        /**
         * Copies the amounts.
         *
         * @param year the year, or null if unknown
         * @param financing the financing, or null if unknown
         * @param costs the amount of each cost line, null where unknown
         * @param municipalKey what is known of the municipal key, or empty
         */
        public PartialYear {
            costs = java.util.Collections.unmodifiableList(new ArrayList<>(Objects.requireNonNull(costs, "costs")));
            Objects.requireNonNull(municipalKey, "municipalKey");
        }

        /**
         * Obtains everything known of a later year.
         *
         * @param year the later year
         * @return the partial year, with nothing unknown
         */
        public static PartialYear of(PlanYear year) {
            List<@Nullable MonetaryAmount> amounts = new ArrayList<>(year.costs().size());
            year.costs().forEach(c -> amounts.add(c.amount()));
            return new PartialYear(year.year(), year.financing(), amounts, year.municipalKey().map(PartialKey::of));
        }
    }

    /**
     * Checks what a plan asks of its later years, on what is known of them and of the plan: at most
     * {@value #MAX_YEARS} years in all; the later years follow the plan's year one by one, in order
     * ({@code year + 1}, {@code year + 2}, ...); each year's financing is in the association's currency and
     * a whole multiple of the rounding unit; its cost lines too, and they sum to at most
     * {@link RoundingUnit#MAX_UNITS} units; its municipal key covers exactly the municipalities. With too
     * many years, each year is still checked. A reader that reports every fault of a document at once passes
     * null for what it could not read, and the rules that need it are skipped.
     *
     * <pre>{@code
     * AnnualPlan.checkLaterYears(2007, List.of(new PartialYear(2006, total, List.of(), Optional.empty())),
     *         members, RoundingUnit.KRONA, SEK);   // /laterYears/0/year plan.year-out-of-order
     * }</pre>
     *
     * @param year the plan's (first) year, or null if unknown
     * @param laterYears what is known of each later year, in order
     * @param members what is known of the association's members, in order; null if nothing is known
     * @param roundingUnit the rounding unit, or null if unknown
     * @param currency the association's currency, or null if unknown
     * @return every violation, at {@code /laterYears} and below it: {@code /laterYears/1/year},
     *     {@code /laterYears/0/financing/total}, {@code /laterYears/0/costs/2/amount},
     *     {@code /laterYears/0/municipalKey/values/flen}
     */
    public static ValidationResult checkLaterYears(@Nullable Integer year, List<PartialYear> laterYears,
            @Nullable List<PartialMember> members, @Nullable RoundingUnit roundingUnit, @Nullable CurrencyUnit currency) {
        Objects.requireNonNull(laterYears, "laterYears");
        List<Violation> v = new ArrayList<>();
        if (laterYears.size() > MAX_YEARS - 1) {
            v.add(Violation.of("/laterYears", ViolationCodes.PLAN_TOO_MANY_YEARS, "A plan covers at most " + MAX_YEARS
                    + " years, the first and " + (MAX_YEARS - 1) + " later ones, but has " + laterYears.size()
                    + " later years"));
        }
        for (int i = 0; i < laterYears.size(); i++) {
            checkLaterYear(year, i, laterYears.get(i), members, roundingUnit, currency, v);
        }
        return ValidationResult.of(v);
    }

    /** Checks later year {@code i}, adding to {@code v}. */
    private static void checkLaterYear(@Nullable Integer year, int i, PartialYear later, @Nullable List<PartialMember> members,
            @Nullable RoundingUnit roundingUnit, @Nullable CurrencyUnit currency, List<Violation> v) {
        String path = "/laterYears/" + i;
        if (later.year() != null && (later.year() < MIN_YEAR || later.year() > MAX_YEAR)) {
            // Out of range first, as a document's reader says: 2300 anywhere, or 2201 after a plan for 2200.
            checkYear(later.year()).violations().forEach(x -> v.add(x.under(path)));
        } else if (year != null && later.year() != null && later.year() != (long) year + i + 1) {
            v.add(Violation.of(path + "/year", ViolationCodes.PLAN_YEAR_OUT_OF_ORDER, "Later year " + (i + 1)
                    + " of a plan for " + year + " must be " + ((long) year + i + 1)
                    + ", the year after the one before it, was " + later.year()));
        }
        Financing financing = later.financing();
        if (financing != null) {
            MonetaryAmount amount = financing.amount();
            if (currency != null && !sameCurrency(amount, currency)) {
                v.add(Violation.of(path + (financing.basis() == Financing.Basis.TOTAL ? "/financing/total"
                        : "/financing/stateContribution"), ViolationCodes.AMOUNT_CURRENCY_MISMATCH, "Financing of "
                        + (later.year() != null ? later.year() : "later year " + (i + 1)) + " is in "
                        + amount.getCurrency().getCurrencyCode() + ", the association in " + currency.getCurrencyCode()));
            } else if (roundingUnit != null) {
                StatutorySplit.checkAmount(financing, roundingUnit).violations().forEach(x -> v.add(x.under(path)));
            }
        }
        for (int j = 0; j < later.costs().size(); j++) {
            MonetaryAmount amount = later.costs().get(j);
            if (amount != null) {
                String at = path + "/costs/" + j + "/amount";
                checkAmount(amount, currency, roundingUnit).violations().forEach(x -> v.add(x.under(at)));
            }
        }
        if (roundingUnit != null) {
            checkSums(later.costs(), List.of(), roundingUnit, roundingUnit, currency).violations()
                    .forEach(x -> v.add(x.under(path)));
        }
        if (later.municipalKey().isPresent() && members != null) {
            Charter.checkCoverage(members, later.municipalKey().get(), Party.MUNICIPALITIES, "municipal key of "
                    + (later.year() != null ? later.year() : "later year " + (i + 1))).violations()
                    .forEach(x -> v.add(x.under(path + "/municipalKey")));
        }
    }

    /**
     * Checks the sums a budget and a schedule form, cheaply and conservatively, without computing a
     * schedule: the cost lines and the total costs of the decided projects (every status but
     * {@code APPLIED}), at the rounding unit, sum to at most {@link RoundingUnit#MAX_UNITS} units, each and
     * together. As no amount is negative, every sum a command forms then fits: a year's project costs, the
     * costs by category, income − costs − project costs, the commitments, and the decided projects' total
     * per year. An amount that breaks a rule of its own (currency, sign, unit, size) or is unknown (null)
     * is left out: its own violation is the report, and the others' sum is still a lower bound of the whole,
     * so a sum found too large is too large whatever else is wrong.
     *
     * <pre>{@code AnnualPlan.checkSums(List.of(sek("900000000000000"), sek("900000000000000")), List.of(),
     *         RoundingUnit.KRONA, RoundingUnit.KRONA, SEK)   // /costs amount.too-large}</pre>
     *
     * @param costs the cost lines' amounts, null where unknown
     * @param decidedProjectCosts the total cost of each decided project, null where unknown or not decided
     * @param unit the rounding unit
     * @param projectUnit the project rounding unit, or null if unknown (then the projects are left out)
     * @param currency the association's currency, or null if unknown
     * @return the violations, at {@code /costs}, {@code /projects} or the root
     */
    public static ValidationResult checkSums(List<@Nullable MonetaryAmount> costs,
            List<@Nullable MonetaryAmount> decidedProjectCosts, RoundingUnit unit, @Nullable RoundingUnit projectUnit,
            @Nullable CurrencyUnit currency) {
        Objects.requireNonNull(costs, "costs");
        Objects.requireNonNull(decidedProjectCosts, "decidedProjectCosts");
        Objects.requireNonNull(unit, "unit");
        List<Violation> v = new ArrayList<>();
        BigInteger costUnits = BigInteger.ZERO;
        for (MonetaryAmount amount : costs) {
            costUnits = costUnits.add(countedUnits(amount, unit, currency));
        }
        BigInteger projectUnits = BigInteger.ZERO;
        BigInteger factor = BigInteger.ZERO; // units of the rounding unit in one project unit; zero when unknown
        if (projectUnit != null) {
            try {
                factor = BigInteger.valueOf(unit.unitsOf(projectUnit.value()));
            } catch (FinsamValidationException e) {
                factor = BigInteger.ZERO; // not whole: reported by checkUnits
            }
        }
        if (factor.signum() > 0) {
            for (MonetaryAmount cost : decidedProjectCosts) { // factor > 0: projectUnit is known
                projectUnits = projectUnits.add(countedUnits(cost, Objects.requireNonNull(projectUnit), currency).multiply(factor));
            }
        }
        BigInteger max = BigInteger.valueOf(RoundingUnit.MAX_UNITS);
        String limit = ", more than the " + RoundingUnit.MAX_UNITS + " units of " + unit + " a budget may have";
        if (costUnits.compareTo(max) > 0) {
            v.add(Violation.of("/costs", ViolationCodes.AMOUNT_TOO_LARGE, "Costs sum to " + decimal(costUnits, unit) + limit));
        }
        if (projectUnits.compareTo(max) > 0) {
            v.add(Violation.of("/projects", ViolationCodes.AMOUNT_TOO_LARGE, "The total costs of the decided projects sum to "
                    + decimal(projectUnits, unit) + limit));
        }
        if (costUnits.compareTo(max) <= 0 && projectUnits.compareTo(max) <= 0 && costUnits.add(projectUnits).compareTo(max) > 0) {
            v.add(Violation.of("", ViolationCodes.AMOUNT_TOO_LARGE, "Costs of " + decimal(costUnits, unit)
                    + " and the decided projects' total costs of " + decimal(projectUnits, unit) + " sum to "
                    + decimal(costUnits.add(projectUnits), unit) + limit));
        }
        return ValidationResult.of(v);
    }

    /** The units of an amount that follows its own rules, else zero (its own violation reports it). */
    private static BigInteger countedUnits(@Nullable MonetaryAmount amount, RoundingUnit unit,
            @Nullable CurrencyUnit currency) {
        if (amount == null || amount.isNegative() || (currency != null && !sameCurrency(amount, currency))) {
            return BigInteger.ZERO;
        }
        try {
            return BigInteger.valueOf(unit.unitsOf(amount));
        } catch (FinsamValidationException e) {
            return BigInteger.ZERO;
        }
    }

    private static String decimal(BigInteger units, RoundingUnit unit) {
        return AmountFormat.plain(new BigDecimal(units).multiply(unit.value()));
    }

    /**
     * Checks a budget year: from {@value #MIN_YEAR} to {@value #MAX_YEAR}.
     *
     * @param year the year
     * @return the violation at {@code /year}, if any
     */
    public static ValidationResult checkYear(long year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            return ValidationResult.of(List.of(Violation.of("/year", ViolationCodes.YEAR_OUT_OF_RANGE, "Year must be from "
                    + MIN_YEAR + " to " + MAX_YEAR + ", was " + year)));
        }
        return ValidationResult.valid();
    }

    /**
     * Checks that the project rounding unit is a whole multiple of the rounding unit: a project schedule in
     * thousands suits contributions in kronor, not the other way round.
     *
     * <pre>{@code AnnualPlan.checkUnits(RoundingUnit.THOUSAND, RoundingUnit.KRONA)  // unit.not-multiple-of-rounding-unit}</pre>
     *
     * @param roundingUnit the unit of contributions, costs and the budget
     * @param projectRoundingUnit the unit of project cost schedules
     * @return the violation at {@code /projectRoundingUnit}, if any
     */
    public static ValidationResult checkUnits(RoundingUnit roundingUnit, RoundingUnit projectRoundingUnit) {
        Objects.requireNonNull(roundingUnit, "roundingUnit");
        Objects.requireNonNull(projectRoundingUnit, "projectRoundingUnit");
        try {
            roundingUnit.unitsOf(projectRoundingUnit.value());
            return ValidationResult.valid();
        } catch (FinsamValidationException e) {
            return ValidationResult.of(List.of(Violation.of("/projectRoundingUnit", ViolationCodes.UNIT_NOT_MULTIPLE_OF_ROUNDING_UNIT,
                    "Project rounding unit " + projectRoundingUnit + " must be a whole multiple of the rounding unit "
                            + roundingUnit)));
        }
    }

    /**
     * Checks what a plan asks of one project, on what is known of it and of the members: every member and
     * the owner it names is a member of the association; its members span at least two parties; its amounts
     * are in the association's currency and whole multiples of the project rounding unit. A reader that
     * reports every fault of a document at once passes {@code null} for what it could not read, and the
     * rules that need it are skipped: a member of unknown id or kind hides nothing but its own party.
     *
     * <pre>{@code
     * AnnualPlan.checkProject(members, ProjectId.of("p"), List.of(koping, arboga), Optional.empty(),
     *         sek("120000"), Map.of(), RoundingUnit.KRONA, SEK);   // /members project.single-party
     * }</pre>
     *
     * @param members what is known of the association's members, in order; null if nothing is known
     * @param id the project's id, or null if unknown
     * @param projectMembers the members the project names, null elements where unknown
     * @param owner the project's owner, empty if none; null if unknown
     * @param totalCost the total cost, or null if unknown
     * @param costByYear the explicit amounts that could be read (null values where unknown), or null
     * @param projectRoundingUnit the unit of project schedules, or null if unknown
     * @param currency the association's currency, or null if unknown
     * @return every violation, at paths below the project: {@code /members/2}, {@code /owner},
     *     {@code /totalCost}, {@code /costByYear/2007}
     */
    @SuppressWarnings("NullableOptional") // owner: empty if none, null if it could not be read
    public static ValidationResult checkProject(@Nullable List<PartialMember> members, @Nullable ProjectId id,
            List<@Nullable MemberId> projectMembers, @Nullable Optional<MemberId> owner, @Nullable MonetaryAmount totalCost,
            @Nullable Map<Integer, @Nullable MonetaryAmount> costByYear, @Nullable RoundingUnit projectRoundingUnit,
            @Nullable CurrencyUnit currency) {
        return checkProject(MemberIndex.of(members), id, projectMembers, owner, totalCost, costByYear, projectRoundingUnit,
                currency);
    }

    /**
     * The members by id, made once for all of a plan's projects; {@code idUnknown} when some member's id
     * (or every member) is unknown, so that no name can be said to be unknown.
     */
    private record MemberIndex(Map<MemberId, PartialMember> byId, boolean idUnknown) {
        static MemberIndex of(@Nullable List<PartialMember> members) {
            // Members not known at all (the association could not be read): like one member of unknown id and kind.
            boolean idUnknown = members == null;
            Map<MemberId, PartialMember> byId = new HashMap<>();
            for (PartialMember m : members != null ? members : List.<PartialMember>of()) {
                if (m.id() == null) {
                    idUnknown = true;
                } else {
                    byId.putIfAbsent(m.id(), m);
                }
            }
            return new MemberIndex(byId, idUnknown);
        }
    }

    @SuppressWarnings("NullableOptional") // owner: empty if none, null if it could not be read
    private static ValidationResult checkProject(MemberIndex index, @Nullable ProjectId id,
            List<@Nullable MemberId> projectMembers, @Nullable Optional<MemberId> owner, @Nullable MonetaryAmount totalCost,
            @Nullable Map<Integer, @Nullable MonetaryAmount> costByYear, @Nullable RoundingUnit projectRoundingUnit,
            @Nullable CurrencyUnit currency) {
        Objects.requireNonNull(projectMembers, "projectMembers");
        List<Violation> v = new ArrayList<>();
        Supplier<String> label = () -> id != null ? "Project '" + id + "'" : "The project";
        Map<MemberId, PartialMember> byId = index.byId();
        boolean idUnknown = index.idUnknown();
        Set<Party> parties = EnumSet.noneOf(Party.class);
        boolean partiesKnown = true;
        for (int j = 0; j < projectMembers.size(); j++) {
            MemberId named = projectMembers.get(j);
            PartialMember m = named == null ? null : byId.get(named);
            if (named == null || (m == null && idUnknown)) {
                partiesKnown = false;
            } else if (m == null) {
                partiesKnown = false;
                v.add(Violation.of("/members/" + j, ViolationCodes.PROJECT_UNKNOWN_MEMBER, label.get() + " names unknown member '"
                        + named + "'"));
            } else if (m.kind() == null) {
                partiesKnown = false;
            } else {
                parties.add(m.kind().party());
            }
        }
        if (!projectMembers.isEmpty() && partiesKnown && parties.size() < 2) {
            v.add(Violation.of("/members", ViolationCodes.PROJECT_SINGLE_PARTY, label.get() + " involves only the party "
                    + parties.iterator().next() + "; a project needs at least two parties (two municipalities are one party)"));
        }
        if (owner != null && owner.isPresent() && !byId.containsKey(owner.get()) && !idUnknown) {
            v.add(Violation.of("/owner", ViolationCodes.PROJECT_UNKNOWN_MEMBER, "Owner '" + owner.get() + "' of "
                    + (id != null ? "project '" + id + "'" : "the project") + " is not a member"));
        }
        if (totalCost != null && currency != null && !sameCurrency(totalCost, currency)) {
            v.add(Violation.of("/totalCost", ViolationCodes.AMOUNT_CURRENCY_MISMATCH, label.get() + " is costed in "
                    + totalCost.getCurrency().getCurrencyCode() + ", the association in " + currency.getCurrencyCode()));
        } else if (projectRoundingUnit != null) {
            // What a schedule needs of its amounts, checked without computing it: whole units.
            if (totalCost != null) {
                collect(v, "/totalCost", () -> projectRoundingUnit.unitsOf(totalCost));
            }
            if (costByYear != null) {
                costByYear.forEach((year, amount) -> {
                    if (amount != null) {
                        collect(v, "/costByYear/" + year, () -> projectRoundingUnit.unitsOf(amount));
                    }
                });
            }
        }
        return ValidationResult.of(v);
    }

    /**
     * Checks that project ids are unique.
     *
     * @param ids each project's id in order, null where unknown
     * @return a violation at {@code /projects/<i>/id} for each repeated id
     */
    public static ValidationResult checkProjectIds(List<@Nullable ProjectId> ids) {
        Objects.requireNonNull(ids, "ids");
        List<Violation> v = new ArrayList<>();
        Map<ProjectId, Integer> seen = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            ProjectId id = ids.get(i);
            Integer earlier = id == null ? null : seen.putIfAbsent(id, i);
            if (earlier != null) {
                v.add(Violation.of("/projects/" + i + "/id", ViolationCodes.PROJECT_DUPLICATE_ID, "Project id '" + id
                        + "' is used by projects " + earlier + " and " + i));
            }
        }
        return ValidationResult.of(v);
    }

    /**
     * Checks an amount of the plan outside the projects (a cost line, equity, a threshold): in the
     * association's currency and a whole multiple of the rounding unit.
     *
     * @param amount the amount
     * @param currency the association's currency, or null if unknown
     * @param roundingUnit the rounding unit, or null if unknown
     * @return the violation, at path {@code ""}, if any
     */
    public static ValidationResult checkAmount(MonetaryAmount amount, @Nullable CurrencyUnit currency,
            @Nullable RoundingUnit roundingUnit) {
        Objects.requireNonNull(amount, "amount");
        List<Violation> v = new ArrayList<>(1);
        if (currency != null && !sameCurrency(amount, currency)) {
            v.add(Violation.of("", ViolationCodes.AMOUNT_CURRENCY_MISMATCH, "Amount "
                    + AmountFormat.plain(amount) + " is in "
                    + amount.getCurrency().getCurrencyCode() + ", the association in " + currency.getCurrencyCode()));
        } else if (roundingUnit != null) {
            collect(v, "", () -> roundingUnit.unitsOf(amount));
        }
        return ValidationResult.of(v);
    }

    private static boolean sameCurrency(MonetaryAmount amount, CurrencyUnit currency) {
        return amount.getCurrency().getCurrencyCode().equals(currency.getCurrencyCode());
    }

    /**
     * Obtains a builder for a plan; rounding units default to one krona (the project unit to the
     * rounding unit), and there are no projects, costs, final key or equity until set.
     *
     * @param association the association
     * @param year the budget year
     * @param financing the total, or the state's contribution
     * @return a new builder
     */
    public static Builder builder(CoordinationAssociation association, int year, Financing financing) {
        return new Builder(association, year, financing);
    }

    /**
     * Returns the association.
     *
     * @return the association
     */
    public CoordinationAssociation association() {
        return association;
    }

    /**
     * Returns the budget year.
     *
     * @return the year
     */
    public int year() {
        return year;
    }

    /**
     * Returns the financing: the total, or the state's contribution.
     *
     * @return the financing
     */
    public Financing financing() {
        return financing;
    }

    /**
     * Returns the unit of contributions, costs and the budget.
     *
     * @return the rounding unit
     */
    public RoundingUnit roundingUnit() {
        return roundingUnit;
    }

    /**
     * Returns the unit of project cost schedules; a multiple of {@link #roundingUnit()}.
     *
     * @return the project rounding unit
     */
    public RoundingUnit projectRoundingUnit() {
        return projectRoundingUnit;
    }

    /**
     * Returns the projects, in order.
     *
     * @return the projects, unmodifiable
     */
    public List<Project> projects() {
        return projects;
    }

    /**
     * Returns the year's costs outside the projects, in order.
     *
     * @return the cost lines, unmodifiable
     */
    public List<CostLine> costs() {
        return costs;
    }

    /**
     * Returns the final municipal key, when the association's key is preliminary (docs/domain.md,
     * Preliminary and final keys: the settlement).
     *
     * @return the final key, if given
     */
    public Optional<ContributionKey> finalMunicipalKey() {
        return finalMunicipalKey;
    }

    /**
     * Returns the equity at year end and its reasonable levels (docs/domain.md, Equity).
     *
     * @return the equity, if given
     */
    public Optional<Equity> equity() {
        return equity;
    }

    /**
     * Returns the equity at the start of the year (ingående eget kapital), which the year's result adds to.
     *
     * @return the opening equity, if given; not negative
     */
    public Optional<MonetaryAmount> openingEquity() {
        return openingEquity;
    }

    /**
     * Returns the note for people, e.g. which figures are published and which illustrative.
     *
     * @return the note, if given
     */
    public Optional<String> note() {
        return note;
    }

    /**
     * Returns the outcome of the year to a date (docs/domain.md, The year as it happens).
     *
     * @return the outcome, if given
     */
    public Optional<Outcome> outcome() {
        return outcome;
    }

    /**
     * Returns the forecast of the year's costs; what it does not give is forecast at its budget.
     *
     * @return the forecast, if given
     */
    public Optional<Forecast> forecast() {
        return forecast;
    }

    /**
     * Returns the years after the first that the plan looks ahead to (docs/domain.md, The multi-year plan).
     *
     * @return the later years, in order; empty for a plan of one year
     */
    public List<PlanYear> laterYears() {
        return laterYears;
    }

    /**
     * Returns the contributions of a later year, by its financing and its municipal key, computed when the
     * plan was checked.
     *
     * @param index the later year's index, 0 for the year after the first
     * @return the statutory split of that year
     * @throws IndexOutOfBoundsException if there is no such later year
     */
    public ContributionSplit laterContributions(int index) {
        return laterContributions.get(index);
    }

    /**
     * Returns the municipal key in force at the end of the plan's (first) year: the final key when the plan
     * gives one, for it is what the members pay once settled; otherwise the association's.
     *
     * @return the association with the key in force
     */
    public CoordinationAssociation associationAtYearEnd() {
        return finalMunicipalKey.map(association::withMunicipalKey).orElse(association);
    }

    /**
     * Returns every member's contribution for the year (the Finsam law, 5 §; docs/domain.md, The statutory
     * split), computed when the plan was checked.
     *
     * @return the statutory split
     */
    public ContributionSplit contributions() {
        return contributions;
    }

    /**
     * Returns every project's cost per budget year at the project rounding unit (docs/domain.md, Projects
     * and their costs per year), computed when first asked for.
     *
     * @return the schedules, in project order, unmodifiable
     */
    public List<CostSchedule> schedules() {
        return held(schedules, () -> projects.stream().map(p -> p.schedule(projectRoundingUnit)).toList());
    }

    /**
     * Returns the settlement between the contributions on the association's (preliminary) municipal key
     * and on the final key (docs/domain.md, Preliminary and final keys: the settlement), computed when
     * first asked for.
     *
     * @return the settlement, or empty when no final key is given
     */
    public Optional<Settlement> settlement() {
        return held(settlement, () -> finalMunicipalKey.map(key -> Settlement.between(contributions,
                association.withMunicipalKey(key).contributions(financing, roundingUnit))));
    }

    /**
     * Returns the budget for the year (docs/domain.md, The budget), with commitments, reserve, settlement
     * and equity, computed when first asked for.
     *
     * @return the budget
     */
    public Budget budget() {
        return held(budget, () -> Budget.compute(this));
    }

    /**
     * Returns the follow-up of the budget: budget, outcome to date and forecast per cost category and
     * project, with the deviations (docs/domain.md, The year as it happens), computed when first asked for.
     *
     * @return the follow-up; without an outcome, nothing is booked and the forecast decides
     */
    public BudgetFollowUp followUp() {
        return held(followUp, () -> BudgetFollowUp.compute(this));
    }

    /**
     * Returns the year-end result, the equity it closes with, the reserve for commitments and the members'
     * shares (docs/domain.md, The year-end result), computed when first asked for.
     *
     * @return the year end
     */
    public YearEnd yearEnd() {
        return held(yearEnd, () -> YearEnd.compute(this));
    }

    /**
     * Returns the multi-year plan: income, costs, disposable amount, commitments and reserve per year, from
     * the first year to the last later year (docs/domain.md, The multi-year plan), computed when first asked
     * for. Its first year equals the {@link #budget()}.
     *
     * @return the multi-year plan
     */
    public MultiYearPlan multiYear() {
        return held(multiYear, () -> MultiYearPlan.compute(this));
    }

    /** The value held, computed and set first if there is none: a race computes equal values, the first set wins. */
    private static <T> T held(AtomicReference<T> holder, Supplier<T> compute) {
        T value = holder.get();
        if (value == null) {
            holder.compareAndSet(null, compute.get());
            value = Objects.requireNonNull(holder.get(), "set above and never cleared");
        }
        return value;
    }

    /**
     * Compares every part of the plan: association, year, financing, units, projects, costs, final key
     * and equity.
     *
     * @param obj the other object
     * @return true for an equal plan
     */
    @Override
    public boolean equals(Object obj) {
        return obj == this || (obj instanceof AnnualPlan other && association.equals(other.association)
                && year == other.year && financing.equals(other.financing) && roundingUnit.equals(other.roundingUnit)
                && projectRoundingUnit.equals(other.projectRoundingUnit) && projects.equals(other.projects)
                && costs.equals(other.costs) && finalMunicipalKey.equals(other.finalMunicipalKey)
                && equity.equals(other.equity) && openingEquity.equals(other.openingEquity)
                && outcome.equals(other.outcome) && forecast.equals(other.forecast) && laterYears.equals(other.laterYears)
                && note.equals(other.note));
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(association, year, financing, roundingUnit, projectRoundingUnit, projects, costs,
                finalMunicipalKey, equity, openingEquity, outcome, forecast, laterYears, note);
    }

    /**
     * Returns the parts of the plan, as a record would.
     *
     * @return the text, {@code AnnualPlan[association=..., year=2007, ...]}
     */
    @Override
    public String toString() {
        return "AnnualPlan[association=" + association + ", year=" + year + ", financing=" + financing + ", roundingUnit="
                + roundingUnit + ", projectRoundingUnit=" + projectRoundingUnit + ", projects=" + projects + ", costs="
                + costs + ", finalMunicipalKey=" + finalMunicipalKey + ", equity=" + equity + ", openingEquity=" + openingEquity
                + ", outcome=" + outcome + ", forecast=" + forecast + ", laterYears=" + laterYears + ", note=" + note + "]";
    }

    /**
     * Builds an {@link AnnualPlan}; every rule is checked by {@link #build()}. Not thread-safe.
     */
    public static final class Builder {
        private final CoordinationAssociation association;
        private final int year;
        private final Financing financing;
        private RoundingUnit roundingUnit = RoundingUnit.KRONA;
        private @Nullable RoundingUnit projectRoundingUnit;
        private List<Project> projects = List.of();
        private List<CostLine> costs = List.of();
        private @Nullable ContributionKey finalMunicipalKey;
        private @Nullable Equity equity;
        private @Nullable MonetaryAmount openingEquity;
        private @Nullable Outcome outcome;
        private @Nullable Forecast forecast;
        private List<PlanYear> laterYears = List.of();
        private @Nullable String note;

        private Builder(CoordinationAssociation association, int year, Financing financing) {
            this.association = Objects.requireNonNull(association, "association");
            this.year = year;
            this.financing = Objects.requireNonNull(financing, "financing");
        }

        /**
         * Sets the rounding unit of contributions, costs and the budget (default one krona).
         *
         * @param unit the unit
         * @return this builder
         */
        public Builder roundingUnit(RoundingUnit unit) {
            this.roundingUnit = Objects.requireNonNull(unit, "unit");
            return this;
        }

        /**
         * Sets the rounding unit of project schedules (default: the rounding unit).
         *
         * @param unit the unit
         * @return this builder
         */
        public Builder projectRoundingUnit(RoundingUnit unit) {
            this.projectRoundingUnit = Objects.requireNonNull(unit, "unit");
            return this;
        }

        /**
         * Sets the projects.
         *
         * @param projects the projects, in order
         * @return this builder
         */
        public Builder projects(List<Project> projects) {
            this.projects = List.copyOf(Objects.requireNonNull(projects, "projects"));
            return this;
        }

        /**
         * Sets the costs outside the projects.
         *
         * @param costs the cost lines, in order
         * @return this builder
         */
        public Builder costs(List<CostLine> costs) {
            this.costs = List.copyOf(Objects.requireNonNull(costs, "costs"));
            return this;
        }

        /**
         * Sets the final municipal key, to settle against the association's preliminary one.
         *
         * @param key the final key, or null for none
         * @return this builder
         */
        public Builder finalMunicipalKey(@Nullable ContributionKey key) {
            this.finalMunicipalKey = key;
            return this;
        }

        /**
         * Sets the equity at year end and its reasonable levels.
         *
         * @param equity the equity, or null for none
         * @return this builder
         */
        public Builder equity(@Nullable Equity equity) {
            this.equity = equity;
            return this;
        }

        /**
         * Sets the equity at the start of the year.
         *
         * @param amount the opening equity, or null for none
         * @return this builder
         */
        public Builder openingEquity(@Nullable MonetaryAmount amount) {
            this.openingEquity = amount;
            return this;
        }

        /**
         * Sets the outcome of the year to a date.
         *
         * @param outcome the outcome, or null for none
         * @return this builder
         */
        public Builder outcome(@Nullable Outcome outcome) {
            this.outcome = outcome;
            return this;
        }

        /**
         * Sets the forecast of the year's costs.
         *
         * @param forecast the forecast, or null for none
         * @return this builder
         */
        public Builder forecast(@Nullable Forecast forecast) {
            this.forecast = forecast;
            return this;
        }

        /**
         * Sets the years after the first.
         *
         * @param laterYears the later years, in order
         * @return this builder
         */
        public Builder laterYears(List<PlanYear> laterYears) {
            this.laterYears = List.copyOf(Objects.requireNonNull(laterYears, "laterYears"));
            return this;
        }

        /**
         * Sets the note for people.
         *
         * @param note the note, or null for none
         * @return this builder
         */
        public Builder note(@Nullable String note) {
            this.note = note;
            return this;
        }

        /**
         * Obtains the plan.
         *
         * @return the plan
         * @throws FinsamValidationException if a rule is broken
         */
        public AnnualPlan build() {
            return new AnnualPlan(association, year, financing, roundingUnit,
                    projectRoundingUnit != null ? projectRoundingUnit : roundingUnit, projects, costs,
                    Optional.ofNullable(finalMunicipalKey), Optional.ofNullable(equity), Optional.ofNullable(openingEquity),
                    Optional.ofNullable(outcome), Optional.ofNullable(forecast), laterYears, Optional.ofNullable(note));
        }
    }
}
