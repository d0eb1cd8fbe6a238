package se.finsam.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.finsam.provenance.Source;
import se.finsam.testing.Raises;
import se.finsam.testing.Violations;
import se.finsam.validation.FinsamValidationException;

/** Golden values from the hand-written fixtures (fixtures/kolada/README.md), v2, v3 and paged. */
class KoladaValuesTest {

    private static final String OHALSOTAL = "N00957";
    private static final String BISTAND = "N31001";

    private static KoladaValues v2() throws IOException {
        return KoladaValues.read(KoladaFixtures.path("kolada-v2.json"));
    }

    private static KoladaValues v3() throws IOException {
        return KoladaValues.read(KoladaFixtures.path("kolada-v3.json"));
    }

    private static KoladaValues paged() throws IOException {
        return KoladaValues.read(KoladaFixtures.path("kolada-v3-page1.json"), KoladaFixtures.path("kolada-v3-page2.json"));
    }

    @Test
    void v2_goldenValues() throws IOException {
        KoladaValues kolada = v2();

        assertThat(kolada.values()).hasSize(32);
        assertThat(kolada.kpis()).containsExactly(OHALSOTAL, BISTAND);
        assertThat(kolada.value(OHALSOTAL, "0480", 2022, KoladaGender.TOTAL)).isEqualTo(new BigDecimal("25.9"));
        assertThat(kolada.value(OHALSOTAL, "0482", 2022, KoladaGender.WOMEN)).isEqualTo(new BigDecimal("38.2"));
        assertThat(kolada.value(OHALSOTAL, "0483", 2023, KoladaGender.MEN)).isEqualTo(new BigDecimal("24.3"));
        assertThat(kolada.value(BISTAND, "0484", 2023, KoladaGender.TOTAL)).isEqualTo(new BigDecimal("3502"));
    }

    @Test
    void v2_exponentNotation_isReadExactly() throws IOException {
        // Written 2.46e1 in the file: 246 × 10^-1, exactly 24.6.
        assertThat(v2().value(OHALSOTAL, "0484", 2023, KoladaGender.TOTAL)).isEqualTo(new BigDecimal("24.6"));
    }

    @Test
    void v2_periodAsString_isAYear() throws IOException {
        assertThat(v2().value(BISTAND, "0480", 2022, KoladaGender.TOTAL)).isEqualTo(new BigDecimal("1850"));
    }

    @Test
    void v3_goldenValues_keepTheScaleAsWritten() throws IOException {
        KoladaValues kolada = v3();

        assertThat(kolada.values()).hasSize(32);
        assertThat(kolada.value(OHALSOTAL, "0484", 2023, KoladaGender.TOTAL)).isEqualTo(new BigDecimal("24.60"));
        assertThat(kolada.value(OHALSOTAL, "0484", 2023, KoladaGender.WOMEN)).isEqualTo(new BigDecimal("28.7"));
        assertThat(kolada.value(BISTAND, "0482", 2022, KoladaGender.TOTAL)).isEqualTo(new BigDecimal("2430"));
    }

    @Test
    void v2AndV3_holdTheSameFigures() throws IOException {
        List<KoladaValue> v2 = v2().values();
        List<KoladaValue> v3 = v3().values();

        assertThat(v3).hasSameSizeAs(v2);
        for (int i = 0; i < v2.size(); i++) {
            KoladaValue a = v2.get(i);
            KoladaValue b = v3.get(i);
            assertThat(List.of(b.kpi(), b.municipality(), b.year(), b.gender(), b.status()))
                    .as("value %d", i).isEqualTo(List.of(a.kpi(), a.municipality(), a.year(), a.gender(), a.status()));
            assertThat(b.value().map(BigDecimal::stripTrailingZeros)).as("value %d", i)
                    .isEqualTo(a.value().map(BigDecimal::stripTrailingZeros));
        }
    }

    @Test
    void pages_readTogether_holdTheValuesOfTheWholeResponse() throws IOException {
        KoladaValues paged = paged();

        assertThat(paged.values()).isEqualTo(v3().values());
        assertThat(paged.kpis()).containsExactly(OHALSOTAL, BISTAND);
        assertThat(paged.value(OHALSOTAL, "0484", 2022, KoladaGender.MEN)).isEqualTo(new BigDecimal("21.2"));
        assertThat(paged.toString()).isEqualTo("KoladaValues[kolada-v3-page1.json, kolada-v3-page2.json: 32 values of"
                + " N00957, N31001]");
    }

