package se.finsam.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.cli.CliTest.run;
import static se.finsam.cli.CliTest.runWithInput;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.finsam.cli.CliTest.Run;
import se.finsam.json.NationalDocuments;

/** {@code finsam allocate}: golden output on a small national document, the formats and the exit statuses. */
class AllocateReportTest {

    static final String NATIONAL_2016 = "documents/national-2016.json";

    /**
     * The national document of finsam-json's tests ({@link NationalDocuments#SMALL}): three associations,
     * base 1 000 kr, 50/50, at most 10 % decrease; 12 000 kr of which 900 for supplementary funds (cap 400). By hand: 11 100 kr allocated, 8 100 above the bases; model weights
     * norr 0.5·4/10 + 0.5·100/1000 = 0.25, mitt 0.125 + 0.15 = 0.275, syd 0.175 + 0.3 = 0.475, so the model
     * gives 3 025, 3 227 and 4 848 (mitt's and syd's halves tie; the larger weight, syd, gets the unit).
     * syd had 5 500: its floor 4 950 holds it (+102). norr and mitt split the other 4 150 above their bases by
     * 10 : 11: 1 976.19 and 2 173.81 → 1 976 and 2 174 (−49 and −53). The supplementary requests, capped,
     * fit: norr 400 of its 600, syd 300, 200 left. mitt's members offer 2 000 of its 3 174: 1 174 unmatched.
     * syd's 4 950 + 300 = 5 250 is matched 2 625 by the region and 2 625 by Ystad (60 %) and Simrishamn.
     */
    static final String SMALL = NationalDocuments.SMALL;

    static final String SMALL_TABLE = """
            National allocation 2016
            Test data
            Appropriation 12 000 kr, of which 900 kr for supplementary funds: 11 100 kr allocated by the model
            Model: base 1 000 kr, the rest 50 % by försörjningsmått and 50 % by population aged 16–64; decrease at most 10 % (not for equity above the reasonable level)

            Association  Allocation      Base  Försörjningsmått  Population  Limit           Redistribution
            norr           2 976 kr  1 000 kr          1 620 kr      405 kr                          -49 kr
            mitt           3 174 kr  1 000 kr          1 012 kr    1 215 kr                          -53 kr
            syd            4 950 kr  1 000 kr          1 418 kr    2 430 kr  decrease limit         +102 kr

            Total         11 100 kr                                          1 limited

            Supplementary funds 900 kr, at most 400 kr per association: 2 requests for 900 kr, 700 kr within the cap, every request within the cap met

            Association  Requested  Granted   Unmet
            norr            600 kr   400 kr  200 kr
            syd             300 kr   300 kr    0 kr

            Total           900 kr   700 kr  200 kr
            Left over                200 kr

            Matching: the regions and the municipalities each pay half of what the state pays (associations with an offer or members; the others match in full)

            Matching  State money     Offer  State pays   Regions  Municipalities  Unmatched
            mitt         3 174 kr  2 000 kr    2 000 kr  1 000 kr        1 000 kr   1 174 kr
            syd          5 250 kr   in full    5 250 kr  2 625 kr        2 625 kr       0 kr
            Unmatched in all: 1 174 kr
            """;

    static Path small;

    @BeforeAll
    static void writeSmall(@TempDir Path dir) throws IOException {
        small = dir.resolve("small.json");
        Files.writeString(small, SMALL);
    }

    @Test
    void allocate_ofSmallDocument_printsTheGoldenTable() {
        Run r = run("allocate", small.toString());

        assertThat(r.err()).isEmpty();
        assertThat(r.status()).isZero();
        assertThat(r.out()).isEqualTo(SMALL_TABLE);
    }

    @Test
    void allocate_withExplain_showsHowEachAmountCameAbout() {
        Run r = run("allocate", "--explain", small.toString());

        assertThat(r.out()).startsWith(SMALL_TABLE).contains(
                "limit on decrease: floor 4 950 kr (previous 5 500 kr less 10 %, rounded up): applied",
                "does not protect it: its equity is above the reasonable level (previous 3 000 kr)",
                "norr: requested 600 kr, capped at 400 kr; granted 400 kr; unmet 200 kr",
                "  Ystad (MUNICIPALITY): 1 575 kr");
    }

