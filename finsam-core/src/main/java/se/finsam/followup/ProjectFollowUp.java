package se.finsam.followup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import se.finsam.member.Member;
import se.finsam.member.MemberId;
import se.finsam.member.MemberKind;
import se.finsam.money.Fraction;
import se.finsam.period.DatePeriod;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.TextRules;
import se.finsam.validation.ValidationResult;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

/**
 * The participant follow-up (SUS) of one project: its participants and targets, and the results
 * computed from them.
 *
 * <p>The results:
 * <ul>
 *   <li>{@link #started()}: every participant, registered and anonymous; {@link #finished()}: registered
 *       participants with an end date; anonymous participants carry no dates and are never finished;</li>
 *   <li>{@link #completed()}, {@link #inWorkOrStudiesAfter()}, {@link #closerToWork()}: shares of the
 *       finished participants (27 of 31 completing is 87.1 %);</li>
 *   <li>{@link #byMunicipality()} over the registered participants (anonymous ones have no municipality)
 *       and {@link #byGender()} over all: percentages summing to exactly 100.0;</li>
 *   <li>{@link #timeInProject()} of the finished participants; {@link #targetResults()}: each target,
 *       met or not.</li>
 * </ul>
 *
 * <p>Rules, all checked at once, paths as in the document format: the name and note ({@link TextRules});
 * {@code /end} not before {@code /start} ({@link ViolationCodes#PERIOD_END_BEFORE_START}); at least one
 * municipality, none twice ({@link ViolationCodes#MUNICIPALITY_NONE}, {@link ViolationCodes#MUNICIPALITY_DUPLICATE});
 * each participant's municipality declared ({@link ViolationCodes#MUNICIPALITY_UNKNOWN} at
 * {@code /participants/I/municipality}); participants start and end within the project
 * ({@link ViolationCodes#PARTICIPANT_OUTSIDE_PROJECT} at {@code /participants/I/start} or {@code /end},
 * {@code /anonymous/I/year}; only when the project's own period is valid, since a project that ends
 * before it starts has no "within").
 *
 * <p>The distributions, the time in the project and the target results are computed once, together, when
 * one of them is first asked for, and then held. Two follow-ups are equal when their parts are.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProjectFollowUp {

    private final String name;
    private final Optional<String> note;
    private final DatePeriod period;
    private final List<Member> municipalities;
    private final List<Participant> participants;
    private final List<AnonymousParticipants> anonymous;
    private final List<Target> targets;
    /** Computed when first asked for; a race computes equal results, and the first one set is kept. */
    private final AtomicReference<Results> results = new AtomicReference<>();

    /** What is computed of the participants, once. */
    private record Results(Distribution<MemberId> byMunicipality, Distribution<Gender> byGender,
            Optional<TimeInProject> timeInProject, List<TargetResult> targetResults) {
    }

    /**
     * Validates the follow-up; reports every problem at once.
     *
     * @param name the project's name
     * @param note a note for people, e.g. which data are published and which illustrative
     * @param period the project's first and last day; with an open end while the last is not decided
     * @param municipalities the municipalities the participants come from, in order (kind {@code MUNICIPALITY})
     * @param participants the registered participants
     * @param anonymous the anonymous participants, by year and gender
     * @param targets the project's result goals
     * @throws NullPointerException if a component or element is null
     * @throws IllegalArgumentException if a municipality is not of kind {@code MUNICIPALITY}
     * @throws FinsamValidationException if a rule is broken (see the class description)
     */
    public ProjectFollowUp(String name, Optional<String> note, DatePeriod period, List<Member> municipalities,
            List<Participant> participants, List<AnonymousParticipants> anonymous, List<Target> targets) {
        this.name = Objects.requireNonNull(name, "name");
        this.note = Objects.requireNonNull(note, "note");
        this.period = Objects.requireNonNull(period, "period");
        this.municipalities = List.copyOf(Objects.requireNonNull(municipalities, "municipalities"));
        this.participants = List.copyOf(Objects.requireNonNull(participants, "participants"));
        this.anonymous = List.copyOf(Objects.requireNonNull(anonymous, "anonymous"));
        this.targets = List.copyOf(Objects.requireNonNull(targets, "targets"));
        checkWhole(name, note, period.start(), period.end(), this.municipalities, this.participants, this.anonymous);
    }

    /**
     * Validates a follow-up given the project's first and last day; reports every problem at once.
     *
     * @param name the project's name
     * @param note a note for people, e.g. which data are published and which illustrative
     * @param start the project's first day
     * @param end the project's last day, if decided
     * @param municipalities the municipalities the participants come from, in order (kind {@code MUNICIPALITY})
     * @param participants the registered participants
     * @param anonymous the anonymous participants, by year and gender
     * @param targets the project's result goals
     * @throws NullPointerException if a component or element is null
     * @throws IllegalArgumentException if a municipality is not of kind {@code MUNICIPALITY}
     * @throws FinsamValidationException if a rule is broken (see the class description)
     */
    public ProjectFollowUp(String name, Optional<String> note, LocalDate start, Optional<LocalDate> end,
            List<Member> municipalities, List<Participant> participants, List<AnonymousParticipants> anonymous,
            List<Target> targets) {
        this(name, note, period(start, end, () -> checkWhole(name, note, start, end, List.copyOf(municipalities),
                List.copyOf(participants), List.copyOf(anonymous))), municipalities, participants, anonymous, targets);
    }

    /**
     * The project's period built from its days; an end before the start is reported with every other
     * problem of the follow-up, as the canonical constructor reports them.
     */
    private static DatePeriod period(LocalDate start, Optional<LocalDate> end, Runnable checkWhole) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (DatePeriod.isEndBeforeStart(start, end)) {
            checkWhole.run();
        }
        return DatePeriod.of(start, end);
    }

    /** Checks a whole follow-up, throwing if a rule is broken. */
    private static void checkWhole(String name, Optional<String> note, LocalDate start, Optional<LocalDate> end,
            List<Member> municipalities, List<Participant> participants, List<AnonymousParticipants> anonymous) {
        List<MemberId> ids = new ArrayList<>(municipalities.size());
        for (Member m : municipalities) {
            if (m.kind() != MemberKind.MUNICIPALITY) {
                throw new IllegalArgumentException("Member '" + m.id() + "' is " + m.kind() + ", not a municipality");
            }
            ids.add(m.id());
        }
        List<PartialParticipant> known = new ArrayList<>(participants.size());
        participants.forEach(p -> known.add(PartialParticipant.of(p)));
        List<Integer> years = new ArrayList<>(anonymous.size());
        anonymous.forEach(a -> years.add(a.year()));
        check(name, note, start, end, ids, known, years).throwIfInvalid("project follow-up");
    }

    /**
     * What the project's rules need of a participant while a document is read: its dates and home
     * municipality, any of which may be unknown (null) because the document's value could not be read.
     *
     * @param start the first day in the project, or null if unknown
     * @param end the last day; empty while still in the project, null if given but unknown
     * @param municipality the home municipality, or null if unknown
     */
    @SuppressWarnings("NullableOptional") // end: empty while in the project, null if given but unreadable
    public record PartialParticipant(@Nullable LocalDate start, @Nullable Optional<LocalDate> end,
            @Nullable MemberId municipality) {

        /**
         * Obtains everything the project's rules need of a participant.
         *
         * @param participant the participant
         * @return the partial participant, with nothing unknown
         */
        public static PartialParticipant of(Participant participant) {
            return new PartialParticipant(participant.start(), participant.end(), participant.municipality());
        }
    }

    /**
     * Checks the rules of a follow-up (see the class description) without throwing, on what is known of
     * it: a reader that reports every fault of a document at once passes {@code null} for a part it could
     * not read (and has reported), and the rules that need that part are skipped. With a municipality of
     * unknown id, no participant's municipality is reported unknown (it could be that one); without the
     * project's start, or with an end before it, no participant is reported outside the project.
     *
     * <pre>{@code
     * ProjectFollowUp.check("Vägen in", Optional.empty(), null, Optional.empty(), List.of(koping),
     *         List.of(new PartialParticipant(null, null, kungsor)), List.of());
     *         // /participants/0/municipality municipality.unknown; no date is checked without the start
     * }</pre>
     *
     * @param name the project's name, or null if unknown
     * @param note the note; empty if not given, null if given but unknown
     * @param start the project's first day, or null if unknown
     * @param end the project's last day; empty if not decided, null if given but unknown
     * @param municipalities the municipalities' ids in order, null where unknown; null if the list is unknown
     * @param participants what is known of each registered participant, in order; null if unknown
     * @param anonymousYears the year of each entry of anonymous participants, null where unknown; null if unknown
     * @return every violation, located as in the document format
     */
    @SuppressWarnings("NullableOptional") // empty if not given, null if given but unreadable (see above)
    public static ValidationResult check(@Nullable String name, @Nullable Optional<String> note, @Nullable LocalDate start,
            @Nullable Optional<LocalDate> end, @Nullable List<@Nullable MemberId> municipalities,
            @Nullable List<PartialParticipant> participants, @Nullable List<@Nullable Integer> anonymousYears) {
        List<Violation> violations = new ArrayList<>();
        if (name != null) {
            TextRules.checkName("/name", name, violations);
        }
        if (note != null) {
            TextRules.checkNote("/note", note, violations);
        }
        boolean periodKnown = start != null && end != null;
        if (start != null && end != null && DatePeriod.isEndBeforeStart(start, end)) {
            violations.add(Violation.of("/end", ViolationCodes.PERIOD_END_BEFORE_START, "Project ends " + end.get()
                    + ", before it starts " + start));
            periodKnown = false;
        }
        Set<MemberId> ids = municipalities == null ? null : checkMunicipalities(municipalities, violations);
        DatePeriod period = periodKnown && start != null && end != null ? DatePeriod.of(start, end) : null;
        if (participants != null) {
            for (int i = 0; i < participants.size(); i++) {
                checkParticipant(i, participants.get(i), ids, period, violations);
            }
        }
        if (anonymousYears != null && period != null) {
            for (int i = 0; i < anonymousYears.size(); i++) {
                Integer year = anonymousYears.get(i);
                if (year != null) {
                    checkAnonymousYear(i, year, period, violations);
                }
            }
        }
        return ValidationResult.of(violations);
    }

    /**
     * Checks the rules of {@link #check} for one registered participant, for a reader that streams the
     * participants instead of holding them: its municipality is declared, and it starts and finishes within
     * the project. {@code check} calls this for each participant, so both give the same violations.
     *
     * @param index the participant's index in the document
     * @param participant what is known of the participant
     * @param municipalities the ids of the project's municipalities; null when one of them, or the list, is
     *     unknown (no participant's municipality is then reported unknown)
     * @param period the project's period; null when unknown or ending before it starts (no date is then checked)
     * @param violations receives every violation, located as in the document format
     */
    public static void checkParticipant(int index, PartialParticipant participant, @Nullable Set<MemberId> municipalities,
            @Nullable DatePeriod period, List<Violation> violations) {
        PartialParticipant p = Objects.requireNonNull(participant, "participant");
        if (p.municipality() != null && municipalities != null && !municipalities.contains(p.municipality())) {
            violations.add(Violation.of(Violation.pointer("participants", index, "municipality"), ViolationCodes.MUNICIPALITY_UNKNOWN,
                    "Participant " + index + " comes from '" + p.municipality() + "', which is not among the project's municipalities"));
        }
        if (period == null) {
            return;
        }
        LocalDate last = period.end().orElse(LocalDate.MAX);
        if (p.start() != null && (p.start().isBefore(period.start()) || p.start().isAfter(last))) {
            violations.add(Violation.of(Violation.pointer("participants", index, "start"), ViolationCodes.PARTICIPANT_OUTSIDE_PROJECT,
                    "Participant " + index + " starts " + p.start() + ", outside the project " + period));
        }
        if (p.end() != null && p.end().isPresent() && p.end().get().isAfter(last)) {
            violations.add(Violation.of(Violation.pointer("participants", index, "end"), ViolationCodes.PARTICIPANT_OUTSIDE_PROJECT,
                    "Participant " + index + " finishes " + p.end().get() + ", after the project ends " + last));
        }
    }

    /**
     * Checks the rule of {@link #check} for one entry of anonymous participants: its year lies within the
     * project. {@code check} calls this for each entry whose year is known.
     *
     * @param index the entry's index in the document
     * @param year the entry's year
     * @param period the project's period, valid
     * @param violations receives the violation, if any, located as in the document format
     */
    public static void checkAnonymousYear(int index, int year, DatePeriod period, List<Violation> violations) {
        LocalDate last = period.end().orElse(LocalDate.MAX);
        if (year < period.start().getYear() || year > last.getYear()) {
            violations.add(Violation.of(Violation.pointer("anonymous", index, "year"), ViolationCodes.PARTICIPANT_OUTSIDE_PROJECT,
                    "Anonymous participants of " + year + " fall outside the project " + period));
        }
    }

    /** At least one municipality, none twice; returns their ids, or null if an id is unknown. */
    private static @Nullable Set<MemberId> checkMunicipalities(List<@Nullable MemberId> municipalities,
            List<Violation> violations) {
        if (municipalities.isEmpty()) {
            violations.add(Violation.of("/municipalities", ViolationCodes.MUNICIPALITY_NONE,
                    "A project needs at least one municipality its participants come from"));
        }
        Map<MemberId, Integer> ids = new HashMap<>();
        boolean idUnknown = false;
        for (int i = 0; i < municipalities.size(); i++) {
            MemberId id = municipalities.get(i);
            if (id == null) {
                idUnknown = true;
                continue;
            }
            Integer earlier = ids.putIfAbsent(id, i);
            if (earlier != null) {
                violations.add(Violation.of(Violation.pointer("municipalities", i, "id"), ViolationCodes.MUNICIPALITY_DUPLICATE,
                        "Municipality '" + id + "' is declared twice, at " + earlier + " and " + i));
            }
        }
        return idUnknown ? null : ids.keySet();
    }

    /**
     * Returns the project's name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Returns the note for people, e.g. which data are published and which illustrative.
     *
     * @return the note, if any
     */
    public Optional<String> note() {
        return note;
    }

    /**
     * Returns the project's first and last day; with an open end while the last is not decided.
     *
     * @return the period
     */
    public DatePeriod period() {
        return period;
    }

    /**
     * Returns the municipalities the participants come from, in order.
     *
     * @return the municipalities, unmodifiable
     */
    public List<Member> municipalities() {
        return municipalities;
    }

    /**
     * Returns the registered participants.
     *
     * @return the participants, unmodifiable
     */
    public List<Participant> participants() {
        return participants;
    }

    /**
     * Returns the anonymous participants, by year and gender.
     *
     * @return the entries, unmodifiable
     */
    public List<AnonymousParticipants> anonymous() {
        return anonymous;
    }

    /**
     * Returns the project's result goals.
     *
     * @return the targets, unmodifiable
     */
    public List<Target> targets() {
        return targets;
    }

    /**
     * Returns the project's first day.
     *
     * @return the first day of the {@link #period()}
     */
    public LocalDate start() {
        return period.start();
    }

    /**
     * Returns the project's last day, if decided.
     *
     * @return the last day of the {@link #period()}, or empty if not decided
     */
    public Optional<LocalDate> end() {
        return period.end();
    }

    /**
     * Returns how many took part: registered and anonymous participants.
     *
     * @return the number started
     */
    public long started() {
        return participants.size() + anonymousCount();
    }

    /**
     * Returns how many anonymous participants there were.
     *
     * @return the count
     */
    public long anonymousCount() {
        return anonymous.stream().mapToLong(AnonymousParticipants::count).sum();
    }

    /**
     * Returns how many registered participants have left the project.
     *
     * @return the number finished
     */
    public long finished() {
        return participants.stream().filter(Participant::isFinished).count();
    }

    /**
     * Returns the finished participants who completed the intervention, of all finished.
     *
     * @return the completion rate
     */
    public Share completed() {
        return amongFinished(Participant::hasCompleted);
    }

    /**
     * Returns the finished participants in work or studies after, of all finished.
     *
     * @return the share
     */
    public Share inWorkOrStudiesAfter() {
        return amongFinished(Participant::isInWorkOrStudiesAfter);
    }

    /**
     * Returns the finished participants closer to work after than before, of all finished.
     *
     * @return the share
     */
    public Share closerToWork() {
        return amongFinished(Participant::isCloserToWork);
    }

    /**
     * Returns the finished participants whose main support before, or after, was one of the public
     * benefits of the försörjningsmått, of all finished: the dependence on public support the
     * association's result goals ask to reduce.
     *
     * @param after false for the situation before the project, true for after
     * @return the share
     */
    public Share onPublicSupport(boolean after) {
        return amongFinished(p -> isOnPublicSupport(p, after));
    }

    /** Whether a finished participant's main support before, or after, was a public benefit (see {@link #onPublicSupport}). */
    static boolean isOnPublicSupport(Participant p, boolean after) {
        return (after ? p.after().orElseThrow() : p.before()).support().publicSupport().isPresent();
    }

    private Share amongFinished(Predicate<Participant> criterion) {
        long base = 0;
        long count = 0;
        for (Participant p : participants) {
            if (p.isFinished()) {
                base++;
                if (criterion.test(p)) {
                    count++;
                }
            }
        }
        return Share.of(count, base);
    }

    /**
     * Returns the registered participants by home municipality, in the order of the municipalities.
     *
     * @return the distribution
     */
    public Distribution<MemberId> byMunicipality() {
        return results().byMunicipality();
    }

    /**
     * Returns all participants, registered and anonymous, by gender.
     *
     * @return the distribution, women first
     */
    public Distribution<Gender> byGender() {
        return results().byGender();
    }

    /**
     * Returns how long the finished participants were in the project.
     *
     * @return the times, or empty when nobody has finished
     */
    public Optional<TimeInProject> timeInProject() {
        return results().timeInProject();
    }

    /**
     * Returns each target with the result reached and whether it is met. A share is met when its
     * percentage, exactly, is at least the threshold; a share with nobody finished is not measurable.
     *
     * @return the results, in the order of the targets
     */
    public List<TargetResult> targetResults() {
        return results().targetResults();
    }

    /** The results held, computed first if there are none: a race computes equal results, the first set wins. */
    private Results results() {
        Results held = results.get();
        if (held == null) {
            results.compareAndSet(null, new Results(computeByMunicipality(), computeByGender(), computeTimeInProject(),
                    computeTargetResults()));
            held = Objects.requireNonNull(results.get(), "set above and never cleared");
        }
        return held;
    }

    private Distribution<MemberId> computeByMunicipality() {
        Map<MemberId, Long> counts = new HashMap<>();
        participants.forEach(p -> counts.merge(p.municipality(), 1L, Long::sum));
        return Distribution.compute(municipalities.stream().map(Member::id).toList(), counts);
    }

    private Distribution<Gender> computeByGender() {
        Map<Gender, Long> counts = new EnumMap<>(Gender.class);
        participants.forEach(p -> counts.merge(p.gender(), 1L, Long::sum));
        anonymous.forEach(a -> counts.merge(a.gender(), (long) a.count(), Long::sum));
        return Distribution.compute(Arrays.asList(Gender.values()), counts);
    }

    private Optional<TimeInProject> computeTimeInProject() {
        long[] days = participants.stream().filter(Participant::isFinished)
                .mapToLong(p -> p.daysInProject().orElseThrow()).sorted().toArray();
        if (days.length == 0) {
            return Optional.empty();
        }
        long sum = 0;
        for (long d : days) {
            sum = Math.addExact(sum, d);
        }
        int n = days.length;
        Fraction median = n % 2 == 1 ? Fraction.of(days[n / 2], 1) : Fraction.of(days[n / 2 - 1] + days[n / 2], 2);
        return Optional.of(new TimeInProject(n, Fraction.of(sum, n), median, days[0], days[n - 1]));
    }

    /**
     * Each target's result, computed in one pass over the participants, however many targets there are:
     * per measure, how many finished participants meet it, and how many of those within each number of months.
     */
    private List<TargetResult> computeTargetResults() {
        int maxMonths = 0;
        for (Target t : targets) {
            maxMonths = Math.max(maxMonths, t.withinMonths().orElse(0));
        }
        long finished = 0;
        Map<TargetMeasure, ShareCount> counts = new EnumMap<>(TargetMeasure.class);
        for (TargetMeasure measure : TargetMeasure.values()) {
            if (measure.isShare()) {
                counts.put(measure, new ShareCount(measure, maxMonths));
            }
        }
        List<ShareCount> shares = List.copyOf(counts.values());
        for (Participant p : participants) {
            if (!p.isFinished()) {
                continue;
            }
            finished++;
            int months = -1;
            for (ShareCount count : shares) {
                if (count.criterion.test(p)) {
                    count.met++;
                    months = months >= 0 || maxMonths == 0 ? months : monthsToFinish(p, maxMonths);
                    if (maxMonths > 0) {
                        count.metWithin[months]++;
                    }
                }
            }
        }
        for (ShareCount count : shares) {
            for (int n = 1; n < count.metWithin.length; n++) {
                count.metWithin[n] += count.metWithin[n - 1];
            }
        }
        long started = started();
        List<TargetResult> results = new ArrayList<>(targets.size());
        for (Target t : targets) {
            if (!t.measure().isShare()) {
                results.add(judge(t, started, Share.of(0, 0)));
                continue;
            }
            ShareCount count = countOf(counts, t.measure());
            results.add(judge(t, started, Share.of(t.withinMonths().isPresent() ? count.metWithin[t.withinMonths().get()]
                    : count.met, finished)));
        }
        return List.copyOf(results);
    }

    /**
     * A target's result from what it measures: a count target judges the participants started, a share
     * target its share of the finished participants (met when its percentage, exactly, is at least the
     * threshold; not measurable with nobody finished).
     *
     * @param t the target
     * @param started the participants started, judged by a count target
     * @param share the finished participants meeting a share target's measure (within its months), of all
     *     finished; ignored by a count target
     */
    static TargetResult judge(Target t, long started, Share share) {
        if (!t.measure().isShare()) {
            return new TargetResult(t, started, 0, BigDecimal.valueOf(started).compareTo(t.atLeast()) >= 0
                    ? TargetResult.Status.MET : TargetResult.Status.NOT_MET);
        }
        TargetResult.Status status = share.value()
                .map(v -> v.multipliedBy(Fraction.of(100, 1)).compareTo(Fraction.from(t.atLeast())) >= 0
                        ? TargetResult.Status.MET : TargetResult.Status.NOT_MET)
                .orElse(TargetResult.Status.NOT_MEASURABLE);
        return new TargetResult(t, share.count(), share.base(), status);
    }

    /**
     * For one share measure, how many finished participants meet it, and in {@code metWithin[n]} how many
     * of those meet it having finished within n months (1 ≤ n ≤ the most months a target names; a running
     * sum once every participant is counted). A tally, mutable while the participants are counted: not a
     * value, so not final (final classes are values, ArchitectureTest).
     */
    private static class ShareCount {

        final Predicate<Participant> criterion;
        final long[] metWithin;
        long met;

        ShareCount(TargetMeasure measure, int maxMonths) {
            this.criterion = criterion(measure);
            this.metWithin = new long[maxMonths + 2];
        }
    }

    /** The count of a share measure: every share measure has one ({@link #computeTargetResults} sees to it). */
    private static ShareCount countOf(Map<TargetMeasure, ShareCount> counts, TargetMeasure measure) {
        return Objects.requireNonNull(counts.get(measure), () -> "no count of " + measure);
    }

    /** What a finished participant must have reached to count towards a share measure. */
    static Predicate<Participant> criterion(TargetMeasure measure) {
        return switch (measure) {
            case COMPLETION_RATE -> Participant::hasCompleted;
            case IN_WORK_OR_STUDIES_AFTER -> Participant::isInWorkOrStudiesAfter;
            case CLOSER_TO_WORK -> Participant::isCloserToWork;
            case PARTICIPANTS -> throw new AssertionError(measure);
        };
    }

    /**
     * The fewest months, from 1 to {@code maxMonths}, within which a finished participant finished by
     * {@link Participant#finishedWithinMonths(int)}, or {@code maxMonths + 1} if none: a binary search,
     * since a participant who finished within n months finished within every later number too.
     */
    static int monthsToFinish(Participant p, int maxMonths) {
        int low = 1;
        int high = maxMonths + 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (p.finishedWithinMonths(mid)) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    /**
     * Returns every figure of the follow-up at once, from the methods above: what a
     * {@link FollowUpFigures.Builder} fed this project's participants computes without holding them.
     *
     * <pre>{@code
     * FollowUpFigures figures = project.figures();
     * figures.completed();   // Share[count=27, base=31], as project.completed()
     * }</pre>
     *
     * @return the figures
     */
    public FollowUpFigures figures() {
        return new FollowUpFigures(started(), participants.size(), anonymousCount(), finished(), completed(),
                inWorkOrStudiesAfter(), closerToWork(), onPublicSupport(false), onPublicSupport(true), byGender(),
                municipalities, byMunicipality(), timeInProject(), targetResults());
    }

    /**
     * Returns the project without its participants: what it is and every figure of {@link #figures()}, all
     * that a report needs. A reader that streams a participant document gives an equal summary without
     * holding the participants.
     *
     * @return the summary
     */
    public ProjectSummary summary() {
        return new ProjectSummary(name, note, period, municipalities, targets, figures());
    }

    /**
     * Returns a municipality's name.
     *
     * @param id the municipality
     * @return its name
     * @throws IllegalArgumentException if it is not one of the project's
     */
    public String municipalityName(MemberId id) {
        return municipalities.stream().filter(m -> m.id().equals(id)).findFirst().map(Member::name)
                .orElseThrow(() -> new IllegalArgumentException("No municipality '" + id + "' in project '" + name + "'"));
    }

    /**
     * Compares every part: name, note, period, municipalities, participants, anonymous participants and targets.
     *
     * @param obj the other object
     * @return true for an equal follow-up
     */
    @Override
    public boolean equals(Object obj) {
        return obj == this || (obj instanceof ProjectFollowUp other && name.equals(other.name) && note.equals(other.note)
                && period.equals(other.period) && municipalities.equals(other.municipalities)
                && participants.equals(other.participants) && anonymous.equals(other.anonymous)
                && targets.equals(other.targets));
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(name, note, period, municipalities, participants, anonymous, targets);
    }

    /**
     * Returns the parts of the follow-up, as a record would.
     *
     * @return the text, {@code ProjectFollowUp[name=..., note=..., period=..., ...]}
     */
    @Override
    public String toString() {
        return "ProjectFollowUp[name=" + name + ", note=" + note + ", period=" + period + ", municipalities="
                + municipalities + ", participants=" + participants + ", anonymous=" + anonymous + ", targets=" + targets
                + "]";
    }
}
