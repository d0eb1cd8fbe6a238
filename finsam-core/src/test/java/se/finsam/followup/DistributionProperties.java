package se.finsam.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.finsam.money.Fraction;
import se.finsam.testing.Property;

class DistributionProperties {

    @Test
    void percentages_alwaysSumToExactly100_eachWithinATenthOfItsShare() {
        Property.forAll("distribution sums to 100.0", 3_000, random -> {
            int n = 1 + random.nextInt(random.nextInt(8) == 0 ? 300 : 6);
            List<Integer> groups = new ArrayList<>();
            Map<Integer, Long> counts = new HashMap<>();
            for (int i = 0; i < n; i++) {
                groups.add(i);
                counts.put(i, (long) (random.nextInt(3) == 0 ? 0 : random.nextInt(random.nextBoolean() ? 10 : 100_000)));
            }
            counts.put(random.nextInt(n), 1L + random.nextInt(50));
            Distribution<Integer> d = Distribution.compute(groups, counts);

            BigDecimal sum = BigDecimal.ZERO;
            for (Integer g : groups) {
                BigDecimal p = d.percent(g);
                sum = sum.add(p);
                Fraction exact = d.share(g).orElseThrow().multipliedBy(Fraction.of(100, 1));
                Fraction error = Fraction.from(p).minus(exact);
                assertThat(error.signum() < 0 ? error.negated() : error).as("group %s of %s", g, counts)
                        .isLessThan(Fraction.of(1, 10));
                assertThat(p.scale()).isEqualTo(1);
            }
            assertThat(sum).as("sum of %s", counts).isEqualByComparingTo("100.0");
        });
    }
}
