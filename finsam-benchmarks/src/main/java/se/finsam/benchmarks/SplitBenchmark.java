package se.finsam.benchmarks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.MonetaryOperator;
import org.javamoney.moneta.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import se.finsam.money.Allocation;
import se.finsam.money.RoundingUnit;

/**
 * Splitting an amount over 9 and over 290 parties (the municipalities of one association; of Sweden) by
 * population-like weights: through finsam's public API, beside two baselines written here.
 *
 * <ul>
 *   <li>{@link #longBaseline()}: a tight largest remainder on {@code long} minor units, the fastest
 *       correct code one could write by hand for exactly this case;</li>
 *   <li>{@link #monetaBaseline()}: the straightforward {@code MonetaryAmount} arithmetic a user would
 *       write with Moneta: multiply, divide, round each part (which, unlike the others, does not
 *       guarantee that the parts sum to the total).</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class SplitBenchmark {

    /** How many parties share the amount. */
    @Param({"9", "290"})
    public int parties;

    private MonetaryAmount total;
    private List<String> keys;
    private List<BigDecimal> weights;
    private long totalUnits;
    private long[] longWeights;
    private MonetaryOperator rounding;

    /** Builds the same input for every benchmark: 3 750 000,00 kr split by head counts, seeded. */
    @Setup
    public void setUp() {
        CurrencyUnit sek = Monetary.getCurrency("SEK");
        total = Money.of(new BigDecimal("3750000.00"), sek);
        totalUnits = 375_000_000L;
        SplittableRandom random = new SplittableRandom(2007);
        keys = new ArrayList<>();
        weights = new ArrayList<>();
        longWeights = new long[parties];
        for (int i = 0; i < parties; i++) {
            long heads = 2_000 + random.nextLong(600_000);
            keys.add("m" + i);
            weights.add(BigDecimal.valueOf(heads));
            longWeights[i] = heads;
        }
        rounding = Monetary.getDefaultRounding();
    }

    /**
     * finsam: exact largest remainder at one öre through the public API; the result explains itself.
     *
     * @return the allocation
     */
    @Benchmark
    public Allocation<String> finsamApi() {
        return Allocation.splitOrdered(total, keys, weights, RoundingUnit.ORE);
    }

    /**
     * Baseline: largest remainder on {@code long} öre, written as tightly as the case allows.
     *
     * @return the parts in öre
     */
    @Benchmark
    public long[] longBaseline() {
        long[] w = longWeights;
        int n = w.length;
        long sum = 0;
        for (long x : w) {
            sum += x;
        }
        long[] parts = new long[n];
        long[] rem = new long[n];
        long assigned = 0;
        for (int i = 0; i < n; i++) {
            long p = totalUnits * w[i];
            parts[i] = p / sum;
            rem[i] = p % sum;
            assigned += parts[i];
        }
        int left = (int) (totalUnits - assigned);
        if (left > 0) {
            // Rank by remainder, then weight, then earlier index, packed into one long key per part:
            // remainders < sum < 2^29, weights < 2^20, indices < 2^10 for these inputs.
            long[] keys = new long[n];
            for (int i = 0; i < n; i++) {
                keys[i] = (rem[i] << 30) | (w[i] << 10) | (1023 - i);
            }
            Arrays.sort(keys);
            for (int r = 0; r < left; r++) {
                parts[1023 - (int) (keys[n - 1 - r] & 1023)]++;
            }
        }
        return parts;
    }

    /**
     * Baseline: what a user would write with Moneta: {@code total × w / Σw}, rounded to öre, per part.
     *
     * @return the parts
     */
    @Benchmark
    public MonetaryAmount[] monetaBaseline() {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal w : weights) {
            sum = sum.add(w);
        }
        MonetaryAmount[] parts = new MonetaryAmount[weights.size()];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = total.multiply(weights.get(i)).divide(sum).with(rounding);
        }
        return parts;
    }

}
