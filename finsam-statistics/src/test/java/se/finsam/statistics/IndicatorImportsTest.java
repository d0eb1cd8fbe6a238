package se.finsam.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static se.finsam.testing.Samples.SEK;
import static se.finsam.testing.Samples.id;
import static se.finsam.testing.Samples.sek;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;
import se.finsam.indicator.IndicatorPeriod;
import se.finsam.indicator.IndicatorSet;
import se.finsam.indicator.KeyFigures;
import se.finsam.indicator.ReportingPeriod;
import se.finsam.indicator.SupportFigures;
import se.finsam.indicator.SupportKind;
import se.finsam.member.Member;
import se.finsam.member.MemberId;
import se.finsam.member.MemberKind;
import se.finsam.money.Fraction;
import se.finsam.population.AgeBand;
import se.finsam.testing.Raises;
import se.finsam.validation.FinsamValidationException;

/** Official statistics into an indicator set: populations from the SCB fixtures, key figures from the Kolada ones. */
class IndicatorImportsTest {

    private static final String[][] MUNICIPALITIES = {{"nykoping", "Nyköping", "0480"}, {"flen", "Flen", "0482"},
            {"katrineholm", "Katrineholm", "0483"}, {"eskilstuna", "Eskilstuna", "0484"}};

    private static IndicatorSet set(boolean withCodes, String... codes) {
        List<Member> municipalities = new ArrayList<>();
        Map<MemberId, SupportFigures> figures = new LinkedHashMap<>();
        for (int i = 0; i < MUNICIPALITIES.length; i++) {
            String[] m = MUNICIPALITIES[i];
            String code = codes.length > i ? codes[i] : m[2];
            municipalities.add(withCodes ? Member.of(id(m[0]), MemberKind.MUNICIPALITY, m[1], code)
                    : Member.of(id(m[0]), MemberKind.MUNICIPALITY, m[1]));
            Map<SupportKind, MonetaryAmount> payments = new EnumMap<>(SupportKind.class);
            for (SupportKind kind : SupportKind.values()) {
                payments.put(kind, sek(kind == SupportKind.FINANCIAL_ASSISTANCE ? "36500" : "0"));
            }
            figures.put(id(m[0]), SupportFigures.of(1, payments));
        }
        ReportingPeriod year = ReportingPeriod.of(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31));
        return IndicatorSet.of("Sörmland", null, SEK, AgeBand.of(16, 64), municipalities, List.of(),
                List.of(IndicatorPeriod.of(year, figures)), List.of());
    }

    @Test
    void withPopulations_takesEachMunicipalitysHeadCount_andNamesTheTable() {
        PopulationTable table = ScbFixtures.read("json-stat2.json");

        IndicatorSet set = IndicatorImports.withPopulations(set(true), table, "2023");

        assertThat(set.populationSource()).contains(table.source());
        // Flen: 36 500 kr over 365 days and 50 inhabitants = 2 kr per inhabitant and day.
        assertThat(set.supportMeasure(0, id("flen")).populationDays()).isEqualTo(java.math.BigInteger.valueOf(50L * 365));
        assertThat(set.supportMeasure(0, id("flen")).rate()).isEqualTo(Fraction.of(2, 1));
        assertThat(set.support().get(0).figures().get(id("eskilstuna")).population()).isEqualTo(201);
    }

    @Test
    void withKeyFigures_keepsTheValuesAsPublished_andTheMissingOneMissing() throws IOException {
        KoladaValues values = KoladaValues.read(KoladaFixtures.path("kolada-v2.json"));

        IndicatorSet set = IndicatorImports.withKeyFigures(set(true), values);

        assertThat(set.keyFigures()).extracting(KeyFigures::id).containsExactlyElementsOf(values.kpis());
        KeyFigures ill = set.keyFigures().get(0);
        assertThat(ill.source()).isEqualTo(values.source(ill.id()));
        assertThat(ill.figure(id("flen"), 2023, KeyFigures.Group.MEN)).hasValueSatisfying(f -> {
            assertThat(f.value()).isEmpty();
            assertThat(f.status()).contains("Uppgift saknas");
        });
        assertThat(ill.figure(id("eskilstuna"), 2023, KeyFigures.Group.TOTAL).orElseThrow().value())
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(new BigDecimal("24.6")));
    }

    @Test
    @Raises(StatisticsCodes.DUPLICATE)
    void municipalitiesWithoutACode_orWithTheSameCode_areReported_atTheirPlaceInTheDocument() {
        FinsamValidationException none = catchThrowableOfType(FinsamValidationException.class,
                () -> IndicatorImports.withPopulations(set(false), ScbFixtures.read("pxweb-v1.json"), "2023"));
        assertThat(none.violations()).extracting(v -> v.path() + " " + v.code()).containsExactly(
                "/municipalities/0/code statistics.member-without-code", "/municipalities/1/code statistics.member-without-code",
                "/municipalities/2/code statistics.member-without-code", "/municipalities/3/code statistics.member-without-code");

        FinsamValidationException twice = catchThrowableOfType(FinsamValidationException.class,
                () -> IndicatorImports.withPopulations(set(true, "0480", "0480"), ScbFixtures.read("pxweb-v1.json"), "2023"));
        assertThat(twice.violations()).extracting(v -> v.path() + " " + v.code()).containsExactly(
                "/municipalities/1/code statistics.duplicate");
        assertThat(twice.violations().get(0).message()).contains("'Flen'", "0480", "nykoping");
    }

    @Test
    void koladaFilesWithoutAnyOfTheMunicipalities_areReported() throws IOException {
        KoladaValues values = KoladaValues.read(KoladaFixtures.path("kolada-v2.json"));

        FinsamValidationException e = catchThrowableOfType(FinsamValidationException.class,
                () -> IndicatorImports.withKeyFigures(set(true, "1980", "1981", "1982", "1983"), values));

        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(StatisticsCodes.REGION_MISSING);
            assertThat(v.message()).contains("1980, 1981, 1982, 1983");
        });
        assertThat(Optional.of(values.kpis())).isPresent();
    }
}
