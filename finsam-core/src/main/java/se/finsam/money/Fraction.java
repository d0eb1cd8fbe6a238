package se.finsam.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * An exact rational number, such as the exact quota of a share before it is rounded.
 *
 * <p>Always in lowest terms with a positive denominator, so that equal values are equal objects.
 *
 * <pre>{@code
 * Fraction q = Fraction.of(BigInteger.valueOf(15_000_001), BigInteger.valueOf(2));  // 15000001/2
 * q.floor();                                  // 7500000
 * q.toBigDecimal(1, RoundingMode.HALF_EVEN);  // 7500000.5
 * Fraction.of(1, 0);                          // throws: zero denominator
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Fraction implements Comparable<Fraction> {

    /** Zero. */
    public static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);
    /** One. */
    public static final Fraction ONE = new Fraction(BigInteger.ONE, BigInteger.ONE);
    /**
     * The largest exponent, up or down, of a decimal that {@link #from(BigDecimal)} turns into a fraction:
     * {@code 1E+1000} and {@code 1E-1000} are exact fractions, {@code 1E-2147483647} would need a
     * denominator of two billion digits.
     */
    public static final int MAX_EXPONENT = 1000;

    private final BigInteger numerator;
    private final BigInteger denominator;

    private Fraction(BigInteger numerator, BigInteger denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
    }

    /**
     * Obtains the fraction {@code numerator / denominator} in lowest terms.
     *
     * @param numerator the numerator
     * @param denominator the denominator, not zero
     * @return the fraction
     * @throws IllegalArgumentException if the denominator is zero
     */
    public static Fraction of(BigInteger numerator, BigInteger denominator) {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        if (denominator.signum() == 0) {
            throw new IllegalArgumentException("Fraction denominator must not be zero, numerator was " + numerator);
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        if (numerator.bitLength() < 63 && denominator.bitLength() < 63) {
            return ofSmall(numerator.longValueExact(), denominator.longValueExact(), numerator, denominator);
        }
        BigInteger gcd = numerator.gcd(denominator);
        if (!gcd.equals(BigInteger.ONE) && gcd.signum() != 0) {
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }
        if (numerator.signum() == 0) {
            return ZERO;
        }
        return new Fraction(numerator, denominator);
    }

    /**
     * Obtains the fraction {@code numerator / denominator} in lowest terms.
     *
     * <pre>{@code Fraction.of(27, 31)}</pre>
     *
     * @param numerator the numerator
     * @param denominator the denominator, not zero
     * @return the fraction
     * @throws IllegalArgumentException if the denominator is zero
     */
    public static Fraction of(long numerator, long denominator) {
        return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    /**
     * Reduces a fraction whose parts fit in 63 bits by Euclid on {@code long}s, far cheaper than
     * {@link BigInteger#gcd}; the denominator is positive. The given big integers are kept when already
     * in lowest terms.
     */
    private static Fraction ofSmall(long numerator, long denominator, BigInteger bigNumerator, BigInteger bigDenominator) {
        if (numerator == 0) {
            return ZERO;
        }
        long a = Math.abs(numerator);
        long b = denominator;
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        if (a == 1) {
            return new Fraction(bigNumerator, bigDenominator);
        }
        return new Fraction(BigInteger.valueOf(numerator / a), BigInteger.valueOf(denominator / a));
    }

    /**
     * Obtains the fraction equal to a decimal.
     *
     * <pre>{@code
     * Fraction.from(new BigDecimal("34.9"))   // 349/10
     * Fraction.from(new BigDecimal("1E+64"))  // 10^64
     * Fraction.from(new BigDecimal("1E-1001"))  // throws: exponent beyond MAX_EXPONENT
     * }</pre>
     *
     * @param value the decimal; without its trailing zeros, its exponent (the negated scale) is from
     *     {@code -MAX_EXPONENT} to {@link #MAX_EXPONENT}
     * @return the equal fraction
     * @throws IllegalArgumentException if the exponent is out of that range
     */
    public static Fraction from(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        BigDecimal stripped = Decimals.stripTrailingZeros(value);
        long scale = stripped.scale(); // in long: the scale may be Integer.MIN_VALUE, whose negation is no int
        if (scale > MAX_EXPONENT || scale < -MAX_EXPONENT) {
            throw new IllegalArgumentException("Decimal " + stripped + " is out of range for an exact fraction: its exponent"
                    + " must be from -" + MAX_EXPONENT + " to " + MAX_EXPONENT);
        }
        if (stripped.scale() <= 0) {
            return of(stripped.toBigIntegerExact(), BigInteger.ONE);
        }
        return of(stripped.unscaledValue(), BigInteger.TEN.pow(stripped.scale()));
    }

    /**
     * Returns the numerator (in lowest terms; carries the sign).
     *
     * @return the numerator
     */
    public BigInteger numerator() {
        return numerator;
    }

    /**
     * Returns the denominator (in lowest terms; always positive).
     *
     * @return the denominator
     */
    public BigInteger denominator() {
        return denominator;
    }

    /**
     * Returns the sign: -1, 0 or 1.
     *
     * @return the signum
     */
    public int signum() {
        return numerator.signum();
    }

    /**
     * Tells whether this is an integer.
     *
     * @return true if the denominator is one
     */
    public boolean isInteger() {
        return denominator.equals(BigInteger.ONE);
    }

    /**
     * Returns the largest integer not greater than this fraction.
     *
     * @return the floor
     */
    public BigInteger floor() {
        BigInteger[] qr = numerator.divideAndRemainder(denominator);
        return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    /**
     * Returns {@code this + other}.
     *
     * @param other the addend
     * @return the exact sum
     */
    public Fraction plus(Fraction other) {
        if (other.numerator.signum() == 0) {
            return this;
        }
        if (numerator.signum() == 0) {
            return other;
        }
        if (isSmall() && other.isSmall()) {
            return of(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                    denominator.multiply(other.denominator));
        }
        // Knuth's addition (TAOCP 4.5.1): the gcd is taken of the denominators and of what is left, never of
        // the full cross products, so sums of many terms over powers of one base stay cheap.
        BigInteger gcd = denominator.gcd(other.denominator);
        if (gcd.equals(BigInteger.ONE)) {
            return reduced(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                    denominator.multiply(other.denominator));
        }
        BigInteger sum = numerator.multiply(other.denominator.divide(gcd)).add(other.numerator.multiply(denominator.divide(gcd)));
        BigInteger common = sum.gcd(gcd);
        return reduced(sum.divide(common), denominator.divide(gcd).multiply(other.denominator.divide(common)));
    }

    /**
     * Returns {@code this - other}.
     *
     * @param other the subtrahend
     * @return the exact difference
     */
    public Fraction minus(Fraction other) {
        return plus(other.negated());
    }

    /**
     * Returns {@code -this}.
     *
     * @return the negation
     */
    public Fraction negated() {
        return numerator.signum() == 0 ? this : new Fraction(numerator.negate(), denominator);
    }

    /**
     * Returns {@code this × other}.
     *
     * @param other the factor
     * @return the exact product
     */
    public Fraction multipliedBy(Fraction other) {
        if (numerator.signum() == 0 || other.numerator.signum() == 0) {
            return ZERO;
        }
        if (isSmall() && other.isSmall()) {
            return of(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
        }
        // Each numerator is reduced against the other's denominator first (Knuth, TAOCP 4.5.1): the product
        // is then in lowest terms without a gcd of the full products.
        BigInteger first = numerator.gcd(other.denominator);
        BigInteger second = other.numerator.gcd(denominator);
        return reduced(numerator.divide(first).multiply(other.numerator.divide(second)),
                denominator.divide(second).multiply(other.denominator.divide(first)));
    }

    /** Whether both parts fit in 31 bits, so that sums and products of two such fit in 63 and reduce on longs. */
    private boolean isSmall() {
        return numerator.bitLength() < 31 && denominator.bitLength() < 31;
    }

    /** A fraction already in lowest terms with a positive denominator; zero is {@link #ZERO}. */
    private static Fraction reduced(BigInteger numerator, BigInteger denominator) {
        if (numerator.signum() == 0) {
            return ZERO;
        }
        return new Fraction(numerator, denominator);
    }

    /**
     * Returns {@code this / other}.
     *
     * @param other the divisor, not zero
     * @return the exact quotient
     * @throws IllegalArgumentException if {@code other} is zero
     */
    public Fraction dividedBy(Fraction other) {
        if (other.signum() == 0) {
            throw new IllegalArgumentException("Cannot divide " + this + " by zero");
        }
        return of(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
    }

    /**
     * Returns this fraction as a decimal, rounded to {@code scale} decimals by {@code mode}; the
     * rounding is named, never implied.
     *
     * <pre>{@code Fraction.of(27, 31).toBigDecimal(3, RoundingMode.HALF_UP)  // 0.871}</pre>
     *
     * @param scale the number of decimals
     * @param mode how to round; {@link RoundingMode#UNNECESSARY} throws if rounding is needed
     * @return the decimal
     * @throws ArithmeticException only with {@code UNNECESSARY} when the value does not fit the scale
     */
    public BigDecimal toBigDecimal(int scale, RoundingMode mode) {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, mode);
    }

    /**
     * Returns this fraction as a decimal if it has one: when its denominator has no prime factor but 2 and 5.
     *
     * <pre>{@code
     * Fraction.of(7, 200).toExactDecimal()   // 0.035
     * Fraction.of(1, 3).toExactDecimal()     // empty: 0.333… never ends
     * }</pre>
     *
     * @return the decimal, exactly, without trailing zeros (scale at least 0); empty if its decimals never end
     */
    public Optional<BigDecimal> toExactDecimal() {
        BigInteger rest = denominator;
        int twos = rest.getLowestSetBit();
        rest = rest.shiftRight(twos);
        int fives = 0;
        BigInteger five = BigInteger.valueOf(5);
        while (rest.mod(five).signum() == 0) {
            rest = rest.divide(five);
            fives++;
        }
        if (!rest.equals(BigInteger.ONE)) {
            return Optional.empty();
        }
        BigDecimal value = toBigDecimal(Math.max(twos, fives), RoundingMode.UNNECESSARY).stripTrailingZeros();
        return Optional.of(value.scale() < 0 ? value.setScale(0) : value);
    }

    /**
     * Compares numerically.
     *
     * @param other the other fraction
     * @return negative, zero or positive as this is less than, equal to or greater than {@code other}
     */
    @Override
    public int compareTo(Fraction other) {
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    /**
     * Compares numerically; fractions are always in lowest terms.
     *
     * @param obj the other object
     * @return true if {@code obj} is an equal fraction
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof Fraction other && numerator.equals(other.numerator) && denominator.equals(other.denominator);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return numerator.hashCode() * 31 + denominator.hashCode();
    }

    /**
     * Returns {@code "n"} for an integer, else {@code "n/d"}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return isInteger() ? numerator.toString() : numerator + "/" + denominator;
    }
}
