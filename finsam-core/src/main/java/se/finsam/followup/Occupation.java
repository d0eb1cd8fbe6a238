package se.finsam.followup;

/**
 * A participant's occupation (sysselsättning) before or after a project. The names are the ones the
 * document format uses.
 *
 * <p>The constants are ordered as steps towards work, farthest first: {@link #OTHER} (for instance on
 * sick leave or without occupation), {@link #JOB_SEEKING}, {@link #STUDIES}, {@link #WORK}. A
 * participant is <em>closer to work</em> after a project when the occupation after is a later step than
 * the one before. The sources do not rank the steps; this order is finsam's documented choice.
 */
public enum Occupation {
    /** Neither work, studies nor job seeking: sick leave, care, no occupation. */
    OTHER,
    /** Registered as a job seeker, in a labour-market programme. */
    JOB_SEEKING,
    /** In education. */
    STUDIES,
    /** In work, subsidised or not. */
    WORK;

    /**
     * Tells whether this occupation is a later step towards work than another.
     *
     * @param other the occupation compared with, e.g. the one before the project
     * @return true if this is closer to work
     */
    public boolean isCloserToWorkThan(Occupation other) {
        return compareTo(other) > 0;
    }

    /**
     * Tells whether this is work or studies.
     *
     * @return true for {@link #WORK} and {@link #STUDIES}
     */
    public boolean isWorkOrStudies() {
        return this == WORK || this == STUDIES;
    }
}
