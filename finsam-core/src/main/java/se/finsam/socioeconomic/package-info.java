/**
 * The socio-economic calculation of a project (docs/socioeconomic.md): who invests and who gains when
 * people leave exclusion. The cost of exclusion per person and year is given per {@link
 * se.finsam.socioeconomic.Actor}, split into real resource costs, transfers and lost taxes, beside the lost
 * production; the project's cost is financed in the statutory shares; the successful participants avoid
 * the cost for as long as the {@link se.finsam.socioeconomic.Effect} lasts. The results, for each actor
 * and for society, over each horizon: investment, avoided costs year by year, net present value, payback
 * time and break-even, the who-invests/who-gains matrix and a sensitivity table.
 *
 * <p>Start at {@link se.finsam.socioeconomic.SocioEconomicCalculation}. Every figure is an exact
 * {@link se.finsam.money.Fraction} of kronor: discount factors are exact for a rational rate, and nothing is
 * rounded until it is shown.
 */
@NullMarked
package se.finsam.socioeconomic;

import org.jspecify.annotations.NullMarked;
