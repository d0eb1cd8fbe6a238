package se.finsam.cli;

import static se.finsam.cli.Align.LEFT;
import static se.finsam.cli.Align.RIGHT;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.Optional;
import se.finsam.followup.Distribution;
import se.finsam.followup.Gender;
import se.finsam.followup.ProjectFollowUp;
import se.finsam.followup.Share;
import se.finsam.followup.Target;
import se.finsam.followup.TargetResult;
import se.finsam.followup.TimeInProject;
import se.finsam.indicator.DisplayRounding;
import se.finsam.member.MemberId;
import se.finsam.money.AmountFormat;
import se.finsam.money.Fraction;
import se.finsam.report.CsvDialect;

/** Renders {@code finsam followup}: a project's participant follow-up. */
final class FollowUpReport implements Report<ProjectFollowUp> {

    @Override
    public void table(ProjectFollowUp project, Cli.Options options, PrintStream out) {
        out.print(table(project));
    }

    @Override
    public void csv(ProjectFollowUp project, Cli.Options options, PrintStream out) {
        out.print(csv(project, options.csvDialect));
    }

    // --- table -------------------------------------------------------------------------------------

    private static String table(ProjectFollowUp p) {
        StringBuilder sb = new StringBuilder();
        sb.append(p.name()).append(": participant follow-up\n");
        sb.append("Project ").append(p.start()).append(" – ").append(p.end().map(Object::toString).orElse("(open)")).append('\n');
        p.note().ifPresent(n -> sb.append(Text.wrap("Note: " + n)));
        sb.append("""
                Shares are of the finished participants; percentages rounded half up to 1 decimal, distributions by
                largest remainder so that they sum to 100,0 %.

                """);
        long registered = p.participants().size();
        sb.append("Participants started: ").append(number(p.started())).append(" (").append(registered).append(" registered, ")
                .append(p.anonymousCount()).append(" anonymous); finished: ").append(number(p.finished())).append(" (")
                .append(registered - p.finished()).append(" still in the project)\n\n");
        Table results = Table.columns(LEFT, RIGHT, LEFT, RIGHT);
        share(results, "Completed", p.completed());
        share(results, "In work or studies after", p.inWorkOrStudiesAfter());
        share(results, "Closer to work", p.closerToWork());
        share(results, "On public support before", p.onPublicSupport(false));
        share(results, "On public support after", p.onPublicSupport(true));
        sb.append(results);
        Optional<TimeInProject> time = p.timeInProject();
        if (time.isPresent()) {
            TimeInProject t = time.get();
            sb.append("\nTime in the project (finished participants, days): mean ").append(days(t.meanDays())).append(", median ")
                    .append(days(t.medianDays())).append(", shortest ").append(t.shortestDays()).append(", longest ")
                    .append(t.longestDays()).append('\n');
        }
        Distribution<MemberId> byMunicipality = p.byMunicipality();
        Table municipalities = Table.columns(LEFT, RIGHT, RIGHT);
        municipalities.row("By municipality (registered)", "Participants", "Share");
        byMunicipality.groups().forEach(id -> municipalities.row(p.municipalityName(id), number(byMunicipality.count(id)),
                percent(byMunicipality.percent(id))));
        municipalities.row("Total", number(byMunicipality.total()), byMunicipality.total() == 0 ? "–" : "100,0 %");
        sb.append('\n').append(municipalities);
        Distribution<Gender> byGender = p.byGender();
        Table genders = Table.columns(LEFT, RIGHT, RIGHT);
        genders.row("By gender (all)", "Participants", "Share");
        byGender.groups().forEach(g -> genders.row(g == Gender.WOMAN ? "Women" : "Men", number(byGender.count(g)),
                percent(byGender.percent(g))));
        genders.row("Total", number(byGender.total()), byGender.total() == 0 ? "–" : "100,0 %");
        sb.append('\n').append(genders);
        if (!p.targets().isEmpty()) {
            Table targets = Table.columns(LEFT, RIGHT, LEFT, RIGHT, LEFT);
            targets.row("Target", "Result", "", "", "Status");
            for (TargetResult r : p.targetResults()) {
                String result = r.target().measure().isShare() ? r.count() + " of " + r.base() : number(r.count());
                targets.row(describe(r.target()), result, "", r.share().map(FollowUpReport::percent).orElse(""),
                        status(r.status()));
            }
            sb.append('\n').append(targets);
        }
        return sb.toString();
    }

