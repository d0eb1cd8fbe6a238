package se.finsam.member;

/**
 * What a member is. The names are the ones the document format uses.
 */
public enum MemberKind {
    /** Försäkringskassan, the Social Insurance Agency: pays the state's whole half. */
    SOCIAL_INSURANCE_AGENCY(Party.STATE, "Försäkringskassan"),
    /** Arbetsförmedlingen, the Public Employment Service: a member that contributes 0 kr itself. */
    PUBLIC_EMPLOYMENT_SERVICE(Party.STATE, "Arbetsförmedlingen"),
    /** A region (before 2020: landsting, county council); 2-digit code. */
    REGION(Party.REGIONS, "region"),
    /** A municipality (kommun); 4-digit code such as 0484 for Eskilstuna. */
    MUNICIPALITY(Party.MUNICIPALITIES, "kommun");

    private final Party party;
    private final String swedishName;

    MemberKind(Party party, String swedishName) {
        this.party = party;
        this.swedishName = swedishName;
    }

    /**
     * Returns the party this kind of member belongs to.
     *
     * @return the party
     */
    public Party party() {
        return party;
    }

    /**
     * Returns the Swedish name of the kind, for people: {@code Försäkringskassan}, {@code region},
     * {@code kommun}.
     *
     * @return the Swedish name
     */
    public String swedishName() {
        return swedishName;
    }

    /**
     * Returns the number of digits of a member code of this kind: 4 for municipalities, 2 for regions,
     * 0 when the kind has no code.
     *
     * @return the code length, 0 if the kind takes no code
     */
    public int codeLength() {
        return switch (this) {
            case MUNICIPALITY -> 4;
            case REGION -> 2;
            default -> 0;
        };
    }
}
