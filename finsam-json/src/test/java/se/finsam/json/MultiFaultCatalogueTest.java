package se.finsam.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.finsam.validation.ValidationResult;

/**
 * Documents with several independent faults from different layers (types, names, keys, members, dates,
 * amounts, projects) in {@code src/test/resources/multi-fault}: {@code NAME.json} beside
 * {@code NAME.expected}, which lists each fault ({@code # fault: LAYER: what}) and then every violation
 * the reader must report, one {@code path code} a line. One run must name every fault: validation
 * collects, it does not stop at the first failing layer.
 */
class MultiFaultCatalogueTest {

    /** One document of the catalogue. */
    record Entry(String name, Path document, List<String> layers, Set<String> expected) {

        byte[] bytes() {
            try {
                return Files.readAllBytes(document);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static List<Entry> entries() {
        try {
            Path dir = Path.of(MultiFaultCatalogueTest.class.getResource("/multi-fault").toURI());
            try (Stream<Path> files = Files.list(dir)) {
                return files.filter(p -> p.toString().endsWith(".json")).sorted().map(MultiFaultCatalogueTest::load).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Entry load(Path document) {
        String file = document.getFileName().toString();
        String name = file.substring(0, file.length() - ".json".length());
        List<String> lines;
        try {
            lines = Files.readAllLines(document.resolveSibling(name + ".expected"));
        } catch (IOException e) {
            throw new UncheckedIOException("Multi-fault entry " + name + " needs a .expected file", e);
        }
        List<String> layers = new ArrayList<>();
        Set<String> expected = new LinkedHashSet<>();
        for (String line : lines) {
            if (line.startsWith("# fault: ")) {
                String fault = line.substring("# fault: ".length());
                layers.add(fault.substring(0, fault.indexOf(':')).trim());
            } else if (!line.isBlank() && !line.startsWith("#")) {
                expected.add(line.startsWith("\"\" ") ? line.substring(2) : line);
            }
        }
        return new Entry(name, document, layers, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void document_reportsEveryFault_inOneRun(Entry entry) {
        FinsamJson json = FinsamJson.create();
        byte[] bytes = entry.bytes();
        ValidationResult result = json.validate(bytes, json.kindOf(bytes));

        assertThat(result.violations().stream().map(Catalogue::line).collect(Collectors.toSet()))
                .as("(path, code) of every violation of %s:\n%s", entry, result.violations())
                .containsExactlyInAnyOrderElementsOf(entry.expected());
        assertThat(result.violations()).allSatisfy(v -> assertThat(v.message()).as("message of %s", v).isNotBlank());
    }

    @Test
    void catalogue_hasAtLeastThirtyPlans_eachWithTwoToFourFaultsFromDifferentLayers() {
        List<Entry> entries = entries();

        assertThat(entries.stream().filter(e -> e.name().startsWith("plan-"))).hasSizeGreaterThanOrEqualTo(30);
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.layers()).as("faults of %s", e).hasSizeBetween(2, 4);
            assertThat(Set.copyOf(e.layers())).as("layers of %s", e).hasSizeGreaterThanOrEqualTo(2);
            assertThat(e.expected()).as("violations of %s", e).hasSizeGreaterThanOrEqualTo(e.layers().size());
        });
    }
}
