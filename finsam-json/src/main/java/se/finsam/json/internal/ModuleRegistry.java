package se.finsam.json.internal;

import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleKeyDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import java.util.HashSet;
import java.util.Set;

/**
 * Collects the serializers, deserializers and key deserializers of {@code FinsamModule}: each document kind's
 * descriptor registers its values and results here ({@link DocumentDescriptor#register}).
 *
 * <p>Not thread-safe: one instance sets up one mapper.
 */
public final class ModuleRegistry {
    private final Limits limits;
    private final SimpleSerializers serializers = new SimpleSerializers();
    private final SimpleDeserializers deserializers = new SimpleDeserializers();
    private final SimpleKeyDeserializers keys = new SimpleKeyDeserializers();
    /** Every type given a JSON form. */
    private final Set<Class<?>> types = new HashSet<>();

    /**
     * Creates an empty registry whose deserializers read with {@code limits}.
     *
     * @param limits the limits on untrusted input
     */
    public ModuleRegistry(Limits limits) {
        this.limits = limits;
    }

    /** Registers a value that is written and read in its document form. */
    public <T> void add(Class<T> type, String what, ValueDeserializer.Read<T> read, ValueSerializer.Write<T> write) {
        types.add(type);
        serializers.addSerializer(type, new ValueSerializer<>(type, write));
        deserializers.addDeserializer(type, new ValueDeserializer<>(type, limits, what, read));
    }

    /** Registers a result: written in the command line's shape, refused when asked to be read. */
    public <T> void addResult(Class<T> type, ValueSerializer.Write<T> write, String instead) {
        addResultWithProvider(type, (g, v, provider) -> write.write(g, v), instead);
    }

    /** Registers a result whose writer needs the mapper's provider (for values of any type inside it). */
    public <T> void addResultWithProvider(Class<T> type, ValueSerializer.WriteWithProvider<T> write, String instead) {
        types.add(type);
        serializers.addSerializer(type, new ValueSerializer<>(type, write));
        deserializers.addDeserializer(type, new ValueDeserializer.Result<>(type, instead));
    }

    /** Registers a closed set of names, read and written as exact names. */
    public <E extends Enum<E>> void addEnum(Class<E> type, String what) {
        add(type, what, (l, n, p, w) -> {
            NameReader reader = new NameReader(l);
            return reader.readValue(n, p, (m, q) -> reader.enumValue(m, q, type, what), w);
        }, (g, v) -> g.writeString(v.name()));
    }

    /** Registers an id type as a map key, read as {@code read} reads its value. */
    public void addKey(Class<?> type, String what, ValueDeserializer.Read<?> read) {
        keys.addDeserializer(type, new ValueDeserializer.Key(limits, what, read));
    }

    /** The serializers registered. */
    public SimpleSerializers serializers() {
        return serializers;
    }

    /** The deserializers registered. */
    public SimpleDeserializers deserializers() {
        return deserializers;
    }

    /** The key deserializers registered. */
    public SimpleKeyDeserializers keys() {
        return keys;
    }

    /** Every type given a JSON form, for the refusal of every other finsam type ({@link WithoutForm}). */
    public Set<Class<?>> types() {
        return Set.copyOf(types);
    }

    /** Reads names only: the reader of a closed set of names on its own. */
    private static final class NameReader extends TreeReader {
        NameReader(Limits limits) {
            super(limits);
        }
    }
}
