package se.finsam.examples.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import se.finsam.json.FinsamJson;
import se.finsam.test.FinsamGenerators;
import se.finsam.test.GeneratedDocument;
import se.finsam.test.InjectedFault;
import se.finsam.test.Seeds;
import se.finsam.validation.ValidationResult;
import se.finsam.validation.Violation;

/** A user's test of its import of plan documents through finsam-json (docs/testing.md shows it whole). */
class PlanImportTest {

    private final FinsamJson json = FinsamJson.create();

    @Test
    void everyFaultOfADocument_isReported_eachOnce_andNothingElse() {
        for (int n = 0; n <= FinsamGenerators.MAX_INJECTED_FAULTS; n++) {
            int faults = n;
            Seeds.forAll("the import reports every fault, " + faults, 50, random -> {
                GeneratedDocument document = FinsamGenerators.planDocument(random, faults);

                ValidationResult result = json.plan().validate(document.text());

                assertThat(result.violations()).as("faults %s injected into %s", document.faults(), document.text())
                        .extracting(Violation::path, Violation::code)
                        .containsExactlyInAnyOrderElementsOf(document.faults().stream().map(f -> tuple(f.path(), f.code())).toList());
                assertThat(document.faults()).extracting(InjectedFault::description).doesNotContainNull();
                assertThat(result.isValid()).isEqualTo(faults == 0);
            });
        }
    }

    @Test
    void everyValidDocument_isReadAsThePlanItWasWrittenFrom() {
        Seeds.forAll("the import reads a generated plan", 100, random -> {
            long seed = random.nextLong();
            String document = FinsamGenerators.planDocument(new SplittableRandom(seed));

            assertThat(json.plan().read(document)).isEqualTo(FinsamGenerators.plan(new SplittableRandom(seed)));
        });
    }
}
