package se.finsam.project;

/**
 * How a project's total cost is spread over budget years (docs/domain.md, Projects and their costs per
 * year). The names are the ones the document format uses.
 */
public enum CostBasis {
    /**
     * By months, counted 30E/360: every month has 30 days and day 31 counts as 30, over the period from
     * the start to the day after the inclusive end. A period from the 15th to the 14th 24 months later is
     * exactly 24 months. The default: it reproduces every figure of RAR Sörmland's
     * 2007 plan.
     */
    MONTHS,
    /** By calendar days, both ends included; 29 February counts. */
    DAYS,
    /** Amounts per year as given; they must sum to the total cost. */
    EXPLICIT
}
