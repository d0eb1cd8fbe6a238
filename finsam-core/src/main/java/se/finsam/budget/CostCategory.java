package se.finsam.budget;

/**
 * The cost categories of an association's budget (RAR Sörmland's 2007 plan, § 8; docs/domain.md, The
 * budget). The names are the document format's.
 */
public enum CostCategory {
    /** The board: fees, meetings (styrelse). */
    BOARD("Styrelse"),
    /** Staff: salaries and social costs (personal). */
    STAFF("Personal"),
    /** Premises (lokaler). */
    PREMISES("Lokaler"),
    /** Audit (revision). */
    AUDIT("Revision"),
    /** Depreciation (avskrivningar). */
    DEPRECIATION("Avskrivningar"),
    /** Other administration (övrig administration). */
    OTHER("Övrig administration");

    private final String swedishName;

    CostCategory(String swedishName) {
        this.swedishName = swedishName;
    }

    /**
     * Returns the category's Swedish name, for people.
     *
     * @return the Swedish name
     */
    public String swedishName() {
        return swedishName;
    }
}
