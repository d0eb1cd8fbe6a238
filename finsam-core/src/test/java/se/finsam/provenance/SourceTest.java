package se.finsam.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.finsam.contribution.ContributionKey;
import se.finsam.member.MemberId;
import se.finsam.population.AgeBand;
import se.finsam.testing.Raises;
import se.finsam.testing.Violations;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.ViolationCodes;

class SourceTest {

    private static final String HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @Test
    void source_ofAFile_keepsEveryPartAsStated() {
        Source s = Source.ofFile("SCB", "BE0101N1", Optional.of("Folkmängden efter region, ålder och år"),
                Optional.of("2024-02-21T08:00:00Z"), "folkmangd.json", HASH);

        assertThat(s.publisher()).isEqualTo("SCB");
        assertThat(s.dataset()).isEqualTo("BE0101N1");
        assertThat(s.title()).contains("Folkmängden efter region, ålder och år");
        assertThat(s.updated()).contains("2024-02-21T08:00:00Z");
        assertThat(s.file()).contains("folkmangd.json");
        assertThat(s.sha256()).contains(HASH);
        assertThat(new Source("Kolada", "N00957", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())
                .sha256()).isEmpty();
    }

    @Test
    @Raises(ViolationCodes.SOURCE_TEXT_INVALID)
    void source_withABlankOrControlText_isRejected_everyPartAtOnce() {
        FinsamValidationException e = Violations.thrownBy(() -> new Source(" ", "BE\u001b[2J", Optional.of(""),
                Optional.of("x".repeat(201)), Optional.of("a\nb.json"), Optional.empty()));

        assertThat(e.violations()).extracting(v -> v.path()).containsExactly("/publisher", "/dataset", "/title",
                "/updated", "/file");
        assertThat(e.violations()).allSatisfy(v -> assertThat(v.code()).isEqualTo(ViolationCodes.SOURCE_TEXT_INVALID));
        Violations.assertHas(e, ViolationCodes.SOURCE_TEXT_INVALID, "/dataset", "Dataset 'BE\\u001B[2J'");
        Violations.assertHas(e, ViolationCodes.SOURCE_TEXT_INVALID, "/updated", "…'");
    }

    @Test
    @Raises(ViolationCodes.SOURCE_HASH_INVALID)
    void source_withAHashThatIsNot64LowercaseHexDigits_isRejected() {
        Violations.assertSingle(() -> Source.ofFile("SCB", "BE0101N1", Optional.empty(), Optional.empty(), "f.json",
                HASH.toUpperCase(java.util.Locale.ROOT)), ViolationCodes.SOURCE_HASH_INVALID, "/sha256", "64 lowercase");
        Violations.assertSingle(() -> Source.ofFile("SCB", "BE0101N1", Optional.empty(), Optional.empty(), "f.json",
                HASH.substring(1)), ViolationCodes.SOURCE_HASH_INVALID, "/sha256", "'" + HASH.substring(1) + "'");
        Violations.assertSingle(() -> Source.ofFile("SCB", "BE0101N1", Optional.empty(), Optional.empty(), "f.json",
                HASH.substring(1) + "g"), ViolationCodes.SOURCE_HASH_INVALID, "/sha256");
        Violations.assertSingle(() -> Source.ofFile("SCB", "BE0101N1", Optional.empty(), Optional.empty(), "f.json",
                "0".repeat(100)), ViolationCodes.SOURCE_HASH_INVALID, "/sha256", "…'");
    }

    @Test
    void populationKey_carriesItsSource_whichTellsKeysApartButNotTheirSplit() {
        Map<MemberId, Long> counts = new LinkedHashMap<>();
        counts.put(MemberId.of("flen"), 50L);
        counts.put(MemberId.of("eskilstuna"), 201L);
        Source source = Source.ofFile("SCB", "BE0101N1", Optional.empty(), Optional.empty(), "f.json", HASH);

        ContributionKey.Population imported = ContributionKey.ofPopulation(counts, LocalDate.of(2023, 12, 31),
                AgeBand.of(16, 64), source);
        ContributionKey.Population typed = ContributionKey.ofPopulation(counts, LocalDate.of(2023, 12, 31), AgeBand.of(16, 64));

        assertThat(imported.source()).contains(source);
        assertThat(typed.source()).isEmpty();
        assertThat(imported).isNotEqualTo(typed);
        assertThat(imported.weightOf(MemberId.of("flen"))).isEqualTo(typed.weightOf(MemberId.of("flen")));
        assertThat(new ContributionKey.Population(counts, typed.referenceDate(), typed.ageBand())).isEqualTo(typed);
    }
}
