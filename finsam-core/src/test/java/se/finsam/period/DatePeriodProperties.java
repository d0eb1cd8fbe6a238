package se.finsam.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import se.finsam.money.Fraction;
import se.finsam.project.Project;
import se.finsam.testing.Property;

/**
 * Properties of periods over seeded random dates of the years a project accepts, checked against naive
 * references that walk the period day by day.
 */
class DatePeriodProperties {

    /** Periods of up to this many days: longer than a few years, short enough to walk. */
    private static final int MAX_DAYS = 3 * 366;

    private static LocalDate date(SplittableRandom random) {
        LocalDate first = LocalDate.of(Project.MIN_YEAR, 1, 1);
        long days = LocalDate.of(Project.MAX_YEAR - 4, 12, 31).toEpochDay() - first.toEpochDay();
        return first.plusDays(random.nextLong(days + 1));
    }

    private static DatePeriod closed(SplittableRandom random) {
        LocalDate start = date(random);
        // Ends near a month's end often: the 30E/360 rule for day 31 is where a count goes wrong.
        LocalDate end = start.plusDays(random.nextInt(MAX_DAYS));
        if (random.nextInt(4) == 0) {
            end = end.withDayOfMonth(end.lengthOfMonth());
        }
        return DatePeriod.of(start, end);
    }

    /** Naive 30E/360, walked day by day: the sum of each day's weight. */
    private static long naiveDays360(DatePeriod p) {
        long count = 0;
        for (LocalDate d = p.start(); !d.isAfter(p.end().orElseThrow()); d = d.plusDays(1)) {
            count += weight360(d);
        }
        return count;
    }

    /**
     * A day's weight when every month has 30 days and day 31 counts as day 30: the 30th of a month of 31
     * days weighs nothing (the 31st is the same day 30), and February's last day weighs the days it lacks
     * to 30 as well as itself.
     */
    private static long weight360(LocalDate d) {
        if (d.getDayOfMonth() == 30 && d.lengthOfMonth() == 31) {
            return 0;
        }
        if (d.getMonthValue() == 2 && d.getDayOfMonth() == d.lengthOfMonth()) {
            return 31 - d.getDayOfMonth();
        }
        return 1;
    }

    @Test
    void lengthInDays_isTheDaysWalked() {
        Property.forAll("DatePeriod.lengthInDays", 300, random -> {
            DatePeriod p = closed(random);
            long walked = 0;
            for (LocalDate d = p.start(); !d.isAfter(p.end().orElseThrow()); d = d.plusDays(1)) {
                walked++;
            }
            assertThat(p.lengthInDays()).as("%s", p).isEqualTo(walked);
        });
    }

    @Test
    void lengthInDays360_agreesWithTheNaiveCount() {
        Property.forAll("DatePeriod.lengthInDays360", 300, random -> {
            DatePeriod p = closed(random);
            assertThat(p.lengthInDays360()).as("%s", p).isEqualTo(naiveDays360(p));
            assertThat(p.lengthInMonths360()).as("%s", p).isEqualTo(Fraction.of(naiveDays360(p), 30));
        });
    }

    @Test
    void wholeMonths_are30DaysEach_in30E360() {
        Property.forAll("DatePeriod.wholeMonths", 300, random -> {
            LocalDate start = date(random).withDayOfMonth(1);
            int months = 1 + random.nextInt(40);
            DatePeriod p = DatePeriod.of(start, start.plusMonths(months).minusDays(1));
            assertThat(p.lengthInMonths360()).as("%s", p).isEqualTo(Fraction.of(months, 1));
        });
    }

    @Test
    void intersectionsWithTheYearsTouched_partitionThePeriod() {
        Property.forAll("DatePeriod.intersectionYears", 300, random -> {
            DatePeriod p = closed(random);
            long days = 0;
            long days360 = 0;
            int first = p.start().getYear();
            for (int year = first - 1; year <= first + p.yearsTouched(); year++) {
                Optional<DatePeriod> part = p.intersection(Year.of(year));
                assertThat(p.lengthInDays(Year.of(year))).as("days of %s in %s", p, year)
                        .isEqualTo(part.map(DatePeriod::lengthInDays).orElse(0L));
                assertThat(p.lengthInDays360(Year.of(year))).as("30E/360 days of %s in %s", p, year)
                        .isEqualTo(part.map(DatePeriod::lengthInDays360).orElse(0L));
                DatePeriod open = DatePeriod.ofOpenEnd(p.start());
                assertThat(open.lengthInDays(Year.of(year))).as("days of %s in %s", open, year)
                        .isEqualTo(open.intersection(DatePeriod.of(Year.of(year).atDay(1), Year.of(year).atMonth(12).atEndOfMonth()))
                                .map(DatePeriod::lengthInDays).orElse(0L));
                boolean touched = year >= first && year < first + p.yearsTouched();
                assertThat(part.isPresent()).as("%s in %s", p, year).isEqualTo(touched);
                if (part.isPresent()) {
                    assertThat(part.get().start().getYear()).isEqualTo(year);
                    assertThat(part.get().end().orElseThrow().getYear()).isEqualTo(year);
                    assertThat(p.contains(part.get().start()) && p.contains(part.get().end().get())).isTrue();
                    days += part.get().lengthInDays();
                    days360 += part.get().lengthInDays360();
                }
            }
            assertThat(days).as("%s", p).isEqualTo(p.lengthInDays());
            assertThat(days360).as("%s", p).isEqualTo(p.lengthInDays360());
        });
    }

    @Test
    void intersection_isCommutative_andHoldsExactlyTheDaysInBoth() {
        Property.forAll("DatePeriod.intersection", 300, random -> {
            DatePeriod a = closed(random);
            LocalDate bStart = a.start().plusDays(random.nextInt(2 * MAX_DAYS) - MAX_DAYS);
            DatePeriod b = random.nextInt(5) == 0 ? DatePeriod.ofOpenEnd(bStart)
                    : DatePeriod.of(bStart, bStart.plusDays(random.nextInt(2 * MAX_DAYS)));
            Optional<DatePeriod> both = a.intersection(b);
            assertThat(both).as("%s and %s", a, b).isEqualTo(b.intersection(a));
            LocalDate d = a.start().plusDays(random.nextLong(a.lengthInDays()));
            assertThat(both.map(x -> x.contains(d)).orElse(false)).as("%s in %s and %s", d, a, b)
                    .isEqualTo(a.contains(d) && b.contains(d));
        });
    }

    @Test
    void parse_readsToString() {
        Property.forAll("DatePeriod.parse", 300, random -> {
            DatePeriod p = random.nextInt(4) == 0 ? DatePeriod.ofOpenEnd(date(random)) : closed(random);
            assertThat(DatePeriod.parse(p.toString())).isEqualTo(p);
        });
    }
}
