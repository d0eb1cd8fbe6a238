package se.finsam.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.finsam.testing.Raises;

/**
 * Every code that {@link KoladaValues} and {@link KoladaValue} raise is provoked by a Kolada test of its own (a
 * test method of a {@code Kolada*} test class annotated {@link Raises}): the codes of the Kolada section of
 * {@link StatisticsCodes} (read from its source, between the "Kolada" comment and the next section) and the
 * codes shared with the SCB reader that the Kolada reader raises.
 */
class KoladaCodesTest {

    /** The codes of the other sections that the Kolada reader raises. */
    private static final Set<String> SHARED = Set.of(StatisticsCodes.FILE_UNREADABLE, StatisticsCodes.FILE_TOO_LARGE,
            StatisticsCodes.DUPLICATE, StatisticsCodes.REGION_MISSING, StatisticsCodes.PERIOD_MISSING);

    private static final Pattern CONSTANT = Pattern.compile("public static final String ([A-Z_]+) =");

    /** The names of the constants in the Kolada section of StatisticsCodes.java. */
    private static List<String> koladaSection() throws IOException {
        String source = Files.readString(Path.of("src/main/java/se/finsam/statistics/StatisticsCodes.java"));
        int start = source.indexOf("// --- Kolada");
        assertThat(start).as("the Kolada section of StatisticsCodes.java").isNotNegative();
        int next = source.indexOf("// ---", start + 1);
        Matcher m = CONSTANT.matcher(source.substring(start, next < 0 ? source.length() : next));
        List<String> names = new ArrayList<>();
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** Every {@code @Raises} code of the Kolada test classes of this package. */
    private static Set<String> raisedByKoladaTests() throws IOException, URISyntaxException, ClassNotFoundException {
        Path dir = Path.of(KoladaCodesTest.class.getResource("KoladaCodesTest.class").toURI()).getParent();
        List<Path> classes;
        try (Stream<Path> files = Files.list(dir)) {
            classes = files.filter(f -> f.getFileName().toString().matches("Kolada[A-Za-z]*Test\\.class")).toList();
        }
        Set<String> raised = new TreeSet<>();
        for (Path file : classes) {
            String name = file.getFileName().toString().replace(".class", "");
            for (Method method : Class.forName("se.finsam.statistics." + name).getDeclaredMethods()) {
                Raises raises = method.getAnnotation(Raises.class);
                if (raises != null) {
                    raised.addAll(List.of(raises.value()));
                }
            }
        }
        return raised;
    }

    @Test
    void everyKoladaCode_isProvokedByAKoladaTest() throws Exception {
        Set<String> codes = new TreeSet<>(SHARED);
        for (String name : koladaSection()) {
            codes.add((String) StatisticsCodes.class.getField(name).get(null));
        }
        Set<String> raised = raisedByKoladaTests();

        assertThat(koladaSection()).as("constants of the Kolada section")
                .contains("VALUE_MISSING", "FIELD_INVALID", "KPI_MISSING", "GENDER_MISSING");
        assertThat(codes).as("Kolada codes without a @Raises test in a Kolada*Test class").isSubsetOf(raised);
        assertThat(raised).as("@Raises codes of Kolada tests that the Kolada reader does not raise").isSubsetOf(codes);
    }
}
