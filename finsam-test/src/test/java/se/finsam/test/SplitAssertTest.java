package se.finsam.test;

import static java.math.BigDecimal.ONE;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.finsam.testing.Samples.sek;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import se.finsam.money.RoundingUnit;

class SplitAssertTest {

    private static final List<String> ABC = List.of("a", "b", "c");

    private static Map<String, MonetaryAmount> shares(String a, String b, String c) {
        Map<String, MonetaryAmount> map = new LinkedHashMap<>();
        map.put("a", sek(a));
        map.put("b", sek(b));
        map.put("c", sek(c));
        return map;
    }

    @Test
    void theLargestRemainderSplitPasses() {
        FinsamAssertions.assertThat(shares("34", "33", "33"))
                .isTheLargestRemainderSplitOf(sek("100"), ABC, List.of(ONE, ONE, ONE), RoundingUnit.KRONA)
                .isTheLargestRemainderSplitOf(sek("100"), Map.of("a", ONE, "b", ONE, "c", ONE), Comparator.naturalOrder(),
                        RoundingUnit.KRONA);
    }

    @Test
    void aDifferentShareIsNamedWithBothAmounts() {
        assertThatThrownBy(() -> FinsamAssertions.assertThat(shares("33", "34", "33"))
                .isTheLargestRemainderSplitOf(sek("100"), ABC, List.of(ONE, ONE, ONE), RoundingUnit.KRONA))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected the share of 'a' to be SEK 34, its largest-remainder share of SEK 100 (weight 1 of 3")
                .hasMessageContaining("but it is SEK 33");
        assertThatThrownBy(() -> FinsamAssertions.assertThat(shares("33", "34", "33"))
                .isTheLargestRemainderSplitOf(sek("100"), Map.of("a", ONE, "b", ONE, "c", ONE), Comparator.naturalOrder(),
                        RoundingUnit.KRONA))
                .isInstanceOf(AssertionError.class).hasMessageContaining("share of 'a' to be SEK 34");
    }

    @Test
    void aShareInAnotherCurrencyDiffers() {
        Map<String, MonetaryAmount> euro = shares("34", "33", "33");
        euro.put("b", Money.of(33, "EUR"));
        assertThatThrownBy(() -> FinsamAssertions.assertThat(euro)
                .isTheLargestRemainderSplitOf(sek("100"), ABC, List.of(ONE, ONE, ONE), RoundingUnit.KRONA))
                .isInstanceOf(AssertionError.class).hasMessageContaining("share of 'b' to be SEK 33").hasMessageContaining("but it is EUR 33");
    }

    @Test
    void aMissingOrExtraShareFails() {
        Map<String, MonetaryAmount> missing = shares("34", "33", "33");
        missing.remove("c");
        assertThatThrownBy(() -> FinsamAssertions.assertThat(missing)
                .isTheLargestRemainderSplitOf(sek("100"), ABC, List.of(ONE, ONE, ONE), RoundingUnit.KRONA))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Expected a share of 'c', SEK 33")
                .hasMessageContaining("but there is none");
        Map<String, MonetaryAmount> extra = shares("34", "33", "33");
        extra.put("d", sek("0"));
        assertThatThrownBy(() -> FinsamAssertions.assertThat(extra)
                .isTheLargestRemainderSplitOf(sek("100"), ABC, List.of(ONE, ONE, ONE), RoundingUnit.KRONA))
                .isInstanceOf(AssertionError.class).hasMessageContaining("but got SEK 0 for 'd', which has no weight");
    }

    @Test
    void weightsFinsamCannotSplitByFail() {
        List<BigDecimal> negative = List.of(ONE, new BigDecimal("-1"), ONE);
        assertThatThrownBy(() -> FinsamAssertions.assertThat(shares("34", "33", "33"))
                .isTheLargestRemainderSplitOf(sek("100"), ABC, negative, RoundingUnit.KRONA))
                .isInstanceOf(AssertionError.class).hasMessageContaining("finsam cannot split it so").hasMessageContaining("weight");
        assertThatThrownBy(() -> FinsamAssertions.assertThat(shares("34", "33", "33"))
                .isTheLargestRemainderSplitOf(sek("100"), Map.of("a", ONE, "b", new BigDecimal("-1"), "c", ONE),
                        Comparator.naturalOrder(), RoundingUnit.KRONA))
                .isInstanceOf(AssertionError.class).hasMessageContaining("finsam cannot split it so");
    }

    @Test
    void unitsPassAndFail() {
        FinsamAssertions.assertThatUnits(new long[] {34, 33, 33}).isTheLargestRemainderSplitOf(100, BigInteger.ONE, BigInteger.ONE,
                BigInteger.ONE);
        assertThatThrownBy(() -> FinsamAssertions.assertThatUnits(new long[] {33, 34, 33})
                .isTheLargestRemainderSplitOf(100, BigInteger.ONE, BigInteger.ONE, BigInteger.ONE)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected part 0 to be 34 units, its largest-remainder share of 100 units by weight 1 of 3")
                .hasMessageContaining("but it is 33");
        assertThatThrownBy(() -> FinsamAssertions.assertThatUnits(new long[] {50, 50})
                .isTheLargestRemainderSplitOf(100, BigInteger.ONE, BigInteger.ONE, BigInteger.ONE)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected 3 parts, one per weight, but got 2: [50, 50]");
        assertThatThrownBy(() -> FinsamAssertions.assertThatUnits(new long[] {0})
                .isTheLargestRemainderSplitOf(100, BigInteger.ZERO)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected a largest-remainder split of 100 units, but finsam cannot split it so");
    }
}
