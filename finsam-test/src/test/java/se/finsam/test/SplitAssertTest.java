package se.finsam.test;

import static java.math.BigDecimal.ONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.finsam.test.FinsamAssertions.assertThat;
import static se.finsam.testing.Samples.sek;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
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
        FinsamAssertions.assertThatShares(shares("34", "33", "33"))
                .isTheLargestRemainderSplitOf(sek("100"), ABC, List.of(ONE, ONE, ONE), RoundingUnit.KRONA)
                .isTheLargestRemainderSplitOf(sek("100"), Map.of("a", ONE, "b", ONE, "c", ONE), Comparator.naturalOrder(),
                        RoundingUnit.KRONA);
    }

    @Test
    void aDifferentShareIsNamedWithBothAmounts() {
        assertThatThrownBy(() -> FinsamAssertions.assertThatShares(shares("33", "33", "33"))
                .isTheLargestRemainderSplitOf(sek("100"), ABC, List.of(ONE, ONE, ONE), RoundingUnit.KRONA))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("Expected the share of 'a' to be SEK 34, its largest-remainder share of SEK 100 (weight 1 of 3")
                .hasMessageEndingWith("but it is SEK 33");
        assertThatThrownBy(() -> FinsamAssertions.assertThatShares(shares("33", "33", "33"))
                .isTheLargestRemainderSplitOf(sek("100"), Map.of("a", ONE, "b", ONE, "c", ONE), Comparator.naturalOrder(),
                        RoundingUnit.KRONA))
                .isInstanceOf(AssertionError.class).hasMessageStartingWith("Expected the share of 'a' to be SEK 34");
    }

    @Test
    void everyDifferentShareIsNamedWithBothAmounts() {
        assertThatThrownBy(() -> FinsamAssertions.assertThatShares(shares("33", "34", "33"))
                .isTheLargestRemainderSplitOf(sek("100"), ABC, List.of(ONE, ONE, ONE), RoundingUnit.KRONA))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("Expected the largest-remainder split of SEK 100 by the weights (finsam's Allocation), but 2 "
                        + "shares differ:\n  'a' is SEK 33, finsam's share is SEK 34 (weight 1 of 3: ")
                .hasMessageContaining("\n  'b' is SEK 34, finsam's share is SEK 33 (weight 1 of 3: ")
                .satisfies(e -> assertThat(AssertTextsTest.listed(e)).hasSize(2));
        Map<String, MonetaryAmount> all = shares("33", "33", "33");
        all.remove("b");
        all.put("c", Money.of(33, "EUR"));
        all.put("d", sek("1"));
        all.put("e", null);
        assertThatThrownBy(() -> FinsamAssertions.assertThatShares(all)
                .isTheLargestRemainderSplitOf(sek("100"), Map.of("a", ONE, "b", ONE, "c", ONE), Comparator.naturalOrder(),
                        RoundingUnit.KRONA))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("but 5 shares differ:\n  'a' is SEK 33, finsam's share is SEK 34 (")
                .hasMessageContaining("\n  'b' has none, finsam's share is SEK 33 (weight 1 of 3: ")
                .hasMessageContaining("\n  'c' is EUR 33, finsam's share is SEK 33 (")
                .hasMessageEndingWith("\n  'd' has no weight, yet gets SEK 1\n  'e' has no weight, yet gets null");
    }

    @Test
    void aSplitWithMoreThan20DifferentShares_listsTheFirst20AndCountsTheRest() {
        List<Integer> keys = IntStream.range(0, 25).boxed().toList();
        Map<Integer, MonetaryAmount> ones = new LinkedHashMap<>();
        keys.forEach(k -> ones.put(k, sek("1")));
        assertThatThrownBy(() -> FinsamAssertions.assertThatShares(ones).isTheLargestRemainderSplitOf(sek("50"), keys,
                Collections.nCopies(25, ONE), RoundingUnit.KRONA))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("but 25 shares differ:\n  '0' is SEK 1, finsam's share is SEK 2 (")
                .hasMessageContaining("\n  '19' is SEK 1, finsam's share is SEK 2 (").hasMessageNotContaining("'20'")
                .hasMessageEndingWith("\n  and 5 more")
                .satisfies(e -> assertThat(AssertTextsTest.listed(e)).hasSize(AssertTexts.MAX_LISTED));
        long[] parts = new long[25];
        BigInteger[] weights = Collections.nCopies(25, BigInteger.ONE).toArray(new BigInteger[0]);
        assertThatThrownBy(() -> FinsamAssertions.assertThatUnits(parts).isTheLargestRemainderSplitOf(50, weights))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("but 25 parts differ:\n  part 0 is 0, finsam's share is 2 (weight 1 of 25)\n")
                .hasMessageEndingWith("\n  part 19 is 0, finsam's share is 2 (weight 1 of 25)\n  and 5 more");
    }

    @Test
    void aShareInAnotherCurrencyDiffers() {
        Map<String, MonetaryAmount> euro = shares("34", "33", "33");
        euro.put("b", Money.of(33, "EUR"));
        assertThatThrownBy(() -> FinsamAssertions.assertThatShares(euro)
                .isTheLargestRemainderSplitOf(sek("100"), ABC, List.of(ONE, ONE, ONE), RoundingUnit.KRONA))
                .isInstanceOf(AssertionError.class).hasMessageContaining("share of 'b' to be SEK 33").hasMessageContaining("but it is EUR 33");
    }

    @Test
    void aMissingOrExtraShareFails() {
        Map<String, MonetaryAmount> missing = shares("34", "33", "33");
        missing.remove("c");
        assertThatThrownBy(() -> FinsamAssertions.assertThatShares(missing)
                .isTheLargestRemainderSplitOf(sek("100"), ABC, List.of(ONE, ONE, ONE), RoundingUnit.KRONA))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Expected a share of 'c', SEK 33")
                .hasMessageContaining("but there is none");
        Map<String, MonetaryAmount> extra = shares("34", "33", "33");
        extra.put("d", sek("0"));
        assertThatThrownBy(() -> FinsamAssertions.assertThatShares(extra)
                .isTheLargestRemainderSplitOf(sek("100"), ABC, List.of(ONE, ONE, ONE), RoundingUnit.KRONA))
                .isInstanceOf(AssertionError.class).hasMessageContaining("but got SEK 0 for 'd', which has no weight");
    }

    @Test
    void weightsFinsamCannotSplitByFail() {
        List<BigDecimal> negative = List.of(ONE, new BigDecimal("-1"), ONE);
        assertThatThrownBy(() -> FinsamAssertions.assertThatShares(shares("34", "33", "33"))
                .isTheLargestRemainderSplitOf(sek("100"), ABC, negative, RoundingUnit.KRONA))
                .isInstanceOf(AssertionError.class).hasMessageContaining("finsam cannot split it so").hasMessageContaining("weight");
        assertThatThrownBy(() -> FinsamAssertions.assertThatShares(shares("34", "33", "33"))
                .isTheLargestRemainderSplitOf(sek("100"), Map.of("a", ONE, "b", new BigDecimal("-1"), "c", ONE),
                        Comparator.naturalOrder(), RoundingUnit.KRONA))
                .isInstanceOf(AssertionError.class).hasMessageContaining("finsam cannot split it so");
    }

    @Test
    void unitsPassAndFail() {
        FinsamAssertions.assertThatUnits(new long[] {34, 33, 33}).isTheLargestRemainderSplitOf(100, BigInteger.ONE, BigInteger.ONE,
                BigInteger.ONE);
        assertThatThrownBy(() -> FinsamAssertions.assertThatUnits(new long[] {33, 33, 33})
                .isTheLargestRemainderSplitOf(100, BigInteger.ONE, BigInteger.ONE, BigInteger.ONE)).isInstanceOf(AssertionError.class)
                .hasMessage("Expected part 0 to be 34 units, its largest-remainder share of 100 units by weight 1 of 3 (finsam's "
                        + "Allocation.splitUnits), but it is 33");
        assertThatThrownBy(() -> FinsamAssertions.assertThatUnits(new long[] {33, 34, 33})
                .isTheLargestRemainderSplitOf(100, BigInteger.ONE, BigInteger.ONE, BigInteger.ONE)).isInstanceOf(AssertionError.class)
                .hasMessage("Expected the largest-remainder split of 100 units by the weights (finsam's Allocation.splitUnits), but 2 "
                        + "parts differ:\n  part 0 is 33, finsam's share is 34 (weight 1 of 3)\n"
                        + "  part 1 is 34, finsam's share is 33 (weight 1 of 3)");
        assertThatThrownBy(() -> FinsamAssertions.assertThatUnits(new long[] {50, 50})
                .isTheLargestRemainderSplitOf(100, BigInteger.ONE, BigInteger.ONE, BigInteger.ONE)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected 3 parts, one per weight, but got 2: [50, 50]");
        assertThatThrownBy(() -> FinsamAssertions.assertThatUnits(new long[] {0})
                .isTheLargestRemainderSplitOf(100, BigInteger.ZERO)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected a largest-remainder split of 100 units, but finsam cannot split it so");
    }

    @Test
    void nullSharesAndNullKeysFailAsAssertions() {
        Map<String, MonetaryAmount> withNulls = new HashMap<>(shares("34", "33", "33"));
        withNulls.put("c", null);
        withNulls.put("d", null);
        withNulls.put(null, sek("1"));
        assertThatThrownBy(() -> FinsamAssertions.assertThatShares(withNulls)
                .isTheLargestRemainderSplitOf(sek("100"), ABC, List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE), RoundingUnit.KRONA))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("\n  'c' is null, finsam's share is SEK 33 (")
                .hasMessageContaining("\n  'd' has no weight, yet gets null")
                .hasMessageContaining("\n  a null key has no weight, yet gets SEK 1");
    }

    @Test
    void aMapOfMoneyCompiles_andAssertJsAssertThatOnAMapStillDoes() {
        // Both AssertJ's assertThat and finsam's are imported statically here: a Map goes to AssertJ's.
        Map<String, Money> money = Map.of("a", Money.of(34, "SEK"), "b", Money.of(33, "SEK"), "c", Money.of(33, "SEK"));
        assertThat(money).hasSize(3);
        FinsamAssertions.assertThatShares(money)
                .isTheLargestRemainderSplitOf(sek("100"), ABC, List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE), RoundingUnit.KRONA);
        assertThatThrownBy(() -> FinsamAssertions.assertThatShares(Map.of("a", Money.of(100, "SEK")))
                .isTheLargestRemainderSplitOf(sek("100"), ABC, List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE), RoundingUnit.KRONA))
                .isInstanceOf(AssertionError.class).hasMessageContaining("3 shares differ:\n  'a' is SEK 100, finsam's share is SEK 34");
    }
}
