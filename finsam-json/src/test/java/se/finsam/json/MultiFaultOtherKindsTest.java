package se.finsam.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.finsam.json.FinsamJson.DocumentKind;
import se.finsam.validation.ValidationResult;

/**
 * The national, indicator and follow-up documents of the multi-fault catalogue
 * ({@code src/test/resources/multi-fault/national-*}, {@code indicators-*}, {@code followup-*}): each has
 * two to four independent faults from different layers (a type, a reference, a range, a document rule),
 * and validating it reports exactly the violations of its {@code .expected} file, every one in one run,
 * and nothing that a fault must hide (see docs/violations.md, "Which violations can hide which").
 */
class MultiFaultOtherKindsTest {

    private static final Map<String, DocumentKind> KINDS = Map.of("national-", DocumentKind.NATIONAL_ALLOCATION,
            "indicators-", DocumentKind.INDICATORS, "followup-", DocumentKind.FOLLOW_UP);

    /** One document and the (path, code) of every violation it must produce. */
    record Entry(String name, Path document, DocumentKind kind, Set<String> expected) {
        @Override
        public String toString() {
            return name;
        }

        byte[] bytes() {
            try {
                return Files.readAllBytes(document);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static List<Entry> entries() {
        try (Stream<Path> files = Files.list(Path.of(MultiFaultOtherKindsTest.class.getResource("/multi-fault").toURI()))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().map(MultiFaultOtherKindsTest::load)
                    .filter(e -> e.kind() != null).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Entry load(Path document) {
        String file = document.getFileName().toString();
        String name = file.substring(0, file.length() - ".json".length());
        DocumentKind kind = KINDS.entrySet().stream().filter(k -> name.startsWith(k.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(null);
        Set<String> expected = new LinkedHashSet<>();
        try {
            for (String line : Files.readAllLines(document.resolveSibling(name + ".expected"))) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    expected.add(line.startsWith("\"\" ") ? line.substring(2) : line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Multi-fault entry " + name + " needs a .expected file", e);
        }
        return new Entry(name, document, kind, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void multiFaultDocument_reportsExactlyItsExpectedViolations(Entry entry) {
        FinsamJson json = FinsamJson.create();
        assertThat(json.kindOf(entry.bytes())).as("kind of %s", entry).isEqualTo(entry.kind());

        ValidationResult result = json.validate(entry.bytes(), entry.kind());

        assertThat(result.violations().stream().map(Catalogue::line).collect(Collectors.toSet()))
                .as("(path, code) of every violation of %s:\n%s", entry, result.violations())
                .containsExactlyInAnyOrderElementsOf(entry.expected());
        assertThat(result.violations()).allSatisfy(v -> assertThat(v.message()).as("message of %s", v).isNotBlank());
    }

    @Test
    void catalogue_hasAtLeastFourDocumentsOfEachKind_eachWithTwoToFourFaults() throws IOException {
        List<Entry> entries = entries();
        Map<DocumentKind, Long> byKind = entries.stream().collect(Collectors.groupingBy(Entry::kind, Collectors.counting()));

        assertThat(byKind).containsOnlyKeys(KINDS.values());
        assertThat(byKind.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(4));
        for (Entry e : entries) {
            long faults = Files.readAllLines(e.document().resolveSibling(e.name() + ".expected")).stream()
                    .filter(l -> l.startsWith("# kind: ")).count();
            assertThat(faults).as("faults of %s", e).isBetween(2L, 4L);
        }
    }
}
