package se.finsam.member;

/**
 * The three parties of a financial coordination (5 § of the Finsam law), with their statutory weights.
 *
 * <p>The state pays half, the regions together a quarter and the municipalities together a quarter:
 * weights 2 : 1 : 1.
 */
public enum Party {
    /** The state: Försäkringskassan pays the whole state half, Arbetsförmedlingen's part included. */
    STATE(2),
    /** All regions (before 2020: landsting) of the association together. */
    REGIONS(1),
    /** All municipalities of the association together. */
    MUNICIPALITIES(1);

    private final int statutoryWeight;

    Party(int statutoryWeight) {
        this.statutoryWeight = statutoryWeight;
    }

    /**
     * Returns the party's weight in the statutory split: 2 for the state, 1 for each of the others.
     *
     * @return the weight
     */
    public int statutoryWeight() {
        return statutoryWeight;
    }
}
