package se.finsam.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.finsam.testing.Samples.sek;

import java.math.BigDecimal;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
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
        assertThatThrownBy(() -> AmountFormat.number(new BigDecimal("1.005"), 2)).isInstanceOf(ArithmeticException.class);
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
}
