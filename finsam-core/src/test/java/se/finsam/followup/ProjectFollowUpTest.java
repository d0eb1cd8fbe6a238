package se.finsam.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static se.finsam.testing.Samples.id;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.finsam.population.AgeBand;
import se.finsam.indicator.DisplayRounding;
import se.finsam.member.Member;
import se.finsam.member.MemberKind;
import se.finsam.money.Fraction;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.ViolationCodes;
import se.finsam.testing.Raises;

class ProjectFollowUpTest {

    static final LocalDate START = LocalDate.of(2010, 9, 1);
    static final AgeBand BAND = AgeBand.parse("30-49");
    static final List<Member> MUNICIPALITIES = List.of(
            Member.of(id("koping"), MemberKind.MUNICIPALITY, "Köping", "1983"),
            Member.of(id("arboga"), MemberKind.MUNICIPALITY, "Arboga", "1984"),
            Member.of(id("kungsor"), MemberKind.MUNICIPALITY, "Kungsör", "1960"));
    static final Situation SICK = Situation.of(Occupation.OTHER, SupportSource.SICKNESS_AND_REHABILITATION_BENEFIT);
    static final Situation ASSISTED = Situation.of(Occupation.OTHER, SupportSource.FINANCIAL_ASSISTANCE);
    static final Situation WORKING = Situation.of(Occupation.WORK, SupportSource.WORK);
    static final Situation SEEKING = Situation.of(Occupation.JOB_SEEKING, SupportSource.UNEMPLOYMENT_BENEFIT);

    static Participant finished(int startDay, int days, ExitReason exit, String municipality, Situation before, Situation after) {
        LocalDate start = START.plusDays(startDay);
        return Participant.finished(start, start.plusDays(days - 1L), exit, Gender.WOMAN, BAND, id(municipality), before, after);
    }

    static ProjectFollowUp project(List<Participant> participants, List<AnonymousParticipants> anonymous, List<Target> targets) {
        return new ProjectFollowUp("Kvinnocoacher för arbetsåtergång", Optional.empty(), START,
                Optional.of(LocalDate.of(2011, 12, 31)), MUNICIPALITIES, participants, anonymous, targets);
    }

    @Test
    void twentySevenOfThirtyOneCompleting_isACompletionRateOf87point1Percent() {
        // The Norra Västmanland newsletter (autumn 2011): "27 (av 31) deltagare kommer att fullfölja
        // projektet". 27/31 = 0.870967… → 87.1 %.
        List<Participant> participants = new ArrayList<>();
        for (int i = 0; i < 31; i++) {
            participants.add(finished(i, 120, i < 27 ? ExitReason.COMPLETED : ExitReason.DISCONTINUED, "arboga", SICK,
                    i < 10 ? WORKING : SICK));
        }
        ProjectFollowUp p = project(participants, List.of(), List.of(Target.of(TargetMeasure.COMPLETION_RATE, new BigDecimal("80"), null),
                Target.of(TargetMeasure.COMPLETION_RATE, new BigDecimal("87.2"), null)));

        assertThat(p.started()).isEqualTo(31);
        assertThat(p.finished()).isEqualTo(31);
        assertThat(p.completed()).isEqualTo(Share.of(27, 31));
        assertThat(DisplayRounding.percent(p.completed().value().orElseThrow())).isEqualByComparingTo("87.1");
        assertThat(p.inWorkOrStudiesAfter()).isEqualTo(Share.of(10, 31));
        // 87.0967… % reaches 80 but not 87.2, although both round to "87.1" and "87.2": judged exactly.
        assertThat(p.targetResults()).extracting(TargetResult::status)
                .containsExactly(TargetResult.Status.MET, TargetResult.Status.NOT_MET);
    }

