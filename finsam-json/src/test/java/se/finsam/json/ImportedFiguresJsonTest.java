package se.finsam.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.finsam.budget.AnnualPlan;
import se.finsam.contribution.ContributionKey;
import se.finsam.indicator.IndicatorSet;
import se.finsam.indicator.KeyFigures;
import se.finsam.member.Member;
import se.finsam.member.MemberId;
import se.finsam.population.AgeBand;
import se.finsam.provenance.Source;

/** Figures imported from official statistics, written: a plan's settlement against a population key, an indicator set's sources. */
class ImportedFiguresJsonTest {

    private static final FinsamJson JSON = FinsamJson.create();
    private static final String HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final Source TABLE = Source.ofFile("SCB", "BE0101N1", Optional.of("Folkmängden"),
            Optional.of("2006-11-20"), "folkmangd.json", HASH);

    private static byte[] document(String name) throws IOException {
        return Files.readAllBytes(Path.of("../finsam-examples/documents", name));
    }

    @Test
    void writeSettlement_hasBothKeys_theSource_andEveryMembersEntry() throws IOException {
        AnnualPlan plan = JSON.plan().read(document("rar-sormland-2007.json"));
        Map<MemberId, Long> counts = new LinkedHashMap<>();
        for (Member m : plan.association().charter().members()) {
            if (m.kind() == se.finsam.member.MemberKind.MUNICIPALITY) {
                counts.put(m.id(), m.id().value().equals("vingaker") ? 2_000L : 10_000L);
            }
        }
        ContributionKey.Population key = ContributionKey.ofPopulation(counts, LocalDate.of(2006, 10, 31), AgeBand.of(16, 64), TABLE);

        JsonNode out = new ObjectMapper().readTree(JSON.plan().writeSettlement(plan.withFinalMunicipalKey(key)));

        assertThat(out.get("association").asText()).isEqualTo("rar-sormland");
        assertThat(out.get("year").asInt()).isEqualTo(2007);
        assertThat(out.get("currency").asText()).isEqualTo("SEK");
        assertThat(out.get("preliminaryKey").get("basis").asText()).isEqualTo("PERCENTAGES");
        assertThat(out.get("finalKey").get("source").get("sha256").asText()).isEqualTo(HASH);
        assertThat(out.get("finalKey").get("referenceDate").asText()).isEqualTo("2006-10-31");
        assertThat(out.get("entries")).hasSize(12);
        long difference = 0;
        for (JsonNode e : out.get("entries")) {
            difference += new BigDecimal(e.get("difference").asText()).longValueExact();
        }
        assertThat(difference).isZero();
        // Vingåker: 2 000 of 82 000 of 3 750 000 kr is 91 463,41…; the others 457 317,07… each: the one krona left
        // over by rounding down goes to the largest remainder, Vingåker's: 91 464 kr due.
        assertThat(out.get("entries").get(11).get("due").asText()).isEqualTo("91464");

        assertThatThrownBy(() -> JSON.plan().writeSettlement(plan)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no final municipal key");
    }

    @Test
    void indicators_writeThePopulationsSource_andTheKeyFiguresAsPublished() throws IOException {
        IndicatorSet set = JSON.indicators().read(document("norra-vastmanland-indicators.json"));
        Map<MemberId, Long> populations = new LinkedHashMap<>();
        set.municipalities().forEach(m -> populations.put(m.id(), 3_000L));
        Source kolada = new Source("Kolada", "N00957", Optional.empty(), Optional.empty(), Optional.of("kolada.json"),
                Optional.empty());
        KeyFigures ill = new KeyFigures(kolada, List.of(
                new KeyFigures.Figure(MemberId.of("norberg"), 2011, KeyFigures.Group.TOTAL, Optional.of(new BigDecimal("45.20")),
                        Optional.empty()),
                new KeyFigures.Figure(MemberId.of("norberg"), 2011, KeyFigures.Group.WOMEN, Optional.empty(),
                        Optional.of("Uppgift saknas"))));

        JsonNode out = new ObjectMapper().readTree(JSON.indicators().write(set.withPopulations(populations, TABLE)
                .withKeyFigures(List.of(ill))));

        assertThat(out.get("populationSource").get("dataset").asText()).isEqualTo("BE0101N1");
        assertThat(out.get("populationSource").get("title").asText()).isEqualTo("Folkmängden");
        assertThat(out.get("support").get(0).get("areas").get(1).get("population").asLong()).isEqualTo(3_000L);
        JsonNode figures = out.get("keyFigures").get(0);
        assertThat(figures.get("id").asText()).isEqualTo("N00957");
        assertThat(figures.get("source").get("publisher").asText()).isEqualTo("Kolada");
        assertThat(figures.get("source").has("sha256")).isFalse();
        assertThat(figures.get("figures").get(0).get("value").asText()).isEqualTo("45.20");
        assertThat(figures.get("figures").get(0).get("name").asText()).isEqualTo("Norberg");
        assertThat(figures.get("figures").get(0).has("status")).isFalse();
        assertThat(figures.get("figures").get(1).get("value").isNull()).isTrue();
        assertThat(figures.get("figures").get(1).get("group").asText()).isEqualTo("WOMEN");
        assertThat(figures.get("figures").get(1).get("status").asText()).isEqualTo("Uppgift saknas");
        assertThat(new ObjectMapper().readTree(JSON.indicators().write(set)).has("keyFigures")).isFalse();
    }
}
