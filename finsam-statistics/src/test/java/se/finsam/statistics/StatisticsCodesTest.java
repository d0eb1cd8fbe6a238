package se.finsam.statistics;

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

/** The codes of {@link StatisticsCodes}: unique, well formed, and each provoked by a test of its own ({@link Raises}). */
class StatisticsCodesTest {

    /**
     * Codes raised outside the SCB reader: by the Kolada reader and the command line, whose tests are
     * elsewhere; each leaves this list when its test is in this module.
     */

    private static List<String> codes() throws IllegalAccessException {
        List<String> codes = new ArrayList<>();
        for (Field f : StatisticsCodes.class.getDeclaredFields()) {
            int m = f.getModifiers();
            if (Modifier.isPublic(m) && Modifier.isStatic(m) && Modifier.isFinal(m) && f.getType() == String.class) {
                codes.add((String) f.get(null));
            }
        }
        return codes;
    }

    private static Set<String> raisedByTests() throws Exception {
        Path root = Path.of(StatisticsCodesTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> raised = new TreeSet<>();
        List<Path> classFiles;
        try (Stream<Path> files = Files.walk(root)) {
            classFiles = files.filter(f -> f.toString().endsWith(".class")).toList();
        }
        for (Path file : classFiles) {
            String relative = root.relativize(file).toString();
            String name = relative.substring(0, relative.length() - ".class".length()).replace(file.getFileSystem().getSeparator(), ".");
            for (Method method : Class.forName(name, false, StatisticsCodesTest.class.getClassLoader()).getDeclaredMethods()) {
                Raises raises = method.getAnnotation(Raises.class);
                if (raises != null) {
                    raised.addAll(List.of(raises.value()));
                }
            }
        }
        return raised;
    }

    @Test
    void codes_areUnique_andLookLikeStatisticsDotRule() throws IllegalAccessException {
        assertThat(codes()).doesNotHaveDuplicates()
                .allSatisfy(code -> assertThat(code).matches("statistics\\.[a-z]+(-[a-z]+)*"));
    }

    @Test
    void everyCode_isProvokedByATestOfItsOwn() throws Exception {
        Set<String> tested = raisedByTests();
        Set<String> expected = new TreeSet<>(codes());

        assertThat(expected).as("codes of StatisticsCodes without a @Raises test").isSubsetOf(tested);
        assertThat(tested).as("@Raises codes that StatisticsCodes does not define").isSubsetOf(codes());
    }
}
