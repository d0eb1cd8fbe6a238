package se.finsam.socioeconomic;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;
import se.finsam.money.Fraction;
import se.finsam.money.RoundingUnit;
import se.finsam.testing.Property;
import se.finsam.testing.Samples;

/** Invariants of the socio-economic calculation over random projects, costs of exclusion and effects. */
class SocioEconomicProperties {

    private static MonetaryAmount kr(long amount) {
        return RoundingUnit.KRONA.amountOf(amount, Samples.SEK);
    }

    private static CostOfExclusion randomCost(SplittableRandom r, boolean withTransfers) {
        List<ExclusionCost> actors = new ArrayList<>();
        long taxes = 0;
        for (Actor actor : Actor.values()) {
            if (r.nextInt(4) == 0) {
                continue;
            }
            long tax = actor == Actor.INDIVIDUAL ? 0 : r.nextInt(60_000);
            taxes += tax;
            long transfers = actor == Actor.INDIVIDUAL || !withTransfers ? 0 : r.nextInt(150_000);
            actors.add(new ExclusionCost(actor, kr(r.nextInt(100_000)), kr(transfers), kr(tax)));
        }
        return new CostOfExclusion(actors, kr(taxes + r.nextInt(300_000)));
    }

    private static CostOfExclusion withOtherTransfers(CostOfExclusion cost, SplittableRandom r) {
        List<ExclusionCost> actors = new ArrayList<>();
        for (ExclusionCost c : cost.actors()) {
            MonetaryAmount transfers = c.actor() == Actor.INDIVIDUAL ? kr(0) : kr(r.nextInt(500_000));
            actors.add(new ExclusionCost(c.actor(), c.realCosts(), transfers, c.lostTaxes()));
        }
        return new CostOfExclusion(actors, cost.lostProduction());
    }

    private static Effect randomEffect(SplittableRandom r) {
        if (r.nextBoolean()) {
            return Effect.fallingOff(Fraction.of(r.nextInt(101), 100));
        }
        List<Fraction> shares = new ArrayList<>();
        for (int i = 0, n = 1 + r.nextInt(12); i < n; i++) {
            shares.add(Fraction.of(r.nextInt(1001), 1000));
        }
        return Effect.byYear(shares);
    }

