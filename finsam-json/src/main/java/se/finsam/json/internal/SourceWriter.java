package se.finsam.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Optional;
import se.finsam.provenance.Source;

/**
 * Writes where imported figures came from: {@code {"publisher", "dataset", "title"?, "updated"?, "file"?,
 * "sha256"?}}, the form a population key's {@code source} is read in (docs/statistics.md).
 */
public final class SourceWriter {

    private SourceWriter() {
    }

    /** Writes a source as the field {@code field} of the object being written. */
    public static void write(JsonGenerator g, String field, Source source) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("publisher", source.publisher());
        g.writeStringField("dataset", source.dataset());
        optional(g, "title", source.title());
        optional(g, "updated", source.updated());
        optional(g, "file", source.file());
        optional(g, "sha256", source.sha256());
        g.writeEndObject();
    }

    private static void optional(JsonGenerator g, String field, Optional<String> text) throws IOException {
        if (text.isPresent()) {
            g.writeStringField(field, text.get());
        }
    }
}
