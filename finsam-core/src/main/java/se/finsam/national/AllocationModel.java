package se.finsam.national;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;
import se.finsam.money.AmountFormat;
import se.finsam.money.Amounts;
import se.finsam.money.RoundingUnit;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.ValidationResult;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

/**
 * The model by which Försäkringskassan splits the state appropriation among the coordination
 * associations (Försäkringskassan's allocation model; docs/domain.md, The national allocation), with its
 * parameters as configuration.
 *
 * <p>In force from the 2016 allocation ({@link #of2016(CurrencyUnit)}): every association gets a base
 * of 400 000 kr; the rest is split 75 % by försörjningsmått and 25 % by population aged 16–64 in the
 * association's area; and no association gets more than 10 % less than the year before, unless its
 * equity exceeds the reasonable level. A limit on increases is optional. How the limits' money is
 * redistributed is described at {@link StateAllocation}; {@link #allocate} computes it exactly.
 *
 * <pre>{@code
 * AllocationModel model = AllocationModel.of2016(sek);                     // valid
 * model.withWeights(new BigDecimal("70"), new BigDecimal("25"));           // throws: national.weights-sum
 * StateAllocation allocation = model.allocate(Money.of(339_000_000, sek), associations, RoundingUnit.KRONA);
 * }</pre>
 *
 * <p>Weights and limits are percentages with at most 10 decimals. Violations are located as in the
 * document format's {@code parameters} object: {@code /base}, {@code /supportMeasureWeight},
 * {@code /populationWeight}, {@code /maxDecrease}, {@code /maxIncrease}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param base the base amount every association gets, not negative
 * @param supportMeasureWeight the percentage of the rest split by försörjningsmått, 0 to 100
 * @param populationWeight the percentage of the rest split by population aged 16–64, 0 to 100; the two
 *     weights sum to exactly 100
 * @param maxDecrease the largest decrease from the previous year's allocation, as a percentage from 0
 *     to 100, for associations whose equity is not above the reasonable level; empty for no such limit
 * @param maxIncrease the largest increase from the previous year's allocation, as a percentage from 0
 *     to 1 000, for every association; empty for no such limit
 */
