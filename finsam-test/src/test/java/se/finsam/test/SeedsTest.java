package se.finsam.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import se.finsam.testing.Property;

class SeedsTest {

    @Test
    void aFailingPropertysMessageHoldsItsSeedAndCaseAndTheyReplayIt() {
        List<Long> drawn = new ArrayList<>();
        AssertionError failure = catchThrowableOfType(() -> Seeds.forAll("fails on a large draw", 1000, random -> {
            long x = random.nextLong(100);
            drawn.add(x);
            assertThat(x).as("draw").isLessThan(90);
        }), AssertionError.class);
        long seed = Seeds.seedOf("fails on a large draw");
        int failedCase = drawn.size() - 1;
        assertThat(failure).hasMessageStartingWith("Property 'fails on a large draw' failed at case " + failedCase + " of 1000 (seed "
                + seed + "); replay with -Dfinsam.seed=" + seed + " -Dfinsam.case=" + failedCase + "\n")
                .hasMessageContaining("[draw]").hasCauseInstanceOf(AssertionError.class);
        // The seed and case in the message give the failing input again.
        assertThat(Seeds.random(seed, failedCase).nextLong(100)).isEqualTo(drawn.get(failedCase)).isGreaterThanOrEqualTo(90);
    }

    @Test
    void aRuntimeExceptionIsAFailureToo() {
        assertThatThrownBy(() -> Seeds.forAll("throws", 3, random -> {
            throw new IllegalStateException("broken");
        })).isInstanceOf(AssertionError.class).hasMessageContaining("failed at case 0 of 3").hasMessageEndingWith("\nbroken")
                .hasCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void aPassingPropertyRunsEveryCaseWithItsOwnSource() {
        List<Long> drawn = new ArrayList<>();
        Seeds.forAll("passes", 25, random -> drawn.add(random.nextLong()));
        assertThat(drawn).hasSize(25).doesNotHaveDuplicates();
        List<Long> again = new ArrayList<>();
        Seeds.forAll("passes", 25, random -> again.add(random.nextLong()));
        assertThat(again).isEqualTo(drawn);
        assertThat(drawn.get(3)).isEqualTo(Seeds.random(Seeds.seedOf("passes"), 3).nextLong());
    }

    @Test
    void theSystemPropertiesOverrideSeedCasesAndCase() {
        List<Long> drawn = new ArrayList<>();
        Seeds.forAll("any", 5, random -> drawn.add(random.nextLong()), 42L, null, null);
        assertThat(drawn).hasSize(5).first().isEqualTo(Seeds.random(42, 0).nextLong());
        drawn.clear();
        Seeds.forAll("any", 5, random -> drawn.add(random.nextLong()), null, 9, null);
        assertThat(drawn).hasSize(9);
        drawn.clear();
        Seeds.forAll("any", 5, random -> drawn.add(random.nextLong()), 42L, null, 3);
        assertThat(drawn).containsExactly(Seeds.random(42, 3).nextLong());
        assertThatThrownBy(() -> Seeds.forAll("any", 5, random -> assertThat(false).isTrue(), 42L, null, 3))
                .hasMessageContaining("failed at case 3 of 5 (seed " + 42 + "); replay with -Dfinsam.seed=42 -Dfinsam.case=3");
    }

    @Test
    void aCaseBeyondTheDefaultNumberOfCases_runs_soThatAFailureFoundAmongMoreCasesReplays() {
        List<Long> drawn = new ArrayList<>();
        Seeds.forAll("any", 5, random -> drawn.add(random.nextLong()), 42L, null, 2448);

        assertThat(drawn).containsExactly(Seeds.random(42, 2448).nextLong());
    }

    @Test
    void systemPropertiesThatAreNoWholeNumbers_areRefused_neverIgnored() {
        String before = System.getProperty(Seeds.SEED_PROPERTY);
        try {
            System.setProperty(Seeds.SEED_PROPERTY, "12a");
            assertThatThrownBy(() -> Seeds.forAll("any", 1, random -> { }))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("-Dfinsam.seed must be a whole number, was '12a'");
            System.setProperty(Seeds.SEED_PROPERTY, " 7 ");
            List<Long> drawn = new ArrayList<>();
            Seeds.forAll("any", 1, random -> drawn.add(random.nextLong()));
            assertThat(drawn).containsExactly(Seeds.random(7, 0).nextLong());
        } finally {
            restore(Seeds.SEED_PROPERTY, before);
        }
        String cases = System.getProperty(Seeds.CASES_PROPERTY);
        try {
            System.setProperty(Seeds.CASES_PROPERTY, "-1");
            assertThatThrownBy(() -> Seeds.forAll("any", 1, random -> { }))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("-Dfinsam.cases must be from 0 to 2147483647, was -1");
        } finally {
            restore(Seeds.CASES_PROPERTY, cases);
        }
    }

    private static void restore(String property, @Nullable String value) {
        if (value == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, value);
        }
    }

    @Test
    void refusesNegativeCases() {
        assertThatThrownBy(() -> Seeds.forAll("any", -1, random -> { })).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cases must not be negative, was -1");
        List<Long> drawn = new ArrayList<>();
        Seeds.forAll("any", 0, random -> drawn.add(random.nextLong()));
        assertThat(drawn).isEmpty();
    }

    @Test
    void countsInTheSystemProperties_areFrom0ToTheLargestInt() {
        String before = System.getProperty(Seeds.CASE_PROPERTY);
        try {
            System.setProperty(Seeds.CASE_PROPERTY, "2147483648");
            assertThatThrownBy(() -> Seeds.forAll("any", 1, random -> { })).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("-Dfinsam.case must be from 0 to 2147483647, was 2147483648");
            System.setProperty(Seeds.CASE_PROPERTY, "0");
            List<Long> drawn = new ArrayList<>();
            Seeds.forAll("any", 5, random -> drawn.add(random.nextLong()));
            assertThat(drawn).containsExactly(Seeds.random(Seeds.seedOf("any"), 0).nextLong());
            System.setProperty(Seeds.CASE_PROPERTY, "2147483647");
            drawn.clear();
            Seeds.forAll("any", 5, random -> drawn.add(random.nextLong()));
            assertThat(drawn).containsExactly(Seeds.random(Seeds.seedOf("any"), Integer.MAX_VALUE).nextLong());
        } finally {
            restore(Seeds.CASE_PROPERTY, before);
        }
    }

    @Test
    void seedsAreFixedByTheName() {
        assertThat(Seeds.seedOf("a")).isEqualTo(Seeds.seedOf("a")).isNotEqualTo(Seeds.seedOf("b"));
        assertThat(Seeds.seedOf("a")).isEqualTo((long) "a".hashCode() * 0x9E3779B97F4A7C15L);
    }

    /**
     * finsam's own suites moved from the core's private harness to this one: a property of the same name draws the
     * same cases from the same seed, so the cases they check stay the same.
     */
    @Test
    void drawsTheSameCasesAsTheCoresOwnHarness() {
        for (String name : List.of("json round trip", "module split", "UTF-8 check agrees with the JDK's strict decoder")) {
            List<Long> ours = new ArrayList<>();
            Seeds.forAll(name, 40, random -> ours.add(random.nextLong()));
            List<Long> cores = new ArrayList<>();
            Property.forAll(name, 40, random -> cores.add(random.nextLong()));
            assertThat(ours).as(name).hasSize(40).isEqualTo(cores);
        }
    }
}
