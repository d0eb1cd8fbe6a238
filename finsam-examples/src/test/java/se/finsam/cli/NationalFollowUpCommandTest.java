package se.finsam.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code finsam followup} of a national follow-up document: told by its {@code followUps}, streamed, reported per
 * county, association and project and for the whole country, in every format; {@code validate} tells it too, and
 * another command names {@code followup} for it.
 */
class NationalFollowUpCommandTest {

    private static final String EXAMPLE = "../finsam-examples/documents/national-followup-2011.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static CliTest.Run run(InputStream stdin, String... args) {
        return FollowUpStreamingTest.run(stdin, args);
    }

    private static CliTest.Run run(String... args) {
        return run(InputStream.nullInputStream(), args);
    }

    @Test
    void followup_ofTheBundledNationalFollowUp_reportsEachLevel_inSwedish() {
        CliTest.Run r = run("followup", EXAMPLE);

        assertThat(r.status()).as(r.err()).isEqualTo(Cli.OK);
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("Uppföljning i Västmanlands län 2010–2012", "Västmanlands län",
                "Samordningsförbundet Västra Mälardalen", "Kvinnocoacher för arbetsåtergång", "Vägen in");
    }

    @Test
    void followup_asJson_holdsEachProjectsReport_asFollowupOfTheProjectAlone() throws Exception {
        CliTest.Run national = run("followup", "--format", "json", EXAMPLE);
        CliTest.Run project = run("followup", "--format", "json", "../finsam-examples/documents/vagen-in-2011.json");

        assertThat(national.status()).as(national.err()).isEqualTo(Cli.OK);
        JsonNode report = MAPPER.readTree(national.out());
        assertThat(report.get("projectCount").asInt()).isEqualTo(2);
        assertThat(report.at("/total/participants/started").asInt()).isEqualTo(80);
        assertThat(report.at("/associations/0/projects/1")).isEqualTo(MAPPER.readTree(project.out()));
    }

    @Test
    void followup_asCsvHtmlAndXlsx_andFromStandardInput_succeeds(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        byte[] bytes = Files.readAllBytes(Path.of(EXAMPLE));
        for (String format : List.of("csv", "html", "xlsx")) {
            Path out = dir.resolve("report." + format);
            CliTest.Run r = run(new ByteArrayInputStream(bytes), "followup", "--format", format, "--output", out.toString(), "-");
            assertThat(r.status()).as(format + ": " + r.err()).isEqualTo(Cli.OK);
            assertThat(Files.size(out)).as(format).isGreaterThan(500);
        }
        assertThat(run(new ByteArrayInputStream(bytes), "followup", "--lang", "en", "-").out()).contains("Västmanlands län");
    }

    /**
     * A national follow-up whose own fields come after its first MiB of text (here after an unknown field) is told,
     * as {@code validate} tells it, by all its first bytes: {@code followup} reads it as the national follow-up it is,
     * with the violations {@code validate} finds.
     */
    @Test
    void followup_ofANationalFollowUpToldLate_readsItAsValidateDoes() throws Exception {
        String late = "{\"x\": [" + "0,".repeat(Kind.KIND_MARK / 2) + "0], "
                + Files.readString(Path.of(EXAMPLE)).strip().substring(1);
        byte[] bytes = late.getBytes(java.nio.charset.StandardCharsets.UTF_8);

        CliTest.Run followup = run(new ByteArrayInputStream(bytes), "followup", "-");
        CliTest.Run validate = run(new ByteArrayInputStream(bytes), "validate", "-");

        assertThat(followup.status()).isEqualTo(Cli.INVALID);
        assertThat(followup.err()).contains("/x  json.unknown-field").doesNotContain("json.wrong-document-kind");
        assertThat(validate.status()).isEqualTo(Cli.INVALID);
        assertThat(validate.err()).contains("/x  json.unknown-field");
    }

    /**
     * Where {@code followup} is told another kind that it reads too (a national follow-up read as a participant
     * document), the advice is how to order the document, not the command just run.
     */
    @Test
    void theAdvice_toACommandThatReadsTheOtherKindToo_isToGiveItsFieldsFirst() throws Exception {
        List<se.finsam.validation.Violation> wrongKind = se.finsam.json.FinsamJson.create().followUp()
                .validate(Files.readAllBytes(Path.of(EXAMPLE))).violations();
        Command<?> followup = Commands.named("followup").orElseThrow();

        assertThat(Cli.withCommandToUse(followup, wrongKind)).singleElement().satisfies(v -> assertThat(v.message())
                .contains("This is a national follow-up document", "'finsam followup' tells it by the top-level fields of"
                        + " its first bytes; give them before any long field").doesNotContain("use 'finsam followup'"));
    }

    @Test
    void validate_tellsANationalFollowUp_andAFaultInAProjectIsAtItsPlace() throws Exception {
        assertThat(run("validate", EXAMPLE).out()).endsWith(": valid\n");
        ObjectNode doc = (ObjectNode) MAPPER.readTree(Files.readAllBytes(Path.of(EXAMPLE)));
        ((ObjectNode) doc.at("/followUps/0/projects/1/participants/3")).put("municipality", "sala");
        doc.put("counties", "19");
        byte[] bad = MAPPER.writeValueAsBytes(doc);

        CliTest.Run validate = run(new ByteArrayInputStream(bad), "validate", "-");
        CliTest.Run followup = run(new ByteArrayInputStream(bad), "followup", "-");

        assertThat(validate.status()).isEqualTo(Cli.INVALID);
        assertThat(validate.out() + validate.err()).contains("/counties", "json.wrong-type",
                "/followUps/0/projects/1/participants/3/municipality", "municipality.unknown");
        assertThat(followup.status()).isEqualTo(Cli.INVALID);
        assertThat(followup.err()).contains("/counties", "/followUps/0/projects/1/participants/3/municipality");
    }

    @Test
    void aNationalFollowUp_whoseFirstMiBIsWhitespace_isReadByFollowup_asValidateFindsItValid() throws Exception {
        // JSON allows any whitespace between tokens: followup tells the kind by the first MiB of text, not of bytes.
        String example = Files.readString(Path.of(EXAMPLE), StandardCharsets.UTF_8).strip();
        byte[] spaced = ("{" + " \n".repeat(Kind.KIND_MARK) + example.substring(1)).getBytes(StandardCharsets.UTF_8);

        CliTest.Run validate = run(new ByteArrayInputStream(spaced), "validate", "-");
        CliTest.Run followup = run(new ByteArrayInputStream(spaced), "followup", "-");

        assertThat(validate.status()).as(validate.err()).isEqualTo(Cli.OK);
        assertThat(followup.status()).as(followup.err()).isEqualTo(Cli.OK);
        assertThat(followup.out()).contains("Västmanlands län");
    }

    @Test
    void validate_namesACutDocument_byTheKindItsFirstFieldsTell() throws Exception {
        byte[] bytes = Files.readAllBytes(Path.of(EXAMPLE));
        byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length / 2);
        byte[] project = Files.readAllBytes(Path.of("../finsam-examples/documents/vagen-in-2011.json"));

        CliTest.Run national = run(new ByteArrayInputStream(cut), "validate", "-");
        CliTest.Run participants = run(new ByteArrayInputStream(java.util.Arrays.copyOf(project, project.length / 2)),
                "validate", "-");

        assertThat(national.status()).isEqualTo(Cli.INVALID);
        assertThat(national.out() + national.err()).contains("(national follow-up document)", "json.syntax")
                .doesNotContain("plan document");
        assertThat(participants.out() + participants.err()).contains("(participant follow-up document)", "json.syntax");
    }

    @Test
    void moreViolationsThanAreListed_areCountedInTheHeader() {
        String project = "{\"name\": \"P\", \"start\": \"2010-01-01\", \"municipalities\": [{\"id\": \"a\", \"name\": \"A\"}],"
                + " \"participants\": [" + String.join(", ", java.util.Collections.nCopies(250, "{}")) + "]}";
        String doc = "{\"name\": \"N\", \"counties\": [{\"code\": \"19\", \"name\": \"V\"}], \"followUps\": [{\"association\": \"a\","
                + " \"name\": \"A\", \"county\": \"19\", \"projects\": [" + project + ", " + project + "]}]}";

        CliTest.Run r = run(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)), "followup", "-");

        // 2 projects of 250 participants missing their 5 required fields: 2 500 violations.
        assertThat(r.err()).startsWith("finsam: standard input is invalid (2500 violations, the first 1000 listed):\n")
                .contains("1500 more violations are not reported");
        assertThat(Cli.count(List.of(se.finsam.validation.Violation.of("", "json.limit-exceeded", "The document is larger"))))
                .isEqualTo("1 violation");
    }

    @Test
    void anotherCommand_givenANationalFollowUp_namesFollowup() {
        CliTest.Run r = run("split", EXAMPLE);

        assertThat(r.status()).isEqualTo(Cli.INVALID);
        assertThat(r.err()).contains("This is a national follow-up document (it has 'followUps'), not a plan document:"
                + " use 'finsam followup'");
        assertThat(run("split", "../finsam-examples/documents/vagen-in-2011.json").err()).contains("use 'finsam followup'");
    }

    @Test
    void aNationalFollowUpLargerThanADocumentReadWhole_isStreamed_byFollowupAndValidate() {
        String head = "{\"name\": \"N\", \"counties\": [{\"code\": \"19\", \"name\": \"Västmanlands län\"}], \"followUps\": ["
                + "{\"association\": \"a\", \"name\": \"A\", \"county\": \"19\", \"projects\": [";
        String tail = "]}]}";
        int rounds = FollowUpStreamingTest.ROUNDS;

        for (String command : List.of("followup", "validate")) {
            FollowUpStreamingTest.GeneratedFollowUp project = new FollowUpStreamingTest.GeneratedFollowUp(rounds);
            InputStream stdin = new SequenceInputStream(java.util.Collections.enumeration(List.of(
                    new ByteArrayInputStream(head.getBytes(StandardCharsets.UTF_8)), project,
                    new ByteArrayInputStream(tail.getBytes(StandardCharsets.UTF_8)))));

            CliTest.Run r = command.equals("followup")
                    ? run(stdin, command, "--format", "csv", "--csv-dialect", "rfc4180", "--lang", "en", "-")
                    : run(stdin, command, "-");

            assertThat(r.status()).as(command + ": " + r.err()).isEqualTo(Cli.OK);
            assertThat(project.position).as("larger than a document read whole").isGreaterThan(16L << 20);
            if (command.equals("followup")) {
                assertThat(r.out()).contains("COUNTRY,Country,,Whole country," + 4L * rounds + "," + 4L * rounds + ",0,"
                        + 3L * rounds + "," + rounds + ",181.7,182.0");
            } else {
                assertThat(r.out()).endsWith(": valid\n");
            }
        }
    }
}
