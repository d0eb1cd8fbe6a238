package se.finsam.project;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Year;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import se.finsam.money.Allocation;
import se.finsam.money.AllocationPart;
import se.finsam.money.AmountFormat;
import se.finsam.money.RoundingUnit;
import se.finsam.period.DatePeriod;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.Violation;

/**
 * A project's cost per budget year, exact at a rounding unit (docs/domain.md, Projects and their costs
 * per year).
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
 * year; so the years sum exactly to the total, each within one unit of its exact quota. In RAR
 * Sörmland's 2007 plan, Ungdomstorget (2 279 kkr) gets 1 140 kkr in 2007 by months, 1 138 by days.
 *
 * <p>A schedule keeps only its years and their units (a few bytes a year, so that ten thousand projects
 * over three centuries stay small); the split by weights is computed again when {@link #allocation()} or
 * {@link #explain()} asks for it, with the same result.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CostSchedule {

    /** How a schedule's total was spread over its years: the rule of {@link #explain()}, for reports. */
    public enum Spread {
        /** The amounts per year as the project gives them ({@link CostBasis#EXPLICIT}). */
        EXPLICIT,
        /** No end date: the whole cost in the start year. */
        NO_END,
        /** A period of no 30E/360 days (the 30th to the 31st): the whole cost in the start year. */
        NO_DAYS,
        /** By the 30E/360 days of each year ({@link CostBasis#MONTHS}), largest remainder. */
        MONTHS,
        /** By the calendar days of each year ({@link CostBasis#DAYS}), largest remainder. */
        DAYS
    }

    private final Project project;
    private final RoundingUnit unit;
    /** The years of the schedule, ascending. */
    private final int[] years;
    /** The cost of each year of {@link #years}, in units. */
    private final long[] units;
    private final Spread spread;

    private CostSchedule(Project project, RoundingUnit unit, int[] years, long[] units, Spread spread) {
        this.project = project;
        this.unit = unit;
        this.years = years;
        this.units = units;
        this.spread = spread;
    }

    /**
     * Computes the schedule of a project: spreads its total cost over budget years as the class
     * description says.
     *
     * <pre>{@code CostSchedule.compute(ungdomstorget, RoundingUnit.THOUSAND).amountIn(2007)   // 1 140 000 SEK}</pre>
     *
     * @param project the project
     * @param unit the rounding unit
     * @return the schedule
     * @throws FinsamValidationException if the total cost ({@code /totalCost}) or an explicit amount
     *     ({@code /costByYear/2007}) is not a whole multiple of {@code unit}
     */
    public static CostSchedule compute(Project project, RoundingUnit unit) {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(unit, "unit");
        List<Violation> violations = new ArrayList<>();
        long total = units(unit, project.totalCost(), "/totalCost", violations);
        int[] explicitYears = new int[project.costByYear().size()];
        long[] explicitUnits = new long[explicitYears.length];
        int i = 0;
        for (Map.Entry<Integer, MonetaryAmount> e : new TreeMap<>(project.costByYear()).entrySet()) {
            explicitYears[i] = e.getKey();
            explicitUnits[i++] = units(unit, e.getValue(), "/costByYear/" + e.getKey(), violations);
        }
        if (!violations.isEmpty()) {
            throw new FinsamValidationException("schedule of project '" + project.id() + "'", violations);
        }
        if (project.basis() == CostBasis.EXPLICIT) {
            return new CostSchedule(project, unit, explicitYears, explicitUnits, Spread.EXPLICIT);
        }
        int startYear = project.start().getYear();
        if (project.end().isEmpty()) {
            return whole(project, unit, total, startYear, Spread.NO_END);
        }
        long[] weights = weights(project);
        BigInteger[] bigWeights = new BigInteger[weights.length];
        boolean anyPositive = false;
        for (int y = 0; y < weights.length; y++) {
            bigWeights[y] = BigInteger.valueOf(weights[y]);
            anyPositive |= weights[y] > 0;
        }
        if (!anyPositive) {
            return whole(project, unit, total, startYear, Spread.NO_DAYS);
        }
        int[] years = new int[weights.length];
        for (int y = 0; y < years.length; y++) {
            years[y] = startYear + y;
        }
        return new CostSchedule(project, unit, years, Allocation.splitUnits(total, bigWeights),
                project.basis() == CostBasis.MONTHS ? Spread.MONTHS : Spread.DAYS);
    }

    /**
     * The weight of each year from the start year to the end year: the part of the period in it, by
     * 30E/360 days or by calendar days (both ends included).
     */
    private static long[] weights(Project project) {
        DatePeriod period = project.period();
        int startYear = period.start().getYear();
        long[] weights = new long[Math.toIntExact(period.yearsTouched())];
        for (int y = 0; y < weights.length; y++) {
            Year year = Year.of(startYear + y);
            weights[y] = project.basis() == CostBasis.MONTHS ? period.lengthInDays360(year) : period.lengthInDays(year);
        }
        return weights;
    }

    private static CostSchedule whole(Project project, RoundingUnit unit, long total, int year, Spread spread) {
        return new CostSchedule(project, unit, new int[] {year}, new long[] {total}, spread);
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
     * @return the years, unmodifiable
     */
    public List<Integer> years() {
        return new Years(years);
    }

    /** The years of a schedule as a list, without copying them. */
    private static final class Years extends AbstractList<Integer> implements RandomAccess {
        private final int[] years;

        Years(int[] years) {
            this.years = years;
        }

        @Override
        public Integer get(int index) {
            return years[index];
        }

        @Override
        public int size() {
            return years.length;
        }

        @Override
        public boolean contains(Object o) {
            return o instanceof Integer year && Arrays.binarySearch(years, year) >= 0;
        }
    }

    /**
     * Returns the cost in a year as a count of units; zero for a year outside the schedule.
     *
     * @param year the budget year
     * @return the units
     */
    public long unitsIn(int year) {
        int i = Arrays.binarySearch(years, year);
        return i >= 0 ? units[i] : 0;
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
        for (int i = 0; i < years.length; i++) {
            map.put(years[i], unit.amountOf(units[i], currency()));
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
        int i = Arrays.binarySearch(years, year);
        long sum = 0;
        for (int j = i >= 0 ? i + 1 : -i - 1; j < years.length; j++) {
            sum += units[j];
        }
        return sum;
    }

    /**
     * Returns how the total was split, year by year, when it was split by weights; computed again on
     * each call, with the amounts of this schedule.
     *
     * @return the allocation, or empty for explicit amounts and for a whole cost in one year
     */
    public Optional<Allocation<Integer>> allocation() {
        if (spread != Spread.MONTHS && spread != Spread.DAYS) {
            return Optional.empty();
        }
        long[] weights = weights(project);
        List<BigDecimal> decimals = new ArrayList<>(weights.length);
        for (long w : weights) {
            decimals.add(BigDecimal.valueOf(w));
        }
        return Optional.of(Allocation.splitOrdered(unit.unitsOf(project.totalCost()), currency(), unit, years(), decimals));
    }

    /**
     * How the total was spread: by weights ({@link Spread#MONTHS}, {@link Spread#DAYS}; then
     * {@link #allocation()} has each year's weight, quota and rounding), as given, or whole in the start year.
     *
     * @return the rule applied
     */
    public Spread spread() {
        return spread;
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
                .append(AmountFormat.amount(project.totalCost(), unit)).append(", ").append(rule());
        Optional<Allocation<Integer>> allocation = allocation();
        if (allocation.isPresent()) {
            for (AllocationPart<Integer> part : allocation.get().parts()) {
                sb.append("\n  ").append(part.key()).append(": ").append(part.explain());
            }
        } else {
            for (int i = 0; i < years.length; i++) {
                sb.append("\n  ").append(years[i]).append(": ").append(AmountFormat.amount(unit.amountOf(units[i], currency()), unit));
            }
        }
        return sb.toString();
    }

    private String rule() {
        return switch (spread) {
            case EXPLICIT -> "amounts per year as given (EXPLICIT)";
            case NO_END -> "no end date: the whole cost in the start year";
            case NO_DAYS -> "a period of no 30E/360 days: the whole cost in the start year";
            case MONTHS -> "by months (30E/360 days per year: " + weightsText() + ")";
            case DAYS -> "by calendar days (" + weightsText() + ")";
        };
    }

    private String weightsText() {
        long[] weights = weights(project);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < weights.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(years[i]).append(": ").append(weights[i]);
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
                && Arrays.equals(years, other.years) && Arrays.equals(units, other.units);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(project.id(), unit, Arrays.hashCode(years), Arrays.hashCode(units));
    }

    /**
     * Returns the amounts per year.
     *
     * @return the text, e.g. {@code CostSchedule[ungdomstorget: 2006=430000, 2007=1140000, 2008=709000 SEK]}
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("CostSchedule[").append(project.id()).append(':');
        for (int i = 0; i < years.length; i++) {
            sb.append(' ').append(years[i]).append('=').append(unit.decimalOf(units[i]).toPlainString());
        }
        return sb.append(' ').append(currency().getCurrencyCode()).append(']').toString();
    }
}
