package se.finsam.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import se.finsam.testing.Generators;
import se.finsam.testing.Lazy;
import se.finsam.testing.Property;

/**
 * The {@code long} fast path, the 128-bit wide path and the {@link BigInteger} path of
 * {@link LargestRemainder} give the same parts and the same remaining-unit flags on every input the
 * faster paths can take; the 128-bit division agrees with {@link BigInteger}.
 */
class LargestRemainderProperties {

    private static final int CASES = 10_000;

    /** Weights whose sum keeps {@code total × sum} within a {@code long}, often with many ties. */
    private static long[] weightsFittingWith(long total, int n, SplittableRandom random) {
        long maxSum = Long.MAX_VALUE / Math.max(total, 1);
        long perWeight = Math.min(Math.max(1, maxSum / n), Long.MAX_VALUE - 1);
        long[] w = new long[n];
        long bound = switch (random.nextInt(3)) {
            case 0 -> Math.min(perWeight, 5);
            case 1 -> Math.min(perWeight, 1_000_000);
            default -> perWeight;
        };
        long sum = 0;
        for (int i = 0; i < n; i++) {
            w[i] = random.nextInt(6) == 0 ? 0 : random.nextLong(bound + 1);
            sum += w[i];
        }
        if (sum == 0) {
            w[random.nextInt(n)] = 1;
        }
        return w;
    }

    private static BigInteger[] big(long[] w) {
        return Arrays.stream(w).mapToObj(BigInteger::valueOf).toArray(BigInteger[]::new);
    }

    /** One of the {@code long} paths of {@link LargestRemainder}. */
    @FunctionalInterface
    interface LongPath {
        void allocate(long total, long[] w, long sum, long[] parts, boolean[] extra);
    }

    /**
     * Asserts that a {@code long} path, the {@link BigInteger} path and the dispatching
     * {@code allocate} give the same parts and flags, and that the parts sum to the total.
     */
    private static void assertAgreesWithBigInteger(String name, LongPath path, long total, long[] w, long sum) {
        int n = w.length;
        long[] parts = new long[n];
        boolean[] extra = new boolean[n];
        path.allocate(total, w, sum, parts, extra);
        long[] bigParts = new long[n];
        boolean[] bigExtra = new boolean[n];
        LargestRemainder.allocateBig(total, big(w), BigInteger.valueOf(sum), bigParts, bigExtra);
        long[] dispatchedParts = new long[n];
        boolean[] dispatchedExtra = new boolean[n];
        LargestRemainder.allocate(total, big(w), dispatchedParts, dispatchedExtra);

        Lazy input = Lazy.text(() -> "total " + total + ", weights " + Arrays.toString(w));
        assertThat(parts).as("%s path vs BigInteger path, %s", name, input).isEqualTo(bigParts);
        assertThat(extra).as("remaining-unit flags, %s vs BigInteger, %s", name, input).isEqualTo(bigExtra);
        assertThat(dispatchedParts).as("allocate() vs BigInteger path, %s", input).isEqualTo(bigParts);
        assertThat(dispatchedExtra).as("allocate() flags vs BigInteger path, %s", input).isEqualTo(bigExtra);
        assertThat(Arrays.stream(bigParts).sum()).as("sum of parts, %s", input).isEqualTo(total);
    }

    @Test
    void longPath_andBigIntegerPath_agree() {
        Property.forAll("largest remainder long and BigInteger paths agree", CASES, random -> {
            long total = Generators.totalUnits(random);
            int n = Generators.partCount(random);
            long[] w = weightsFittingWith(total, n, random);
            long sum = Arrays.stream(w).sum();
            assertThat(Math.multiplyHigh(total, sum)).as("generator keeps total·sum in a long").isZero();

            assertAgreesWithBigInteger("long", LargestRemainder::allocateLong, total, w, sum);
        });
    }

    @Test
    void paths_agreeAtTheEdgeOfTheLongRange() {
        // total·sum just inside and just outside 63 bits: allocate() switches path there.
        long total = RoundingUnit.MAX_UNITS;
        long maxSum = Long.MAX_VALUE / total;
        for (long sum : new long[] {maxSum - 1, maxSum, maxSum + 1, maxSum * 2 + 1}) {
            long[] w = {sum / 3, sum / 3, sum - 2 * (sum / 3)};
            long[] bigParts = new long[3];
            boolean[] bigExtra = new boolean[3];
            LargestRemainder.allocateBig(total, big(w), BigInteger.valueOf(sum), bigParts, bigExtra);
            long[] parts = new long[3];
            boolean[] extra = new boolean[3];
            LargestRemainder.allocate(total, big(w), parts, extra);
            assertThat(parts).as("parts of %s by %s", total, Arrays.toString(w)).isEqualTo(bigParts);
            assertThat(extra).as("flags of %s by %s", total, Arrays.toString(w)).isEqualTo(bigExtra);
            assertThat(Arrays.stream(parts).sum()).as("sum of parts of %s by %s", total, Arrays.toString(w)).isEqualTo(total);
        }
    }

