package se.finsam.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.TextRules;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

/**
 * The unit that every computed amount is a whole multiple of: {@code 0.01} (öre), {@code 1} (krona),
 * {@code 1000} (thousand kronor), or any other positive decimal.
 *
 * <p>Amounts at a unit are handled as a {@code long} count of units. To keep every sum of amounts
 * free of overflow, a count is limited to {@link #MAX_UNITS} (10<sup>15</sup>): at öre that is ten
 * thousand billion kronor, far above any public budget.
 *
 * <pre>{@code
 * RoundingUnit krona = RoundingUnit.parse("1");
 * krona.unitsOf(new BigDecimal("1308750"));   // 1308750
 * RoundingUnit.THOUSAND.unitsOf(new BigDecimal("2279000"));  // 2279
 * RoundingUnit.KRONA.unitsOf(new BigDecimal("0.5"));  // throws: not a multiple of 1
 * }</pre>
 *
 * <p>Two units are equal when they have the same numeric value ({@code 1} equals {@code 1.00}).
 * This class is immutable and thread-safe.
 */
public final class RoundingUnit {

    /** The largest count of units an amount may have, 10<sup>15</sup>. */
    public static final long MAX_UNITS = 1_000_000_000_000_000L;

    /** One öre, {@code 0.01}. */
    public static final RoundingUnit ORE = new RoundingUnit(new BigDecimal("0.01"));
    /** One krona, {@code 1}; the default unit of the document format. */
    public static final RoundingUnit KRONA = new RoundingUnit(BigDecimal.ONE);
    /** One thousand kronor, {@code 1000} (tkr, kkr). */
    public static final RoundingUnit THOUSAND = new RoundingUnit(new BigDecimal("1E+3"));

    /** Largest number of digits (precision or decimals) accepted in an amount. */
    private static final int MAX_DIGITS = 40;
    /** Largest number of significant digits and decimals of a unit. */
    private static final int MAX_UNIT_DIGITS = 20;
    /** Largest number of integer digits of a unit: {@code MAX_UNITS} units of it have at most 40 digits. */
    private static final int MAX_UNIT_INTEGER_DIGITS = 25;

