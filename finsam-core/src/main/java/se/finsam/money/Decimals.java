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
}
