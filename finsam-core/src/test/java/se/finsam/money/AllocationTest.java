package se.finsam.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.finsam.testing.Samples.sek;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import se.finsam.testing.EqualityGroups;
import se.finsam.testing.Numbers;
import se.finsam.testing.Raises;
import se.finsam.testing.Samples;
import se.finsam.testing.Violations;
import se.finsam.validation.ViolationCodes;

class AllocationTest {

    private static final BigDecimal ONE = BigDecimal.ONE;
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final List<String> STATUTORY = List.of("state", "regions", "municipalities");

    private static Allocation<String> statutory(String total) {
        return Allocation.splitOrdered(sek(total), STATUTORY, List.of(TWO, ONE, ONE), RoundingUnit.KRONA);
    }

    private static List<Long> units(Allocation<String> a) {
        return a.keys().stream().map(a::unitsOf).toList();
    }

    @Test
    void split_of100By1to1to1_gives34_33_33_andTheFirstListedWinsTheTie() {
        Allocation<String> a = Allocation.splitOrdered(sek("100"), List.of("a", "b", "c"), List.of(ONE, ONE, ONE),
                RoundingUnit.KRONA);

        assertThat(units(a)).as("parts of 100 by 1:1:1").containsExactly(34L, 33L, 33L);
        assertThat(a.amountOf("a")).isEqualTo(sek("34"));
        assertThat(a.remainderUnits()).isEqualTo(1);
        assertThat(a.part("a").receivedRemainderUnit()).isTrue();
        assertThat(a.part("b").receivedRemainderUnit()).isFalse();
        assertThat(a).hasToString("Allocation[100 SEK at 1: a=34, b=33, c=33]");
    }

    @Test
    void split_of100By1to1to1_givesTheUnitToWhicheverIsListedFirst() {
        Allocation<String> a = Allocation.splitOrdered(sek("100"), List.of("c", "b", "a"), List.of(ONE, ONE, ONE),
                RoundingUnit.KRONA);

        assertThat(a.unitsOf("c")).as("c, now listed first").isEqualTo(34);
        assertThat(a.unitsOf("a")).as("a, now listed last").isEqualTo(33);
    }

    @Test
    void split_of15000001By2to1to1_givesTheRemainingUnitToTheLargestRemainder() {
        Allocation<String> a = statutory("15000001");

        // Quotas 7 500 000.5, 3 750 000.25, 3 750 000.25: the half beats the quarters.
        assertThat(units(a)).containsExactly(7_500_001L, 3_750_000L, 3_750_000L);
        assertThat(a.part("state").remainder()).isEqualTo(Fraction.of(1, 2));
        assertThat(a.part("regions").remainder()).isEqualTo(Fraction.of(1, 4));
        assertThat(a.part("state").quota()).isEqualTo(Fraction.of(15_000_001, 2));
    }

    @Test
    void split_of15000002By2to1to1_givesTheExtraUnitToThePartyListedFirstAmongTheTied() {
        // Quotas 7 500 001, 3 750 000.5, 3 750 000.5: regions and municipalities tie on remainder and weight.
        assertThat(units(statutory("15000002"))).containsExactly(7_500_001L, 3_750_001L, 3_750_000L);

        Allocation<String> municipalitiesFirst = Allocation.splitOrdered(sek("15000002"),
                List.of("state", "municipalities", "regions"), List.of(TWO, ONE, ONE), RoundingUnit.KRONA);
        assertThat(municipalitiesFirst.unitsOf("municipalities")).isEqualTo(3_750_001L);
        assertThat(municipalitiesFirst.unitsOf("regions")).isEqualTo(3_750_000L);
    }

    @Test
    void split_of15000003By2to1to1_givesBothQuartersAUnit() {
        // Quotas 7 500 001.5, 3 750 000.75, 3 750 000.75: two units left, the two .75 remainders win.
        assertThat(units(statutory("15000003"))).containsExactly(7_500_001L, 3_750_001L, 3_750_001L);
    }

