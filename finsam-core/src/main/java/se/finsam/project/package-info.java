/**
 * Projects (insatser) and their cost schedules over budget years (docs/domain.md, Projects and their
 * costs per year).
 *
 * <p>A {@link se.finsam.project.Project} has a period, a total cost and a cost basis; its
 * {@link se.finsam.project.CostSchedule} splits the cost over budget years exactly at a rounding unit:
 * by 30E/360 months (the default, which reproduces every figure of the RAR Sörmland 2007 plan), by
 * calendar days, or as explicit amounts per year.
 */
@NullMarked
package se.finsam.project;

import org.jspecify.annotations.NullMarked;
