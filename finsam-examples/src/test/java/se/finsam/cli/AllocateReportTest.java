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
            Appropriation SEK 12,000, of which SEK 900 for supplementary funds: SEK 11,100 allocated by the
            model.
            Model: a base of SEK 1,000 per association, the rest 50% by försörjningsmått and 50% by population
            aged 16–64.
            Decrease at most 10% from the previous allocation (not for associations whose equity is above the
            reasonable level).
            Amounts in whole units of SEK 1.

            Allocation per association

            Association                Allocation       Base  Försörjningsmått part  Population part  Model amount      Floor  Ceiling  Limit           Redistribution  Supplementary requested  Supplementary granted  State money  State pays    Regions  Municipalities  Unmatched  Previous allocation  Change
            Samordningsförbundet Norr   SEK 2,976  SEK 1,000              SEK 1,620          SEK 405     SEK 3,025  SEK 2,700           none                   SEK -49                  SEK 600                SEK 400    SEK 3,376   SEK 3,376  SEK 1,688       SEK 1,688      SEK 0            SEK 3,000   -0.8%
            Samordningsförbundet Mitt   SEK 3,174  SEK 1,000              SEK 1,012        SEK 1,215     SEK 3,227                      none                   SEK -53                                                    SEK 3,174   SEK 2,000  SEK 1,000       SEK 1,000  SEK 1,174            SEK 3,000    5.8%
            Samordningsförbundet Syd    SEK 4,950  SEK 1,000              SEK 1,418        SEK 2,430     SEK 4,848  SEK 4,950           decrease limit         SEK 102                  SEK 300                SEK 300    SEK 5,250   SEK 5,250  SEK 2,625       SEK 2,625      SEK 0            SEK 5,500  -10.0%

            Total                      SEK 11,100  SEK 3,000              SEK 4,050        SEK 4,050    SEK 11,100                      1 limited                SEK 0                  SEK 900                SEK 700   SEK 11,800  SEK 10,626  SEK 5,313       SEK 5,313  SEK 1,174           SEK 11,500   -3.5%

            Allocation = model amount + redistribution; model amount = base + försörjningsmått part + population
            part. Redistribution: received when positive, given when negative. State money = allocation +
            supplementary funds granted.
            Change: the allocation against the previous allocation, in percent of it, exact, shown rounded half
            up to 1 decimal.

            Supplementary funds

            Association                Requested  Within the cap  Granted    Unmet
            Samordningsförbundet Norr    SEK 600         SEK 400  SEK 400  SEK 200
            Samordningsförbundet Syd     SEK 300         SEK 300  SEK 300    SEK 0

            Total                        SEK 900         SEK 700  SEK 700  SEK 200
            Left over                                             SEK 200

            A pot of SEK 900, at most SEK 400 per association; 2 requests.
            Every request within the cap is met; what remains of the pot is left over.

            Matching

            Association                Allocation  Supplementary granted  State money      Offer  State pays    Regions  Municipalities  Unmatched
            Samordningsförbundet Norr   SEK 2,976                SEK 400    SEK 3,376              SEK 3,376  SEK 1,688       SEK 1,688      SEK 0
            Samordningsförbundet Mitt   SEK 3,174                           SEK 3,174  SEK 2,000   SEK 2,000  SEK 1,000       SEK 1,000  SEK 1,174
            Samordningsförbundet Syd    SEK 4,950                SEK 300    SEK 5,250              SEK 5,250  SEK 2,625       SEK 2,625      SEK 0

            Total                      SEK 11,100                SEK 700   SEK 11,800             SEK 10,626  SEK 5,313       SEK 5,313  SEK 1,174

            The state pays what the regions and the municipalities together put in, at most its state money;
            they each pay half of what the state pays. No offer: the members match in full.

            Matching per member

            Association               Member                      Kind             Amount
            Samordningsförbundet Syd  Region Syd                  Region        SEK 2,625
            Samordningsförbundet Syd  Ystad                       Municipality  SEK 1,575
            Samordningsförbundet Syd  Simrishamn                  Municipality  SEK 1,050

            Samordningsförbundet Syd  Regions and municipalities                SEK 5,250

            Each association's regions' and municipalities' halves split among its members by their keys.
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
        Run r = run("allocate", "--explain", "--lang", "sv", small.toString());

        assertThat(r.out()).contains(
                "Samordningsförbundet Syd       4 848 kr                5 500 kr  4 950 kr       minskningsgräns        102 kr     4 950 kr\n",
                "Totalt                        3 000 kr              10,0                    4 050 kr                1 000              4 050 kr     11 100 kr\n",
                "Golv: föregående tilldelning minus 10 %, avrundat uppåt till enheten;",
                "Samordningsförbundet Syd  Ystad                  Kommun  1 575 kr\n");
    }

    @Test
    void allocate_asCsv_hasOneRowPerAssociation() {
        Run r = run("allocate", "--format", "csv", small.toString());

        assertThat(r.out()).startsWith("\uFEFFassociation;name;allocation;base;supportMeasurePart;populationPart;"
                + "modelAmount;floor;ceiling;limitApplied;redistribution;supplementaryRequested;supplementaryGranted;"
                + "stateAmount;effectiveState;regions;municipalities;unmatched;previousAllocation;change\r\n")
                .contains("norr;Samordningsförbundet Norr;2976;1000;1620;405;3025;2700;;NONE;-49;600;400;3376;3376;1688;1688;0;3000;-0,8\r\n",
                        "mitt;Samordningsförbundet Mitt;3174;1000;1012;1215;3227;;;NONE;-53;;;3174;2000;1000;1000;1174;3000;5,8\r\n",
                        "syd;Samordningsförbundet Syd;4950;1000;1418;2430;4848;4950;;DECREASE_LIMIT;102;300;300;5250;5250;2625;2625;0;5500;-10,0\r\n",
                        ";Total;11100;3000;4050;4050;11100;;;1 limited;0;900;700;11800;10626;5313;5313;1174;11500;-3,5\r\n\r\n",
                        "\r\n\r\nassociation;name;requested;eligible;granted;unmet\r\n",
                        "syd;Samordningsförbundet Syd;;Regions and municipalities;;;5250\r\n");
        assertThat(r.out().split("\r\n\r\n")).hasSize(4);
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
        Run r = run("allocate", "--lang", "sv", NATIONAL_2016);

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("Illustrative data",
                "Anslag 339 000 000 kr, varav 13 000 000 kr till tilläggsmedel: 326 000 000 kr fördelas enligt\nmodellen.",
                "En pott om 13 000 000 kr, högst 500 000 kr per förbund; 44 ansökningar.", "minskningsgräns")
                .containsPattern("(?m)^Totalt +326 000 000 kr +32 000 000 kr +220 500 004 kr +73 499 996 kr +326 000 000 kr"
                        + " +6 begränsade +0 kr +21 020 000 kr +13 000 000 kr +339 000 000 kr +338 826 871 kr +169 413 451 kr"
                        + " +169 413 420 kr +173 129 kr +276 004 000 kr +18,1 %$")
                .containsPattern("(?m)^Totalt +21 020 000 kr +21 020 000 kr +13 000 000 kr +8 020 000 kr$")
                .containsPattern("(?m)^Samordningsförbundet RAR i Sörmland +7 599 348 kr +400 000 kr ");
        String allocations = r.out().substring(r.out().indexOf("\nFörbund "), r.out().indexOf("\nTotalt "));
        assertThat(allocations.lines().filter(l -> l.matches("^[A-ZÅÄÖ].*  400 000 kr .*"))).hasSize(80);
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
                "use 'finsam split', 'schedule', 'budget', 'plan' or 'outcome'").doesNotContain("json.unknown-field", "json.missing-field");
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
