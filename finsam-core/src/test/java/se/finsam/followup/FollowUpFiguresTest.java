package se.finsam.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.finsam.testing.Samples.id;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.finsam.indicator.DisplayRounding;
import se.finsam.member.Member;
import se.finsam.member.MemberId;
import se.finsam.member.MemberKind;
import se.finsam.money.Fraction;

class FollowUpFiguresTest {

    private static final List<Member> MUNICIPALITIES = ProjectFollowUpTest.MUNICIPALITIES;

    private static FollowUpFigures.Builder tally(ProjectFollowUp p) {
        FollowUpFigures.Builder tally = FollowUpFigures.builder().declare(p.municipalities());
        p.participants().forEach(tally::add);
        p.anonymous().forEach(tally::add);
        return tally;
    }

    @Test
    void kvinnocoacher_throughTheTally_has27Of31Completing_87point1Percent() {
        // Published (the Norra Västmanland newsletter, autumn 2011): 27 of 31 participants completing.
        ProjectFollowUp p = FollowUpExamples.kvinnocoacher();

        FollowUpFigures figures = tally(p).build(p.targets());

        assertThat(figures.started()).isEqualTo(31);
        assertThat(figures.completed()).isEqualTo(Share.of(27, 31));
        assertThat(DisplayRounding.percent(figures.completed().value().orElseThrow())).isEqualByComparingTo("87.1");
        assertThat(figures.targetResults()).extracting(TargetResult::status).first().isEqualTo(TargetResult.Status.MET);
        assertThat(figures).isEqualTo(p.figures());
    }

    @Test
    void vagenIn_throughTheTally_has49Participants_split59point2_28point6_12point2() {
        // Published (the same newsletter): 49 participants over Köping, Arboga and Kungsör; the example's split
        // 29, 14 and 6 prints as 59.2 %, 28.6 % and 12.2 %; two into work from financial assistance.
        ProjectFollowUp p = FollowUpExamples.vagenIn();

        FollowUpFigures figures = tally(p).build(p.targets());

        assertThat(figures.started()).isEqualTo(49);
        assertThat(figures.byMunicipality().groups()).containsExactly(id("koping"), id("arboga"), id("kungsor"));
        assertThat(figures.byMunicipality().groups()).extracting(m -> figures.byMunicipality().percent(m).toPlainString())
                .containsExactly("59.2", "28.6", "12.2");
        assertThat(figures.municipalityName(id("kungsor"))).isEqualTo("Kungsör");
        assertThat(p.participants().stream().filter(q -> q.before().equals(ProjectFollowUpTest.ASSISTED)
                && q.after().filter(a -> a.occupation() == Occupation.WORK).isPresent())).hasSize(2);
        // The rest as the finsam-json golden report of the example has it.
        assertThat(figures.inWorkOrStudiesAfter()).isEqualTo(Share.of(5, 36));
        assertThat(figures.closerToWork()).isEqualTo(Share.of(23, 36));
        assertThat(figures.onPublicSupport(false)).isEqualTo(Share.of(36, 36));
        assertThat(figures.onPublicSupport(true)).isEqualTo(Share.of(31, 36));
        assertThat(figures.byGender().count(Gender.WOMAN)).isEqualTo(26);
        TimeInProject time = figures.timeInProject().orElseThrow();
        assertThat(time.medianDays()).isEqualTo(Fraction.of(112, 1));
        assertThat(List.of(time.shortestDays(), time.longestDays())).containsExactly(27L, 119L);
        assertThat(figures.targetResults()).extracting(TargetResult::status).containsExactly(TargetResult.Status.MET,
                TargetResult.Status.NOT_MET, TargetResult.Status.MET);
        assertThat(figures).isEqualTo(p.figures());
    }

