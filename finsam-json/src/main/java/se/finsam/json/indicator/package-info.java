/**
 * The indicator document ({@code docs/indicators.md}), försörjningsmått and ohälsotal figures: its descriptor
 * {@link se.finsam.json.indicator.IndicatorKind}, its reader and the writer of its report. Reached through
 * {@link se.finsam.json.FinsamJson#indicators()}; not API of its own.
 */
@NullMarked
package se.finsam.json.indicator;

import org.jspecify.annotations.NullMarked;
