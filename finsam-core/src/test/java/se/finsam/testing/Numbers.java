package se.finsam.testing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import javax.money.MonetaryAmount;
import se.finsam.money.Amounts;

/**
 * Decimals in every notation for tests: the same number written plain, with an exponent, with trailing
 * zeros, and with huge and tiny scales; and hostile decimals whose scale or precision is at or beyond the
 * edge of what {@link BigDecimal} holds (issue 11: {@code 10e2147483647}, whose stripped scale is
 * {@code Integer.MIN_VALUE}).
 */
public final class Numbers {

    private Numbers() {
    }

    /**
     * Positive decimals that no finsam value may take: scales at and near both ends of the {@code int}
     * range, absurd precision, and huge and tiny values that look small ({@code 1E+64} has one digit).
     */
    public static final List<BigDecimal> HOSTILE = List.of(
            new BigDecimal(BigInteger.TEN, Integer.MIN_VALUE + 1),          // 10e2147483647, as JSON writes it
            new BigDecimal(BigInteger.ONE, Integer.MIN_VALUE),              // 1E+2147483648
            new BigDecimal(BigInteger.valueOf(100), -Integer.MAX_VALUE),    // 100e2147483647: stripping overflows
            new BigDecimal(BigInteger.ONE, -Integer.MAX_VALUE),             // 1E+2147483647
            new BigDecimal(BigInteger.ONE, Integer.MAX_VALUE),              // 1E-2147483647
            new BigDecimal(BigInteger.valueOf(999), Integer.MAX_VALUE - 7), // 9.99E-2147483638
            new BigDecimal(BigInteger.ONE, -1_000_000_000),
            new BigDecimal(BigInteger.ONE, 1_000_000_000),
            new BigDecimal("1E+64"),
            new BigDecimal("1E+41"),
            new BigDecimal("605976563725e16"),
            new BigDecimal("1".repeat(1000)),
            new BigDecimal("0." + "0".repeat(999) + "1"));

    /** {@link #HOSTILE} and the negatives of each. */
    public static List<BigDecimal> hostileOfBothSigns() {
        List<BigDecimal> all = new ArrayList<>(HOSTILE);
        HOSTILE.forEach(d -> all.add(d.negate()));
        return all;
    }

    /**
     * {@link #hostileOfBothSigns()} as amounts in SEK, leaving out the two that no amount can hold
     * (Moneta copies a number through its text, whose exponent must be an {@code int}).
     *
     * @return the amounts
     */
    public static List<MonetaryAmount> hostileAmounts() {
        List<MonetaryAmount> amounts = new ArrayList<>();
        for (BigDecimal d : hostileOfBothSigns()) {
            if ((long) d.precision() - d.scale() - 1 <= Integer.MAX_VALUE) {
                amounts.add(Amounts.exact(d, Samples.SEK));
            }
        }
        return amounts;
    }

    /**
     * Writes a number in a random notation: plain, with an exponent ({@code 1E+23}), with trailing zeros
     * ({@code 100.000}), or with its scale raised or lowered by up to {@code maxShift} (within what keeps
     * the number exact).
     *
     * @param random the source
     * @param value the number
     * @param maxShift the most trailing zeros added
     * @return an equal number ({@code compareTo} is 0), most often with another scale
     */
    public static BigDecimal anyNotation(SplittableRandom random, BigDecimal value, int maxShift) {
        BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        return switch (random.nextInt(5)) {
            case 0 -> stripped;                                                           // 1E+23, 0.005
            case 1 -> stripped.scale() < 0 ? stripped.setScale(0) : stripped;             // 100000000000000000000000
            case 2 -> stripped.setScale(Math.max(0, stripped.scale()) + random.nextInt(maxShift + 1)); // 100.000
            case 3 -> new BigDecimal(stripped.toString());                                // parsed back from text
            default -> stripped.setScale(stripped.scale() + 1 + random.nextInt(maxShift + 1)); // 1.000E+23
        };
    }

    /**
     * Returns a positive weight of any magnitude a weight may have in the library: from {@code 1E-90}
     * to {@code 1E+90}, with up to 30 significant digits, in a random notation.
     *
     * @param random the source
     * @return the weight
     */
    public static BigDecimal weight(SplittableRandom random) {
        BigInteger unscaled = new BigInteger(1 + random.nextInt(99), new Random(random.nextLong())).add(BigInteger.ONE);
        int scale = switch (random.nextInt(4)) {
            case 0 -> -random.nextInt(91);       // 1E+90 and below
            case 1 -> random.nextInt(91);        // down to 1E-90
            case 2 -> -random.nextInt(25);       // the sizes of issue 11: 1e23, 605976563725e16
            default -> random.nextInt(4);        // ordinary decimals
        };
        return anyNotation(random, new BigDecimal(unscaled, scale), 6);
    }

    /**
     * Returns {@code n} weights, at least one positive, each in a random notation and of a random
     * magnitude, mixed in one list: {@link #weight(SplittableRandom)}, zero as {@code 0}, {@code 0.000} or
     * {@code 0E+5}, and ordinary small integers and decimals (which make ties frequent) written with
     * exponents or trailing zeros.
     *
     * @param random the source
     * @param n how many
     * @return the weights, a mutable list
     */
    public static List<BigDecimal> weights(SplittableRandom random, int n) {
        // One magnitude for the whole list most of the time (ties stay likely), every magnitude sometimes.
        boolean mixed = random.nextInt(3) == 0;
        int exponent = random.nextInt(181) - 90;
        List<BigDecimal> weights = new ArrayList<>(n);
        boolean anyPositive = false;
        for (int i = 0; i < n; i++) {
            BigDecimal w = switch (random.nextInt(8)) {
                case 0 -> new BigDecimal(BigInteger.ZERO, random.nextInt(11) - 5);
                case 1, 2 -> anyNotation(random, BigDecimal.valueOf(1 + random.nextInt(4)).scaleByPowerOfTen(exponent), 4);
                case 3 -> anyNotation(random, BigDecimal.valueOf(1 + random.nextInt(1000), random.nextInt(4))
                        .scaleByPowerOfTen(mixed ? random.nextInt(181) - 90 : exponent), 4);
                default -> mixed ? weight(random)
                        : anyNotation(random, new BigDecimal(BigInteger.valueOf(1 + random.nextLong(1L << 40)), -exponent), 4);
            };
            anyPositive |= w.signum() > 0;
            weights.add(w);
        }
        if (!anyPositive) {
            weights.set(random.nextInt(n), anyNotation(random, BigDecimal.ONE.scaleByPowerOfTen(exponent), 4));
        }
        return weights;
    }
}
