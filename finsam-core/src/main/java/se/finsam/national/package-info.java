/**
 * The national allocation of the state appropriation for financial coordination (Försäkringskassan's
 * allocation model), the supplementary funds (RAR's protocol of 2016-02-04) and the matching of the
 * state's money by regions and municipalities (the Finsam law, 5 §); docs/domain.md says each under
 * The national allocation, Supplementary funds and Matching.
 *
 * <p>Start at {@link se.finsam.national.AllocationModel} for the model and its parameters,
 * {@link se.finsam.national.StateAllocation} for how the appropriation is split and how the limits'
 * money is redistributed, {@link se.finsam.national.SupplementarySplit} for the supplementary funds, and
 * {@link se.finsam.national.NationalAllocation} for a whole year. Every amount is exact at a rounding
 * unit and explains itself. A violation of the allocation's rules names the part of the input it
 * concerns ({@link se.finsam.national.NationalViolation}); where that part is in a document is the
 * document reader's to say.
 */
@NullMarked
package se.finsam.national;

import org.jspecify.annotations.NullMarked;