    private static SocioEconomicCalculation random(SplittableRandom r) {
        List<MonetaryAmount> costs = new ArrayList<>();
        for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) {
            costs.add(kr(r.nextInt(20_000_000)));
        }
        long participants = 1 + r.nextInt(400);
        Success success = r.nextBoolean() ? Success.count(participants, r.nextLong(participants + 1))
                : Success.rate(participants, Fraction.of(r.nextInt(101), 100));
        List<Integer> horizons = new ArrayList<>();
        for (int h = 1; h <= 20; h++) {
            if (horizons.size() < SocioEconomicCalculation.MAX_HORIZONS && r.nextInt(5) == 0 || h == 20 && horizons.isEmpty()) {
                horizons.add(h);
            }
        }
        return new SocioEconomicCalculation("Kalkyl", Optional.empty(), Samples.SEK, costs, success,
                randomCost(r, true), randomEffect(r), Fraction.of(r.nextInt(101), 1000), horizons);
    }

    private static Fraction sum(List<ActorResult> actors, java.util.function.Function<ActorResult, Fraction> figure) {
        return actors.stream().map(figure).reduce(Fraction.ZERO, Fraction::plus);
    }

    @Test
    void society_isTheSumOfTheActorsAndTheIndividual() {
        Property.forAll("society is the sum", 300, r -> {
            for (HorizonResult result : random(r).results()) {
                List<ActorResult> actors = result.actors();
                ActorResult society = result.society();
                assertThat(sum(actors, ActorResult::netPresentValue)).isEqualTo(society.netPresentValue());
                assertThat(sum(actors, ActorResult::gainsPresentValue)).isEqualTo(society.gainsPresentValue());
                assertThat(sum(actors, ActorResult::investment)).isEqualTo(society.investment());
                assertThat(sum(actors, ActorResult::investmentTotal)).isEqualTo(society.investmentTotal());
                assertThat(sum(actors, a -> a.perPersonAndYear().total())).isEqualTo(society.perPersonAndYear().total());
                for (int year = 0; year < result.horizon(); year++) {
                    int y = year;
                    assertThat(sum(actors, a -> a.gains().get(y).amount())).isEqualTo(society.gains().get(y).amount());
                }
            }
        });
    }

    @Test
    void transfers_cancelOutForSociety() {
        Property.forAll("transfers cancel", 500, r -> {
            SocioEconomicCalculation calculation = random(r);
            SocioEconomicCalculation other = new SocioEconomicCalculation(calculation.name(), calculation.note(),
                    calculation.currency(), calculation.projectCosts(), calculation.success(),
                    withOtherTransfers(calculation.costOfExclusion(), r), calculation.effect(),
                    calculation.discountRate(), calculation.horizons());
            int horizon = calculation.horizons().get(0);
            assertThat(other.atHorizon(horizon).society()).isEqualTo(calculation.atHorizon(horizon).society());
            assertThat(calculation.atHorizon(horizon).society().perPersonAndYear().transfers()).isEqualTo(Fraction.ZERO);
            assertThat(calculation.atHorizon(horizon).society().perPersonAndYear().taxes()).isEqualTo(Fraction.ZERO);
        });
    }

    @Test
    void moreSuccess_neverLowersTheNetPresentValue_ofAnyoneWhoGainsPerPerson() {
        Property.forAll("more success never lowers", 500, r -> {
            SocioEconomicCalculation calculation = random(r);
            Success success = calculation.success();
            Fraction more = success.successful().plus(Fraction.of(r.nextInt(50), 7));
            Fraction all = Fraction.of(success.participants(), 1);
            SocioEconomicCalculation better = calculation.withSuccess(new Success(success.participants(),
                    more.compareTo(all) > 0 ? all : more));
            int horizon = calculation.horizons().get(calculation.horizons().size() - 1);
            HorizonResult before = calculation.atHorizon(horizon);
            HorizonResult after = better.atHorizon(horizon);
            for (Actor actor : Actor.values()) {
                int sign = before.of(actor).perPersonAndYear().total().signum();
                int change = after.of(actor).netPresentValue().compareTo(before.of(actor).netPresentValue());
                assertThat(change * sign).as("%s gaining %s per person", actor, sign).isGreaterThanOrEqualTo(0);
                if (actor != Actor.INDIVIDUAL) {
                    assertThat(sign).as("a public actor never loses").isGreaterThanOrEqualTo(0);
                }
            }
            assertThat(after.society().netPresentValue()).isGreaterThanOrEqualTo(before.society().netPresentValue());
        });
    }

    @Test
    void breakEven_isTheLeastWholeNumberThatPaysBack() {
        Property.forAll("break-even is least", 300, r -> {
            SocioEconomicCalculation calculation = random(r);
            int horizon = calculation.horizons().get(r.nextInt(calculation.horizons().size()));
            HorizonResult result = calculation.atHorizon(horizon);
            List<ActorResult> everyone = new ArrayList<>(result.actors());
            everyone.add(result.society());
            for (ActorResult actor : everyone) {
                Optional<BigInteger> least = actor.breakEven().successful();
                if (least.isEmpty()) {
                    assertThat(actor.investment().signum()).isPositive();
                    assertThat(actor.perPersonAndYear().total().signum() <= 0
                            || actor.gains().stream().allMatch(g -> g.share().signum() == 0)).isTrue();
                    continue;
                }
                if (least.get().compareTo(BigInteger.valueOf(SocioEconomicCalculation.MAX_PARTICIPANTS)) > 0) {
                    continue;
                }
                long k = least.get().longValueExact();
                assertThat(netPresentValue(calculation, horizon, actor, k).signum()).isGreaterThanOrEqualTo(0);
                if (k > 0) {
                    assertThat(netPresentValue(calculation, horizon, actor, k - 1).signum()).isNegative();
                }
                assertThat(actor.breakEven().beyondParticipants()).isEqualTo(k > calculation.success().participants());
            }
        });
    }

    private static Fraction netPresentValue(SocioEconomicCalculation calculation, int horizon, ActorResult actor,
            long successful) {
        long participants = Math.max(successful, 1);
        HorizonResult result = calculation.withSuccess(Success.count(participants, successful)).atHorizon(horizon);
        return actor.actor().map(result::of).orElse(result.society()).netPresentValue();
    }

    @Test
    void payback_fallsWithinTheHorizon_exactlyWhenTheInvestmentIsCovered() {
        Property.forAll("payback", 300, r -> {
            SocioEconomicCalculation calculation = random(r);
            int years = calculation.projectCosts().size();
            for (HorizonResult result : calculation.results()) {
                List<ActorResult> everyone = new ArrayList<>(result.actors());
                everyone.add(result.society());
                for (ActorResult actor : everyone) {
                    Payback payback = actor.payback();
                    if (actor.investment().signum() == 0) {
                        assertThat(payback.status()).isEqualTo(Payback.Status.NOT_INVESTING);
                        continue;
                    }
                    boolean covered = actor.netPresentValue().signum() >= 0;
                    assertThat(payback.status() == Payback.Status.PAID_BACK).isEqualTo(covered);
                    if (covered) {
                        assertThat(payback.months()).isBetween(12 * years + 1, 12 * (years + result.horizon()));
                    }
                }
            }
        });
    }

    @Test
    void zeroRate_presentValuesAreTheAmounts() {
        Property.forAll("zero rate", 500, r -> {
            SocioEconomicCalculation calculation = random(r);
            SocioEconomicCalculation undiscounted = new SocioEconomicCalculation(calculation.name(), calculation.note(),
                    calculation.currency(), calculation.projectCosts(), calculation.success(),
                    calculation.costOfExclusion(), calculation.effect(), Fraction.ZERO, calculation.horizons());
            for (HorizonResult result : undiscounted.results()) {
                ActorResult society = result.society();
                assertThat(society.gainsPresentValue()).isEqualTo(society.gainsTotal());
                assertThat(society.investment()).isEqualTo(society.investmentTotal());
            }
        });
    }
}
