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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import se.finsam.test.Seeds;
import se.finsam.validation.ValidationResult;

/**
 * Streaming a participant document for its summary gives the result of reading it whole, on documents made to
 * reach every path of the streamed reader: top-level fields in any order (participants before the
 * municipalities and dates they are checked against), open projects, faulty participants and anonymous entries,
 * more than a thousand violations, lists past their limits and municipalities of unknown id.
 */
class FollowUpStreamingProperties {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectNode VAGEN_IN = document("vagen-in-2011.json");
    private static final ObjectNode KVINNOCOACHER = document("kvinnocoacher-2011.json");

    @Test
    void aGeneratedDocument_streamed_givesTheResultOfReadingItWhole() {
        int[] valid = {0};
        int[] overflowing = {0};
        Seeds.forAll("follow-up streamed as read whole", 150, random -> {
            ObjectNode doc = (random.nextBoolean() ? VAGEN_IN : KVINNOCOACHER).deepCopy();
            FinsamJson json = mutate(doc, random);
            byte[] bytes = shuffled(doc, random).getBytes(StandardCharsets.UTF_8);
            FollowUpFormat format = json.followUp();
            ValidationResult whole = format.validate(bytes);
            try {
                assertThat(format.validateStreaming(new ByteArrayInputStream(bytes))).isEqualTo(whole);
                if (whole.isValid()) {
                    assertThat(format.summary(new ByteArrayInputStream(bytes))).isEqualTo(format.read(bytes).summary());
                    valid[0]++;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (whole.violations().size() > 1000) {
                overflowing[0]++;
            }
        });
        assertThat(valid[0]).as("valid documents").isGreaterThan(10);
        assertThat(overflowing[0]).as("documents with more violations than are reported").isGreaterThan(3);
    }

    /** Breaks the document at random, and gives the reader to read it with (some limits lowered). */
    static FinsamJson mutate(ObjectNode doc, SplittableRandom random) {
        FinsamJson.Builder limits = FinsamJson.builder();
        ArrayNode participants = (ArrayNode) doc.get("participants");
        if (random.nextInt(4) == 0) {
            doc.remove("end"); // an open project
        }
        if (random.nextInt(5) == 0) {
            // Many participants from a municipality not declared: more violations than are reported.
            JsonNode first = participants.get(0);
            for (int i = 0; i < 1000 + random.nextInt(300); i++) {
                ObjectNode copy = first.deepCopy();
                copy.put("municipality", random.nextInt(3) == 0 ? "sala" : "ort" + i);
                if (random.nextInt(10) == 0) {
                    copy.put("start", "1999-01-01");
                }
                participants.add(copy);
            }
        }
        int faults = random.nextBoolean() ? 0 : 1 + random.nextInt(5);
        for (int k = 0; k < faults; k++) {
            if (!(participants.get(random.nextInt(participants.size())) instanceof ObjectNode p)) {
                continue; // already replaced by a string
            }
            switch (random.nextInt(13)) {
                // Values a streamed participant stands in for by their kind, or passes over: objects and arrays
                // where a scalar or a situation is read, and an unknown field's nested value.
                case 9 -> p.putArray("municipality").add(1).addObject().put("a", "b");
                case 10 -> p.putObject("before").putObject("occupation").putArray("x").add(2);
                case 11 -> p.putObject("unknown").putObject("deep").putArray("list").add(3).add("four");
                case 12 -> p.putArray("after").addArray().add(5);
                case 0 -> p.put("municipality", "sala");
                case 1 -> p.put("start", "2001-02-03");
                case 2 -> p.put("end", "2031-01-01");
                case 3 -> p.put("gender", "NEITHER");
                case 4 -> p.remove("ageBand");
                case 5 -> p.put("start", 20110101);
                case 6 -> participants.set(random.nextInt(participants.size()), MAPPER.getNodeFactory().textNode("x"));
                case 7 -> p.put("unknown", "y");
                default -> p.put("end", "2010-01-01"); // before the participant's start
            }
        }
        if (random.nextInt(3) == 0) {
            ArrayNode anonymous = doc.putArray("anonymous");
            for (int i = 0; i < 1 + random.nextInt(4); i++) {
                ObjectNode entry = anonymous.addObject();
                entry.put("year", random.nextInt(8) == 0 ? 1990 : 2011);
                entry.put("gender", random.nextInt(12) == 0 ? "X" : "WOMAN");
                entry.put("count", 1 + random.nextInt(5));
            }
        }
        switch (random.nextInt(18)) {
            case 0 -> limits.maxParticipants(participants.size() - 1);
            case 1 -> limits.maxParticipants(participants.size());
            case 2 -> ((ObjectNode) doc.get("municipalities").get(0)).put("id", 7); // an id unknown: no home is checked
            case 3 -> doc.put("end", "2001-01-01"); // before the start: no day is checked
            case 4 -> doc.remove("municipalities");
            case 5 -> doc.put("participants", 3);
            case 6 -> limits.maxMembers(1);
            case 7 -> doc.putObject("participants").put("a", 1);
            case 8 -> doc.put("name", "");
            // A municipality and a target whose values the stream stands in for, or passes over.
            case 9 -> ((ObjectNode) doc.get("municipalities").get(0)).putObject("name").putArray("x").add(1);
            case 10 -> ((ObjectNode) doc.get("municipalities").get(0)).putObject("extra").put("y", 2);
            case 11 -> doc.withArray("targets").addObject().put("measure", "COMPLETED").putArray("atLeast").add(1);
            default -> {
                // as it is
            }
        }
        return limits.build();
    }

    /** The document's text with its top-level fields in a random order. */
    static String shuffled(ObjectNode doc, SplittableRandom random) {
        ObjectNode out = MAPPER.createObjectNode();
        shuffledFields(doc, random).forEach(e -> out.set(e.getKey(), e.getValue()));
        return out.toString();
    }

    /** An object's fields in a random order (Fisher–Yates). */
    static List<Map.Entry<String, JsonNode>> shuffledFields(ObjectNode object, SplittableRandom random) {
        List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(object.properties());
        for (int i = fields.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Map.Entry<String, JsonNode> t = fields.get(i);
            fields.set(i, fields.get(j));
            fields.set(j, t);
        }
        return fields;
    }

    static ObjectNode document(String file) {
        try {
            return (ObjectNode) MAPPER.readTree(Files.readAllBytes(Path.of("../finsam-examples/documents", file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
