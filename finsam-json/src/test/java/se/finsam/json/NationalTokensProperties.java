package se.finsam.json;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.json.SocioEconomicTokensProperties.breakOne;
import static se.finsam.json.SocioEconomicTokensProperties.fromTree;
import static se.finsam.json.SocioEconomicTokensProperties.shuffledEverywhere;
import static se.finsam.json.SocioEconomicTokensProperties.textFault;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.finsam.json.national.NationalKind;
import se.finsam.national.NationalAllocation;
import se.finsam.test.Seeds;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.ValidationResult;

/**
 * A national document read from its tokens gives what its tree's reader gives: the same value, or the same violations
 * (path, code, message) in the same order, on documents broken at random at every depth, with the fields of every
 * object in any order (the associations before the currency among them, and a charter's fields among an association's),
 * lists past their limits and faults of the text.
 */
class NationalTokensProperties {

    /** The national example cut to 12 associations, the one with a charter among them, so that faults fall everywhere. */
    private static final ObjectNode NATIONAL = small(FollowUpStreamingProperties.document("national-2016.json"));

    private static ObjectNode small(ObjectNode national) {
        var associations = national.withArray("associations");
        int charter = -1;
        for (int i = 0; i < associations.size(); i++) {
            if (associations.get(i).has("members")) {
                charter = i;
            }
        }
        var kept = national.arrayNode();
        for (int i = 0; i < associations.size(); i++) {
            if (i < 11 || i == charter) {
                kept.add(associations.get(i));
            }
        }
        national.set("associations", kept);
        return national;
    }

    @Test
    void aBrokenDocument_readFromTokens_givesWhatItsTreeGives() {
        int[] valid = {0};
        int[] many = {0};
        int[] currencyLast = {0};
        Seeds.forAll("national from tokens as from a tree", 600, random -> {
            ObjectNode doc = NATIONAL.deepCopy();
            FinsamJson.Builder limits = FinsamJson.builder();
            int faults = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(6);
            for (int k = 0; k < faults; k++) {
                breakOne(doc, random, random.nextBoolean() ? "members" : "matchingOffer");
            }
            if (random.nextInt(6) == 0) {
                limits.maxAssociations(1 + random.nextInt(14)); // the associations past their limit
            }
            if (random.nextInt(8) == 0) {
                limits.maxMembers(1 + random.nextInt(4)); // a charter's members past their limit
            }
            if (random.nextInt(8) == 0) {
                doc.remove("currency"); // every amount read later, in the default currency
            }
            String text = shuffledEverywhere(doc, random).toString();
            if (text.indexOf("\"currency\"") > text.indexOf("\"associations\"")) {
                currencyLast[0]++;
            }
            if (random.nextInt(10) == 0) {
                text = textFault(text, random, "year", "population");
            }
            FinsamJson json = limits.build();
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            ValidationResult fromTree = fromTree(json, bytes, NationalKind.INSTANCE);
            assertThat(json.national().validate(bytes)).as(text).isEqualTo(fromTree);
            if (fromTree.isValid()) {
                NationalAllocation read = json.national().read(bytes);
                NationalAllocation tree = treeValue(json, bytes);
                assertThat(read).isEqualTo(tree);
                assertThat(read.matching()).isEqualTo(tree.matching());
                valid[0]++;
            } else if (fromTree.violations().size() > 2) {
                many[0]++;
            }
        });
        assertThat(valid[0]).as("valid documents").isGreaterThan(60);
        assertThat(many[0]).as("documents with three violations or more").isGreaterThan(60);
        assertThat(currencyLast[0]).as("documents whose currency comes after their associations").isGreaterThan(100);
    }

    /**
     * Orders the random documents rarely reach: every top-level field wrong, the currency last; an association's
     * unknown field before its bad amounts and its charter's faults; an association list past its limit with a faulty
     * element; roots and associations that are not objects; faults of the text.
     */
    @Test
    void violationsOfEveryField_comeInTheTreesOrder() {
        FinsamJson json = FinsamJson.builder().maxAssociations(2).build();
        String association = "{\"x\": 1, \"previousAllocation\": \"a\", \"members\": [{\"id\": 5}], \"name\": \"\", "
                + "\"equityAboveReasonableLevel\": 1, \"id\": \"A B\", \"regionalKey\": 3, \"population\": -1}";
        List<String> documents = List.of(
                "{\"associations\": [" + association + "], \"supplementary\": {\"pot\": \"x\"}, \"parameters\": [], "
                        + "\"appropriation\": true, \"roundingUnit\": \"X\", \"note\": 5, \"year\": \"y\", \"currency\": \"ZZZ\"}",
                "{\"currency\": \"SEK\", \"year\": 2016, \"appropriation\": \"100\", \"associations\": [" + association + ", 5]}",
                "{\"currency\": \"SEK\", \"associations\": [" + association + ", {}, [], {\"id\": \"b\"}], \"year\": 1}",
                "{\"associations\": 5, \"currency\": 7, \"parameters\": {\"base\": \"1\", \"more\": 1}}",
                "{\"currency\": \"SEK\", \"associations\": [{\"id\": \"a\", \"name\": \"A\", \"population\": 10, "
                        + "\"supportMeasure\": \"1\", \"municipalKey\": {}, \"members\": []}], \"year\": 2016, "
                        + "\"appropriation\": \"1000\", \"supplementary\": {\"pot\": \"5000\", \"cap\": \"1\"}}",
                "[1, 2]", "\"text\"", "{}",
                // Faults of the text: each the one violation, as a parse finds it.
                "{\"x\": 1, \"year\": 2016, \"x\": [2]}", "{\"currency\": \"SEK\", \"associations\": [{\"id\": 1, \"id\": 2}]}",
                "{\"currency\": \"SEK\", \"associations\": [{\"name\": \"\\ud800\"}]}", "{\"year\": 1} []",
                "{\"currency\": \"SEK\", \"associations\": [" + "[".repeat(40) + "]".repeat(40) + "]}", "");
        for (String document : documents) {
            byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
            ValidationResult fromTree = fromTree(json, bytes, NationalKind.INSTANCE);
            assertThat(fromTree.isValid()).as(document).isFalse();
            assertThat(json.national().validate(bytes)).as(document).isEqualTo(fromTree);
        }
    }

    private static NationalAllocation treeValue(FinsamJson json, byte[] bytes) {
        try {
            return NationalKind.INSTANCE.read(json.parse(bytes, NationalKind.INSTANCE), json.text().limits());
        } catch (FinsamValidationException e) {
            throw new AssertionError(e);
        }
    }
}
