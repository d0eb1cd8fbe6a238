package se.finsam.project;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import se.finsam.money.RoundingUnit;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

/**
 * The cost of all decided projects per budget year (every status but {@link ProjectStatus#APPLIED}),
 * over every year that any of the schedules covers, without gaps.
 *
 * <pre>{@code
 * ScheduleTotals totals = ScheduleTotals.compute(plan.schedules());
 * totals.years();          // [2006, 2007, 2008]
 * totals.unitsIn(2007);    // 5719 at unit 1000
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ScheduleTotals {

    private final List<Integer> years;
    private final SortedMap<Integer, Long> units;
    private final long totalUnits;

    private ScheduleTotals(List<Integer> years, SortedMap<Integer, Long> units, long totalUnits) {
        this.years = years;
        this.units = units;
        this.totalUnits = totalUnits;
    }

    /**
     * Computes the totals of schedules at one rounding unit: the decided projects' units, year by year.
     *
     * @param schedules the schedules
     * @return the totals
     * @throws IllegalArgumentException if the schedules have different rounding units
     * @throws FinsamValidationException with code {@link ViolationCodes#AMOUNT_TOO_LARGE} at the path of the
     *     schedule ({@code /12}) whose costs take the decided projects' costs over all years above
     *     {@link RoundingUnit#MAX_UNITS} units: every total per year, and every sum of later years, then fits
     */
    public static ScheduleTotals compute(List<CostSchedule> schedules) {
        Objects.requireNonNull(schedules, "schedules");
        SortedMap<Integer, Long> units = new TreeMap<>();
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        long all = 0; // every decided unit of every year: at most MAX_UNITS, so no sum below can overflow
        for (int i = 0; i < schedules.size(); i++) {
            CostSchedule s = schedules.get(i);
            if (!s.unit().equals(schedules.get(0).unit())) {
                throw new IllegalArgumentException("Schedules must share one rounding unit, found " + s.unit() + " and "
                        + schedules.get(0).unit());
            }
            for (int year : s.years()) {
                first = Math.min(first, year);
                last = Math.max(last, year);
                if (s.project().status().isDecided()) {
                    units.merge(year, s.unitsIn(year), Math::addExact);
                    all += s.unitsIn(year); // at most MAX_UNITS before, and a schedule's year at most MAX_UNITS
                }
            }
            if (all > RoundingUnit.MAX_UNITS) {
                throw FinsamValidationException.of("schedule totals", Violation.of(Violation.pointer(i),
                        ViolationCodes.AMOUNT_TOO_LARGE, "The decided projects' costs up to project '" + s.project().id()
                                + "' sum to " + s.unit().decimalOf(all).toPlainString() + ", more than the "
                                + RoundingUnit.MAX_UNITS + " units of " + s.unit() + " a total may have"));
            }
        }
        List<Integer> years = new ArrayList<>();
        for (int y = first; y <= last && first <= last; y++) {
            years.add(y);
        }
        return new ScheduleTotals(List.copyOf(years), units, all);
    }

    /**
     * Returns the decided projects' cost over all their years, as a count of units: the sum of their total
     * costs, as each schedule sums exactly to its project's total.
     *
     * @return the units, at most {@link RoundingUnit#MAX_UNITS}
     */
    public long totalUnits() {
        return totalUnits;
    }

    /**
     * Returns every year from the first to the last of any schedule, ascending.
     *
     * @return the years
     */
    public List<Integer> years() {
        return years;
    }

    /**
     * Returns the decided projects' cost in a year, as a count of units.
     *
     * @param year the year
     * @return the units; zero for a year without costs
     */
    public long unitsIn(int year) {
        return units.getOrDefault(year, 0L);
    }

    /**
     * Returns the decided projects' cost in the years after {@code year}, as a count of units: what the
     * association is committed to at the end of that year, and what its year-end surplus must reserve.
     *
     * @param year the year
     * @return the units of later years
     */
    public long unitsAfter(int year) {
        long sum = 0;
        for (long u : units.tailMap(year + 1).values()) {
            sum = Math.addExact(sum, u);
        }
        return sum;
    }
}
