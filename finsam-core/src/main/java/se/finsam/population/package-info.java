/**
 * The population a figure counts: the {@link se.finsam.population.AgeBand} that contribution keys,
 * ill-health and support indicators, and participant follow-ups all describe people by.
 */
@NullMarked
package se.finsam.population;

import org.jspecify.annotations.NullMarked;