    @Test
    void nobodyCounted_hasNoTimeInProject_andShareTargetsNotMeasurable() {
        Target within = Target.of(TargetMeasure.CLOSER_TO_WORK, new BigDecimal("50"), 12);
        Target count = Target.of(TargetMeasure.PARTICIPANTS, BigDecimal.ZERO, null);

        FollowUpFigures figures = FollowUpFigures.builder().declare(MUNICIPALITIES).build(List.of(within, count));

        assertThat(figures.started()).isZero();
        assertThat(figures.timeInProject()).isEmpty();
        assertThat(figures.byMunicipality().total()).isZero();
        assertThat(figures.targetResults()).extracting(TargetResult::status)
                .containsExactly(TargetResult.Status.NOT_MEASURABLE, TargetResult.Status.MET);
        assertThat(figures).isEqualTo(ProjectFollowUpTest.project(List.of(), List.of(), List.of(within, count)).figures());
    }

    @Test
    void aTargetWithATimeLimit_thatNobodyMeets_countsNone() {
        Participant discontinued = ProjectFollowUpTest.finished(0, 30, ExitReason.DISCONTINUED, "koping",
                ProjectFollowUpTest.SICK, ProjectFollowUpTest.SICK);
        Target target = Target.of(TargetMeasure.COMPLETION_RATE, new BigDecimal("50"), 6);

        FollowUpFigures figures = FollowUpFigures.builder().declare(MUNICIPALITIES).add(discontinued).build(List.of(target));

        assertThat(figures.targetResults()).singleElement().isEqualTo(new TargetResult(target, 0, 1, TargetResult.Status.NOT_MET));
    }

    @Test
    void mergingItself_countsEverythingTwice_andBuildingLeavesTheTallyCounting() {
        ProjectFollowUp p = FollowUpExamples.vagenIn();
        List<Participant> twice = new ArrayList<>(p.participants());
        twice.addAll(p.participants());
        AnonymousParticipants three = AnonymousParticipants.of(2011, Gender.MAN, 3);
        FollowUpFigures.Builder tally = tally(p).add(three);
        tally.build(p.targets());

        tally.merge(tally);

        assertThat(tally.build(p.targets())).isEqualTo(new ProjectFollowUp(p.name(), p.note(), p.period(), p.municipalities(),
                twice, List.of(three, three), p.targets()).figures());
    }

    @Test
    void municipalities_mustBeMunicipalities_declaredAlike_andDeclaredByTheBuild() {
        Member region = Member.of(MemberId.of("region"), MemberKind.REGION, "Region Västmanland");
        Member renamed = Member.of(id("koping"), MemberKind.MUNICIPALITY, "Köpings kommun", "1983");
        Participant fromSala = Participant.ongoing(ProjectFollowUpTest.START, Gender.MAN, ProjectFollowUpTest.BAND, id("sala"),
                ProjectFollowUpTest.SICK);

        assertThatIllegalArgumentException().isThrownBy(() -> FollowUpFigures.builder().declare(List.of(region)))
                .withMessage("Member 'region' is REGION, not a municipality");
        assertThatIllegalArgumentException().isThrownBy(() -> FollowUpFigures.builder().declare(MUNICIPALITIES)
                .merge(FollowUpFigures.builder().declare(List.of(renamed))))
                .withMessageStartingWith("Municipality 'koping' is declared as Member[id=koping");
        assertThatIllegalArgumentException().isThrownBy(() -> FollowUpFigures.builder().declare(MUNICIPALITIES).add(fromSala)
                .build(List.of())).withMessageContaining("'sala'");
        assertThat(FollowUpFigures.builder().declare(MUNICIPALITIES).declare(MUNICIPALITIES.subList(1, 2)).build(List.of())
                .municipalities()).isEqualTo(MUNICIPALITIES);
    }

