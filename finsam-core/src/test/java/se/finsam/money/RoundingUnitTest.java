package se.finsam.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import java.util.List;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import se.finsam.testing.EqualityGroups;
import se.finsam.testing.Numbers;
import se.finsam.testing.Raises;
import se.finsam.testing.Samples;
import se.finsam.testing.Violations;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

class RoundingUnitTest {

    @Test
    void parse_ofTheDocumentFormatsUnits_givesTheConstants() {
        assertThat(RoundingUnit.parse("0.01")).isEqualTo(RoundingUnit.ORE);
        assertThat(RoundingUnit.parse("1")).isSameAs(RoundingUnit.KRONA);
        assertThat(RoundingUnit.parse("1000")).isEqualTo(RoundingUnit.THOUSAND);
    }

    @Test
    void toString_isPlainDecimal_neverExponentNotation() {
        assertThat(RoundingUnit.ORE).hasToString("0.01");
        assertThat(RoundingUnit.KRONA).hasToString("1");
        assertThat(RoundingUnit.THOUSAND).hasToString("1000");
        assertThat(RoundingUnit.parse("1E+3")).hasToString("1000");
        assertThat(RoundingUnit.parse("0.500")).hasToString("0.5");
    }

    @Test
    void value_andScale_haveNoNegativeScale() {
        assertThat(RoundingUnit.THOUSAND.value()).isEqualTo(new BigDecimal("1000"));
        assertThat(RoundingUnit.THOUSAND.scale()).isZero();
        assertThat(RoundingUnit.ORE.value()).isEqualTo(new BigDecimal("0.01"));
        assertThat(RoundingUnit.ORE.scale()).isEqualTo(2);
        assertThat(RoundingUnit.of(new BigDecimal("1.00")).scale()).isZero();
    }

    @Test
    void unitsOf_countsWholeUnits() {
        assertThat(RoundingUnit.KRONA.unitsOf(new BigDecimal("1308750"))).isEqualTo(1_308_750);
        assertThat(RoundingUnit.THOUSAND.unitsOf(new BigDecimal("2279000"))).isEqualTo(2_279);
        assertThat(RoundingUnit.ORE.unitsOf(new BigDecimal("12.34"))).isEqualTo(1_234);
        assertThat(RoundingUnit.ORE.unitsOf(new BigDecimal("-12.30"))).isEqualTo(-1_230);
        assertThat(RoundingUnit.KRONA.unitsOf(new BigDecimal("15000000.000"))).isEqualTo(15_000_000);
        assertThat(RoundingUnit.KRONA.unitsOf(new BigDecimal("0E-9"))).isZero();
        assertThat(RoundingUnit.parse("0.05").unitsOf(new BigDecimal("0.15"))).isEqualTo(3);
        assertThat(RoundingUnit.KRONA.unitsOf(Samples.sek("236250"))).isEqualTo(236_250);
    }

    @Test
    void decimalOf_andAmountOf_writeUnitsAtTheUnitsScale() {
        assertThat(RoundingUnit.ORE.decimalOf(1234)).isEqualTo(new BigDecimal("12.34"));
        assertThat(RoundingUnit.ORE.decimalOf(100)).isEqualTo(new BigDecimal("1.00"));
        assertThat(RoundingUnit.THOUSAND.decimalOf(5)).isEqualTo(new BigDecimal("5000"));
        assertThat(RoundingUnit.KRONA.decimalOf(-7)).isEqualTo(new BigDecimal("-7"));
        assertThat(RoundingUnit.THOUSAND.amountOf(5, Samples.SEK)).isEqualTo(Money.of(5000, "SEK"));
        assertThat(RoundingUnit.ORE.amountOf(RoundingUnit.MAX_UNITS, Monetary.getCurrency("EUR")))
                .isEqualTo(Money.of(new BigDecimal("10000000000000"), "EUR"));
    }

    @Test
    void checkPayableIn_acceptsUnitsTheCurrencyCanPay() {
        assertThat(RoundingUnit.ORE.checkPayableIn(Samples.SEK)).isEmpty();
        assertThat(RoundingUnit.parse("0.5").checkPayableIn(Samples.SEK)).isEmpty();
        assertThat(RoundingUnit.THOUSAND.checkPayableIn(Monetary.getCurrency("JPY"))).isEmpty();
    }

