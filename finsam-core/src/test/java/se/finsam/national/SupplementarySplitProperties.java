package se.finsam.national;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.testing.Samples.SEK;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;
import se.finsam.association.AssociationId;
import se.finsam.money.Fraction;
import se.finsam.money.RoundingUnit;
import se.finsam.testing.Property;

/** Properties of the supplementary split over generated calls: up to 60 requests, caps from 0, pots of every size. */
class SupplementarySplitProperties {

    private static final int CASES = 5_000;
    private static final RoundingUnit UNIT = RoundingUnit.KRONA;

    @Test
    void grants_neverExceedTheRequestOrTheCap_andUseTheWholePotWhileDemandRemains() {
        AtomicInteger oversubscribed = new AtomicInteger();
        Property.forAll("supplementary bounds", CASES, r -> {
            long cap = r.nextInt(10) == 0 ? 0 : r.nextLong(1, 600_000);
            int n = r.nextInt(61);
            Map<AssociationId, MonetaryAmount> requests = new LinkedHashMap<>();
            long requested = 0;
            long eligible = 0;
            for (int i = 0; i < n; i++) {
                long request = r.nextInt(8) == 0 ? 0 : r.nextLong(1, 2 * cap + 2);
                requests.put(AssociationId.of("a" + i), UNIT.amountOf(request, SEK));
                requested += request;
                eligible += Math.min(request, cap);
            }
            long pot = r.nextLong(0, requested * 6 / 5 + 2);
            SupplementarySplit split = SupplementaryCall.of(UNIT.amountOf(pot, SEK), UNIT.amountOf(cap, SEK))
                    .split(requests, UNIT);

            long granted = 0;
            for (SupplementaryGrant g : split.grants()) {
                long grant = UNIT.unitsOf(g.granted());
                long request = UNIT.unitsOf(g.requested());
                assertThat(grant).as("%s", g).isBetween(0L, Math.min(request, cap));
                assertThat(UNIT.unitsOf(g.unmet())).isEqualTo(request - grant);
                granted += grant;
            }
            assertThat(split.grants()).hasSize(n);
            assertThat(granted).as("granted of %s", split).isEqualTo(Math.min(pot, eligible));
            assertThat(UNIT.unitsOf(split.leftOver())).isEqualTo(pot - granted);
            assertThat(split.isOversubscribed()).isEqualTo(eligible > pot);
            if (split.isOversubscribed()) {
                oversubscribed.incrementAndGet();
            }
        });
        assertThat(oversubscribed.get()).as("oversubscribed cases").isGreaterThan(CASES / 4);
    }

    @Test
    void oversubscribed_grantsAreProportionalToTheRequests_exceptWhereTheCapHolds() {
        Property.forAll("supplementary proportion", CASES, r -> {
            long cap = r.nextLong(1, 600_000);
            int n = r.nextInt(1, 50);
            Map<AssociationId, MonetaryAmount> requests = new LinkedHashMap<>();
            long eligible = 0;
            for (int i = 0; i < n; i++) {
                long request = r.nextLong(0, 2 * cap);
                requests.put(AssociationId.of("a" + i), UNIT.amountOf(request, SEK));
                eligible += Math.min(request, cap);
            }
            long pot = r.nextLong(0, eligible + 1);
            SupplementarySplit split = SupplementaryCall.of(UNIT.amountOf(pot, SEK), UNIT.amountOf(cap, SEK))
                    .split(requests, UNIT);
            Fraction rate = split.rate();
            for (SupplementaryGrant g : split.grants()) {
                long grant = UNIT.unitsOf(g.granted());
                Fraction quota = rate.multipliedBy(Fraction.of(UNIT.unitsOf(g.requested()), 1));
                if (grant == cap && quota.compareTo(Fraction.of(cap, 1)) >= 0) {
                    continue;
                }
                // Below the cap: within one unit of rate × request.
                Fraction distance = quota.minus(Fraction.of(grant, 1));
                assertThat(distance.compareTo(Fraction.ONE) < 0 && distance.compareTo(Fraction.ONE.negated()) > 0)
                        .as("%s: grant %d, quota %s", g.association(), grant, quota).isTrue();
            }
        });
    }
}
