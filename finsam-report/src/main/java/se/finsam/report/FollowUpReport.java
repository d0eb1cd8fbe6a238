package se.finsam.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import se.finsam.followup.Distribution;
import se.finsam.followup.FollowUpFigures;
import se.finsam.followup.Gender;
import se.finsam.followup.ProjectSummary;
import se.finsam.followup.Share;
import se.finsam.followup.Target;
import se.finsam.followup.TargetResult;
import se.finsam.followup.TimeInProject;
import se.finsam.indicator.DisplayRounding;
import se.finsam.member.MemberId;
import se.finsam.money.Fraction;

/**
 * Builds the report of a project's follow-up from its {@link ProjectSummary}, which holds every figure and
 * no participant (a {@code ProjectFollowUp} is reported through its {@code summary()}): {@code finsam followup}. The participants started,
 * registered, anonymous, finished and still in the project; the shares of the finished participants
 * (completed, in work or studies after, closer to work, on public support before and after), each as what
 * of what; the time in the project; the distributions by municipality and by gender with their totals; and
 * the targets with their results.
 *
 * <p>A share is a fraction that need not end (27/31), so its cell holds it as it is shown, rounded once, half
 * up to one decimal by {@link DisplayRounding}; a distribution's percentages are the core's largest-remainder
 * tenths, which sum to 100,0. The explained report shows each share's exact fraction beside it.
 */
final class FollowUpReport {

    /** The decimals of a share's exact percentage in the explanation, before its ellipsis. */
    private static final int EXACT_DECIMALS = 4;
    private static final BigDecimal TENTH = BigDecimal.valueOf(1, 1);
    private static final Cell NONE = FollowUpCells.NONE;

    private final ProjectSummary project;
    private final FollowUpFigures figures;

    private FollowUpReport(ProjectSummary project) {
        this.project = project;
        this.figures = project.figures();
    }

    static Report of(ProjectSummary project, Detail detail) {
        return new FollowUpReport(project).report(detail);
    }

    private Report report(Detail detail) {
        Report.Builder report = Report.builder(project.name(), Text.of("followUp.title", Cell.text(project.name())));
        Cell start = new Cell.Date(project.start());
        report.lead(project.end().map(end -> Text.of("followUp.lead.period", start, new Cell.Date(end)))
                .orElse(Text.of("followUp.lead.openPeriod", start)));
        project.note().ifPresent(note -> report.lead(Text.of("followUp.lead.note", Cell.text(note))));
        report.section(results());
        figures.timeInProject().ifPresent(t -> report.section(timeInProject(t)));
        report.section(FollowUpCells.byMunicipality(figures, "byMunicipality", Text.of("followUp.byMunicipality")))
                .section(FollowUpCells.byGender(figures, "byGender", Text.of("followUp.byGender")));
        if (!project.targets().isEmpty()) {
            report.section(targets());
        }
        if (detail == Detail.EXPLAINED) {
            report.section(explainedShares());
        }
        return report.build();
    }

    // --- figures ---------------------------------------------------------------------------------------

    private Section results() {
        Section.Builder s = Section.builder("results", Text.of("followUp.results"), Column.codes("measure", "followUp.column.measure"),
                Column.numbers("count", "followUp.column.participants"), Column.numbers("of", "followUp.column.of"),
                Column.numbers("value", "followUp.column.share"));
        s.row(measure("started"), Cell.count(figures.started()), Cell.EMPTY, Cell.EMPTY);
        s.row(measure("registered"), Cell.count(figures.registered()), Cell.EMPTY, Cell.EMPTY);
        s.row(measure("anonymous"), Cell.count(figures.anonymous()), Cell.EMPTY, Cell.EMPTY);
        s.row(measure("finished"), Cell.count(figures.finished()), Cell.EMPTY, Cell.EMPTY);
        s.row(measure("ongoing"), FollowUpCells.ongoing(figures), Cell.EMPTY, Cell.EMPTY);
        for (String code : FollowUpCells.SHARES) {
            Share share = FollowUpCells.share(figures, code);
            s.row(measure(code), Cell.count(share.count()), Cell.count(share.base()), percent(share.value()));
        }
        s.note(Text.of("followUp.note.shares"));
        s.chart(Chart.bars(Text.of("followUp.chart.results"), "measure", "value"));
        return s.build();
    }

    private static Cell.Word measure(String code) {
        return FollowUpCells.measure(code);
    }

    private static Section timeInProject(TimeInProject t) {
        Section.Builder s = Section.builder("timeInProject", Text.of("followUp.timeInProject"),
                Column.codes("measure", "followUp.column.measure"), Column.numbers("count", "followUp.column.participants"),
                Column.numbers("value", "followUp.column.days"));
        Cell n = Cell.count(t.participants());
        s.row(measure("days_in_project_mean"), n, FollowUpCells.days(t.meanDays()));
        s.row(measure("days_in_project_median"), n, FollowUpCells.days(t.medianDays()));
        s.row(measure("days_in_project_shortest"), n, Cell.count(t.shortestDays()));
        s.row(measure("days_in_project_longest"), n, Cell.count(t.longestDays()));
        return s.note(Text.of("followUp.note.days")).build();
    }