    /** 10^0 to 10^18. */
    private static final long[] POWERS_OF_TEN = new long[19];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
    }

    /** The unit, stripped of trailing zeros; positive. */
    private final BigDecimal value;
    /** Decimals an amount at this unit is written with: {@code max(0, value.scale())}. */
    private final int scale;
    /** Whether the unit is a power of ten, {@code 10^-value.scale()}: the fast path of {@link #unitsOf}. */
    private final boolean powerOfTen;

    private RoundingUnit(BigDecimal stripped) {
        this.value = stripped;
        this.scale = Math.max(0, stripped.scale());
        this.powerOfTen = stripped.unscaledValue().equals(BigInteger.ONE);
    }

    /**
     * Obtains a rounding unit from its value.
     *
     * <pre>{@code RoundingUnit.of(new BigDecimal("0.01"))  // öre; RoundingUnit.of(BigDecimal.ZERO) throws}</pre>
     *
     * @param value the unit, positive, below 10<sup>25</sup>, at most 20 significant digits and 20 decimals
     * @return the rounding unit
     * @throws FinsamValidationException with code {@link ViolationCodes#UNIT_INVALID} if the value is
     *     not positive or out of range
     */
    public static RoundingUnit of(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        if (value.signum() <= 0) {
            throw invalid(AmountFormat.plain(value), "must be positive");
        }
        BigDecimal stripped = Decimals.stripTrailingZeros(value);
        if (stripped.precision() > MAX_UNIT_DIGITS || stripped.scale() > MAX_UNIT_DIGITS
                || (long) stripped.precision() - stripped.scale() > MAX_UNIT_INTEGER_DIGITS) {
            throw invalid(stripped.toString(), "is out of range: at most " + MAX_UNIT_DIGITS
                    + " significant digits and decimals, and less than 1E+25");
        }
        if (stripped.compareTo(BigDecimal.ONE) == 0) {
            return KRONA;
        }
        return new RoundingUnit(stripped);
    }

    /**
     * Obtains a rounding unit from text such as {@code "0.01"}, {@code "1"} or {@code "1000"}; the
     * inverse of {@link #toString()}.
     *
     * @param text the unit as a plain decimal
     * @return the rounding unit
     * @throws FinsamValidationException with code {@link ViolationCodes#UNIT_INVALID} if the text is not
     *     a positive decimal
     */
    public static RoundingUnit parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        if (s.length() > MAX_DIGITS * 2) {
            throw invalid(s.substring(0, 20) + "…", "is not a decimal number");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw invalid(s, "is not a decimal number");
        }
        return of(value);
    }

    /**
     * Obtains the smallest unit of a currency: one öre for SEK, one yen for JPY. Amounts that are paid but
     * never split (co-financing, payments in indicator figures) are whole multiples of it.
     *
     * <pre>{@code RoundingUnit.smallestOf(Monetary.getCurrency("SEK"))  // 0.01}</pre>
     *
     * @param currency the currency
     * @return the unit of its default fraction digits (1 for a currency without minor units)
     */
    public static RoundingUnit smallestOf(CurrencyUnit currency) {
        Objects.requireNonNull(currency, "currency");
        int digits = currency.getDefaultFractionDigits();
        return digits == 2 ? ORE : digits <= 0 ? KRONA : of(BigDecimal.ONE.movePointLeft(digits));
    }

    private static FinsamValidationException invalid(String text, String why) {
        return FinsamValidationException.of("rounding unit",
                Violation.of("", ViolationCodes.UNIT_INVALID, "Rounding unit '" + TextRules.escape(text) + "' " + why));
    }

    /**
     * Returns the unit as a decimal, with no negative scale ({@code 1000}, not {@code 1E+3}).
     *
     * @return the unit
     */
    public BigDecimal value() {
        return value.setScale(scale);
    }

    /**
     * Returns the number of decimals an amount at this unit is written with: 2 for {@code 0.01},
     * 0 for {@code 1} and {@code 1000}.
     *
     * @return the scale, never negative
     */
    public int scale() {
        return scale;
    }

    /** More than {@code MAX_DIGITS} integer digits; in {@code long}, as the scale may be {@code Integer.MIN_VALUE}. */
    private static boolean tooLarge(BigDecimal stripped) {
        return (long) stripped.precision() - stripped.scale() > MAX_DIGITS;
    }

    /**
     * Returns how many units an amount is.
     *
     * <pre>{@code RoundingUnit.ORE.unitsOf(new BigDecimal("12.34"))  // 1234}</pre>
     *
     * @param amount the amount, a whole multiple of this unit, at most {@link #MAX_UNITS} units in size
     * @return the count of units, negative for a negative amount
     * @throws FinsamValidationException with code {@link ViolationCodes#AMOUNT_NOT_MULTIPLE_OF_UNIT} or
     *     {@link ViolationCodes#AMOUNT_TOO_LARGE}
     */
    public long unitsOf(BigDecimal amount) {
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() == 0) {
            return 0;
        }
        if (powerOfTen && Math.abs((long) amount.scale()) <= MAX_DIGITS) {
            // Fast path for 0.01, 1, 1000 ...: shifting the point gives scale 0 exactly when the result is
            // whole; at 18 digits or fewer it is a compact long. Anything else takes the exact path below.
            BigDecimal shifted = amount.movePointRight(value.scale());
            if (shifted.scale() == 0 && shifted.precision() <= 18) {
                long units = shifted.longValueExact();
                if (units <= MAX_UNITS && units >= -MAX_UNITS) {
                    return units;
                }
            }
        }
        if (powerOfTen && value.scale() < 0 && value.scale() >= -18 && amount.scale() == 0 && amount.precision() <= 18) {
            // Fast path for 1000, 10 000 ...: whole amounts that are longs divide exactly or not at all.
            long whole = amount.longValueExact();
            long power = POWERS_OF_TEN[-value.scale()];
            if (whole % power == 0) {
                long units = whole / power;
                if (units <= MAX_UNITS && units >= -MAX_UNITS) {
                    return units;
                }
            }
        }
        BigDecimal stripped = Decimals.stripTrailingZeros(amount);
        if (tooLarge(stripped)) {
            throw tooLargeException(AmountFormat.plain(stripped));
        }
        if (stripped.scale() > value.scale()) {
            throw notMultiple(stripped);
        }
        BigDecimal[] qr = stripped.divideAndRemainder(value);
        if (qr[1].signum() != 0) {
            throw notMultiple(stripped);
        }
        BigInteger units = qr[0].toBigIntegerExact();
        if (units.abs().compareTo(BigInteger.valueOf(MAX_UNITS)) > 0) {
            throw tooLargeException(AmountFormat.plain(stripped));
        }
        return units.longValueExact();
    }

    /**
     * Returns how many units a monetary amount is.
     *
     * @param amount the amount, a whole multiple of this unit
     * @return the count of units
     * @throws FinsamValidationException as {@link #unitsOf(BigDecimal)} does
     */
    public long unitsOf(MonetaryAmount amount) {
        Objects.requireNonNull(amount, "amount");
        return unitsOf(Amounts.decimal(amount));
    }

    private FinsamValidationException notMultiple(BigDecimal amount) {
        return FinsamValidationException.of("amount", Violation.of("", ViolationCodes.AMOUNT_NOT_MULTIPLE_OF_UNIT,
                "Amount " + AmountFormat.plain(amount) + " is not a multiple of the rounding unit " + this));
    }

    private FinsamValidationException tooLargeException(String amount) {
        return FinsamValidationException.of("amount", Violation.of("", ViolationCodes.AMOUNT_TOO_LARGE,
                "Amount " + amount + " is too large: at most " + MAX_UNITS + " units of " + this + " are supported"));
    }

    /**
     * Returns the decimal value of a count of units, written with {@link #scale()} decimals.
     *
     * <pre>{@code RoundingUnit.ORE.decimalOf(1234)  // 12.34; RoundingUnit.THOUSAND.decimalOf(5)  // 5000}</pre>
     *
     * @param units the count of units
     * @return the amount
     */
    public BigDecimal decimalOf(long units) {
        if (powerOfTen) {
            // 0.01, 1: units with the unit's decimals; 1000: units with the point moved right, scale 0.
            return value.scale() >= 0 ? BigDecimal.valueOf(units, value.scale())
                    : BigDecimal.valueOf(units).movePointRight(-value.scale());
        }
        return BigDecimal.valueOf(units).multiply(value).setScale(scale);
    }

    /**
     * Returns a count of units as a monetary amount.
     *
     * @param units the count of units
     * @param currency the currency
     * @return the amount, {@code units × unit} in {@code currency}
     */
    public MonetaryAmount amountOf(long units, CurrencyUnit currency) {
        Objects.requireNonNull(currency, "currency");
        return Amounts.exact(decimalOf(units), currency);
    }

    /**
     * Checks that this unit is a whole multiple of the currency's smallest unit, so that every amount at
     * this unit can be paid: {@code 0.01} suits SEK, {@code 0.001} does not.
     *
     * @param currency the currency
     * @return the violation, at path {@code ""} with code {@link ViolationCodes#UNIT_FINER_THAN_CURRENCY},
     *     or empty if the unit is payable
     */
    public Optional<Violation> checkPayableIn(CurrencyUnit currency) {
        Objects.requireNonNull(currency, "currency");
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        if (value.scale() > digits) {
            return Optional.of(Violation.of("", ViolationCodes.UNIT_FINER_THAN_CURRENCY,
                    "Rounding unit " + this + " is finer than the smallest unit of " + currency.getCurrencyCode()
                            + " (" + digits + " decimals)"));
        }
        return Optional.empty();
    }

    /**
     * Compares by numeric value.
     *
     * @param obj the other object
     * @return true if {@code obj} is a rounding unit of the same value
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof RoundingUnit other && value.equals(other.value);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /**
     * Returns the unit as a plain decimal: {@code "0.01"}, {@code "1"}, {@code "1000"}; the inverse of
     * {@link #parse(CharSequence)}.
     *
     * @return the plain decimal text
     */
    @Override
    public String toString() {
        return value.toPlainString();
    }
}
