package se.finsam.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.finsam.member.Member;
import se.finsam.period.DatePeriod;
import se.finsam.validation.TextRules;
import se.finsam.validation.Violation;

/**
 * A project's follow-up without its participants: what the project is (name, note, period, municipalities,
 * targets) and every figure computed of its participants. What a report of a project needs, and all a reader
 * that streams a document of a million participants holds ({@code FinsamJson.followUp().summary(file)} in
 * finsam-json).
 *
 * <p>{@link ProjectFollowUp#summary()} gives the summary of a project that holds its participants; a summary
 * streamed from a document equals the summary of the same document read whole.
 *
 * <pre>{@code
 * ProjectSummary summary = followUp.summary();
 * summary.figures().completed();   // Share[count=27, base=31], as followUp.completed()
 * }</pre>
 *
 * <p>Rules ({@link IllegalArgumentException}, quoting the values): the name and note follow the text rules
 * of every name and note ({@link TextRules}); the figures are of the project's municipalities, in order, and
 * hold a result for each of its targets, in order.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param name the project's name
 * @param note a note for people, e.g. which data are published and which illustrative
 * @param period the project's first and last day; with an open end while the last is not decided
 * @param municipalities the municipalities the participants come from, in order
 * @param targets the project's result goals, in order
 * @param figures every figure computed of the participants
 */
public record ProjectSummary(String name, Optional<String> note, DatePeriod period, List<Member> municipalities,
        List<Target> targets, FollowUpFigures figures) {

    /**
     * Validates the summary (see the class description).
     *
     * @param name the project's name
     * @param note a note for people, e.g. which data are published and which illustrative
     * @param period the project's first and last day; with an open end while the last is not decided
     * @param municipalities the municipalities the participants come from, in order
     * @param targets the project's result goals, in order
     * @param figures every figure computed of the participants
     * @throws NullPointerException if a component or element is null
     * @throws IllegalArgumentException if the figures are not those of the municipalities and targets, or the
     *     name or note breaks the text rules
     */
    public ProjectSummary {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(period, "period");
        municipalities = List.copyOf(Objects.requireNonNull(municipalities, "municipalities"));
        targets = List.copyOf(Objects.requireNonNull(targets, "targets"));
        Objects.requireNonNull(figures, "figures");
        List<Violation> text = new ArrayList<>();
        TextRules.checkName("/name", name, text);
        TextRules.checkNote("/note", note, text);
        if (!text.isEmpty()) {
            throw new IllegalArgumentException(text.get(0).message());
        }
        if (!figures.municipalities().equals(municipalities)) {
            throw new IllegalArgumentException("The figures are of the municipalities " + ids(figures.municipalities())
                    + ", not of the project's " + ids(municipalities));
        }
        List<Target> measured = figures.targetResults().stream().map(TargetResult::target).toList();
        if (!measured.equals(targets)) {
            throw new IllegalArgumentException("The figures hold results for " + measured.size()
                    + " targets, not for the project's " + targets.size() + " (in order)");
        }
    }

    private static List<String> ids(List<Member> members) {
        return members.stream().map(m -> m.id().value()).toList();
    }

    /**
     * Returns the project's first day.
     *
     * @return the first day
     */
    public LocalDate start() {
        return period.start();
    }

    /**
     * Returns the project's last day, if decided.
     *
     * @return the last day, or empty while the project runs
     */
    public Optional<LocalDate> end() {
        return period.end();
    }
}
