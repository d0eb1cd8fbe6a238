package se.finsam.project;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.testing.Samples.project;
import static se.finsam.testing.Samples.sek;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.finsam.money.RoundingUnit;
import se.finsam.period.DatePeriod;
import se.finsam.testing.Samples;
import se.finsam.testing.Violations;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

class CostScheduleTest {

    @Test
    void schedule_ofRar2007Projects_matchesThePublishedTableInKkr() {
        // RAR Sörmland's 2007 plan: each project's cost in 2007, in kkr; Gnesta's one-off fell in 2006.
        Map<String, Long> published = new LinkedHashMap<>();
        published.put("ungdomstorget", 1140L);
        published.put("rehab-flen-vc", 242L);
        published.put("rehab-ekensberg-vc", 242L);
        published.put("kungsgatan", 307L);
        published.put("trosam", 868L);
        published.put("kv-projektet", 944L);
        published.put("villa-bergsund", 1039L);
        published.put("kompetens-gnesta", 0L);
        published.put("processtod-eskilstuna-lsg", 539L);
        published.put("flen-soc-af", 398L);

        List<Project> projects = Samples.rarProjects();
        long sum2007 = 0;
        long sumTotal = 0;
        for (Project p : projects) {
            CostSchedule s = p.schedule(RoundingUnit.THOUSAND);
            assertThat(s.unitsIn(2007)).as(p.id().value()).isEqualTo(published.get(p.id().value()));
            sum2007 += s.unitsIn(2007);
            sumTotal += s.years().stream().mapToLong(s::unitsIn).sum();
        }
        assertThat(sum2007).isEqualTo(5719);
        assertThat(sumTotal).isEqualTo(10828);
    }

    @Test
    void ungdomstorget_byMonths_is1140_byDays_is1138() {
        Project months = project("u", "Ungdomstorget", "2006-08-15", "2008-08-14", "2279000").build();
        Project days = project("u", "Ungdomstorget", "2006-08-15", "2008-08-14", "2279000").basis(CostBasis.DAYS).build();

        // Months, 30E/360: 136 + 360 + 224 = 720 days. Quotas 430.47, 1139.5, 709.02; floors sum to 2278,
        // the one unit left goes to the largest remainder (0.5, 2007).
        assertThat(months.schedule(RoundingUnit.THOUSAND).amounts())
                .containsExactly(Map.entry(2006, sek("430000")), Map.entry(2007, sek("1140000")), Map.entry(2008, sek("709000")));
        // Days: 139 + 365 + 227 (2008 is a leap year) = 731. Quotas 433.35, 1137.93, 707.71; floors sum to
        // 2277, two units left go to 2007 (0.93) and 2008 (0.71).
        assertThat(months.schedule(RoundingUnit.THOUSAND).spread()).isEqualTo(CostSchedule.Spread.MONTHS);
        assertThat(days.schedule(RoundingUnit.THOUSAND).spread()).isEqualTo(CostSchedule.Spread.DAYS);
        assertThat(days.schedule(RoundingUnit.THOUSAND).amounts())
                .containsExactly(Map.entry(2006, sek("433000")), Map.entry(2007, sek("1138000")), Map.entry(2008, sek("708000")));
    }

    @Test
    void equalRemainders_goToTheEarlierYear() {
        // 1 077 over 2007 and 2008, 360 days each: 538.5 + 538.5; the tie goes to 2007.
        Project p = project("p", "Processtöd", "2007-01-01", "2008-12-31", "1077000").build();

        assertThat(p.schedule(RoundingUnit.THOUSAND).unitsIn(2007)).isEqualTo(539);
        assertThat(p.schedule(RoundingUnit.THOUSAND).unitsIn(2008)).isEqualTo(538);
    }

    @Test
    void openEnd_withoutExplicitAmounts_isCostedInTheStartYear() {
        Project p = project("p", "Försenad", "2006-10-01", null, "500000").status(ProjectStatus.DELAYED).build();

        CostSchedule s = p.schedule(RoundingUnit.KRONA);

        assertThat(s.years()).containsExactly(2006);
        assertThat(s.unitsIn(2006)).isEqualTo(500_000);
        assertThat(s.allocation()).isEmpty();
        assertThat(s.spread()).isEqualTo(CostSchedule.Spread.NO_END);
        assertThat(s.explain()).contains("no end date: the whole cost in the start year");
    }

    @Test
    void explicitAmounts_areTakenAsGiven() {
        Project p = project("p", "Explicit", "2006-01-01", "2008-12-31", "300").costByYear(
                Map.of(2006, sek("100"), 2008, sek("200"))).build();

        CostSchedule s = p.schedule(RoundingUnit.KRONA);

        assertThat(s.years()).containsExactly(2006, 2008);
        assertThat(s.spread()).isEqualTo(CostSchedule.Spread.EXPLICIT);
        assertThat(s.unitsIn(2007)).isZero();
        assertThat(s.unitsAfter(2006)).isEqualTo(200);
    }

    @Test
    void oneDayFrom30thTo31st_hasNoMonthDays_andFallsInTheStartYear() {
        // 30E/360 counts day 31 as 30, so 2007-01-30 to 2007-01-31 (exclusive) is zero days long.
        Project p = project("p", "En dag", "2007-01-30", "2007-01-30", "1000").build();

        CostSchedule s = p.schedule(RoundingUnit.KRONA);

        assertThat(s.unitsIn(2007)).isEqualTo(1000);
        assertThat(s.spread()).isEqualTo(CostSchedule.Spread.NO_DAYS);
        assertThat(s.explain()).contains("whole cost in the start year");
    }

