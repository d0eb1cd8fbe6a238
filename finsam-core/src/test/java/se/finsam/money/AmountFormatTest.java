package se.finsam.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static se.finsam.testing.Samples.sek;

import java.math.BigDecimal;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import se.finsam.testing.Numbers;
import se.finsam.testing.Samples;

class AmountFormatTest {

    @Test
    void number_groupsDigitsInThreesWithASpace_andUsesADecimalComma() {
        assertThat(AmountFormat.number(new BigDecimal("1308750"), 0)).isEqualTo("1 308 750");
        assertThat(AmountFormat.number(new BigDecimal("-1234.5"), 2)).isEqualTo("-1 234,50");
        assertThat(AmountFormat.number(new BigDecimal("15000000"), 0)).isEqualTo("15 000 000");
        assertThat(AmountFormat.number(new BigDecimal("100"), 0)).isEqualTo("100");
        assertThat(AmountFormat.number(new BigDecimal("1000"), 0)).isEqualTo("1 000");
        assertThat(AmountFormat.number(new BigDecimal("999999"), 0)).isEqualTo("999 999");
        assertThat(AmountFormat.number(new BigDecimal("0.5"), 2)).isEqualTo("0,50");
        assertThat(AmountFormat.number(new BigDecimal("-0.5"), 2)).isEqualTo("-0,50");
        assertThat(AmountFormat.number(new BigDecimal("1E+3"), 0)).isEqualTo("1 000");
        assertThat(AmountFormat.number(new BigDecimal("7500000.5"), 1)).isEqualTo("7 500 000,5");
    }

    @Test
    void number_usesAPlainSpace_notANoBreakSpace() {
        assertThat(AmountFormat.number(new BigDecimal("1308750"), 0)).doesNotContain("\u00a0").doesNotContain("\u202f");
    }

    @Test
    void number_withMoreDecimalsThanAsked_isRejected_neverRounded() {
        assertThatIllegalArgumentException().isThrownBy(() -> AmountFormat.number(new BigDecimal("1.005"), 2))
                .withMessage("Number 1.005 has more than 2 decimals");
        assertThat(AmountFormat.number(new BigDecimal("1.000"), 0)).as("zeros are not digits lost").isEqualTo("1");
    }

    @Test
    void amount_inKronor_endsWithKr() {
        assertThat(AmountFormat.amount(sek("1308750"), RoundingUnit.KRONA)).isEqualTo("1 308 750 kr");
        assertThat(AmountFormat.amount(sek("1308750"), RoundingUnit.ORE)).isEqualTo("1 308 750,00 kr");
        assertThat(AmountFormat.amount(sek("0"), RoundingUnit.KRONA)).isEqualTo("0 kr");
        assertThat(AmountFormat.amount(sek("-1234.50"), RoundingUnit.ORE)).isEqualTo("-1 234,50 kr");
        assertThat(AmountFormat.amount(sek("2279000"), RoundingUnit.THOUSAND)).isEqualTo("2 279 000 kr");
        assertThat(AmountFormat.amount(new BigDecimal("5719000"), 0, Samples.SEK)).isEqualTo("5 719 000 kr");
    }

    @Test
    void amount_inAnotherCurrency_endsWithItsIsoCode() {
        assertThat(AmountFormat.amount(Money.of(1000, "EUR"), RoundingUnit.ORE)).isEqualTo("1 000,00 EUR");
        assertThat(AmountFormat.amount(Money.of(1000, "NOK"), RoundingUnit.KRONA)).isEqualTo("1 000 NOK");
        assertThat(AmountFormat.symbol(Monetary.getCurrency("EUR"))).isEqualTo("EUR");
        assertThat(AmountFormat.symbol(Samples.SEK)).isEqualTo("kr");
    }

