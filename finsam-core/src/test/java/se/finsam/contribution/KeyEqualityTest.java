package se.finsam.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.testing.Samples.id;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.finsam.testing.EqualityGroups;

class KeyEqualityTest {

    @Test
    void percentagesAndWeights_areEqualByNumericValue_notByScale() {
        EqualityGroups.create()
                .addGroup(ContributionKey.ofPercentages(Map.of(id("a"), new BigDecimal("100"))),
                        ContributionKey.ofPercentages(Map.of(id("a"), new BigDecimal("100.0"))))
                .addGroup(ContributionKey.ofPercentages(Map.of(id("b"), new BigDecimal("100"))))
                .addGroup(ContributionKey.ofWeights(Map.of(id("a"), new BigDecimal("100.00"))),
                        ContributionKey.ofWeights(Map.of(id("a"), new BigDecimal("1E+2"))))
                .addGroup(ContributionKey.ofWeights(Map.of(id("a"), new BigDecimal("1"), id("b"), BigDecimal.ZERO)),
                        ContributionKey.ofWeights(Map.of(id("a"), new BigDecimal("1.0"), id("b"), new BigDecimal("0.00"))))
                .test();
        assertThat(ContributionKey.ofPercentages(Map.of(id("a"), new BigDecimal("19.0"), id("b"), new BigDecimal("81")))
                .values().get(id("a"))).as("the given scale is kept for display").hasToString("19.0");
    }
}
