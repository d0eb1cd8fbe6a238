package se.finsam.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.testing.Samples.id;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import se.finsam.money.Fraction;
import se.finsam.testing.Property;

class ProjectFollowUpProperties {

    private static final Situation[] SITUATIONS = {ProjectFollowUpTest.SICK, ProjectFollowUpTest.ASSISTED,
            ProjectFollowUpTest.WORKING, ProjectFollowUpTest.SEEKING,
            Situation.of(Occupation.STUDIES, SupportSource.STUDIES)};

    @Test
    void targetResults_inOnePass_matchEachTargetCountedOnItsOwn() {
        Property.forAll("targets in one pass", 2_000, r -> {
            List<Participant> participants = new ArrayList<>();
            int n = r.nextInt(40);
            for (int i = 0; i < n; i++) {
                participants.add(participant(r));
            }
            List<Target> targets = new ArrayList<>();
            int t = r.nextInt(8);
            for (int i = 0; i < t; i++) {
                targets.add(target(r));
            }
            ProjectFollowUp p = new ProjectFollowUp("Projekt", Optional.empty(), ProjectFollowUpTest.START, Optional.empty(),
                    ProjectFollowUpTest.MUNICIPALITIES, participants, List.of(), targets);

            List<TargetResult> results = p.targetResults();

            assertThat(results).hasSize(targets.size());
            for (int i = 0; i < targets.size(); i++) {
                assertThat(results.get(i)).as("target %s of %s", targets.get(i), participants).isEqualTo(naive(p, targets.get(i)));
            }
        });
    }

    private static Participant participant(SplittableRandom r) {
        LocalDate start = ProjectFollowUpTest.START.plusDays(r.nextInt(700));
        Situation before = SITUATIONS[r.nextInt(SITUATIONS.length)];
        if (r.nextInt(5) == 0) {
            return Participant.ongoing(start, Gender.WOMAN, ProjectFollowUpTest.BAND, id("koping"), before);
        }
        // Ends around month boundaries, where "within n months" turns.
        LocalDate end = start.plusMonths(r.nextInt(30)).plusDays(r.nextInt(5) - 3);
        end = end.isBefore(start) ? start : end;
        return Participant.finished(start, end, r.nextBoolean() ? ExitReason.COMPLETED : ExitReason.DISCONTINUED,
                Gender.MAN, ProjectFollowUpTest.BAND, id("koping"), before, SITUATIONS[r.nextInt(SITUATIONS.length)]);
    }

    private static Target target(SplittableRandom r) {
        TargetMeasure measure = TargetMeasure.values()[r.nextInt(TargetMeasure.values().length)];
        Integer within = measure.isShare() && r.nextBoolean() ? 1 + r.nextInt(r.nextBoolean() ? 30 : Target.MAX_MONTHS) : null;
        return Target.of(measure, BigDecimal.valueOf(r.nextInt(101)), within);
    }

    /** The definition, target by target: a pass over the participants for each. */
    private static TargetResult naive(ProjectFollowUp p, Target t) {
        if (!t.measure().isShare()) {
            long started = p.started();
            return new TargetResult(t, started, 0, BigDecimal.valueOf(started).compareTo(t.atLeast()) >= 0
                    ? TargetResult.Status.MET : TargetResult.Status.NOT_MET);
        }
        Predicate<Participant> criterion = switch (t.measure()) {
            case COMPLETION_RATE -> Participant::hasCompleted;
            case IN_WORK_OR_STUDIES_AFTER -> Participant::isInWorkOrStudiesAfter;
            case CLOSER_TO_WORK -> Participant::isCloserToWork;
            case PARTICIPANTS -> throw new AssertionError();
        };
        long base = 0;
        long count = 0;
        for (Participant q : p.participants()) {
            if (q.isFinished()) {
                base++;
                if (criterion.test(q) && t.withinMonths().map(q::finishedWithinMonths).orElse(true)) {
                    count++;
                }
            }
        }
        Optional<Fraction> share = Share.of(count, base).value();
        TargetResult.Status status = share.map(v -> v.multipliedBy(Fraction.of(100, 1)).compareTo(Fraction.from(t.atLeast())) >= 0
                ? TargetResult.Status.MET : TargetResult.Status.NOT_MET).orElse(TargetResult.Status.NOT_MEASURABLE);
        return new TargetResult(t, count, base, status);
    }
}
