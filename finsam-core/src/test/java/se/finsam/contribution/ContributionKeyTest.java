package se.finsam.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.finsam.testing.Samples.id;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.finsam.member.MemberId;
import se.finsam.money.Decimals;
import se.finsam.population.AgeBand;
import se.finsam.testing.Numbers;
import se.finsam.testing.Raises;
import se.finsam.testing.Samples;
import se.finsam.testing.Violations;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

class ContributionKeyTest {

    /** A map in the order given: {@code decimals("a", "1.5", "b", "0.5")}. */
    static Map<MemberId, BigDecimal> decimals(String... idsAndValues) {
        Map<MemberId, BigDecimal> map = new LinkedHashMap<>();
        for (int i = 0; i < idsAndValues.length; i += 2) {
            map.put(id(idsAndValues[i]), new BigDecimal(idsAndValues[i + 1]));
        }
        return map;
    }

    static Map<MemberId, Long> counts(Object... idsAndCounts) {
        Map<MemberId, Long> map = new LinkedHashMap<>();
        for (int i = 0; i < idsAndCounts.length; i += 2) {
            map.put(id((String) idsAndCounts[i]), ((Number) idsAndCounts[i + 1]).longValue());
        }
        return map;
    }

    @Test
    void percentages_ofRar2007_sumTo100_andKeepTheirOrder() {
        ContributionKey key = Samples.rarMunicipalKey();

        assertThat(key.basis()).isEqualTo(KeyBasis.PERCENTAGES);
        assertThat(key.namedMembers()).extracting(MemberId::value).containsExactly("eskilstuna", "flen", "gnesta",
                "katrineholm", "nykoping", "oxelosund", "strangnas", "trosa", "vingaker");
        assertThat(key.weightOf(id("eskilstuna"))).isEqualByComparingTo("34.9");
        assertThat(key.weightOf(id("nykoping"))).isEqualTo(new BigDecimal("19.0"));
    }

    @Test
    void percentages_withZeroForAMember_andMixedScales_areAccepted() {
        ContributionKey key = ContributionKey.ofPercentages(decimals("a", "0", "b", "33.333", "c", "66.667"));

        assertThat(key.weightOf(id("a"))).isZero();
    }

    @Test
    @Raises(ViolationCodes.KEY_PERCENTAGE_SUM)
    void percentages_summingTo99point9_areRejected() {
        Violations.assertSingle(() -> ContributionKey.ofPercentages(decimals("eskilstuna", "84.7", "flen", "15.2")),
                ViolationCodes.KEY_PERCENTAGE_SUM, "/values", "Percentages must sum to 100, was 99.9");
        Violations.assertSingle(() -> ContributionKey.ofPercentages(decimals("flen", "99.9")),
                ViolationCodes.KEY_PERCENTAGE_SUM, "/values", "Percentages must sum to 100, was 99.9");
        Violations.assertSingle(() -> ContributionKey.ofPercentages(decimals("a", "33.333", "b", "33.333", "c", "33.333")),
                ViolationCodes.KEY_PERCENTAGE_SUM, "/values", "was 99.999");
    }

    @Test
    @Raises(ViolationCodes.KEY_PERCENTAGE_OUT_OF_RANGE)
    void percentages_below0OrAbove100_areRejectedEach() {
        FinsamValidationException e = Violations.thrownBy(
                () -> ContributionKey.ofPercentages(decimals("flen", "100.5", "x", "-0.5")));

        assertThat(e.violations()).as("the sum is 100, so only the range is wrong").hasSize(2);
        Violations.assertHas(e, ViolationCodes.KEY_PERCENTAGE_OUT_OF_RANGE, "/values/flen", "'flen'", "was 100.5");
        Violations.assertHas(e, ViolationCodes.KEY_PERCENTAGE_OUT_OF_RANGE, "/values/x", "'x'", "was -0.5");
    }

    @Test
    @Raises(ViolationCodes.KEY_EMPTY)
    void key_withNoValues_isRejected() {
        Violations.assertSingle(() -> ContributionKey.ofPercentages(Map.of()), ViolationCodes.KEY_EMPTY, "/values", "no values");
        Violations.assertSingle(() -> ContributionKey.ofWeights(Map.of()), ViolationCodes.KEY_EMPTY, "/values", "no values");
        Violations.assertSingle(() -> ContributionKey.ofPopulation(Map.of(), null, null), ViolationCodes.KEY_EMPTY, "/values");
    }

    @Test
    @Raises(ViolationCodes.KEY_VALUE_NEGATIVE)
    void key_withANegativeHeadCountOrWeight_isRejectedAtThatMember() {
        Violations.assertSingle(() -> ContributionKey.ofPopulation(counts("eskilstuna", 61_234, "flen", -1), null, null),
                ViolationCodes.KEY_VALUE_NEGATIVE, "/values/flen", "Head count of 'flen' must not be negative, was -1");
        Violations.assertSingle(() -> ContributionKey.ofWeights(decimals("a", "1.5", "b", "-0.25")),
                ViolationCodes.KEY_VALUE_NEGATIVE, "/values/b", "'b'", "was -0.25");
    }

    @Test
    @Raises(ViolationCodes.KEY_ALL_ZERO)
    void key_withAllValuesZero_isRejected() {
        Violations.assertSingle(() -> ContributionKey.ofPopulation(counts("a", 0, "b", 0), null, null),
                ViolationCodes.KEY_ALL_ZERO, "/values", "all 2 are zero");
        Violations.assertSingle(() -> ContributionKey.ofWeights(decimals("a", "0", "b", "0.000", "c", "0E+5")),
                ViolationCodes.KEY_ALL_ZERO, "/values", "all 3 are zero");
    }

