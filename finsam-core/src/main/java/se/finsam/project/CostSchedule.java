package se.finsam.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import se.finsam.money.Allocation;
import se.finsam.money.AmountFormat;
import se.finsam.money.RoundingUnit;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.Violation;

/**
 * A project's cost per budget year, exact at a rounding unit (rule F7).
 *
 * <p>How the total is spread:
 * <ul>
 *   <li>{@link CostBasis#EXPLICIT}: the amounts per year as given.</li>
 *   <li>No end date (a preliminary or delayed project) and no explicit amounts: the whole cost in the
 *       start year.</li>
 *   <li>{@link CostBasis#MONTHS}: each year weighs the part of the period that falls in it, counted
 *       30E/360 from the start to the day after the inclusive end: a month is 30 days and day 31 counts
 *       as 30. So 2006-08-15 to 2008-08-14 weighs 136, 360 and 224 in 2006, 2007 and 2008 (24 months).
 *       Should every part weigh zero (a one-day period from the 30th to the 31st), the whole cost falls in
 *       the start year.</li>
 *   <li>{@link CostBasis#DAYS}: each year weighs its calendar days of the period, both ends included.</li>
 * </ul>
 * The total is then split by {@link Allocation largest remainder} at the unit, ties to the earlier
 * year; so the years sum exactly to the total, each within one unit of its exact quota. Seed 004's
 * Ungdomstorget (2 279 kkr) gets 1 140 kkr in 2007 by months, 1 138 by days.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CostSchedule {

    private final Project project;
    private final RoundingUnit unit;
    private final SortedMap<Integer, Long> units;
    private final Allocation<Integer> allocation;
    private final String rule;

    private CostSchedule(Project project, RoundingUnit unit, SortedMap<Integer, Long> units, Allocation<Integer> allocation,
            String rule) {
        this.project = project;
        this.unit = unit;
        this.units = Collections.unmodifiableSortedMap(units);
        this.allocation = allocation;
        this.rule = rule;
    }

    /**
     * Obtains the schedule of a project.
     *
     * @param project the project
     * @param unit the rounding unit
     * @return the schedule
     * @throws FinsamValidationException if the total cost ({@code /totalCost}) or an explicit amount
     *     ({@code /costByYear/2007}) is not a whole multiple of {@code unit}
     */
    public static CostSchedule of(Project project, RoundingUnit unit) {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(unit, "unit");
        List<Violation> violations = new ArrayList<>();
        long total = units(unit, project.totalCost(), "/totalCost", violations);
        SortedMap<Integer, Long> explicit = new TreeMap<>();
        project.costByYear().forEach((year, amount) ->
                explicit.put(year, units(unit, amount, "/costByYear/" + year, violations)));
        if (!violations.isEmpty()) {
            throw new FinsamValidationException("schedule of project '" + project.id() + "'", violations);
        }
        if (project.basis() == CostBasis.EXPLICIT) {
            return new CostSchedule(project, unit, explicit, null, "amounts per year as given (EXPLICIT)");
        }
        int startYear = project.start().getYear();
        if (project.end().isEmpty()) {
            return whole(project, unit, total, startYear, "no end date: the whole cost in the start year");
        }
        LocalDate endExclusive = project.end().get().plusDays(1);
        List<Integer> years = new ArrayList<>();
        List<BigDecimal> weights = new ArrayList<>();
        boolean anyPositive = false;
        for (int year = startYear; year <= project.end().get().getYear(); year++) {
            LocalDate from = max(project.start(), LocalDate.of(year, 1, 1));
            LocalDate to = min(endExclusive, LocalDate.of(year + 1, 1, 1));
            long weight = project.basis() == CostBasis.MONTHS ? days360(from, to) : ChronoUnit.DAYS.between(from, to);
            years.add(year);
            weights.add(BigDecimal.valueOf(weight));
            anyPositive |= weight > 0;
        }
        if (!anyPositive) {
            return whole(project, unit, total, startYear, "a period of no 30E/360 days: the whole cost in the start year");
        }
        Allocation<Integer> allocation = Allocation.ofUnits(total, project.totalCost().getCurrency(), unit, years, weights);
        SortedMap<Integer, Long> byYear = new TreeMap<>();
        for (Integer year : years) {
            byYear.put(year, allocation.unitsOf(year));
        }
        String rule = project.basis() == CostBasis.MONTHS
                ? "by months (30E/360 days per year: " + weightsText(years, weights) + ")"
                : "by calendar days (" + weightsText(years, weights) + ")";
        return new CostSchedule(project, unit, byYear, allocation, rule);
    }

    private static CostSchedule whole(Project project, RoundingUnit unit, long total, int year, String rule) {
        SortedMap<Integer, Long> byYear = new TreeMap<>();
        byYear.put(year, total);
        return new CostSchedule(project, unit, byYear, null, rule);
    }

    private static long units(RoundingUnit unit, MonetaryAmount amount, String path, List<Violation> violations) {
        try {
            return unit.unitsOf(amount);
        } catch (FinsamValidationException e) {
            e.violations().forEach(v -> violations.add(v.under(path)));
            return 0;
        }
    }

    /**
     * Counts the days from {@code from} to {@code toExclusive} by the 30E/360 convention: every month
     * has 30 days and day 31 counts as day 30.
     *
     * <pre>{@code days360(2006-08-15, 2007-01-01)  // 136; days360(2007-01-01, 2008-01-01)  // 360}</pre>
     *
     * @param from the first day
     * @param toExclusive the day after the last
     * @return the 30E/360 day count; 30 per whole month
     */
    public static long days360(LocalDate from, LocalDate toExclusive) {
        return (toExclusive.getYear() - from.getYear()) * 360L + (toExclusive.getMonthValue() - from.getMonthValue()) * 30L
                + Math.min(toExclusive.getDayOfMonth(), 30) - Math.min(from.getDayOfMonth(), 30);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static String weightsText(List<Integer> years, List<BigDecimal> weights) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < years.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(years.get(i)).append(": ").append(weights.get(i));
        }
        return sb.toString();
    }

    /**
     * Returns the project.
     *
     * @return the project
     */
    public Project project() {
        return project;
    }

    /**
     * Returns the rounding unit of every amount.
     *
     * @return the unit
     */
    public RoundingUnit unit() {
        return unit;
    }

    /**
     * Returns the currency.
     *
     * @return the currency
     */
    public CurrencyUnit currency() {
        return project.totalCost().getCurrency();
    }

    /**
     * Returns the years the schedule covers, ascending: from the start year to the end year, or the
     * years of explicit amounts.
     *
     * @return the years
     */
    public List<Integer> years() {
        return List.copyOf(units.keySet());
    }

    /**
     * Returns the cost in a year as a count of units; zero for a year outside the schedule.
     *
     * @param year the budget year
     * @return the units
     */
    public long unitsIn(int year) {
        return units.getOrDefault(year, 0L);
    }

    /**
     * Returns the cost in a year; zero for a year outside the schedule.
     *
     * @param year the budget year
     * @return the amount
     */
    public MonetaryAmount amountIn(int year) {
        return unit.amountOf(unitsIn(year), currency());
    }

    /**
     * Returns the cost of every year of the schedule, ascending by year.
     *
     * @return the amounts, unmodifiable
     */
    public SortedMap<Integer, MonetaryAmount> amounts() {
        SortedMap<Integer, MonetaryAmount> map = new TreeMap<>();
        for (Map.Entry<Integer, Long> e : units.entrySet()) {
            map.put(e.getKey(), unit.amountOf(e.getValue(), currency()));
        }
        return Collections.unmodifiableSortedMap(map);
    }

    /**
     * Returns the cost in the years after {@code year}, as a count of units: what a project commits
     * the association to at the end of that year.
     *
     * @param year the budget year
     * @return the units of later years
     */
    public long unitsAfter(int year) {
        long sum = 0;
        for (long u : units.tailMap(year + 1).values()) {
            sum += u;
        }
        return sum;
    }

    /**
     * Returns how the total was split, year by year, when it was split by weights.
     *
     * @return the allocation, or empty for explicit amounts and for a whole cost in one year
     */
    public Optional<Allocation<Integer>> allocation() {
        return Optional.ofNullable(allocation);
    }

    /**
     * Explains the schedule: the rule applied and, for a split by weights, each year's weight, exact
     * quota and rounding.
     *
     * @return the explanation, lines separated by {@code \n}
     */
    public String explain() {
        StringBuilder sb = new StringBuilder();
        sb.append(project.name()).append(" (").append(project.id()).append("): ")
                .append(AmountFormat.amount(project.totalCost(), unit)).append(", ").append(rule);
        if (allocation != null) {
            for (Integer year : allocation.keys()) {
                sb.append("\n  ").append(year).append(": ").append(allocation.part(year).explain());
            }
        } else {
            units.forEach((year, u) -> sb.append("\n  ").append(year).append(": ")
                    .append(AmountFormat.amount(unit.amountOf(u, currency()), unit)));
        }
        return sb.toString();
    }

    /**
     * Compares project, unit and every year's amount.
     *
     * @param obj the other object
     * @return true if {@code obj} is an equal schedule
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof CostSchedule other && project.equals(other.project) && unit.equals(other.unit)
                && units.equals(other.units);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(project.id(), unit, units);
    }

    /**
     * Returns the amounts per year.
     *
     * @return the text, e.g. {@code CostSchedule[ungdomstorget: 2006=430000, 2007=1140000, 2008=709000 SEK]}
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("CostSchedule[").append(project.id()).append(':');
        units.forEach((year, u) -> sb.append(' ').append(year).append('=').append(unit.decimalOf(u).toPlainString()));
        return sb.append(' ').append(currency().getCurrencyCode()).append(']').toString();
    }
}
