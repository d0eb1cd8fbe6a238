package se.finsam.budget;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;
import se.finsam.money.AmountFormat;
import se.finsam.money.Fraction;
import se.finsam.money.RoundingUnit;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.ValidationResult;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

/**
 * What size of equity is reasonable for an association, in steps by the association's size
 * (docs/domain.md, Equity).
 *
 * <p>A national recommendation (2013) sets such steps, but no public text pins their values, so
 * finsam hard-codes none: the steps are configuration. The size of an association is its income for
 * the year (the members' contributions). The step that applies is the last one whose {@code fromSize}
 * is at most the size; its {@code maxPercent} of the size is the reasonable equity, rounded down to
 * the rounding unit. A {@code maxPercent} is from 0 to 100 with at most 10 decimals.
 *
 * <pre>{@code
 * EquityPolicy policy = EquityPolicy.of(List.of(
 *         new EquityPolicy.Step(Money.of(0, "SEK"), new BigDecimal("20")),
 *         new EquityPolicy.Step(Money.of(15_000_000, "SEK"), new BigDecimal("15"))));   // illustrative values
 * EquityPolicy.of(List.of());   // throws: equity.thresholds-invalid
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param steps the steps, by strictly increasing {@code fromSize}, the first from zero
 */
public record EquityPolicy(List<Step> steps) {

    /** The most decimals of a step's {@code maxPercent}. */
    public static final int MAX_PERCENT_DECIMALS = 10;

    /**
     * One step: from this size on, equity up to this share of the size is reasonable.
     *
     * @param fromSize the smallest size the step applies to
     * @param maxPercent the reasonable equity as a percentage of the size, 0 to 100
     */
    public record Step(MonetaryAmount fromSize, BigDecimal maxPercent) {

        /**
         * Validates that no component is null; the ranges are checked by {@link EquityPolicy}.
         *
         * @param fromSize the smallest size the step applies to
         * @param maxPercent the reasonable equity as a percentage of the size
         * @throws NullPointerException if a component is null
         */
        public Step {
            Objects.requireNonNull(fromSize, "fromSize");
            Objects.requireNonNull(maxPercent, "maxPercent");
        }
    }

    /**
     * Validates the steps; reports every problem at once.
     *
     * @param steps the steps, by strictly increasing {@code fromSize}, the first from zero
     * @throws FinsamValidationException with code {@link ViolationCodes#EQUITY_THRESHOLDS_INVALID} at
     *     {@code /thresholds} or {@code /thresholds/1/fromSize}
     */
    public EquityPolicy {
        steps = List.copyOf(Objects.requireNonNull(steps, "steps"));
        List<MonetaryAmount> sizes = new ArrayList<>(steps.size());
        List<BigDecimal> percents = new ArrayList<>(steps.size());
        for (Step step : steps) {
            sizes.add(step.fromSize());
            percents.add(step.maxPercent());
        }
        check(sizes, percents).throwIfInvalid("equity thresholds");
    }

