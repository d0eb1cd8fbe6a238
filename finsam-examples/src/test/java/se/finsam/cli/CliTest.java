package se.finsam.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    static final String RAR = "documents/rar-sormland-2007.json";

    /**
     * The published income table of RAR Sörmland's 2007 plan (docs/domain.md, Golden figures), as the Swedish
     * table prints it.
     */
    static final Map<String, String> PUBLISHED = new LinkedHashMap<>();

    static {
        PUBLISHED.put("Försäkringskassan", "7 500 000 kr");
        PUBLISHED.put("Arbetsförmedlingen", "0 kr");
        PUBLISHED.put("Landstinget Sörmland", "3 750 000 kr");
        PUBLISHED.put("Eskilstuna", "1 308 750 kr");
        PUBLISHED.put("Flen", "236 250 kr");
        PUBLISHED.put("Gnesta", "142 500 kr");
        PUBLISHED.put("Katrineholm", "465 000 kr");
        PUBLISHED.put("Nyköping", "712 500 kr");
        PUBLISHED.put("Oxelösund", "161 250 kr");
        PUBLISHED.put("Strängnäs", "438 750 kr");
        PUBLISHED.put("Trosa", "153 750 kr");
        PUBLISHED.put("Vingåker", "131 250 kr");
        PUBLISHED.put("Kommunerna", "3 750 000 kr");
        PUBLISHED.put("Totalt", "15 000 000 kr");
    }

    record Run(int status, String out, String err) {
    }

    static Run runWithInput(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Cli(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Run run(String... args) {
        return runWithInput("", args);
    }

    @Test
    void split_ofRar2007_printsThePublishedIncomeTable() {
        Run r = run("split", "--lang", "sv", RAR);

        assertThat(r.status()).as(r.err()).isZero();
        PUBLISHED.forEach((label, amount) -> assertThat(r.out())
                .as("line for %s", label)
                .containsPattern("(?m)^" + label + " .*\\s" + amount + "$"));
        assertThat(r.err()).isEmpty();
    }

    @Test
    void split_asJson_hasTheShapeOfTheContract() {
        Run r = run("split", "--format", "json", RAR);

        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("\"association\" : \"rar-sormland\"", "\"year\" : 2007", "\"currency\" : \"SEK\"",
                "\"total\" : \"15000000\"", "\"member\" : \"eskilstuna\"", "\"amount\" : \"1308750\"",
                "\"member\" : \"af\"", "\"amount\" : \"0\"");
    }

    @Test
    void split_asCsv_opensInASwedishSpreadsheet() {
        Run r = run("split", "--format=csv", RAR);

        assertThat(r.out()).startsWith("\uFEFFmember;name;kind;kindName;key;amount\r\n")
                .contains("eskilstuna;Eskilstuna;MUNICIPALITY;Municipality;34,9;1308750\r\n",
                        "af;Arbetsförmedlingen;PUBLIC_EMPLOYMENT_SERVICE;Arbetsförmedlingen;;0\r\n",
                        "\r\n\r\nparty;partyName;share;amount\r\n");
    }

    @Test
    void split_asRfc4180Csv_hasCommasAndNoByteOrderMark() {
        Run r = run("split", "--format", "csv", "--csv-dialect", "rfc4180", RAR);

        assertThat(r.out()).startsWith("member,name,kind,kindName,key,amount\r\n")
                .contains("flen,Flen,MUNICIPALITY,Municipality,6.3,236250\r\n");
    }

    @Test
    void split_withExplain_showsQuotaRoundingAndRemainder() {
        Run r = run("split", "--explain", "--lang", "sv", RAR);

        assertThat(r.out()).contains("Så kom varje medlems bidrag till\n",
                "\nEskilstuna            procentsatser       3 750 000 kr  34,9          100  1 308 750 kr    1 308 750 kr"
                        + "             0  0     1 308 750 kr\n",
                "\nStaten      15 000 000 kr     2            4  7 500 000 kr    7 500 000 kr             0  0     7 500 000 kr\n");
    }

    @Test
    void split_withExplain_asCsv_hasEveryStepInColumnsInTheReportLanguage() {
        Run r = run("split", "--explain", "--format", "csv", RAR);

        assertThat(r.out()).contains(
                "\r\nparty;partyName;of;weight;weightSum;quota;roundedDown;extraUnit;remainder;amount\r\n"
                        + "STATE;The state;15000000;2;4;7500000;7500000;0;0;7500000\r\n",
                "\r\nmember;name;key;keyName;of;weight;weightSum;quota;roundedDown;extraUnit;remainder;amount\r\n"
                        + "fk;Försäkringskassan;STATE_SHARE;the state's whole share;;;;;;;;7500000\r\n"
                        + "af;Arbetsförmedlingen;NOTHING;contributes nothing;;;;;;;;0\r\n"
                        + "landstinget;Landstinget Sörmland;ONLY_REGION;the only region;3750000;1;1;3750000;3750000;0;0;3750000\r\n"
                        + "eskilstuna;Eskilstuna;PERCENTAGES;percentages;3750000;34,9;100;1308750;1308750;0;0;1308750\r\n");
    }

    @Test
    void split_fromStandardInput_readsTheDocument() throws Exception {
        Run r = runWithInput(Files.readString(Path.of(RAR)), "split", "-");

        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("SEK 1,308,750");
    }

    @Test
    void split_ofInvalidDocument_exitsOneWithEveryViolationOnStandardError(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, Files.readString(Path.of(RAR))
                .replace("\"flen\": \"6.3\"", "\"flen\": \"6.2\"")
                .replace("\"kind\": \"REGION\"", "\"kind\": \"LANDSTING\"")
                .replace("\"year\": 2007", "\"yaer\": 2007"));

        Run r = run("split", broken.toString());

        assertThat(r.status()).isEqualTo(Cli.INVALID);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("/association/municipalKey/values  key.percentage-sum", "99.9",
                "/association/members/2/kind", "json.invalid-value", "'LANDSTING'", "/yaer", "json.unknown-field",
                "/year", "json.missing-field").doesNotContain("Exception", "\tat ");
    }

    @Test
    void validate_ofValidDocument_exitsZero() {
        Run r = run("validate", RAR);

        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("valid");
    }

    @Test
    void validate_asJson_ofInvalidDocument_printsTheReportAndExitsOne() {
        Run r = runWithInput("{\"year\": \"2007\"}", "validate", "--format", "json", "-");

        assertThat(r.status()).isEqualTo(Cli.INVALID);
        assertThat(r.out()).contains("\"valid\" : false", "\"path\" : \"/year\"", "\"code\" : \"json.wrong-type\"",
                "\"path\" : \"/association\"", "\"code\" : \"json.missing-field\"");
        assertThat(r.err()).contains("/year");
    }

    @Test
    void validate_asJson_ofValidDocument_printsValidTrue() {
        Run r = run("validate", "--format", "json", RAR);

        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("\"valid\" : true", "\"violations\" : [ ]");
    }

    @Test
    void validate_ofMalformedJson_locatesTheError() {
        Run r = runWithInput("{\n  \"year\": 2007,,\n}", "validate", "-");

        assertThat(r.status()).isEqualTo(Cli.INVALID);
        assertThat(r.err()).contains("json.syntax", "line 2");
    }

    @Test
    void missingFile_exitsTwo() {
        Run r = run("split", "no/such/file.json");

        assertThat(r.status()).isEqualTo(Cli.USAGE);
        assertThat(r.err()).contains("cannot read 'no/such/file.json'");
    }

    @Test
    void directoryAsFile_exitsTwo(@TempDir Path dir) {
        Run r = run("split", dir.toString());

        assertThat(r.status()).isEqualTo(Cli.USAGE);
        assertThat(r.err()).contains("cannot read");
    }

    @Test
    void usageErrors_exitTwo() {
        assertThat(run().status()).isEqualTo(Cli.USAGE);
        assertThat(run("frobnicate", RAR).err()).contains("unknown command 'frobnicate'");
        assertThat(run("split").err()).contains("missing FILE");
        assertThat(run("split", "--format", "xml", RAR).err()).contains("--format takes one of table, csv, json");
        assertThat(run("split", "--format").err()).contains("needs a value");
        assertThat(run("split", "--bogus", RAR).err()).contains("unknown option '--bogus'");
        assertThat(run("split", RAR, RAR).err()).contains("expected one FILE");
        assertThat(run("validate", "--explain", RAR).err()).contains("--explain is not available");
        assertThat(run("split", "--bogus", RAR).status()).isEqualTo(Cli.USAGE);
    }

    @Test
    void help_isAvailableForTheToolAndEveryCommand() {
        assertThat(run("--help").out()).contains("Usage: finsam <command>", "split", "validate");
        for (Command<?> c : Commands.ALL) {
            Run r = run(c.toString(), "--help");
            assertThat(r.status()).isZero();
            assertThat(r.out()).contains("Usage: finsam " + c);
        }
        assertThat(run("--version").out()).startsWith("finsam ");
    }

    @Test
    void validate_tellsEveryKindOfBundledDocumentApart_andFindsItValid() throws Exception {
        try (var files = Files.list(Path.of("documents"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                Run r = run("validate", p.toString());
                assertThat(r.status()).as("%s: %s", p, r.err()).isZero();
                assertThat(r.out()).as(p.toString()).contains("document): valid");
            }
        }
        assertThat(run("validate", "documents/national-2016.json").out()).contains("(national allocation document)");
        assertThat(run("validate", "documents/kvinnocoacher-2011.json").out()).contains("(participant follow-up document)");
        assertThat(run("validate", "documents/norra-vastmanland-indicators.json").out()).contains("(indicator document)");
    }

    @Test
    void validate_ofABrokenNationalDocument_reportsItsOwnViolations(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("national.json");
        Files.writeString(broken, Files.readString(Path.of("documents/national-2016.json"))
                .replaceFirst("\"appropriation\": \"[0-9]+\"", "\"appropriation\": \"-1\""));

        Run r = run("validate", "--format", "json", broken.toString());

        assertThat(r.status()).isEqualTo(Cli.INVALID);
        assertThat(r.out()).contains("\"path\" : \"/appropriation\"").doesNotContain("json.unknown-field");
    }

    @Test
    void readme_outputs_areWhatTheToolPrints() throws Exception {
        String readme = Files.readString(Path.of("../README.md"));
        assertReadmeShows(readme, "Medlemmarnas bidrag 2007\n", run("split", "--lang", "sv", RAR).out());
        assertReadmeShows(readme, "Projekt                                   Status", run("schedule", "--lang", "sv", RAR).out());
        assertReadmeShows(readme, "Verksamhetens kostnader\n\nKostnadsslag", run("budget", "--lang", "sv", RAR).out());
        assertReadmeShows(readme, "Område                                 Typ av område",
                run("indicators", "--lang", "sv", "documents/norra-vastmanland-indicators.json").out());
        String example = "documents/rar-sormland-2007-2009.json";
        assertReadmeShows(readme, "Intäkter, kostnader, disponibelt belopp och reservation per år\n",
                run("plan", "--lang", "sv", example).out());
        String outcome = run("outcome", "--lang", "sv", example).out();
        assertReadmeShows(readme, "Projekt\n\nProjekt  ", outcome);
        assertReadmeShows(readme, "Årets resultat och eget kapital\n", outcome);
        assertReadmeShows(readme, "Medlemmarnas andelar\n", outcome);
    }

    /** Every line of the README's output block that starts with {@code first} is printed, in order; "..." skips. */
    static void assertReadmeShows(String readme, String first, String printed) {
        int start = readme.indexOf("```\n" + first);
        assertThat(start).as("the README's block starting %s", first).isPositive();
        String shown = readme.substring(start + 4, readme.indexOf("```", start + 4));
        int at = 0;
        for (String line : shown.split("\n")) {
            if (!line.equals("...")) {
                int found = printed.indexOf(line + "\n", at);
                assertThat(found).as("README line '%s'", line).isGreaterThanOrEqualTo(at);
                at = found + line.length();
            }
        }
    }
}
