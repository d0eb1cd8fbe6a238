package se.finsam.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Serializes one finsam value for {@link se.finsam.json.FinsamModule} with the writers of documents and results
 * (the writers of each kind of document), the
 * same code that writes them for {@link se.finsam.json.FinsamJson} and the command line. Thread-safe.
 */
public final class ValueSerializer<T> extends StdSerializer<T> {

    private static final long serialVersionUID = 1L;

    /** Writes one value. */
    @FunctionalInterface
    public interface Write<T> {
        void write(JsonGenerator generator, T value) throws IOException;
    }

    /** Writes one value that holds values of other types (a distribution's groups), with the mapper's serializers. */
    @FunctionalInterface
    public interface WriteWithProvider<T> {
        void write(JsonGenerator generator, T value, SerializerProvider provider) throws IOException;
    }

    private final transient WriteWithProvider<T> write;

    /** Creates the serializer of {@code type} that {@code write} writes. */
    public ValueSerializer(Class<T> type, Write<T> write) {
        this(type, (WriteWithProvider<T>) (g, v, provider) -> write.write(g, v));
    }

    /** Creates the serializer of {@code type} that {@code write} writes with the mapper's provider. */
    public ValueSerializer(Class<T> type, WriteWithProvider<T> write) {
        super(type);
        this.write = write;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
        write.write(g, value, provider);
    }
}
