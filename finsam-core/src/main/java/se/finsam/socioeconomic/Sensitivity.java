package se.finsam.socioeconomic;

import java.util.List;
import java.util.Objects;
import se.finsam.money.Fraction;

/**
 * How the results move when one assumption moves (docs/socioeconomic.md): the number who succeed, the
 * cost of exclusion and the discount rate each at 50 %, 75 %, 100 %, 125 % and 150 % of the given value (the
 * number who succeed at most every participant), and the horizon at each of 1, 5, 10 and 20 years and the
 * calculation's own; everything else as given, at the calculation's longest horizon.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param horizon the horizon of every row but the horizon's own
 * @param rows the rows, by parameter, each parameter's in ascending value
 */
public record Sensitivity(int horizon, List<Row> rows) {

    /** The factors each varied value is taken at: 1/2, 3/4, 1, 5/4, 3/2. */
    public static final List<Fraction> FACTORS = List.of(Fraction.of(1, 2), Fraction.of(3, 4), Fraction.ONE,
            Fraction.of(5, 4), Fraction.of(3, 2));

    /** The horizons the horizon row takes, beside the calculation's own: 1, 5, 10 and 20 years. */
    public static final List<Integer> HORIZONS = List.of(1, 5, 10, 20);

    /** An assumption the table varies. */
    public enum Parameter {
        /** The number of successful participants. */
        SUCCESS,
        /** The cost of exclusion per person and year, every part of it alike. */
        COST_OF_EXCLUSION,
        /** The discount rate. */
        DISCOUNT_RATE,
        /** The horizon in years. */
        HORIZON
    }

    /**
     * One variant.
     *
     * @param parameter what is varied
     * @param factor the value's factor of the given one (for the horizon: the horizon over the longest)
     * @param value the value taken: people succeeding, kronor per person and year, the rate, or years
     * @param result the result with that value
     */
    public record Row(Parameter parameter, Fraction factor, Fraction value, HorizonResult result) {

        /**
         * Validates that every part is given.
         *
         * @param parameter what is varied
         * @param factor the factor
         * @param value the value
         * @param result the result
         */
        public Row {
            Objects.requireNonNull(parameter, "parameter");
            Objects.requireNonNull(factor, "factor");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(result, "result");
        }
    }

    /**
     * Copies the rows.
     *
     * @param horizon the horizon
     * @param rows the rows
     */
    public Sensitivity {
        rows = List.copyOf(rows);
    }
}
