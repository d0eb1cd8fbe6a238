package se.finsam.money;

import java.math.BigDecimal;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * Writes amounts the way Swedish readers expect them: digits grouped in threes by a space, a decimal
 * comma, and {@code kr} after kronor: {@code 1 308 750 kr}, {@code 12 345,50 kr}.
 *
 * <p>The group separator is a plain space (U+0020), so that text can be searched and copied in any
 * terminal; amounts in other currencies end with their ISO code ({@code 1 000 EUR}). Formatting never
 * rounds: the number of decimals is given, and an amount with more decimals is rejected.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AmountFormat {

    /** The most digits {@link #number} writes before the decimal comma, and the most decimals. */
    private static final int MAX_DIGITS = 1000;

    private AmountFormat() {
    }

    /**
     * Formats a number with Swedish digit grouping and decimal comma, with exactly {@code scale}
     * decimals.
     *
     * <pre>{@code
     * AmountFormat.number(new BigDecimal("1308750"), 0);   // "1 308 750"
     * AmountFormat.number(new BigDecimal("-1234.5"), 2);   // "-1 234,50"
     * }</pre>
     *
     * @param number the number, with at most 1 000 digits before the decimal point
     * @param scale the number of decimals, from 0 to 1 000
     * @return the text
     * @throws IllegalArgumentException if {@code number} has more than {@code scale} non-zero decimals
     *     (it is never rounded), more than 1 000 integer digits, or {@code scale} is out of range
     */
    public static String number(BigDecimal number, int scale) {
        Objects.requireNonNull(number, "number");
        if (scale < 0 || scale > MAX_DIGITS) {
            throw new IllegalArgumentException("Scale must be from 0 to " + MAX_DIGITS + ", was " + scale);
        }
        BigDecimal stripped = Decimals.stripTrailingZeros(number);
        // In long: the scale of 10e2147483647 stripped is Integer.MIN_VALUE.
        if ((long) stripped.precision() - stripped.scale() > MAX_DIGITS) {
            throw new IllegalArgumentException("Number " + plain(stripped) + " is too large to write out: at most "
                    + MAX_DIGITS + " digits");
        }
        if (stripped.scale() > scale) {
            throw new IllegalArgumentException("Number " + plain(number) + " has more than " + scale + " decimals");
        }
        String plain = stripped.setScale(scale).abs().toPlainString();
        int dot = plain.indexOf('.');
        String integer = dot < 0 ? plain : plain.substring(0, dot);
        StringBuilder sb = new StringBuilder(plain.length() + plain.length() / 3 + 2);
        if (number.signum() < 0) {
            sb.append('-');
        }
        int first = integer.length() % 3 == 0 ? 3 : integer.length() % 3;
        sb.append(integer, 0, first);
        for (int i = first; i < integer.length(); i += 3) {
            sb.append(' ').append(integer, i, i + 3);
        }
        if (dot >= 0) {
            sb.append(',').append(plain, dot + 1, plain.length());
        }
        return sb.toString();
    }

    /**
     * Formats an amount with Swedish grouping and its currency: {@code kr} for SEK, else the ISO code.
     *
     * <pre>{@code AmountFormat.amount(new BigDecimal("1308750"), 0, sek)  // "1 308 750 kr"}</pre>
     *
     * @param number the amount's number
     * @param scale the number of decimals, not negative
     * @param currency the currency
     * @return the text
     */
    public static String amount(BigDecimal number, int scale, CurrencyUnit currency) {
        Objects.requireNonNull(currency, "currency");
        return number(number, scale) + " " + symbol(currency);
    }

    /**
     * Formats a monetary amount at a rounding unit's scale: {@code 1 308 750 kr} at unit 1,
     * {@code 1 308 750,00 kr} at unit 0.01.
     *
     * @param amount the amount
     * @param unit the rounding unit whose {@link RoundingUnit#scale()} gives the decimals
     * @return the text
     */
    public static String amount(MonetaryAmount amount, RoundingUnit unit) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(unit, "unit");
        return amount(Amounts.decimal(amount), unit.scale(), amount.getCurrency());
    }

    /**
     * Writes a decimal as plain text for a message, such as {@code 15000000.5}; a decimal with an absurd
     * exponent, which plain text would spell out in millions of digits, is written in scientific notation
     * instead ({@code 1E-999999999}). Use it to quote untrusted numbers.
     *
     * <p>A number of more than 40 significant digits is shortened in the middle, its exponent kept:
     * {@code 1.111111111111111111111111…1111111111E+999}.
     *
     * @param number the number
     * @return plain text when it has at most 40 digits and 40 decimals, else scientific notation
     */
    public static String plain(BigDecimal number) {
        Objects.requireNonNull(number, "number");
        if (number.precision() <= 40 && Math.abs((long) number.scale()) <= 40) {
            return number.toPlainString();
        }
        if (number.precision() <= 40) {
            return number.toString(); // scientific: 1E-999999999
        }
        String digits = number.unscaledValue().abs().toString();
        long exponent = (long) number.precision() - number.scale() - 1;
        return (number.signum() < 0 ? "-" : "") + digits.charAt(0) + "." + digits.substring(1, 25) + "…"
                + digits.substring(digits.length() - 10) + "E" + (exponent >= 0 ? "+" : "") + exponent;
    }

    /**
     * Writes a monetary amount's number as plain text for a message, trailing zeros stripped; see
     * {@link #plain(BigDecimal)}.
     *
     * @param amount the amount
     * @return the text, e.g. {@code 15000000.5}
     */
    public static String plain(MonetaryAmount amount) {
        Objects.requireNonNull(amount, "amount");
        BigDecimal number = Amounts.decimal(amount);
        return plain(Decimals.stripTrailingZeros(number));
    }

    /**
     * Returns the symbol used after amounts: {@code kr} for SEK, else the ISO 4217 code.
     *
     * @param currency the currency
     * @return the symbol
     */
    public static String symbol(CurrencyUnit currency) {
        return "SEK".equals(currency.getCurrencyCode()) ? "kr" : currency.getCurrencyCode();
    }
}