    @Test
    void allocate_asCsv_hasOneRowPerAssociation() {
        Run r = run("allocate", "--format", "csv", small.toString());

        assertThat(r.out()).startsWith("\uFEFFassociation;name;allocation;base;supportMeasurePart;populationPart;"
                + "modelAmount;floor;ceiling;limitApplied;redistribution;supplementaryRequested;supplementaryGranted;"
                + "stateAmount;effectiveState;regions;municipalities;unmatched\r\n")
                .contains("norr;Samordningsförbundet Norr;2976;1000;1620;405;3025;2700;;NONE;-49;600;400;3376;3376;1688;1688;0\r\n",
                        "mitt;Samordningsförbundet Mitt;3174;1000;1012;1215;3227;;;NONE;-53;;;3174;2000;1000;1000;1174\r\n",
                        "syd;Samordningsförbundet Syd;4950;1000;1418;2430;4848;4950;;DECREASE_LIMIT;102;300;300;5250;5250;2625;2625;0\r\n");
        assertThat(r.out().split("\r\n")).hasSize(4);
    }

    @Test
    void allocate_asJson_hasTheResults() {
        Run r = run("allocate", "--format=json", small.toString());

        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("\"appropriation\" : \"12000\"", "\"allocated\" : \"11100\"",
                "\"association\" : \"syd\"", "\"allocation\" : \"4950\"", "\"limitApplied\" : \"DECREASE_LIMIT\"",
                "\"leftOver\" : \"200\"", "\"unmatched\" : \"1174\"");
    }

    @Test
    void allocate_ofTheBundled2016Example_printsEveryAssociationAndTheSupplementarySplit() {
        Run r = run("allocate", NATIONAL_2016);

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("Illustrative data",
                "Appropriation 339 000 000 kr, of which 13 000 000 kr for supplementary funds: 326 000 000 kr allocated",
                "Supplementary funds 13 000 000 kr, at most 500 000 kr per association: 44 requests for 21 020 000 kr",
                "decrease limit").containsPattern("(?m)^Total +326 000 000 kr ")
                .containsPattern("(?m)^Total +21 020 000 kr +13 000 000 kr +8 020 000 kr$")
                .containsPattern("(?m)^rar-sormland +\\d");
        String allocations = r.out().substring(r.out().indexOf("\nAssociation "), r.out().indexOf("\nTotal "));
        assertThat(allocations.lines().filter(l -> l.matches("^[a-z][a-z-]* .*  400 000 kr .*"))).hasSize(80);
    }

    @Test
    void allocate_ofInvalidDocument_exitsOneWithEveryViolationOnStandardError() {
        String broken = SMALL.replace("\"population\": 100", "\"population\": -100")
                .replace("\"populationWeight\": \"50\"", "\"populationWeight\": \"40\"");

        Run r = runWithInput(broken, "allocate", "-");

        assertThat(r.status()).isEqualTo(Cli.INVALID);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("/associations/0/population", "national.population-negative", "-100",
                "/parameters", "national.weights-sum", "90 %").doesNotContain("Exception", "\tat ");
    }

    @Test
    void allocate_whenTheLimitsCannotBeMet_exitsOneAndSaysWhy() {
        Run r = runWithInput(SMALL.replace("\"appropriation\": \"12000\"", "\"appropriation\": \"8000\""), "allocate", "-");

        assertThat(r.status()).isEqualTo(Cli.INVALID);
        assertThat(r.err()).contains("/appropriation", "national.floors-above-appropriation", "8 650 kr", "7 100 kr");
    }

    @Test
    void allocate_ofAnAssociationDocument_isInvalid() {
        Run r = run("allocate", CliTest.RAR);

        assertThat(r.status()).isEqualTo(Cli.INVALID);
        assertThat(r.err()).contains("(1 violation)", "json.wrong-document-kind", "This is a plan document",
                "use 'finsam split', 'schedule' or 'budget'").doesNotContain("json.unknown-field", "json.missing-field");
    }

    @Test
    void workedExampleOfTheDocs_printsWhatTheDocsSay(@TempDir Path dir) throws IOException {
        String docs = Files.readString(Path.of("../docs/national.md"));
        String section = docs.substring(docs.indexOf("## Worked example"));
        String json = between(section, "```json\n", "```\n");
        String printed = between(section.substring(section.indexOf("`finsam allocate` prints:")), "```\n", "```\n");
        Path example = dir.resolve("worked.json");
        Files.writeString(example, json);

        Run r = run("allocate", example.toString());

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo(printed);
    }

    @Test
    void readme_showsTheAllocateCommand() throws IOException {
        assertThat(Files.readString(Path.of("../README.md")))
                .contains("./finsam allocate finsam-examples/documents/national-2016.json");
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start) + start.length();
        return text.substring(from, text.indexOf(end, from));
    }

    @Test
    void allocate_help_describesTheCommand() {
        assertThat(run("allocate", "--help").out()).startsWith("Usage: finsam allocate").contains("docs/national.md");
        assertThat(run("--help").out()).contains("allocate");
    }
}
