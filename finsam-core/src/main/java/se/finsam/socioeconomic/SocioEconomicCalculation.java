package se.finsam.socioeconomic;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;
import se.finsam.money.Fraction;
import se.finsam.project.CostSchedule;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.TextRules;
import se.finsam.validation.ValidationResult;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

/**
 * A project's socio-economic calculation (docs/socioeconomic.md): what it costs and who pays, what the
 * exclusion of one person costs each actor, how many participants leave exclusion and for how long; and its
 * results: for each actor and for society, over each horizon, the investment, the avoided costs year by
 * year, the net present value, the payback time and the break-even number of successful participants, and a
 * sensitivity table.
 *
 * <p>The timeline: the project's costs fall in its years 1 to {@code m}, financed in the statutory shares
 * ({@link Actor#statutoryShare()}); the successful participants are out of exclusion from the year after,
 * for as long as the {@link Effect} says; a horizon counts the years after the project. Every year's flows
 * are discounted to the project's start by {@code 1 / (1 + rate)^(year − 1)}, the project's first year
 * undiscounted. Everything is exact: a rate of 3.5 % gives discount factors {@code (200/207)^n}. Nothing is
 * rounded; reports round for display.
 *
 * <pre>{@code
 * SocioEconomicCalculation calculation = new SocioEconomicCalculation("Unga till arbete", Optional.empty(), sek,
 *         List.of(sek("9000000")), Success.rate(160, Fraction.of(1, 4)), costOfExclusion,
 *         Effect.fallingOff(Fraction.of(1, 10)), Fraction.of(7, 200), SocioEconomicCalculation.DEFAULT_HORIZONS);
 * calculation.atHorizon(5).society().netPresentValue();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param name the project's or calculation's name
 * @param note a note, e.g. where the figures come from
 * @param currency the currency of every amount
 * @param projectCosts the project's cost in each of its years, from the first; at least one year, at most
 *     {@link #MAX_PROJECT_YEARS}
 * @param success the participants and how many of them succeed
 * @param costOfExclusion what one person's exclusion costs per year
 * @param effect how long the effect lasts
 * @param discountRate the yearly discount rate, a fraction of one from 0 to 1
 * @param horizons the horizons to report, in years after the project, ascending, from 1 to {@link #MAX_HORIZON}
 */