    private static void share(Table table, String label, Share share) {
        table.row(label, number(share.count()), "of " + share.base(), share.value().map(FollowUpReport::percent).orElse("–"));
    }

    static String describe(Target t) {
        String what = switch (t.measure()) {
            case PARTICIPANTS -> "Participants started";
            case COMPLETION_RATE -> "Completed";
            case IN_WORK_OR_STUDIES_AFTER -> "In work or studies after";
            case CLOSER_TO_WORK -> "Closer to work";
        };
        String within = t.withinMonths().map(m -> " within " + m + " months").orElse("");
        String threshold = t.measure().isShare() ? Text.decimal(t.atLeast()) + " %" : Text.decimal(t.atLeast());
        return what + within + ": at least " + threshold;
    }

    private static String status(TargetResult.Status status) {
        return switch (status) {
            case MET -> "met";
            case NOT_MET -> "not met";
            case NOT_MEASURABLE -> "not measurable yet";
        };
    }

    // --- csv ---------------------------------------------------------------------------------------

    private static String csv(ProjectFollowUp p, CsvDialect dialect) {
        Csv csv = new Csv(dialect).row("measure", "group", "count", "of", "value", "status");
        csv.row("started", "", String.valueOf(p.started()), "", "", "");
        csv.row("registered", "", String.valueOf(p.participants().size()), "", "", "");
        csv.row("anonymous", "", String.valueOf(p.anonymousCount()), "", "", "");
        csv.row("finished", "", String.valueOf(p.finished()), "", "", "");
        csvShare(csv, "completed", "", p.completed(), "");
        csvShare(csv, "in_work_or_studies_after", "", p.inWorkOrStudiesAfter(), "");
        csvShare(csv, "closer_to_work", "", p.closerToWork(), "");
        csvShare(csv, "on_public_support_before", "", p.onPublicSupport(false), "");
        csvShare(csv, "on_public_support_after", "", p.onPublicSupport(true), "");
        Distribution<MemberId> byMunicipality = p.byMunicipality();
        byMunicipality.groups().forEach(id -> csv.row("municipality", id.value(), String.valueOf(byMunicipality.count(id)),
                String.valueOf(byMunicipality.total()), csv.number(byMunicipality.percent(id)), ""));
        Distribution<Gender> byGender = p.byGender();
        byGender.groups().forEach(g -> csv.row("gender", g.name(), String.valueOf(byGender.count(g)),
                String.valueOf(byGender.total()), csv.number(byGender.percent(g)), ""));
        p.timeInProject().ifPresent(t -> {
            String n = String.valueOf(t.participants());
            csv.row("days_in_project_mean", "", n, "", csv.number(DisplayRounding.days(t.meanDays())), "");
            csv.row("days_in_project_median", "", n, "", csv.number(DisplayRounding.days(t.medianDays())), "");
            csv.row("days_in_project_shortest", "", n, "", String.valueOf(t.shortestDays()), "");
            csv.row("days_in_project_longest", "", n, "", String.valueOf(t.longestDays()), "");
        });
        for (TargetResult r : p.targetResults()) {
            String group = r.target().measure().name() + r.target().withinMonths().map(m -> " within " + m + " months").orElse("");
            if (r.target().measure().isShare()) {
                csvShare(csv, "target", group, Share.of(r.count(), r.base()), r.status().name());
            } else {
                csv.row("target", group, String.valueOf(r.count()), "", "", r.status().name());
            }
        }
        return csv.toString();
    }

    private static void csvShare(Csv csv, String measure, String group, Share share, String status) {
        csv.row(measure, group, String.valueOf(share.count()), String.valueOf(share.base()),
                share.value().map(v -> csv.number(DisplayRounding.percent(v))).orElse(""), status);
    }

    // --- numbers -----------------------------------------------------------------------------------

    private static String number(long n) {
        return AmountFormat.number(BigDecimal.valueOf(n), 0);
    }

    private static String percent(Fraction share) {
        return percent(DisplayRounding.percent(share));
    }

    private static String percent(BigDecimal percent) {
        return AmountFormat.number(percent, DisplayRounding.PERCENT_SCALE) + " %";
    }

    private static String days(Fraction days) {
        return AmountFormat.number(DisplayRounding.days(days), DisplayRounding.DAYS_SCALE);
    }
}
