package se.finsam.json;

/**
 * The kinds of finsam document, each with its own format, reader and writer; {@link FinsamJson#format(DocumentKind)}
 * gives the one of a kind, {@link FinsamJson#kindOf(byte[])} tells the kind of a document.
 */
public enum DocumentKind {
    /** An association's plan for a year ({@code docs/format.md}): has {@code association}. */
    PLAN("plan"),
    /** A national allocation ({@code docs/national.md}): has {@code appropriation} or {@code associations}. */
    NATIONAL_ALLOCATION("national allocation"),
    /** Indicator data ({@code docs/indicators.md}): has {@code support}, {@code illHealth} or {@code aggregates}. */
    INDICATORS("indicator"),
    /** A project's participant follow-up ({@code docs/indicators.md}): has {@code participants}. */
    FOLLOW_UP("participant follow-up"),
    /**
     * A national follow-up ({@code docs/indicators.md}): many associations' projects' participant documents, with
     * the counties the associations report under; has {@code followUps} or {@code counties}.
     */
    NATIONAL_FOLLOW_UP("national follow-up"),
    /**
     * A project's socio-economic calculation ({@code docs/socioeconomic.md}): has {@code costOfExclusion}
     * (and may have {@code participants}, which a participant follow-up has too).
     */
    SOCIOECONOMIC("socio-economic calculation");

    private final String description;

    DocumentKind(String description) {
        this.description = description;
    }

    /**
     * Returns the kind's name for people, e.g. {@code "national allocation"}.
     *
     * @return the description
     */
    public String description() {
        return description;
    }
}
