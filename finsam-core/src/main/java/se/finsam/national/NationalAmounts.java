package se.finsam.national;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;
import se.finsam.money.AmountFormat;
import se.finsam.money.Decimals;
import se.finsam.money.RoundingUnit;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

/** Checks amounts of the national allocation and turns them into counts of units. */
final class NationalAmounts {

    private NationalAmounts() {
    }

    /**
     * Returns an amount as a count of units, or null after recording why it cannot be one: another
     * currency, not a multiple of the unit, too large, or negative.
     *
     * @param amount the amount
     * @param currency the currency every amount must be in
     * @param unit the rounding unit
     * @param path where the amount is, relative to the value it belongs to
     * @param what what the amount is, for messages, e.g. "Previous allocation of 'x'"
     * @param violations receives the violations
     * @return the units, not negative, or null if invalid
     */
    static @Nullable Long units(MonetaryAmount amount, CurrencyUnit currency, RoundingUnit unit, String path, String what,
            Consumer<Violation> violations) {
        return units(amount, currency, unit, () -> path, () -> what, violations);
    }

    /**
     * As {@link #units(MonetaryAmount, CurrencyUnit, RoundingUnit, String, String, Consumer)}, with path and
     * description made only for a violation: for amounts checked once per association.
     */
    static @Nullable Long units(MonetaryAmount amount, CurrencyUnit currency, RoundingUnit unit, Supplier<String> pathOf,
            Supplier<String> whatOf, Consumer<Violation> violations) {
        if (!amount.getCurrency().getCurrencyCode().equals(currency.getCurrencyCode())) {
            String path = pathOf.get();
            String what = whatOf.get();
            violations.accept(Violation.of(path, ViolationCodes.AMOUNT_CURRENCY_MISMATCH, what + " is in "
                    + amount.getCurrency().getCurrencyCode() + ", but the national allocation is in "
                    + currency.getCurrencyCode()));
            return null;
        }
        long units;
        try {
            units = unit.unitsOf(amount);
        } catch (FinsamValidationException e) {
            String path = pathOf.get();
            String what = whatOf.get();
            e.violations().forEach(v -> violations.accept(Violation.of(path, v.code(), what + ": " + v.message())));
            return null;
        }
        if (units < 0) {
            violations.accept(Violation.of(pathOf.get(), ViolationCodes.AMOUNT_NEGATIVE, whatOf.get() + " must not be negative, was "
                    + unit.decimalOf(units).toPlainString()));
            return null;
        }
        return units;
    }

    /**
     * As {@link #units(MonetaryAmount, CurrencyUnit, RoundingUnit, Supplier, Supplier, Consumer)}, on what is
     * known: null, without a violation, when the amount is unknown (null) or when the currency or the unit
     * is unknown (then only a negative amount is reported). An amount whose sign is the rule of the value
     * it belongs to ({@code signChecked}, e.g. a previous allocation of {@link AssociationFigures}) is not
     * reported negative here again.
     *
     * @return the units, not negative, or null if unknown or invalid
     */
    static @Nullable Long knownUnits(@Nullable MonetaryAmount amount, boolean signChecked, @Nullable CurrencyUnit currency,
            @Nullable RoundingUnit unit, Supplier<String> pathOf, Supplier<String> whatOf, Consumer<Violation> violations) {
        if (amount == null || (signChecked && amount.isNegative())) {
            return null;
        }
        if (currency == null || unit == null) {
            if (amount.isNegative()) {
                violations.accept(Violation.of(pathOf.get(), ViolationCodes.AMOUNT_NEGATIVE, whatOf.get() + " must not be negative,"
                        + " was " + AmountFormat.plain(amount)));
            }
            return null;
        }
        return units(amount, currency, unit, pathOf, whatOf, violations);
    }

    /**
     * The units of an amount that was checked, once its check has found nothing wrong: {@link #units} and
     * {@link #knownUnits} return null only after recording a violation, or when the amount, its currency or
     * its unit is unknown, and the callers go on only when nothing was recorded and everything is known.
     *
     * @param units what {@link #units} or {@link #knownUnits} returned
     * @return the units
     */
    static long valid(@Nullable Long units) {
        return Objects.requireNonNull(units, "an amount without units has a violation, and the caller stops at one");
    }

    /** Formats a count of units the Swedish way: {@code 1 308 750 kr}. */
    static String format(long units, RoundingUnit unit, CurrencyUnit currency) {
        return AmountFormat.amount(unit.decimalOf(units), unit.scale(), currency);
    }

    /** Formats a decimal for people: {@code 1 234,5}, {@code 75}. */
    static String number(BigDecimal value) {
        BigDecimal stripped = Decimals.stripTrailingZeros(value);
        long scale = stripped.scale();
        if (scale > 40 || stripped.precision() - scale > 40) {
            // A number no rule accepts (its own violation says so): quoted shortly, never spelt out.
            return AmountFormat.plain(stripped);
        }
        return AmountFormat.number(stripped, (int) Math.max(0, scale));
    }
}
