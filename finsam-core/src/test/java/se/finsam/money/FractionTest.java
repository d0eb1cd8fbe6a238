package se.finsam.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import se.finsam.testing.EqualityGroups;
import se.finsam.testing.Numbers;

class FractionTest {

    @Test
    void of_reducesToLowestTerms_withAPositiveDenominator() {
        Fraction half = Fraction.of(2, 4);
        assertThat(half.numerator()).isEqualTo(BigInteger.ONE);
        assertThat(half.denominator()).isEqualTo(BigInteger.TWO);

        Fraction negative = Fraction.of(3, -6);
        assertThat(negative.numerator()).isEqualTo(BigInteger.valueOf(-1));
        assertThat(negative.denominator()).isEqualTo(BigInteger.TWO);
        assertThat(Fraction.of(-3, -6)).isEqualTo(Fraction.of(1, 2));
        assertThat(Fraction.of(0, -5)).isSameAs(Fraction.ZERO);
    }

    @Test
    void toExactDecimal_isTheDecimalWhenItEnds() {
        assertThat(Fraction.of(7, 200).toExactDecimal()).hasValue(new java.math.BigDecimal("0.035"));
        assertThat(Fraction.of(-3, 2).toExactDecimal()).hasValue(new java.math.BigDecimal("-1.5"));
        assertThat(Fraction.of(100, 1).toExactDecimal().orElseThrow().toPlainString()).isEqualTo("100");
        assertThat(Fraction.ZERO.toExactDecimal().orElseThrow().toPlainString()).isEqualTo("0");
        assertThat(Fraction.of(1, 1024).toExactDecimal()).hasValue(new java.math.BigDecimal("0.0009765625"));
        assertThat(Fraction.of(1, 3).toExactDecimal()).isEmpty();
        assertThat(Fraction.of(1, 30).toExactDecimal()).isEmpty();
        assertThat(Fraction.of(1, 7).toExactDecimal()).isEmpty();
    }

    @Test
    void of_withAZeroDenominator_isRejectedQuotingTheNumerator() {
        assertThatIllegalArgumentException().isThrownBy(() -> Fraction.of(7, 0))
                .withMessage("Fraction denominator must not be zero, numerator was 7");
    }

    @Test
    void from_givesTheExactValueOfADecimal() {
        assertThat(Fraction.from(new BigDecimal("34.9"))).isEqualTo(Fraction.of(349, 10));
        assertThat(Fraction.from(new BigDecimal("34.90"))).isEqualTo(Fraction.of(349, 10));
        assertThat(Fraction.from(new BigDecimal("1E+3"))).isEqualTo(Fraction.of(1000, 1));
        assertThat(Fraction.from(new BigDecimal("-0.25"))).isEqualTo(Fraction.of(-1, 4));
        assertThat(Fraction.from(new BigDecimal("0.000"))).isEqualTo(Fraction.ZERO);
    }

    @Test
    void floor_roundsTowardsNegativeInfinity() {
        assertThat(Fraction.of(15_000_001, 2).floor()).isEqualTo(BigInteger.valueOf(7_500_000));
        assertThat(Fraction.of(-7, 2).floor()).isEqualTo(BigInteger.valueOf(-4));
        assertThat(Fraction.of(-8, 2).floor()).isEqualTo(BigInteger.valueOf(-4));
        assertThat(Fraction.ZERO.floor()).isEqualTo(BigInteger.ZERO);
    }

    @Test
    void arithmetic_isExact() {
        Fraction third = Fraction.of(1, 3);
        assertThat(third.plus(third).plus(third)).isEqualTo(Fraction.ONE);
        assertThat(Fraction.ONE.minus(third)).isEqualTo(Fraction.of(2, 3));
        assertThat(third.multipliedBy(Fraction.of(3, 5))).isEqualTo(Fraction.of(1, 5));
        assertThat(third.dividedBy(Fraction.of(2, 3))).isEqualTo(Fraction.of(1, 2));
        assertThat(third.negated()).isEqualTo(Fraction.of(-1, 3));
        assertThat(Fraction.ZERO.negated()).isSameAs(Fraction.ZERO);
    }

    @Test
    void dividedBy_zero_isRejectedQuotingTheDividend() {
        assertThatIllegalArgumentException().isThrownBy(() -> Fraction.of(27, 31).dividedBy(Fraction.ZERO))
                .withMessage("Cannot divide 27/31 by zero");
    }

