package se.finsam.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.finsam.testing.Samples.id;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import se.finsam.contribution.Charter;
import se.finsam.contribution.ContributionKey;
import se.finsam.member.MemberId;
import se.finsam.member.Party;
import se.finsam.testing.Samples;
import se.finsam.validation.Violation;

class ContributionKeyAssertTest {

    private static final Charter CHARTER = Samples.rarSormland().charter();

    @Test
    void rarSormlandsKeyCoversItsMunicipalitiesAndSumsTo100() {
        FinsamAssertions.assertThat(CHARTER.municipalKey()).coversExactly(CHARTER, Party.MUNICIPALITIES).sumsTo100Percent();
        FinsamAssertions.assertThat(ContributionKey.equal()).coversExactly(CHARTER, Party.MUNICIPALITIES);
    }

    @Test
    void aKeyThatMissesMembersOrNamesAStrangerFails() {
        ContributionKey key = ContributionKey.ofWeights(Map.of(id("eskilstuna"), BigDecimal.ONE, id("x"), BigDecimal.ONE));
        assertThatThrownBy(() -> FinsamAssertions.assertThat(key).coversExactly(CHARTER, Party.MUNICIPALITIES))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected the WEIGHTS key to cover exactly the MUNICIPALITIES of the charter (the law, 9 §")
                .hasMessageContaining("Unknown member 'x' in the key").hasMessageContaining("no value for member 'flen'");
        assertThatThrownBy(() -> FinsamAssertions.assertThat(CHARTER.municipalKey()).coversExactly(CHARTER, Party.REGIONS))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Member 'eskilstuna' in the key is MUNICIPALITY, not REGION");
        assertThatThrownBy(() -> FinsamAssertions.assertThat(CHARTER.municipalKey()).coversExactly(CHARTER, Party.STATE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aKeyWithOneFault_isReportedInOneLine() {
        Map<MemberId, BigDecimal> allButFlen = new LinkedHashMap<>();
        CHARTER.membersOf(Party.MUNICIPALITIES).stream().filter(m -> !m.id().equals(id("flen")))
                .forEach(m -> allButFlen.put(m.id(), BigDecimal.ONE));
        assertThatThrownBy(() -> FinsamAssertions.assertThat(ContributionKey.ofWeights(allButFlen))
                .coversExactly(CHARTER, Party.MUNICIPALITIES)).isInstanceOf(AssertionError.class)
                .hasMessage("Expected the WEIGHTS key to cover exactly the MUNICIPALITIES of the charter (the law, 9 §; "
                        + "Charter.checkCoverage), but: " + AssertTexts.violations(coverage(allButFlen)));
    }

    @Test
    void aKeyWithSeveralFaults_listsEveryViolation() {
        Map<MemberId, BigDecimal> values = Map.of(id("eskilstuna"), BigDecimal.ONE, id("x"), BigDecimal.ONE);
        List<Violation> violations = coverage(values);
        assertThat(violations).hasSize(9);
        assertThatThrownBy(() -> FinsamAssertions.assertThat(ContributionKey.ofWeights(values))
                .coversExactly(CHARTER, Party.MUNICIPALITIES))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expected the WEIGHTS key to cover exactly the MUNICIPALITIES of the charter (the law, 9 §; "
                        + "Charter.checkCoverage), but finsam reports 9 violations:\n  "
                        + String.join("\n  ", violations.stream().map(AssertTexts::violation).toList()));
    }

    @Test
    void aKeyMissing290Municipalities_listsTheFirst20AndCountsTheRest() {
        Charter charter = FinsamGenerators.association(new SplittableRandom(19), FinsamGenerators.MAX_MUNICIPALITIES, 1).charter();
        ContributionKey stranger = ContributionKey.ofWeights(Map.of(id("x"), BigDecimal.ONE));
        assertThatThrownBy(() -> FinsamAssertions.assertThat(stranger).coversExactly(charter, Party.MUNICIPALITIES))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("but finsam reports 291 violations:\n  /values/x key.unknown-member: ")
                .hasMessageEndingWith("\n  and 271 more")
                .satisfies(e -> assertThat(AssertTextsTest.listed(e)).hasSize(AssertTexts.MAX_LISTED));
    }

    /** What finsam's own coverage rule reports of a key over RAR Sörmland's municipalities. */
    private static List<Violation> coverage(Map<MemberId, BigDecimal> values) {
        return Charter.checkCoverage(CHARTER.members().stream().map(Charter.PartialMember::of).toList(),
                Charter.PartialKey.of(ContributionKey.ofWeights(values)), Party.MUNICIPALITIES, "the key").violations();
    }

    @Test
    void aKeyOfAnotherBasisHasNoPercentages() {
        assertThatThrownBy(() -> FinsamAssertions.assertThat(ContributionKey.equal()).sumsTo100Percent())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected a percentage key summing to 100 (the law, 9 §), but it is an EQUAL key");
        ContributionKey weights = ContributionKey.ofWeights(Map.of(id("eskilstuna"), BigDecimal.ONE));
        assertThatThrownBy(() -> FinsamAssertions.assertThat(weights).sumsTo100Percent())
                .isInstanceOf(AssertionError.class).hasMessageContaining("but it is a WEIGHTS key");
    }
}
