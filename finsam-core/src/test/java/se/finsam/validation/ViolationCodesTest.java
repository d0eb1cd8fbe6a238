package se.finsam.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.finsam.testing.Raises;

/**
 * The catalogue of violation codes: stable-looking, unique, and each provoked by a test of its own
 * (a test method annotated {@link Raises} with the code).
 */
class ViolationCodesTest {

    private static List<String> codes() throws IllegalAccessException {
        List<String> codes = new ArrayList<>();
        for (Field f : ViolationCodes.class.getDeclaredFields()) {
            int m = f.getModifiers();
            if (Modifier.isPublic(m) && Modifier.isStatic(m) && Modifier.isFinal(m) && f.getType() == String.class) {
                codes.add((String) f.get(null));
            }
        }
        return codes;
    }

    @Test
    void codes_areUnique_andLookLikeAreaDotRule() throws IllegalAccessException {
        List<String> codes = codes();

        assertThat(codes).as("violation codes").hasSizeGreaterThanOrEqualTo(30).doesNotHaveDuplicates();
        assertThat(codes).allSatisfy(code -> assertThat(code).as("code").matches("[a-z]+(-[a-z]+)*\\.[a-z]+(-[a-z]+)*"));
    }

    /** Every {@code @Raises} code on a test method in this module's test classes. */
    private static Set<String> raisedByTests() throws Exception {
        Path root = Path.of(ViolationCodesTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ClassLoader loader = ViolationCodesTest.class.getClassLoader();
        Set<String> raised = new TreeSet<>();
        List<Path> classFiles;
        try (Stream<Path> files = Files.walk(root)) {
            classFiles = files.filter(f -> f.toString().endsWith(".class")).toList();
        }
        for (Path file : classFiles) {
            String relative = root.relativize(file).toString();
            String name = relative.substring(0, relative.length() - ".class".length()).replace(file.getFileSystem().getSeparator(), ".");
            for (Method method : Class.forName(name, false, loader).getDeclaredMethods()) {
                Raises raises = method.getAnnotation(Raises.class);
                if (raises != null) {
                    raised.addAll(List.of(raises.value()));
                }
            }
        }
        return raised;
    }

    @Test
    void everyCode_isProvokedByATestOfItsOwn() throws Exception {
        Set<String> tested = raisedByTests();

        assertThat(tested).as("codes with a @Raises test").isNotEmpty();
        assertThat(new TreeSet<>(codes())).as("codes in ViolationCodes without a @Raises test (left) among tested (right)")
                .isSubsetOf(tested);
        assertThat(tested).as("@Raises codes that ViolationCodes does not define").isSubsetOf(codes());
    }
}
