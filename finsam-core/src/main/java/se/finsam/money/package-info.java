/**
 * Exact money: rounding units, exact fractions, Swedish formatting and the largest-remainder
 * allocation that every split in finsam is built on.
 *
 * <p>Amounts are JSR 354 {@link javax.money.MonetaryAmount}s at the API. Inside, every computation is
 * exact integer arithmetic on whole multiples of a {@link se.finsam.money.RoundingUnit}; nothing is
 * ever rounded without naming the unit and the rule, and no {@code double} is ever involved.
 */
@NullMarked
package se.finsam.money;

import org.jspecify.annotations.NullMarked;
