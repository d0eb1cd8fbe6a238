package se.finsam.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.testing.Samples.id;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import se.finsam.member.Member;
import se.finsam.member.MemberKind;
import se.finsam.population.AgeBand;
import se.finsam.testing.Generators;
import se.finsam.testing.Property;

/**
 * The tally computes exactly what {@link ProjectFollowUp} computes: participants fed one at a time in any
 * order, or tallied in parts and merged in any order, give {@link ProjectFollowUp#figures()}.
 */
class FollowUpFiguresProperties {

    private static final List<Member> POOL = List.of(
            Member.of(id("koping"), MemberKind.MUNICIPALITY, "Köping", "1983"),
            Member.of(id("arboga"), MemberKind.MUNICIPALITY, "Arboga", "1984"),
            Member.of(id("kungsor"), MemberKind.MUNICIPALITY, "Kungsör", "1960"),
            Member.of(id("fagersta"), MemberKind.MUNICIPALITY, "Fagersta", "1982"),
            Member.of(id("norberg"), MemberKind.MUNICIPALITY, "Norberg", "1962"),
            Member.of(id("skinnskatteberg"), MemberKind.MUNICIPALITY, "Skinnskatteberg", "1904"),
            Member.of(id("sala"), MemberKind.MUNICIPALITY, "Sala", "1981"));
    private static final Situation[] SITUATIONS = {ProjectFollowUpTest.SICK, ProjectFollowUpTest.ASSISTED,
            ProjectFollowUpTest.WORKING, ProjectFollowUpTest.SEEKING,
            Situation.of(Occupation.STUDIES, SupportSource.STUDIES),
            Situation.of(Occupation.OTHER, SupportSource.SICKNESS_AND_ACTIVITY_COMPENSATION)};
    private static final List<AgeBand> BANDS = List.of(AgeBand.parse("16-29"), AgeBand.parse("30-49"), AgeBand.parse("50-64"));

    @Test
    void participantsFedShuffled_giveTheProjectsFigures() {
        Property.forAll("tally of a shuffled project", 300, r -> {
            ProjectFollowUp p = project(r, true);
            List<Consumer<FollowUpFigures.Builder>> entries = entries(p);
            Generators.shuffle(r, entries);
            // The municipalities are declared wherever the reader meets them: before, among or after the participants.
            entries.add(r.nextInt(entries.size() + 1), b -> b.declare(p.municipalities()));
            FollowUpFigures.Builder tally = FollowUpFigures.builder();
            entries.forEach(e -> e.accept(tally));

            assertThat(tally.build(p.targets())).as("%s", p).isEqualTo(p.figures());
        });
    }

    @Test
    void partsTalliedAndMergedInAnyOrder_giveTheProjectsFigures() {
        Property.forAll("tally of a project in merged parts", 300, r -> {
            ProjectFollowUp p = project(r, true);
            List<Consumer<FollowUpFigures.Builder>> entries = entries(p);
            Generators.shuffle(r, entries);
            List<FollowUpFigures.Builder> parts = new ArrayList<>();
            int count = 1 + r.nextInt(5);
            for (int i = 0; i < count; i++) {
                parts.add(FollowUpFigures.builder());
            }
            parts.get(r.nextInt(count)).declare(p.municipalities());
            entries.forEach(e -> e.accept(parts.get(r.nextInt(count))));
            // Merged in random order, sometimes into a tally that has counted some itself.
            Generators.shuffle(r, parts);
            FollowUpFigures.Builder whole = r.nextBoolean() ? FollowUpFigures.builder() : parts.remove(0);
            parts.forEach(whole::merge);

            assertThat(whole.build(p.targets())).as("%s", p).isEqualTo(p.figures());
        });
    }

