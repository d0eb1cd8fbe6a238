package se.finsam.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class AmountsTest {

    @Test
    void exact_keepsEveryDigit_whereMonetasDefaultContextRounds() {
        BigDecimal big = new BigDecimal("1" + "0".repeat(299) + ".123456789");

        assertThat(Amounts.exact(big, Monetary.getCurrency("SEK")).getNumber().numberValue(BigDecimal.class))
                .isEqualByComparingTo(big);
        // What finsam avoids: the default context (precision 256) rounds the same number.
        assertThat(Money.of(big, "SEK").getNumber().numberValue(BigDecimal.class)).isNotEqualByComparingTo(big);
    }

    @Test
    void exact_makesMonetasMoney_withAnUnlimitedContext() {
        // Core names only javax.money; with Moneta as the provider its amounts are Moneta's BigDecimal-backed Money.
        MonetaryAmount amount = Amounts.exact(new BigDecimal("1308750.25"), Monetary.getCurrency("SEK"));

        assertThat(amount).isInstanceOf(Money.class).isEqualTo(Money.of(new BigDecimal("1308750.25"), "SEK"));
        assertThat(amount.getContext().getAmountType()).isEqualTo(Money.class);
        assertThat(amount.getContext().getPrecision()).isZero();
        assertThat(amount.getContext().get(MathContext.class)).isEqualTo(MathContext.UNLIMITED);
        assertThat(RoundingUnit.ORE.amountOf(5, Monetary.getCurrency("SEK"))).isInstanceOf(Money.class);
    }

    @Test
    void roundingUnit_createsExactAmounts() {
        RoundingUnit unit = RoundingUnit.ORE;

        assertThat(unit.amountOf(RoundingUnit.MAX_UNITS, Monetary.getCurrency("SEK")).getNumber().numberValue(BigDecimal.class))
                .isEqualByComparingTo(unit.decimalOf(RoundingUnit.MAX_UNITS));
    }

    @Test
    void exact_ofANumberNoAmountCanHold_isAnIllegalArgument() {
        // Moneta copies the number through its text: 1E+2147483648 cannot be read back (NumberFormatException).
        BigDecimal beyond = new BigDecimal(BigInteger.ONE, Integer.MIN_VALUE);

        assertThatIllegalArgumentException().isThrownBy(() -> Amounts.exact(beyond, Monetary.getCurrency("SEK")))
                .withMessage("Number 1E+2147483648 is beyond what an amount can hold: its exponent must fit an int");
        assertThat(Amounts.exact(new BigDecimal(BigInteger.ONE, -Integer.MAX_VALUE), Monetary.getCurrency("SEK"))
                .getNumber().numberValue(BigDecimal.class)).isEqualTo(new BigDecimal(BigInteger.ONE, -Integer.MAX_VALUE));
    }
}
