package se.finsam.budget;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.money.MonetaryAmount;
import se.finsam.money.AmountFormat;
import se.finsam.money.Fraction;
import se.finsam.money.RoundingUnit;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

/**
 * What size of equity is reasonable for an association, in steps by the association's size (rule F9).
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
        List<Violation> v = new ArrayList<>();
        if (steps.isEmpty()) {
            v.add(Violation.of("", ViolationCodes.EQUITY_THRESHOLDS_INVALID, "The equity thresholds need at least one step"));
        } else if (!steps.get(0).fromSize().isZero()) {
            v.add(Violation.of("/0/fromSize", ViolationCodes.EQUITY_THRESHOLDS_INVALID,
                    "The first equity step must start from size 0, was " + plain(steps.get(0).fromSize())));
        }
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            if (s.maxPercent().signum() < 0 || s.maxPercent().compareTo(BigDecimal.valueOf(100)) > 0) {
                v.add(Violation.of("/" + i + "/maxPercent", ViolationCodes.EQUITY_THRESHOLDS_INVALID,
                        "Reasonable equity must be from 0 to 100 percent of the size, was " + AmountFormat.plain(s.maxPercent())));
            } else if (s.maxPercent().signum() > 0 && s.maxPercent().stripTrailingZeros().scale() > MAX_PERCENT_DECIMALS) {
                v.add(Violation.of("/" + i + "/maxPercent", ViolationCodes.EQUITY_THRESHOLDS_INVALID,
                        "Reasonable equity may have at most " + MAX_PERCENT_DECIMALS + " decimals, was "
                                + AmountFormat.plain(s.maxPercent())));
            }
            if (i > 0 && !s.fromSize().isGreaterThan(steps.get(i - 1).fromSize())) {
                v.add(Violation.of("/" + i + "/fromSize", ViolationCodes.EQUITY_THRESHOLDS_INVALID,
                        "Equity steps must have strictly increasing sizes, but " + plain(s.fromSize()) + " follows "
                                + plain(steps.get(i - 1).fromSize())));
            }
        }
        if (!v.isEmpty()) {
            throw new FinsamValidationException("equity thresholds", v);
        }
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
