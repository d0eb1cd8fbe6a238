package se.finsam.contribution;

import java.util.Objects;
import javax.money.MonetaryAmount;
import se.finsam.money.AmountFormat;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

/**
 * What a year's contributions are derived from: either the whole budget, or what Försäkringskassan
 * pays, which the regions and municipalities then match (the law, 5 §; docs/domain.md, Matching).
 *
 * <pre>{@code
 * Financing.ofTotal(Money.of(15_000_000, "SEK"));              // state 7.5 mkr, regions and municipalities 3.75 each
 * Financing.ofStateContribution(Money.of(7_500_000, "SEK"));   // the same budget, from the state's side
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param basis what the amount is
 * @param amount the amount
 */
public record Financing(Basis basis, MonetaryAmount amount) {

    /** What the financing amount is. The names are the document format's field names. */
    public enum Basis {
        /** The whole budget: state half, regions quarter, municipalities quarter. */
        TOTAL,
        /** What Försäkringskassan pays; regions and municipalities each pay half of it. */
        STATE_CONTRIBUTION
    }

    /**
     * Validates the financing: the amount is not negative. Whether it suits a rounding unit is checked by
     * the split, which knows the unit.
     *
     * <pre>{@code Financing.ofTotal(Money.of(-100, "SEK"))  // throws: /total amount.negative}</pre>
     *
     * @param basis what the amount is
     * @param amount the amount, not negative
     * @throws NullPointerException if a component is null
     * @throws FinsamValidationException with code {@link ViolationCodes#AMOUNT_NEGATIVE} at {@code /total}
     *     or {@code /stateContribution} if the amount is negative
     */
    public Financing {
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(amount, "amount");
        if (amount.isNegative()) {
            throw FinsamValidationException.of("financing", Violation.of(basis == Basis.TOTAL ? "/total" : "/stateContribution",
                    ViolationCodes.AMOUNT_NEGATIVE, "Financing must not be negative, was " + AmountFormat.plain(amount)));
        }
    }

    /**
     * Obtains financing from the whole budget.
     *
     * @param total the whole budget, not negative
     * @return the financing
     * @throws FinsamValidationException if the amount is negative
     */
    public static Financing ofTotal(MonetaryAmount total) {
        return new Financing(Basis.TOTAL, total);
    }

    /**
     * Obtains financing from Försäkringskassan's contribution, which the others match.
     *
     * @param stateContribution what Försäkringskassan pays, not negative
     * @return the financing
     * @throws FinsamValidationException if the amount is negative
     */
    public static Financing ofStateContribution(MonetaryAmount stateContribution) {
        return new Financing(Basis.STATE_CONTRIBUTION, stateContribution);
    }
}
