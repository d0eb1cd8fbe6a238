package se.finsam.json.followup;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import se.finsam.followup.AssociationFollowUp;
import se.finsam.followup.County;
import se.finsam.followup.NationalFollowUp;
import se.finsam.followup.ProjectSummary;
import se.finsam.json.internal.DisplayFigures;

/**
 * Writes the report of a national follow-up ({@code finsam followup --format json} of a national document):
 * the figures of the whole country, of each county and of each association, each in the shape of a project's
 * report, and each project's report as {@code finsam followup} writes it for the project alone.
 */
final class NationalFollowUpWriter {

    private NationalFollowUpWriter() {
    }

    static void report(JsonGenerator g, NationalFollowUp n) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", n.name());
        if (n.note().isPresent()) {
            g.writeStringField("note", n.note().get());
        }
        DisplayFigures.rounding(g);
        g.writeNumberField("countyCount", n.counties().size());
        g.writeNumberField("associationCount", n.associations().size());
        g.writeNumberField("projectCount", n.projectCount());
        g.writeObjectFieldStart("total");
        FollowUpWriter.figures(g, n.total());
        g.writeEndObject();
        g.writeArrayFieldStart("counties");
        for (County c : n.counties()) {
            g.writeStartObject();
            g.writeStringField("code", c.code());
            g.writeStringField("name", c.name());
            FollowUpWriter.figures(g, n.county(c.code()));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("associations");
        for (AssociationFollowUp a : n.associations()) {
            g.writeStartObject();
            g.writeStringField("association", a.id().value());
            g.writeStringField("name", a.name());
            g.writeStringField("county", a.county());
            FollowUpWriter.figures(g, a.figures());
            g.writeArrayFieldStart("projects");
            for (ProjectSummary p : a.projects()) {
                FollowUpWriter.report(g, p);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
