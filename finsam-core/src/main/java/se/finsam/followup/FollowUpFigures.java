package se.finsam.followup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import se.finsam.member.Member;
import se.finsam.member.MemberId;
import se.finsam.member.MemberKind;
import se.finsam.money.Fraction;

/**
 * Every figure of a participant follow-up, without the participants: what {@link ProjectFollowUp}
 * computes of one project, or the same measures of several projects together (an association, a county,
 * a nation).
 *
 * <p>The figures are {@link ProjectFollowUp}'s own: participants started (registered and anonymous),
 * registered, anonymous and finished; five shares of the finished participants (completed, in work or
 * studies after, closer to work, on public support before and after); all participants by gender and the
 * registered by municipality, as {@link Distribution}s; the time in the project of the finished; and, for
 * a project, each target's result. Aggregates have no targets (targets belong to projects).
 *
 * <p>A {@link Builder} computes them from participants one at a time, holding counts instead of
 * participants, so that a reader can stream a million of them through it; {@link ProjectFollowUp#figures()}
 * gives the same figures from a project that holds its participants.
 *
 * <pre>{@code
 * FollowUpFigures figures = FollowUpFigures.builder().declare(project.municipalities())
 *         .add(participant).add(AnonymousParticipants.of(2011, Gender.WOMAN, 3))
 *         .build(project.targets());
 * figures.started();      // 4
 * figures.completed();    // Share[count=1, base=1] if the participant finished, completing
 * }</pre>
 *
 * <p>Rules ({@link IllegalArgumentException}, quoting the values): no count negative; {@code started =
 * registered + anonymous}; {@code finished ≤ registered}; each share is a share of the finished; the genders
 * sum to the started and the municipalities, which are of kind {@code MUNICIPALITY} and are the groups of
 * {@code byMunicipality} in order, to the registered; the time in the project counts exactly the finished,
 * and is empty when nobody has finished; a share target's result is a share of the finished, a count
 * target's count is the started. So {@code new FollowUpFigures(5, 3, 2, 2, ...)} is valid with shares of 2,
 * and {@code new FollowUpFigures(5, 3, 1, ...)} is not (3 + 1 is not 5).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param started how many took part: registered and anonymous participants
 * @param registered how many registered participants there were
 * @param anonymous how many anonymous participants there were
 * @param finished how many registered participants have left the project
 * @param completed the finished who completed the intervention, of all finished
 * @param inWorkOrStudiesAfter the finished in work or studies after, of all finished
 * @param closerToWork the finished closer to work after than before, of all finished
 * @param onPublicSupportBefore the finished whose main support before was a public benefit, of all finished
 * @param onPublicSupportAfter the finished whose main support after was a public benefit, of all finished
 * @param byGender all participants, registered and anonymous, by gender, women first
 * @param municipalities the municipalities the participants come from, in order (first declared first)
 * @param byMunicipality the registered participants by home municipality, in the order of the municipalities
 * @param timeInProject how long the finished participants were in the project; empty when nobody has finished
 * @param targetResults each target with its result, in the order of the targets; empty for an aggregate
 */
