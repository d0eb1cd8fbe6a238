package se.finsam.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import se.finsam.socioeconomic.SocioEconomicCalculation;
import se.finsam.validation.FinsamValidationException;

/**
 * Coverage-guided fuzzing of the socio-economic calculation's reader (docs/reliability.md). The default build
 * replays the inputs in {@code SocioEconomicFuzzingTestInputs} (the bundled example, a minimal document and every
 * crash found). Jazzer fuzzes one target per JVM, so this one is not in {@code -Pfuzz} (which fuzzes the plan
 * reader); fuzz it on its own with
 * {@code JAZZER_FUZZ=1 ./mvnw -o -pl finsam-json -am test -Dtest=SocioEconomicFuzzingTest -Dsurefire.failIfNoSpecifiedTests=false}.
 *
 * <p>For any bytes, the only outcomes are a calculation that computes every horizon, its sensitivity table and
 * its JSON report, or a {@link FinsamValidationException} with at least one violation.
 */
class SocioEconomicFuzzingTest {

    private static final FinsamJson JSON = FinsamJson.create();

    @FuzzTest(maxDuration = "30m", maxExecutions = 200_000)
    @DictionaryEntries({"\"name\"", "\"note\"", "\"currency\"", "\"participants\"", "\"successful\"",
        "\"successRate\"", "\"projectCosts\"", "\"costOfExclusion\"", "\"lostProduction\"", "\"actors\"",
        "\"actor\"", "\"realCosts\"", "\"transfers\"", "\"lostTaxes\"", "\"effect\"", "\"shares\"",
        "\"fallOff\"", "\"discountRate\"", "\"horizons\"", "\"MUNICIPALITY\"", "\"REGION\"",
        "\"SOCIAL_INSURANCE_AGENCY\"", "\"PUBLIC_EMPLOYMENT_SERVICE\"", "\"REST_OF_STATE\"", "\"INDIVIDUAL\"",
        "\"0.0000000001\"", "\"100\"", "50", "20", "1e1000000000", "5e21", "1E+2147483647", "null", "[]"})
    void readSocioEconomic_anyBytes_isAValidCalculationOrTheDocumentedException(byte[] input) {
        SocioEconomicCalculation calculation;
        try {
            calculation = JSON.socioeconomic().read(input);
        } catch (FinsamValidationException e) {
            assertThat(e.violations()).isNotEmpty();
            return;
        }
        // A calculation that exists computes: every horizon, the sensitivity table and its report.
        assertThat(calculation.results()).hasSameSizeAs(calculation.horizons());
        assertThat(calculation.sensitivity().rows()).isNotEmpty();
        assertThat(JSON.socioeconomic().write(calculation)).startsWith("{");
    }
}
