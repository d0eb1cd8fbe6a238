package se.finsam.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.finsam.followup.AssociationFollowUp;
import se.finsam.followup.FollowUpFigures;
import se.finsam.followup.NationalFollowUp;
import se.finsam.followup.ProjectFollowUp;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.ValidationResult;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

/** The national follow-up document: the bundled example, the national rules, limits, and every way of reading. */
class NationalFollowUpTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path EXAMPLE = Path.of("../finsam-examples/documents/national-followup-2011.json");
    private static final NationalFollowUpFormat FORMAT = FinsamJson.create().nationalFollowUp();

    @Test
    void theExample_givesEachProjectsSummary_andTheAggregatesOfTheirParticipants() throws IOException {
        byte[] bytes = Files.readAllBytes(EXAMPLE);
        ProjectFollowUp kvinnocoacher = FinsamJson.create().followUp().read(Path.of("../finsam-examples/documents/kvinnocoacher-2011.json"));
        ProjectFollowUp vagenIn = FinsamJson.create().followUp().read(Path.of("../finsam-examples/documents/vagen-in-2011.json"));

        NationalFollowUp n = FORMAT.read(bytes);

        assertThat(n.counties()).extracting(c -> c.code() + " " + c.name()).containsExactly("19 Västmanlands län");
        AssociationFollowUp a = n.associations().get(0);
        assertThat(a.id().value()).isEqualTo("vastra-malardalen");
        assertThat(a.projects()).containsExactly(kvinnocoacher.summary(), vagenIn.summary());
        FollowUpFigures.Builder both = FollowUpFigures.builder();
        for (ProjectFollowUp p : List.of(kvinnocoacher, vagenIn)) {
            both.declare(p.municipalities());
            p.participants().forEach(both::add);
        }
        FollowUpFigures expected = both.build(List.of());
        assertThat(a.figures()).isEqualTo(expected);
        assertThat(n.county("19")).isEqualTo(expected);
        assertThat(n.total()).isEqualTo(expected);
        assertThat(n.total().started()).isEqualTo(80);
        assertThat(n.projectCount()).isEqualTo(2);
        assertThat(FinsamJson.create().kindOf(bytes)).isEqualTo(DocumentKind.NATIONAL_FOLLOW_UP);
        assertThat(FinsamJson.create().format(DocumentKind.NATIONAL_FOLLOW_UP)).isSameAs(FinsamJson.create().nationalFollowUp());
    }

    @Test
    void everyWayOfReading_givesTheSameValue(@TempDir Path dir) throws IOException {
        byte[] bytes = Files.readAllBytes(EXAMPLE);
        NationalFollowUp whole = FORMAT.read(bytes);

        assertThat(FORMAT.read(EXAMPLE)).isEqualTo(whole);
        assertThat(FORMAT.read(new FollowUpStreamingTest.Trickle(bytes, 3))).isEqualTo(whole);
        assertThat(FORMAT.read(new String(bytes, StandardCharsets.UTF_8))).isEqualTo(whole);
        // The module writes the report, as of every result.
        assertThat(MAPPER.copy().registerModule(FinsamJson.create().module()).readTree(
                MAPPER.copy().registerModule(FinsamJson.create().module()).writeValueAsString(whole)))
                .isEqualTo(MAPPER.readTree(FORMAT.write(whole)));
        assertThat(FORMAT.validate(EXAMPLE).isValid()).isTrue();
        assertThat(FORMAT.validate(new ByteArrayInputStream(bytes)).isValid()).isTrue();
    }

    @Test
    void everyCorpusInput_streamed_givesTheResultOfReadingItWhole() throws IOException {
        java.util.SplittableRandom random = se.finsam.test.Seeds.random(se.finsam.test.Seeds.seedOf("national streamed"), 0);
        List<String> differences = new java.util.ArrayList<>();
        int valid = 0;
        for (GoldenCorpus.Input input : GoldenCorpus.inputs()) {
            NationalFollowUpFormat format = input.json().nationalFollowUp();
            ValidationResult whole = format.validate(input.bytes());
            for (int chunk : new int[] {Integer.MAX_VALUE, 1 + random.nextInt(7)}) {
                ValidationResult streamed = format.validate(new FollowUpStreamingTest.Trickle(input.bytes(), chunk));
                if (!streamed.equals(whole)) {
                    differences.add(input.name() + " (chunks of " + chunk + "):\n  whole:    " + whole.violations()
                            + "\n  streamed: " + streamed.violations());
                }
            }
            if (whole.isValid()) {
                assertThat(format.read(new ByteArrayInputStream(input.bytes()))).isEqualTo(format.read(input.bytes()));
                valid++;
            }
        }
        assertThat(differences).as("inputs whose streamed result differs").isEmpty();
        assertThat(valid).as("valid national follow-ups among them").isGreaterThanOrEqualTo(3);
    }

    @Test
    void theReport_holdsTheTotalEachCountyEachAssociationAndEachProjectsReport() throws IOException {
        NationalFollowUp n = FORMAT.read(EXAMPLE);
        ObjectNode report = (ObjectNode) MAPPER.readTree(FORMAT.write(n));
        String project = FinsamJson.create().followUp().write(n.associations().get(0).projects().get(0));

        // The header: what the follow-up is, how figures are rounded, and how many of each level it holds.
        assertThat(report.get("name").asText()).isEqualTo("Uppföljning i Västmanlands län 2010–2012");
        assertThat(report.get("note").asText()).startsWith("Illustrative: a national follow-up");
        assertThat(report.at("/rounding/mode").asText()).isEqualTo("HALF_UP");
        assertThat(report.get("countyCount").asInt()).isEqualTo(1);
        assertThat(report.get("associationCount").asInt()).isEqualTo(1);
        assertThat(report.get("projectCount").asInt()).isEqualTo(2);
        assertThat(report.at("/counties/0/code").asText()).isEqualTo("19");
        assertThat(report.at("/associations/0/association").asText()).isEqualTo("vastra-malardalen");
        assertThat(report.at("/associations/0/name").asText()).isEqualTo("Samordningsförbundet Västra Mälardalen");
        assertThat(report.at("/associations/0/county").asText()).isEqualTo("19");
        assertThat(report.at("/associations/0/projects")).hasSize(2);
        // A follow-up without a note has no note in its report.
        NationalFollowUp noNote = new NationalFollowUp(n.name(), java.util.Optional.empty(), n.counties(), n.associations(),
                java.util.Map.of("19", n.county("19")), n.total());
        assertThat(MAPPER.readTree(FORMAT.write(noNote)).has("note")).isFalse();
        assertThat(report.at("/total/participants/started").asInt()).isEqualTo(80);
        assertThat(report.at("/counties/0/name").asText()).isEqualTo("Västmanlands län");
        assertThat(report.at("/counties/0/participants/started").asInt()).isEqualTo(80);
        assertThat(report.at("/associations/0/participants/started").asInt()).isEqualTo(80);
        assertThat(report.at("/associations/0/projects/0")).isEqualTo(MAPPER.readTree(project));
        assertThat(report.at("/total/targets")).isEmpty();
    }

    @Test
    void theNationalRules_areReportedAllAtOnce() throws IOException {
        ObjectNode doc = example();
        ArrayNode counties = (ArrayNode) doc.get("counties");
        counties.addObject().put("code", "19").put("name", "Västmanland igen");
        counties.addObject().put("code", "26").put("name", "Ingen län");
        ArrayNode followUps = (ArrayNode) doc.get("followUps");
        ObjectNode second = followUps.get(0).deepCopy();
        second.put("county", "04");
        ((ObjectNode) second.at("/projects/0/municipalities/0")).put("name", "Arboga stad");
        followUps.add(second);
        followUps.addObject().put("association", "x").put("name", " ");

        ValidationResult result = FORMAT.validate(MAPPER.writeValueAsBytes(doc));

        assertThat(result.violations()).extracting(v -> v.path() + " " + v.code()).containsExactly(
                "/counties/2/code county.code-invalid",
                "/followUps/1/projects/0/municipalities/0/name " + ViolationCodes.MUNICIPALITY_DIFFERS,
                "/followUps/2/county json.missing-field",
                "/followUps/2/projects json.missing-field",
                "/followUps/2/name text.invalid",
                "/counties/1/code " + ViolationCodes.COUNTY_DUPLICATE,
                "/followUps/1/association " + ViolationCodes.NATIONAL_DUPLICATE_ASSOCIATION,
                "/followUps/1/county " + ViolationCodes.COUNTY_UNKNOWN);
        assertThat(result.violations()).extracting(Violation::message).contains(
                "Municipality 'arboga' is named 'Arboga stad' here but 'Arboga' at /followUps/0/projects/0/municipalities/0;"
                        + " a municipality is declared alike throughout a national follow-up",
                "County '19' is listed as counties 0 and 1",
                "County '04' is not among the counties listed in 'counties'");
    }

    @Test
    void aFaultInAProject_isReportedAsForTheProjectAlone_atItsPlace() throws IOException {
        ObjectNode doc = example();
        ObjectNode project = (ObjectNode) doc.at("/followUps/0/projects/1");
        ((ObjectNode) project.at("/participants/3")).put("municipality", "sala");
        ((ObjectNode) project.at("/participants/7")).put("gender", "NEITHER");
        project.put("start", "2010-10-01");
        List<Violation> alone = FinsamJson.create().followUp().validate(MAPPER.writeValueAsBytes(project)).violations();

        ValidationResult result = FORMAT.validate(MAPPER.writeValueAsBytes(doc));

        assertThat(alone).hasSizeGreaterThan(2);
        assertThat(result.violations()).containsExactlyElementsOf(
                alone.stream().map(v -> v.under("/followUps/0/projects/1")).toList());
    }

    @Test
    void fieldsInAnyOrder_giveTheSameValue() throws IOException {
        ObjectNode doc = example();
        ObjectNode reordered = MAPPER.createObjectNode();
        ObjectNode entry = MAPPER.createObjectNode();
        ObjectNode first = (ObjectNode) doc.at("/followUps/0");
        entry.set("projects", first.get("projects"));
        entry.set("county", first.get("county"));
        entry.set("name", first.get("name"));
        entry.set("association", first.get("association"));
        reordered.putArray("followUps").add(entry);
        reordered.set("counties", doc.get("counties"));
        reordered.set("note", doc.get("note"));
        reordered.set("name", doc.get("name"));

        assertThat(FORMAT.read(MAPPER.writeValueAsBytes(reordered))).isEqualTo(FORMAT.read(EXAMPLE));
    }

    @Test
    void theLimits_refuseListsTooLong_andProjectsTooManyInAll() throws IOException {
        byte[] bytes = MAPPER.writeValueAsBytes(twoAssociations());

        assertThat(FinsamJson.builder().maxProjects(1).build().nationalFollowUp().validate(bytes).violations())
                .extracting(v -> v.path() + " " + v.code() + " " + v.message()).containsExactly(
                        "/followUps/0/projects json.limit-exceeded At most 1 projects are accepted, found 2",
                        "/followUps/1/projects json.limit-exceeded At most 1 projects are accepted, found 2");
        assertThat(FinsamJson.builder().maxProjects(3).build().nationalFollowUp().validate(bytes).violations())
                .extracting(v -> v.path() + " " + v.message()).containsExactly(
                        "/followUps At most 3 projects are accepted in a national follow-up, found 4");
        assertThat(FinsamJson.builder().maxAssociations(1).build().nationalFollowUp().validate(bytes).violations())
                .extracting(v -> v.path() + " " + v.message()).containsExactly(
                        "/followUps At most 1 follow-ups are accepted, found 2");
        assertThat(FinsamJson.builder().maxProjects(4).build().nationalFollowUp().validate(bytes).isValid()).isTrue();
        assertThat(FinsamJson.builder().maxStreamedBytes(100).build().nationalFollowUp()
                .validate(new ByteArrayInputStream(bytes)).violations()).extracting(Violation::code)
                .containsExactly("json.limit-exceeded");
    }

    @Test
    void anotherKindOfDocument_isRefusedAsOne() throws IOException {
        byte[] plan = Files.readAllBytes(Path.of("../finsam-examples/documents/rar-sormland-2007.json"));
        byte[] project = Files.readAllBytes(Path.of("../finsam-examples/documents/vagen-in-2011.json"));

        assertThat(FORMAT.validate(plan).violations()).extracting(Violation::code).containsExactly("json.wrong-document-kind");
        assertThat(FORMAT.validate(new ByteArrayInputStream(project)).violations()).extracting(Violation::message)
                .containsExactly("This is a participant follow-up document (it has 'participants'), not a national follow-up document");
        assertThatThrownBy(() -> FORMAT.read(new ByteArrayInputStream("[1]".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(FinsamValidationException.class);
        assertThat(FORMAT.validate("{\"followUps\": 3, \"counties\": {}}").violations())
                .extracting(v -> v.path() + " " + v.code()).containsExactly("/name json.missing-field",
                        "/counties json.wrong-type", "/followUps json.wrong-type");
    }

    @Test
    void documentsOfOddShapes_areReportedAsEveryOtherDocument_streamedOrWhole() throws IOException {
        String odd = "{\"name\": \"N\", \"other\": [1, {\"a\": 2}], \"counties\": [{\"code\": 4, \"name\": \"X\"}, 5],"
                + " \"followUps\": [3, [4], {\"association\": \"a\", \"name\": \"A\", \"county\": \"01\", \"projects\": {},"
                + " \"extra\": [1]}, {\"association\": \"b\", \"name\": {}, \"county\": 19, \"projects\": [[1], 7]}]}";

        assertThat(results(odd)).containsExactly(
                "/other json.unknown-field",
                "/counties/0/code json.wrong-type",
                "/counties/1 json.wrong-type",
                "/followUps/0 json.wrong-type",
                "/followUps/1 json.wrong-type",
                "/followUps/2/extra json.unknown-field",
                "/followUps/2/projects json.wrong-type",
                "/followUps/3/name json.wrong-type",
                "/followUps/3/county json.wrong-type",
                "/followUps/3/projects/0 json.wrong-type",
                "/followUps/3/projects/1 json.wrong-type");
        assertThat(results("[1, 2]")).containsExactly(" json.wrong-type");
        assertThat(results("\"x\"")).containsExactly(" json.wrong-type");
        assertThat(results("{\"followUps\": [{\"association\": \"a\", \"association\": \"b\"}]}"))
                .containsExactly("/followUps/0/association json.syntax");
        assertThat(results("{\"followUps\": [], \"followUps\": []}")).containsExactly("/followUps json.syntax");
        assertThat(results("{\"followUps\": [{\"projects\": [{\"name\": \"P\"")).containsExactly(
                "/followUps/0/projects/0/name json.syntax");
        assertThat(results("{\"name\": \"N\", \"followUps\": \"x\", \"counties\": [{\"code\": \"19\", \"name\": \" \"}]}"))
                .containsExactly("/counties/0/name text.invalid", "/followUps json.wrong-type");
        assertThat(FinsamJson.builder().maxAssociations(1).build().nationalFollowUp().validate(
                "{\"name\": \"N\", \"followUps\": [], \"counties\": [{\"code\": \"19\", \"name\": \"A\"}, 1]}")
                .violations()).extracting(v -> v.path() + " " + v.message()).containsExactly(
                        "/counties At most 1 counties are accepted, found 2");
    }

    /** The path and code of each violation of a document, the same streamed as read whole. */
    private static List<String> results(String document) throws IOException {
        byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
        ValidationResult whole = FORMAT.validate(bytes);
        assertThat(FORMAT.validate(new FollowUpStreamingTest.Trickle(bytes, 2))).as(document).isEqualTo(whole);
        return whole.violations().stream().map(v -> v.path() + " " + v.code()).toList();
    }

    private static ObjectNode twoAssociations() throws IOException {
        ObjectNode doc = example();
        ObjectNode second = doc.at("/followUps/0").deepCopy();
        second.put("association", "andra");
        ((ArrayNode) doc.get("followUps")).add(second);
        return doc;
    }

    private static ObjectNode example() throws IOException {
        return (ObjectNode) MAPPER.readTree(Files.readAllBytes(EXAMPLE));
    }
}
