package se.finsam.money;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import se.finsam.validation.FinsamValidationException;

/**
 * Coverage-guided fuzzing of the largest-remainder allocation (docs/reliability.md). The default build
 * replays the inputs in {@code AllocationFuzzTestInputs}; {@code mvn verify -Pfuzz} fuzzes.
 *
 * <p>For any total and weights, the only outcomes are an allocation whose parts are not negative, sum
 * exactly to the total and lie strictly within one unit of their exact quotas, or a
 * {@link FinsamValidationException}: no other exception, no hang, no running out of memory.
 */
class AllocationFuzzTest {

    private static final CurrencyUnit SEK = Monetary.getCurrency("SEK");
    private static final List<RoundingUnit> UNITS = List.of(RoundingUnit.ORE, RoundingUnit.KRONA, RoundingUnit.THOUSAND);

    @FuzzTest(maxDuration = "60m", maxExecutions = 1_100_000)
    void ofUnits_anyTotalAndWeights_isExactOrTheDocumentedException(FuzzedDataProvider data) {
        long total = data.consumeBoolean() ? data.consumeLong(-2, RoundingUnit.MAX_UNITS + 2) : data.consumeLong();
        RoundingUnit unit = UNITS.get(data.consumeInt(0, UNITS.size() - 1));
        int n = data.consumeInt(0, 40);
        List<String> keys = new ArrayList<>(n);
        List<BigDecimal> weights = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            keys.add("k" + i);
            byte[] digits = data.consumeBytes(data.consumeInt(0, 48));
            BigInteger unscaled = digits.length == 0 ? BigInteger.ZERO : new BigInteger(digits);
            weights.add(new BigDecimal(unscaled, data.consumeInt(-110, 110)));
        }
        Allocation<String> allocation;
        try {
            allocation = Allocation.ofUnits(total, SEK, unit, keys, weights);
        } catch (FinsamValidationException e) {
            assertThat(e.violations()).isNotEmpty();
            return;
        }
        BigDecimal sum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        long parts = 0;
        for (int i = 0; i < n; i++) {
            long part = allocation.unitsOf(keys.get(i));
            assertThat(part).as("part of %s", keys.get(i)).isNotNegative();
            parts += part;
            // |part - total * w / W| < 1  <=>  |part * W - total * w| < W, exactly.
            BigDecimal distance = BigDecimal.valueOf(part).multiply(sum)
                    .subtract(BigDecimal.valueOf(total).multiply(weights.get(i))).abs();
            assertThat(distance).as("distance of %s from its quota, times the weight sum", keys.get(i)).isLessThan(sum);
        }
        assertThat(parts).as("sum of the parts").isEqualTo(total);
        assertThat(allocation.remainderUnits()).isLessThan(Math.max(1, n));
    }
}