    @Test
    @Raises(ViolationCodes.UNIT_FINER_THAN_CURRENCY)
    void checkPayableIn_withAUnitFinerThanTheCurrency_reportsIt() {
        Violation sek = RoundingUnit.parse("0.001").checkPayableIn(Samples.SEK).orElseThrow();
        assertThat(sek.code()).isEqualTo(ViolationCodes.UNIT_FINER_THAN_CURRENCY);
        assertThat(sek.path()).isEmpty();
        assertThat(sek.message()).contains("0.001").contains("SEK").contains("2 decimals");

        Violation yen = RoundingUnit.ORE.checkPayableIn(Monetary.getCurrency("JPY")).orElseThrow();
        assertThat(yen.message()).contains("0.01").contains("JPY").contains("0 decimals");
    }

    @Test
    @Raises(ViolationCodes.UNIT_INVALID)
    void unit_thatIsNotAPositiveDecimalOfSensibleSize_isRejected() {
        Violations.assertSingle(() -> RoundingUnit.parse("0"), ViolationCodes.UNIT_INVALID, "", "'0'", "positive");
        Violations.assertSingle(() -> RoundingUnit.parse("-1"), ViolationCodes.UNIT_INVALID, "", "'-1'", "positive");
        Violations.assertSingle(() -> RoundingUnit.parse("ett"), ViolationCodes.UNIT_INVALID, "", "'ett'", "not a decimal");
        Violations.assertSingle(() -> RoundingUnit.parse(""), ViolationCodes.UNIT_INVALID, "", "''");
        assertThat(Violations.assertSingle(() -> RoundingUnit.parse("1\u0007"), ViolationCodes.UNIT_INVALID, "", "'1\\u0007'")
                .message()).as("never the raw control character").doesNotContain("\u0007");
        Violations.assertSingle(() -> RoundingUnit.parse("1E-21"), ViolationCodes.UNIT_INVALID, "", "1E-21", "out of range");
        Violations.assertSingle(() -> RoundingUnit.of(new BigDecimal("1E+41")), ViolationCodes.UNIT_INVALID, "", "1E+41");
        Violations.assertSingle(() -> RoundingUnit.parse("1".repeat(81)), ViolationCodes.UNIT_INVALID, "",
                "'" + "1".repeat(20) + "…'");
        assertThat(RoundingUnit.parse("1E-20").scale()).as("20 decimals is the limit").isEqualTo(20);
    }

    @Test
    @Raises(ViolationCodes.AMOUNT_NOT_MULTIPLE_OF_UNIT)
    void unitsOf_anAmountWithMoreDecimalsThanTheUnit_isRejected() {
        Violations.assertSingle(() -> RoundingUnit.KRONA.unitsOf(new BigDecimal("15000000.5")),
                ViolationCodes.AMOUNT_NOT_MULTIPLE_OF_UNIT, "", "Amount 15000000.5 is not a multiple of the rounding unit 1");
        Violations.assertSingle(() -> RoundingUnit.THOUSAND.unitsOf(new BigDecimal("2279500")),
                ViolationCodes.AMOUNT_NOT_MULTIPLE_OF_UNIT, "", "2279500", "1000");
        Violations.assertSingle(() -> RoundingUnit.parse("0.05").unitsOf(new BigDecimal("0.12")),
                ViolationCodes.AMOUNT_NOT_MULTIPLE_OF_UNIT, "", "0.12", "0.05");
    }

    @Test
    @Raises(ViolationCodes.AMOUNT_TOO_LARGE)
    void unitsOf_anAmountAboveMaxUnits_isRejected() {
        Violations.assertSingle(() -> RoundingUnit.KRONA.unitsOf(new BigDecimal("1000000000000001")),
                ViolationCodes.AMOUNT_TOO_LARGE, "", "1000000000000001", "1000000000000000 units of 1");
        Violations.assertSingle(() -> RoundingUnit.ORE.unitsOf(new BigDecimal("-10000000000000.01")),
                ViolationCodes.AMOUNT_TOO_LARGE, "", "-10000000000000.01");
        Violations.assertSingle(() -> RoundingUnit.KRONA.unitsOf(new BigDecimal("1E+100")),
                ViolationCodes.AMOUNT_TOO_LARGE, "", "1E+100");
        assertThat(RoundingUnit.KRONA.unitsOf(new BigDecimal("1000000000000000"))).isEqualTo(RoundingUnit.MAX_UNITS);
        assertThat(RoundingUnit.KRONA.unitsOf(new BigDecimal("-1000000000000000"))).isEqualTo(-RoundingUnit.MAX_UNITS);
    }

