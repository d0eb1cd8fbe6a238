package se.finsam.testing;

import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * A small property-test harness: runs a property over many generated cases from a seeded random
 * source, and on failure says which seed and case to replay.
 *
 * <p>The seed is fixed per property (derived from its name) so that CI runs are reproducible; set
 * {@code -Dfinsam.seed=N} to explore another seed, {@code -Dfinsam.case=I} to replay one case, and
 * {@code -Dfinsam.cases=N} to change how many cases run.
 */
public final class Property {

    private Property() {
    }

    /**
     * Runs {@code property} over {@code cases} generated cases.
     *
     * @param name the property's name; also seeds the default random source
     * @param cases how many cases to run (overridden by {@code -Dfinsam.cases})
     * @param property the property; it draws its inputs from the random source and throws on failure
     */
    public static void forAll(String name, int cases, Consumer<SplittableRandom> property) {
        long seed = Long.getLong("finsam.seed", (long) name.hashCode() * 0x9E3779B97F4A7C15L);
        int n = Integer.getInteger("finsam.cases", cases);
        Integer only = Integer.getInteger("finsam.case");
        for (int i = 0; i < n; i++) {
            if (only != null && only != i) {
                continue;
            }
            SplittableRandom random = new SplittableRandom(seed ^ (i * 0xBF58476D1CE4E5B9L));
            try {
                property.accept(random);
            } catch (AssertionError | RuntimeException e) {
                AssertionError failure = new AssertionError("Property '" + name + "' failed at case " + i + " of " + n
                        + "; replay with -Dfinsam.seed=" + seed + " -Dfinsam.case=" + i + "\n" + e.getMessage(), e);
                throw failure;
            }
        }
    }
}
