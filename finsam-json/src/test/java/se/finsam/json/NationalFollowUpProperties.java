package se.finsam.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import se.finsam.followup.AssociationFollowUp;
import se.finsam.followup.FollowUpFigures;
import se.finsam.followup.NationalFollowUp;
import se.finsam.followup.ProjectFollowUp;
import se.finsam.test.Seeds;
import se.finsam.validation.ValidationResult;
import se.finsam.validation.Violation;

/**
 * A generated national follow-up, of projects broken at random as {@link FollowUpStreamingProperties} breaks a
 * participant document, with its fields in random order: streamed (a few bytes at a time) it gives what it gives
 * read whole; each project's violations are those of the project read alone, at its place and in order; and a valid
 * one gives each project's summary, and aggregates equal to the figures of all their participants together.
 */
class NationalFollowUpProperties {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectNode VAGEN_IN = FollowUpStreamingProperties.document("vagen-in-2011.json");
    private static final ObjectNode KVINNOCOACHER = FollowUpStreamingProperties.document("kvinnocoacher-2011.json");

    @Test
    void aGeneratedNationalFollowUp_readsAsItsProjectsRead() {
        int[] valid = {0};
        int[] invalid = {0};
        Seeds.forAll("national follow-up read as its projects", 60, random -> {
            ObjectNode doc = MAPPER.createObjectNode();
            doc.put("name", "Uppföljning");
            ArrayNode counties = doc.putArray("counties");
            counties.addObject().put("code", "19").put("name", "Västmanlands län");
            counties.addObject().put("code", "04").put("name", "Södermanlands län");
            ArrayNode followUps = doc.putArray("followUps");
            List<List<ObjectNode>> projects = new ArrayList<>();
            boolean broken = random.nextInt(3) == 0;
            for (int i = 0; i < 1 + random.nextInt(3); i++) {
                ObjectNode entry = MAPPER.createObjectNode();
                entry.put("association", "forbund-" + i).put("name", "Förbund " + i).put("county", random.nextBoolean() ? "19" : "04");
                ArrayNode list = entry.putArray("projects");
                List<ObjectNode> these = new ArrayList<>();
                for (int j = 0; j < 1 + random.nextInt(3); j++) {
                    ObjectNode project = (random.nextBoolean() ? VAGEN_IN : KVINNOCOACHER).deepCopy();
                    if (broken) {
                        FollowUpStreamingProperties.mutate(project, random); // its limits are not used: the defaults
                    }
                    list.add(shuffled(project, random));
                    these.add(project);
                }
                followUps.add(shuffled(entry, random));
                projects.add(these);
            }
            byte[] bytes = shuffled(doc, random).toString().getBytes(StandardCharsets.UTF_8);
            NationalFollowUpFormat format = FinsamJson.create().nationalFollowUp();
            ValidationResult whole = format.validate(bytes);
            try {
                assertThat(format.validate(new FollowUpStreamingTest.Trickle(bytes, 1 + random.nextInt(64)))).isEqualTo(whole);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            List<Violation> expected = new ArrayList<>();
            for (int i = 0; i < projects.size(); i++) {
                for (int j = 0; j < projects.get(i).size(); j++) {
                    String at = "/followUps/" + i + "/projects/" + j;
                    FinsamJson.create().followUp().validate(bytes(projects.get(i).get(j))).violations().stream()
                            .map(v -> v.under(at)).forEach(expected::add);
                }
            }
            if (expected.size() < 1000) {
                assertThat(whole.violations()).containsExactlyElementsOf(expected);
            }
            if (whole.isValid()) {
                check(format.read(bytes), projects);
                valid[0]++;
            } else {
                invalid[0]++;
            }
        });
        assertThat(valid[0]).as("valid documents").isGreaterThan(20);
        assertThat(invalid[0]).as("invalid documents").isGreaterThan(5);
    }

    /** Each project's summary as read alone; each aggregate the figures of all its participants together. */
    private static void check(NationalFollowUp n, List<List<ObjectNode>> projects) {
        FollowUpFigures.Builder total = FollowUpFigures.builder();
        FollowUpFigures.Builder[] byCounty = {FollowUpFigures.builder(), FollowUpFigures.builder()};
        for (int i = 0; i < projects.size(); i++) {
            AssociationFollowUp a = n.associations().get(i);
            FollowUpFigures.Builder association = FollowUpFigures.builder();
            for (int j = 0; j < projects.get(i).size(); j++) {
                ProjectFollowUp p = FinsamJson.create().followUp().read(bytes(projects.get(i).get(j)));
                assertThat(a.projects().get(j)).isEqualTo(p.summary());
                association.declare(p.municipalities());
                p.participants().forEach(association::add);
                p.anonymous().forEach(association::add);
            }
            assertThat(a.figures()).isEqualTo(association.build(List.of()));
            total.merge(association);
            byCounty[a.county().equals("19") ? 0 : 1].merge(association);
        }
        assertThat(n.total()).isEqualTo(total.build(List.of()));
        assertThat(n.county("19")).isEqualTo(byCounty[0].build(List.of()));
        assertThat(n.county("04")).isEqualTo(byCounty[1].build(List.of()));
    }

    private static ObjectNode shuffled(ObjectNode node, SplittableRandom random) {
        try {
            return (ObjectNode) MAPPER.readTree(FollowUpStreamingProperties.shuffled(node, random));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(JsonNode node) {
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }
}