    @Test
    void number_ofEveryScale_isTextOrAnIllegalArgument_neverAnArithmeticException() {
        assertThat(AmountFormat.number(new BigDecimal("1E+23"), 0)).isEqualTo("100 000 000 000 000 000 000 000");
        assertThat(AmountFormat.number(new BigDecimal("1.500"), 1)).isEqualTo("1,5");
        for (BigDecimal number : Numbers.hostileOfBothSigns()) {
            for (int scale : new int[] {0, 2}) {
                Throwable thrown = catchThrowable(() -> AmountFormat.number(number, scale));
                if (thrown != null) {
                    assertThat(thrown).as("formatting %s at scale %s", number, scale)
                            .isInstanceOf(IllegalArgumentException.class);
                    assertThat(thrown.getMessage().length()).as("length of the message").isLessThan(300);
                }
            }
        }
        assertThatIllegalArgumentException().isThrownBy(() -> AmountFormat.number(new BigDecimal("1E+2147483647"), 0))
                .withMessage("Number 1E+2147483647 is too large to write out: at most 1000 digits");
        assertThatIllegalArgumentException().isThrownBy(() -> AmountFormat.number(BigDecimal.ONE, -1))
                .withMessage("Scale must be from 0 to 1000, was -1");
    }

    @Test
    void plain_quotesNumbersOfEveryScaleShortly() {
        assertThat(AmountFormat.plain(new BigDecimal("15000000.50"))).isEqualTo("15000000.50");
        assertThat(AmountFormat.plain(new BigDecimal(java.math.BigInteger.ONE, Integer.MIN_VALUE))).isEqualTo("1E+2147483648");
        assertThat(AmountFormat.plain(new BigDecimal("-" + "1".repeat(1000))))
                .isEqualTo("-1.111111111111111111111111…1111111111E+999");
        assertThat(AmountFormat.plain(new BigDecimal("0." + "0".repeat(999) + "1".repeat(50))))
                .isEqualTo("1.111111111111111111111111…1111111111E-1000");
    }

    @Test
    void number_acceptsScalesFrom0To1000_andNumbersOfUpTo1000Digits() {
        String thousandNines = "9".repeat(1000);

        assertThat(AmountFormat.number(new BigDecimal("1234"), 0)).isEqualTo("1 234");
        assertThat(AmountFormat.number(BigDecimal.ONE, 1000)).isEqualTo("1," + "0".repeat(1000));
        assertThat(AmountFormat.number(new BigDecimal(thousandNines), 0)).startsWith("9 999 ").hasSize(1000 + 333);
        assertThatIllegalArgumentException().isThrownBy(() -> AmountFormat.number(BigDecimal.ONE, 1001))
                .withMessage("Scale must be from 0 to 1000, was 1001");
        assertThatIllegalArgumentException().isThrownBy(() -> AmountFormat.number(new BigDecimal("1E+1000"), 0))
                .withMessage("Number 1E+1000 is too large to write out: at most 1000 digits");
    }

    @Test
    void plain_writesUpTo40DigitsAndAnExponentOfUpTo40Plainly() {
        String forty = "1".repeat(40);

        assertThat(AmountFormat.plain(new BigDecimal(new java.math.BigInteger(forty), -1))).isEqualTo(forty + "0");
        assertThat(AmountFormat.plain(new BigDecimal("1E-40"))).isEqualTo("0." + "0".repeat(39) + "1");
        assertThat(AmountFormat.plain(new BigDecimal("1E+40"))).isEqualTo("1" + "0".repeat(40));
        assertThat(AmountFormat.plain(new BigDecimal("1E-41"))).isEqualTo("1E-41");
        assertThat(AmountFormat.plain(new BigDecimal(new java.math.BigInteger(forty), -41))).isEqualTo("1." + "1".repeat(39) + "E+80");
        assertThat(AmountFormat.plain(new BigDecimal("1." + "1".repeat(40))))
                .isEqualTo("1.111111111111111111111111…1111111111E+0");
        assertThat(AmountFormat.plain(new BigDecimal("1" + "1".repeat(40))))
                .isEqualTo("1.111111111111111111111111…1111111111E+40");
    }
}
