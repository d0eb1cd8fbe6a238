/**
 * The national allocation document ({@code docs/national.md}): its descriptor
 * {@link se.finsam.json.national.NationalKind}, its reader (which checks the allocation) and the writer of
 * the result. Reached through {@link se.finsam.json.FinsamJson#national()}; not API of its own.
 */
@NullMarked
package se.finsam.json.national;

import org.jspecify.annotations.NullMarked;
