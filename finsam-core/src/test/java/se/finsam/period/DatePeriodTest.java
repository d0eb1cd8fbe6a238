package se.finsam.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.finsam.money.Fraction;
import se.finsam.testing.EqualityGroups;
import se.finsam.testing.Violations;
import se.finsam.validation.ViolationCodes;

class DatePeriodTest {

    private static final LocalDate START = LocalDate.of(2006, 8, 15);
    private static final LocalDate END = LocalDate.of(2008, 8, 14);

    @Test
    void days360_countsThirtyPerMonth_andDay31AsThirty() {
        assertThat(DatePeriod.days360(LocalDate.of(2006, 8, 15), LocalDate.of(2007, 1, 1))).isEqualTo(136);
        assertThat(DatePeriod.days360(LocalDate.of(2007, 1, 1), LocalDate.of(2008, 1, 1))).isEqualTo(360);
        assertThat(DatePeriod.days360(LocalDate.of(2007, 1, 31), LocalDate.of(2007, 3, 31))).isEqualTo(60);
        assertThat(DatePeriod.days360(LocalDate.of(2008, 2, 1), LocalDate.of(2008, 3, 1))).isEqualTo(30);
    }

    @Test
    void lengths_ofUngdomstorget_are731DaysAnd24Months() {
        DatePeriod p = DatePeriod.of(START, END);

        assertThat(p.lengthInDays()).isEqualTo(731);
        assertThat(p.lengthInDays360()).isEqualTo(720);
        assertThat(p.lengthInMonths360()).isEqualTo(Fraction.of(24, 1));
        assertThat(p.yearsTouched()).isEqualTo(3);
    }

    @Test
    void oneDayPeriod_endsOnItsStart() {
        DatePeriod p = DatePeriod.of(START, START);

        assertThat(p.lengthInDays()).isEqualTo(1);
        assertThat(p.contains(START)).isTrue();
        assertThat(p.contains(START.plusDays(1))).isFalse();
        assertThat(DatePeriod.of(LocalDate.of(2007, 1, 30), LocalDate.of(2007, 1, 30)).lengthInDays360()).isZero();
    }

    @Test
    void endBeforeStart_isRefused() {
        Violations.assertSingle(() -> DatePeriod.of(START, START.minusDays(1)), ViolationCodes.PERIOD_END_BEFORE_START,
                "/end", "Period ends 2006-08-14, before it starts 2006-08-15");
        assertThat(DatePeriod.isEndBeforeStart(START, Optional.of(START.minusDays(1)))).isTrue();
        assertThat(DatePeriod.isEndBeforeStart(START, Optional.of(START))).isFalse();
        assertThat(DatePeriod.isEndBeforeStart(START, Optional.empty())).isFalse();
        assertThat(DatePeriod.isEndBeforeStart(null, Optional.of(START))).isFalse();
        assertThat(DatePeriod.isEndBeforeStart(START, null)).isFalse();
    }

    @Test
    void openEnd_containsEveryLaterDay_andHasNoLength() {
        DatePeriod p = DatePeriod.ofOpenEnd(START);

        assertThat(p.hasEnd()).isFalse();
        assertThat(p.contains(LocalDate.MAX)).isTrue();
        assertThat(p.contains(START.minusDays(1))).isFalse();
        assertThatIllegalStateException().isThrownBy(p::lengthInDays).withMessageContaining("2006-08-15..");
        assertThatIllegalStateException().isThrownBy(p::lengthInDays360);
        assertThatIllegalStateException().isThrownBy(p::yearsTouched);
    }

    @Test
    void intersectionWithAYear_isThePartInIt() {
        DatePeriod p = DatePeriod.of(START, END);

        assertThat(p.intersection(Year.of(2006))).contains(DatePeriod.of(START, LocalDate.of(2006, 12, 31)));
        assertThat(p.intersection(Year.of(2007))).contains(DatePeriod.of(LocalDate.of(2007, 1, 1), LocalDate.of(2007, 12, 31)));
        assertThat(p.intersection(Year.of(2008))).contains(DatePeriod.of(LocalDate.of(2008, 1, 1), END));
        assertThat(p.intersection(Year.of(2005))).isEmpty();
        assertThat(p.intersection(Year.of(2009))).isEmpty();
        assertThat(DatePeriod.ofOpenEnd(START).intersection(Year.of(2100)))
                .contains(DatePeriod.of(LocalDate.of(2100, 1, 1), LocalDate.of(2100, 12, 31)));
    }

    @Test
    void intersectionOfTwoPeriods_keepsAnOpenEndOnlyIfBothAreOpen() {
        DatePeriod open = DatePeriod.ofOpenEnd(LocalDate.of(2008, 1, 1));

        assertThat(DatePeriod.of(START, END).intersection(open)).contains(DatePeriod.of(LocalDate.of(2008, 1, 1), END));
        assertThat(open.intersection(DatePeriod.ofOpenEnd(START))).contains(open);
        assertThat(DatePeriod.of(START, START).intersection(open)).isEmpty();
    }

    @Test
    void toString_isReadByParse() {
        assertThat(DatePeriod.of(START, END)).hasToString("2006-08-15..2008-08-14");
        assertThat(DatePeriod.ofOpenEnd(START)).hasToString("2006-08-15..");
        assertThat(DatePeriod.parse("2006-08-15..2008-08-14")).isEqualTo(DatePeriod.of(START, END));
        assertThat(DatePeriod.parse("2006-08-15..")).isEqualTo(DatePeriod.ofOpenEnd(START));
        assertThatThrownBy(() -> DatePeriod.parse("2006-08-15")).isInstanceOf(DateTimeParseException.class);
        Violations.assertSingle(() -> DatePeriod.parse("2008-08-14..2006-08-15"), ViolationCodes.PERIOD_END_BEFORE_START,
                "/end");
    }

    @Test
    void nulls_areRefused() {
        assertThatNullPointerException().isThrownBy(() -> DatePeriod.of(null, END)).withMessage("start");
        assertThatNullPointerException().isThrownBy(() -> DatePeriod.of(START, (LocalDate) null)).withMessage("endInclusive");
        assertThatNullPointerException().isThrownBy(() -> DatePeriod.of(START, (Optional<LocalDate>) null)).withMessage("end");
    }

    @Test
    void equality_isByStartAndEnd() {
        EqualityGroups.create()
                .addGroup(DatePeriod.of(START, END), DatePeriod.parse("2006-08-15..2008-08-14"))
                .addGroup(DatePeriod.ofOpenEnd(START), DatePeriod.of(START, Optional.empty()))
                .addGroup(DatePeriod.of(START, START))
                .test();
    }

    @Test
    void parse_ofAPeriodWithoutAStart_failsOnTheStart_andAPeriodWithAnEndHasOne() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DatePeriod.parse("..2007-12-31"))
                .isInstanceOf(java.time.format.DateTimeParseException.class).hasMessageContaining("Text ''");
        org.assertj.core.api.Assertions.assertThat(DatePeriod.parse("2007-01-01..2007-12-31").hasEnd()).isTrue();
    }
}
