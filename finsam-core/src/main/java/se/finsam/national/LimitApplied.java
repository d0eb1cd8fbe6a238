package se.finsam.national;

/**
 * Which limit of the {@link AllocationModel} decided an association's allocation.
 */
public enum LimitApplied {
    /** No limit: the association got the base and its share of what the free associations split. */
    NONE,
    /**
     * The limit on decrease held the association at its floor: its previous allocation less the
     * largest decrease, rounded up to the unit.
     */
    DECREASE_LIMIT,
    /**
     * The limit on increase held the association at its ceiling: its previous allocation plus the
     * largest increase, rounded down to the unit.
     */
    INCREASE_LIMIT
}
