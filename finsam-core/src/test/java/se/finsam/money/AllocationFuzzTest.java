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
 * replays the inputs in {@code AllocationFuzzTestInputs}; {@code ./mvnw verify -Pfuzz} fuzzes.
 *
 * <p>Weights come in every notation: exponents, decimals, trailing zeros, scales up to both ends of the
 * {@code int} range, and text. For any total and weights, the only outcomes are an allocation whose
 * parts are not negative, sum exactly to the total and lie strictly within one unit of their exact
 * quotas, or a
 * {@link FinsamValidationException}: no other exception, no hang, no running out of memory.
 */
class AllocationFuzzTest {

    private static final CurrencyUnit SEK = Monetary.getCurrency("SEK");
    private static final List<RoundingUnit> UNITS = List.of(RoundingUnit.ORE, RoundingUnit.KRONA, RoundingUnit.THOUSAND);

    @FuzzTest(maxDuration = "60m", maxExecutions = 1_100_000)
    void splitOrdered_anyTotalAndWeights_isExactOrTheDocumentedException(FuzzedDataProvider data) {
        long total = data.consumeBoolean() ? data.consumeLong(-2, RoundingUnit.MAX_UNITS + 2) : data.consumeLong();
        RoundingUnit unit = UNITS.get(data.consumeInt(0, UNITS.size() - 1));
        int n = data.consumeInt(0, 40);
        List<String> keys = new ArrayList<>(n);
        List<BigDecimal> weights = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            keys.add("k" + i);
            weights.add(weight(data));
        }
        Allocation<String> allocation;
        try {
            allocation = Allocation.splitOrdered(total, SEK, unit, keys, weights);
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

    /**
     * A weight in every notation (issue 11): digits with a scale from −110 to 110 (exponent form such as
     * {@code 1E+64}, or decimals), with any scale at all ({@code 10e2147483647}, {@code 1E-2147483647}), an
     * integer with trailing zeros ({@code 100.000}), or text the fuzzer writes ({@code 1e23}, {@code 5E+21}).
     */
    private static BigDecimal weight(FuzzedDataProvider data) {
        byte[] digits = data.consumeBytes(data.consumeInt(0, 48));
        BigInteger unscaled = digits.length == 0 ? BigInteger.ZERO : new BigInteger(digits);
        return switch (data.consumeInt(0, 3)) {
            case 0 -> new BigDecimal(unscaled, data.consumeInt(-110, 110));
            case 1 -> new BigDecimal(unscaled, data.consumeInt());
            case 2 -> new BigDecimal(unscaled).setScale(data.consumeInt(0, 110));
            default -> {
                String text = data.consumeAsciiString(60);
                try {
                    yield new BigDecimal(text);
                } catch (NumberFormatException e) {
                    yield new BigDecimal(unscaled);
                }
            }
        };
    }
}
