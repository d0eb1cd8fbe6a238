package se.finsam.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.cli.CliTest.runWithInput;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Numbers of every notation and size on the command line (issue 11): a weight with an exponent splits by
 * its value, a number no decimal field can hold is a located violation for every command, and what
 * {@code validate} accepts every command computes, in every format.
 */
class CliNumbersTest {

    /** A plan with two municipalities weighted by {@code @VALUES@}, total {@code @TOTAL@}. */
    static final String WEIGHTED = """
            {
              "association": {
                "id": "vikter",
                "name": "Samordningsförbundet Vikter",
                "members": [
                  {"id": "fk", "kind": "SOCIAL_INSURANCE_AGENCY", "name": "Försäkringskassan"},
                  {"id": "af", "kind": "PUBLIC_EMPLOYMENT_SERVICE", "name": "Arbetsförmedlingen"},
                  {"id": "region", "kind": "REGION", "name": "Region Västmanland", "code": "19"},
                  {"id": "m1", "kind": "MUNICIPALITY", "name": "Köping", "code": "1983"},
                  {"id": "m2", "kind": "MUNICIPALITY", "name": "Arboga", "code": "1984"}
                ],
                "municipalKey": {"basis": "WEIGHTS", "values": @VALUES@}
              },
              "year": 2011,
              "financing": {"total": @TOTAL@}
            }
            """;

    static String weighted(String weights, String total) {
        return WEIGHTED.replace("@VALUES@", weights).replace("@TOTAL@", total);
    }

    @Test
    void split_byWeightsWithExponents_isByTheirValue() {
        // Issue 11: 1e23 and 1e18 were read as their low 64 bits: m1 got 41 732 kr and m2 208 268 kr of the
        // municipal quarter of 250 000 kr, whose exact quotas are 249 997,500025 and 2,499975.
        CliTest.Run r = runWithInput(weighted("{\"m1\": 1e23, \"m2\": 1e18}", "1000000"), "split", "--format", "json", "-");

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).containsSubsequence("\"member\" : \"m1\"", "\"amount\" : \"249998\"",
                "\"member\" : \"m2\"", "\"amount\" : \"2\"");
    }

    @Test
    void split_byWeightsThatCrashedTheRemainderSort_isExact() {
        // Issue 11: ArrayIndexOutOfBoundsException in LargestRemainder.distribute.
        CliTest.Run r = runWithInput(weighted("{\"m1\": 605976563725e16, \"m2\": 663874335e12}", "1000000"), "split",
                "--format", "json", "-");

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).containsSubsequence("\"member\" : \"m1\"", "\"amount\" : \"250000\"",
                "\"member\" : \"m2\"", "\"amount\" : \"0\"");
    }

    @Test
    void numberNoDecimalFieldCanHold_isAViolationForEveryCommandAndFormat() {
        for (String hostile : List.of("10e2147483647", "-10e2147483647", "1E+2147483647", "1e-2147483648")) {
            for (String field : List.of("TOTAL", "WEIGHTS")) {
                String document = field.equals("TOTAL") ? weighted("{\"m1\": 1, \"m2\": 1}", hostile)
                        : weighted("{\"m1\": " + hostile + ", \"m2\": 1}", "1000000");
                String path = field.equals("TOTAL") ? "/financing/total" : "/association/municipalKey/values/m1";
                for (String command : List.of("validate", "split", "schedule", "budget")) {
                    for (String format : List.of("table", "json")) {
                        CliTest.Run r = runWithInput(document, command, "--format", format, "-");

                        assertThat(r.status()).as("%s --format %s with %s at %s: %s", command, format, hostile, path, r.err())
                                .isEqualTo(1);
                        assertThat(r.err()).as("%s with %s", command, hostile).contains(path, "json.invalid-number")
                                .doesNotContain("internal error", "Exception");
                    }
                }
            }
        }
    }
}
