package se.finsam.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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

    static List<Catalogue> entries() {
        return Catalogue.entries("/multi-fault");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void document_reportsEveryFault_inOneRun(Catalogue entry) {
        FinsamJson json = FinsamJson.create();
        byte[] bytes = entry.bytes();
        ValidationResult result = json.format(json.kindOf(bytes)).validate(bytes);

        assertThat(result.violations().stream().map(Catalogue::line).collect(Collectors.toSet()))
                .as("(path, code) of every violation of %s:\n%s", entry, result.violations())
                .containsExactlyInAnyOrderElementsOf(entry.expected());
        assertThat(result.violations()).allSatisfy(v -> assertThat(v.message()).as("message of %s", v).isNotBlank());
    }

    @Test
    void catalogue_hasAtLeastThirtyPlans_eachWithTwoToFourFaultsFromDifferentLayers() {
        List<Catalogue> entries = entries();

        assertThat(entries.stream().filter(e -> e.name().startsWith("plan-"))).hasSizeGreaterThanOrEqualTo(30);
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.layers()).as("faults of %s", e).hasSizeBetween(2, 4);
            assertThat(Set.copyOf(e.layers())).as("layers of %s", e).hasSizeGreaterThanOrEqualTo(2);
            assertThat(e.expected()).as("violations of %s", e).hasSizeGreaterThanOrEqualTo(e.layers().size());
        });
    }
}