public record SocioEconomicCalculation(String name, Optional<String> note, CurrencyUnit currency,
        List<MonetaryAmount> projectCosts, Success success, CostOfExclusion costOfExclusion, Effect effect,
        Fraction discountRate, List<Integer> horizons) {

    /** The largest amount of any cost, in major units: 10<sup>13</sup>. */
    public static final BigDecimal MAX_AMOUNT = BigDecimal.TEN.pow(13);
    /** The longest horizon and the longest effect given year by year: 50 years. */
    public static final int MAX_HORIZON = 50;
    /** The most horizons a calculation reports: 10. */
    public static final int MAX_HORIZONS = 10;
    /** The most years a project's costs may span: 20. */
    public static final int MAX_PROJECT_YEARS = 20;
    /** The most participants: 10<sup>9</sup>. */
    public static final long MAX_PARTICIPANTS = 1_000_000_000L;
    /** The most decimals of a percentage (rates and shares): 10, so every factor has a bounded denominator. */
    public static final int MAX_PERCENT_DECIMALS = 10;
    /** The horizons reported by default: 1, 5 and 20 years. */
    public static final List<Integer> DEFAULT_HORIZONS = List.of(1, 5, 20);

    private static final BigInteger PERCENT_DENOMINATOR = BigInteger.TEN.pow(MAX_PERCENT_DECIMALS + 2);

    /**
     * Validates the calculation.
     *
     * @param name the name
     * @param note a note
     * @param currency the currency
     * @param projectCosts the cost per project year
     * @param success the success
     * @param costOfExclusion the cost of exclusion
     * @param effect the effect
     * @param discountRate the discount rate
     * @param horizons the horizons
     * @throws FinsamValidationException as {@link #check} finds
     */
    public SocioEconomicCalculation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(currency, "currency");
        projectCosts = List.copyOf(projectCosts);
        Objects.requireNonNull(success, "success");
        Objects.requireNonNull(costOfExclusion, "costOfExclusion");
        Objects.requireNonNull(effect, "effect");
        Objects.requireNonNull(discountRate, "discountRate");
        horizons = List.copyOf(horizons);
        check(name, note, currency, new ArrayList<>(projectCosts), discountRate, new ArrayList<>(horizons))
                .and(checkCurrency(costOfExclusion, currency))
                .throwIfInvalid("socio-economic calculation");
    }

    /**
     * Returns the cost per year of a project's cost schedule, for {@code projectCosts}: the amounts of its
     * years in order, the first year the project's first.
     *
     * @param schedule the project's cost schedule
     * @return the cost per year
     */
    public static List<MonetaryAmount> costsOf(CostSchedule schedule) {
        return schedule.years().stream().map(schedule::amountIn).toList();
    }

    /**
     * Checks the calculation's own fields, those given (null where unknown): the name and note, the project
     * costs (one year at least, {@link #MAX_PROJECT_YEARS} at most, each from 0 to {@link #MAX_AMOUNT} in the
     * currency), the discount rate (0 % to 100 %, at most {@link #MAX_PERCENT_DECIMALS} decimals) and the
     * horizons (one at least, {@link #MAX_HORIZONS} at most, each from 1 to {@link #MAX_HORIZON}, ascending).
     * The parts check themselves: {@link Success#check}, {@link CostOfExclusion#check},
     * {@link ExclusionCost#check}, {@link Effect#checkByYear}, {@link Effect#checkFallOff}.
     *
     * <pre>{@code SocioEconomicCalculation.check("X", Optional.empty(), sek, costs, Fraction.of(7, 200), List.of(0))   // /horizons/0}</pre>
     *
     * @param name the name, or null
     * @param note the note, or null
     * @param currency the currency, or null
     * @param projectCosts the project costs, null where unknown
     * @param discountRate the discount rate, or null
     * @param horizons the horizons, null where unknown
     * @return the violations, at {@code /name}, {@code /note}, {@code /projectCosts/<i>}, {@code /discountRate}
     *     and {@code /horizons/<i>}
     */
    @SuppressWarnings("NullableOptional") // empty if not given, null if given but unreadable
    public static ValidationResult check(@Nullable String name, @Nullable Optional<String> note,
            @Nullable CurrencyUnit currency, List<@Nullable MonetaryAmount> projectCosts, @Nullable Fraction discountRate,
            List<@Nullable Integer> horizons) {
        List<Violation> v = new ArrayList<>();
        if (name != null) {
            TextRules.checkName("/name", name, v);
        }
        if (note != null) {
            TextRules.checkNote("/note", note, v);
        }
        if (projectCosts.isEmpty()) {
            v.add(Violation.of("/projectCosts", ViolationCodes.VALUE_MISSING, "The project's cost in at least its first "
                    + "year is needed"));
        } else if (projectCosts.size() > MAX_PROJECT_YEARS) {
            v.add(Violation.of("/projectCosts", ViolationCodes.SOCIOECONOMIC_TOO_MANY_YEARS, "A project's costs may span "
                    + "at most " + MAX_PROJECT_YEARS + " years, were " + projectCosts.size()));
        }
        for (int i = 0; i < projectCosts.size(); i++) {
            Checks.amount("/projectCosts/" + i, "The project's cost in year " + (i + 1), projectCosts.get(i), currency, v);
        }
        if (discountRate != null && (discountRate.signum() < 0 || discountRate.compareTo(Fraction.ONE) > 0
                || !isPercentage(discountRate))) {
            v.add(Violation.of("/discountRate", ViolationCodes.SOCIOECONOMIC_DISCOUNT_RATE_OUT_OF_RANGE,
                    "The discount rate must be from 0 % to 100 % with at most " + MAX_PERCENT_DECIMALS
                            + " decimals, was " + Checks.percent(discountRate)));
        }
        checkHorizons(horizons, v);
        return ValidationResult.of(v);
    }

    private static void checkHorizons(List<@Nullable Integer> horizons, List<Violation> v) {
        if (horizons.isEmpty()) {
            v.add(Violation.of("/horizons", ViolationCodes.VALUE_MISSING, "At least one horizon is needed"));
        } else if (horizons.size() > MAX_HORIZONS) {
            v.add(Violation.of("/horizons", ViolationCodes.SOCIOECONOMIC_HORIZON_OUT_OF_RANGE, "At most " + MAX_HORIZONS
                    + " horizons may be reported, were " + horizons.size()));
        }
        Integer before = null;
        for (int i = 0; i < horizons.size(); i++) {
            Integer horizon = horizons.get(i);
            if (horizon == null) {
                continue;
            }
            if (horizon < 1 || horizon > MAX_HORIZON) {
                v.add(Violation.of("/horizons/" + i, ViolationCodes.SOCIOECONOMIC_HORIZON_OUT_OF_RANGE,
                        "A horizon must be from 1 to " + MAX_HORIZON + " years after the project, was " + horizon));
            } else if (before != null && horizon <= before) {
                v.add(Violation.of("/horizons/" + i, ViolationCodes.SOCIOECONOMIC_HORIZON_OUT_OF_RANGE,
                        "The horizons must ascend, each once; " + horizon + " follows " + before));
            }
            before = before == null || horizon > before ? horizon : before;
        }
    }

    /**
     * Returns whether a fraction of one is a percentage with at most {@link #MAX_PERCENT_DECIMALS} decimals.
     *
     * @param share the fraction of one
     * @return whether {@code share × 10^(MAX_PERCENT_DECIMALS + 2)} is whole
     */
    static boolean isPercentage(Fraction share) {
        return PERCENT_DENOMINATOR.mod(share.denominator()).signum() == 0;
    }

    /**
     * Checks that the cost of exclusion is in the calculation's currency.
     *
     * @param costOfExclusion the cost of exclusion
     * @param currency the currency
     * @return the violations, under {@code /costOfExclusion}
     */
    public static ValidationResult checkCurrency(CostOfExclusion costOfExclusion, CurrencyUnit currency) {
        List<Violation> v = new ArrayList<>();
        Checks.amount("/lostProduction", "Lost production", costOfExclusion.lostProduction(), currency, v);
        ValidationResult result = ValidationResult.of(v);
        for (int i = 0; i < costOfExclusion.actors().size(); i++) {
            result = result.and(CostOfExclusion.currency(costOfExclusion.actors().get(i), currency).under("/actors/" + i));
        }
        return result.under("/costOfExclusion");
    }

    /**
     * Returns the results over each of the calculation's horizons.
     *
     * @return one result per horizon, in order
     */
    public List<HorizonResult> results() {
        Calculator calculator = new Calculator(this, horizons.get(horizons.size() - 1), discountRate);
        return horizons.stream().map(horizon -> calculator.result(horizon, success, Fraction.ONE)).toList();
    }

    /**
     * Returns the result over a horizon.
     *
     * @param horizon the years after the project, from 1 to {@link #MAX_HORIZON}
     * @return the result
     * @throws IllegalArgumentException for a horizon out of range
     */
    public HorizonResult atHorizon(int horizon) {
        if (horizon < 1 || horizon > MAX_HORIZON) {
            throw new IllegalArgumentException("A horizon must be from 1 to " + MAX_HORIZON + ", was " + horizon);
        }
        return new Calculator(this, horizon, discountRate).result(horizon, success, Fraction.ONE);
    }

    /**
     * Returns the sensitivity table, at the longest horizon.
     *
     * @return the table
     */
    public Sensitivity sensitivity() {
        int longest = horizons.get(horizons.size() - 1);
        TreeSet<Integer> years = new TreeSet<>(Sensitivity.HORIZONS);
        years.addAll(horizons);
        Calculator calculator = new Calculator(this, years.last(), discountRate);
        List<Sensitivity.Row> rows = new ArrayList<>();
        Fraction all = Fraction.of(success.participants(), 1);
        for (Fraction factor : Sensitivity.FACTORS) {
            Fraction successful = success.successful().multipliedBy(factor);
            Success varied = success.withSuccessful(successful.compareTo(all) > 0 ? all : successful);
            rows.add(new Sensitivity.Row(Sensitivity.Parameter.SUCCESS, factor, varied.successful(),
                    calculator.result(longest, varied, Fraction.ONE)));
        }
        Fraction stated = costOfExclusion.perPersonAndYear();
        for (Fraction factor : Sensitivity.FACTORS) {
            rows.add(new Sensitivity.Row(Sensitivity.Parameter.COST_OF_EXCLUSION, factor, stated.multipliedBy(factor),
                    calculator.result(longest, success, factor)));
        }
        for (Fraction factor : Sensitivity.FACTORS) {
            Fraction rate = discountRate.multipliedBy(factor);
            Calculator atRate = factor.equals(Fraction.ONE) ? calculator : new Calculator(this, longest, rate);
            rows.add(new Sensitivity.Row(Sensitivity.Parameter.DISCOUNT_RATE, factor, rate,
                    atRate.result(longest, success, Fraction.ONE)));
        }
        for (int horizon : years) {
            rows.add(new Sensitivity.Row(Sensitivity.Parameter.HORIZON, Fraction.of(horizon, longest),
                    Fraction.of(horizon, 1), calculator.result(horizon, success, Fraction.ONE)));
        }
        return new Sensitivity(longest, rows);
    }

    /**
     * Returns the same calculation with another success, e.g. one taken from a participant follow-up.
     *
     * @param other the participants and how many succeed
     * @return the calculation
     */
    public SocioEconomicCalculation withSuccess(Success other) {
        return new SocioEconomicCalculation(name, note, currency, projectCosts, other, costOfExclusion, effect,
                discountRate, horizons);
    }
}
