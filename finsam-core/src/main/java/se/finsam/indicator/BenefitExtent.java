package se.finsam.indicator;

import se.finsam.money.Fraction;

/**
 * The extent of a benefit day: full, three quarters, half or a quarter. Net days convert part days
 * by their extent, so two half days are one net day and four quarter days are one net day.
 */
public enum BenefitExtent {
    /** A full day. */
    FULL(Fraction.ONE),
    /** Three quarters of a day. */
    THREE_QUARTERS(Fraction.of(3, 4)),
    /** Half a day. */
    HALF(Fraction.of(1, 2)),
    /** A quarter of a day. */
    QUARTER(Fraction.of(1, 4));

    @SuppressWarnings("ImmutableEnumChecker") // Fraction is immutable (final BigIntegers), without Error Prone's @Immutable
    private final Fraction fraction;

    BenefitExtent(Fraction fraction) {
        this.fraction = fraction;
    }

    /**
     * Returns the part of a day that one day at this extent counts for.
     *
     * @return the fraction, e.g. 1/2 for {@link #HALF}
     */
    public Fraction fraction() {
        return fraction;
    }
}
