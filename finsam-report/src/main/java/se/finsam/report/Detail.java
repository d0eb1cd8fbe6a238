package se.finsam.report;

/**
 * How much a {@link Report} tells: its figures, or its figures and how each came about.
 *
 * <p>An explained report has, after the sections of figures, sections that take each figure apart step by
 * step (the weights, the exact quota, the rounding and the unit left over), in the report's language and
 * with its number formatting, in every {@link Format}.
 */
public enum Detail {
    /** The figures: what {@code finsam} prints by default. */
    FIGURES,
    /** The figures and how each came about: what {@code finsam --explain} prints. */
    EXPLAINED
}
