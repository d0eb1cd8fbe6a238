package se.finsam.followup;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.finsam.indicator.SupportKind;

/**
 * A participant's main source of support (försörjning) before or after a project: income from work,
 * study support, one of the public benefits of the försörjningsmått, or other. The names are the ones
 * the document format uses.
 */
public enum SupportSource {
    /** Income from work. */
    WORK(null),
    /** Study support (studiemedel). */
    STUDIES(null),
    /** Sickness or rehabilitation benefit. */
    SICKNESS_AND_REHABILITATION_BENEFIT(SupportKind.SICKNESS_AND_REHABILITATION_BENEFIT),
    /** Sickness or activity compensation. */
    SICKNESS_AND_ACTIVITY_COMPENSATION(SupportKind.SICKNESS_AND_ACTIVITY_COMPENSATION),
    /** Unemployment benefit or activity support. */
    UNEMPLOYMENT_BENEFIT(SupportKind.UNEMPLOYMENT_BENEFIT),
    /** Financial assistance from the municipality. */
    FINANCIAL_ASSISTANCE(SupportKind.FINANCIAL_ASSISTANCE),
    /** Anything else: family, savings, none. */
    OTHER(null);

    private final @Nullable SupportKind publicSupport;

    SupportSource(@Nullable SupportKind publicSupport) {
        this.publicSupport = publicSupport;
    }

    /**
     * Returns the kind of public support of the försörjningsmått this source is, if it is one.
     *
     * @return the kind, or empty for work, studies and other
     */
    public Optional<SupportKind> publicSupport() {
        return Optional.ofNullable(publicSupport);
    }
}
