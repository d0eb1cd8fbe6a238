package se.finsam.budget;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import se.finsam.contribution.Contribution;
import se.finsam.member.MemberId;
import se.finsam.money.Fraction;
import se.finsam.money.RoundingUnit;
import se.finsam.project.Project;
import se.finsam.project.ProjectId;

/**
 * The follow-up of a year's budget (budgetuppföljning): for every cost category, decided project and in
 * total, the budget, the outcome to date, the forecast for the whole year, the deviation of the forecast
 * from the budget, and the share of the budget used so far against the share of the year passed
 * (docs/domain.md, The year as it happens). Computed from an {@link AnnualPlan} by
 * {@link AnnualPlan#followUp()}.
 *
 * <ul>
 *   <li>A category or project the forecast does not give is forecast at its budget, or at what is booked
 *       to date when that is more; when the outcome covers the whole year (it is dated 31 December), at its
 *       outcome. A given forecast is never below what is booked (the plan refuses it).</li>
 *   <li>Without an outcome nothing is booked: the outcome is zero, and the shares of the year passed and
 *       of the budget used are unknown.</li>
 *   <li>Percentages are exact {@link Fraction}s; a report rounds them only for display, and says how.</li>
 *   <li>A line is <b>flagged</b> when the share of its budget used exceeds the share of its time passed
 *       by more than {@value #FLAG_MARGIN_PERCENT} percentage points, or it has an outcome but no budget:
 *       a project that has used 80 % of its year's budget by 30 April (a third of the year) is flagged. The
 *       time of a cost category is the year; the time of a project is its period within the year (a project
 *       of January to March has had all its time by 30 April); a project with no day in the year is measured
 *       against the year.</li>
 * </ul>
 * The lines' deviations sum exactly to the total deviation, and so do their budgets, outcomes and
 * forecasts.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BudgetFollowUp {

    /** The percentage points by which the share of the budget used may exceed the share of the year passed unflagged. */
    public static final int FLAG_MARGIN_PERCENT = 10;

    private static final Fraction HUNDRED = Fraction.of(100, 1);

    /** What a line of the follow-up is about. */
    public enum Kind {
        /** A cost category outside the projects. */
        COST,
        /** A decided project. */
        PROJECT,
        /** A sum of lines. */
        TOTAL
    }

    /**
     * One line of the follow-up.
     *
     * @param kind what the line is about
     * @param category the cost category of a {@link Kind#COST} line
     * @param project the project of a {@link Kind#PROJECT} line
     * @param budget the year's budget
     * @param outcome the outcome to date
     * @param forecast the forecast for the whole year
     * @param usedPercent the outcome as a percentage of the budget, exact; empty without an outcome or a budget
     * @param passedPercent the share of the line's time in the year passed by the outcome's date, exact; empty
     *     without an outcome, or for a project with no day in the year
     * @param flagged whether more of the budget is used than of the time has passed (see {@link BudgetFollowUp})
     */
    public record Line(Kind kind, Optional<CostCategory> category, Optional<ProjectId> project, MonetaryAmount budget,
            MonetaryAmount outcome, MonetaryAmount forecast, Optional<Fraction> usedPercent,
            Optional<Fraction> passedPercent, boolean flagged) {

        /**
         * Validates that no component is null.
         *
         * @param kind what the line is about
         * @param category the cost category of a cost line
         * @param project the project of a project line
         * @param budget the year's budget
         * @param outcome the outcome to date
         * @param forecast the forecast for the whole year
         * @param usedPercent the outcome as a percentage of the budget
         * @param passedPercent the share of the line's time passed
         * @param flagged whether the line is flagged
         * @throws NullPointerException if a component is null
         */
        public Line {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(project, "project");
            Objects.requireNonNull(budget, "budget");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(forecast, "forecast");
            Objects.requireNonNull(usedPercent, "usedPercent");
            Objects.requireNonNull(passedPercent, "passedPercent");
        }

        /**
         * Returns the deviation of the forecast from the budget: {@code forecast − budget}; positive is a
         * cost above budget.
         *
         * @return the deviation
         */
        public MonetaryAmount deviation() {
            return forecast.subtract(budget);
        }

        /**
         * Returns the deviation as a percentage of the budget, exact.
         *
         * @return the percentage; empty when the budget is zero
         */
        public Optional<Fraction> deviationPercent() {
            return percentOf(deviation(), budget);
        }
    }

    /**
     * A member's income: its contribution in the budget and what it has paid to date.
     *
     * @param member the member
     * @param budget its contribution for the year
     * @param received what it has paid to date
     */
    public record IncomeLine(MemberId member, MonetaryAmount budget, MonetaryAmount received) {

        /**
         * Validates that no component is null.
         *
         * @param member the member
         * @param budget its contribution for the year
         * @param received what it has paid to date
         * @throws NullPointerException if a component is null
         */
        public IncomeLine {
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(budget, "budget");
            Objects.requireNonNull(received, "received");
        }

        /**
         * Returns what is still to be paid: {@code budget − received}; negative when a member paid more.
         *
         * @return the amount outstanding
         */
        public MonetaryAmount outstanding() {
            return budget.subtract(received);
        }
    }

    private final AnnualPlan plan;
    private final Optional<LocalDate> date;
    private final boolean coversTheYear;
    private final Optional<Fraction> yearPassedPercent;
    private final List<Line> costLines;
    private final List<Line> projectLines;
    private final Line costsTotal;
    private final Line projectsTotal;
    private final Line total;
    private final List<IncomeLine> income;
    private final MonetaryAmount received;

    /**
     * Computes the follow-up of a plan. {@link AnnualPlan#followUp()} holds the result of this, computed once.
     *
     * @param plan the plan
     * @return the follow-up
     */
    public static BudgetFollowUp compute(AnnualPlan plan) {
        return new BudgetFollowUp(Objects.requireNonNull(plan, "plan"));
    }

    private BudgetFollowUp(AnnualPlan plan) {
        this.plan = plan;
        Budget budget = plan.budget();
        Optional<Outcome> outcome = plan.outcome();
        Optional<Forecast> forecast = plan.forecast();
        this.date = outcome.map(Outcome::date);
        this.coversTheYear = date.map(d -> d.equals(LocalDate.of(plan.year(), 12, 31))).orElse(false);
        this.yearPassedPercent = date.map(d -> {
            LocalDate first = LocalDate.of(plan.year(), 1, 1);
            long days = ChronoUnit.DAYS.between(first, d) + 1;
            return Fraction.of(days * 100, first.lengthOfYear());
        });
        MonetaryAmount zero = zero();
        Map<CostCategory, MonetaryAmount> budgeted = budget.costsByCategory();
        Map<CostCategory, Boolean> categories = new EnumMap<>(CostCategory.class);
        budgeted.keySet().forEach(c -> categories.put(c, true));
        outcome.ifPresent(o -> o.costs().keySet().forEach(c -> categories.put(c, true)));
        forecast.ifPresent(f -> f.costs().keySet().forEach(c -> categories.put(c, true)));
        List<Line> costs = new ArrayList<>();
        for (CostCategory c : categories.keySet()) {
            MonetaryAmount b = budgeted.getOrDefault(c, zero);
            MonetaryAmount o = outcome.map(x -> x.costs().getOrDefault(c, zero)).orElse(zero);
            MonetaryAmount f = forecast.map(x -> x.costs().get(c)).orElseGet(() -> unforecast(b, o));
            costs.add(line(Kind.COST, Optional.of(c), Optional.empty(), b, o, f, yearPassedPercent));
        }
        List<Line> projects = new ArrayList<>();
        Map<ProjectId, Project> byId = new java.util.HashMap<>();
        plan.projects().forEach(p -> byId.putIfAbsent(p.id(), p));
        for (Map.Entry<ProjectId, MonetaryAmount> e : budget.projectCostsByProject().entrySet()) {
            ProjectId id = e.getKey();
            Project project = Objects.requireNonNull(byId.get(id), "a budgeted project is a project of the plan");
            MonetaryAmount b = e.getValue();
            MonetaryAmount o = outcome.map(x -> x.projects().getOrDefault(id, zero)).orElse(zero);
            MonetaryAmount f = forecast.map(x -> x.projects().get(id)).orElseGet(() -> unforecast(b, o));
            projects.add(line(Kind.PROJECT, Optional.empty(), Optional.of(id), b, o, f,
                    date.flatMap(d -> passedOf(project, plan.year(), d))));
        }
        this.costLines = List.copyOf(costs);
        this.projectLines = List.copyOf(projects);
        this.costsTotal = sum(costLines);
        this.projectsTotal = sum(projectLines);
        this.total = sum(List.of(costsTotal, projectsTotal));
        List<IncomeLine> lines = new ArrayList<>();
        for (Contribution c : budget.contributions().contributions()) {
            lines.add(new IncomeLine(c.member(), c.amount(),
                    outcome.map(x -> x.income().getOrDefault(c.member(), zero)).orElse(zero)));
        }
        this.income = List.copyOf(lines);
        MonetaryAmount received = zero;
        for (IncomeLine l : income) {
            received = received.add(l.received());
        }
        this.received = received;
    }

    /**
     * The forecast of a line the forecast does not give: its outcome when the outcome covers the whole year,
     * else its budget, but never below what is booked to date.
     */
    private MonetaryAmount unforecast(MonetaryAmount budget, MonetaryAmount booked) {
        if (coversTheYear) {
            return booked;
        }
        return booked.isGreaterThan(budget) ? booked : budget;
    }

    private MonetaryAmount zero() {
        return plan.roundingUnit().amountOf(0, currency());
    }

    private CurrencyUnit currency() {
        return plan.association().currency();
    }

    private Line line(Kind kind, Optional<CostCategory> category, Optional<ProjectId> project, MonetaryAmount budget,
            MonetaryAmount outcome, MonetaryAmount forecast, Optional<Fraction> passed) {
        Optional<Fraction> used = date.isPresent() ? percentOf(outcome, budget) : Optional.empty();
        boolean flagged = date.isPresent() && (used.isPresent()
                ? used.get().minus(passed.or(() -> yearPassedPercent).orElseThrow())
                        .compareTo(Fraction.of(FLAG_MARGIN_PERCENT, 1)) > 0
                : outcome.isPositive());
        return new Line(kind, category, project, budget, outcome, forecast, used, passed, flagged);
    }

    /**
     * The share of a project's period within the year that has passed by {@code date}, the date included, in
     * percent; empty when the project has no day in the year (its line is then measured against the year).
     */
    static Optional<Fraction> passedOf(Project project, int year, LocalDate date) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        LocalDate from = project.start().isAfter(first) ? project.start() : first;
        LocalDate to = project.end().filter(e -> e.isBefore(last)).orElse(last);
        if (to.isBefore(from)) {
            return Optional.empty();
        }
        LocalDate upTo = date.isBefore(to) ? date : to;
        long passed = Math.max(ChronoUnit.DAYS.between(from, upTo) + 1, 0);
        return Optional.of(Fraction.of(passed * 100, ChronoUnit.DAYS.between(from, to) + 1));
    }

    private Line sum(List<Line> lines) {
        MonetaryAmount b = zero();
        MonetaryAmount o = zero();
        MonetaryAmount f = zero();
        for (Line l : lines) {
            b = b.add(l.budget());
            o = o.add(l.outcome());
            f = f.add(l.forecast());
        }
        return line(Kind.TOTAL, Optional.empty(), Optional.empty(), b, o, f, yearPassedPercent);
    }

    /** {@code part / whole × 100}, exact; empty when the whole is zero. */
    static Optional<Fraction> percentOf(MonetaryAmount part, MonetaryAmount whole) {
        if (whole.isZero()) {
            return Optional.empty();
        }
        return Optional.of(Fraction.from(decimal(part)).multipliedBy(HUNDRED).dividedBy(Fraction.from(decimal(whole))));
    }

    private static java.math.BigDecimal decimal(MonetaryAmount amount) {
        return amount.getNumber().numberValueExact(java.math.BigDecimal.class);
    }

    /**
     * Returns the plan followed up.
     *
     * @return the plan
     */
    public AnnualPlan plan() {
        return plan;
    }

    /**
     * Returns the rounding unit of every amount.
     *
     * @return the unit
     */
    public RoundingUnit unit() {
        return plan.roundingUnit();
    }

    /**
     * Returns the last day the outcome covers.
     *
     * @return the date; empty without an outcome
     */
    public Optional<LocalDate> date() {
        return date;
    }

    /**
     * Tells whether the outcome covers the whole year: it is dated 31 December of the plan's year.
     *
     * @return true for an outcome of the whole year; false without an outcome
     */
    public boolean coversTheYear() {
        return coversTheYear;
    }

    /**
     * Returns the share of the year passed by the outcome's date, the date included, in percent, exact:
     * 120/365 × 100 on 30 April 2007.
     *
     * @return the percentage; empty without an outcome
     */
    public Optional<Fraction> yearPassedPercent() {
        return yearPassedPercent;
    }

    /**
     * Returns a line per cost category that has a budget, an outcome or a forecast, in category order.
     *
     * @return the cost lines
     */
    public List<Line> costLines() {
        return costLines;
    }

    /**
     * Returns a line per decided project, in project order.
     *
     * @return the project lines
     */
    public List<Line> projectLines() {
        return projectLines;
    }

    /**
     * Returns the sum of the cost lines.
     *
     * @return the costs outside the projects
     */
    public Line costsTotal() {
        return costsTotal;
    }

    /**
     * Returns the sum of the project lines.
     *
     * @return the project costs
     */
    public Line projectsTotal() {
        return projectsTotal;
    }

    /**
     * Returns the sum of every line: all costs.
     *
     * @return the total
     */
    public Line total() {
        return total;
    }

    /**
     * Returns each member's contribution and what it has paid to date, in member order.
     *
     * @return the income lines
     */
    public List<IncomeLine> income() {
        return income;
    }

    /**
     * Returns the income received to date from all members.
     *
     * @return the sum of what the members have paid
     */
    public MonetaryAmount incomeReceived() {
        return received;
    }

    /**
     * Returns the lines that are flagged, cost lines first, then projects.
     *
     * @return the flagged lines
     */
    public List<Line> flagged() {
        List<Line> lines = new ArrayList<>();
        costLines.stream().filter(Line::flagged).forEach(lines::add);
        projectLines.stream().filter(Line::flagged).forEach(lines::add);
        return List.copyOf(lines);
    }
}
