package se.finsam.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every public type of finsam-core meets the module: it has the module's JSON form, or the module refuses
 * it ({@code InvalidDefinitionException}); no finsam value is ever written as a dump of its fields or read
 * half built. A new core package or type cannot slip past the module.
 */
class FinsamModuleCoverageTest {

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new FinsamModule());

    @Test
    void everyPublicCoreType_hasTheModulesFormOrIsRefused() throws Exception {
        List<JavaClass> types = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.finsam").stream()
                .filter(c -> !c.getPackageName().startsWith("se.finsam.json") && !c.getPackageName().startsWith("se.finsam.cli")
                        && !c.getPackageName().startsWith("se.finsam.examples")
                        && !c.getPackageName().startsWith("se.finsam.benchmarks"))
                .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC) && !c.isEnum() && !c.isAnonymousClass()
                        && !Throwable.class.isAssignableFrom(c.reflect()) && !c.getSimpleName().equals("package-info"))
                .toList();
        assertThat(types).as("core's public types").hasSizeGreaterThan(50)
                .anyMatch(c -> c.getPackageName().equals("se.finsam.period"))
                .anyMatch(c -> c.getPackageName().equals("se.finsam.population"));

        DefaultDeserializationContext context = ((DefaultDeserializationContext) mapper.getDeserializationContext())
                .createDummyInstance(mapper.getDeserializationConfig());
        List<String> unmet = new ArrayList<>();
        for (JavaClass c : types) {
            JavaType type = mapper.constructType(c.reflect());
            JsonSerializer<Object> serializer = mapper.getSerializerProviderInstance().findValueSerializer(type);
            if (!ofTheModule(serializer.getClass())) {
                unmet.add(c.getName() + " is written by " + serializer.getClass().getName());
            }
            JsonDeserializer<Object> deserializer = context.findRootValueDeserializer(type);
            if (!ofTheModule(deserializer.getClass())) {
                unmet.add(c.getName() + " is read by " + deserializer.getClass().getName());
            }
        }
        assertThat(unmet).as("core types that the module neither gives a form nor refuses").isEmpty();
    }

    private static boolean ofTheModule(Class<?> type) {
        return type.getName().startsWith("se.finsam.json.");
    }
}
