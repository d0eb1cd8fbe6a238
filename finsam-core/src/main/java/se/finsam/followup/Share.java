package se.finsam.followup;

import java.util.Optional;
import se.finsam.money.Fraction;

/**
 * A count out of a base, such as 27 completing of 31 finished: the share is exact and exists only when
 * the base is not zero.
 *
 * <pre>{@code
 * Share.of(27, 31).value();   // Optional[27/31], shown as 87.1 %
 * Share.of(0, 0).value();     // Optional.empty: nobody to count yet
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param count how many meet the criterion
 * @param base how many could
 */
public record Share(long count, long base) {

    /**
     * Validates the share.
     *
     * @param count how many meet the criterion
     * @param base how many could
     * @throws IllegalArgumentException unless {@code 0 ≤ count ≤ base}
     */
    public Share {
        if (count < 0 || count > base) {
            throw new IllegalArgumentException("A share needs 0 <= count <= base, was " + count + " of " + base);
        }
    }

    /**
     * Obtains a share.
     *
     * @param count how many meet the criterion
     * @param base how many could
     * @return the share
     */
    public static Share of(long count, long base) {
        return new Share(count, base);
    }

    /**
     * Returns the share as a fraction of one.
     *
     * @return {@code count / base}, or empty when the base is zero
     */
    public Optional<Fraction> value() {
        return base == 0 ? Optional.empty() : Optional.of(Fraction.of(count, base));
    }
}
