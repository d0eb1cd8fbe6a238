package se.finsam.followup;

import java.util.Objects;
import se.finsam.money.Fraction;

/**
 * How long finished participants were in a project, in days counting both ends: mean, median (the
 * mean of the two middle values for an even count), shortest and longest.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param participants how many finished participants are counted, at least 1
 * @param meanDays the exact mean
 * @param medianDays the exact median
 * @param shortestDays the shortest time
 * @param longestDays the longest time
 */
public record TimeInProject(long participants, Fraction meanDays, Fraction medianDays, long shortestDays,
        long longestDays) {

    /**
     * Validates that nothing is null.
     *
     * @param participants how many finished participants are counted, at least 1
     * @param meanDays the exact mean
     * @param medianDays the exact median
     * @param shortestDays the shortest time
     * @param longestDays the longest time
     * @throws NullPointerException if the mean or median is null
     */
    public TimeInProject {
        Objects.requireNonNull(meanDays, "meanDays");
        Objects.requireNonNull(medianDays, "medianDays");
    }
}