    @Test
    @Raises(ViolationCodes.KEY_VALUE_OUT_OF_RANGE)
    void key_withAnImplausibleValue_isRejectedAtThatMember() {
        Violations.assertSingle(() -> ContributionKey.ofPopulation(counts("a", 1_000_000_000_001L), null, null),
                ViolationCodes.KEY_VALUE_OUT_OF_RANGE, "/values/a", "'a'", "1000000000001");
        Violations.assertSingle(() -> ContributionKey.ofWeights(decimals("a", "1", "b", "1".repeat(31))),
                ViolationCodes.KEY_VALUE_OUT_OF_RANGE, "/values/b", "'b'", "1".repeat(31));
        Violations.assertSingle(() -> ContributionKey.ofPercentages(decimals("a", "100.0000000000000000000000000001")),
                ViolationCodes.KEY_VALUE_OUT_OF_RANGE, "/values/a", "'a'", "100.0000000000000000000000000001");
        assertThat(ContributionKey.ofPopulation(counts("a", ContributionKey.MAX_HEAD_COUNT), null, null)
                .weightOf(id("a"))).as("the largest head count").isEqualByComparingTo("1000000000000");
    }

    @Test
    void population_carriesReferenceDateAndAgeBand() {
        ContributionKey.Population key = ContributionKey.ofPopulation(counts("eskilstuna", 61_234, "flen", 9_876),
                LocalDate.of(2006, 11, 1), AgeBand.parse("16-64"));

        assertThat(key.basis()).isEqualTo(KeyBasis.POPULATION);
        assertThat(key.referenceDate()).contains(LocalDate.of(2006, 11, 1));
        assertThat(key.ageBand()).contains(AgeBand.of(16, 64));
        assertThat(key.weightOf(id("flen"))).isEqualByComparingTo("9876");
        assertThat(ContributionKey.ofPopulation(counts("a", 1), null, null).referenceDate()).isEmpty();
    }

    @Test
    void equal_weighsEveryMemberOne_andNamesNone() {
        ContributionKey key = ContributionKey.equal();

        assertThat(key.basis()).isEqualTo(KeyBasis.EQUAL);
        assertThat(key.namedMembers()).isEmpty();
        assertThat(key.weightOf(id("anyone"))).isEqualByComparingTo("1");
        assertThat(key).isSameAs(ContributionKey.equal()).isEqualTo(new ContributionKey.Equal());
    }

    @Test
    void weightOf_aMemberTheKeyDoesNotName_isRejectedNamingIt() {
        assertThatIllegalArgumentException().isThrownBy(() -> Samples.rarMunicipalKey().weightOf(id("flen2")))
                .withMessageContaining("'flen2'");
    }

    @Test
    void values_areCopied_andCannotBeChanged() {
        Map<MemberId, BigDecimal> source = new HashMap<>(decimals("a", "60", "b", "40"));
        ContributionKey.Percentages key = ContributionKey.ofPercentages(source);
        source.put(id("a"), BigDecimal.TEN);

        assertThat(key.weightOf(id("a"))).isEqualByComparingTo("60");
        assertThatThrownBy(() -> key.values().put(id("c"), BigDecimal.ONE)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> key.namedMembers().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void nullValues_areRejectedNamingTheMember() {
        Map<MemberId, BigDecimal> withNull = new HashMap<>();
        withNull.put(id("flen"), null);

        assertThatNullPointerException().isThrownBy(() -> ContributionKey.ofWeights(withNull)).withMessage("value of 'flen'");
        assertThatNullPointerException().isThrownBy(() -> ContributionKey.ofWeights(null)).withMessage("values");
    }

    @Test
    void valuesOfEveryScale_areOutOfRange_neverAnotherException() {
        // Issue 11: Math.abs of the stripped scale of 10e2147483647 is negative, so it passed as few digits.
        for (BigDecimal value : Numbers.hostileOfBothSigns()) {
            // The documented range: at most 30 significant digits and 30 decimals, and less than 1E+60.
            BigDecimal stripped = Decimals.stripTrailingZeros(value);
            boolean inRange = value.abs().compareTo(new BigDecimal("1E+60")) < 0 && stripped.precision() <= 30
                    && stripped.scale() <= 30;
            if (inRange) {
                continue; // 1E+23, 1E+41 and the like: a weight in range
            }
            Map<MemberId, BigDecimal> values = new LinkedHashMap<>();
            values.put(id("a"), BigDecimal.ONE);
            values.put(id("b"), value);
            Violation w = Violations.assertSingle(() -> ContributionKey.ofWeights(values), ViolationCodes.KEY_VALUE_OUT_OF_RANGE,
                    "/values/b", "'b'");
            assertThat(w.message().length()).as("length of the message for %s", value).isLessThan(300);
            Violations.assertSingle(() -> ContributionKey.ofPercentages(values), ViolationCodes.KEY_VALUE_OUT_OF_RANGE,
                    "/values/b", "'b'");
        }
    }

    @Test
    void weightsWithExponents_areTheirValues() {
        ContributionKey.Weights key = ContributionKey.ofWeights(decimals("m1", "1e23", "m2", "1e18"));

        assertThat(key.weightOf(id("m1"))).isEqualByComparingTo("100000000000000000000000");
        assertThat(key).isEqualTo(ContributionKey.ofWeights(decimals("m1", "100000000000000000000000", "m2", "1E+18")));
    }
}
