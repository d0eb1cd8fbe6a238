package se.finsam.indicator;

/**
 * The benefits whose net days make up the ohälsotal and the sjukpenningtal (see {@link IllHealthRate}).
 * The names are the ones the document format uses.
 */
public enum IllHealthBenefit {
    /** Sickness benefit (sjukpenning). */
    SICKNESS_BENEFIT("sjukpenning"),
    /** Rehabilitation benefit (rehabiliteringspenning). */
    REHABILITATION_BENEFIT("rehabiliteringspenning"),
    /** Sickness and activity compensation (sjuk- och aktivitetsersättning). */
    SICKNESS_AND_ACTIVITY_COMPENSATION("sjuk- och aktivitetsersättning");

    private final String swedishName;

    IllHealthBenefit(String swedishName) {
        this.swedishName = swedishName;
    }

    /**
     * Returns the Swedish name of the benefit, for people.
     *
     * @return the Swedish name, e.g. {@code sjukpenning}
     */
    public String swedishName() {
        return swedishName;
    }
}
