package se.finsam.test;

import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A small property-test harness for JUnit: runs a property over many cases, each drawing its inputs from its own
 * seeded {@link SplittableRandom}, and on failure says which seed and case to replay.
 *
 * <p>The seed is fixed per property (derived from its name), so every run, on CI too, checks the same cases. Set
 * {@code -Dfinsam.seed=N} to explore another seed, {@code -Dfinsam.case=I} to replay one case, and
 * {@code -Dfinsam.cases=N} to change how many cases run ({@code -Dfinsam.case=I} runs case I even beyond the number
 * of cases; a value that is not a whole number, or a negative count, is refused). A failure is an {@link AssertionError} whose message
 * holds the property's name, the case, the seed and the replay command, then the failure's own message:
 *
 * <pre>{@code
 * @Test
 * void invoicesSumToTheMunicipalitiesQuarter() {
 *     Seeds.forAll("invoices sum to the quarter", 200, random -> {
 *         CoordinationAssociation association = FinsamGenerators.association(random);
 *         ...
 *     });
 * }
 * // on failure: Property 'invoices sum to the quarter' failed at case 17 of 200 (seed S);
 * //             replay with -Dfinsam.seed=S -Dfinsam.case=17
 * }</pre>
 *
 * <p>The seeds are those of finsam's own property tests: a property of the same name checks the same cases.
 */
public final class Seeds {

    /** The system property that sets the seed of every property: {@code -Dfinsam.seed=N}. */
    public static final String SEED_PROPERTY = "finsam.seed";

    /** The system property that runs one case only: {@code -Dfinsam.case=I}. */
    public static final String CASE_PROPERTY = "finsam.case";

    /** The system property that sets how many cases run: {@code -Dfinsam.cases=N}. */
    public static final String CASES_PROPERTY = "finsam.cases";

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private static final long CASE_MIX = 0xBF58476D1CE4E5B9L;

    private Seeds() {
    }

    /**
     * Returns the default seed of a property: derived from its name, so fixed from run to run.
     *
     * <pre>{@code long seed = Seeds.seedOf("invoices sum to the quarter");}</pre>
     *
     * @param name the property's name
     * @return the seed
     */
    public static long seedOf(String name) {
        return (long) name.hashCode() * GOLDEN_GAMMA;
    }

    /**
     * Returns the random source of one case of a property: what {@link #forAll} gives the property in that case,
     * for replaying it by hand.
     *
     * <pre>{@code CoordinationAssociation failing = FinsamGenerators.association(Seeds.random(seed, 17));}</pre>
     *
     * @param seed the property's seed
     * @param caseIndex the case, from 0
     * @return a new random source
     */
    public static SplittableRandom random(long seed, int caseIndex) {
        return new SplittableRandom(seed ^ (caseIndex * CASE_MIX));
    }

    /**
     * Runs {@code property} over {@code cases} cases, each with its own {@link #random(long, int) random source},
     * the seed being {@code -Dfinsam.seed} if set, otherwise {@link #seedOf(String) seedOf(name)}.
     *
     * <pre>{@code Seeds.forAll("a split sums to its total", 500, random -> assertThat(...));}</pre>
     *
     * @param name the property's name; also seeds the default random source
     * @param cases how many cases to run (overridden by {@code -Dfinsam.cases}), not negative
     * @param property the property; it draws its inputs from the random source and throws on failure
     * @throws AssertionError if the property throws an {@link AssertionError} or a {@link RuntimeException} in a
     *     case: its message names the property, the case, the seed and how to replay it, and its cause is what the
     *     property threw
     * @throws IllegalArgumentException if {@code cases} is negative, or a system property is set to something other
     *     than a whole number (a negative one for the number of cases or the case)
     */
    public static void forAll(String name, int cases, Consumer<SplittableRandom> property) {
        Long seed = setting(SEED_PROPERTY);
        Long n = setting(CASES_PROPERTY);
        Long only = setting(CASE_PROPERTY);
        forAll(name, cases, property, seed, n == null ? null : count(CASES_PROPERTY, n), only == null ? null : count(CASE_PROPERTY, only));
    }

    /** A system property's whole number, null when it is not set; a value that is not one is refused, never ignored. */
    private static @Nullable Long setting(String property) {
        String text = System.getProperty(property);
        if (text == null) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-D" + property + " must be a whole number, was '" + text + "'", e);
        }
    }

    private static int count(String property, long value) {
        if (value < 0 || value > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("-D" + property + " must be from 0 to " + Integer.MAX_VALUE + ", was " + value);
        }
        return (int) value;
    }

    /**
     * Runs the property with the overrides of the system properties, each null when not set. With {@code only}, that
     * case runs, and only it, whatever the number of cases: a failure found among more cases than the default replays.
     */
    static void forAll(String name, int cases, Consumer<SplittableRandom> property, @Nullable Long seedOverride,
            @Nullable Integer casesOverride, @Nullable Integer only) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(property, "property");
        if (cases < 0) {
            throw new IllegalArgumentException("cases must not be negative, was " + cases);
        }
        long seed = seedOverride == null ? seedOf(name) : seedOverride;
        int n = casesOverride == null ? cases : casesOverride;
        if (only != null) {
            run(name, property, seed, only, n);
            return;
        }
        for (int i = 0; i < n; i++) {
            run(name, property, seed, i, n);
        }
    }

    private static void run(String name, Consumer<SplittableRandom> property, long seed, int i, int n) {
        try {
            property.accept(random(seed, i));
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError("Property '" + name + "' failed at case " + i + " of " + n + " (seed " + seed
                    + "); replay with -D" + SEED_PROPERTY + "=" + seed + " -D" + CASE_PROPERTY + "=" + i + "\n"
                    + e.getMessage(), e);
        }
    }
}
