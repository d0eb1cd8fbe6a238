package se.finsam.json.followup;

import se.finsam.json.internal.DisplayFigures;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Optional;
import se.finsam.followup.Distribution;
import se.finsam.followup.FollowUpFigures;
import se.finsam.followup.ProjectFollowUp;
import se.finsam.followup.ProjectSummary;
import se.finsam.followup.Share;
import se.finsam.followup.Target;
import se.finsam.followup.TargetResult;
import se.finsam.followup.TimeInProject;
import se.finsam.indicator.DisplayRounding;

/**
 * Writes the report of {@code finsam followup --format json}: every result of a project; and, for
 * {@link se.finsam.json.FinsamModule}, each kind of result on its own in its shape within the report.
 */
final class FollowUpWriter {

    private FollowUpWriter() {
    }

    static void report(JsonGenerator g, ProjectFollowUp p) throws IOException {
        report(g, p.summary());
    }

    /** The report of a project from its summary: the same report as of the project that holds its participants. */
    static void report(JsonGenerator g, ProjectSummary p) throws IOException {
        FollowUpFigures f = p.figures();
        g.writeStartObject();
        g.writeStringField("name", p.name());
        if (p.note().isPresent()) {
            g.writeStringField("note", p.note().get());
        }
        g.writeStringField("start", p.start().toString());
        if (p.end().isPresent()) {
            g.writeStringField("end", p.end().get().toString());
        }
        DisplayFigures.rounding(g);
        figures(g, f);
        g.writeEndObject();
    }

    /**
     * The fields of a report that hold figures, from {@code "participants"} to {@code "byGenderTotal"}: a project's,
     * or an aggregate's (whose {@code "targets"} are empty).
     */
    static void figures(JsonGenerator g, FollowUpFigures f) throws IOException {
        g.writeObjectFieldStart("participants");
        g.writeNumberField("started", f.started());
        g.writeNumberField("registered", f.registered());
        g.writeNumberField("anonymous", f.anonymous());
        g.writeNumberField("finished", f.finished());
        g.writeNumberField("ongoing", f.registered() - f.finished());
        g.writeEndObject();
        share(g, "completed", f.completed());
        share(g, "inWorkOrStudiesAfter", f.inWorkOrStudiesAfter());
        share(g, "closerToWork", f.closerToWork());
        share(g, "onPublicSupportBefore", f.onPublicSupportBefore());
        share(g, "onPublicSupportAfter", f.onPublicSupportAfter());
        g.writeFieldName("byMunicipality");
        distribution(g, f.byMunicipality(), (out, id) -> {
            out.writeStringField("municipality", id.value());
            out.writeStringField("name", f.municipalityName(id));
        });
        g.writeFieldName("byGender");
        distribution(g, f.byGender(), (out, gender) -> out.writeStringField("gender", gender.name()));
        Optional<TimeInProject> time = f.timeInProject();
        g.writeFieldName("timeInProject");
        if (time.isPresent()) {
            timeInProject(g, time.get());
        } else {
            g.writeNull();
        }
        g.writeArrayFieldStart("targets");
        for (TargetResult r : f.targetResults()) {
            target(g, r);
        }
        g.writeEndArray();
        distributionTotal(g, "byMunicipalityTotal", f.byMunicipality());
        distributionTotal(g, "byGenderTotal", f.byGender());
    }

    /**
     * The total of a distribution, as the report's total row shows it: {@code {"count", "percent"}}, the
     * percentage {@code "100.0"}, or null when nobody is counted.
     */
    private static void distributionTotal(JsonGenerator g, String field, Distribution<?> distribution) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeNumberField("count", distribution.total());
        writePercent(g, distribution.total() == 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(100).setScale(DisplayRounding.PERCENT_SCALE).toPlainString()));
        g.writeEndObject();
    }

    /** Writes the fields that name a group of a distribution. */
    @FunctionalInterface
    interface GroupFields<K> {
        void write(JsonGenerator generator, K group) throws IOException;
    }

    /**
     * A distribution: one object per group, in order, with the fields that name the group, then
     * {@code "count"} and {@code "percent"} (one decimal, the groups summing to exactly 100.0).
     */
    static <K> void distribution(JsonGenerator g, Distribution<K> distribution, GroupFields<K> group) throws IOException {
        g.writeStartArray();
        for (K k : distribution.groups()) {
            g.writeStartObject();
            group.write(g, k);
            g.writeNumberField("count", distribution.count(k));
            g.writeStringField("percent", distribution.percent(k).toPlainString());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** Time in the project: {@code timeInProject} of the report. */
    static void timeInProject(JsonGenerator g, TimeInProject t) throws IOException {
        g.writeStartObject();
        g.writeNumberField("participants", t.participants());
        g.writeStringField("meanDays", DisplayRounding.days(t.meanDays()).toPlainString());
        g.writeStringField("medianDays", DisplayRounding.days(t.medianDays()).toPlainString());
        g.writeNumberField("shortestDays", t.shortestDays());
        g.writeNumberField("longestDays", t.longestDays());
        g.writeEndObject();
    }

    /** A target and whether it is met: an entry of {@code targets} of the report. */
    static void target(JsonGenerator g, TargetResult r) throws IOException {
        Target t = r.target();
        g.writeStartObject();
        g.writeStringField("measure", t.measure().name());
        g.writeStringField("atLeast", DisplayFigures.plain(t.atLeast()));
        if (t.withinMonths().isPresent()) {
            g.writeNumberField("withinMonths", t.withinMonths().get());
        }
        if (t.note().isPresent()) {
            g.writeStringField("note", t.note().get());
        }
        g.writeNumberField("count", r.count());
        if (t.measure().isShare()) {
            g.writeNumberField("of", r.base());
            writePercent(g, DisplayFigures.percent(r.share()));
        }
        g.writeStringField("status", r.status().name());
        g.writeEndObject();
    }

    private static void share(JsonGenerator g, String field, Share share) throws IOException {
        g.writeFieldName(field);
        share(g, share);
    }

    /** A share: {@code {"count", "of", "percent"}}, the percentage rounded for display or null when of 0. */
    static void share(JsonGenerator g, Share share) throws IOException {
        g.writeStartObject();
        g.writeNumberField("count", share.count());
        g.writeNumberField("of", share.base());
        writePercent(g, DisplayFigures.percent(share.value()));
        g.writeEndObject();
    }

    private static void writePercent(JsonGenerator g, Optional<String> percent) throws IOException {
        if (percent.isPresent()) {
            g.writeStringField("percent", percent.get());
        } else {
            g.writeNullField("percent");
        }
    }
}
