package se.finsam.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import se.finsam.testing.Property;
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

    @Test
    void within_isTheSameInEveryNotation_andGrowsWithTheValue() {
        // 1e31, 10e30 and 100000E+26 are one number; 11e30 is larger than 1e31, so it is out whenever 1e31 is.
        for (String n : new String[] {"1e31", "10e30", "100000E+26", "11e30", "12345e40"}) {
            assertThat(Decimals.within(new BigDecimal(n), 30, 30, 31)).as(n).isFalse();
            assertThat(Decimals.within(new BigDecimal(n), 30, 30, 60)).as(n).isTrue();
        }
        assertThat(Decimals.within(new BigDecimal("1E+59"), 30, 30, 60)).isTrue();
        assertThat(Decimals.within(new BigDecimal("9.99E+59"), 30, 30, 60)).isTrue();
        assertThat(Decimals.within(new BigDecimal("1E+60"), 30, 30, 60)).isFalse();
        assertThat(Decimals.within(new BigDecimal("1E-30"), 30, 30, 60)).isTrue();
        assertThat(Decimals.within(new BigDecimal("1E-31"), 30, 30, 60)).isFalse();
        assertThat(Decimals.within(new BigDecimal("1." + "0".repeat(80)), 30, 30, 60)).as("trailing zeros").isTrue();
        assertThat(Decimals.within(new BigDecimal(BigInteger.ONE, Integer.MIN_VALUE), 30, 30, 60)).isFalse();
        assertThat(Decimals.within(new BigDecimal(BigInteger.ONE, Integer.MAX_VALUE), 30, 30, 60)).isFalse();
        assertThat(Decimals.within(new BigDecimal("0E-2147483647"), 30, 30, 60)).isTrue();

        Property.forAll("within grows with the value", 5_000, random -> {
            BigDecimal x = new BigDecimal(BigInteger.valueOf(1 + random.nextLong(1_000_000_000L)), random.nextInt(140) - 90);
            BigDecimal larger = x.multiply(BigDecimal.valueOf(1 + random.nextInt(1000)));
            BigDecimal zeros = x.setScale(x.scale() + random.nextInt(5));
            assertThat(Decimals.within(zeros, 30, 30, 60)).as("%s and %s", x, zeros).isEqualTo(Decimals.within(x, 30, 30, 60));
            if (!Decimals.within(x, 40, 100, 60) && x.compareTo(BigDecimal.ONE) > 0) {
                assertThat(Decimals.within(larger, 40, 100, 60)).as("%s out, %s in", x, larger).isFalse();
            }
        });
    }
}
