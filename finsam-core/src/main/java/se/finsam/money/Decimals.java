package se.finsam.money;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Decimal operations that hold for every scale a {@link BigDecimal} can have, for code that checks
 * untrusted numbers: {@code 10e2147483647} has the scale {@code -2147483647}, and stripping the trailing
 * zeros of {@code 100e2147483647} would need a scale below {@code Integer.MIN_VALUE}, where
 * {@link BigDecimal#stripTrailingZeros()} throws {@code ArithmeticException}.
 *
 * <pre>{@code
 * Decimals.stripTrailingZeros(new BigDecimal("100.500"));         // 100.5
 * Decimals.stripTrailingZeros(new BigDecimal("0E-2147483647"));   // 0
 * Decimals.stripTrailingZeros(new BigDecimal("100e2147483647"));  // 1.00E+2147483649, as it is
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Decimals {

    private Decimals() {
    }

    /**
     * Obtains a decimal without its trailing zeros, as {@link BigDecimal#stripTrailingZeros()} does,
     * except where that would throw: a number whose scale would fall below {@code Integer.MIN_VALUE} is
     * returned as it is (a number beyond 10<sup>2147483647</sup>, out of every range finsam accepts).
     * Zero in any notation is {@link BigDecimal#ZERO}.
     *
     * @param value the decimal
     * @return the equal decimal with the smallest scale that can hold it, or {@code value}
     */
    public static BigDecimal stripTrailingZeros(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        // Stripping removes at most precision − 1 zeros, lowering the scale by as much: in long.
        if ((long) value.scale() - value.precision() + 1 < Integer.MIN_VALUE) {
            return value;
        }
        return value.stripTrailingZeros();
    }

    /**
     * Tells whether a decimal has at most {@code decimals} decimals once its trailing zeros are stripped
     * ({@code 1.500} has one). A scale already within the limit decides without stripping: stripping only
     * lowers a scale.
     *
     * @param value the decimal
     * @param decimals the most decimals allowed
     * @return true if the stripped value's scale is at most {@code decimals}
     */
    public static boolean hasAtMostDecimals(BigDecimal value, int decimals) {
        Objects.requireNonNull(value, "value");
        return value.scale() <= decimals || stripTrailingZeros(value).scale() <= decimals;
    }

    /**
     * Tells whether a decimal is within a range of digits: at most {@code significant} significant digits
     * and {@code decimals} decimals once its trailing zeros are stripped, and less than
     * 10<sup>{@code integerDigits}</sup> in size. The rule is the same in every notation ({@code 1e31},
     * {@code 10e30} and {@code 100000E+26} are one number) and grows with the value: a number larger than
     * one out of range is out of range too. Any scale is bounded on {@code long}s before a digit is stripped.
     *
     * <pre>{@code
     * Decimals.within(new BigDecimal("34.9"), 30, 30, 60);    // true
     * Decimals.within(new BigDecimal("11e59"), 30, 30, 60);   // false: 61 digits before the point
     * Decimals.within(new BigDecimal("1E-31"), 30, 30, 60);   // false: 31 decimals
     * }</pre>
     *
     * @param value the decimal
     * @param significant the most significant digits
     * @param decimals the most decimals
     * @param integerDigits the most digits before the point
     * @return true if the value is within them
     */
    public static boolean within(BigDecimal value, int significant, int decimals, int integerDigits) {
        Objects.requireNonNull(value, "value");
        if (value.signum() == 0) {
            return true;
        }
        long scale = value.scale();
        long precision = value.precision();
        // The digits before the point do not change when trailing zeros are stripped; the scale falls by
        // fewer than the precision, so the stripped scale is at least scale − precision + 1.
        if (precision - scale > integerDigits || scale - precision + 1 > decimals) {
            return false;
        }
        BigDecimal stripped = value.stripTrailingZeros(); // safe: the scale is bounded above
        return stripped.precision() <= significant && stripped.scale() <= decimals;
    }
}
