package se.finsam.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.finsam.testing.Samples.SEK;

import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;
import se.finsam.association.AssociationId;
import se.finsam.money.RoundingUnit;
import se.finsam.testing.Property;
import se.finsam.testing.Samples;

/**
 * A national allocation's results are computed on first use: over generated inputs (those of
 * {@link StateAllocationProperties}, with a call for supplementary funds, requests, offers and charters), an
 * allocation that is built is checked in full, so computing its results cannot fail, and they are those of
 * the state allocation computed at once; an input the computation would refuse is refused when it is built.
 */
class NationalAllocationProperties {

    private static final int CASES = 3_000;

    /** One generated national input: the state allocation's, with the supplementary funds added to it. */
    private record Input(StateAllocationProperties.Input state, long potUnits, long capUnits,
            List<AssociationFigures> figures) {

        NationalAllocation allocate() {
            RoundingUnit unit = state.unit();
            SupplementaryCall call = potUnits < 0 ? null
                    : SupplementaryCall.of(unit.amountOf(potUnits, SEK), unit.amountOf(capUnits, SEK));
            return NationalAllocation.allocate(Year.of(2016), unit.amountOf(state.amountUnits() + Math.max(potUnits, 0), SEK),
                    state.model(), figures, call, unit, null);
        }
    }

    private static Input generate(SplittableRandom r) {
        StateAllocationProperties.Input state = StateAllocationProperties.generate(r);
        RoundingUnit unit = state.unit();
        long pot = r.nextInt(3) == 0 ? -1 : r.nextLong(0, 10_000);
        long cap = pot < 0 ? 0 : r.nextLong(0, pot + 2);
        List<AssociationFigures> figures = new ArrayList<>(state.figures().size());
        for (AssociationFigures f : state.figures()) {
            AssociationFigures g = f;
            if (pot >= 0 && r.nextInt(3) == 0) {
                g = g.withSupplementaryRequest(unit.amountOf(r.nextLong(0, 5_000), SEK));
            }
            if (r.nextInt(4) == 0) {
                g = g.withMatchingOffer(unit.amountOf(r.nextLong(0, 500_000), SEK));
            }
            if (r.nextInt(4) == 0) {
                g = g.withCharter(Samples.rarSormland().charter());
            }
            figures.add(g);
        }
        return new Input(state, pot, cap, figures);
    }

    @Test
    void anAllocationThatIsBuilt_computesItsResultsOnFirstUse_asTheStateAllocationComputedAtOnce() {
        AtomicInteger built = new AtomicInteger();
        Property.forAll("national results on first use", CASES, r -> {
            Input input = generate(r);
            NationalAllocation national;
            try {
                national = input.allocate();
            } catch (NationalValidationException e) {
                return; // refused when built: nothing is left to compute
            }
            built.incrementAndGet();
            assertThat(national.computed()).as("computed when built").isFalse();
            StateAllocation allocation = national.allocation(); // the computation, which cannot throw
            assertThat(national.computed()).isTrue();
            assertThat(national.allocation()).isSameAs(allocation);
            assertThat(national.matching()).isSameAs(national.matching()).hasSize(input.figures().size());
            assertThat(national.supplementary()).isSameAs(national.supplementary());
            StateAllocation atOnce = input.state().model().allocate(allocation.total(), input.figures(), input.state().unit());
            assertThat(allocation.allocations()).isEqualTo(atOnce.allocations());
            RoundingUnit unit = input.state().unit();
            long sum = unit.unitsOf(allocation.total());
            if (national.supplementary().isPresent()) {
                // The split the call makes of the requests on its own, independently of the allocation.
                Map<AssociationId, MonetaryAmount> requests = new LinkedHashMap<>();
                input.figures().forEach(f -> f.supplementaryRequest().ifPresent(amount -> requests.put(f.id(), amount)));
                SupplementarySplit split = national.supplementary().get();
                assertThat(split.grants()).extracting(SupplementaryGrant::granted).isEqualTo(national.supplementaryCall()
                        .orElseThrow().split(requests, unit).grants().stream().map(SupplementaryGrant::granted).toList());
                for (SupplementaryGrant g : split.grants()) {
                    sum += unit.unitsOf(g.granted());
                }
                sum += unit.unitsOf(split.leftOver());
            }
            assertThat(sum).as("allocated, granted and left over").isEqualTo(unit.unitsOf(national.appropriation()));
            // Each matching is the one computed on its own from the association's state money.
            for (int i = 0; i < input.figures().size(); i++) {
                AssociationFigures f = input.figures().get(i);
                MonetaryAmount state = allocation.allocations().get(i).amount();
                if (national.supplementary().isPresent() && f.supplementaryRequest().isPresent()) {
                    state = state.add(national.supplementary().get().grantOf(f.id()).granted());
                }
                Matching alone = Matching.compute(f.id(), state, f.matchingOffer().orElse(null), f.charter().orElse(null), unit);
                Matching m = national.matching().get(i);
                assertThat(List.of(m.stateAmount(), m.effectiveState(), m.regions(), m.municipalities()))
                        .as("matching of %s", f.id())
                        .isEqualTo(List.of(alone.stateAmount(), alone.effectiveState(), alone.regions(), alone.municipalities()));
            }
            assertThat(national.totals().unitsOf(NationalTotals.Column.STATE_AMOUNT))
                    .isEqualTo(sum - (national.supplementary().isPresent()
                            ? unit.unitsOf(national.supplementary().get().leftOver()) : 0));
        });
        if (Integer.getInteger("finsam.case") == null) {
            assertThat(built.get()).as("allocations built").isGreaterThan(CASES / 4);
        }
    }

    @Test
    void resultsAskedForByManyThreadsAtOnce_areOneObject() throws Exception {
        int threads = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            // Many fresh allocations, each asked for by every thread at once: a race that keeps the last results
            // instead of the first shows as two objects.
            for (int round = 0; round < 300; round++) {
                NationalAllocation national = NationalAllocation.allocate(Year.of(2016), Samples.sek("14900"),
                        NationalAllocationTest.MODEL, NationalAllocationTest.associations(),
                        SupplementaryCall.of(Samples.sek("900"), Samples.sek("400")), RoundingUnit.KRONA, null);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<List<Matching>>> asked = new ArrayList<>();
                for (int i = 0; i < threads; i++) {
                    asked.add(pool.submit(() -> {
                        start.await();
                        return national.matching();
                    }));
                }
                start.countDown();
                List<Matching> first = asked.get(0).get(1, TimeUnit.MINUTES);
                for (Future<List<Matching>> f : asked) {
                    assertThat(f.get(1, TimeUnit.MINUTES)).as("round %d", round).isSameAs(first);
                }
                assertThat(national.matching()).isSameAs(first);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anUnknownAssociation_isRefusedBeforeAnythingIsComputed() {
        NationalAllocation national = NationalAllocation.allocate(Year.of(2016), Samples.sek("14900"),
                NationalAllocationTest.MODEL, NationalAllocationTest.associations(),
                SupplementaryCall.of(Samples.sek("900"), Samples.sek("400")), RoundingUnit.KRONA, null);
        assertThatThrownBy(() -> national.matchingOf(AssociationId.of("nobody"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(national.computed()).isFalse();
    }
}
