package se.finsam.indicator;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import se.finsam.population.AgeBand;
import se.finsam.money.Fraction;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

/**
 * The försörjningsmått of one area for one period: kronor of public support paid per inhabitant of
 * working age and day, per {@link SupportKind} and in total (docs/domain.md,
 * Indicators).
 *
 * <p>The formula: {@code rate = paid / (population × days)}, where {@code days} counts both ends of the
 * period (29 February included). Rates are exact fractions; round them only for display, with
 * {@link DisplayRounding#rate(Fraction)}.
 *
 * <pre>{@code
 * // Norberg, second quarter of 2011: 16 183 440 kr to 3 420 inhabitants aged 16-64 over 91 days
 * SupportMeasure norberg = SupportMeasure.of(ReportingPeriod.of(LocalDate.of(2011, 4, 1), LocalDate.of(2011, 6, 30)),
 *         AgeBand.parse("16-64"), figures);
 * norberg.rate();     // 52 (kr per inhabitant and day, exactly: 16 183 440 / (3 420 × 91))
 * }</pre>
 *
 * <p>Aggregating municipalities to an association or county ({@link #aggregate(List)}) adds up payments
 * and populations, so the aggregate's rate is the sum of payments over the sum of population-days:
 * each municipality weighs by its population, and the aggregate lies between the smallest and the
 * largest member rate. Averaging the rates would weigh a small municipality like a large one.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param period the period
 * @param ageBand the ages the population counts, e.g. 16-64 or 16-65
 * @param figures the population and payments
 */
public record SupportMeasure(ReportingPeriod period, AgeBand ageBand, SupportFigures figures) {

    /**
     * Validates that no component is null; the components validate themselves.
     *
     * @param period the period
     * @param ageBand the ages the population counts, e.g. 16-64 or 16-65
     * @param figures the population and payments
     * @throws NullPointerException if a component is null
     */
    public SupportMeasure {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(ageBand, "ageBand");
        Objects.requireNonNull(figures, "figures");
    }

    /**
     * Obtains the measure of some figures over a period.
     *
     * @param period the period
     * @param ageBand the age band of the population
     * @param figures the population and payments
     * @return the measure
     */
    public static SupportMeasure of(ReportingPeriod period, AgeBand ageBand, SupportFigures figures) {
        return new SupportMeasure(period, ageBand, figures);
    }

    /**
     * Aggregates the measures of several municipalities of one period into the measure of the area
     * they make up (an association or a county), weighing by population.
     *
     * <pre>{@code
     * // A: 1 000 inhabitants, 91 000 kr in 91 days: 1 kr; B: 3 000 inhabitants, 546 000 kr: 2 kr
     * SupportMeasure.aggregate(List.of(a, b)).rate();   // 637 000 / (4 000 × 91) = 7/4, not (1 + 2) / 2
     * }</pre>
     *
     * @param measures the measures, at least one, of one period, age band and currency
     * @return the aggregate
     * @throws FinsamValidationException at path {@code /INDEX} for a measure of another period
     *     ({@link ViolationCodes#PERIOD_MISMATCH}), age band ({@link ViolationCodes#INDICATOR_AGE_BAND_MISMATCH})
     *     or currency ({@link ViolationCodes#AMOUNT_CURRENCY_MISMATCH})
     * @throws IllegalArgumentException if there is no measure
     */
    public static SupportMeasure aggregate(List<SupportMeasure> measures) {
        if (measures.isEmpty()) {
            throw new IllegalArgumentException("Nothing to aggregate: no measures");
        }
        SupportMeasure first = measures.get(0);
        List<Violation> violations = new ArrayList<>();
        List<SupportFigures> figures = new ArrayList<>(measures.size());
        for (int i = 0; i < measures.size(); i++) {
            SupportMeasure m = measures.get(i);
            if (!m.period.equals(first.period)) {
                violations.add(Violation.of(Violation.pointer(i), ViolationCodes.PERIOD_MISMATCH, "Measure " + i + " is for "
                        + m.period + ", the first for " + first.period + "; only one period's measures add up"));
            }
            if (!m.ageBand.equals(first.ageBand)) {
                violations.add(Violation.of(Violation.pointer(i), ViolationCodes.INDICATOR_AGE_BAND_MISMATCH, "Measure " + i
                        + " counts ages " + m.ageBand + ", the first " + first.ageBand));
            }
            figures.add(m.figures);
        }
        if (!violations.isEmpty()) {
            throw new FinsamValidationException("aggregate of support measures", violations);
        }
        return new SupportMeasure(first.period, first.ageBand, SupportFigures.sum(figures));
    }

    /**
     * Returns the number of population-days, {@code population × days}: the denominator of every rate.
     *
     * @return the population-days, positive
     */
    public BigInteger populationDays() {
        return BigInteger.valueOf(figures.population()).multiply(BigInteger.valueOf(period.days()));
    }

    /**
     * Returns the kronor (major units) of one kind paid per inhabitant and day.
     *
     * @param kind the kind
     * @return the exact rate
     */
    public Fraction rate(SupportKind kind) {
        return perPopulationDay(Fraction.from(figures.paid(kind)));
    }

    /**
     * Returns the kronor (major units) of all kinds together paid per inhabitant and day: the
     * försörjningsmått itself.
     *
     * @return the exact rate
     */
    public Fraction rate() {
        return perPopulationDay(Fraction.from(figures.totalPaid()));
    }

    private Fraction perPopulationDay(Fraction paid) {
        return paid.dividedBy(Fraction.of(populationDays(), BigInteger.ONE));
    }

    /**
     * Compares this measure with an earlier one of the same area.
     *
     * @param earlier the measure to compare with
     * @return the comparison, from {@code earlier} to this
     * @throws FinsamValidationException if the two count different age bands or currencies
     */
    public SupportComparison comparedTo(SupportMeasure earlier) {
        return SupportComparison.of(earlier, this);
    }
}
