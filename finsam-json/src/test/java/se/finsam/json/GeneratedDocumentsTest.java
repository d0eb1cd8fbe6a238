package se.finsam.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import se.finsam.budget.AnnualPlan;
import se.finsam.test.FinsamGenerators;
import se.finsam.test.GeneratedDocument;
import se.finsam.test.InjectedFault;
import se.finsam.test.Seeds;
import se.finsam.validation.ValidationResult;
import se.finsam.validation.Violation;

/**
 * finsam-test's generated plan documents, which it writes without a JSON library, as finsam-json reads them: a
 * valid document is the plan of the same seed, and a document with injected faults gets exactly the violations
 * finsam-test says it will, each once.
 */
class GeneratedDocumentsTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final FinsamJson json = FinsamJson.create();

    @Test
    void everyGeneratedDocument_isValid_andIsThePlanOfTheSameSeed_asFinsamJsonWritesIt() {
        Seeds.forAll("generated plan documents", 400, random -> {
            long seed = random.nextLong();
            String text = FinsamGenerators.planDocument(new SplittableRandom(seed));
            AnnualPlan plan = FinsamGenerators.plan(new SplittableRandom(seed));

            ValidationResult result = json.format(DocumentKind.PLAN).validate(text.getBytes(StandardCharsets.UTF_8));

            assertThat(result.violations()).as(text).isEmpty();
            assertThat(json.plan().read(text)).as(text).isEqualTo(plan);
            assertThat(tree(text)).as(text).isEqualTo(tree(json.plan().write(plan)));
        });
    }

    @Test
    void everyInjectedFault_isReportedOnce_andNothingElse() {
        Set<String> kinds = new TreeSet<>();
        for (int n = 0; n <= FinsamGenerators.MAX_INJECTED_FAULTS; n++) {
            int faults = n;
            Seeds.forAll("generated plan documents with " + faults + (faults == 1 ? " fault" : " faults"), 200, random -> {
                GeneratedDocument document = FinsamGenerators.planDocument(random, faults);

                ValidationResult result = json.format(DocumentKind.PLAN).validate(document.text().getBytes(StandardCharsets.UTF_8));

                // Lists, not sets: a violation reported twice is a fault too.
                List<String> expected = document.faults().stream().map(f -> f.path() + " " + f.code()).sorted().toList();
                List<String> reported = result.violations().stream().map(GeneratedDocumentsTest::line).sorted().toList();
                assertThat(reported).as("faults %s injected into %s%nreported: %s", document.faults(), document.text(),
                        result.violations()).isEqualTo(expected);
                assertThat(document.faults()).hasSize(faults);
                document.faults().forEach(f -> kinds.add(f.description()));
            });
        }
        // Every kind of fault was injected and checked, among them each the brief of the generator names.
        assertThat(kinds).hasSize(22).contains("the year written as a string", "an unknown member kind",
                "an unknown cost category", "an unknown project status", "a misspelt field", "percentages not summing to 100",
                "a key naming a member that does not exist", "a blank member name",
                "a member code that does not fit the member's kind", "an impossible end date of a project",
                "a project ending before it starts", "a negative cost line", "a cost line off the rounding unit",
                "a project naming a member that does not exist", "a project of one party", "two projects with one id");
    }

    @Test
    void aDocumentWithoutFaults_isTheValidDocumentOfTheSameSeed() {
        Seeds.forAll("generated plan documents without faults", 50, random -> {
            long seed = random.nextLong();
            GeneratedDocument document = FinsamGenerators.planDocument(new SplittableRandom(seed), 0);
            assertThat(document.text()).isEqualTo(FinsamGenerators.planDocument(new SplittableRandom(seed)));
            assertThat(document.faults()).isEmpty();
        });
    }

    @Test
    void aReportedFaultIsFoundByItsPathAndCode() {
        GeneratedDocument document = FinsamGenerators.planDocument(new SplittableRandom(19), 1);
        InjectedFault fault = document.faults().get(0);

        List<Violation> violations = json.format(DocumentKind.PLAN).validate(document.text().getBytes(StandardCharsets.UTF_8))
                .violations();

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo(fault.path());
            assertThat(v.code()).isEqualTo(fault.code());
        });
    }

    private static String line(Violation v) {
        return v.path() + " " + v.code();
    }

    private static JsonNode tree(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
