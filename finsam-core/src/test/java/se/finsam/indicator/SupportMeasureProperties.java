package se.finsam.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import se.finsam.population.AgeBand;
import se.finsam.money.Fraction;
import se.finsam.testing.Property;

class SupportMeasureProperties {

    private static final AgeBand BAND = AgeBand.parse("16-64");

    /** A random period of 1 to 400 days starting between 2000 and 2030, leap days included. */
    static ReportingPeriod period(SplittableRandom random) {
        LocalDate start = LocalDate.of(2000, 1, 1).plusDays(random.nextInt(11_000));
        return ReportingPeriod.of(start, start.plusDays(random.nextInt(400)));
    }

    /** Random figures: 1 to 10 million inhabitants (municipalities are small, a few are large), öre amounts. */
    static SupportFigures figures(SplittableRandom random) {
        long population = random.nextBoolean() ? 1 + random.nextInt(5_000) : 1 + random.nextLong(10_000_000);
        Map<SupportKind, MonetaryAmount> payments = new EnumMap<>(SupportKind.class);
        for (SupportKind kind : SupportKind.values()) {
            long ore = random.nextInt(4) == 0 ? 0 : random.nextLong(1_000_000_000_000L);
            payments.put(kind, Money.of(BigDecimal.valueOf(ore, 2), "SEK"));
        }
        return SupportFigures.of(population, payments);
    }

    @Test
    void aggregate_liesBetweenTheSmallestAndLargestMemberRate() {
        Property.forAll("aggregate between member rates", 1_500, random -> {
            ReportingPeriod period = period(random);
            List<SupportMeasure> members = new ArrayList<>();
            int n = 1 + random.nextInt(12);
            for (int i = 0; i < n; i++) {
                members.add(SupportMeasure.of(period, BAND, figures(random)));
            }
            SupportMeasure aggregate = SupportMeasure.aggregate(members);
            Fraction min = members.stream().map(SupportMeasure::rate).min(Fraction::compareTo).orElseThrow();
            Fraction max = members.stream().map(SupportMeasure::rate).max(Fraction::compareTo).orElseThrow();

            assertThat(aggregate.rate()).as("aggregate of %s", members).isBetween(min, max);
            for (SupportKind kind : SupportKind.values()) {
                Fraction kindMin = members.stream().map(m -> m.rate(kind)).min(Fraction::compareTo).orElseThrow();
                Fraction kindMax = members.stream().map(m -> m.rate(kind)).max(Fraction::compareTo).orElseThrow();
                assertThat(aggregate.rate(kind)).as("%s", kind).isBetween(kindMin, kindMax);
            }
        });
    }

    @Test
    void aggregate_equalsTheSumOfPaymentsOverTheSumOfPopulationDays() {
        Property.forAll("aggregate is a weighted rate", 1_000, random -> {
            ReportingPeriod period = period(random);
            List<SupportMeasure> members = new ArrayList<>();
            BigDecimal paid = BigDecimal.ZERO;
            long populationDays = 0;
            for (int i = 0, n = 1 + random.nextInt(8); i < n; i++) {
                SupportMeasure m = SupportMeasure.of(period, BAND, figures(random));
                members.add(m);
                paid = paid.add(m.figures().totalPaid());
                populationDays += m.figures().population() * period.days();
            }
            assertThat(SupportMeasure.aggregate(members).rate()).isEqualTo(Fraction.from(paid).dividedBy(Fraction.of(populationDays, 1)));
        });
    }

    @Test
    void comparisons_areAntisymmetric() {
        Property.forAll("comparison antisymmetric", 2_000, random -> {
            SupportMeasure a = SupportMeasure.of(period(random), BAND, figures(random));
            SupportMeasure b = SupportMeasure.of(period(random), BAND, figures(random));
            SupportComparison ab = SupportComparison.of(a, b);
            SupportComparison ba = SupportComparison.of(b, a);

            assertThat(ab.paymentChange()).isEqualTo(ba.paymentChange().negate());
            assertThat(ab.rateChange()).isEqualTo(ba.rateChange().negated());
            for (SupportKind kind : SupportKind.values()) {
                assertThat(ab.paymentChange(kind)).isEqualTo(ba.paymentChange(kind).negate());
                assertThat(ab.rateChange(kind)).isEqualTo(ba.rateChange(kind).negated());
            }
            // Relative changes are not negatives of each other, but undo each other: (1 + r_ab)(1 + r_ba) = 1.
            if (a.rate().signum() != 0 && b.rate().signum() != 0) {
                assertThat(Fraction.ONE.plus(ab.relativeChange().orElseThrow())
                        .multipliedBy(Fraction.ONE.plus(ba.relativeChange().orElseThrow()))).isEqualTo(Fraction.ONE);
            }
            assertThat(SupportComparison.of(a, a).rateChange()).isEqualTo(Fraction.ZERO);
            // Rounded for display, the two directions still mirror each other (half up is symmetric).
            assertThat(DisplayRounding.rate(ab.rateChange())).isEqualByComparingTo(DisplayRounding.rate(ba.rateChange()).negate());
        });
    }
}
