package se.finsam.test;

import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;
import se.finsam.contribution.Charter;
import se.finsam.contribution.ContributionKey;
import se.finsam.member.Party;
import se.finsam.validation.ValidationResult;
import se.finsam.validation.Violation;

/**
 * Assertions on a contribution key (fördelningsnyckel), each calling finsam's own rule.
 *
 * <pre>{@code
 * FinsamAssertions.assertThat(myKey).coversExactly(charter, Party.MUNICIPALITIES).sumsTo100Percent();
 *   // Expected the WEIGHTS key to cover exactly the MUNICIPALITIES of the charter (the law, 9 §;
 *   // Charter.checkCoverage), but: /values key.member-missing: The key has no value for member 'flen'
 * }</pre>
 */
public final class ContributionKeyAssert extends AbstractAssert<ContributionKeyAssert, ContributionKey> {

    ContributionKeyAssert(ContributionKey actual) {
        super(actual, ContributionKeyAssert.class);
    }

    /**
     * Verifies that the key names every member of a party of the charter and no one else, by finsam's
     * {@link Charter#checkCoverage}; an {@link ContributionKey.Equal equal} key covers every member. A key
     * with one fault fails in one sentence (as in the class's example); with more, every violation finsam
     * reports is listed, one a line (the first 20, then how many more).
     *
     * <pre>{@code assertThat(ContributionKey.ofWeights(Map.of(MemberId.of("eskilstuna"), ONE, MemberId.of("flen2"), ONE)))
     *         .coversExactly(charter, Party.MUNICIPALITIES);
     *   // Expected the WEIGHTS key to cover exactly the MUNICIPALITIES of the charter (the law, 9 §;
     *   // Charter.checkCoverage), but finsam reports 9 violations:
     *   //   /values/flen2 key.unknown-member: Unknown member 'flen2' in the key
     *   //   /values key.member-missing: The key has no value for member 'flen'
     *   //   ...}</pre>
     *
     * @param charter the charter whose members the key must cover
     * @param party {@link Party#REGIONS} or {@link Party#MUNICIPALITIES}
     * @return this assertion
     * @throws AssertionError if the key names a member that is not in the charter or not of the party, or
     *     misses one of the party's members; every problem is listed
     * @throws IllegalArgumentException for {@link Party#STATE}, whose share is not split by a key
     */
    public ContributionKeyAssert coversExactly(Charter charter, Party party) {
        Objects.requireNonNull(charter, "charter");
        Objects.requireNonNull(party, "party");
        if (party == Party.STATE) {
            throw new IllegalArgumentException("The state's share is not split by a key: Försäkringskassan pays all of it");
        }
        isNotNull();
        List<Charter.PartialMember> members = charter.members().stream().map(Charter.PartialMember::of).toList();
        ValidationResult result = Charter.checkCoverage(members, Charter.PartialKey.of(actual), party, "the key");
        String expected = "Expected the " + actual.basis() + " key to cover exactly the " + party
                + " of the charter (the law, 9 §; Charter.checkCoverage), ";
        List<Violation> violations = result.violations();
        if (violations.size() == 1) {
            failWithMessage("%s", expected + "but: " + AssertTexts.violation(violations.get(0)));
        } else if (!violations.isEmpty()) {
            failWithMessage("%s", expected + "but finsam reports " + violations.size() + " violations:"
                    + AssertTexts.list(violations.stream().map(AssertTexts::violation).toList()));
        }
        return this;
    }

    /**
     * Verifies that the key is a percentage key, whose percentages sum to exactly 100. finsam checks the sum
     * when a {@link ContributionKey.Percentages} is made ({@link ContributionKey#ofPercentages} throws with
     * code {@code key.percentage-sum} otherwise), so a percentage key that exists sums to 100: this check
     * fails for a key of another basis (head counts, weights, equal shares), which has no percentages.
     *
     * <pre>{@code assertThat(ContributionKey.equal()).sumsTo100Percent();
     *   // Expected a percentage key summing to 100 (the law, 9 §), but it is an EQUAL key}</pre>
     *
     * @return this assertion
     * @throws AssertionError if the key is not a percentage key
     */
    public ContributionKeyAssert sumsTo100Percent() {
        isNotNull();
        if (!(actual instanceof ContributionKey.Percentages)) {
            failWithMessage("%s", "Expected a percentage key summing to 100 (the law, 9 §), but it is "
                    + (actual.basis().name().startsWith("E") ? "an " : "a ") + actual.basis() + " key");
        }
        return this;
    }
}
