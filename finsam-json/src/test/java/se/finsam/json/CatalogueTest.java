package se.finsam.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.Violation;

/** Every bad document of the catalogue produces exactly its expected violations, no more and no fewer. */
class CatalogueTest {

    static List<Catalogue> entries() {
        return Catalogue.entries();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void badDocument_producesExactlyItsExpectedViolations(Catalogue entry) {
        FinsamValidationException e = catchThrowableOfType(FinsamValidationException.class,
                () -> FinsamJson.create().plan().read(entry.bytes()));

        assertThat(e).as("%s must be rejected with the documented exception", entry).isNotNull();
        assertThat(e.violations().stream().map(Catalogue::line).collect(Collectors.toSet()))
                .as("(path, code) of every violation of %s:\n%s", entry, e.getMessage())
                .containsExactlyInAnyOrderElementsOf(entry.expected());
        assertThat(e.violations()).allSatisfy(v -> assertThat(v.message()).as("message of %s", v).isNotBlank());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void syntaxAndLimitViolations_sayLineAndColumn(Catalogue entry) {
        FinsamValidationException e = catchThrowableOfType(FinsamValidationException.class,
                () -> FinsamJson.create().plan().read(entry.bytes()));

        for (Violation v : e.violations()) {
            boolean located = v.code().equals(JsonViolationCodes.SYNTAX) && !v.message().contains("empty")
                    && !v.message().contains("not UTF-8");
            located |= v.code().equals(JsonViolationCodes.LIMIT_EXCEEDED) && !v.message().startsWith("At most")
                    && !v.message().contains("more violations") && !v.message().contains("larger than the limit");
            if (located) {
                assertThat(v.message()).as("%s in %s", v, entry).containsPattern("line \\d+, column \\d+");
            }
        }
    }

    @Test
    void catalogue_hasAtLeastSixtyDocuments_ofEveryKindOfFault() {
        List<Catalogue> entries = Catalogue.entries();
        Map<String, Long> byKind = entries.stream().collect(Collectors.groupingBy(Catalogue::kind, Collectors.counting()));

        assertThat(entries).hasSizeGreaterThanOrEqualTo(60);
        assertThat(byKind).as("entries by kind").containsOnlyKeys("syntax", "type", "range", "reference", "rule", "limit");
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.expected()).as("expected violations of %s", entry).isNotEmpty();
            assertThat(entry.schema()).as("schema verdict of %s", entry).isIn("reject", "accept");
        });
    }
}
