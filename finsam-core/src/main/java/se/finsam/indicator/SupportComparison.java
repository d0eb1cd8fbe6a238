package se.finsam.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;
import se.finsam.money.Amounts;
import se.finsam.money.Fraction;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

/**
 * The change of one area's försörjningsmått from one period to another: in kronor paid, in kronor per
 * inhabitant and day, and relative to the earlier rate.
 *
 * <p>Every change is {@code later − earlier}, so comparing the other way round negates it. The relative
 * change is {@code (later rate − earlier rate) / earlier rate}: it compares rates, not kronor, so
 * periods of different lengths (a quarter and a half year) compare fairly; it does not exist when the
 * earlier rate is zero.
 *
 * <pre>{@code
 * SupportComparison c = SupportComparison.of(q2of2010, q2of2011);
 * c.paymentChange();     // e.g. -40 250 000 SEK
 * c.rateChange();        // the change in kr per inhabitant and day, exact
 * c.relativeChange();    // e.g. Optional[-1/10]: 10 % lower
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param earlier the measure compared with
 * @param later the measure compared
 */
public record SupportComparison(SupportMeasure earlier, SupportMeasure later) {

    /**
     * Validates that the two measures can be compared.
     *
     * @param earlier the measure compared with
     * @param later the measure compared
     * @throws NullPointerException if a measure is null
     * @throws FinsamValidationException at path {@code /later} if the two count different age bands
     *     ({@link ViolationCodes#INDICATOR_AGE_BAND_MISMATCH}) or are in different currencies
     *     ({@link ViolationCodes#AMOUNT_CURRENCY_MISMATCH}): such changes would mix a change of
     *     definition with a change of support
     */
    public SupportComparison {
        Objects.requireNonNull(earlier, "earlier");
        Objects.requireNonNull(later, "later");
        List<Violation> violations = new ArrayList<>();
        if (!earlier.ageBand().equals(later.ageBand())) {
            violations.add(Violation.of("/later", ViolationCodes.INDICATOR_AGE_BAND_MISMATCH, "Cannot compare a measure of ages "
                    + later.ageBand() + " with one of ages " + earlier.ageBand()));
        }
        String earlierCurrency = earlier.figures().currency().getCurrencyCode();
        String laterCurrency = later.figures().currency().getCurrencyCode();
        if (!earlierCurrency.equals(laterCurrency)) {
            violations.add(Violation.of("/later", ViolationCodes.AMOUNT_CURRENCY_MISMATCH, "Cannot compare payments in "
                    + laterCurrency + " with payments in " + earlierCurrency));
        }
        if (!violations.isEmpty()) {
            throw new FinsamValidationException("comparison of support measures", violations);
        }
    }

    /**
     * Obtains the comparison of two measures of the same area, usually of two periods.
     *
     * @param earlier the measure compared with
     * @param later the measure compared
     * @return the comparison
     * @throws FinsamValidationException if the two count different age bands or currencies
     */
    public static SupportComparison of(SupportMeasure earlier, SupportMeasure later) {
        return new SupportComparison(earlier, later);
    }

    /**
     * Returns the change in what was paid of one kind.
     *
     * @param kind the kind
     * @return later minus earlier, exact
     */
    public MonetaryAmount paymentChange(SupportKind kind) {
        return money(later.figures().paid(kind).subtract(earlier.figures().paid(kind)));
    }

    /**
     * Returns the change in what was paid of all kinds together.
     *
     * @return later minus earlier, exact
     */
    public MonetaryAmount paymentChange() {
        return money(later.figures().totalPaid().subtract(earlier.figures().totalPaid()));
    }

    private MonetaryAmount money(BigDecimal amount) {
        return Amounts.exact(amount, later.figures().currency());
    }

    /**
     * Returns the change in kronor per inhabitant and day of one kind.
     *
     * @param kind the kind
     * @return later rate minus earlier rate, exact
     */
    public Fraction rateChange(SupportKind kind) {
        return later.rate(kind).minus(earlier.rate(kind));
    }

    /**
     * Returns the change of the försörjningsmått, in kronor per inhabitant and day.
     *
     * @return later rate minus earlier rate, exact
     */
    public Fraction rateChange() {
        return later.rate().minus(earlier.rate());
    }

    /**
     * Returns the change of the rate of one kind relative to its earlier rate, as a fraction of one
     * ({@code -1/10} is 10 % lower).
     *
     * @param kind the kind
     * @return the relative change, or empty when the earlier rate is zero
     */
    public Optional<Fraction> relativeChange(SupportKind kind) {
        return relative(earlier.rate(kind), later.rate(kind));
    }

    /**
     * Returns the change of the försörjningsmått relative to its earlier value, as a fraction of one.
     *
     * @return the relative change, or empty when the earlier rate is zero
     */
    public Optional<Fraction> relativeChange() {
        return relative(earlier.rate(), later.rate());
    }

    private static Optional<Fraction> relative(Fraction before, Fraction after) {
        return before.signum() == 0 ? Optional.empty() : Optional.of(after.minus(before).dividedBy(before));
    }
}
