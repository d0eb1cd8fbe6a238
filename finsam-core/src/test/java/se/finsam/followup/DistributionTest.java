package se.finsam.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import se.finsam.money.Fraction;

class DistributionTest {

    @Test
    void fortyNineParticipants_overKopingArbogaKungsor_sumToExactly100() {
        // 29/49 = 59.18 %, 14/49 = 28.57 %, 6/49 = 12.24 %: tenths 591.8, 285.7, 122.4 → floors 591, 285, 122
        // (998); the two tenths left go to the largest remainders .8 (Köping) and .7 (Arboga): 59.2, 28.6, 12.2.
        Distribution<String> d = Distribution.compute(List.of("koping", "arboga", "kungsor"),
                Map.of("koping", 29L, "arboga", 14L, "kungsor", 6L));

        assertThat(d.percent("koping")).isEqualByComparingTo("59.2");
        assertThat(d.percent("arboga")).isEqualByComparingTo("28.6");
        assertThat(d.percent("kungsor")).isEqualByComparingTo("12.2");
        assertThat(d.share("koping")).contains(Fraction.of(29, 49));
        assertThat(d.total()).isEqualTo(49);
    }

    @Test
    void fortyNineParticipants_cannotReproduceThePublished58_29_13() {
        // The Norra Västmanland newsletter (autumn 2011): "Köping har 58% av deltagarna, Arboga 29% och
        // Kungsör 13%" of 49 started. No split of 49 people gives 58 % to Köping at whole percent: 28/49 =
        // 57.1 %, 29/49 = 59.2 %. The published percentages must have another base (31 people would do: 18,
        // 9, 4 give 58.1, 29.0, 12.9).
        assertThat(IntStream.rangeClosed(0, 49).filter(k -> Fraction.of(100L * k, 49).toBigDecimal(0, RoundingMode.HALF_UP)
                .intValueExact() == 58)).isEmpty();
        Distribution<String> of31 = Distribution.compute(List.of("koping", "arboga", "kungsor"),
                Map.of("koping", 18L, "arboga", 9L, "kungsor", 4L));
        assertThat(List.of(of31.percent("koping"), of31.percent("arboga"), of31.percent("kungsor")))
                .extracting(p -> p.setScale(0, RoundingMode.HALF_UP).intValueExact()).containsExactly(58, 29, 13);
    }

    @Test
    void equalCounts_giveTheLeftOverTenthToTheGroupListedFirst() {
        Distribution<String> d = Distribution.compute(List.of("a", "b", "c"), Map.of("a", 1L, "b", 1L, "c", 1L));

        assertThat(List.of(d.percent("a"), d.percent("b"), d.percent("c")))
                .extracting(p -> p.toPlainString()).containsExactly("33.4", "33.3", "33.3");
    }

    @Test
    void empty_hasZeroPercentAndNoShares() {
        Distribution<String> d = Distribution.compute(List.of("a", "b"), Map.of());

        assertThat(d.percent("a")).isEqualByComparingTo("0");
        assertThat(d.share("a")).isEmpty();
        assertThat(d.total()).isZero();
    }

    @Test
    void countForAnUnknownGroup_isAProgrammingError() {
        assertThatThrownBy(() -> Distribution.compute(List.of("a"), Map.of("b", 1L))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'b'");
        assertThatThrownBy(() -> Distribution.compute(List.of("a"), Map.of("a", -1L))).hasMessageContaining("-1");
    }

    @Test
    void countsBeyondALong_areAnIllegalArgument_neverAnArithmeticException() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Distribution.compute(List.of("a", "b"), Map.of("a", Long.MAX_VALUE, "b", 1L)))
                .withMessage("Counts sum to more than " + Long.MAX_VALUE + ": " + Long.MAX_VALUE + " and 1 more for 'b'");
        assertThat(Distribution.compute(List.of("a", "b"), Map.of("a", Long.MAX_VALUE - 1, "b", 1L)).percent("a"))
                .isEqualByComparingTo("100.0");
    }

    @Test
    void equality_comparesGroupsInOrderAndCounts_andTheTextShowsPercentages() {
        Distribution<String> d = Distribution.compute(List.of("koping", "arboga", "kungsor"),
                Map.of("koping", 29L, "arboga", 14L, "kungsor", 6L));

        se.finsam.testing.EqualityGroups.create()
                .addGroup(d, Distribution.compute(List.of("koping", "arboga", "kungsor"),
                        Map.of("koping", 29L, "arboga", 14L, "kungsor", 6L)))
                .addGroup(Distribution.compute(List.of("arboga", "koping", "kungsor"),
                        Map.of("koping", 29L, "arboga", 14L, "kungsor", 6L)))
                .addGroup(Distribution.compute(List.of("koping", "arboga", "kungsor"),
                        Map.of("koping", 29L, "arboga", 14L, "kungsor", 7L)))
                .test();
        assertThat(d.groups()).containsExactly("koping", "arboga", "kungsor");
        assertThat(d.count("arboga")).isEqualTo(14);
        assertThat(d).hasToString("Distribution[koping=29 (59.2%), arboga=14 (28.6%), kungsor=6 (12.2%)]");
        assertThatIllegalArgumentException().isThrownBy(() -> d.count("sala"))
                .withMessage("No group 'sala' in distribution over [koping, arboga, kungsor]");
        assertThatIllegalArgumentException().isThrownBy(() -> Distribution.compute(List.of("a", "a"), Map.of()))
                .withMessage("Group 'a' is listed twice");
    }
}