    @Test
    void figuresThatDisagree_areRejected_quotingTheValues() {
        FollowUpFigures valid = FollowUpExamples.vagenIn().figures();
        Share share = valid.completed();
        Distribution<Gender> genders = valid.byGender();
        Distribution<MemberId> places = valid.byMunicipality();
        List<Member> municipalities = valid.municipalities();
        Optional<TimeInProject> time = valid.timeInProject();
        List<TargetResult> results = valid.targetResults();
        Share other = Share.of(1, 35);
        Target count = Target.of(TargetMeasure.PARTICIPANTS, BigDecimal.ONE, null);
        Target closer = Target.of(TargetMeasure.CLOSER_TO_WORK, BigDecimal.ONE, null);

        assertThat(new FollowUpFigures(49, 49, 0, 36, share, share, share, share, share, genders, municipalities, places,
                time, results)).isNotNull();
        assertThatIllegalArgumentException().isThrownBy(() -> new FollowUpFigures(50, 49, 0, 36, share, share, share, share,
                share, genders, municipalities, places, time, results))
                .withMessage("Counts must be started = registered + anonymous, finished <= registered, none negative; were 50, 49, 0, 36");
        for (long[] counts : new long[][] {{49, -1, 50, 0}, {49, 50, -1, 0}, {49, 49, 0, -1}, {49, 49, 0, 50}}) {
            assertThatIllegalArgumentException().isThrownBy(() -> new FollowUpFigures(counts[0], counts[1], counts[2], counts[3],
                    share, share, share, share, share, genders, municipalities, places, time, results));
        }
        for (int i = 0; i < 5; i++) {
            Share[] shares = {share, share, share, share, share};
            shares[i] = other;
            assertThatIllegalArgumentException().isThrownBy(() -> new FollowUpFigures(49, 49, 0, 36, shares[0], shares[1],
                    shares[2], shares[3], shares[4], genders, municipalities, places, time, results))
                    .withMessage("A share must be of the 36 finished, was Share[count=1, base=35]");
        }
        Distribution<Gender> womenOnly = Distribution.compute(List.of(Gender.WOMAN), java.util.Map.of(Gender.WOMAN, 49L));
        Distribution<Gender> fewer = Distribution.compute(List.of(Gender.values()), java.util.Map.of(Gender.WOMAN, 48L));
        for (Distribution<Gender> wrong : List.of(womenOnly, fewer)) {
            assertThatIllegalArgumentException().isThrownBy(() -> new FollowUpFigures(49, 49, 0, 36, share, share, share, share,
                    share, wrong, municipalities, places, time, results)).withMessageStartingWith("By gender must count the 49 started");
        }
        Member region = Member.of(MemberId.of("region"), MemberKind.REGION, "Region Västmanland");
        assertThatIllegalArgumentException().isThrownBy(() -> new FollowUpFigures(49, 49, 0, 36, share, share, share, share,
                share, genders, List.of(region), places, time, results)).withMessage("Member 'region' is REGION, not a municipality");
        Distribution<MemberId> fewerPlaces = Distribution.compute(places.groups(), java.util.Map.of(id("koping"), 1L));
        for (List<Member> wrongOrder : List.of(municipalities.subList(0, 2), municipalities)) {
            Distribution<MemberId> wrong = wrongOrder.size() == 2 ? places : fewerPlaces;
            assertThatIllegalArgumentException().isThrownBy(() -> new FollowUpFigures(49, 49, 0, 36, share, share, share,
                    share, share, genders, wrongOrder, wrong, time, results)).withMessageStartingWith("By municipality must count the 49");
        }
        assertThatIllegalArgumentException().isThrownBy(() -> new FollowUpFigures(49, 49, 0, 36, share, share, share, share,
                share, genders, municipalities, places, Optional.empty(), results))
                .withMessage("The time in the project must count the 36 finished, was Optional.empty");
        for (TargetResult wrong : List.of(new TargetResult(count, 48, 0, TargetResult.Status.MET),
                new TargetResult(closer, 1, 35, TargetResult.Status.MET), new TargetResult(closer, 37, 36, TargetResult.Status.MET))) {
            assertThatIllegalArgumentException().isThrownBy(() -> new FollowUpFigures(49, 49, 0, 36, share, share, share,
                    share, share, genders, municipalities, places, time, List.of(wrong)))
                    .withMessageStartingWith("A target's result must be of the 36 finished, or count the 49 started, was");
        }
        assertThatThrownBy(() -> valid.municipalityName(id("sala"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("No municipality 'sala' among [Member[id=koping");
    }
}