    @Test
    void explain_namesTheRuleTheWeightsAndTheRemainder() {
        String text = project("u", "Ungdomstorget", "2006-08-15", "2008-08-14", "2279000").build()
                .schedule(RoundingUnit.THOUSAND).explain();

        assertThat(text).contains("by months (30E/360 days per year: 2006: 136, 2007: 360, 2008: 224)",
                "2007: weight 360 of 720", "+1 remaining unit", "1 140 000 kr");
    }

    @Test
    void totals_beyondMaxUnits_areTooLargeAtTheScheduleThatTakesThemThere() {
        // Issue 11: ScheduleTotals.of died with "long overflow" on 9 224 projects of 999 999 999 999 999 kr.
        List<CostSchedule> schedules = new java.util.ArrayList<>();
        for (int i = 0; i < 9224; i++) {
            schedules.add(CostSchedule.compute(project("p" + i, "P", "2007-01-01", "2007-12-31", "999999999999999").build(),
                    RoundingUnit.KRONA));
        }

        Violation v = Violations.assertSingle(() -> ScheduleTotals.compute(schedules), ViolationCodes.AMOUNT_TOO_LARGE, "/1",
                "'p1'", "1999999999999998", "1000000000000000 units of 1");
        assertThat(v.message()).startsWith("The decided projects' costs");
        ScheduleTotals one = ScheduleTotals.compute(schedules.subList(0, 1));
        assertThat(one.unitsIn(2007)).isEqualTo(999_999_999_999_999L);
        assertThat(one.unitsAfter(2006)).isEqualTo(999_999_999_999_999L);
    }

    @Test
    void explain_ofExplicitAmounts_listsEveryYearAsGiven() {
        Project p = project("p", "Explicit", "2006-01-01", "2008-12-31", "300000").costByYear(
                Map.of(2006, sek("100000"), 2008, sek("200000"))).build();

        assertThat(p.schedule(RoundingUnit.THOUSAND).explain()).isEqualTo("Explicit (p): 300 000 kr, amounts per year as given"
                + " (EXPLICIT)\n  2006: 100 000 kr\n  2008: 200 000 kr");
    }

    @Test
    void years_containOnlyTheScheduleYears_theFirstIncluded() {
        List<Integer> years = project("u", "Ungdomstorget", "2006-08-15", "2008-08-14", "2279000").build()
                .schedule(RoundingUnit.THOUSAND).years();

        assertThat(years.contains(2006)).isTrue();
        assertThat(years.contains(2008)).isTrue();
        assertThat(years.contains(2005)).isFalse();
        assertThat(years.contains(2009)).isFalse();
        Object notAYear = "2007"; // the years' own contains(Object), with an object of another type
        assertThat(years.contains(notAYear)).isFalse();
    }

    @Test
    void equality_comparesProjectUnitAndAmounts() {
        Project p = project("u", "Ungdomstorget", "2006-08-15", "2008-08-14", "2279000").build();
        Project other = project("v", "Ungdomstorget", "2006-08-15", "2008-08-14", "2279000").build();

        se.finsam.testing.EqualityGroups.create()
                .addGroup(p.schedule(RoundingUnit.THOUSAND), p.schedule(RoundingUnit.THOUSAND))
                .addGroup(p.schedule(RoundingUnit.KRONA))
                .addGroup(other.schedule(RoundingUnit.THOUSAND))
                .addGroup(project("u", "Ungdomstorget", "2006-08-15", "2008-08-14", "2279000").basis(CostBasis.DAYS).build().schedule(RoundingUnit.THOUSAND))
                .test();
    }

    @Test
    void totals_spanEveryYearOfAnySchedule_withoutGaps_andCountOnlyDecidedProjects() {
        CostSchedule early = project("a", "A", "2006-01-01", "2006-12-31", "100").build().schedule(RoundingUnit.KRONA);
        CostSchedule late = project("b", "B", "2009-01-01", "2009-12-31", "40").build().schedule(RoundingUnit.KRONA);
        CostSchedule applied = project("c", "C", "2007-01-01", "2007-12-31", "7").status(ProjectStatus.APPLIED).build()
                .schedule(RoundingUnit.KRONA);

        ScheduleTotals totals = ScheduleTotals.compute(List.of(early, late, applied));

        assertThat(totals.years()).containsExactly(2006, 2007, 2008, 2009);
        assertThat(totals.unitsIn(2006)).isEqualTo(100);
        assertThat(totals.unitsIn(2007)).isZero();
        assertThat(totals.unitsIn(2009)).isEqualTo(40);
        assertThat(totals.unitsAfter(2005)).isEqualTo(140);
        assertThat(totals.unitsAfter(2006)).isEqualTo(40);
        assertThat(totals.unitsAfter(2009)).isZero();
        assertThat(totals.totalUnits()).as("the decided projects only").isEqualTo(140);
        assertThat(ScheduleTotals.compute(List.of(late)).years()).containsExactly(2009);
        assertThat(ScheduleTotals.compute(List.of()).years()).isEmpty();
    }

    @Test
    void totals_ofExactlyMaxUnits_areAccepted() {
        CostSchedule most = project("a", "A", "2007-01-01", "2007-12-31", "999999999999999").build().schedule(RoundingUnit.KRONA);
        CostSchedule one = project("b", "B", "2008-01-01", "2008-12-31", "1").build().schedule(RoundingUnit.KRONA);

        ScheduleTotals totals = ScheduleTotals.compute(List.of(most, one));

        assertThat(totals.unitsAfter(2006)).isEqualTo(RoundingUnit.MAX_UNITS);
        assertThat(totals.totalUnits()).isEqualTo(RoundingUnit.MAX_UNITS);
    }
}
