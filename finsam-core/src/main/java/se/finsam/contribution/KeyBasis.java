package se.finsam.contribution;

/**
 * What a contribution key splits a party's share by. The names are the ones the document format uses.
 */
public enum KeyBasis {
    /** Fixed percentages that sum to exactly 100 (RAR Sörmland's 2007 plan: one decimal each). */
    PERCENTAGES,
    /** Head counts, such as inhabitants aged 16–64 on 1 November, with the reference date and age band. */
    POPULATION,
    /** Any non-negative decimal weights, e.g. population combined with försörjningsmått. */
    WEIGHTS,
    /** Equal shares for every member of the party. */
    EQUAL
}
