package se.finsam.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import se.finsam.money.Fraction;

/**
 * How indicators are rounded for display, and only for display: every rate is kept as an exact
 * {@link Fraction} and rounded once, by a named rule, when it is written.
 *
 * <ul>
 *   <li>kronor per inhabitant and day: {@value #RATE_SCALE} decimals, half up ({@code 52.125 → 52.13});</li>
 *   <li>percentages (shares, relative changes): {@value #PERCENT_SCALE} decimal, half up
 *       ({@code 27/31 → 87.1 %}); a distribution whose percentages must sum to exactly 100 is rounded by
 *       largest remainder instead (see {@code se.finsam.followup.Distribution});</li>
 *   <li>days (ohälsotal, sjukpenningtal, time in a project): {@value #DAYS_SCALE} decimal, half up.</li>
 * </ul>
 * Half up rounds halves away from zero, so a negative change rounds as its positive counterpart does.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DisplayRounding {

    /** The rounding of every indicator: half up (halves away from zero), as Swedish statistics round. */
    public static final RoundingMode MODE = RoundingMode.HALF_UP;
    /** Decimals of kronor per inhabitant and day. */
    public static final int RATE_SCALE = 2;
    /** Decimals of percentages. */
    public static final int PERCENT_SCALE = 1;
    /** Decimals of days. */
    public static final int DAYS_SCALE = 1;

    private static final Fraction HUNDRED = Fraction.of(100, 1);

    private DisplayRounding() {
    }

    /**
     * Rounds kronor per inhabitant and day for display.
     *
     * <pre>{@code DisplayRounding.rate(Fraction.of(417, 8))  // 52.13}</pre>
     *
     * @param rate the exact rate
     * @return the rate with {@value #RATE_SCALE} decimals
     */
    public static BigDecimal rate(Fraction rate) {
        return rate.toBigDecimal(RATE_SCALE, MODE);
    }

    /**
     * Rounds a fraction of one, shown as a percentage.
     *
     * <pre>{@code DisplayRounding.percent(Fraction.of(27, 31))  // 87.1}</pre>
     *
     * @param share the exact fraction of one
     * @return the percentage with {@value #PERCENT_SCALE} decimal
     */
    public static BigDecimal percent(Fraction share) {
        return share.multipliedBy(HUNDRED).toBigDecimal(PERCENT_SCALE, MODE);
    }

    /**
     * Rounds a number of days for display.
     *
     * @param days the exact days
     * @return the days with {@value #DAYS_SCALE} decimal
     */
    public static BigDecimal days(Fraction days) {
        return days.toBigDecimal(DAYS_SCALE, MODE);
    }
}
