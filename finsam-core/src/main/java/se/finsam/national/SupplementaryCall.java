package se.finsam.national;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;
import se.finsam.association.AssociationId;
import se.finsam.money.AmountFormat;
import se.finsam.money.RoundingUnit;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.ValidationResult;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

/**
 * A call for supplementary funds (docs/domain.md, Supplementary funds): a pot that associations may apply
 * for, up to a cap each. In 2016 about 13 mkr remained after the yearly allocation, with a cap of
 * 500 000 kr (RAR's protocol of 2016-02-04).
 *
 * <pre>{@code
 * SupplementaryCall call = SupplementaryCall.of(Money.of(13_000_000, sek), Money.of(500_000, sek));   // valid
 * SupplementaryCall.of(Money.of(-1, sek), Money.of(500_000, sek));   // throws: amount.negative at /pot
 * SupplementarySplit split = call.split(requests, RoundingUnit.KRONA);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param pot the money to share, not negative
 * @param cap the most any association may get, not negative, in the pot's currency
 */
public record SupplementaryCall(MonetaryAmount pot, MonetaryAmount cap) {

    /**
     * Validates the call.
     *
     * @param pot the money to share, not negative
     * @param cap the most any association may get, not negative, in the pot's currency
     * @throws NullPointerException if a component is null
     * @throws FinsamValidationException with code {@link ViolationCodes#AMOUNT_NEGATIVE} (paths
     *     {@code /pot}, {@code /cap}) or {@link ViolationCodes#AMOUNT_CURRENCY_MISMATCH} ({@code /cap})
     */
    public SupplementaryCall {
        Objects.requireNonNull(pot, "pot");
        Objects.requireNonNull(cap, "cap");
        check(pot, cap).throwIfInvalid("supplementary call");
    }

    /**
     * Checks the rules of a call without throwing, on what is known of it: a reader that reports every
     * fault of a document at once passes {@code null} for an amount it could not read (and has reported),
     * and the rules that need it are skipped.
     *
     * <pre>{@code
     * SupplementaryCall.check(Money.of(13_000_000, sek), Money.of(500_000, sek));   // valid
     * SupplementaryCall.check(null, Money.of(-1, sek));                             // /cap amount.negative
     * }</pre>
     *
     * @param pot the money to share, or null if unknown
     * @param cap the most any association may get, or null if unknown
     * @return every violation, at {@code /pot} and {@code /cap}
     */
    public static ValidationResult check(@Nullable MonetaryAmount pot, @Nullable MonetaryAmount cap) {
        List<Violation> violations = new ArrayList<>();
        if (pot != null && pot.isNegative()) {
            violations.add(Violation.of("/pot", ViolationCodes.AMOUNT_NEGATIVE, "Supplementary funds must not be negative, was "
                    + AmountFormat.plain(pot)));
        }
        if (cap != null && cap.isNegative()) {
            violations.add(Violation.of("/cap", ViolationCodes.AMOUNT_NEGATIVE, "Cap per association must not be negative, was "
                    + AmountFormat.plain(cap)));
        }
        if (pot != null && cap != null && !cap.getCurrency().getCurrencyCode().equals(pot.getCurrency().getCurrencyCode())) {
            violations.add(Violation.of("/cap", ViolationCodes.AMOUNT_CURRENCY_MISMATCH, "Cap is in "
                    + cap.getCurrency().getCurrencyCode() + ", but the pot is in " + pot.getCurrency().getCurrencyCode()));
        }
        return ValidationResult.of(violations);
    }

    /**
     * Obtains a call.
     *
     * <pre>{@code SupplementaryCall.of(Money.of(13_000_000, sek), Money.of(500_000, sek))}</pre>
     *
     * @param pot the money to share
     * @param cap the most any association may get
     * @return the call
     * @throws FinsamValidationException if an amount is negative or the currencies differ
     */
    public static SupplementaryCall of(MonetaryAmount pot, MonetaryAmount cap) {
        return new SupplementaryCall(pot, cap);
    }

    /**
     * Shares the pot among the requests (see {@link SupplementarySplit} for the rule).
     *
     * @param requests what each association asks for, in order; the order decides exact ties
     * @param unit the rounding unit of every grant
     * @return the split, with what is left and what is unmet
     * @throws FinsamValidationException if an amount is not a multiple of the unit, in another currency or
     *     negative (paths {@code /pot}, {@code /cap}, {@code /requests/ID}), or the unit is finer than the
     *     currency allows ({@code /roundingUnit})
     */
    public SupplementarySplit split(Map<AssociationId, MonetaryAmount> requests, RoundingUnit unit) {
        Objects.requireNonNull(requests, "requests");
        Objects.requireNonNull(unit, "unit");
        Map<AssociationId, MonetaryAmount> copy = new LinkedHashMap<>(requests);
        List<Violation> violations = new ArrayList<>();
        unit.checkPayableIn(pot.getCurrency()).ifPresent(v -> violations.add(v.under("/roundingUnit")));
        Long potUnits = NationalAmounts.units(pot, pot.getCurrency(), unit, "/pot", "Supplementary funds", violations::add);
        Long capUnits = NationalAmounts.units(cap, pot.getCurrency(), unit, "/cap", "Cap per association", violations::add);
        if (copy.size() > StateAllocation.MAX_ASSOCIATIONS) {
            violations.add(Violation.of("/requests", ViolationCodes.NATIONAL_TOO_MANY_ASSOCIATIONS, "A call may have at most "
                    + StateAllocation.MAX_ASSOCIATIONS + " requests, got " + copy.size()));
            throw new FinsamValidationException("supplementary split", violations);
        }
        List<AssociationId> ids = new ArrayList<>(copy.size());
        long[] units = new long[copy.size()];
        Consumer<Violation> sink = violations::add;
        for (Map.Entry<AssociationId, MonetaryAmount> e : copy.entrySet()) {
            AssociationId id = Objects.requireNonNull(e.getKey(), "association id");
            MonetaryAmount amount = Objects.requireNonNull(e.getValue(), () -> "request of '" + id + "'");
            Long u = NationalAmounts.units(amount, pot.getCurrency(), unit, () -> Violation.pointer("requests", id),
                    () -> "Supplementary request of '" + id + "'", sink);
            units[ids.size()] = u == null ? 0 : u;
            ids.add(id);
        }
        if (!violations.isEmpty()) {
            throw new FinsamValidationException("supplementary split", violations);
        }
        return SupplementarySplit.compute(this, NationalAmounts.valid(potUnits), NationalAmounts.valid(capUnits), ids, units,
                unit);
    }
}