public record AllocationModel(MonetaryAmount base, BigDecimal supportMeasureWeight, BigDecimal populationWeight,
        Optional<BigDecimal> maxDecrease, Optional<BigDecimal> maxIncrease) {

    /** The most decimals a weight or limit may have. */
    public static final int MAX_PERCENT_DECIMALS = 10;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    /**
     * Validates the parameters; reports every problem at once.
     *
     * @param base the base amount every association gets, not negative
     * @param supportMeasureWeight the percentage of the rest split by försörjningsmått, 0 to 100
     * @param populationWeight the percentage of the rest split by population aged 16–64, 0 to 100; the
     *     two weights sum to exactly 100
     * @param maxDecrease the largest decrease from the previous year's allocation, as a percentage from
     *     0 to 100, for associations whose equity is not above the reasonable level; empty for no limit
     * @param maxIncrease the largest increase from the previous year's allocation, as a percentage from
     *     0 to 1 000, for every association; empty for no limit
     * @throws NullPointerException if a component is null
     * @throws FinsamValidationException with codes {@link ViolationCodes#AMOUNT_NEGATIVE},
     *     {@link ViolationCodes#NATIONAL_WEIGHT_OUT_OF_RANGE}, {@link ViolationCodes#NATIONAL_WEIGHTS_SUM}
     *     or {@link ViolationCodes#NATIONAL_LIMIT_OUT_OF_RANGE}
     */
    public AllocationModel {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(supportMeasureWeight, "supportMeasureWeight");
        Objects.requireNonNull(populationWeight, "populationWeight");
        Objects.requireNonNull(maxDecrease, "maxDecrease");
        Objects.requireNonNull(maxIncrease, "maxIncrease");
        check(base, supportMeasureWeight, populationWeight, maxDecrease, maxIncrease).throwIfInvalid("allocation model");
    }

    /**
     * Checks the parameters without throwing, on what is known of them: a reader that reports every fault
     * of a document at once passes {@code null} for a parameter it could not read (and has reported), and
     * the rules that need it are skipped: the weights' sum needs both weights, each within its range.
     *
     * <pre>{@code
     * AllocationModel.check(Money.of(400_000, sek), new BigDecimal("75"), new BigDecimal("25"), Optional.of(BigDecimal.TEN),
     *         Optional.empty());                                                            // valid
     * AllocationModel.check(null, new BigDecimal("70"), null, Optional.empty(), Optional.of(new BigDecimal("-1")));
     *         // /maxIncrease national.limit-out-of-range only: the sum needs the population weight
     * }</pre>
     *
     * @param base the base amount, or null if unknown
     * @param supportMeasureWeight the percentage split by försörjningsmått, or null if unknown
     * @param populationWeight the percentage split by population, or null if unknown
     * @param maxDecrease the limit on decrease; empty for none, null if given but unknown
     * @param maxIncrease the limit on increase; empty for none, null if given but unknown
     * @return every violation, at {@code /base}, {@code /supportMeasureWeight}, {@code /populationWeight},
     *     {@code ""} (the sum), {@code /maxDecrease} and {@code /maxIncrease}
     */
    @SuppressWarnings("NullableOptional") // empty for no limit, null if given but unreadable (see above)
    public static ValidationResult check(@Nullable MonetaryAmount base, @Nullable BigDecimal supportMeasureWeight,
            @Nullable BigDecimal populationWeight, @Nullable Optional<BigDecimal> maxDecrease,
            @Nullable Optional<BigDecimal> maxIncrease) {
        List<Violation> violations = new ArrayList<>();
        if (base != null && base.isNegative()) {
            violations.add(Violation.of("/base", ViolationCodes.AMOUNT_NEGATIVE, "Base amount must not be negative, was "
                    + AmountFormat.plain(base)));
        }
        boolean weightsOk = supportMeasureWeight != null && percent(supportMeasureWeight, HUNDRED, "/supportMeasureWeight",
                "Weight of försörjningsmått", ViolationCodes.NATIONAL_WEIGHT_OUT_OF_RANGE, violations);
        weightsOk &= populationWeight != null && percent(populationWeight, HUNDRED, "/populationWeight", "Weight of population",
                ViolationCodes.NATIONAL_WEIGHT_OUT_OF_RANGE, violations);
        if (weightsOk && supportMeasureWeight != null && populationWeight != null
                && supportMeasureWeight.add(populationWeight).compareTo(HUNDRED) != 0) {
            violations.add(Violation.of("", ViolationCodes.NATIONAL_WEIGHTS_SUM, "Weights of försörjningsmått and population"
                    + " must sum to 100 %, were " + supportMeasureWeight.toPlainString() + " % + "
                    + populationWeight.toPlainString() + " % = " + supportMeasureWeight.add(populationWeight).toPlainString()
                    + " %"));
        }
        if (maxDecrease != null) {
            maxDecrease.ifPresent(d -> percent(d, HUNDRED, "/maxDecrease", "Limit on decrease",
                    ViolationCodes.NATIONAL_LIMIT_OUT_OF_RANGE, violations));
        }
        if (maxIncrease != null) {
            maxIncrease.ifPresent(u -> percent(u, THOUSAND, "/maxIncrease", "Limit on increase",
                    ViolationCodes.NATIONAL_LIMIT_OUT_OF_RANGE, violations));
        }
        return ValidationResult.of(violations);
    }

    private static boolean percent(BigDecimal value, BigDecimal max, String path, String what, String code,
            List<Violation> violations) {
        if (value.signum() < 0 || value.compareTo(max) > 0) {
            violations.add(Violation.of(path, code, what + " must be from 0 to " + max + " %, was " + AmountFormat.plain(value)
                    + " %"));
            return false;
        }
        if (value.stripTrailingZeros().scale() > MAX_PERCENT_DECIMALS) {
            violations.add(Violation.of(path, code, what + " may have at most " + MAX_PERCENT_DECIMALS + " decimals, was "
                    + AmountFormat.plain(value) + " %"));
            return false;
        }
        return true;
    }

    /**
     * Obtains a model from its parameters.
     *
     * <pre>{@code AllocationModel.of(Money.of(400_000, sek), new BigDecimal("75"), new BigDecimal("25"), BigDecimal.TEN, null)}</pre>
     *
     * @param base the base amount every association gets
     * @param supportMeasureWeight the percentage split by försörjningsmått
     * @param populationWeight the percentage split by population aged 16–64
     * @param maxDecrease the limit on decrease in percent, or null for none
     * @param maxIncrease the limit on increase in percent, or null for none
     * @return the model
     * @throws FinsamValidationException if a parameter breaks a rule
     */
    public static AllocationModel of(MonetaryAmount base, BigDecimal supportMeasureWeight, BigDecimal populationWeight,
            @Nullable BigDecimal maxDecrease, @Nullable BigDecimal maxIncrease) {
        return new AllocationModel(base, supportMeasureWeight, populationWeight, Optional.ofNullable(maxDecrease),
                Optional.ofNullable(maxIncrease));
    }

    /**
     * Obtains the model in force from the 2016 allocation: a base of 400 000 kr, 75 % by
     * försörjningsmått, 25 % by population aged 16–64, at most 10 % decrease for associations whose
     * equity is not above the reasonable level, no limit on increase.
     *
     * <pre>{@code AllocationModel.of2016(Monetary.getCurrency("SEK"))}</pre>
     *
     * @param currency the currency of the base, normally SEK
     * @return the model
     */
    public static AllocationModel of2016(CurrencyUnit currency) {
        Objects.requireNonNull(currency, "currency");
        return of(Amounts.exact(BigDecimal.valueOf(400_000), currency), BigDecimal.valueOf(75), BigDecimal.valueOf(25),
                BigDecimal.TEN, null);
    }

    /**
     * Returns a copy with another base amount.
     *
     * @param newBase the base every association gets
     * @return the new model
     * @throws FinsamValidationException if the base is negative
     */
    public AllocationModel withBase(MonetaryAmount newBase) {
        return new AllocationModel(newBase, supportMeasureWeight, populationWeight, maxDecrease, maxIncrease);
    }

    /**
     * Returns a copy with other weights.
     *
     * @param newSupportMeasureWeight the percentage split by försörjningsmått
     * @param newPopulationWeight the percentage split by population aged 16–64
     * @return the new model
     * @throws FinsamValidationException if a weight is out of range or they do not sum to 100
     */
    public AllocationModel withWeights(BigDecimal newSupportMeasureWeight, BigDecimal newPopulationWeight) {
        return new AllocationModel(base, newSupportMeasureWeight, newPopulationWeight, maxDecrease, maxIncrease);
    }

    /**
     * Returns a copy with another limit on decrease.
     *
     * @param percent the largest decrease in percent, or null for no limit
     * @return the new model
     * @throws FinsamValidationException if the limit is out of range
     */
    public AllocationModel withMaxDecrease(@Nullable BigDecimal percent) {
        return new AllocationModel(base, supportMeasureWeight, populationWeight, Optional.ofNullable(percent), maxIncrease);
    }

    /**
     * Returns a copy with another limit on increase.
     *
     * @param percent the largest increase in percent, or null for no limit
     * @return the new model
     * @throws FinsamValidationException if the limit is out of range
     */
    public AllocationModel withMaxIncrease(@Nullable BigDecimal percent) {
        return new AllocationModel(base, supportMeasureWeight, populationWeight, maxDecrease, Optional.ofNullable(percent));
    }

    /**
     * Splits an amount among the associations by this model, exactly at the rounding unit (see
     * {@link StateAllocation} for every step).
     *
     * <p>Every violation says which part of the input it concerns ({@link NationalValidationException#located()}):
     * the amount's {@code /appropriation} and {@code /roundingUnit}, this model's {@code /base} and
     * {@code /maxIncrease}, or an association's {@code /id} and {@code /previousAllocation}.
     *
     * @param amount the amount to split: the appropriation, less any supplementary funds kept back
     * @param associations the associations, in order; the order decides exact ties
     * @param unit the rounding unit of every allocation
     * @return the allocation, explained per association
     * @throws NationalValidationException if an amount is in another currency, negative or not a multiple of
     *     the unit; there are no associations, too many or two with one id; an association the limits apply
     *     to has no previous allocation; a measure with a positive weight is zero everywhere; or the
     *     limits cannot all be met: the amount is below the bases
     *     ({@link ViolationCodes#NATIONAL_APPROPRIATION_BELOW_BASES}), below the floors
     *     ({@link ViolationCodes#NATIONAL_FLOORS_ABOVE_APPROPRIATION}) or above the ceilings
     *     ({@link ViolationCodes#NATIONAL_CEILINGS_BELOW_APPROPRIATION})
     */
    public StateAllocation allocate(MonetaryAmount amount, List<AssociationFigures> associations, RoundingUnit unit) {
        return StateCalculator.allocate(this, amount, associations, unit, null);
    }
}
