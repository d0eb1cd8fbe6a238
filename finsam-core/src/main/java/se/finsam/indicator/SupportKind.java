package se.finsam.indicator;

/**
 * The components of the försörjningsmått: the kinds of public support paid to people of working age.
 * The names are the ones the document format uses.
 */
public enum SupportKind {
    /** Sickness and rehabilitation benefit (sjukpenning och rehabiliteringspenning). */
    SICKNESS_AND_REHABILITATION_BENEFIT("sjukpenning och rehabiliteringspenning"),
    /** Sickness and activity compensation (sjuk- och aktivitetsersättning). */
    SICKNESS_AND_ACTIVITY_COMPENSATION("sjuk- och aktivitetsersättning"),
    /** Unemployment benefit and activity support (arbetslöshetsersättning och aktivitetsstöd). */
    UNEMPLOYMENT_BENEFIT("arbetslöshetsersättning och aktivitetsstöd"),
    /** Financial assistance from the municipality (ekonomiskt bistånd, försörjningsstöd). */
    FINANCIAL_ASSISTANCE("ekonomiskt bistånd");

    private final String swedishName;

    SupportKind(String swedishName) {
        this.swedishName = swedishName;
    }

    /**
     * Returns the Swedish name of the kind, for people.
     *
     * @return the Swedish name, e.g. {@code ekonomiskt bistånd}
     */
    public String swedishName() {
        return swedishName;
    }
}
