package se.finsam.budget;

import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * The association's equity (eget kapital) at year end and the policy it is measured against
 * (docs/domain.md, Equity).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param amount the equity, possibly negative
 * @param policy the reasonable levels by size
 */
public record Equity(MonetaryAmount amount, EquityPolicy policy) {

    /**
     * Validates that no component is null.
     *
     * @param amount the equity, possibly negative
     * @param policy the reasonable levels by size
     * @throws NullPointerException if a component is null
     */
    public Equity {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(policy, "policy");
    }
}
