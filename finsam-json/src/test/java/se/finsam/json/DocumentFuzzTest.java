package se.finsam.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import se.finsam.budget.AnnualPlan;
import se.finsam.validation.FinsamValidationException;

/**
 * Coverage-guided fuzzing of the document reader (docs/reliability.md). The default build replays the
 * inputs in {@code DocumentFuzzTestInputs} (seeds and every crash found); {@code ./mvnw verify -Pfuzz}
 * fuzzes. Numbers come in every notation: the dictionary holds exponents, trailing zeros and exponents
 * at the ends of the {@code int} range, and the seeds include RAR Sörmland's plan with its numbers so
 * written ({@code seed-number-*}). {@code FinsamJsonProperties} rewrites one number of a plan in any
 * notation in every default build.
 *
 * <p>For any bytes, the only outcomes are a valid plan, which writes and reads back to an equal plan and
 * whose budget can be computed, or a {@link FinsamValidationException} with at least one violation: no
 * other exception, no hang, no running out of memory.
 */
class DocumentFuzzTest {

    private static final FinsamJson JSON = FinsamJson.create();

    @FuzzTest(maxDuration = "60m", maxExecutions = 1_000_000)
    @DictionaryEntries({"\"association\"", "\"id\"", "\"name\"", "\"currency\"", "\"members\"", "\"kind\"", "\"code\"",
        "\"municipalKey\"", "\"regionalKey\"", "\"basis\"", "\"values\"", "\"referenceDate\"", "\"ageBand\"", "\"year\"",
        "\"financing\"", "\"total\"", "\"stateContribution\"", "\"roundingUnit\"", "\"projectRoundingUnit\"",
        "\"projects\"", "\"status\"", "\"start\"", "\"end\"", "\"totalCost\"", "\"costByYear\"", "\"coFinancing\"",
        "\"source\"", "\"amount\"", "\"costs\"", "\"category\"", "\"finalMunicipalKey\"", "\"equity\"",
        "\"thresholds\"", "\"fromSize\"", "\"maxPercent\"", "\"owner\"", "\"focus\"", "\"SOCIAL_INSURANCE_AGENCY\"",
        "\"PUBLIC_EMPLOYMENT_SERVICE\"", "\"REGION\"", "\"MUNICIPALITY\"", "\"PERCENTAGES\"", "\"POPULATION\"",
        "\"WEIGHTS\"", "\"EQUAL\"", "\"EXPLICIT\"", "\"DAYS\"", "\"MONTHS\"", "\"PRELIMINARY\"", "\"APPLIED\"",
        "\"2008-06-31\"", "\"16-64\"", "\"0.01\"", "\"1000\"", "1e1000000000", "null", "true", "\"SEK\"", "\"EUR\"",
        "1e23", "1E+64", "5e21", "100.000", "10e2147483647", "1E+2147483647", "1e-2147483648", "-10e2147483647",
        "0E-2147483647", "605976563725e16", "999999999999999", "1.0000000000000000000000000000000000000001"})
    void read_anyBytes_isAValidPlanOrTheDocumentedException(byte[] input) {
        AnnualPlan plan;
        try {
            plan = JSON.plan().read(input);
        } catch (FinsamValidationException e) {
            assertThat(e.violations()).isNotEmpty();
            return;
        }
        assertThat(JSON.plan().read(JSON.plan().write(plan))).isEqualTo(plan);
        assertThat(plan.budget().income()).isEqualTo(plan.contributions().total());
    }
}
