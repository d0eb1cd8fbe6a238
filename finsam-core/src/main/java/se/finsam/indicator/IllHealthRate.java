package se.finsam.indicator;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The two ill-health measures (docs/domain.md, Indicators), each the net days paid in twelve months per
 * insured person of working age, differing in the benefits they include.
 */
public enum IllHealthRate {
    /** Ohälsotal: sickness benefit, rehabilitation benefit and sickness and activity compensation. */
    ILL_HEALTH_RATE("ohälsotal"),
    /** Sjukpenningtal: sickness benefit and rehabilitation benefit only. */
    SICKNESS_BENEFIT_RATE("sjukpenningtal");

    // Sets held outside the constants, whose fields are immutable: a Set's type is not.
    private static final Set<IllHealthBenefit> EVERY_BENEFIT = Collections.unmodifiableSet(EnumSet.allOf(IllHealthBenefit.class));
    private static final Set<IllHealthBenefit> SICKNESS_AND_REHABILITATION = Collections.unmodifiableSet(
            EnumSet.of(IllHealthBenefit.SICKNESS_BENEFIT, IllHealthBenefit.REHABILITATION_BENEFIT));

    private final String swedishName;

    IllHealthRate(String swedishName) {
        this.swedishName = swedishName;
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
        return switch (this) {
            case ILL_HEALTH_RATE -> EVERY_BENEFIT;
            case SICKNESS_BENEFIT_RATE -> SICKNESS_AND_REHABILITATION;
        };
    }
}
