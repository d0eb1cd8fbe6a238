package se.finsam.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The finsam types that {@link se.finsam.json.FinsamModule} gives no JSON form ({@code docs/format.md}, "Left without a
 * JSON form": a {@code Fraction}, a settlement's entry, an allocation with keys of any type, the inputs of
 * the national, indicator and participant documents, which their documents hold whole): asking the mapper to
 * write or read one is Jackson's {@code InvalidDefinitionException} saying so, never a dump of the value's
 * fields nor a value half built from them.
 */
public final class WithoutForm {

    private static final String PACKAGE = "se.finsam.";
    /** finsam-json's own packages; every other package under {@link #PACKAGE} is finsam-core's. */
    private static final String JSON = "se.finsam.json";

    private WithoutForm() {
    }

    /** Whether a type is finsam's own and has no JSON form of the module's. */
    private static boolean without(Class<?> type, Set<Class<?>> given) {
        return isCore(type.getPackageName()) && !type.isEnum() && !given.contains(type)
                && !Throwable.class.isAssignableFrom(type);
    }

    /** Whether a package is finsam-core's: any under {@code se.finsam.} but finsam-json's, so a new one is covered. */
    private static boolean isCore(String packageName) {
        return packageName.startsWith(PACKAGE) && !packageName.equals(JSON) && !packageName.startsWith(JSON + ".");
    }

    private static String message(Class<?> type) {
        return "finsam's " + type.getName().substring(PACKAGE.length()) + " has no JSON form in FinsamModule (docs/format.md,"
                + " \"Values on their own\" and \"Results\")";
    }

    /** Finds a refusing serializer for the finsam types without a form. */
    public static final class Serializers extends com.fasterxml.jackson.databind.ser.Serializers.Base {
        private final Set<Class<?>> given;

        /** Creates the finder for every finsam type not in {@code given}. */
        public Serializers(Set<Class<?>> given) {
            this.given = Set.copyOf(given);
        }

        @Override
        public @Nullable JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type, BeanDescription beanDesc) {
            return without(type.getRawClass(), given) ? new Refusing(type.getRawClass()) : null;
        }
    }

    /** Finds a refusing deserializer for the finsam types without a form. */
    public static final class Deserializers extends com.fasterxml.jackson.databind.deser.Deserializers.Base {
        private final Set<Class<?>> given;

        /** Creates the finder for every finsam type not in {@code given}. */
        public Deserializers(Set<Class<?>> given) {
            this.given = Set.copyOf(given);
        }

        @Override
        public @Nullable JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config, BeanDescription beanDesc) {
            return without(type.getRawClass(), given) ? new Unreadable(type.getRawClass()) : null;
        }
    }

    private static final class Refusing extends StdSerializer<Object> {
        private static final long serialVersionUID = 1L;

        Refusing(Class<?> type) {
            super(type, false);
        }

        @Override
        public void serialize(Object value, JsonGenerator g, SerializerProvider provider) throws IOException {
            provider.reportBadDefinition(handledType(), message(handledType()));
        }
    }

    private static final class Unreadable extends StdDeserializer<Object> {
        private static final long serialVersionUID = 1L;

        Unreadable(Class<?> type) {
            super(type);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return ctxt.reportBadDefinition(handledType(), message(handledType()));
        }
    }
}
