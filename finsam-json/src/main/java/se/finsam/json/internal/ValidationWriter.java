package se.finsam.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import se.finsam.validation.ValidationResult;
import se.finsam.validation.Violation;

/** Writes a validation result of any kind of document, and its violations. */
public final class ValidationWriter {

    private ValidationWriter() {
    }

    /** Writes a violation: {@code {"path", "code", "message"}}. */
    public static void violation(JsonGenerator g, Violation v) throws IOException {
        g.writeStartObject();
        g.writeStringField("path", v.path());
        g.writeStringField("code", v.code());
        g.writeStringField("message", v.message());
        g.writeEndObject();
    }

    /** Writes a validation result: {@code {"valid", "violations"}}. */
    public static void validation(JsonGenerator g, ValidationResult result) throws IOException {
        g.writeStartObject();
        g.writeBooleanField("valid", result.isValid());
        g.writeArrayFieldStart("violations");
        for (Violation v : result.violations()) {
            violation(g, v);
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
