package se.finsam.socioeconomic;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.finsam.money.Fraction;

/**
 * One actor's result, or society's, over a horizon (docs/socioeconomic.md): what it invests in the project,
 * what it gains per person out of exclusion, the costs it avoids year by year, the net present value, the
 * payback time and the break-even number of successful participants. Amounts are exact kronor.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param actor the actor, or empty for society as a whole
 * @param perPersonAndYear what one person out of exclusion for a year is worth to it, by parts
 * @param investmentByYear its share of the project's cost in each project year, undiscounted
 * @param investment the present value of its investment
 * @param gains the costs it avoids in each year after the project, to the horizon
 * @param gainsPresentValue the present value of the gains, their sum
 * @param netPresentValue {@code gainsPresentValue − investment}
 * @param payback when its investment is paid back
 * @param breakEven the fewest successful participants for it to break even
 */
public record ActorResult(Optional<Actor> actor, PersonYear perPersonAndYear, List<Fraction> investmentByYear,
        Fraction investment, List<YearGain> gains, Fraction gainsPresentValue, Fraction netPresentValue,
        Payback payback, BreakEven breakEven) {

    /**
     * Validates that every figure is given and copies the lists.
     *
     * @param actor the actor, or empty for society
     * @param perPersonAndYear the gain per person and year
     * @param investmentByYear the investment per project year
     * @param investment the investment's present value
     * @param gains the gains per year
     * @param gainsPresentValue the gains' present value
     * @param netPresentValue the net present value
     * @param payback the payback
     * @param breakEven the break-even
     */
    public ActorResult {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(perPersonAndYear, "perPersonAndYear");
        investmentByYear = List.copyOf(investmentByYear);
        Objects.requireNonNull(investment, "investment");
        gains = List.copyOf(gains);
        Objects.requireNonNull(gainsPresentValue, "gainsPresentValue");
        Objects.requireNonNull(netPresentValue, "netPresentValue");
        Objects.requireNonNull(payback, "payback");
        Objects.requireNonNull(breakEven, "breakEven");
    }

    /**
     * Returns whether this is society's result.
     *
     * @return true for society as a whole
     */
    public boolean isSociety() {
        return actor.isEmpty();
    }

    /**
     * Returns the investment undiscounted: the sum of the investment per project year.
     *
     * @return the sum
     */
    public Fraction investmentTotal() {
        return investmentByYear.stream().reduce(Fraction.ZERO, Fraction::plus);
    }

    /**
     * Returns the avoided costs undiscounted: the sum of the gains per year.
     *
     * @return the sum
     */
    public Fraction gainsTotal() {
        return gains.stream().map(YearGain::amount).reduce(Fraction.ZERO, Fraction::plus);
    }
}
