/**
 * JMH benchmarks of finsam, each beside the baseline a user would otherwise write. Run them with the
 * command in {@code docs/performance.md}.
 */
package se.finsam.benchmarks;
