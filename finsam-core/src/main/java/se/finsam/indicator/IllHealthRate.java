package se.finsam.indicator;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The two ill-health measures of rule F12, each the net days paid in twelve months per insured person
 * of working age, differing in the benefits they include.
 */
public enum IllHealthRate {
    /** Ohälsotal: sickness benefit, rehabilitation benefit and sickness and activity compensation. */
    ILL_HEALTH_RATE("ohälsotal", EnumSet.allOf(IllHealthBenefit.class)),
    /** Sjukpenningtal: sickness benefit and rehabilitation benefit only. */
    SICKNESS_BENEFIT_RATE("sjukpenningtal",
            EnumSet.of(IllHealthBenefit.SICKNESS_BENEFIT, IllHealthBenefit.REHABILITATION_BENEFIT));

    private final String swedishName;
    private final Set<IllHealthBenefit> includes;

    IllHealthRate(String swedishName, Set<IllHealthBenefit> includes) {
        this.swedishName = swedishName;
        this.includes = Collections.unmodifiableSet(includes);
    }

    /**
     * Returns the Swedish name, for people.
     *
     * @return {@code ohälsotal} or {@code sjukpenningtal}
     */
    public String swedishName() {
        return swedishName;
    }

    /**
     * Returns the benefits whose net days this measure counts.
     *
     * @return the benefits, unmodifiable, in declaration order
     */
    public Set<IllHealthBenefit> includes() {
        return includes;
    }
}