    @Test
    void toBigDecimal_roundsOnlyByTheNamedMode() {
        assertThat(Fraction.of(27, 31).toBigDecimal(3, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("0.871"));
        assertThat(Fraction.of(15_000_001, 2).toBigDecimal(1, RoundingMode.UNNECESSARY)).isEqualTo(new BigDecimal("7500000.5"));
        assertThat(Fraction.of(1, 8).toBigDecimal(2, RoundingMode.HALF_EVEN)).isEqualTo(new BigDecimal("0.12"));
        assertThat(Fraction.of(-1, 3).toBigDecimal(2, RoundingMode.FLOOR)).isEqualTo(new BigDecimal("-0.34"));
        assertThatThrownBy(() -> Fraction.of(1, 3).toBigDecimal(10, RoundingMode.UNNECESSARY))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void predicates_andComparison() {
        assertThat(Fraction.of(6, 3).isInteger()).isTrue();
        assertThat(Fraction.of(1, 3).isInteger()).isFalse();
        assertThat(Fraction.of(-1, 3).signum()).isEqualTo(-1);
        assertThat(Fraction.ZERO.signum()).isZero();
        assertThat(Fraction.of(1, 3)).isLessThan(Fraction.of(1, 2)).isGreaterThan(Fraction.of(-1, 2));
        assertThat(Fraction.of(2, 4).compareTo(Fraction.of(1, 2))).isZero();
    }

    @Test
    void toString_isNOrNOverD() {
        assertThat(Fraction.of(6, 3)).hasToString("2");
        assertThat(Fraction.of(2, 4)).hasToString("1/2");
        assertThat(Fraction.of(1, -2)).hasToString("-1/2");
        assertThat(Fraction.ZERO).hasToString("0");
    }

    @Test
    void equality_isByValue() {
        EqualityGroups.create()
                .addGroup(Fraction.of(1, 2), Fraction.of(2, 4), Fraction.of(-3, -6), Fraction.from(new BigDecimal("0.50")))
                .addGroup(Fraction.of(-1, 2), Fraction.of(1, -2))
                .addGroup(Fraction.ZERO, Fraction.of(0, 7), Fraction.from(BigDecimal.ZERO))
                .addGroup(Fraction.ONE, Fraction.of(3, 3))
                .addGroup(Fraction.of(2, 1))
                .test();
    }

    @Test
    void from_aDecimalOfAnyNotation_isExact() {
        assertThat(Fraction.from(new BigDecimal("1E+64"))).isEqualTo(Fraction.of(BigInteger.TEN.pow(64), BigInteger.ONE));
        assertThat(Fraction.from(new BigDecimal("605976563725e16")))
                .isEqualTo(Fraction.of(new BigInteger("6059765637250000000000000000"), BigInteger.ONE));
        assertThat(Fraction.from(new BigDecimal("1E-1000"))).isEqualTo(Fraction.of(BigInteger.ONE, BigInteger.TEN.pow(1000)));
        assertThat(Fraction.from(new BigDecimal(BigInteger.ZERO, Integer.MIN_VALUE))).isEqualTo(Fraction.ZERO);
    }

    @Test
    void from_aDecimalWhoseExponentNoFractionCanHold_isRejectedQuotingIt() {
        // Issue 11: 1E+2147483648 asked for a BigInteger of 2^31 decimal digits.
        for (BigDecimal value : Numbers.hostileOfBothSigns()) {
            if (Math.abs((long) Decimals.stripTrailingZeros(value).scale()) > Fraction.MAX_EXPONENT) {
                assertThatIllegalArgumentException().as("Fraction.from(%s)", value).isThrownBy(() -> Fraction.from(value))
                        .withMessageContaining(Decimals.stripTrailingZeros(value).toString());
            } else {
                assertThat(Fraction.from(value).compareTo(Fraction.ZERO)).isEqualTo(value.signum());
            }
        }
        assertThatIllegalArgumentException().isThrownBy(() -> Fraction.from(new BigDecimal("1E-1001")))
                .withMessage("Decimal 1E-1001 is out of range for an exact fraction: its exponent must be from -1000 to 1000");
    }

    @Test
    void of_theSmallestLong_isInLowestTermsWithAPositiveDenominator() {
        // Long.MIN_VALUE has no positive counterpart in a long: its fraction is reduced as a BigInteger.
        BigInteger min = BigInteger.valueOf(Long.MIN_VALUE);

        Fraction fifth = Fraction.of(min, BigInteger.valueOf(5));
        Fraction sixth = Fraction.of(min, BigInteger.valueOf(6));

        assertThat(fifth.numerator()).isEqualTo(min);
        assertThat(fifth.denominator()).isEqualTo(BigInteger.valueOf(5));
        assertThat(sixth.numerator()).isEqualTo(BigInteger.valueOf(Long.MIN_VALUE / 2));
        assertThat(sixth.denominator()).isEqualTo(BigInteger.valueOf(3));
    }

    @Test
    void from_acceptsExponentsFromMinus1000To1000() {
        assertThat(Fraction.from(new BigDecimal("1E+1000"))).isEqualTo(Fraction.of(BigInteger.TEN.pow(1000), BigInteger.ONE));
        assertThat(Fraction.from(new BigDecimal("-1E-1000"))).isEqualTo(Fraction.of(BigInteger.ONE.negate(), BigInteger.TEN.pow(1000)));
        assertThatIllegalArgumentException().isThrownBy(() -> Fraction.from(new BigDecimal("1E+1001")))
                .withMessage("Decimal 1E+1001 is out of range for an exact fraction: its exponent must be from -1000 to 1000");
    }
}
