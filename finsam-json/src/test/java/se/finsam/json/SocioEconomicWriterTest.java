package se.finsam.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import se.finsam.money.Fraction;
import se.finsam.socioeconomic.Actor;
import se.finsam.socioeconomic.HorizonResult;
import se.finsam.socioeconomic.Payback;
import se.finsam.socioeconomic.SocioEconomicCalculation;

/**
 * The result report of the example ({@code golden/socioeconomic-unga-jonkoping.json}), its figures checked
 * by hand, and each part of it written alone by {@link FinsamModule} in its shape within the report.
 */
class SocioEconomicWriterTest {

    private static final FinsamJson JSON = FinsamJson.create();
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new FinsamModule());
    private static final ObjectMapper TREES = new ObjectMapper();

    private static SocioEconomicCalculation example() throws IOException {
        return JSON.socioeconomic().read(Path.of("../finsam-examples/documents/unga-jonkoping.json"));
    }

    private static JsonNode golden() throws IOException {
        return TREES.readTree(Files.readString(Path.of("src/test/resources/golden/socioeconomic-unga-jonkoping.json")));
    }

    @Test
    void golden_figures_agreeWithAHandCalculation() throws IOException {
        JsonNode report = golden();
        JsonNode first = report.get("horizons").get(0);
        JsonNode municipality = first.get("actors").get(0);
        JsonNode society = first.get("society");

        assertThat(report.get("successful").asText()).as("25 % of 160").isEqualTo("40");
        assertThat(report.get("discountRate").asText()).as("3.5 %, as the document gives it").isEqualTo("3.5");
        assertThat(report.get("successRate").asText()).isEqualTo("25");
        assertThat(report.get("costOfExclusionPerPersonAndYear").asText()).isEqualTo("437500");
        assertThat(municipality.get("actor").asText()).isEqualTo("MUNICIPALITY");
        assertThat(municipality.get("investment").asText()).as("a quarter of 9 000 000").isEqualTo("2250000");
        assertThat(first.get("actors").get(2).get("investment").asText()).as("Försäkringskassan: a half").isEqualTo("4500000");
        assertThat(first.get("actors").get(3).get("investment").asText()).as("Arbetsförmedlingen pays nothing").isEqualTo("0");
        // 40 × (40 000 + 60 000 + 45 000) = 5 800 000 in the year after the project, × 200/207 = 5 603 864.73…
        assertThat(municipality.at("/gainsByYear/0/amount").asText()).isEqualTo("5800000");
        assertThat(municipality.at("/gainsByYear/0/discountFactor").asText()).isEqualTo("200/207");
        assertThat(municipality.get("gains").asText()).isEqualTo("5603865");
        assertThat(municipality.get("netPresentValue").asText()).isEqualTo("3353865");
        // 2 250 000 / 5 603 864.73 × 12 = 4.8 months into the second year: 12 + 5.
        assertThat(municipality.at("/payback/months").asInt()).isEqualTo(17);
        // 2 250 000 / (145 000 × 200/207) = 16.06…: 17 must succeed.
        assertThat(municipality.at("/breakEven/successful").asInt()).isEqualTo(17);
        // Society gains the real costs and the production: 100 000 + 240 000; the transfers cancel out.
        assertThat(society.at("/gainPerPersonAndYear/total").asText()).isEqualTo("340000");
        assertThat(society.at("/gainPerPersonAndYear/transfers").asText()).isEqualTo("0");
        assertThat(society.has("actor")).isFalse();
        // 40 × 340 000 × 200/207 − 9 000 000 = 4 140 096.62…
        assertThat(society.get("netPresentValue").asText()).isEqualTo("4140097");
        // 9 000 000 / (340 000 × 200/207) = 27.4: 28.
        assertThat(society.at("/breakEven/successful").asInt()).isEqualTo(28);
        // The individual: 240 000 − 97 500 transfers − 120 000 taxes.
        assertThat(first.at("/actors/5/gainPerPersonAndYear/total").asText()).isEqualTo("22500");
        assertThat(first.at("/actors/5/payback/status").asText()).isEqualTo("NOT_INVESTING");
        assertThat(first.at("/actors/5/payback/months").isNull()).isTrue();
        assertThat(first.at("/actors/1/payback/status").asText()).as("the region, 1 932 367 < 2 250 000")
                .isEqualTo("NOT_WITHIN_HORIZON");
        // Twenty years with a fall-off of 10 %: the share of the 20th year is 0.9^19, in percent.
        assertThat(report.at("/horizons/2/society/gainsByYear/19/share").asText()).isEqualTo("13.50851717672992089");
        assertThat(report.at("/horizons/2/society/gainsByYear/0/share").asText()).isEqualTo("100");
        assertThat(report.at("/sensitivity/rows/10/factor").asText()).isEqualTo("50");
        assertThat(report.at("/sensitivity/rows/10/value").asText()).as("half of 3.5 %").isEqualTo("1.75");
        assertThat(report.at("/rounding/mode").asText()).isEqualTo("HALF_UP");
        assertThat(report.at("/sensitivity/horizon").asInt()).isEqualTo(20);
        assertThat(report.at("/sensitivity/rows/0/value").asText()).as("half of 40 succeeding").isEqualTo("20");
    }

    @Test
    void percent_isADecimalWhenItEnds_elseAFractionOfPercent() {
        assertThat(se.finsam.json.socioeconomic.SocioEconomicWriterAccess.percent(Fraction.of(1, 3))).isEqualTo("100/3");
        assertThat(se.finsam.json.socioeconomic.SocioEconomicWriterAccess.percent(Fraction.of(7, 200))).isEqualTo("3.5");
        assertThat(se.finsam.json.socioeconomic.SocioEconomicWriterAccess.percent(Fraction.of(3, 2))).isEqualTo("150");
        assertThat(se.finsam.json.socioeconomic.SocioEconomicWriterAccess.percent(Fraction.ZERO)).isEqualTo("0");
        assertThat(se.finsam.json.socioeconomic.SocioEconomicWriterAccess.percent(Fraction.of(1, 1024))).isEqualTo("0.09765625");
        assertThat(se.finsam.json.socioeconomic.SocioEconomicWriterAccess.percent(Fraction.of(1, 30))).isEqualTo("10/3");
    }

    @Test
    void theSocietysNetPresentValue_isTheSumOfTheActors_inEveryRowOfTheReport() throws IOException {
        JsonNode report = golden();
        for (JsonNode horizon : report.get("horizons")) {
            long sum = 0;
            for (JsonNode actor : horizon.get("actors")) {
                sum += Long.parseLong(actor.get("netPresentValue").asText());
            }
            // Each is rounded on its own: within half a krona per actor of the society's.
            assertThat(Math.abs(sum - Long.parseLong(horizon.at("/society/netPresentValue").asText()))).isLessThanOrEqualTo(3);
        }
    }

    @Test
    void eachPart_writtenByTheModule_isItsEntryInTheReport() throws IOException {
        SocioEconomicCalculation c = example();
        JsonNode report = golden();
        HorizonResult five = c.atHorizon(5);

        assertThat(MAPPER.writeValueAsString(five)).isEqualTo(TREES.writeValueAsString(report.at("/horizons/1")));
        assertThat(MAPPER.writeValueAsString(five.of(Actor.REGION))).isEqualTo(TREES.writeValueAsString(report.at("/horizons/1/actors/1")));
        assertThat(MAPPER.writeValueAsString(five.society().payback())).isEqualTo(TREES.writeValueAsString(report.at("/horizons/1/society/payback")));
        // A year on its own has no actor to accumulate: its entry less the actor's net present value to its end.
        com.fasterxml.jackson.databind.node.ObjectNode year = report.at("/horizons/1/society/gainsByYear/0").deepCopy();
        assertThat(year.remove("cumulativeNetPresentValue").asText()).isEqualTo("4140097");
        assertThat(MAPPER.writeValueAsString(five.society().gains().get(0))).isEqualTo(TREES.writeValueAsString(year));
        assertThat(MAPPER.writeValueAsString(c.sensitivity())).isEqualTo(TREES.writeValueAsString(report.get("sensitivity")));
        assertThat(MAPPER.writeValueAsString(Actor.SOCIAL_INSURANCE_AGENCY)).isEqualTo("\"SOCIAL_INSURANCE_AGENCY\"");
        assertThat(MAPPER.readValue("\"REST_OF_STATE\"", Actor.class)).isEqualTo(Actor.REST_OF_STATE);
        assertThat(MAPPER.writeValueAsString(Payback.Status.NOT_INVESTING)).isEqualTo("\"NOT_INVESTING\"");
    }

    @Test
    void anActorThatInvestsAndGainsNothing_breaksEvenWithNone_andACalculationWithoutNote_hasNone() throws IOException {
        JsonNode report = TREES.readTree(JSON.socioeconomic().write(JSON.socioeconomic().read(SocioEconomicReaderTest.MINIMAL)));
        JsonNode region = report.at("/horizons/0/actors/1");

        assertThat(report.has("note")).isFalse();
        assertThat(report.get("currency").asText()).isEqualTo("SEK");
        assertThat(region.get("actor").asText()).isEqualTo("REGION");
        assertThat(region.get("investment").asText()).as("a quarter of 100 000 and 50 000, undiscounted at 0 %").isEqualTo("37500");
        assertThat(region.get("netPresentValue").asText()).isEqualTo("-37500");
        assertThat(region.at("/breakEven/successful").isNull()).isTrue();
        assertThat(region.at("/breakEven/beyondParticipants").asBoolean()).isTrue();
        assertThat(region.at("/payback/status").asText()).isEqualTo("NOT_WITHIN_HORIZON");
        // Two project years: the first year after the project is the third from the start.
        assertThat(report.at("/horizons/0/society/gainsByYear/0/yearFromStart").asInt()).isEqualTo(3);
        assertThat(report.at("/horizons/0/society/gainsByYear/0/discountFactor").asText()).isEqualTo("1");
    }

    @Test
    void aResult_isNotReadBack() {
        Exception e = catchThrowableOfType(InvalidDefinitionException.class,
                () -> MAPPER.readValue("{\"horizon\": 1}", HorizonResult.class));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("FinsamJson.socioeconomic().read");
    }
}
