/**
 * Member contributions: contribution keys, the charter that holds the members and their keys, the
 * statutory 50/25/25 split (the Finsam law, 5 §) and the settlement between a preliminary and a final
 * key; docs/domain.md says each rule and its source under The keys, The statutory split, Matching and
 * Preliminary and final keys: the settlement.
 *
 * <p>Start at {@link se.finsam.contribution.StatutorySplit} for the rule itself, or at
 * {@code CoordinationAssociation#contributions} for the everyday call.
 */
@NullMarked
package se.finsam.contribution;

import org.jspecify.annotations.NullMarked;