    @Test
    void closerToWorkWithinAYear_countsOnlyThoseWhoGotThereInTwelveMonths() {
        // Target (the Norra Västmanland newsletter, SAM Västerås): at least half closer to work within a year.
        // Four finished: two closer within 12 months (one from assistance to work, one from sick leave to job
        // seeking), one closer but after 400 days, one not closer. Within a year: 2 of 4 = 50 % → met.
        // Regardless of time: 3 of 4. One more participant is still in the project and not judged yet.
        List<Participant> participants = List.of(
                finished(0, 200, ExitReason.COMPLETED, "koping", ASSISTED, WORKING),
                finished(1, 365, ExitReason.COMPLETED, "koping", SICK, SEEKING),
                finished(2, 400, ExitReason.COMPLETED, "arboga", SICK, WORKING),
                finished(3, 100, ExitReason.DISCONTINUED, "kungsor", SEEKING, SICK),
                Participant.ongoing(START.plusDays(30), Gender.MAN, BAND, id("koping"), SICK));
        ProjectFollowUp p = project(participants, List.of(),
                List.of(Target.of(TargetMeasure.CLOSER_TO_WORK, new BigDecimal("50"), 12),
                        Target.of(TargetMeasure.PARTICIPANTS, new BigDecimal("70"), null)));

        assertThat(p.closerToWork()).isEqualTo(Share.of(3, 4));
        List<TargetResult> results = p.targetResults();
        assertThat(results.get(0).count()).isEqualTo(2);
        assertThat(results.get(0).base()).isEqualTo(4);
        assertThat(results.get(0).status()).isEqualTo(TargetResult.Status.MET);
        assertThat(results.get(1).count()).isEqualTo(5);
        assertThat(results.get(1).status()).isEqualTo(TargetResult.Status.NOT_MET);
        assertThat(p.onPublicSupport(false)).isEqualTo(Share.of(4, 4));
        assertThat(p.onPublicSupport(true)).isEqualTo(Share.of(2, 4));
    }

