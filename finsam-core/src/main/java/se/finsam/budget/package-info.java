/**
 * The annual plan with budget (verksamhetsplan med budget; docs/domain.md, The budget and Equity): income
 * from the statutory split, costs by category, the year's project costs, the disposable amount,
 * commitments to later years and the reserve they need, the settlement of a preliminary key, and equity
 * against its thresholds; and the year as it happens (docs/domain.md, The year as it happens, The year-end
 * result, Members' shares, The multi-year plan): the outcome and forecast against the budget, the year-end
 * result and equity, the members' shares of equity, and the later years of a multi-year plan.
 *
 * <p>Start at {@link se.finsam.budget.AnnualPlan}; {@link se.finsam.budget.AnnualPlan#budget()} gives
 * the {@link se.finsam.budget.Budget}, {@link se.finsam.budget.AnnualPlan#followUp()} the
 * {@link se.finsam.budget.BudgetFollowUp}, {@link se.finsam.budget.AnnualPlan#yearEnd()} the
 * {@link se.finsam.budget.YearEnd} and {@link se.finsam.budget.AnnualPlan#multiYear()} the
 * {@link se.finsam.budget.MultiYearPlan}.
 */
@NullMarked
package se.finsam.budget;

import org.jspecify.annotations.NullMarked;
