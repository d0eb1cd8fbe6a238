/**
 * Official statistics in: {@code PopulationTable} reads a population table of
 * Statistics Sweden (SCB) saved from its database and sums head counts per municipality over an age band;
 * {@code KoladaValues} reads key figures saved from Kolada. Every figure read names its
 * {@link se.finsam.provenance.Source}: the table or key figure, the stated update time, the file and its
 * SHA-256. A file that cannot be used is refused with every fault found, each located in the file
 * ({@link se.finsam.statistics.StatisticsCodes}). docs/statistics.md describes the formats.
 */
@NullMarked
package se.finsam.statistics;

import org.jspecify.annotations.NullMarked;