    @Test
    void equalRemainders_goToTheLargerWeight_beforeTheOneListedFirst() {
        // 2 by 1:3: quotas 0.5 and 1.5, both remainders 1/2; the larger weight (listed second) wins.
        Allocation<String> a = Allocation.splitOrdered(sek("2"), List.of("small", "large"), List.of(ONE, BigDecimal.valueOf(3)),
                RoundingUnit.KRONA);

        assertThat(a.unitsOf("small")).isZero();
        assertThat(a.unitsOf("large")).isEqualTo(2);
    }

    @Test
    void weightsWithDifferentScales_tieAsEqualNumbers() {
        Allocation<String> a = Allocation.splitOrdered(sek("1"), List.of("a", "b"),
                List.of(new BigDecimal("1.50"), new BigDecimal("1.5")), RoundingUnit.KRONA);

        assertThat(units(a)).containsExactly(1L, 0L);
    }

    @Test
    void zeroWeight_getsNothing_evenWhenUnitsAreLeft() {
        Allocation<String> a = Allocation.splitOrdered(sek("10"), List.of("none", "a", "b", "c"),
                List.of(BigDecimal.ZERO, ONE, ONE, ONE), RoundingUnit.KRONA);

        assertThat(units(a)).containsExactly(0L, 4L, 3L, 3L);
    }

    @Test
    void zeroTotal_givesZeroToEveryPart() {
        Allocation<String> a = Allocation.splitOrdered(sek("0"), STATUTORY, List.of(TWO, ONE, ONE), RoundingUnit.KRONA);

        assertThat(units(a)).containsExactly(0L, 0L, 0L);
        assertThat(a.remainderUnits()).isZero();
    }

    @Test
    void split_atOre_andAtThousand_worksInUnitsOfTheUnit() {
        Allocation<String> ore = Allocation.splitOrdered(sek("100.00"), List.of("a", "b", "c"), List.of(ONE, ONE, ONE),
                RoundingUnit.ORE);
        assertThat(ore.amountOf("a")).isEqualTo(sek("33.34"));
        assertThat(ore.amountOf("b")).isEqualTo(sek("33.33"));
        assertThat(ore.unitsOf("a")).isEqualTo(3_334);

        Allocation<String> thousand = Allocation.splitOrdered(sek("100000"), List.of("a", "b", "c"), List.of(ONE, ONE, ONE),
                RoundingUnit.THOUSAND);
        assertThat(thousand.amountOf("a")).isEqualTo(sek("34000"));
        assertThat(thousand.amountOf("c")).isEqualTo(sek("33000"));
        assertThat(thousand.totalUnits()).isEqualTo(100);
        assertThat(thousand.part("a").remainder()).isEqualTo(Fraction.of(1, 3));
    }

    @Test
    void part_explainsQuotaFloorAndRemainingUnit() {
        AllocationPart<String> state = statutory("15000001").part("state");

        assertThat(state.key()).isEqualTo("state");
        assertThat(state.weight()).isEqualByComparingTo("2");
        assertThat(state.weightSum()).isEqualByComparingTo("4");
        assertThat(state.floor()).isEqualTo(sek("7500000"));
        assertThat(state.amount()).isEqualTo(sek("7500001"));
        assertThat(state.explain()).isEqualTo("weight 2 of 4: exact quota 7 500 000,5 kr, rounded down to 7 500 000 kr, "
                + "+1 remaining unit (largest remainder 1/2): 7 500 001 kr");
        assertThat(statutory("15000001").part("regions").explain()).isEqualTo("weight 1 of 4: exact quota 3 750 000,25 kr, "
                + "rounded down to 3 750 000 kr, no remaining unit: 3 750 000 kr");
    }

    @Test
    void part_withAQuotaThatIsNotAShortDecimal_showsItApproximatelyAndExactly() {
        Allocation<String> a = Allocation.splitOrdered(sek("100"), List.of("a", "b", "c"), List.of(ONE, ONE, ONE),
                RoundingUnit.KRONA);

        assertThat(a.part("a").explain()).contains("exact quota ≈33,3333 kr (exactly 100/3)")
                .contains("+1 remaining unit (largest remainder 1/3): 34 kr");
        assertThat(a.part("b").remainder()).isEqualTo(Fraction.of(1, 3));
    }

