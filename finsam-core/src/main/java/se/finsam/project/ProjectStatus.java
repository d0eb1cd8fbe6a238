package se.finsam.project;

/**
 * Where a project stands. The names are the ones the document format uses.
 */
public enum ProjectStatus {
    /** Applied for, not decided: not a cost of the budget and not a commitment. */
    APPLIED,
    /** Approved by the board: the default. */
    APPROVED,
    /** Planned with preliminary dates or amounts; its end may be unknown. */
    PRELIMINARY,
    /** Approved but delayed; its end may be unknown. */
    DELAYED,
    /** Under way. */
    RUNNING,
    /** Finished. */
    FINISHED;

    /**
     * Tells whether a project with this status may lack an end date: only while preliminary or
     * delayed.
     *
     * @return true for {@link #PRELIMINARY} and {@link #DELAYED}
     */
    public boolean allowsOpenEnd() {
        return this == PRELIMINARY || this == DELAYED;
    }

    /**
     * Tells whether the association has decided to finance the project, so that its costs are budget
     * costs and its future-year costs are commitments: every status but {@link #APPLIED}.
     *
     * @return false only for {@link #APPLIED}
     */
    public boolean isDecided() {
        return this != APPLIED;
    }
}
