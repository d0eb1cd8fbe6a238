package se.finsam.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import se.finsam.money.AmountFormat;
import se.finsam.money.Fraction;
import se.finsam.money.RoundingUnit;
import se.finsam.period.DatePeriod;
import se.finsam.testing.Property;

class CostScheduleProperties {

    private static final RoundingUnit[] UNITS = {RoundingUnit.ORE, RoundingUnit.KRONA, RoundingUnit.THOUSAND};

    private static Project randomProject(SplittableRandom r, CostBasis basis) {
        LocalDate start = LocalDate.of(1990 + r.nextInt(60), 1, 1).plusDays(r.nextInt(366));
        LocalDate end = start.plusDays(r.nextInt(6 * 366));
        RoundingUnit unit = UNITS[r.nextInt(UNITS.length)];
        long units = r.nextInt(10) == 0 ? r.nextLong(10) : r.nextLong(RoundingUnit.MAX_UNITS / 100);
        return Project.builder(ProjectId.of("p"), "P").period(start, end).basis(basis)
                .totalCost(Money.of(unit.decimalOf(units), "SEK")).build();
    }

    private static RoundingUnit unitOf(Project p) {
        for (int i = UNITS.length - 1; i >= 0; i--) {
            try {
                UNITS[i].unitsOf(p.totalCost());
                return UNITS[i];
            } catch (IllegalArgumentException e) {
                // not a multiple of this unit; try a finer one
            }
        }
        throw new AssertionError("no unit fits " + p.totalCost());
    }

    @Test
    void schedule_sumsExactlyToTheTotal_andEachYearIsWithinOneUnitOfItsQuota() {
        Property.forAll("schedule sum and bounds", 10_000, r -> {
            CostBasis basis = r.nextBoolean() ? CostBasis.MONTHS : CostBasis.DAYS;
            Project p = randomProject(r, basis);
            RoundingUnit unit = unitOf(p);
            CostSchedule s = p.schedule(unit);
            long total = unit.unitsOf(p.totalCost());
            assertThat(s.years().stream().mapToLong(s::unitsIn).sum()).as(s.toString()).isEqualTo(total);

            LocalDate endExclusive = p.end().orElseThrow().plusDays(1);
            long whole = weight(basis, p.start(), endExclusive);
            if (whole == 0) {
                return; // a zero-length 30E/360 period: all in the start year (tested by example)
            }
            for (int year : s.years()) {
                LocalDate from = p.start().isAfter(LocalDate.of(year, 1, 1)) ? p.start() : LocalDate.of(year, 1, 1);
                LocalDate to = endExclusive.isBefore(LocalDate.of(year + 1, 1, 1)) ? endExclusive : LocalDate.of(year + 1, 1, 1);
                Fraction quota = Fraction.of(BigInteger.valueOf(total).multiply(BigInteger.valueOf(weight(basis, from, to))),
                        BigInteger.valueOf(whole));
                Fraction diff = Fraction.of(s.unitsIn(year), 1).minus(quota);
                assertThat(diff.compareTo(Fraction.ONE)).as("year %d of %s", year, s).isNegative();
                assertThat(diff.compareTo(Fraction.ONE.negated())).as("year %d of %s", year, s).isPositive();
            }
        });
    }

    @Test
    void allocationAndExplanation_agreeWithTheUnitsOfEveryYear() {
        Property.forAll("allocation agrees with units", 2_000, r -> {
            Project p = randomProject(r, r.nextBoolean() ? CostBasis.MONTHS : CostBasis.DAYS);
            CostSchedule s = p.schedule(unitOf(p));
            String[] lines = s.explain().split("\n");
            assertThat(lines).as(s.explain()).hasSize(1 + s.years().size());
            s.allocation().ifPresent(a -> {
                assertThat(a.keys()).isEqualTo(s.years());
                for (int i = 0; i < s.years().size(); i++) {
                    int year = s.years().get(i);
                    assertThat(a.unitsOf(year)).as("year %d of %s", year, s).isEqualTo(s.unitsIn(year));
                    assertThat(lines[1 + i]).startsWith("  " + year + ": weight ")
                            .endsWith(AmountFormat.amount(s.amountIn(year), s.unit()));
                }
            });
            assertThat(s.unitsIn(s.years().get(0) - 1)).isZero();
            assertThat(s.unitsAfter(s.years().get(0) - 1)).isEqualTo(unitOf(p).unitsOf(p.totalCost()));
        });
    }

    private static long weight(CostBasis basis, LocalDate from, LocalDate toExclusive) {
        return basis == CostBasis.MONTHS ? DatePeriod.days360(from, toExclusive) : ChronoUnit.DAYS.between(from, toExclusive);
    }

    @Test
    void periodFromDayDToDayDMinusOneNMonthsLater_spansNWholeMonths() {
        Property.forAll("n whole months", 10_000, r -> {
            LocalDate start = LocalDate.of(1950 + r.nextInt(150), 1 + r.nextInt(12), 1 + r.nextInt(28));
            int n = 1 + r.nextInt(120);
            LocalDate endInclusive = start.plusMonths(n).minusDays(1);
            assertThat(DatePeriod.days360(start, endInclusive.plusDays(1))).as("%s..%s", start, endInclusive)
                    .isEqualTo(30L * n);
        });
    }

    @Test
    void shiftingAPeriodByWholeYears_shiftsTheSchedule() {
        Property.forAll("shift by whole years", 10_000, r -> {
            CostBasis basis = r.nextBoolean() ? CostBasis.MONTHS : CostBasis.DAYS;
            Project p = randomProject(r, basis);
            // Calendar days repeat their leap-year pattern every 4 years within 1901-2099; months always.
            int shift = basis == CostBasis.DAYS ? 4 * (1 + r.nextInt(10)) : 1 + r.nextInt(40);
            LocalDate start = p.start();
            LocalDate end = p.end().orElseThrow();
            if (basis == CostBasis.DAYS && (start.getYear() < 1901 || end.getYear() + shift > 2099)) {
                return;
            }
            if (start.getMonthValue() == 2 && start.getDayOfMonth() == 29 || end.getMonthValue() == 2 && end.getDayOfMonth() >= 28) {
                // 29 February does not exist in every year; and a period ending 28 February ends (exclusive)
                // on 1 March in a common year but on 29 February in a leap year: 30E/360 counts that last
                // month as 30 or 29 days. Shifts are exact everywhere else.
                return;
            }
            Project shifted = Project.builder(p.id(), p.name()).basis(basis).totalCost(p.totalCost())
                    .period(start.plusYears(shift), end.plusYears(shift)).build();
            RoundingUnit unit = unitOf(p);
            CostSchedule a = p.schedule(unit);
            CostSchedule b = shifted.schedule(unit);
            for (int year : a.years()) {
                assertThat(b.unitsIn(year + shift)).as("%s shifted by %d", a, shift).isEqualTo(a.unitsIn(year));
            }
        });
    }
}