    /** Weights whose sum fits in a {@code long} but whose products with the total mostly do not. */
    private static long[] wideWeights(int n, SplittableRandom random) {
        long[] w = new long[n];
        int kind = random.nextInt(4);
        long bound = switch (kind) {
            case 0 -> 5;
            case 1 -> Long.MAX_VALUE / n / 1_000_000;
            case 2 -> Long.MAX_VALUE / n;
            default -> 8; // small multiples of a large power of two: equal remainders with large weights
        };
        long scale = kind == 3 ? 1L << (40 + random.nextInt(12)) : 1;
        boolean anyPositive = false;
        for (int i = 0; i < n; i++) {
            w[i] = (random.nextInt(6) == 0 ? 0 : random.nextLong(bound) + (random.nextBoolean() ? 1 : 0)) * scale;
            anyPositive |= w[i] > 0;
        }
        if (!anyPositive) {
            w[random.nextInt(n)] = 1;
        }
        return w;
    }

    @Test
    void widePath_andBigIntegerPath_agree() {
        Property.forAll("largest remainder 128-bit and BigInteger paths agree", CASES, random -> {
            long total = Generators.totalUnits(random);
            int n = Generators.partCount(random);
            long[] w = wideWeights(n, random);
            long sum = Arrays.stream(w).sum();

            assertAgreesWithBigInteger("128-bit", LargestRemainder::allocateWide, total, w, sum);
        });
    }

    @Test
    void divide128_agreesWithBigInteger() {
        BigInteger two64 = BigInteger.ONE.shiftLeft(64);
        Property.forAll("128-by-64-bit division agrees with BigInteger", CASES * 10, random -> {
            // Divisors of every size, including 1, powers of two and the all-ones patterns.
            long divisor = switch (random.nextInt(5)) {
                case 0 -> 1L + random.nextInt(1000);
                case 1 -> 1L << random.nextInt(64);
                case 2 -> -1L >>> random.nextInt(64);
                default -> random.nextLong() | 1L << random.nextInt(64);
            };
            BigInteger d = new BigInteger(Long.toUnsignedString(divisor));
            BigInteger highBound = d.min(two64);
            long high = new BigInteger(Long.toUnsignedString(random.nextLong())).mod(highBound).longValue();
            long low = random.nextInt(4) == 0 ? -1L : random.nextLong();
            if (random.nextInt(10) == 0) {
                high = divisor - 1; // the largest quotient
            }
            BigInteger dividend = new BigInteger(Long.toUnsignedString(high)).shiftLeft(64)
                    .add(new BigInteger(Long.toUnsignedString(low)));
            BigInteger[] expected = dividend.divideAndRemainder(d);
            long q = LargestRemainder.divide128(high, low, divisor);
            long r = low - q * divisor;
            String input = Long.toUnsignedString(high) + "·2^64 + " + Long.toUnsignedString(low) + " by "
                    + Long.toUnsignedString(divisor);
            assertThat(Long.toUnsignedString(q)).as("quotient of %s", input).isEqualTo(expected[0].toString());
            assertThat(Long.toUnsignedString(r)).as("remainder of %s", input).isEqualTo(expected[1].toString());
        });
    }

    @Test
    void divide128_stopsCorrectingADigitWhenItsRemainderEstimateReaches2To32() {
        // Each case makes one quotient digit's first estimate one too large, and its remainder estimate exactly
        // 2^32 after the correction: the correction must stop there (a further test would overflow 64 bits).
        long[][] cases = {
            {0x54d2722f868cdd58L, 0xf1fd42a2e6c3f339L, 0xbe721642d5f4b3b2L}, // the high digit
            {0x54d2722fL, 0x868cdd58e6c3f339L, 0xbe721642d5f4b3b2L}, // the low digit
            {0x80000000L, 0x7ffffffd00000000L, 0x80000001ffffffffL}, // the low digit, divisor 2^63 + 2^33 - 1
        };
        for (long[] c : cases) {
            BigInteger dividend = new BigInteger(Long.toUnsignedString(c[0])).shiftLeft(64)
                    .add(new BigInteger(Long.toUnsignedString(c[1])));
            BigInteger expected = dividend.divide(new BigInteger(Long.toUnsignedString(c[2])));

            assertThat(Long.toUnsignedString(LargestRemainder.divide128(c[0], c[1], c[2])))
                    .as("quotient of %s by %s", dividend, Long.toUnsignedString(c[2])).isEqualTo(expected.toString());
        }
    }

    @Test
    void sortedIndices_isAStableSortForEverySize() {
        Property.forAll("sortedIndices is a stable sort", CASES, random -> {
            int n = random.nextInt(70);
            int[] key = new int[n];
            for (int i = 0; i < n; i++) {
                key[i] = random.nextInt(1 + random.nextInt(5));
            }
            int[] sorted = LargestRemainder.sortedIndices(n, (i, j) -> Integer.compare(key[i], key[j]));
            // Reference: keys small, so order by key·n + index, which is unique and stable by construction.
            int[] expected = IntStream.range(0, n).map(i -> key[i] * n + i).sorted().map(v -> v % n).toArray();
            assertThat(sorted).as("indices of keys %s", Arrays.toString(key)).isEqualTo(expected);
        });
    }
}