    @Test
    void unitsOf_anAmountWithAnAbsurdExponent_isRejectedWithAShortMessage() {
        Violation v = Violations.assertSingle(() -> RoundingUnit.KRONA.unitsOf(new BigDecimal("1E-1000000")),
                ViolationCodes.AMOUNT_NOT_MULTIPLE_OF_UNIT, "");
        assertThat(v.message().length()).as("length of the message").isLessThan(200);
        assertThat(v.message()).contains("1E-1000000");
    }

    @Test
    void unitsOf_decimalOf_roundTripsUpToMaxUnits_atEveryAcceptedUnit() {
        // Units are bounded so that MAX_UNITS units of any accepted unit fit the 40 digits of an amount.
        for (String text : List.of("1E+24", "99999999999999999999E+5", "0.00000000000000000001", "1E-20", "0.05", "1000")) {
            RoundingUnit unit = RoundingUnit.parse(text);
            assertThat(unit.unitsOf(unit.decimalOf(1))).as("one unit of %s", text).isEqualTo(1);
            assertThat(unit.unitsOf(unit.decimalOf(RoundingUnit.MAX_UNITS))).as("MAX_UNITS of %s", text)
                    .isEqualTo(RoundingUnit.MAX_UNITS);
        }
        for (String text : List.of("1E+25", "1E+40", "1E-21", "1.000000000000000000001")) {
            Violations.assertSingle(() -> RoundingUnit.parse(text), ViolationCodes.UNIT_INVALID, "");
        }
    }

    @Test
    void nulls_areRejected() {
        assertThatNullPointerException().isThrownBy(() -> RoundingUnit.parse(null)).withMessage("text");
        assertThatNullPointerException().isThrownBy(() -> RoundingUnit.of(null)).withMessage("value");
        assertThatNullPointerException().isThrownBy(() -> RoundingUnit.KRONA.unitsOf((BigDecimal) null)).withMessage("amount");
    }

    @Test
    void equality_isByNumericValue() {
        EqualityGroups.create()
                .addGroup(RoundingUnit.KRONA, RoundingUnit.parse("1"), RoundingUnit.parse("1.00"), RoundingUnit.of(BigDecimal.ONE))
                .addGroup(RoundingUnit.ORE, RoundingUnit.parse("0.01"), RoundingUnit.parse("0.010"), RoundingUnit.parse("1E-2"))
                .addGroup(RoundingUnit.THOUSAND, RoundingUnit.parse("1000"), RoundingUnit.parse("1E+3"),
                        RoundingUnit.parse("1000.0"))
                .addGroup(RoundingUnit.parse("0.5"))
                .addGroup(RoundingUnit.parse("100"))
                .test();
    }

    @Test
    void unitsOf_numbersOfEveryScale_areTooLargeOrNotAMultiple_neverAnotherException() {
        // Issue 11: the stripped scale of 10e2147483647 is Integer.MIN_VALUE, and precision − scale
        // overflowed an int, so the amount passed as small and the division failed.
        for (RoundingUnit unit : List.of(RoundingUnit.ORE, RoundingUnit.KRONA, RoundingUnit.THOUSAND,
                RoundingUnit.parse("0.05"), RoundingUnit.parse("25"), RoundingUnit.parse("1E+24"))) {
            for (BigDecimal amount : Numbers.hostileOfBothSigns()) {
                var e = Violations.thrownBy(() -> unit.unitsOf(amount));
                assertThat(e.violations()).as("units of %s at %s", amount, unit).singleElement().satisfies(v -> {
                    assertThat(v.path()).isEmpty();
                    assertThat(v.code()).isIn(ViolationCodes.AMOUNT_TOO_LARGE, ViolationCodes.AMOUNT_NOT_MULTIPLE_OF_UNIT);
                    assertThat(v.message().length()).as("length of the message").isLessThan(300);
                });
            }
        }
    }

