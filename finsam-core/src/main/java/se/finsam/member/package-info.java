/**
 * Members of a coordination association and the parties they form (the Finsam law, 3 §; docs/domain.md,
 * Who takes part).
 *
 * <p>Försäkringskassan and Arbetsförmedlingen form the state party; all regions together form one
 * party, and all municipalities together form one party.
 */
@NullMarked
package se.finsam.member;

import org.jspecify.annotations.NullMarked;
