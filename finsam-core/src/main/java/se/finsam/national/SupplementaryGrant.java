package se.finsam.national;

import java.util.Objects;
import javax.money.MonetaryAmount;
import se.finsam.association.AssociationId;

/**
 * One association's share of the supplementary funds (rule F11), with what it asked for and what it
 * did not get.
 *
 * <p>Always {@code granted ≤ eligible = min(requested, cap)} and {@code unmet = requested − granted}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param association the association's id
 * @param requested what the association asked for
 * @param eligible the request, capped at the largest grant per association
 * @param granted what the association gets
 * @param unmet what it asked for and does not get: {@code requested − granted}
 */
public record SupplementaryGrant(AssociationId association, MonetaryAmount requested, MonetaryAmount eligible,
        MonetaryAmount granted, MonetaryAmount unmet) {

    /**
     * Validates that no component is null.
     *
     * @param association the association's id
     * @param requested what the association asked for
     * @param eligible the request, capped at the largest grant per association
     * @param granted what the association gets
     * @param unmet what it asked for and does not get: {@code requested − granted}
     * @throws NullPointerException if a component is null
     */
    public SupplementaryGrant {
        Objects.requireNonNull(association, "association");
        Objects.requireNonNull(requested, "requested");
        Objects.requireNonNull(eligible, "eligible");
        Objects.requireNonNull(granted, "granted");
        Objects.requireNonNull(unmet, "unmet");
    }
}