public record FollowUpFigures(long started, long registered, long anonymous, long finished, Share completed,
        Share inWorkOrStudiesAfter, Share closerToWork, Share onPublicSupportBefore, Share onPublicSupportAfter,
        Distribution<Gender> byGender, List<Member> municipalities, Distribution<MemberId> byMunicipality,
        Optional<TimeInProject> timeInProject, List<TargetResult> targetResults) {

    /** The genders in the order of {@link ProjectFollowUp#byGender()}. */
    private static final List<Gender> GENDERS = List.of(Gender.values());

    /**
     * Validates that the figures agree with each other (see the class description).
     *
     * @param started how many took part: registered and anonymous participants
     * @param registered how many registered participants there were
     * @param anonymous how many anonymous participants there were
     * @param finished how many registered participants have left the project
     * @param completed the finished who completed the intervention, of all finished
     * @param inWorkOrStudiesAfter the finished in work or studies after, of all finished
     * @param closerToWork the finished closer to work after than before, of all finished
     * @param onPublicSupportBefore the finished whose main support before was a public benefit, of all finished
     * @param onPublicSupportAfter the finished whose main support after was a public benefit, of all finished
     * @param byGender all participants, registered and anonymous, by gender, women first
     * @param municipalities the municipalities the participants come from, in order
     * @param byMunicipality the registered participants by home municipality, in the order of the municipalities
     * @param timeInProject how long the finished participants were in the project; empty when nobody has finished
     * @param targetResults each target with its result, in the order of the targets; empty for an aggregate
     * @throws NullPointerException if a component or element is null
     * @throws IllegalArgumentException if the figures disagree (see the class description)
     */
    public FollowUpFigures {
        Objects.requireNonNull(completed, "completed");
        Objects.requireNonNull(inWorkOrStudiesAfter, "inWorkOrStudiesAfter");
        Objects.requireNonNull(closerToWork, "closerToWork");
        Objects.requireNonNull(onPublicSupportBefore, "onPublicSupportBefore");
        Objects.requireNonNull(onPublicSupportAfter, "onPublicSupportAfter");
        Objects.requireNonNull(byGender, "byGender");
        municipalities = List.copyOf(Objects.requireNonNull(municipalities, "municipalities"));
        Objects.requireNonNull(byMunicipality, "byMunicipality");
        Objects.requireNonNull(timeInProject, "timeInProject");
        targetResults = List.copyOf(Objects.requireNonNull(targetResults, "targetResults"));
        checkCounts(started, registered, anonymous, finished);
        for (Share share : List.of(completed, inWorkOrStudiesAfter, closerToWork, onPublicSupportBefore, onPublicSupportAfter)) {
            require(share.base() == finished, "A share must be of the " + finished + " finished, was " + share);
        }
        require(byGender.groups().equals(GENDERS) && byGender.total() == started, "By gender must count the " + started
                + " started over " + GENDERS + ", was " + byGender);
        List<MemberId> ids = new ArrayList<>(municipalities.size());
        for (Member m : municipalities) {
            require(m.kind() == MemberKind.MUNICIPALITY, "Member '" + m.id() + "' is " + m.kind() + ", not a municipality");
            ids.add(m.id());
        }
        require(byMunicipality.groups().equals(ids) && byMunicipality.total() == registered, "By municipality must count"
                + " the " + registered + " registered over " + ids + ", was " + byMunicipality);
        require(timeInProject.map(TimeInProject::participants).orElse(0L) == finished, "The time in the project must"
                + " count the " + finished + " finished, was " + timeInProject);
        for (TargetResult r : targetResults) {
            require(r.target().measure().isShare() ? r.base() == finished && r.count() <= finished : r.count() == started,
                    "A target's result must be of the " + finished + " finished, or count the " + started + " started,"
                    + " was " + r);
        }
    }

    private static void checkCounts(long started, long registered, long anonymous, long finished) {
        require(registered >= 0 && anonymous >= 0 && finished >= 0 && finished <= registered
                && started - registered == anonymous, "Counts must be started = registered + anonymous, finished"
                + " <= registered, none negative; were " + started + ", " + registered + ", " + anonymous + ", " + finished);
    }

    private static void require(boolean rule, String message) {
        if (!rule) {
            throw new IllegalArgumentException(message);
        }
    }

    /**
     * Returns the finished participants whose main support before, or after, was a public benefit, of all
     * finished (as {@link ProjectFollowUp#onPublicSupport(boolean)}).
     *
     * @param after false for the situation before the project, true for after
     * @return {@link #onPublicSupportAfter()} or {@link #onPublicSupportBefore()}
     */
    public Share onPublicSupport(boolean after) {
        return after ? onPublicSupportAfter : onPublicSupportBefore;
    }

    /**
     * Returns a municipality's name.
     *
     * @param id the municipality
     * @return its name
     * @throws IllegalArgumentException if it is not one of the {@link #municipalities()}
     */
    public String municipalityName(MemberId id) {
        return municipalities.stream().filter(m -> m.id().equals(id)).findFirst().map(Member::name)
                .orElseThrow(() -> new IllegalArgumentException("No municipality '" + id + "' among " + municipalities));
    }

    /**
     * Obtains an empty builder: the tally that computes the figures from participants one at a time.
     *
     * @return a builder with nothing counted and no municipality declared
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The tally behind {@link FollowUpFigures}: counts participants one at a time, in any order, and
     * computes exactly the figures {@link ProjectFollowUp} computes of the same participants, without
     * keeping them. Tallies of parts {@link #merge(Builder) merge} into the tally of the whole, in any order.
     *
     * <pre>{@code
     * FollowUpFigures.Builder project = FollowUpFigures.builder().declare(municipalities);
     * participants.forEach(project::add);                     // any order, one at a time
     * FollowUpFigures figures = project.build(targets);       // equal to the project's figures()
     * FollowUpFigures.Builder county = FollowUpFigures.builder().merge(project).merge(another);
     * FollowUpFigures total = county.build(List.of());        // aggregates have no targets
     * }</pre>
     *
     * <p>What it holds does not grow with the participants: the counts (longs, overflow checked), a count
     * per gender and per municipality, the sum of the days in the project and a count per distinct number of
     * days (so the median is the sorted list's; at most as many as the days the longest participation
     * spans), and, per share measure, a count per number of months within which participants met it (for
     * targets with a time limit, from 1 to {@link Target#MAX_MONTHS}).
     *
     * <p>This class is mutable and not thread-safe: use one builder per thread and merge them.
     */
    public static final class Builder {

        /** The share measures a target can name, in {@link TargetMeasure} order. */
        private static final List<TargetMeasure> SHARE_MEASURES = Arrays.stream(TargetMeasure.values())
                .filter(TargetMeasure::isShare).toList();

        private final Map<MemberId, Member> declared = new LinkedHashMap<>();
        private final Map<MemberId, long[]> byMunicipality = new LinkedHashMap<>();
        private final Map<Gender, Long> byGender = new EnumMap<>(Gender.class);
        /** Completed, in work or studies after, closer to work, on public support before and after. */
        private final long[] shares = new long[5];
        /** Finished participants by their days in the project, sorted by days. */
        private final TreeMap<Long, long[]> days = new TreeMap<>();
        /** Per share measure, at index n the finished participants meeting it who finished within n months and not n - 1. */
        private final Map<TargetMeasure, long[]> metWithin = new EnumMap<>(TargetMeasure.class);
        private long registered;
        private long anonymous;
        private long finished;
        private long sumOfDays;

        private Builder() {
        }

        /**
         * Declares the municipalities participants may come from, after those declared before: the order of
         * {@link FollowUpFigures#byMunicipality()}. Declaring the same municipality again changes nothing.
         *
         * @param municipalities the municipalities, in order (kind {@code MUNICIPALITY})
         * @return this builder
         * @throws NullPointerException if the list or an element is null
         * @throws IllegalArgumentException if a member is not a municipality, or one already declared differs
         *     (e.g. in name)
         */
        public Builder declare(List<Member> municipalities) {
            for (Member m : List.copyOf(Objects.requireNonNull(municipalities, "municipalities"))) {
                require(m.kind() == MemberKind.MUNICIPALITY, "Member '" + m.id() + "' is " + m.kind() + ", not a municipality");
                Member earlier = declared.putIfAbsent(m.id(), m);
                require(earlier == null || earlier.equals(m), "Municipality '" + m.id() + "' is declared as " + earlier
                        + " and as " + m);
            }
            return this;
        }

        /**
         * Counts a registered participant.
         *
         * @param participant the participant; its municipality must be declared by the time of {@link #build}
         * @return this builder
         * @throws NullPointerException if the participant is null
         * @throws ArithmeticException if a count would pass {@link Long#MAX_VALUE}
         */
        public Builder add(Participant participant) {
            Objects.requireNonNull(participant, "participant");
            registered = Math.addExact(registered, 1);
            byGender.merge(participant.gender(), 1L, Math::addExact);
            byMunicipality.computeIfAbsent(participant.municipality(), id -> new long[1])[0]++;
            if (participant.isFinished()) {
                addFinished(participant);
            }
            return this;
        }

        /** The measures of a finished participant: its shares, its days and when it met each share measure. */
        private void addFinished(Participant p) {
            finished++;
            count(0, p.hasCompleted());
            count(1, p.isInWorkOrStudiesAfter());
            count(2, p.isCloserToWork());
            count(3, ProjectFollowUp.isOnPublicSupport(p, false));
            count(4, ProjectFollowUp.isOnPublicSupport(p, true));
            long d = p.daysInProject().orElseThrow();
            sumOfDays = Math.addExact(sumOfDays, d);
            days.computeIfAbsent(d, k -> new long[1])[0]++;
            int months = 0;
            for (TargetMeasure measure : SHARE_MEASURES) {
                if (ProjectFollowUp.criterion(measure).test(p)) {
                    months = months > 0 ? months : ProjectFollowUp.monthsToFinish(p, Target.MAX_MONTHS);
                    monthsOf(measure)[months]++;
                }
            }
        }

        private void count(int share, boolean met) {
            if (met) {
                shares[share]++;
            }
        }

        private long[] monthsOf(TargetMeasure measure) {
            return metWithin.computeIfAbsent(measure, m -> new long[Target.MAX_MONTHS + 2]);
        }

        /**
         * Counts an entry of anonymous participants (they have a gender, no municipality and no dates, so
         * they are never finished).
         *
         * @param entry the entry
         * @return this builder
         * @throws NullPointerException if the entry is null
         * @throws ArithmeticException if a count would pass {@link Long#MAX_VALUE}
         */
        public Builder add(AnonymousParticipants entry) {
            Objects.requireNonNull(entry, "entry");
            anonymous = Math.addExact(anonymous, entry.count());
            byGender.merge(entry.gender(), (long) entry.count(), Math::addExact);
            return this;
        }

        /**
         * Adds everything another builder has counted and declared, as if its participants had been added
         * here: its municipalities are declared after this one's. The other builder is not changed.
         *
         * @param other the other builder; may be this one, which then counts everything twice
         * @return this builder
         * @throws NullPointerException if the other builder is null
         * @throws IllegalArgumentException if a municipality is declared differently in the two
         * @throws ArithmeticException if a count would pass {@link Long#MAX_VALUE}
         */
        public Builder merge(Builder other) {
            Objects.requireNonNull(other, "other");
            declare(List.copyOf(other.declared.values()));
            registered = Math.addExact(registered, other.registered);
            anonymous = Math.addExact(anonymous, other.anonymous);
            finished = Math.addExact(finished, other.finished);
            sumOfDays = Math.addExact(sumOfDays, other.sumOfDays);
            Map.copyOf(other.byGender).forEach((g, n) -> byGender.merge(g, n, Math::addExact));
            addInto(shares, other.shares);
            Map.copyOf(other.byMunicipality).forEach((id, n) -> addInto(byMunicipality.computeIfAbsent(id, k -> new long[1]), n));
            Map.copyOf(other.days).forEach((d, n) -> addInto(days.computeIfAbsent(d, k -> new long[1]), n));
            Map.copyOf(other.metWithin).forEach((measure, n) -> addInto(monthsOf(measure), n));
            return this;
        }

        private static void addInto(long[] sums, long[] more) {
            long[] added = more.clone();
            for (int i = 0; i < sums.length; i++) {
                sums[i] = Math.addExact(sums[i], added[i]);
            }
        }

        /**
         * Computes the figures of everything counted: for a project, with its targets' results; for an
         * aggregate, with no targets. The builder can go on counting afterwards.
         *
         * @param targets the project's targets, in order; empty for an aggregate
         * @return the figures, equal to {@link ProjectFollowUp#figures()} of a project with the declared
         *     municipalities, the counted participants and these targets
         * @throws NullPointerException if the list or an element is null
         * @throws IllegalArgumentException if a participant's municipality was never declared
         */
        public FollowUpFigures build(List<Target> targets) {
            List<Target> goals = List.copyOf(Objects.requireNonNull(targets, "targets"));
            long started = Math.addExact(registered, anonymous);
            List<Member> municipalities = List.copyOf(declared.values());
            List<TargetResult> results = new ArrayList<>(goals.size());
            for (Target t : goals) {
                results.add(ProjectFollowUp.judge(t, started, t.measure().isShare() ? share(t) : Share.of(0, 0)));
            }
            return new FollowUpFigures(started, registered, anonymous, finished, share(0), share(1), share(2), share(3),
                    share(4), Distribution.compute(GENDERS, byGender), municipalities,
                    Distribution.compute(municipalities.stream().map(Member::id).toList(), municipalityCounts()),
                    timeInProject(), results);
        }

        private Share share(int share) {
            return Share.of(shares[share], finished);
        }

        /** A share target's result: its measure's count, within its months if it has a time limit. */
        private Share share(Target t) {
            if (t.withinMonths().isEmpty()) {
                return share(SHARE_MEASURES.indexOf(t.measure())); // the first three shares are the measures, in order
            }
            long[] months = metWithin.get(t.measure());
            if (months == null) {
                return Share.of(0, finished);
            }
            long met = 0;
            for (int n = 1; n <= t.withinMonths().get(); n++) {
                met += months[n];
            }
            return Share.of(met, finished);
        }

        private Map<MemberId, Long> municipalityCounts() {
            Map<MemberId, Long> counts = new LinkedHashMap<>();
            byMunicipality.forEach((id, n) -> counts.put(id, n[0]));
            return counts;
        }

        /** Mean, median (the mean of the two middle values for an even count), shortest and longest, as from the sorted days. */
        private Optional<TimeInProject> timeInProject() {
            if (finished == 0) {
                return Optional.empty();
            }
            long lower = dayAt((finished - 1) / 2);
            long upper = dayAt(finished / 2);
            Fraction median = finished % 2 == 1 ? Fraction.of(upper, 1) : Fraction.of(Math.addExact(lower, upper), 2);
            return Optional.of(new TimeInProject(finished, Fraction.of(sumOfDays, finished), median, days.firstKey(),
                    days.lastKey()));
        }

        /** The days at a rank (from 0) of the finished participants sorted by days. */
        private long dayAt(long rank) {
            long below = 0;
            long day = 0;
            for (Map.Entry<Long, long[]> e : days.entrySet()) {
                day = e.getKey();
                below += e.getValue()[0];
                if (rank < below) {
                    break;
                }
            }
            return day;
        }
    }
}
