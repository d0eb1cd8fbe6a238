package se.finsam.socioeconomic;

import static se.finsam.testing.Samples.sek;

import java.util.List;
import java.util.Optional;
import se.finsam.money.Fraction;
import se.finsam.testing.Samples;

/**
 * The example of docs/socioeconomic.md: the published programme for 160 young people in Jönköping county
 * (Nilsson/OFUS), 9 mkr a year, exclusion about 437 500 kr per person and year, 25 % succeeding; the split
 * of the 437 500 kr between the actors, the fall-off and the rate are illustrative.
 */
final class Example {

    private Example() {
    }

    /** The cost of exclusion: 240 000 lost production + 100 000 real costs + 97 500 transfers = 437 500. */
    static CostOfExclusion costOfExclusion() {
        return CostOfExclusion.of(sek("240000"),
                new ExclusionCost(Actor.MUNICIPALITY, sek("40000"), sek("60000"), sek("45000")),
                new ExclusionCost(Actor.REGION, sek("30000"), sek("0"), sek("20000")),
                ExclusionCost.of(Actor.SOCIAL_INSURANCE_AGENCY, sek("5000"), sek("30000")),
                ExclusionCost.of(Actor.PUBLIC_EMPLOYMENT_SERVICE, sek("25000"), sek("7500")),
                new ExclusionCost(Actor.REST_OF_STATE, sek("0"), sek("0"), sek("55000")));
    }

    /** The programme: one year of 9 000 000, 25 % of 160 succeed, 10 % fall-off a year, 3.5 %. */
    static SocioEconomicCalculation youngPeople() {
        return new SocioEconomicCalculation("Unga till arbete i Jönköpings län", Optional.empty(), Samples.SEK,
                List.of(sek("9000000")), Success.rate(160, Fraction.of(1, 4)), costOfExclusion(),
                Effect.fallingOff(Fraction.of(1, 10)), Fraction.of(7, 200), SocioEconomicCalculation.DEFAULT_HORIZONS);
    }

    /** The same calculation with other figures. */
    static SocioEconomicCalculation with(List<javax.money.MonetaryAmount> costs, Success success, CostOfExclusion cost,
            Effect effect, Fraction rate, List<Integer> horizons) {
        return new SocioEconomicCalculation("Kalkyl", Optional.empty(), Samples.SEK, costs, success, cost, effect, rate,
                horizons);
    }
}