    @Test
    void shareTarget_withNobodyFinished_isNotMeasurable() {
        ProjectFollowUp p = project(List.of(Participant.ongoing(START, Gender.MAN, BAND, id("koping"), SICK)), List.of(),
                List.of(Target.of(TargetMeasure.IN_WORK_OR_STUDIES_AFTER, new BigDecimal("30"), null)));

        assertThat(p.targetResults()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(TargetResult.Status.NOT_MEASURABLE);
            assertThat(r.share()).isEmpty();
        });
        assertThat(p.timeInProject()).isEmpty();
    }

    @Test
    void timeInProject_ofFinishedParticipants_hasMeanMedianShortestAndLongest() {
        // Days 10, 20, 40 and 50: mean 120 / 4 = 30, median (20 + 40) / 2 = 30, shortest 10, longest 50.
        // With 10, 20 and 40 only: mean 70 / 3 ≈ 23.3, median 20.
        List<Participant> four = List.of(finished(0, 40, ExitReason.COMPLETED, "koping", SICK, SICK),
                finished(0, 10, ExitReason.COMPLETED, "koping", SICK, SICK),
                finished(0, 50, ExitReason.COMPLETED, "koping", SICK, SICK),
                finished(0, 20, ExitReason.COMPLETED, "koping", SICK, SICK));

        TimeInProject t = project(four, List.of(), List.of()).timeInProject().orElseThrow();
        TimeInProject three = project(four.subList(0, 2).stream().collect(java.util.stream.Collectors.toList()), List.of(), List.of())
                .timeInProject().orElseThrow();
        TimeInProject odd = project(List.of(four.get(0), four.get(1), four.get(3)), List.of(), List.of()).timeInProject().orElseThrow();

        assertThat(t).isEqualTo(new TimeInProject(4, Fraction.of(30, 1), Fraction.of(30, 1), 10, 50));
        assertThat(three.medianDays()).isEqualTo(Fraction.of(25, 1));
        assertThat(odd.meanDays()).isEqualTo(Fraction.of(70, 3));
        assertThat(odd.medianDays()).isEqualTo(Fraction.of(20, 1));
        assertThat(DisplayRounding.days(odd.meanDays())).isEqualByComparingTo("23.3");
    }

    @Test
    void byGender_countsAnonymousParticipants_byMunicipality_doesNot() {
        List<Participant> participants = List.of(finished(0, 10, ExitReason.COMPLETED, "koping", SICK, SICK),
                Participant.ongoing(START, Gender.MAN, BAND, id("arboga"), SICK));
        ProjectFollowUp p = project(participants, List.of(AnonymousParticipants.of(2011, Gender.MAN, 2)), List.of());

        assertThat(p.started()).isEqualTo(4);
        assertThat(p.byGender().count(Gender.MAN)).isEqualTo(3);
        assertThat(p.byGender().percent(Gender.WOMAN)).isEqualByComparingTo("25.0");
        assertThat(p.byMunicipality().total()).isEqualTo(2);
        assertThat(p.byMunicipality().percent(id("kungsor"))).isEqualByComparingTo("0.0");
    }

    @Test
    @Raises({ViolationCodes.PERIOD_END_BEFORE_START})
    void participantFinishingBeforeStarting_isRejectedWithItsPath() {
        FinsamValidationException e = catchThrowableOfType(FinsamValidationException.class, () -> Participant.finished(
                LocalDate.of(2011, 3, 4), LocalDate.of(2011, 3, 3), ExitReason.COMPLETED, Gender.WOMAN, BAND, id("koping"),
                SICK, WORKING));

        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("/end");
            assertThat(v.code()).isEqualTo(ViolationCodes.PERIOD_END_BEFORE_START);
            assertThat(v.message()).contains("2011-03-03", "2011-03-04");
        });
    }

    @Test
    @Raises({ViolationCodes.PARTICIPANT_OUTCOME_MISSING, ViolationCodes.PARTICIPANT_OUTCOME_WITHOUT_END})
    void outcomeWithoutEnd_andEndWithoutOutcome_areRejected() {
        FinsamValidationException noEnd = catchThrowableOfType(FinsamValidationException.class, () -> new Participant(START,
                Optional.empty(), Optional.of(ExitReason.COMPLETED), Gender.MAN, BAND, id("koping"), SICK, Optional.of(WORKING)));
        FinsamValidationException noOutcome = catchThrowableOfType(FinsamValidationException.class, () -> new Participant(START,
                Optional.of(START), Optional.empty(), Gender.MAN, BAND, id("koping"), SICK, Optional.empty()));

        assertThat(noEnd.violations()).extracting(v -> v.path() + " " + v.code()).containsExactly(
                "/exit " + ViolationCodes.PARTICIPANT_OUTCOME_WITHOUT_END, "/after " + ViolationCodes.PARTICIPANT_OUTCOME_WITHOUT_END);
        assertThat(noOutcome.violations()).extracting(v -> v.path() + " " + v.code()).containsExactly(
                "/exit " + ViolationCodes.PARTICIPANT_OUTCOME_MISSING, "/after " + ViolationCodes.PARTICIPANT_OUTCOME_MISSING);
    }

    @Test
    @Raises({ViolationCodes.MUNICIPALITY_UNKNOWN, ViolationCodes.PARTICIPANT_OUTSIDE_PROJECT})
    void unknownMunicipality_andParticipantsOutsideTheProject_areAllReported() {
        List<Participant> participants = List.of(
                finished(0, 10, ExitReason.COMPLETED, "vasteras", SICK, SICK),
                Participant.ongoing(START.minusDays(1), Gender.MAN, BAND, id("koping"), SICK),
                finished(400, 200, ExitReason.COMPLETED, "koping", SICK, SICK));

        FinsamValidationException e = catchThrowableOfType(FinsamValidationException.class,
                () -> project(participants, List.of(AnonymousParticipants.of(2009, Gender.MAN, 1)), List.of()));

        assertThat(e.violations()).extracting(v -> v.path() + " " + v.code()).containsExactly(
                "/participants/0/municipality " + ViolationCodes.MUNICIPALITY_UNKNOWN,
                "/participants/1/start " + ViolationCodes.PARTICIPANT_OUTSIDE_PROJECT,
                "/participants/2/end " + ViolationCodes.PARTICIPANT_OUTSIDE_PROJECT,
                "/anonymous/0/year " + ViolationCodes.PARTICIPANT_OUTSIDE_PROJECT);
        assertThat(e.violations().get(0).message()).contains("'vasteras'");
    }

    @Test
    @Raises({ViolationCodes.TARGET_INVALID})
    void invalidTargets_areRejected() {
        FinsamValidationException percent = catchThrowableOfType(FinsamValidationException.class,
                () -> Target.of(TargetMeasure.COMPLETION_RATE, new BigDecimal("120"), null));
        FinsamValidationException count = catchThrowableOfType(FinsamValidationException.class,
                () -> Target.of(TargetMeasure.PARTICIPANTS, new BigDecimal("70.5"), 12));

        assertThat(percent.violations()).extracting(v -> v.path() + " " + v.code())
                .containsExactly("/atLeast " + ViolationCodes.TARGET_INVALID);
        assertThat(count.violations()).extracting(v -> v.path() + " " + v.code())
                .containsExactly("/atLeast " + ViolationCodes.TARGET_INVALID, "/withinMonths " + ViolationCodes.TARGET_INVALID);
    }

    @Test
    void aProjectEndingBeforeItStarts_isReported_withoutEveryParticipantOutsideIt() {
        FinsamValidationException e = catchThrowableOfType(FinsamValidationException.class,
                () -> new ProjectFollowUp("Vägen in", Optional.empty(), START, Optional.of(START.minusYears(1)), MUNICIPALITIES,
                        List.of(finished(0, 10, ExitReason.COMPLETED, "koping", SICK, WORKING)),
                        List.of(AnonymousParticipants.of(2011, Gender.MAN, 1)), List.of()));

        assertThat(e.violations()).extracting(v -> v.path() + " " + v.code())
                .containsExactly("/end " + ViolationCodes.PERIOD_END_BEFORE_START);
    }

    @Test
    void check_withoutTheStart_reportsAnUnknownMunicipality_butNoParticipantOutsideTheProject() {
        List<ProjectFollowUp.PartialParticipant> participants = List.of(
                new ProjectFollowUp.PartialParticipant(START.minusYears(5), Optional.empty(), id("vasteras")),
                new ProjectFollowUp.PartialParticipant(null, null, null));

        var result = ProjectFollowUp.check(" ", null, null, Optional.empty(), List.of(id("koping")), participants,
                java.util.Arrays.asList(1900, null));

        assertThat(result.violations()).extracting(v -> v.path() + " " + v.code()).containsExactly(
                "/name " + ViolationCodes.TEXT_INVALID, "/participants/0/municipality " + ViolationCodes.MUNICIPALITY_UNKNOWN);
    }

    @Test
    void check_withAMunicipalityOfUnknownId_reportsNoParticipantsMunicipalityUnknown() {
        List<ProjectFollowUp.PartialParticipant> participants = List.of(
                new ProjectFollowUp.PartialParticipant(START.minusDays(1), Optional.empty(), id("vasteras")));

        var result = ProjectFollowUp.check("Vägen in", Optional.empty(), START, Optional.empty(),
                java.util.Arrays.asList(id("koping"), null), participants, List.of(2009));

        assertThat(result.violations()).extracting(v -> v.path() + " " + v.code()).containsExactly(
                "/participants/0/start " + ViolationCodes.PARTICIPANT_OUTSIDE_PROJECT,
                "/anonymous/0/year " + ViolationCodes.PARTICIPANT_OUTSIDE_PROJECT);
    }

    @Test
    void participantCheck_countsAnEndThatCouldNotBeRead_asGiven() {
        // The end was given but could not be read: the participant has finished, so the exit reason is missing,
        // and the exit that could not be read is not reported as given without an end.
        var unreadableEnd = Participant.check(START, null, Optional.empty(), Optional.of(WORKING));
        var unreadableExit = Participant.check(START, Optional.empty(), null, Optional.empty());

        assertThat(unreadableEnd.violations()).extracting(v -> v.path() + " " + v.code())
                .containsExactly("/exit " + ViolationCodes.PARTICIPANT_OUTCOME_MISSING);
        assertThat(unreadableExit.violations()).extracting(v -> v.path() + " " + v.code())
                .containsExactly("/exit " + ViolationCodes.PARTICIPANT_OUTCOME_WITHOUT_END);
    }

    @Test
    void targetCheck_withoutTheMeasure_checksOnlyTheTimeLimitsRange() {
        var unknownMeasure = Target.check(null, new BigDecimal("150"), Optional.of(0), Optional.empty());
        var count = Target.check(TargetMeasure.PARTICIPANTS, null, Optional.of(12), null);

        assertThat(unknownMeasure.violations()).extracting(v -> v.path() + " " + v.code())
                .containsExactly("/withinMonths " + ViolationCodes.TARGET_INVALID);
        assertThat(count.violations()).extracting(v -> v.path() + " " + v.code())
                .containsExactly("/withinMonths " + ViolationCodes.TARGET_INVALID);
        assertThat(AnonymousParticipants.check(null, 0).violations()).extracting(v -> v.path())
                .containsExactly("/count");
    }

    @Test
    void thresholdsReachedExactly_areMet_andOneMoreIsNot() {
        // Two of four closer to work within 12 months is exactly 50 %; five started is exactly 5.
        List<Participant> participants = List.of(
                finished(0, 365, ExitReason.COMPLETED, "koping", SICK, WORKING),
                finished(1, 366, ExitReason.COMPLETED, "koping", SICK, WORKING),
                finished(2, 30, ExitReason.COMPLETED, "arboga", ASSISTED, SEEKING),
                finished(3, 30, ExitReason.DISCONTINUED, "kungsor", SEEKING, SICK));
        ProjectFollowUp p = project(participants, List.of(AnonymousParticipants.of(2011, Gender.MAN, 1)), List.of(
                Target.of(TargetMeasure.CLOSER_TO_WORK, new BigDecimal("50"), 12),
                Target.of(TargetMeasure.CLOSER_TO_WORK, new BigDecimal("50.0000000001"), 12),
                Target.of(TargetMeasure.CLOSER_TO_WORK, new BigDecimal("75"), 13),
                Target.of(TargetMeasure.CLOSER_TO_WORK, new BigDecimal("25"), 1),
                Target.of(TargetMeasure.COMPLETION_RATE, new BigDecimal("75"), null),
                Target.of(TargetMeasure.IN_WORK_OR_STUDIES_AFTER, new BigDecimal("50"), 600),
                Target.of(TargetMeasure.PARTICIPANTS, new BigDecimal("5"), null),
                Target.of(TargetMeasure.PARTICIPANTS, new BigDecimal("6"), null)));

        assertThat(p.targetResults()).extracting(r -> r.count() + "/" + r.base() + " " + r.status()).containsExactly(
                "2/4 MET", "2/4 NOT_MET", "3/4 MET", "1/4 MET", "3/4 MET", "2/4 MET", "5/0 MET", "5/0 NOT_MET");
        assertThat(p.targetResults().get(0).share()).contains(Fraction.of(1, 2));
        assertThat(p.targetResults().get(6).share()).isEmpty();
        assertThat(p.anonymousCount()).isEqualTo(1);
    }

    @Test
    void participantsAndAnonymousYears_onTheProjectsFirstAndLastDay_areInside() {
        LocalDate end = LocalDate.of(2011, 12, 31);
        List<Participant> inside = List.of(
                Participant.finished(START, end, ExitReason.COMPLETED, Gender.MAN, BAND, id("koping"), SICK, WORKING),
                Participant.ongoing(end, Gender.MAN, BAND, id("koping"), SICK));

        ProjectFollowUp p = project(inside, List.of(AnonymousParticipants.of(2010, Gender.MAN, 1),
                AnonymousParticipants.of(2011, Gender.WOMAN, 1)), List.of());

        assertThat(p.started()).isEqualTo(4);
        FinsamValidationException e = catchThrowableOfType(FinsamValidationException.class, () -> project(List.of(
                Participant.ongoing(end.plusDays(1), Gender.MAN, BAND, id("koping"), SICK)),
                List.of(AnonymousParticipants.of(2012, Gender.MAN, 1)), List.of()));
        assertThat(e.violations()).extracting(v -> v.path() + " " + v.message()).containsExactly(
                "/participants/0/start Participant 0 starts 2012-01-01, outside the project " + p.period(),
                "/anonymous/0/year Anonymous participants of 2012 fall outside the project " + p.period());
        var openEnded = ProjectFollowUp.check("P", Optional.empty(), START, Optional.empty(), List.of(id("koping")), List.of(
                new ProjectFollowUp.PartialParticipant(START.plusYears(9), Optional.of(START.plusYears(10)), id("koping"))),
                List.of(2200));
        assertThat(openEnded.isValid()).isTrue();
    }

    @Test
    @Raises({ViolationCodes.MUNICIPALITY_NONE, ViolationCodes.MUNICIPALITY_DUPLICATE})
    void municipalities_areAtLeastOne_eachDeclaredOnce_andMunicipalitiesOnly() {
        var none = ProjectFollowUp.check("P", Optional.empty(), START, Optional.empty(), List.of(), List.of(), List.of());
        assertThat(none.violations()).extracting(v -> v.path() + " " + v.code() + " " + v.message()).containsExactly(
                "/municipalities municipality.none A project needs at least one municipality its participants come from");
        var twice = ProjectFollowUp.check("P", Optional.empty(), START, Optional.empty(),
                List.of(id("koping"), id("arboga"), id("koping")), List.of(), List.of());
        assertThat(twice.violations()).extracting(v -> v.path() + " " + v.code() + " " + v.message()).containsExactly(
                "/municipalities/2/id municipality.duplicate Municipality 'koping' is declared twice, at 0 and 2");

        List<Member> withRegion = List.of(MUNICIPALITIES.get(0), Member.of(id("region"), MemberKind.REGION, "Region Västmanland"));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> new ProjectFollowUp("P",
                Optional.empty(), START, Optional.empty(), withRegion, List.of(), List.of(), List.of()))
                .withMessage("Member 'region' is REGION, not a municipality");
    }

    @Test
    void municipalityNames_equality_andText() {
        ProjectFollowUp p = project(List.of(finished(0, 10, ExitReason.COMPLETED, "koping", SICK, SICK)), List.of(), List.of());
        ProjectFollowUp same = project(List.of(finished(0, 10, ExitReason.COMPLETED, "koping", SICK, SICK)), List.of(), List.of());

        assertThat(p.municipalityName(id("arboga"))).isEqualTo("Arboga");
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> p.municipalityName(id("sala")))
                .withMessage("No municipality 'sala' in project 'Kvinnocoacher för arbetsåtergång'");
        se.finsam.testing.EqualityGroups.create()
                .addGroup(p, same)
                .addGroup(project(List.of(), List.of(), List.of()))
                .addGroup(project(List.of(), List.of(AnonymousParticipants.of(2011, Gender.MAN, 1)), List.of()))
                .addGroup(project(List.of(), List.of(), List.of(Target.of(TargetMeasure.PARTICIPANTS, BigDecimal.ONE, null))))
                .addGroup(new ProjectFollowUp("Annat", Optional.empty(), START, Optional.of(LocalDate.of(2011, 12, 31)),
                        MUNICIPALITIES, List.of(), List.of(), List.of()))
                .addGroup(new ProjectFollowUp("Annat", Optional.of("Not"), START, Optional.of(LocalDate.of(2011, 12, 31)),
                        MUNICIPALITIES, List.of(), List.of(), List.of()))
                .addGroup(new ProjectFollowUp("Annat", Optional.empty(), START, Optional.empty(),
                        MUNICIPALITIES, List.of(), List.of(), List.of()))
                .addGroup(new ProjectFollowUp("Annat", Optional.empty(), START, Optional.empty(),
                        MUNICIPALITIES.subList(0, 1), List.of(), List.of(), List.of()))
                .test();
        assertThat(p.toString()).startsWith("ProjectFollowUp[name=Kvinnocoacher för arbetsåtergång, note=Optional.empty, period=")
                .contains("municipalities=[", "participants=[", "anonymous=[], targets=[]]");
        assertThat(p.name()).isEqualTo("Kvinnocoacher för arbetsåtergång");
        assertThat(p.note()).isEmpty();
        ProjectFollowUp full = new ProjectFollowUp("P", Optional.of("Not"), START, Optional.empty(), MUNICIPALITIES, List.of(),
                List.of(AnonymousParticipants.of(2011, Gender.MAN, 1)), List.of(Target.of(TargetMeasure.PARTICIPANTS, BigDecimal.ONE, null)));
        assertThat(full.note()).contains("Not");
        assertThat(full.anonymous()).containsExactly(AnonymousParticipants.of(2011, Gender.MAN, 1));
        assertThat(full.targets()).containsExactly(Target.of(TargetMeasure.PARTICIPANTS, BigDecimal.ONE, null));
        assertThat(p.start()).isEqualTo(START);
        assertThat(p.end()).contains(LocalDate.of(2011, 12, 31));
        assertThat(p.municipalities()).hasSize(3);
        assertThat(p.participants()).hasSize(1);
        assertThat(p.anonymous()).isEmpty();
        assertThat(p.targets()).isEmpty();
    }

    @Test
    void check_readsTheNote_andAParticipantFinishingBeforeStartingIsQuotedExactly() {
        var note = ProjectFollowUp.check("P", Optional.of(" "), START, Optional.empty(), List.of(id("koping")), List.of(), List.of());
        assertThat(note.violations()).extracting(v -> v.path() + " " + v.code()).containsExactly("/note " + ViolationCodes.TEXT_INVALID);

        FinsamValidationException e = catchThrowableOfType(FinsamValidationException.class, () -> Participant.finished(
                LocalDate.of(2011, 3, 4), LocalDate.of(2011, 3, 3), ExitReason.COMPLETED, Gender.WOMAN, BAND, id("koping"),
                Situation.of(Occupation.WORK, SupportSource.WORK), WORKING));
        assertThat(e.violations()).extracting(v -> v.message())
                .containsExactly("Participant finishes 2011-03-03, before starting 2011-03-04");
        assertThat(Situation.of(Occupation.WORK, SupportSource.WORK).support()).isEqualTo(SupportSource.WORK);
    }
}
