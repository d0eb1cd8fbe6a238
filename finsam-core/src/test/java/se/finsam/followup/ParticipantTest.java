package se.finsam.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.testing.Samples.id;

import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.finsam.population.AgeBand;
import se.finsam.validation.Violation;

class ParticipantTest {

    private static final AgeBand BAND = AgeBand.parse("30-49");
    private static final Situation SICK = Situation.of(Occupation.OTHER, SupportSource.SICKNESS_AND_REHABILITATION_BENEFIT);

    private static Participant finished(LocalDate start, LocalDate end) {
        return Participant.finished(start, end, ExitReason.COMPLETED, Gender.WOMAN, BAND, id("koping"), SICK, SICK);
    }

    @Test
    void finishedWithinTwelveMonths_endsAtTheLatestTheDayBeforeTheSameDateAYearLater() {
        LocalDate start = LocalDate.of(2010, 1, 15);

        assertThat(finished(start, LocalDate.of(2011, 1, 14)).finishedWithinMonths(12)).isTrue();
        assertThat(finished(start, LocalDate.of(2011, 1, 15)).finishedWithinMonths(12)).isFalse();
        assertThat(finished(start, LocalDate.of(2010, 2, 14)).finishedWithinMonths(1)).isTrue();
        assertThat(finished(start, LocalDate.of(2010, 2, 15)).finishedWithinMonths(1)).isFalse();
        assertThat(Participant.ongoing(start, Gender.MAN, BAND, id("koping"), SICK).finishedWithinMonths(600)).isFalse();
    }

    @Test
    void finishedWithinMonths_nearTheLastYear_isExact() {
        // Issue 13 (a PIT survivor): a start in the year before the last counted every end as within 12 months,
        // even one after the time ran out. The time runs out in the last year: judged exactly.
        LocalDate start = LocalDate.of(Year.MAX_VALUE - 1, 6, 1);
        assertThat(finished(start, LocalDate.of(Year.MAX_VALUE, 5, 31)).finishedWithinMonths(12)).isTrue();
        assertThat(finished(start, LocalDate.of(Year.MAX_VALUE, 12, 31)).finishedWithinMonths(12)).isFalse();
        // Past the last year the time never runs out: every end is within it.
        assertThat(finished(start, LocalDate.MAX).finishedWithinMonths(19)).isTrue();
        assertThat(finished(LocalDate.of(Year.MAX_VALUE, 12, 1), LocalDate.MAX).finishedWithinMonths(1)).isTrue();
        assertThat(finished(LocalDate.of(Year.MAX_VALUE, 11, 30), LocalDate.MAX).finishedWithinMonths(1)).isFalse();
    }

    @Test
    void messages_nameTheEndAndTheExitReason_whereKnown() {
        LocalDate start = LocalDate.of(2011, 3, 4);
        assertThat(Participant.check(start, Optional.of(LocalDate.of(2011, 5, 1)), Optional.empty(), Optional.empty())
                .violations()).extracting(Violation::message).containsExactly(
                        "Participant finished 2011-05-01 but has no exit reason (COMPLETED or DISCONTINUED)",
                        "Participant finished 2011-05-01 but has no situation after");
        assertThat(Participant.check(start, null, Optional.empty(), Optional.empty()).violations())
                .extracting(Violation::message).containsExactly(
                        "Participant finished but has no exit reason (COMPLETED or DISCONTINUED)",
                        "Participant finished but has no situation after");
        assertThat(Participant.check(start, Optional.empty(), Optional.of(ExitReason.DISCONTINUED), null).violations())
                .extracting(Violation::message).containsExactly(
                        "Participant has exit reason DISCONTINUED but no end date; give the end, or drop the exit while still in"
                                + " the project",
                        "Participant has a situation after but no end date");
        assertThat(Participant.check(start, Optional.empty(), null, Optional.empty()).violations())
                .extracting(Violation::message).containsExactly(
                        "Participant has exit reason but no end date; give the end, or drop the exit while still in the project");
        assertThat(Participant.check(start, Optional.empty(), Optional.empty(), Optional.empty()).isValid()).isTrue();
    }

    @Test
    void daysInProject_countBothEnds_andOutcomesFollowTheSituations() {
        Participant p = Participant.finished(LocalDate.of(2011, 3, 4), LocalDate.of(2011, 3, 4), ExitReason.DISCONTINUED,
                Gender.MAN, BAND, id("koping"), Situation.of(Occupation.STUDIES, SupportSource.STUDIES),
                Situation.of(Occupation.JOB_SEEKING, SupportSource.UNEMPLOYMENT_BENEFIT));

        assertThat(p.daysInProject()).contains(1L);
        assertThat(p.hasCompleted()).isFalse();
        assertThat(p.isCloserToWork()).isFalse();
        assertThat(p.isInWorkOrStudiesAfter()).isFalse();
        assertThat(Occupation.WORK.isCloserToWorkThan(Occupation.STUDIES)).isTrue();
        assertThat(Occupation.STUDIES.isCloserToWorkThan(Occupation.STUDIES)).isFalse();
        assertThat(Occupation.STUDIES.isWorkOrStudies()).isTrue();
        assertThat(Occupation.JOB_SEEKING.isWorkOrStudies()).isFalse();
        assertThat(SupportSource.OTHER.publicSupport()).isEmpty();
        assertThat(Participant.ongoing(LocalDate.of(2011, 3, 4), Gender.MAN, BAND, id("koping"), SICK).daysInProject()).isEmpty();
    }
}
