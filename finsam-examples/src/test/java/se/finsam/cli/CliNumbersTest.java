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

    /** The RAR plan with {@code projects} decided projects of {@code cost} kronor in 2007, at unit 1. */
    static String rarWithProjects(int projects, String cost) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < projects; i++) {
            list.append(i == 0 ? "" : ",\n").append("{\"id\": \"p").append(i).append("\", \"name\": \"Projekt ").append(i)
                    .append("\", \"start\": \"2007-01-01\", \"end\": \"2007-12-31\", \"totalCost\": \"").append(cost)
                    .append("\"}");
        }
        return RAR_TEXT.replaceFirst("(?s)\"projects\": \\[.*?\\],\\s*\"costs\"", java.util.regex.Matcher.quoteReplacement(
                "\"projects\": [" + list + "],\n  \"costs\"")).replace("\"projectRoundingUnit\": \"1000\"",
                "\"projectRoundingUnit\": \"1\"");
    }

    static final String RAR_TEXT = read(CliTest.RAR);

    static String read(String path) {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of(path));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void projectsWhoseCostsSumBeyondALong_areInvalidForEveryCommand() {
        // Issue 11: valid for validate and split, "long overflow" from schedule and budget.
        String document = rarWithProjects(9224, "999999999999999");
        for (String command : List.of("validate", "split", "schedule", "budget")) {
            for (String format : List.of("table", "csv", "json")) {
                CliTest.Run r = runWithInput(document, command, "--format", format, "-");

                assertThat(r.status()).as("%s --format %s: %s", command, format, r.err()).isEqualTo(1);
                assertThat(r.err()).contains("/projects", "amount.too-large", "9223999999999990776")
                        .doesNotContain("internal error");
            }
        }
    }

    @Test
    void stateContributionWhoseTotalIsBeyondMaxUnits_isInvalidForEveryCommandAndFormat() {
        // Issue 11: valid for validate and the budget table, invalid for budget --format json.
        String document = RAR_TEXT.replace("\"total\": \"15000000\"", "\"stateContribution\": \"600000000000000\"");
        for (String command : List.of("validate", "split", "schedule", "budget")) {
            for (String format : List.of("table", "csv", "json")) {
                CliTest.Run r = runWithInput(document, command, "--format", format, "-");

                assertThat(r.status()).as("%s --format %s: %s", command, format, r.err()).isEqualTo(1);
                assertThat(r.err()).contains("/financing/stateContribution", "amount.too-large", "1200000000000000");
            }
        }
    }

    @Test
    void whatValidateAccepts_everyCommandComputesInEveryFormat_atTheLimitsOfEverySum() {
        List<String> documents = List.of(
                RAR_TEXT,
                RAR_TEXT.replace("\"total\": \"15000000\"", "\"stateContribution\": \"500000000000000\""),
                RAR_TEXT.replace("\"total\": \"15000000\"", "\"total\": \"1000000000000000\""),
                rarWithProjects(2, "499999999999999").replaceFirst("(?s)\"costs\": \\[.*?\\]",
                        "\"costs\": [{\"category\": \"STAFF\", \"amount\": \"2\"}]"),
                weighted("{\"m1\": 1e23, \"m2\": 1e18}", "1000000000000000"),
                weighted("{\"m1\": 1E-30, \"m2\": 1e29}", "1e15"));
        for (String document : documents) {
            CliTest.Run validate = runWithInput(document, "validate", "-");
            assertThat(validate.status()).as("validate: %s", validate.err()).isZero();
            for (String command : List.of("split", "schedule", "budget")) {
                for (String format : List.of("table", "csv", "json")) {
                    CliTest.Run r = runWithInput(document, command, "--format", format, "-");

                    assertThat(r.status()).as("%s --format %s: %s", command, format, r.err()).isZero();
                }
            }
        }
    }

    /** Runs {@code validate} and {@code command} in every format and checks they agree on validity. */
    private static void assertEveryFormatAgreesWithValidate(String document, String command, boolean valid) {
        CliTest.Run validate = runWithInput(document, "validate", "-");
        assertThat(validate.status()).as("validate: %s", validate.err()).isEqualTo(valid ? 0 : 1);
        for (String format : List.of("table", "csv", "json")) {
            CliTest.Run r = runWithInput(document, command, "--format", format, "-");

            assertThat(r.status()).as("%s --format %s: %s", command, format, r.err()).isEqualTo(valid ? 0 : 1);
            assertThat(r.err()).doesNotContain("internal error");
        }
    }

    @Test
    void nationalAllocation_whatValidateAcceptsAllocateComputesInEveryFormat() {
        String small = se.finsam.json.NationalDocuments.SMALL;
        assertEveryFormatAgreesWithValidate(small, "allocate", true);
        assertEveryFormatAgreesWithValidate(small.replace("\"appropriation\": \"12000\"",
                "\"appropriation\": \"500000000000000\""), "allocate", true);
        assertEveryFormatAgreesWithValidate(small.replace("\"appropriation\": \"12000\"",
                "\"appropriation\": \"600000000000000\""), "allocate", false);
        assertEveryFormatAgreesWithValidate(small.replace("\"supplementaryRequest\": \"600\"",
                "\"supplementaryRequest\": \"999999999999999\"").replace("\"supplementaryRequest\": \"300\"",
                "\"supplementaryRequest\": \"999999999999999\""), "allocate", false);
    }

    @Test
    void indicators_whatValidateAcceptsIndicatorsComputesInEveryFormat() {
        String document = read("documents/norra-vastmanland-indicators.json");
        assertEveryFormatAgreesWithValidate(document, "indicators", true);
        // Each payment fits at öre; their sum over the association's three municipalities does not.
        assertEveryFormatAgreesWithValidate(document.replaceAll("\"(SICKNESS_AND_REHABILITATION_BENEFIT|"
                + "SICKNESS_AND_ACTIVITY_COMPENSATION|UNEMPLOYMENT_BENEFIT|FINANCIAL_ASSISTANCE)\": \"[0-9.]+\"",
                "\"$1\": \"9999999999999.99\""), "indicators", false);
    }
}
