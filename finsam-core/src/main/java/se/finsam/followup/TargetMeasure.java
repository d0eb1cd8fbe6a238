package se.finsam.followup;

/**
 * What a {@link Target} measures. The names are the ones the document format uses.
 *
 * <p>Shares count among the <em>finished</em> registered participants, whose outcome is known;
 * participants still in the project are not judged yet.
 */
public enum TargetMeasure {
    /** Participants started, registered and anonymous: a count. */
    PARTICIPANTS(false),
    /** Finished participants who completed the intervention: a share. */
    COMPLETION_RATE(true),
    /** Finished participants in work or studies after: a share. */
    IN_WORK_OR_STUDIES_AFTER(true),
    /** Finished participants closer to work after than before (see {@link Occupation}): a share. */
    CLOSER_TO_WORK(true);

    private final boolean share;

    TargetMeasure(boolean share) {
        this.share = share;
    }

    /**
     * Tells whether the measure is a share of the finished participants (a percentage) rather than a count.
     *
     * @return true for a share
     */
    public boolean isShare() {
        return share;
    }
}
