package se.finsam.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import se.finsam.testing.Numbers;

class DecimalsTest {

    @Test
    void stripTrailingZeros_isBigDecimalsWhereThatHolds() {
        assertThat(Decimals.stripTrailingZeros(new BigDecimal("100.500"))).isEqualTo(new BigDecimal("100.5"));
        assertThat(Decimals.stripTrailingZeros(new BigDecimal("1E+3"))).isEqualTo(new BigDecimal("1E+3"));
        assertThat(Decimals.stripTrailingZeros(new BigDecimal("0E-2147483647"))).isEqualTo(BigDecimal.ZERO);
        assertThat(Decimals.stripTrailingZeros(new BigDecimal("10e2147483647")))
                .isEqualTo(new BigDecimal(BigInteger.ONE, Integer.MIN_VALUE));
        for (BigDecimal d : Numbers.hostileOfBothSigns()) {
            assertThat(Decimals.stripTrailingZeros(d)).as("%s stripped", d).isEqualByComparingTo(d);
        }
    }

    @Test
    void stripTrailingZeros_keepsANumberWhoseScaleWouldOverflow() {
        // Issue 11: BigDecimal.stripTrailingZeros throws ArithmeticException("Overflow") on 100e2147483647.
        BigDecimal beyond = new BigDecimal("100e2147483647");

        assertThat(Decimals.stripTrailingZeros(beyond)).isSameAs(beyond);
        assertThat(Decimals.stripTrailingZeros(beyond.negate())).isEqualTo(beyond.negate());
    }
}
