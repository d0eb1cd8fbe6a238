package se.finsam.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static se.finsam.indicator.IndicatorSetTest.Q2_2010;
import static se.finsam.indicator.IndicatorSetTest.Q2_2011;
import static se.finsam.indicator.IndicatorSetTest.set;
import static se.finsam.indicator.IndicatorSetTest.support;
import static se.finsam.testing.Samples.id;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.finsam.money.Fraction;
import se.finsam.provenance.Source;
import se.finsam.testing.Raises;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.ViolationCodes;

/** Figures from official statistics in an indicator set: populations from a table, key figures as published. */
class ImportedFiguresTest {

    private static final Source TABLE = new Source("SCB", "BE0101N1", Optional.empty(), Optional.of("2024-02-21"),
            Optional.of("folkmangd.json"), Optional.empty());
    private static final Source KOLADA = new Source("Kolada", "N00957", Optional.empty(), Optional.empty(),
            Optional.of("kolada.json"), Optional.empty());

    private static KeyFigures.Figure figure(String municipality, int year, KeyFigures.Group group, String value) {
        return new KeyFigures.Figure(id(municipality), year, group,
                value == null ? Optional.empty() : Optional.of(new BigDecimal(value)),
                value == null ? Optional.of("Saknas") : Optional.empty());
    }

    @Test
    void withPopulations_replacesEveryPeriodsPopulation_andNamesTheTable() {
        // Köping 364 000 kr over 91 days: with 2 000 inhabitants 2 kr, with 4 000 1 kr.
        IndicatorSet set = set(List.of(support(Q2_2010, 2000, "364000", 1000, "91000"),
                support(Q2_2011, 2000, "273000", 1000, "91000")), List.of());

        IndicatorSet imported = set.withPopulations(Map.of(id("koping"), 4000L, id("arboga"), 1000L), TABLE);

        assertThat(imported.populationSource()).contains(TABLE);
        assertThat(set.populationSource()).isEmpty();
        assertThat(imported.supportMeasure(0, id("koping")).rate()).isEqualTo(Fraction.of(1, 1));
        assertThat(imported.supportMeasure(1, id("koping")).rate()).isEqualTo(Fraction.of(3, 4));
        assertThat(imported.support().get(1).figures().get(id("arboga")).population()).isEqualTo(1000L);
        assertThatThrownBy(() -> set.withPopulations(Map.of(id("koping"), 4000L), TABLE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("arboga");
    }

    @Test
    void withKeyFigures_keepsThemAsPublished_missingStaysMissing() {
        KeyFigures ill = new KeyFigures(KOLADA, List.of(figure("koping", 2023, KeyFigures.Group.TOTAL, "31.2"),
                figure("koping", 2023, KeyFigures.Group.WOMEN, null), figure("arboga", 2022, KeyFigures.Group.TOTAL, "1.23E1")));

        IndicatorSet set = set(List.of(support(Q2_2011, 2000, "273000", 1000, "91000")), List.of()).withKeyFigures(List.of(ill));

        assertThat(set.keyFigures()).containsExactly(ill);
        assertThat(ill.id()).isEqualTo("N00957");
        assertThat(ill.years()).containsExactly(2022, 2023);
        assertThat(ill.figure(id("koping"), 2023, KeyFigures.Group.WOMEN)).hasValueSatisfying(f -> {
            assertThat(f.value()).isEmpty();
            assertThat(f.status()).contains("Saknas");
        });
        assertThat(ill.figure(id("arboga"), 2022, KeyFigures.Group.TOTAL).orElseThrow().value()).contains(new BigDecimal("12.3"));
        assertThat(ill.figure(id("arboga"), 2023, KeyFigures.Group.TOTAL)).isEmpty();
    }

    @Test
    @Raises({ViolationCodes.KEY_FIGURE_DUPLICATE, ViolationCodes.VALUE_OUT_OF_RANGE})
    void keyFigures_twiceTheSameFigure_anAbsurdYearOrValue_areReportedAtOnce() {
        FinsamValidationException e = catchThrowableOfType(FinsamValidationException.class, () -> new KeyFigures(KOLADA,
                List.of(figure("koping", 2023, KeyFigures.Group.TOTAL, "1"), figure("koping", 2023, KeyFigures.Group.TOTAL, "2"),
                        figure("koping", 1800, KeyFigures.Group.TOTAL, "1"), figure("arboga", 2023, KeyFigures.Group.TOTAL, "1" + "0".repeat(40)),
                        new KeyFigures.Figure(id("arboga"), 2022, KeyFigures.Group.TOTAL, Optional.empty(), Optional.of(" ")))));

        assertThat(e.violations()).extracting(v -> v.path() + " " + v.code()).containsExactly(
                "/figures/1 " + ViolationCodes.KEY_FIGURE_DUPLICATE,
                "/figures/2/year " + ViolationCodes.VALUE_OUT_OF_RANGE,
                "/figures/3/value " + ViolationCodes.VALUE_OUT_OF_RANGE,
                "/figures/4/status " + ViolationCodes.SOURCE_TEXT_INVALID);
        assertThat(e.violations().get(0).message()).contains("'koping' in 2023 (total)");
    }

    @Test
    void keyFigures_beyondTheLimit_areRefusedWithoutLookingAtEach() {
        List<KeyFigures.Figure> many = new ArrayList<>(KeyFigures.MAX_FIGURES + 1);
        KeyFigures.Figure one = figure("koping", 2023, KeyFigures.Group.TOTAL, "1");
        for (int i = 0; i <= KeyFigures.MAX_FIGURES; i++) {
            many.add(one);
        }

        FinsamValidationException e = catchThrowableOfType(FinsamValidationException.class, () -> new KeyFigures(KOLADA, many));

        assertThat(e.violations()).singleElement().satisfies(v -> assertThat(v.path()).isEqualTo("/figures"));
    }

    @Test
    @Raises(ViolationCodes.MUNICIPALITY_UNKNOWN)
    void keyFiguresOfAMunicipalityTheSetDoesNotHave_areReported() {
        KeyFigures stray = new KeyFigures(KOLADA, List.of(figure("koping", 2023, KeyFigures.Group.TOTAL, "1"),
                figure("kungsor", 2023, KeyFigures.Group.TOTAL, "1")));
        IndicatorSet set = set(List.of(support(Q2_2011, 2000, "273000", 1000, "91000")), List.of());

        FinsamValidationException e = catchThrowableOfType(FinsamValidationException.class, () -> set.withKeyFigures(List.of(stray)));

        assertThat(e.violations()).extracting(v -> v.path() + " " + v.code()).containsExactly(
                "/keyFigures/0/figures/1/municipality " + ViolationCodes.MUNICIPALITY_UNKNOWN);
    }
}
