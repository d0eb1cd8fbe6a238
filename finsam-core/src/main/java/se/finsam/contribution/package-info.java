/**
 * Member contributions: contribution keys (F3), the charter that holds the members and their keys,
 * the statutory 50/25/25 split (F2, F5) and the settlement between a preliminary and a final key (F4).
 *
 * <p>Start at {@link se.finsam.contribution.StatutorySplit} for the rule itself, or at
 * {@code CoordinationAssociation#contributions} for the everyday call.
 */
@NullMarked
package se.finsam.contribution;

import org.jspecify.annotations.NullMarked;
