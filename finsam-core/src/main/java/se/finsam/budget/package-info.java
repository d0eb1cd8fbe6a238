/**
 * The annual plan with budget (verksamhetsplan med budget; docs/domain.md, The budget and Equity): income
 * from the statutory split, costs by category, the year's project costs, the disposable amount,
 * commitments to later years and the reserve they need, the settlement of a preliminary key, and equity
 * against its thresholds.
 *
 * <p>Start at {@link se.finsam.budget.AnnualPlan}; {@link se.finsam.budget.AnnualPlan#budget()} gives
 * the {@link se.finsam.budget.Budget}.
 */
@NullMarked
package se.finsam.budget;

import org.jspecify.annotations.NullMarked;