    private Section targets() {
        Section.Builder s = Section.builder("targets", Text.of("followUp.targets"), Column.codes("measure", "followUp.column.target"),
                Column.numbers("withinMonths", "followUp.column.withinMonths"), Column.numbers("atLeast", "followUp.column.atLeast"),
                Column.numbers("count", "followUp.column.result"), Column.numbers("of", "followUp.column.of"),
                Column.numbers("value", "followUp.column.share"), Column.codes("status", "column.status"));
        for (TargetResult r : figures.targetResults()) {
            Target t = r.target();
            Cell within = t.withinMonths().<Cell>map(Cell::count).orElse(Cell.EMPTY);
            Cell status = Codes.of("targetStatus", r.status());
            if (t.measure().isShare()) {
                s.row(Codes.of("targetMeasure", t.measure()), within, new Cell.Percent(t.atLeast(), decimals(t.atLeast())),
                        Cell.count(r.count()), Cell.count(r.base()), percent(r.share()), status);
            } else {
                // A count's threshold is a whole number of at most 10^9 (Target's rule).
                s.row(Codes.of("targetMeasure", t.measure()), within, Cell.count(t.atLeast().longValueExact()),
                        Cell.count(r.count()), Cell.EMPTY, Cell.EMPTY, status);
            }
        }
        s.note(Text.of("followUp.note.targets"));
        for (Target t : project.targets()) {
            t.note().ifPresent(note -> s.note(Text.of("followUp.note.target", targetName(t), Cell.text(note))));
        }
        return s.build();
    }

    private static int decimals(BigDecimal value) {
        return Math.max(0, value.stripTrailingZeros().scale());
    }

    private static Cell percent(Optional<Fraction> share) {
        return FollowUpCells.percent(share);
    }

    // --- explained -------------------------------------------------------------------------------------

    /**
     * Each share taken apart: what it counts, of what, its exact value, how it was rounded and what is shown.
     */
    private Section explainedShares() {
        Section.Builder s = Section.builder("sharesExplained", Text.of("followUp.explained"),
                Column.codes("measure", "followUp.column.measure"), Column.words("group", "followUp.column.group"),
                Column.numbers("count", "followUp.column.count"), Column.numbers("of", "followUp.column.of"), Column.words("base", "followUp.column.base"),
                Column.words("exact", "followUp.column.exact"), Column.words("rounding", "followUp.column.rounding"),
                Column.numbers("value", "followUp.column.shown"));
        for (String code : FollowUpCells.SHARES) {
            Share share = FollowUpCells.share(figures, code);
            halfUp(s, measure(code), Cell.EMPTY, share.count(), share.base(), "followUp.base.finished");
        }
        Distribution<MemberId> municipalities = figures.byMunicipality();
        for (MemberId id : municipalities.groups()) {
            remainder(s, measure("municipality"), Cell.text(figures.municipalityName(id)), municipalities, id,
                    "followUp.base.registered");
        }
        Distribution<Gender> genders = figures.byGender();
        for (Gender g : genders.groups()) {
            remainder(s, measure("gender"), Cell.label("gender." + g.name()), genders, g, "followUp.base.started");
        }
        for (TargetResult r : figures.targetResults()) {
            if (r.target().measure().isShare()) {
                halfUp(s, measure("target"), targetName(r.target()), r.count(), r.base(), "followUp.base.finished");
            }
        }
        return s.note(Text.of("followUp.note.explained")).build();
    }

    private static Cell targetName(Target t) {
        Cell what = Cell.label("targetMeasure." + t.measure().name());
        return t.withinMonths().map(m -> Cell.label("followUp.target.within", what, Cell.count(m))).orElse(what);
    }

    /** A share rounded half up to one decimal. */
    private static void halfUp(Section.Builder s, Cell measure, Cell group, long count, long base, String baseKey) {
        Optional<Fraction> value = Share.of(count, base).value();
        s.row(measure, group, Cell.count(count), Cell.count(base), Cell.label(baseKey), exact(value),
                value.isPresent() ? Cell.label("followUp.rounding.halfUp") : NONE, percent(value));
    }

    /** A group's share of a distribution, rounded by largest remainder. */
    private static <K> void remainder(Section.Builder s, Cell measure, Cell group, Distribution<K> d, K key, String baseKey) {
        Optional<Fraction> value = d.share(key);
        Cell rounding = NONE;
        if (value.isPresent()) {
            BigDecimal down = value.get().multipliedBy(Fraction.of(100, 1)).toBigDecimal(DisplayRounding.PERCENT_SCALE,
                    RoundingMode.DOWN);
            BigDecimal extra = d.percent(key).subtract(down);
            rounding = extra.signum() == 0 ? Cell.label("followUp.rounding.down")
                    : Cell.label("followUp.rounding.remainder", new Cell.Percent(TENTH, 1));
        }
        s.row(measure, group, Cell.count(d.count(key)), Cell.count(d.total()), Cell.label(baseKey), exact(value), rounding,
                FollowUpCells.distributed(d, key));
    }

    /**
     * A share's exact percentage: all its digits when it ends within {@link #EXACT_DECIMALS} decimals
     * ({@code 25 %}), else its first {@link #EXACT_DECIMALS} and an ellipsis ({@code 87,0967… %}).
     */
    private static Cell exact(Optional<Fraction> share) {
        if (share.isEmpty()) {
            return NONE;
        }
        Fraction percent = share.get().multipliedBy(Fraction.of(100, 1));
        BigDecimal cut = percent.toBigDecimal(EXACT_DECIMALS, RoundingMode.DOWN);
        if (Fraction.from(cut).compareTo(percent) == 0) {
            return Cell.label("followUp.exact", new Cell.Decimal(cut, decimals(cut)));
        }
        return Cell.label("followUp.exact.cut", new Cell.Decimal(cut, EXACT_DECIMALS));
    }
}