    @Test
    void projectsMerged_giveTheFiguresOfOneProjectHoldingAllTheirParticipants() {
        Property.forAll("tally of several projects", 200, r -> {
            int n = 1 + r.nextInt(4);
            List<ProjectFollowUp> projects = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                projects.add(project(r, false));
            }
            FollowUpFigures.Builder total = FollowUpFigures.builder();
            Map<se.finsam.member.MemberId, Member> union = new LinkedHashMap<>();
            List<Participant> participants = new ArrayList<>();
            List<AnonymousParticipants> anonymous = new ArrayList<>();
            LocalDate start = LocalDate.MAX;
            Optional<LocalDate> end = Optional.of(LocalDate.MIN);
            for (ProjectFollowUp p : projects) {
                FollowUpFigures.Builder tally = FollowUpFigures.builder().declare(p.municipalities());
                entries(p).forEach(e -> e.accept(tally));
                total.merge(tally);
                p.municipalities().forEach(m -> union.putIfAbsent(m.id(), m));
                participants.addAll(p.participants());
                anonymous.addAll(p.anonymous());
                start = start.isAfter(p.start()) ? p.start() : start;
                end = end.isEmpty() || p.end().isEmpty() ? Optional.empty()
                        : Optional.of(end.get().isBefore(p.end().get()) ? p.end().get() : end.get());
            }
            ProjectFollowUp all = new ProjectFollowUp("Alla", Optional.empty(), start, end, List.copyOf(union.values()),
                    participants, anonymous, List.of());

            assertThat(total.build(List.of())).as("%s", projects).isEqualTo(all.figures());
        });
    }

    /** Each participant and entry of anonymous participants of a project, as something to add to a tally. */
    private static List<Consumer<FollowUpFigures.Builder>> entries(ProjectFollowUp p) {
        List<Consumer<FollowUpFigures.Builder>> entries = new ArrayList<>();
        p.participants().forEach(q -> entries.add(b -> b.add(q)));
        p.anonymous().forEach(a -> entries.add(b -> b.add(a)));
        return entries;
    }

    /** A project of one to five municipalities, some years or decades long, whose participants end near month boundaries. */
    static ProjectFollowUp project(SplittableRandom r, boolean withTargets) {
        List<Member> pool = new ArrayList<>(POOL);
        Generators.shuffle(r, pool);
        List<Member> municipalities = pool.subList(0, 1 + r.nextInt(5));
        LocalDate start = LocalDate.of(2000 + r.nextInt(20), 1 + r.nextInt(12), 1).plusDays(r.nextInt(31));
        int days = switch (r.nextInt(3)) {
            case 0 -> 30 + r.nextInt(400);
            case 1 -> 400 + r.nextInt(3000);
            default -> 3000 + r.nextInt(20_000);
        };
        Optional<LocalDate> end = r.nextInt(4) == 0 ? Optional.empty() : Optional.of(start.plusDays(days));
        LocalDate last = start.plusDays(days);
        List<Participant> participants = new ArrayList<>();
        int n = r.nextInt(60);
        for (int i = 0; i < n; i++) {
            participants.add(participant(r, start, last, municipalities));
        }
        List<AnonymousParticipants> anonymous = new ArrayList<>();
        int entries = r.nextInt(3) == 0 ? 0 : r.nextInt(5);
        for (int i = 0; i < entries; i++) {
            int year = start.getYear() + r.nextInt(last.getYear() - start.getYear() + 1);
            int count = r.nextInt(10) == 0 ? 1 + r.nextInt(AnonymousParticipants.MAX_COUNT) : 1 + r.nextInt(20);
            anonymous.add(AnonymousParticipants.of(year, r.nextBoolean() ? Gender.WOMAN : Gender.MAN, count));
        }
        List<Target> targets = new ArrayList<>();
        int t = withTargets ? r.nextInt(7) : 0;
        for (int i = 0; i < t; i++) {
            targets.add(target(r));
        }
        return new ProjectFollowUp("Projekt", Optional.empty(), start, end, municipalities, participants, anonymous, targets);
    }

    private static Participant participant(SplittableRandom r, LocalDate first, LocalDate last, List<Member> municipalities) {
        long span = last.toEpochDay() - first.toEpochDay();
        LocalDate start = first.plusDays(r.nextLong(span + 1));
        Gender gender = r.nextBoolean() ? Gender.WOMAN : Gender.MAN;
        AgeBand band = BANDS.get(r.nextInt(BANDS.size()));
        Member municipality = municipalities.get(r.nextInt(municipalities.size()));
        Situation before = SITUATIONS[r.nextInt(SITUATIONS.length)];
        if (r.nextInt(5) == 0) {
            return Participant.ongoing(start, gender, band, municipality.id(), before);
        }
        // Ends around month boundaries, where "within n months" turns; now and then decades later.
        int months = r.nextInt(4) == 0 ? r.nextInt(Target.MAX_MONTHS + 12) : r.nextInt(30);
        LocalDate end = start.plusMonths(months).plusDays(r.nextInt(5) - 3);
        end = end.isBefore(start) ? start : end.isAfter(last) ? last : end;
        return Participant.finished(start, end, r.nextBoolean() ? ExitReason.COMPLETED : ExitReason.DISCONTINUED, gender,
                band, municipality.id(), before, SITUATIONS[r.nextInt(SITUATIONS.length)]);
    }

    private static Target target(SplittableRandom r) {
        TargetMeasure measure = TargetMeasure.values()[r.nextInt(TargetMeasure.values().length)];
        Integer within = null;
        if (measure.isShare() && r.nextBoolean()) {
            within = switch (r.nextInt(3)) {
                case 0 -> 1 + r.nextInt(30);
                case 1 -> 1 + r.nextInt(Target.MAX_MONTHS);
                default -> Target.MAX_MONTHS;
            };
        }
        return Target.of(measure, BigDecimal.valueOf(measure.isShare() ? r.nextInt(101) : r.nextInt(100)), within);
    }
}
