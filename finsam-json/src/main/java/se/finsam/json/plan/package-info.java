/**
 * The plan document ({@code docs/format.md}), an association's plan for a year: its descriptor
 * {@link se.finsam.json.plan.PlanKind}, its reader and its writer (the document, a plan's split, schedule and
 * budget, and every plan value on its own for {@code FinsamModule}). Reached through
 * {@link se.finsam.json.FinsamJson#plan()}; not API of its own.
 */
@NullMarked
package se.finsam.json.plan;

import org.jspecify.annotations.NullMarked;