    /**
     * Checks thresholds without throwing, on what is known of them: a reader that reports every fault of a
     * document at once passes {@code null} for a size or percentage it could not read. Each percentage is
     * checked on its own; the first size must be 0; each known size must be above the known size before it.
     *
     * <pre>{@code
     * EquityPolicy.check(Arrays.asList(sek("0"), null), List.of(BigDecimal.valueOf(20), BigDecimal.valueOf(200)));
     *         // /1/maxPercent equity.thresholds-invalid, though the second size could not be read
     * }</pre>
     *
     * @param fromSizes each step's size, null where unknown
     * @param maxPercents each step's percentage, null where unknown; as many as the sizes
     * @return every violation, at {@code /<i>/fromSize} and {@code /<i>/maxPercent} (or {@code ""})
     */
    public static ValidationResult check(List<@Nullable MonetaryAmount> fromSizes, List<@Nullable BigDecimal> maxPercents) {
        Objects.requireNonNull(fromSizes, "fromSizes");
        Objects.requireNonNull(maxPercents, "maxPercents");
        if (fromSizes.size() != maxPercents.size()) {
            throw new IllegalArgumentException("Expected as many percentages as sizes, got " + fromSizes.size() + " sizes and "
                    + maxPercents.size() + " percentages");
        }
        List<Violation> v = new ArrayList<>();
        int n = fromSizes.size();
        if (n == 0) {
            v.add(Violation.of("", ViolationCodes.EQUITY_THRESHOLDS_INVALID, "The equity thresholds need at least one step"));
        } else if (fromSizes.get(0) != null && !fromSizes.get(0).isZero()) {
            v.add(Violation.of("/0/fromSize", ViolationCodes.EQUITY_THRESHOLDS_INVALID,
                    "The first equity step must start from size 0, was " + plain(fromSizes.get(0))));
        }
        MonetaryAmount before = null;
        for (int i = 0; i < n; i++) {
            BigDecimal percent = maxPercents.get(i);
            if (percent != null && (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0)) {
                v.add(Violation.of("/" + i + "/maxPercent", ViolationCodes.EQUITY_THRESHOLDS_INVALID,
                        "Reasonable equity must be from 0 to 100 percent of the size, was " + AmountFormat.plain(percent)));
            } else if (percent != null && percent.signum() > 0 && percent.stripTrailingZeros().scale() > MAX_PERCENT_DECIMALS) {
                v.add(Violation.of("/" + i + "/maxPercent", ViolationCodes.EQUITY_THRESHOLDS_INVALID,
                        "Reasonable equity may have at most " + MAX_PERCENT_DECIMALS + " decimals, was "
                                + AmountFormat.plain(percent)));
            }
            MonetaryAmount size = fromSizes.get(i);
            if (size == null) {
                continue;
            }
            if (before != null && !size.isGreaterThan(before)) {
                v.add(Violation.of("/" + i + "/fromSize", ViolationCodes.EQUITY_THRESHOLDS_INVALID,
                        "Equity steps must have strictly increasing sizes, but " + plain(size) + " follows " + plain(before)));
            }
            before = size;
        }
        return ValidationResult.of(v);
    }

    /**
     * Obtains a policy.
     *
     * @param steps the steps
     * @return the policy
     * @throws FinsamValidationException if the steps break a rule
     */
    public static EquityPolicy of(List<Step> steps) {
        return new EquityPolicy(steps);
    }

    /**
     * Checks equity against the reasonable level for an association of a given size.
     *
     * @param equity the equity at year end (may be negative)
     * @param size the association's size: its income for the year
     * @param unit the rounding unit; the reasonable level is rounded down to it
     * @return the check
     * @throws FinsamValidationException if {@code equity} or {@code size} is not a whole multiple of the
     *     unit or above {@link RoundingUnit#MAX_UNITS} units of it
     */
    public EquityCheck check(MonetaryAmount equity, MonetaryAmount size, RoundingUnit unit) {
        Objects.requireNonNull(equity, "equity");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(unit, "unit");
        Step applied = steps.get(0);
        for (Step s : steps) {
            if (!s.fromSize().isGreaterThan(size)) {
                applied = s;
            }
        }
        // Both in units first: an amount of any scale is a violation here, before any arithmetic on it.
        long sizeUnits = unit.unitsOf(size);
        long equityUnits = unit.unitsOf(equity);
        BigInteger limitUnits = Fraction.of(sizeUnits, 1).multipliedBy(Fraction.from(applied.maxPercent()))
                .dividedBy(Fraction.of(100, 1)).floor();
        long limit = limitUnits.longValueExact(); // at most the size, for a size that is not negative
        return new EquityCheck(equity, size, applied, unit.amountOf(limit, equity.getCurrency()),
                unit.amountOf(equityUnits - limit, equity.getCurrency()));
    }

    private static String plain(MonetaryAmount amount) {
        return AmountFormat.plain(amount);
    }
}
