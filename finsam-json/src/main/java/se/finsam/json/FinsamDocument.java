package se.finsam.json;

import java.util.Objects;
import se.finsam.association.CoordinationAssociation;
import se.finsam.contribution.ContributionSplit;
import se.finsam.contribution.Financing;
import se.finsam.money.RoundingUnit;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.Violation;

/**
 * One finsam document: an association and what is asked of it for a year.
 *
 * <p>A document that exists is consistent: its financing is in the association's currency, not
 * negative, and a whole multiple of the rounding unit, which is payable in that currency. So
 * {@link #contributions()} never fails.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param association the association
 * @param year the budget year, 1900 to 2200
 * @param financing the total, or the state's contribution
 * @param roundingUnit the unit of every contribution (default 1)
 * @param projectRoundingUnit the unit of project cost schedules (default: {@code roundingUnit})
 */
public record FinsamDocument(CoordinationAssociation association, int year, Financing financing,
        RoundingUnit roundingUnit, RoundingUnit projectRoundingUnit) {

    /** The earliest year accepted. */
    public static final int MIN_YEAR = 1900;
    /** The latest year accepted. */
    public static final int MAX_YEAR = 2200;

    /**
     * Validates the document; paths are those of the document format.
     *
     * @param association the association
     * @param year the budget year, 1900 to 2200
     * @param financing the total, or the state's contribution
     * @param roundingUnit the unit of every contribution (default 1)
     * @param projectRoundingUnit the unit of project cost schedules (default: {@code roundingUnit})
     * @throws NullPointerException if a component is null
     * @throws FinsamValidationException if the year is out of range or the financing does not fit the
     *     association's currency and the rounding unit
     */
    public FinsamDocument {
        Objects.requireNonNull(association, "association");
        Objects.requireNonNull(financing, "financing");
        Objects.requireNonNull(roundingUnit, "roundingUnit");
        Objects.requireNonNull(projectRoundingUnit, "projectRoundingUnit");
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw FinsamValidationException.of("document", Violation.of("/year", JsonViolationCodes.YEAR_OUT_OF_RANGE,
                    "Year must be from " + MIN_YEAR + " to " + MAX_YEAR + ", was " + year));
        }
        association.contributions(financing, roundingUnit);
    }

    /**
     * Computes every member's contribution for the year.
     *
     * @return the statutory split
     */
    public ContributionSplit contributions() {
        return association.contributions(financing, roundingUnit);
    }
}
