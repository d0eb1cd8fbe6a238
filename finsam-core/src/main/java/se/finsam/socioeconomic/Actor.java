package se.finsam.socioeconomic;

import se.finsam.money.Fraction;

/**
 * Who bears a cost of exclusion and who gains when it is avoided: the four members of a coordination
 * association, the rest of the state and the individual. Society as a whole is their sum
 * ({@link ActorResult#actor()} is empty for it).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Actor {
    /** The municipality (kommunen): pays a quarter of the project; financial assistance, social services. */
    MUNICIPALITY,
    /** The region (regionen): pays a quarter of the project; health care. */
    REGION,
    /** Försäkringskassan: pays the state's half of the project; sickness and activity compensation. */
    SOCIAL_INSURANCE_AGENCY,
    /** Arbetsförmedlingen: a member that pays nothing itself (Försäkringskassan pays the state half). */
    PUBLIC_EMPLOYMENT_SERVICE,
    /** The rest of the state (övriga staten), e.g. state income tax, the judicial system. */
    REST_OF_STATE,
    /**
     * The individual: receives the transfers while excluded, earns the production (less taxes) when not;
     * may have real costs of their own, never transfers or taxes to pay.
     */
    INDIVIDUAL;

    /**
     * Returns the actor's share of a project financed by the association, by the law's split: Försäkringskassan
     * a half, the regions and the municipalities a quarter each, everyone else nothing.
     *
     * @return the share, an exact fraction of one
     */
    public Fraction statutoryShare() {
        return switch (this) {
            case SOCIAL_INSURANCE_AGENCY -> Fraction.of(1, 2);
            case REGION, MUNICIPALITY -> Fraction.of(1, 4);
            case PUBLIC_EMPLOYMENT_SERVICE, REST_OF_STATE, INDIVIDUAL -> Fraction.ZERO;
        };
    }
}
