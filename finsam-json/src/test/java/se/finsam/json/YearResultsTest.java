package se.finsam.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.finsam.budget.AnnualPlan;
import se.finsam.testing.Samples;

/**
 * The JSON of {@code finsam plan} and {@code finsam outcome}: the golden files hold the output for RAR Sörmland
 * 2007–2009 (the figures of the hand-computed YearAsItHappensTest) and for the 2007 plan without an outcome.
 */
class YearResultsTest {

    private static final FinsamJson JSON = FinsamJson.create();
    private static final ObjectMapper TREES = new ObjectMapper();
    private static final AnnualPlan RAR_2007_2009 = Samples.rarPlan2007to2009();

    private static String golden(String name) throws IOException {
        return Files.readString(Path.of("src/test/resources/golden", name));
    }

    private static AnnualPlan rar2007() throws IOException {
        return JSON.plan().read(Files.readAllBytes(Path.of("../finsam-examples/documents/rar-sormland-2007.json")));
    }

    @Test
    void multiYear_ofRar2007to2009_isTheGoldenOutput() throws IOException {
        assertThat(JSON.plan().writeMultiYear(RAR_2007_2009.multiYear())).isEqualTo(golden("plan-rar-sormland-2007-2009.json"));
    }

    @Test
    void outcome_ofRar2007to2009_isTheGoldenOutput() throws IOException {
        assertThat(JSON.plan().writeOutcome(RAR_2007_2009)).isEqualTo(golden("outcome-rar-sormland-2007-2009.json"));
    }

    @Test
    void theExampleDocument_printsTheGoldenOutput_asTheSamplePlanDoes() throws IOException {
        AnnualPlan example = JSON.plan().read(Files.readAllBytes(
                Path.of("../finsam-examples/documents/rar-sormland-2007-2009.json")));

        assertThat(JSON.plan().writeMultiYear(example.multiYear())).isEqualTo(golden("plan-rar-sormland-2007-2009.json"));
        assertThat(JSON.plan().writeOutcome(example)).isEqualTo(golden("outcome-rar-sormland-2007-2009.json"));
    }

    @Test
    void outcome_ofAPlanWithoutOutcome_isTheGoldenOutput_withoutTheOutcomesFields() throws IOException {
        String text = JSON.plan().writeOutcome(rar2007());

        assertThat(text).isEqualTo(golden("outcome-rar-sormland-2007.json"));
        assertThat(text).doesNotContain("\"date\"", "\"received\"", "\"outcome\"", "\"usedPercent\"", "\"flagged\"",
                "\"openingEquity\"");
    }

    @Test
    void multiYear_years_haveTheHandComputedFigures() throws IOException {
        JsonNode years = TREES.readTree(JSON.plan().writeMultiYear(RAR_2007_2009.multiYear())).get("years");

        assertThat(texts(years, "year")).containsExactly("2007", "2008", "2009");
        assertThat(texts(years, "preliminary")).containsExactly("false", "false", "true");
        assertThat(texts(years, "disposable")).containsExactly("6874000", "9679000", "12593000");
        assertThat(texts(years, "closingEquity")).containsExactly("8874000", "18553000", "31146000");
        assertThat(texts(years, "projectCosts")).containsExactly("5719000", "2914000", "0");
        assertThat(years.get(0).get("equityShares").get("eskilstuna").asText()).isEqualTo("774257");
    }

    @Test
    void multiYear_ofAPlanWithoutOpeningEquity_hasNoEquity() throws IOException {
        String text = JSON.plan().writeMultiYear(rar2007().multiYear());

        assertThat(text).doesNotContain("\"openingEquity\"", "\"closingEquity\"", "\"equityShares\"");
        assertThat(TREES.readTree(text).get("years")).hasSize(1);
        assertThat(TREES.readTree(text).get("commitmentsBeyond").asText()).isEqualTo("2914000");
    }

    @Test
    void outcome_percentages_areExactFractionsInLowestTerms() throws IOException {
        JsonNode tree = TREES.readTree(JSON.plan().writeOutcome(RAR_2007_2009));

        // 120 of 365 days: 12 000/365 = 2 400/73 %.
        assertThat(tree.get("yearPassedPercent").asText()).isEqualTo("2400/73");
        JsonNode staff = tree.get("costs").get(1);
        assertThat(staff.get("deviationPercent").asText()).isEqualTo("1150/451");
        JsonNode kungsgatan = tree.get("projects").get(3);
        assertThat(kungsgatan.get("deviationPercent").asText()).isEqualTo("-100");
        JsonNode gnesta = tree.get("projects").get(7);
        assertThat(gnesta.has("deviationPercent")).as("no budget, no percentage").isFalse();
        assertThat(gnesta.has("usedPercent")).isFalse();
        assertThat(tree.get("projects").get(9).get("flagged").asBoolean()).isTrue();
        assertThat(tree.get("total").get("deviation").asText()).isEqualTo("-239000");
        assertThat(tree.get("yearEnd").get("closingEquity").asText()).isEqualTo("9113000");
        assertThat(tree.get("memberShares").get("municipalKey").asText()).isEqualTo("CHARTER");
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.get(field).asText()));
        return texts;
    }
}