    @Test
    void part_withAQuotaOfFourDecimalsBeyondTheUnit_showsItExactly() {
        Allocation<String> a = Allocation.splitOrdered(sek("1"), List.of("a", "b"), List.of(ONE, new BigDecimal("9999")),
                RoundingUnit.KRONA);

        assertThat(a.part("a").explain())
                .isEqualTo("weight 1 of 10000: exact quota 0,0001 kr, rounded down to 0 kr, no remaining unit: 0 kr");
        assertThat(a.part("b").explain()).isEqualTo("weight 9999 of 10000: exact quota 0,9999 kr, rounded down to 0 kr, "
                + "+1 remaining unit (largest remainder 9999/10000): 1 kr");
    }

    @Test
    void explain_namesEveryPartAndTheRemainingUnits() {
        String text = statutory("15000001").explain(key -> key.toUpperCase(Locale.ROOT));

        assertThat(text.split("\n")).containsExactly(
                "Split of 15 000 001 kr by largest remainder at unit 1 (1 remaining unit)",
                "STATE: weight 2 of 4: exact quota 7 500 000,5 kr, rounded down to 7 500 000 kr, "
                        + "+1 remaining unit (largest remainder 1/2): 7 500 001 kr",
                "REGIONS: weight 1 of 4: exact quota 3 750 000,25 kr, rounded down to 3 750 000 kr, no remaining unit: 3 750 000 kr",
                "MUNICIPALITIES: weight 1 of 4: exact quota 3 750 000,25 kr, rounded down to 3 750 000 kr, "
                        + "no remaining unit: 3 750 000 kr");
        assertThat(statutory("15000003").explain(k -> k)).startsWith(
                "Split of 15 000 003 kr by largest remainder at unit 1 (2 remaining units)");
    }

    @Test
    void of_withAMap_ordersThePartsByTheTieOrder() {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        weights.put("municipalities", ONE);
        weights.put("regions", ONE);
        weights.put("state", TWO);

        Allocation<String> a = Allocation.split(sek("15000002"), weights, Comparator.comparing(STATUTORY::indexOf),
                RoundingUnit.KRONA);

        assertThat(a.keys()).containsExactlyElementsOf(STATUTORY);
        assertThat(units(a)).containsExactly(7_500_001L, 3_750_001L, 3_750_000L);
        assertThat(a).isEqualTo(statutory("15000002"));
    }

