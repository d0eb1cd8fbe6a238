package se.finsam.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import se.finsam.money.Fraction;
import se.finsam.money.RoundingUnit;
import se.finsam.socioeconomic.Actor;
import se.finsam.socioeconomic.CostOfExclusion;
import se.finsam.socioeconomic.Effect;
import se.finsam.socioeconomic.ExclusionCost;
import se.finsam.socioeconomic.HorizonResult;
import se.finsam.socioeconomic.Sensitivity;
import se.finsam.socioeconomic.SocioEconomicCalculation;
import se.finsam.socioeconomic.Success;

/**
 * The socio-economic calculation (issue 16), everything {@code finsam socioeconomic} computes: the results
 * over every horizon and the sensitivity table. {@code example} is the bundled programme for 160 young people
 * (horizons 1, 5 and 20, a rate of 3,5 %); {@code limits} is the worst the limits allow: 20 project years, ten
 * horizons up to 50 years, a rate, a fall-off and a success rate with ten decimals (denominators of 10¹²).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SocioEconomicBenchmark {

    /** Which calculation: the example or the worst within the limits. */
    @Param({"example", "limits"})
    public String calculation;

    private SocioEconomicCalculation subject;

    /** Builds the calculation. */
    @Setup
    public void setUp() {
        CostOfExclusion cost = CostOfExclusion.of(kr(240_000),
                new ExclusionCost(Actor.MUNICIPALITY, kr(40_000), kr(60_000), kr(45_000)),
                new ExclusionCost(Actor.REGION, kr(30_000), kr(0), kr(20_000)),
                ExclusionCost.of(Actor.SOCIAL_INSURANCE_AGENCY, kr(5_000), kr(30_000)),
                ExclusionCost.of(Actor.PUBLIC_EMPLOYMENT_SERVICE, kr(25_000), kr(7_500)),
                new ExclusionCost(Actor.REST_OF_STATE, kr(0), kr(0), kr(55_000)));
        if (calculation.equals("example")) {
            subject = new SocioEconomicCalculation("Unga till arbete", Optional.empty(), cost.lostProduction().getCurrency(),
                    List.of(kr(9_000_000)), Success.rate(160, Fraction.of(1, 4)), cost,
                    Effect.fallingOff(Fraction.of(1, 10)), Fraction.of(7, 200), SocioEconomicCalculation.DEFAULT_HORIZONS);
        } else {
            List<Integer> horizons = new ArrayList<>();
            for (int h = 41; h <= SocioEconomicCalculation.MAX_HORIZON; h++) {
                horizons.add(h);
            }
            long tenDecimals = 1_000_000_000_000L;
            subject = new SocioEconomicCalculation("Gränsfallet", Optional.empty(), cost.lostProduction().getCurrency(),
                    Collections.nCopies(SocioEconomicCalculation.MAX_PROJECT_YEARS, kr(9_999_999_999_999L)),
                    Success.rate(SocioEconomicCalculation.MAX_PARTICIPANTS, Fraction.of(123_456_789_011L, tenDecimals)),
                    cost, Effect.fallingOff(Fraction.of(123_456_789_013L, tenDecimals)),
                    Fraction.of(123_456_789_017L, tenDecimals), horizons);
        }
    }

    private static MonetaryAmount kr(long amount) {
        return RoundingUnit.KRONA.amountOf(amount, Monetary.getCurrency("SEK"));
    }

    /**
     * The results over every horizon of the calculation.
     *
     * @return the results
     */
    @Benchmark
    public List<HorizonResult> results() {
        return subject.results();
    }

    /**
     * The sensitivity table at the longest horizon.
     *
     * @return the table
     */
    @Benchmark
    public Sensitivity sensitivity() {
        return subject.sensitivity();
    }
}