    @Test
    void merge_ofPagesReadOneByOne_isTheSameAsReadingThemTogether() throws IOException {
        KoladaValues page1 = KoladaValues.read(KoladaFixtures.path("kolada-v3-page1.json"));
        KoladaValues page2 = KoladaValues.read("kolada-v3-page2.json", KoladaFixtures.bytes("kolada-v3-page2.json"));

        KoladaValues merged = KoladaValues.merge(List.of(page1, page2));

        assertThat(merged.values()).isEqualTo(paged().values());
        assertThat(merged.sources(OHALSOTAL)).isEqualTo(paged().sources(OHALSOTAL));
        assertThat(merged.value(OHALSOTAL, "0484", 2023, KoladaGender.TOTAL)).isEqualTo(new BigDecimal("24.60"));
    }

    @Test
    void source_namesKolada_theKeyFigure_theFile_andItsSha256() throws IOException {
        Source source = v2().source(OHALSOTAL);

        assertThat(source).isEqualTo(new Source("Kolada", OHALSOTAL, Optional.empty(), Optional.empty(),
                Optional.of("kolada-v2.json"), Optional.of(KoladaFixtures.sha256("kolada-v2.json"))));
    }

    @Test
    void sources_ofAKeyFigureOnTwoPages_areOnePerFile_andSourceIsTheFirst() throws IOException {
        KoladaValues paged = paged();

        assertThat(paged.sources(OHALSOTAL)).extracting(s -> s.file().orElseThrow(), s -> s.sha256().orElseThrow())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("kolada-v3-page1.json", KoladaFixtures.sha256("kolada-v3-page1.json")),
                        org.assertj.core.groups.Tuple.tuple("kolada-v3-page2.json", KoladaFixtures.sha256("kolada-v3-page2.json")));
        assertThat(paged.source(OHALSOTAL).file()).contains("kolada-v3-page1.json");
        assertThat(paged.sources(BISTAND)).extracting(s -> s.file().orElseThrow()).containsExactly("kolada-v3-page2.json");
    }

    @Test
    void withTitle_titlesTheKeyFiguresSources_only() throws IOException {
        KoladaValues titled = paged().withTitle(OHALSOTAL, "Ohälsotal, dagar");

        assertThat(titled.sources(OHALSOTAL)).allSatisfy(s -> assertThat(s.title()).contains("Ohälsotal, dagar"));
        assertThat(titled.source(BISTAND).title()).isEmpty();
        assertThat(titled.values()).isEqualTo(paged().values());
        assertThat(KoladaValues.merge(List.of(titled)).source(OHALSOTAL).title()).contains("Ohälsotal, dagar");
    }

    @Test
    void withTitle_refusesATitleThatIsNotAName() throws IOException {
        KoladaValues kolada = v2();

        FinsamValidationException e = Violations.thrownBy(() -> kolada.withTitle(OHALSOTAL, " "));
        assertThat(e.violations()).extracting(v -> v.code()).containsExactly("source.text-invalid");
    }

    @Test
    @Raises(StatisticsCodes.VALUE_MISSING)
    void nullValue_isKeptMissing_andAskingForIt_isLocatedAtTheValue_neverZero() throws IOException {
        KoladaValues kolada = v2();

        KoladaValue missing = kolada.find(OHALSOTAL, "0482", 2023, KoladaGender.MEN).orElseThrow();
        assertThat(missing.value()).isEmpty();
        assertThat(missing.status()).contains("Uppgift saknas");
        Violations.assertSingle(() -> kolada.value(OHALSOTAL, "0482", 2023, KoladaGender.MEN),
                StatisticsCodes.VALUE_MISSING, "/values/3/values/2/value", "kolada-v2.json", "key figure N00957",
                "municipality 0482", "2023", "gender M", "null", "status 'Uppgift saknas'", "not zero");
        assertThat(kolada.values()).filteredOn(v -> v.value().isEmpty()).containsExactly(missing);
    }

    @Test
    void emptyStatus_isNoStatus() throws IOException {
        assertThat(v2().find(OHALSOTAL, "0480", 2022, KoladaGender.TOTAL).orElseThrow().status()).isEmpty();
    }

    @Test
    @Raises({StatisticsCodes.VALUE_MISSING, StatisticsCodes.REGION_MISSING, StatisticsCodes.PERIOD_MISSING})
    void values_ofManyMunicipalities_reportEveryOneMissing() throws IOException {
        KoladaValues kolada = v2();

        assertThat(kolada.values(OHALSOTAL, List.of("0484", "0480"), 2023, KoladaGender.TOTAL))
                .containsExactly(Map.entry("0484", new BigDecimal("24.6")), Map.entry("0480", new BigDecimal("25.1")));
        FinsamValidationException e = Violations.thrownBy(() -> kolada.values(OHALSOTAL,
                List.of("0480", "0482", "1980"), 2023, KoladaGender.MEN));
        assertThat(e.violations()).hasSize(2);
        Violations.assertHas(e, StatisticsCodes.VALUE_MISSING, "/values/3/values/2/value", "0482");
        Violations.assertHas(e, StatisticsCodes.REGION_MISSING, "", "'1980'", "kolada-v2.json", "0480, 0482, 0483, 0484");
        Violations.assertSingle(() -> kolada.values(OHALSOTAL, List.of("0480"), 2021, KoladaGender.TOTAL),
                StatisticsCodes.PERIOD_MISSING, "", "2021", "[2022, 2023]");
    }

    @Test
    @Raises(StatisticsCodes.KPI_MISSING)
    void unknownKeyFigure_isKpiMissing_forValuesAndSources() throws IOException {
        KoladaValues kolada = v2();

        Violations.assertSingle(() -> kolada.value("N99999", "0484", 2023, KoladaGender.TOTAL),
                StatisticsCodes.KPI_MISSING, "", "'N99999'", "kolada-v2.json");
        Violations.assertSingle(() -> kolada.source("N99999"), StatisticsCodes.KPI_MISSING, "", "'N99999'");
        Violations.assertSingle(() -> kolada.withTitle("N99999", "Titel"), StatisticsCodes.KPI_MISSING, "", "'N99999'");
        assertThat(kolada.find("N99999", "0484", 2023, KoladaGender.TOTAL)).isEmpty();
    }

    @Test
    @Raises(StatisticsCodes.REGION_MISSING)
    void unknownMunicipality_isRegionMissing() throws IOException {
        KoladaValues kolada = v2();

        Violations.assertSingle(() -> kolada.value(OHALSOTAL, "0486", 2023, KoladaGender.TOTAL),
                StatisticsCodes.REGION_MISSING, "", "N00957", "'0486'");
    }

    @Test
    @Raises(StatisticsCodes.PERIOD_MISSING)
    void unknownYear_isPeriodMissing() throws IOException {
        KoladaValues kolada = v2();

        Violations.assertSingle(() -> kolada.value(BISTAND, "0484", 2024, KoladaGender.TOTAL),
                StatisticsCodes.PERIOD_MISSING, "", "N31001", "0484", "2024");
    }

    @Test
    @Raises(StatisticsCodes.GENDER_MISSING)
    void genderOfAKeyFigureNotDividedByGender_isGenderMissing() throws IOException {
        KoladaValues kolada = v2();

        Violations.assertSingle(() -> kolada.value(BISTAND, "0484", 2023, KoladaGender.WOMEN),
                StatisticsCodes.GENDER_MISSING, "", "N31001", "0484", "2023", "gender K", "only T");
        assertThat(kolada.find(BISTAND, "0484", 2023, KoladaGender.WOMEN)).isEmpty();
    }

    @Test
    void arguments_areChecked() {
        assertThatIllegalArgumentException().isThrownBy(() -> KoladaValues.read(List.of(), 100));
        assertThatIllegalArgumentException().isThrownBy(() -> KoladaValues.read(List.of(KoladaFixtures.path(
                "kolada-v2.json")), 0));
        assertThatIllegalArgumentException().isThrownBy(() -> KoladaValues.merge(List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> KoladaValues.read("a\nb.json", new byte[0]))
                .withMessageContaining("a\\u000Ab.json");
        assertThatNullPointerException().isThrownBy(() -> KoladaValues.read((Path) null));
        assertThatNullPointerException().isThrownBy(() -> KoladaValues.read(null, new byte[0]));
        assertThatNullPointerException().isThrownBy(() -> KoladaValues.read("a.json", null));
        assertThatNullPointerException().isThrownBy(() -> KoladaValues.merge(null));
    }

    @Test
    void lookups_refuseNulls() throws IOException {
        KoladaValues kolada = v2();

        assertThatNullPointerException().isThrownBy(() -> kolada.value(null, "0484", 2023, KoladaGender.TOTAL));
        assertThatNullPointerException().isThrownBy(() -> kolada.find(OHALSOTAL, null, 2023, KoladaGender.TOTAL));
        assertThatNullPointerException().isThrownBy(() -> kolada.value(OHALSOTAL, "0484", 2023, null));
        assertThatNullPointerException().isThrownBy(() -> kolada.values(OHALSOTAL, null, 2023, KoladaGender.TOTAL));
        assertThatNullPointerException().isThrownBy(() -> kolada.withTitle(OHALSOTAL, null));
        assertThatNullPointerException().isThrownBy(() -> kolada.sources(null));
    }
}
