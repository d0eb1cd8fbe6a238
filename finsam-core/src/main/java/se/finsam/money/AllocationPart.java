package se.finsam.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * How one share of an {@link Allocation} came about: its weight, its exact quota, the quota rounded
 * down to the unit, and whether it received one of the units left over.
 *
 * <p>For every part, {@code amount = floor + (receivedRemainderUnit ? unit : 0)} and
 * {@code |amount − quota| < unit}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <K> the type of the keys that name the shares
 * @param key the share's key
 * @param weight the share's weight, as given
 * @param weightSum the sum of all weights
 * @param quota the exact quota, {@code total × weight / weightSum}, in the currency's major unit
 * @param floor the quota rounded down to a whole multiple of the unit
 * @param receivedRemainderUnit whether the share got one of the units left over after rounding down
 * @param amount the share's amount
 * @param unit the rounding unit
 */
public record AllocationPart<K>(K key, BigDecimal weight, BigDecimal weightSum, Fraction quota, MonetaryAmount floor,
        boolean receivedRemainderUnit, MonetaryAmount amount, RoundingUnit unit) {

    /**
     * Validates that no component is null.
     *
     * @param key the share's key
     * @param weight the share's weight, as given
     * @param weightSum the sum of all weights
     * @param quota the exact quota, {@code total × weight / weightSum}, in the currency's major unit
     * @param floor the quota rounded down to a whole multiple of the unit
     * @param receivedRemainderUnit whether the share got one of the units left over after rounding down
     * @param amount the share's amount
     * @param unit the rounding unit
     * @throws NullPointerException if a component is null
     */
    public AllocationPart {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(weightSum, "weightSum");
        Objects.requireNonNull(quota, "quota");
        Objects.requireNonNull(floor, "floor");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(unit, "unit");
    }

    /**
     * Returns the fractional remainder that ranked this share for the left-over units, in units:
     * {@code (quota − floor) / unit}, from 0 inclusive to 1 exclusive.
     *
     * @return the remainder in units
     */
    public Fraction remainder() {
        Fraction floorValue = Fraction.from(Amounts.decimal(floor));
        return quota.minus(floorValue).dividedBy(Fraction.from(unit.value()));
    }

    /**
     * Explains the share in one sentence, with Swedish amounts, for auditors and board members.
     *
     * <pre>{@code
     * "weight 34.9 of 100: exact quota 1 308 750 kr, rounded down to 1 308 750 kr, no remaining unit: 1 308 750 kr"
     * "weight 2 of 4: exact quota 7 500 000,5 kr, rounded down to 7 500 000 kr, +1 remaining unit (largest remainder 1/2): 7 500 001 kr"
     * }</pre>
     *
     * @return the explanation
     */
    public String explain() {
        StringBuilder sb = new StringBuilder();
        sb.append("weight ").append(weight.toPlainString()).append(" of ").append(weightSum.stripTrailingZeros().toPlainString())
                .append(": exact quota ").append(quotaText())
                .append(", rounded down to ").append(AmountFormat.amount(floor, unit));
        if (receivedRemainderUnit) {
            sb.append(", +1 remaining unit (largest remainder ").append(remainder()).append(')');
        } else {
            sb.append(", no remaining unit");
        }
        return sb.append(": ").append(AmountFormat.amount(amount, unit)).toString();
    }

    private String quotaText() {
        int scale = unit.scale();
        String symbol = AmountFormat.symbol(amount.getCurrency());
        for (int extra = 0; extra <= 4; extra++) {
            BigDecimal exact = quota.toBigDecimal(scale + extra, RoundingMode.DOWN);
            if (Fraction.from(exact).equals(quota)) {
                return AmountFormat.number(exact, scale + extra) + " " + symbol;
            }
        }
        return "≈" + AmountFormat.number(quota.toBigDecimal(scale + 4, RoundingMode.HALF_EVEN), scale + 4) + " " + symbol
                + " (exactly " + quota + ")";
    }
}
