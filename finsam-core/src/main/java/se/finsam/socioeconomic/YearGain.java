package se.finsam.socioeconomic;

import java.util.Objects;
import se.finsam.money.Fraction;

/**
 * The costs one actor (or society) avoids in one year after the project (docs/socioeconomic.md):
 * {@code successful × share × gain per person and year}, discounted to the project's start by
 * {@code 1 / (1 + rate)^(yearFromStart − 1)}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param year the year after the project, from 1
 * @param yearFromStart the same year counted from the project's first year (1), so {@code projectYears + year}
 * @param share the share of the successful still out of exclusion that year
 * @param amount the avoided costs that year, undiscounted (negative for an actor that loses)
 * @param discountFactor {@code 1 / (1 + rate)^(yearFromStart − 1)}
 * @param presentValue {@code amount × discountFactor}
 */
public record YearGain(int year, int yearFromStart, Fraction share, Fraction amount, Fraction discountFactor,
        Fraction presentValue) {

    /**
     * Validates that every figure is given.
     *
     * @param year the year after the project
     * @param yearFromStart the year counted from the project's first
     * @param share the share still out of exclusion
     * @param amount the avoided costs, undiscounted
     * @param discountFactor the discount factor
     * @param presentValue the present value
     */
    public YearGain {
        Objects.requireNonNull(share, "share");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(discountFactor, "discountFactor");
        Objects.requireNonNull(presentValue, "presentValue");
    }
}
