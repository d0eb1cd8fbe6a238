package se.finsam.budget;

import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * Equity measured against the reasonable level of an {@link EquityPolicy} (docs/domain.md, Equity).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param equity the equity at year end
 * @param size the association's size: its income for the year
 * @param step the step of the policy that applies to the size
 * @param reasonableLevel the reasonable equity: the step's percentage of the size, rounded down to the unit
 * @param excess {@code equity − reasonableLevel}: positive, equity is over the level by that much;
 *     zero or negative, it is within it
 */
public record EquityCheck(MonetaryAmount equity, MonetaryAmount size, EquityPolicy.Step step,
        MonetaryAmount reasonableLevel, MonetaryAmount excess) {

    /**
     * Validates that no component is null.
     *
     * @param equity the equity at year end
     * @param size the association's size
     * @param step the step that applies
     * @param reasonableLevel the reasonable equity
     * @param excess equity minus the reasonable level
     * @throws NullPointerException if a component is null
     */
    public EquityCheck {
        Objects.requireNonNull(equity, "equity");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(reasonableLevel, "reasonableLevel");
        Objects.requireNonNull(excess, "excess");
    }

    /**
     * Tells whether equity exceeds the reasonable level, which reduces future state allocations.
     *
     * @return true if {@code excess} is positive
     */
    public boolean isOverLevel() {
        return excess.isPositive();
    }
}
