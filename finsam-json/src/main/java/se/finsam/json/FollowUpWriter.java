package se.finsam.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
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

/** Writes the report of {@code finsam followup --format json}: every result of a project. */
final class FollowUpWriter {

    private FollowUpWriter() {
    }

    static void report(JsonGenerator g, ProjectFollowUp p) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", p.name());
        if (p.note().isPresent()) {
            g.writeStringField("note", p.note().get());
        }
        g.writeStringField("start", p.start().toString());
        if (p.end().isPresent()) {
            g.writeStringField("end", p.end().get().toString());
        }
        IndicatorWriter.rounding(g);
        g.writeObjectFieldStart("participants");
        g.writeNumberField("started", p.started());
        g.writeNumberField("registered", p.participants().size());
        g.writeNumberField("anonymous", p.anonymousCount());
        g.writeNumberField("finished", p.finished());
        g.writeNumberField("ongoing", p.participants().size() - p.finished());
        g.writeEndObject();
        share(g, "completed", p.completed());
        share(g, "inWorkOrStudiesAfter", p.inWorkOrStudiesAfter());
        share(g, "closerToWork", p.closerToWork());
        share(g, "onPublicSupportBefore", p.onPublicSupport(false));
        share(g, "onPublicSupportAfter", p.onPublicSupport(true));
        Distribution<MemberId> byMunicipality = p.byMunicipality();
        g.writeArrayFieldStart("byMunicipality");
        for (MemberId id : byMunicipality.groups()) {
            g.writeStartObject();
            g.writeStringField("municipality", id.value());
            g.writeStringField("name", p.municipalityName(id));
            g.writeNumberField("count", byMunicipality.count(id));
            g.writeStringField("percent", byMunicipality.percent(id).toPlainString());
            g.writeEndObject();
        }
        g.writeEndArray();
        Distribution<Gender> byGender = p.byGender();
        g.writeArrayFieldStart("byGender");
        for (Gender gender : byGender.groups()) {
            g.writeStartObject();
            g.writeStringField("gender", gender.name());
            g.writeNumberField("count", byGender.count(gender));
            g.writeStringField("percent", byGender.percent(gender).toPlainString());
            g.writeEndObject();
        }
        g.writeEndArray();
        Optional<TimeInProject> time = p.timeInProject();
        if (time.isPresent()) {
            TimeInProject t = time.get();
            g.writeObjectFieldStart("timeInProject");
            g.writeNumberField("participants", t.participants());
            g.writeStringField("meanDays", DisplayRounding.days(t.meanDays()).toPlainString());
            g.writeStringField("medianDays", DisplayRounding.days(t.medianDays()).toPlainString());
            g.writeNumberField("shortestDays", t.shortestDays());
            g.writeNumberField("longestDays", t.longestDays());
            g.writeEndObject();
        } else {
            g.writeNullField("timeInProject");
        }
        g.writeArrayFieldStart("targets");
        for (TargetResult r : p.targetResults()) {
            Target t = r.target();
            g.writeStartObject();
            g.writeStringField("measure", t.measure().name());
            g.writeStringField("atLeast", IndicatorWriter.plain(t.atLeast()));
            if (t.withinMonths().isPresent()) {
                g.writeNumberField("withinMonths", t.withinMonths().get());
            }
            if (t.note().isPresent()) {
                g.writeStringField("note", t.note().get());
            }
            g.writeNumberField("count", r.count());
            if (t.measure().isShare()) {
                g.writeNumberField("of", r.base());
                writePercent(g, IndicatorWriter.percent(r.share()));
            }
            g.writeStringField("status", r.status().name());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void share(JsonGenerator g, String field, Share share) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeNumberField("count", share.count());
        g.writeNumberField("of", share.base());
        writePercent(g, IndicatorWriter.percent(share.value()));
        g.writeEndObject();
    }

    private static void writePercent(JsonGenerator g, String percent) throws IOException {
        if (percent == null) {
            g.writeNullField("percent");
        } else {
            g.writeStringField("percent", percent);
        }
    }
}