    @Test
    void unitsOf_anAmountWithAnExponent_isItsValue_neverItsLow64Bits() {
        assertThat(RoundingUnit.KRONA.unitsOf(new BigDecimal("1E+14"))).isEqualTo(100_000_000_000_000L);
        assertThat(RoundingUnit.THOUSAND.unitsOf(new BigDecimal("1E+17"))).isEqualTo(100_000_000_000_000L);
        assertThat(RoundingUnit.ORE.unitsOf(new BigDecimal("5E+12"))).isEqualTo(500_000_000_000_000L);
        Violations.assertSingle(() -> RoundingUnit.KRONA.unitsOf(new BigDecimal("1E+23")), ViolationCodes.AMOUNT_TOO_LARGE,
                "", "100000000000000000000000");
        Violations.assertSingle(() -> RoundingUnit.ORE.unitsOf(new BigDecimal("1E+19")), ViolationCodes.AMOUNT_TOO_LARGE,
                "", "10000000000000000000");
    }

    @Test
    void of_numbersOfEveryScale_areInvalidUnits() {
        for (BigDecimal value : Numbers.hostileOfBothSigns()) {
            Violations.assertSingle(() -> RoundingUnit.of(value), ViolationCodes.UNIT_INVALID, "");
        }
    }

    @org.junit.jupiter.api.Test
    void smallestOf_aCurrency_isItsMinorUnit() {
        assertThat(RoundingUnit.smallestOf(javax.money.Monetary.getCurrency("SEK"))).isEqualTo(RoundingUnit.ORE);
        assertThat(RoundingUnit.smallestOf(javax.money.Monetary.getCurrency("JPY"))).isEqualTo(RoundingUnit.KRONA);
        assertThat(RoundingUnit.smallestOf(javax.money.Monetary.getCurrency("BHD"))).hasToString("0.001");
    }

    @Test
    @Raises({ViolationCodes.AMOUNT_TOO_LARGE, ViolationCodes.AMOUNT_NOT_MULTIPLE_OF_UNIT})
    void unitsOf_wholeAmountsOf18Digits_atUnitsOf10AndMore_areCountedOrRejectedExactly() {
        // The whole-number path: 10^17 kr is 10^16 units of 10 kr, too many; 10^17 kr is 10^19 öre, too many too.
        RoundingUnit ten = RoundingUnit.parse("10");
        Violations.assertSingle(() -> ten.unitsOf(new BigDecimal("100000000000000000")),
                ViolationCodes.AMOUNT_TOO_LARGE, "", "100000000000000000");
        Violations.assertSingle(() -> ten.unitsOf(new BigDecimal("-100000000000000000")),
                ViolationCodes.AMOUNT_TOO_LARGE, "", "-100000000000000000");
        Violations.assertSingle(() -> RoundingUnit.ORE.unitsOf(new BigDecimal("100000000000000000")),
                ViolationCodes.AMOUNT_TOO_LARGE, "", "100000000000000000");
        assertThat(ten.unitsOf(new BigDecimal("10000000000000000"))).isEqualTo(RoundingUnit.MAX_UNITS);
        assertThat(ten.unitsOf(new BigDecimal("-10000000000000000"))).isEqualTo(-RoundingUnit.MAX_UNITS);
        assertThat(RoundingUnit.parse("50").unitsOf(new BigDecimal("100"))).isEqualTo(2);
        // 2^46 is no multiple of 10^18, though 2^46 · 10^18 is 0 in 64 bits.
        Violations.assertSingle(() -> RoundingUnit.parse("1E+18").unitsOf(BigDecimal.valueOf(1L << 46)),
                ViolationCodes.AMOUNT_NOT_MULTIPLE_OF_UNIT, "", "70368744177664");
        Violations.assertSingle(() -> RoundingUnit.THOUSAND.unitsOf(new BigDecimal("1000.5")),
                ViolationCodes.AMOUNT_NOT_MULTIPLE_OF_UNIT, "", "1000.5");
    }

    @Test
    @Raises(ViolationCodes.UNIT_INVALID)
    void parse_readsTextOfUpTo80Characters_andCutsLongerTextShort() {
        String eighty = "1" + "0".repeat(79);

        Violations.assertSingle(() -> RoundingUnit.parse(eighty), ViolationCodes.UNIT_INVALID, "",
                "Rounding unit '1E+79' is out of range");
        Violations.assertSingle(() -> RoundingUnit.parse(eighty + "0"), ViolationCodes.UNIT_INVALID, "",
                "Rounding unit '" + eighty.substring(0, 20) + "…' is not a decimal number");
    }
}
