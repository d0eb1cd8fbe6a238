package se.finsam.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Serializes one finsam value for {@link FinsamModule} with the {@link DocumentWriter}, the same code that
 * writes a whole document. Thread-safe.
 */
final class ValueSerializer<T> extends StdSerializer<T> {

    private static final long serialVersionUID = 1L;

    /** Writes one value. */
    @FunctionalInterface
    interface Write<T> {
        void write(JsonGenerator generator, T value) throws IOException;
    }

    private final transient Write<T> write;

    ValueSerializer(Class<T> type, Write<T> write) {
        super(type);
        this.write = write;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
        write.write(g, value);
    }
}
