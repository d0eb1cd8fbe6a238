package se.finsam.test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.finsam.testing.Samples.id;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.finsam.contribution.Charter;
import se.finsam.contribution.ContributionKey;
import se.finsam.member.Party;
import se.finsam.testing.Samples;

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
    void aKeyOfAnotherBasisHasNoPercentages() {
        assertThatThrownBy(() -> FinsamAssertions.assertThat(ContributionKey.equal()).sumsTo100Percent())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected a percentage key summing to 100 (the law, 9 §), but it is an EQUAL key");
        ContributionKey weights = ContributionKey.ofWeights(Map.of(id("eskilstuna"), BigDecimal.ONE));
        assertThatThrownBy(() -> FinsamAssertions.assertThat(weights).sumsTo100Percent())
                .isInstanceOf(AssertionError.class).hasMessageContaining("but it is a WEIGHTS key");
    }
}