    @Test
    void of_withATieOrderThatCannotTellTwoKeysApart_isRejected() {
        Map<String, BigDecimal> weights = Map.of("ab", ONE, "ac", ONE);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> Allocation.split(sek("1"), weights, Comparator.comparing(k -> k.charAt(0)), RoundingUnit.KRONA))
                .withMessageContaining("does not tell")
                .withMessageContaining("'ab'")
                .withMessageContaining("'ac'");
    }

    @Test
    void splitOrdered_withMoreKeysThanWeights_orRepeatedKeys_isRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Allocation.splitOrdered(sek("1"), List.of("a", "b"), List.of(ONE), RoundingUnit.KRONA))
                .withMessageContaining("2 keys and 1 weights");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Allocation.splitOrdered(sek("1"), List.of("a", "a"), List.of(ONE, ONE), RoundingUnit.KRONA))
                .withMessageContaining("[a, a]");
    }

    @Test
    void amountOf_anUnknownKey_isRejectedNamingTheKey() {
        assertThatIllegalArgumentException().isThrownBy(() -> statutory("4").amountOf("county"))
                .withMessageContaining("'county'");
        assertThat(statutory("4").contains("county")).isFalse();
        assertThat(statutory("4").contains("state")).isTrue();
    }

    @Test
    void parts_listsEveryPartInTieOrder_unmodifiably() {
        Allocation<String> a = statutory("15000001");
        List<AllocationPart<String>> parts = a.parts();

        assertThat(parts).extracting(AllocationPart::key).containsExactlyElementsOf(STATUTORY);
        assertThat(parts).extracting(AllocationPart::amount).containsExactly(sek("7500001"), sek("3750000"), sek("3750000"));
        assertThatThrownBy(() -> parts.remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> a.keys().remove(0)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void weights_areCopied_soLaterChangesToTheCallersListsDoNotLeakIn() {
        List<String> keys = new ArrayList<>(List.of("a", "b"));
        List<BigDecimal> weights = new ArrayList<>(List.of(ONE, ONE));
        Allocation<String> a = Allocation.splitOrdered(sek("3"), keys, weights, RoundingUnit.KRONA);
        keys.set(0, "z");
        weights.set(0, BigDecimal.TEN);

        assertThat(a.keys()).containsExactly("a", "b");
        assertThat(a.unitsOf("a")).isEqualTo(2);
        assertThat(a.part("a").weight()).isEqualByComparingTo("1");
    }

    @Test
    void total_andCurrency_areThoseOfTheAmountSplit() {
        Allocation<String> a = Allocation.splitOrdered(Money.of(new BigDecimal("10.00"), "EUR"), List.of("a"), List.of(ONE),
                RoundingUnit.ORE);

        assertThat(a.currency()).isEqualTo(Monetary.getCurrency("EUR"));
        assertThat(a.total()).isEqualTo(Money.of(10, "EUR"));
        assertThat(a.unit()).isEqualTo(RoundingUnit.ORE);
        assertThat(a.amountOf("a")).isEqualTo(Money.of(10, "EUR"));
    }

    @Test
    void equality_comparesTotalKeysWeightsByValueAndParts() {
        List<String> abc = List.of("a", "b", "c");
        EqualityGroups.create()
                .addGroup(Allocation.splitOrdered(sek("100"), abc, List.of(ONE, ONE, ONE), RoundingUnit.KRONA),
                        Allocation.splitOrdered(sek("100.00"), abc, List.of(ONE, ONE, ONE), RoundingUnit.KRONA),
                        Allocation.splitOrdered(sek("100"), abc, List.of(new BigDecimal("1.0"), ONE, new BigDecimal("1.000")),
                                RoundingUnit.KRONA),
                        Allocation.splitOrdered(100, Samples.SEK, RoundingUnit.KRONA, abc, List.of(ONE, ONE, ONE)))
                .addGroup(Allocation.splitOrdered(sek("101"), abc, List.of(ONE, ONE, ONE), RoundingUnit.KRONA))
                .addGroup(Allocation.splitOrdered(sek("100"), List.of("c", "b", "a"), List.of(ONE, ONE, ONE), RoundingUnit.KRONA))
                .addGroup(Allocation.splitOrdered(sek("100"), abc, List.of(TWO, TWO, TWO), RoundingUnit.KRONA))
                .addGroup(Allocation.splitOrdered(sek("100"), abc, List.of(ONE, ONE, ONE), RoundingUnit.ORE))
                .addGroup(Allocation.splitOrdered(Money.of(100, "EUR"), abc, List.of(ONE, ONE, ONE), RoundingUnit.KRONA))
                .test();
    }

    // --- bad input ------------------------------------------------------------------------------

    @Test
    @Raises(ViolationCodes.ALLOCATION_NO_PARTS)
    void allocation_withNoParts_isRejected() {
        Violations.assertSingle(() -> Allocation.splitOrdered(sek("100"), List.of(), List.of(), RoundingUnit.KRONA),
                ViolationCodes.ALLOCATION_NO_PARTS, "/weights", "at least one share");
    }

    @Test
    @Raises(ViolationCodes.WEIGHT_NEGATIVE)
    void allocation_withANegativeWeight_isRejectedAtThatWeight() {
        Violations.assertSingle(() -> Allocation.splitOrdered(sek("100"), List.of("a", "x"), List.of(ONE, new BigDecimal("-0.5")),
                RoundingUnit.KRONA), ViolationCodes.WEIGHT_NEGATIVE, "/weights/x", "'x'", "-0.5");
    }

    @Test
    @Raises(ViolationCodes.ALLOCATION_ZERO_WEIGHTS)
    void allocation_withAllWeightsZero_isRejected() {
        Violations.assertSingle(() -> Allocation.splitOrdered(sek("100"), List.of("a", "b"),
                List.of(BigDecimal.ZERO, new BigDecimal("0.000")), RoundingUnit.KRONA),
                ViolationCodes.ALLOCATION_ZERO_WEIGHTS, "/weights", "all 2 are zero");
    }

    @Test
    void splitUnits_splitsUnitsByIntegerWeights() {
        assertThat(Allocation.splitUnits(100, BigInteger.ONE, BigInteger.ONE, BigInteger.ONE)).containsExactly(34, 33, 33);
        assertThat(Allocation.splitUnits(0, BigInteger.TWO, BigInteger.ONE)).containsExactly(0, 0);
        // 7 by 1:2:0: quotas 2⅓ and 4⅔; the one unit left goes to the larger remainder.
        assertThat(Allocation.splitUnits(7, BigInteger.ONE, BigInteger.TWO, BigInteger.ZERO)).containsExactly(2, 5, 0);
        BigInteger huge = BigInteger.TEN.pow(40);
        assertThat(Allocation.splitUnits(RoundingUnit.MAX_UNITS, huge, huge.add(BigInteger.ONE)))
                .containsExactly(RoundingUnit.MAX_UNITS / 2, RoundingUnit.MAX_UNITS / 2);
    }

    @Test
    @Raises(ViolationCodes.AMOUNT_TOO_LARGE)
    void splitUnits_reportsEveryProblemAtOnce() {
        assertThat(Violations.thrownBy(() -> Allocation.splitUnits(-1, BigInteger.ONE.negate())).violations())
                .extracting(v -> v.code() + " at " + v.path())
                .containsExactly(ViolationCodes.AMOUNT_NEGATIVE + " at /total", ViolationCodes.WEIGHT_NEGATIVE + " at /weights/0");
        assertThat(Violations.thrownBy(() -> Allocation.splitUnits(RoundingUnit.MAX_UNITS + 1)).violations())
                .extracting(v -> v.code() + " at " + v.path())
                .containsExactly(ViolationCodes.AMOUNT_TOO_LARGE + " at /total", ViolationCodes.ALLOCATION_NO_PARTS + " at /weights");
        Violations.assertSingle(() -> Allocation.splitUnits(5, BigInteger.ZERO, BigInteger.ZERO),
                ViolationCodes.ALLOCATION_ZERO_WEIGHTS, "/weights", "all 2 are zero");
        Violations.assertSingle(() -> Allocation.splitUnits(RoundingUnit.MAX_UNITS + 1, BigInteger.ONE),
                ViolationCodes.AMOUNT_TOO_LARGE, "/total", "Units to split are too many: 1000000000000001, at most 1000000000000000");
        Violations.assertSingle(() -> Allocation.splitOrdered(RoundingUnit.MAX_UNITS + 1, Samples.SEK, RoundingUnit.KRONA,
                List.of("a"), List.of(ONE)), ViolationCodes.AMOUNT_TOO_LARGE, "/total",
                "Amount to split is too large: 1000000000000001 units of 1, at most 1000000000000000");
        Violations.assertSingle(() -> Allocation.splitUnits(5, BigInteger.ONE, BigInteger.valueOf(-3)),
                ViolationCodes.WEIGHT_NEGATIVE, "/weights/1", "-3");
    }

    @Test
    @Raises(ViolationCodes.WEIGHT_OUT_OF_RANGE)
    void allocation_withAbsurdWeightDigits_isRejectedAtThatWeight() {
        BigDecimal tooManyDigits = new BigDecimal("1".repeat(101));
        BigDecimal tooManyDecimals = new BigDecimal("1E-101");

        var e = Violations.thrownBy(() -> Allocation.splitOrdered(sek("100"), List.of("a", "x", "y"),
                List.of(ONE, tooManyDigits, tooManyDecimals), RoundingUnit.KRONA));

        assertThat(e.violations()).hasSize(2);
        Violations.assertHas(e, ViolationCodes.WEIGHT_OUT_OF_RANGE, "/weights/x", "'x'", "1".repeat(101));
        Violations.assertHas(e, ViolationCodes.WEIGHT_OUT_OF_RANGE, "/weights/y", "'y'", "1E-101");
    }

    @Test
    void allocation_atTheDigitLimit_isAccepted() {
        Allocation<String> a = Allocation.splitOrdered(sek("3"), List.of("x", "y"),
                List.of(new BigDecimal("1".repeat(100)), new BigDecimal("1E-100")), RoundingUnit.KRONA);

        assertThat(a.unitsOf("x")).isEqualTo(3);
    }

    @Test
    @Raises(ViolationCodes.AMOUNT_NEGATIVE)
    void allocation_ofANegativeTotal_isRejected() {
        Violations.assertSingle(() -> Allocation.splitOrdered(sek("-100"), List.of("a"), List.of(ONE), RoundingUnit.KRONA),
                ViolationCodes.AMOUNT_NEGATIVE, "/total", "-100");
        Violations.assertSingle(() -> Allocation.splitOrdered(-1, Samples.SEK, RoundingUnit.ORE, List.of("a"), List.of(ONE)),
                ViolationCodes.AMOUNT_NEGATIVE, "/total", "-0.01");
    }

    @Test
    @Raises(ViolationCodes.AMOUNT_NOT_MULTIPLE_OF_UNIT)
    void allocation_ofATotalWithMoreDecimalsThanTheUnit_isRejected() {
        Violations.assertSingle(() -> Allocation.splitOrdered(sek("15000000.5"), List.of("a"), List.of(ONE), RoundingUnit.KRONA),
                ViolationCodes.AMOUNT_NOT_MULTIPLE_OF_UNIT, "/total", "15000000.5", "rounding unit 1");
    }

    @Test
    @Raises(ViolationCodes.AMOUNT_TOO_LARGE)
    void allocation_ofATotalAboveMaxUnits_isRejected() {
        Violations.assertSingle(() -> Allocation.splitOrdered(RoundingUnit.MAX_UNITS + 1, Samples.SEK, RoundingUnit.KRONA,
                List.of("a"), List.of(ONE)), ViolationCodes.AMOUNT_TOO_LARGE, "/total", "1000000000000001");
        Violations.assertSingle(() -> Allocation.splitOrdered(sek("10000000000000001"), List.of("a"), List.of(ONE),
                RoundingUnit.KRONA), ViolationCodes.AMOUNT_TOO_LARGE, "/total", "10000000000000001");
        assertThat(Allocation.splitOrdered(RoundingUnit.MAX_UNITS, Samples.SEK, RoundingUnit.KRONA, List.of("a", "b"),
                List.of(ONE, TWO)).unitsOf("b")).as("exactly MAX_UNITS is allowed").isEqualTo(666_666_666_666_667L);
    }

    @Test
    void allocation_withSeveralProblems_reportsThemTogether() {
        var e = Violations.thrownBy(() -> Allocation.splitOrdered(-5, Samples.SEK, RoundingUnit.KRONA, List.of("a", "b"),
                List.of(new BigDecimal("-1"), new BigDecimal("-2"))));

        assertThat(e.violations()).extracting(v -> v.path() + " " + v.code()).containsExactly(
                "/total amount.negative", "/weights/a weight.negative", "/weights/b weight.negative");
    }

    @Test
    void allocation_keysWithSlashOrTilde_areEscapedInThePath() {
        Violations.assertSingle(() -> Allocation.splitOrdered(sek("1"), List.of("a/b~c"), List.of(new BigDecimal("-1")),
                RoundingUnit.KRONA), ViolationCodes.WEIGHT_NEGATIVE, "/weights/a~1b~0c", "'a/b~c'");
    }

    @Test
    void badTotal_andBadWeights_areReportedTogether() {
        se.finsam.validation.FinsamValidationException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                se.finsam.validation.FinsamValidationException.class, () -> Allocation.splitOrdered(
                        org.javamoney.moneta.Money.of(new java.math.BigDecimal("10.5"), "SEK"), java.util.List.of("a", "b"),
                        java.util.List.of(java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO), RoundingUnit.KRONA));

        org.assertj.core.api.Assertions.assertThat(e.violations()).extracting(se.finsam.validation.Violation::code)
                .containsExactly(se.finsam.validation.ViolationCodes.AMOUNT_NOT_MULTIPLE_OF_UNIT,
                        se.finsam.validation.ViolationCodes.ALLOCATION_ZERO_WEIGHTS);
    }

    @Test
    void weightWithAnExponent_isItsValue_neverItsLow64Bits() {
        // Issue 11: 1E+64 has one digit, was taken to fit a long, and its low 64 bits are all zero: a got 0.
        Allocation<String> a = Allocation.splitOrdered(sek("1000000"), List.of("a", "b"), List.of(new BigDecimal("1E+64"), ONE),
                RoundingUnit.KRONA);

        assertThat(units(a)).as("parts of 1 000 000 by 1E+64 : 1").containsExactly(1_000_000L, 0L);
    }

    @Test
    void weights1e23And1e18_splitAMunicipalQuarterByTheirRatio() {
        // Issue 11: a quarter of 1 000 000 kr by 1e23 : 1e18 gave 41 732 and 208 268. The exact quotas are
        // 250 000 · 100 000/100 001 = 249 997,500025 and 2,499975: floors 249 997 and 2, and the one unit
        // left goes to the larger remainder.
        Allocation<String> a = Allocation.splitOrdered(sek("250000"), List.of("m1", "m2"),
                List.of(new BigDecimal("1e23"), new BigDecimal("1e18")), RoundingUnit.KRONA);

        assertThat(units(a)).containsExactly(249_998L, 2L);
    }

    @Test
    void weightsWithExponentsAndManyDigits_splitExactly() {
        // Issue 11: these weights crashed the remainder sort with an ArrayIndexOutOfBoundsException.
        List<BigDecimal> weights = List.of(new BigDecimal("605976563725e16"), new BigDecimal("663874335e12"));
        for (long total : new long[] {0, 1, 2, 250_000, 999_999_999, RoundingUnit.MAX_UNITS}) {
            Allocation<String> a = Allocation.splitOrdered(total, Samples.SEK, RoundingUnit.KRONA, List.of("m1", "m2"), weights);

            assertThat(units(a)).as("parts of %s", total).containsExactly(
                    Arrays.stream(AllocationProperties.reference(total, weights)).boxed().toArray(Long[]::new));
        }
        assertThat(units(Allocation.splitOrdered(250_000, Samples.SEK, RoundingUnit.KRONA, List.of("m1", "m2"), weights)))
                .containsExactly(250_000L, 0L);
    }

    @Test
    void weightsOfEveryScale_areInRangeOrAnOutOfRangeViolation_neverAnotherException() {
        for (BigDecimal w : Numbers.HOSTILE) {
            BigDecimal stripped = Decimals.stripTrailingZeros(w);
            boolean inRange = stripped.precision() <= 100 && Math.abs((long) stripped.scale()) <= 100;
            if (inRange) {
                Allocation<String> a = Allocation.splitOrdered(sek("1000"), List.of("x", "y"), List.of(w, ONE), RoundingUnit.KRONA);
                assertThat(units(a)).as("parts of 1000 by %s : 1", w)
                        .containsExactly(Arrays.stream(AllocationProperties.reference(1000, List.of(w, ONE))).boxed()
                                .toArray(Long[]::new));
            } else {
                Violations.assertSingle(() -> Allocation.splitOrdered(sek("1000"), List.of("x", "y"), List.of(w, ONE),
                        RoundingUnit.KRONA), ViolationCodes.WEIGHT_OUT_OF_RANGE, "/weights/x", "'x'");
            }
            Violations.assertSingle(() -> Allocation.splitOrdered(sek("1000"), List.of("x", "y"), List.of(w.negate(), ONE),
                    RoundingUnit.KRONA), ViolationCodes.WEIGHT_NEGATIVE, "/weights/x", "'x'");
        }
    }

    @Test
    void totalsOfEveryScale_areTooLargeOrNotAMultiple_neverAnotherException() {
        for (BigDecimal total : Numbers.hostileOfBothSigns()) {
            if ((long) total.precision() - total.scale() - 1 > Integer.MAX_VALUE) {
                continue; // beyond what Moneta holds: Money.of itself refuses it
            }
            var e = Violations.thrownBy(() -> Allocation.splitOrdered(Money.of(total, "SEK"), List.of("x"), List.of(ONE),
                    RoundingUnit.KRONA));
            assertThat(e.violations()).extracting(v -> v.path()).containsExactly("/total");
        }
    }
}
