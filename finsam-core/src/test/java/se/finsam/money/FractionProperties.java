package se.finsam.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import se.finsam.testing.Lazy;
import se.finsam.testing.Property;

/**
 * {@link Fraction} arithmetic agrees with {@link BigDecimal} wherever {@code BigDecimal} is exact (sums,
 * differences, products, comparisons, floors) and where it rounds by a named mode (quotients).
 */
class FractionProperties {

    private static final int CASES = 10_000;

    /** RoundingModes that always give an answer (UNNECESSARY may throw). */
    private static final RoundingMode[] MODES = {RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING,
            RoundingMode.FLOOR, RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN};

    /** A decimal of either sign: 0 to 30 digits, from 12 decimals to 5 trailing zeros. */
    private static BigDecimal decimal(SplittableRandom random) {
        BigInteger unscaled = switch (random.nextInt(4)) {
            case 0 -> BigInteger.valueOf(random.nextInt(-3, 4));
            case 1 -> BigInteger.valueOf(random.nextLong(-1_000_000, 1_000_001));
            default -> new BigInteger(1 + random.nextInt(100), new Random(random.nextLong()));
        };
        if (random.nextBoolean()) {
            unscaled = unscaled.negate();
        }
        return new BigDecimal(unscaled, random.nextInt(-5, 13));
    }

    @Test
    void arithmetic_agreesWithBigDecimal() {
        Property.forAll("fraction arithmetic agrees with BigDecimal", CASES, random -> {
            BigDecimal a = decimal(random);
            BigDecimal b = decimal(random);
            Fraction fa = Fraction.from(a);
            Fraction fb = Fraction.from(b);
            Lazy input = Lazy.text(() -> a + " and " + b);
            assertThat(fa.plus(fb)).as("sum of %s", input).isEqualTo(Fraction.from(a.add(b)));
            assertThat(fa.minus(fb)).as("difference of %s", input).isEqualTo(Fraction.from(a.subtract(b)));
            assertThat(fa.multipliedBy(fb)).as("product of %s", input).isEqualTo(Fraction.from(a.multiply(b)));
            assertThat(fa.negated()).as("negation of %s", a).isEqualTo(Fraction.from(a.negate()));
            assertThat(Integer.signum(fa.compareTo(fb))).as("comparison of %s", input).isEqualTo(a.compareTo(b));
            assertThat(fa.equals(fb)).as("equality of %s", input).isEqualTo(a.compareTo(b) == 0);
            if (fa.equals(fb)) {
                assertThat(fa.hashCode()).as("hash codes of %s", input).isEqualTo(fb.hashCode());
            }
            assertThat(fa.signum()).as("signum of %s", a).isEqualTo(a.signum());
            assertThat(fa.floor()).as("floor of %s", a).isEqualTo(a.setScale(0, RoundingMode.FLOOR).toBigIntegerExact());
            assertThat(fa.isInteger()).as("isInteger of %s", a).isEqualTo(a.signum() == 0 || a.stripTrailingZeros().scale() <= 0);
            assertThat(fa.toBigDecimal(Math.max(0, a.scale()), RoundingMode.UNNECESSARY)).as("decimal of %s", a)
                    .isEqualByComparingTo(a);
            assertThat(fa.denominator().signum()).as("denominator sign of %s", a).isPositive();
            assertThat(fa.numerator().gcd(fa.denominator())).as("gcd of %s = %s (lowest terms)", a, fa).isEqualTo(BigInteger.ONE);
            if (b.signum() != 0) {
                Fraction quotient = fa.dividedBy(fb);
                assertThat(quotient.multipliedBy(fb)).as("(a/b)·b for %s", input).isEqualTo(fa);
                int scale = random.nextInt(0, 20);
                RoundingMode mode = MODES[random.nextInt(MODES.length)];
                assertThat(quotient.toBigDecimal(scale, mode)).as("%s / %s to %s decimals %s", a, b, scale, mode)
                        .isEqualTo(a.divide(b, scale, mode));
            }
        });
    }
    @Test
    void of_isInLowestTermsWithAPositiveDenominator_onEveryPath() {
        Property.forAll("fraction in lowest terms", CASES, random -> {
            // Both sides small (the long path), both large, and mixed; a shared factor half of the time.
            BigInteger factor = random.nextBoolean() ? BigInteger.ONE : BigInteger.valueOf(random.nextLong(1, 1_000_000));
            BigInteger n = integer(random).multiply(factor);
            BigInteger drawn = integer(random).multiply(factor);
            BigInteger d = drawn.signum() == 0 ? factor : drawn;
            Fraction f = Fraction.of(n, d);
            BigInteger gcd = n.gcd(d);
            BigInteger sign = BigInteger.valueOf(d.signum());
            Lazy input = Lazy.text(() -> n + "/" + d);
            assertThat(f.numerator()).as("numerator of %s", input).isEqualTo(n.divide(gcd).multiply(sign));
            assertThat(f.denominator()).as("denominator of %s", input).isEqualTo(d.divide(gcd).abs());
        });
    }

    @Test
    void sumsAndProducts_ofAnyFractions_areTheReducedCrossProducts() {
        // Denominators with shared factors of any kind (powers of one base, as discount factors have, and
        // random ones), on the small path and Knuth's.
        Property.forAll("sums and products in lowest terms", CASES, random -> {
            BigInteger shared = BigInteger.valueOf(random.nextLong(1, 10_000)).pow(random.nextInt(1, 30));
            Fraction a = Fraction.of(integer(random), shared.multiply(BigInteger.valueOf(random.nextLong(1, 1_000))));
            Fraction b = Fraction.of(integer(random), random.nextBoolean() ? shared
                    : integer(random).abs().add(BigInteger.ONE));
            Lazy input = Lazy.text(() -> a + " and " + b);
            Fraction sum = a.plus(b);
            Fraction product = a.multipliedBy(b);
            assertThat(sum).as("sum of %s", input).isEqualTo(Fraction.of(a.numerator().multiply(b.denominator())
                    .add(b.numerator().multiply(a.denominator())), a.denominator().multiply(b.denominator())));
            assertThat(product).as("product of %s", input).isEqualTo(Fraction.of(a.numerator().multiply(b.numerator()),
                    a.denominator().multiply(b.denominator())));
            for (Fraction f : new Fraction[] {sum, product}) {
                assertThat(f.denominator().signum()).as("denominator of %s", input).isPositive();
                assertThat(f.numerator().gcd(f.denominator())).as("lowest terms of %s", input).isEqualTo(BigInteger.ONE);
                if (f.signum() == 0) {
                    assertThat(f).isSameAs(Fraction.ZERO);
                }
            }
        });
    }

    private static BigInteger integer(SplittableRandom random) {
        BigInteger value = switch (random.nextInt(4)) {
            case 0 -> BigInteger.valueOf(random.nextInt(-3, 4));
            case 1 -> BigInteger.valueOf(random.nextLong());
            case 2 -> BigInteger.valueOf(random.nextLong(1L << 62, Long.MAX_VALUE));
            default -> new BigInteger(1 + random.nextInt(100), new Random(random.nextLong()));
        };
        return random.nextBoolean() ? value : value.negate();
    }
}
