package se.finsam.national;

import java.io.Serializable;
import java.util.Objects;
import se.finsam.validation.Violation;

/**
 * A violation of a national allocation's rules, with the part of the input it concerns: the allocation's
 * own values, its model, its call for supplementary funds, or one association. The violation's path is
 * relative to that part, the way {@link AssociationFigures#check} reports {@code /population}: the
 * allocation's {@code /appropriation}, {@code /roundingUnit}, {@code /note} or {@code /associations} (the
 * list as a whole), the model's {@code /base} or {@code /maxIncrease}, the call's {@code /pot} or
 * {@code /cap}, an association's {@code /id}, {@code /previousAllocation}, {@code /supplementaryRequest}
 * or {@code /matchingOffer}. Where a part is in a document is the document reader's business.
 *
 * <pre>{@code
 * new NationalViolation(Part.ASSOCIATION, 3, Violation.of("/previousAllocation", code, message));  // valid
 * new NationalViolation(Part.MODEL, 3, violation);   // throws: only an association has a position
 * new NationalViolation(Part.ALLOCATION, -1, Violation.of("/associations/3/id", code, message));
 *         // throws: a path names one field of its part; where the part is, is not core's to say
 * }</pre>
 *
 * <p>This class is immutable and thread-safe, and serializable as the exception that carries it is.
 *
 * @param part the part of the input the violation concerns
 * @param association the association's position in the list given, from 0, for {@link Part#ASSOCIATION};
 *     -1 for the other parts
 * @param violation the violation, its path one field of the part ({@code /previousAllocation}) or the
 *     part itself ({@code ""})
 */
public record NationalViolation(Part part, int association, Violation violation) implements Serializable {

    /** The parts of a national allocation's input. */
    public enum Part {
        /** The allocation's own values: appropriation, rounding unit, note, and the list of associations. */
        ALLOCATION,
        /** The allocation model, {@link AllocationModel}. */
        MODEL,
        /** The call for supplementary funds, {@link SupplementaryCall}. */
        CALL,
        /** One association's figures, {@link AssociationFigures}, at {@link NationalViolation#association()}. */
        ASSOCIATION
    }

    /**
     * Checks the components.
     *
     * @param part the part
     * @param association the association's position, or -1
     * @param violation the violation
     * @throws IllegalArgumentException if the position is negative for an association, or given for another
     *     part; or if the path has more than one segment
     */
    public NationalViolation {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(violation, "violation");
        if (part == Part.ASSOCIATION ? association < 0 : association != -1) {
            throw new IllegalArgumentException("An association's position is from 0, and -1 for " + part + ", was "
                    + association);
        }
        if (violation.path().indexOf('/', 1) >= 0) {
            throw new IllegalArgumentException("A national violation's path names one field of its part, was '"
                    + violation.path() + "'");
        }
    }
}
