/**
 * Where a figure came from: the {@link se.finsam.provenance.Source} of a figure imported from official
 * statistics (a population table of Statistics Sweden, a key figure of Kolada), carried by the values made
 * from it (a population key) and shown under the figures in reports.
 */
@NullMarked
package se.finsam.provenance;

import org.jspecify.annotations.NullMarked;
