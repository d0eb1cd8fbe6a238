/**
 * Indicators (docs/domain.md, Indicators): the försörjningsmått (public support paid per inhabitant of
 * working age and day), the ohälsotal and sjukpenningtal (net days of sickness benefits per insured
 * person), their aggregation from municipalities to an association or county, and the comparison of two
 * periods.
 *
 * <p>Every rate is an exact {@link se.finsam.money.Fraction}; it is rounded only for display, by the
 * named rules of {@link se.finsam.indicator.DisplayRounding}. Aggregates weigh by population (the sum of
 * payments over the sum of population-days), never by averaging rates. Start at
 * {@link se.finsam.indicator.SupportMeasure} for one municipality and period, or at
 * {@link se.finsam.indicator.IndicatorSet} for a whole data set.
 */
@NullMarked
package se.finsam.indicator;

import org.jspecify.annotations.NullMarked;
