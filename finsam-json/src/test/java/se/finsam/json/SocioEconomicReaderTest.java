package se.finsam.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static se.finsam.json.BadInput.bad;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.finsam.money.Fraction;
import se.finsam.socioeconomic.Actor;
import se.finsam.socioeconomic.ExclusionCost;
import se.finsam.socioeconomic.SocioEconomicCalculation;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.ViolationCodes;

/** The socio-economic calculation document (docs/socioeconomic.md): read exactly, with its defaults, or every fault at once. */
class SocioEconomicReaderTest {

    private static final FinsamJson JSON = FinsamJson.create();
    private static final Path EXAMPLE = Path.of("../finsam-examples/documents/unga-jonkoping.json");

    /** A small valid document: every optional field left out. */
    static final String MINIMAL = """
            {
              "name": "Liten kalkyl",
              "participants": 10,
              "successful": 3,
              "projectCosts": ["100000", "50000"],
              "costOfExclusion": {
                "actors": [
                  {"actor": "MUNICIPALITY", "realCosts": "1000", "transfers": "2000"},
                  {"actor": "INDIVIDUAL", "realCosts": "100"}
                ]
              },
              "effect": {"shares": ["100", "50"]},
              "discountRate": "0"
            }
            """;

    private static String minimalWith(String from, String to) {
        return with(MINIMAL, from, to);
    }

    private static String with(String document, String from, String to) {
        if (!document.contains(from)) {
            throw new IllegalArgumentException("Test document has no '" + from + "'");
        }
        return document.replace(from, to);
    }

    private static MonetaryAmount sek(long amount) {
        return Money.of(amount, "SEK");
    }

    private static SocioEconomicCalculation read(String json) {
        return JSON.socioeconomic().read(json);
    }

    @Test
    void example_readsEveryField() throws IOException {
        SocioEconomicCalculation c = JSON.socioeconomic().read(EXAMPLE);

        assertThat(c.name()).isEqualTo("Unga till arbete i Jönköpings län");
        assertThat(c.note().orElseThrow()).startsWith("Publicerade siffror (Nilsson, OFUS").contains("160 unga",
                "9 mkr per år", "ca 70 mkr per år", "ca 437 500 kr per person och år", "25 % antas lyckas", "illustrativt");
        assertThat(c.currency()).isEqualTo(Monetary.getCurrency("SEK"));
        assertThat(c.success().participants()).isEqualTo(160);
        assertThat(c.success().successful()).isEqualTo(Fraction.of(40, 1));
        assertThat(c.projectCosts()).containsExactly(sek(9_000_000));
        assertThat(c.costOfExclusion().lostProduction()).isEqualTo(sek(240_000));
        assertThat(c.costOfExclusion().actors()).containsExactly(
                new ExclusionCost(Actor.MUNICIPALITY, sek(40_000), sek(60_000), sek(45_000)),
                new ExclusionCost(Actor.REGION, sek(30_000), sek(0), sek(20_000)),
                new ExclusionCost(Actor.SOCIAL_INSURANCE_AGENCY, sek(5_000), sek(30_000), sek(0)),
                new ExclusionCost(Actor.PUBLIC_EMPLOYMENT_SERVICE, sek(25_000), sek(7_500), sek(0)),
                new ExclusionCost(Actor.REST_OF_STATE, sek(0), sek(0), sek(55_000)));
        assertThat(c.costOfExclusion().perPersonAndYear()).as("240 000 + 197 500, the published 437 500")
                .isEqualTo(Fraction.of(437_500, 1));
        assertThat(c.effect().fallOff()).contains(Fraction.of(1, 10));
        assertThat(c.discountRate()).isEqualTo(Fraction.of(7, 200));
        assertThat(c.horizons()).containsExactly(1, 5, 20);
        assertThat(JSON.kindOf(Files.readAllBytes(EXAMPLE))).isEqualTo(DocumentKind.SOCIOECONOMIC);
        assertThat(JSON.format(DocumentKind.SOCIOECONOMIC)).isSameAs(JSON.socioeconomic());
    }

    @Test
    void minimal_takesTheDefaults() {
        SocioEconomicCalculation c = read(MINIMAL);

        assertThat(c.note()).isEmpty();
        assertThat(c.currency()).isEqualTo(Monetary.getCurrency("SEK"));
        assertThat(c.horizons()).containsExactly(1, 5, 20);
        assertThat(c.costOfExclusion().lostProduction()).isEqualTo(sek(0));
        assertThat(c.costOfExclusion().actors().get(1)).isEqualTo(new ExclusionCost(Actor.INDIVIDUAL, sek(100), sek(0), sek(0)));
        assertThat(c.effect().shares()).contains(List.of(Fraction.ONE, Fraction.of(1, 2)));
        assertThat(c.success().successful()).isEqualTo(Fraction.of(3, 1));
        assertThat(c.discountRate()).isEqualTo(Fraction.ZERO);
    }

    @Test
    void numbers_inEveryNotation_areReadExactly() {
        for (String rate : List.of("\"3.5\"", "3.5", "35e-1", "0.35E1", "3.50000", "350E-2")) {
            assertThat(read(minimalWith("\"discountRate\": \"0\"", "\"discountRate\": " + rate)).discountRate()).as(rate)
                    .isEqualTo(Fraction.of(7, 200));
        }
        for (String cost : List.of("\"100000\"", "100000", "1E+5", "1e5", "100000.00", "0.1E6")) {
            assertThat(read(minimalWith("\"100000\"", cost)).projectCosts().get(0)).as(cost).isEqualTo(sek(100_000));
        }
        assertThat(read(minimalWith("\"successful\": 3", "\"successRate\": 1E+1")).success().successful()).isEqualTo(Fraction.ONE);
        assertThat(read(minimalWith("\"successful\": 3", "\"successRate\": \"12.5\"")).success().successful())
                .as("12.5 % of 10 is an expected 5/4").isEqualTo(Fraction.of(5, 4));
        assertThat(read(minimalWith("\"discountRate\": \"0\"", "\"discountRate\": \"0.0000000001\"")).discountRate())
                .as("ten decimals of a percent").isEqualTo(Fraction.of(1, 1_000_000_000_000L));
    }

    @Test
    void currency_isTheAmounts() {
        SocioEconomicCalculation c = read(minimalWith("\"name\": \"Liten kalkyl\",", "\"name\": \"Liten kalkyl\", \"currency\": \"EUR\","));

        assertThat(c.currency()).isEqualTo(Monetary.getCurrency("EUR"));
        assertThat(c.projectCosts().get(0)).isEqualTo(Money.of(100_000, "EUR"));
        assertThat(c.costOfExclusion().lostProduction()).isEqualTo(Money.of(0, "EUR"));
    }

    @Test
    void readingTheSameDocument_fromEverySource_givesEqualCalculations() throws IOException {
        byte[] bytes = Files.readAllBytes(EXAMPLE);
        SocioEconomicCalculation fromFile = JSON.socioeconomic().read(EXAMPLE);

        assertThat(JSON.socioeconomic().read(bytes)).isEqualTo(fromFile);
        assertThat(JSON.socioeconomic().read(new String(bytes, StandardCharsets.UTF_8))).isEqualTo(fromFile);
        assertThat(JSON.socioeconomic().write(JSON.socioeconomic().read(bytes))).isEqualTo(JSON.socioeconomic().write(fromFile));
    }

    @Test
    void aDocumentWithParticipants_andCostOfExclusion_isACalculation_notAFollowUp() {
        byte[] bytes = MINIMAL.getBytes(StandardCharsets.UTF_8);

        assertThat(JSON.kindOf(bytes)).isEqualTo(DocumentKind.SOCIOECONOMIC);
        assertThat(DocumentKind.SOCIOECONOMIC.description()).isEqualTo("socio-economic calculation");
    }

    @Test
    void aPlan_readAsACalculation_isTheWrongKind() {
        FinsamValidationException e = catchThrowableOfType(FinsamValidationException.class,
                () -> JSON.socioeconomic().read(Documents.MINIMAL));

        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(JsonViolationCodes.WRONG_DOCUMENT_KIND);
            assertThat(v.message()).isEqualTo("This is a plan document (it has 'association'), not a socio-economic "
                    + "calculation document");
        });
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                bad("no effect", minimalWith("\"effect\": {\"shares\": [\"100\", \"50\"]},", ""), "/effect",
                        JsonViolationCodes.MISSING_FIELD, "{\"fallOff\": \"10\"}"),
                bad("no discount rate", minimalWith(",\n  \"discountRate\": \"0\"", ""), "/discountRate",
                        JsonViolationCodes.MISSING_FIELD, "\"3.5\""),
                bad("a decimal comma", minimalWith("\"discountRate\": \"0\"", "\"discountRate\": \"3,5\""),
                        "/discountRate", JsonViolationCodes.INVALID_NUMBER, "was \"3,5\": write it without spaces"),
                bad("an amount with spaces", minimalWith("\"100000\"", "\"100 000\""), "/projectCosts/0",
                        JsonViolationCodes.INVALID_NUMBER, "was \"100 000\": write it without spaces"),
                bad("negative real costs", minimalWith("\"realCosts\": \"1000\"", "\"realCosts\": \"-1000\""),
                        "/costOfExclusion/actors/0/realCosts", ViolationCodes.AMOUNT_NEGATIVE, "-1000"),
                bad("negative lost production", minimalWith("\"actors\": [", "\"lostProduction\": -5, \"actors\": ["),
                        "/costOfExclusion/lostProduction", ViolationCodes.AMOUNT_NEGATIVE, "-5"),
                bad("negative project cost", minimalWith("\"50000\"", "\"-50000\""), "/projectCosts/1",
                        ViolationCodes.AMOUNT_NEGATIVE, "-50000"),
                bad("a share above 100 %", minimalWith("[\"100\", \"50\"]", "[\"100\", \"100.5\"]"), "/effect/shares/1",
                        ViolationCodes.SOCIOECONOMIC_SHARE_OUT_OF_RANGE, "100.5 %"),
                bad("a success rate above 100 %", minimalWith("\"successful\": 3", "\"successRate\": \"150\""), "/successRate",
                        ViolationCodes.SOCIOECONOMIC_SHARE_OUT_OF_RANGE, "150 %"),
                bad("a fall-off below 0", minimalWith("{\"shares\": [\"100\", \"50\"]}", "{\"fallOff\": \"-1\"}"),
                        "/effect/fallOff", ViolationCodes.SOCIOECONOMIC_SHARE_OUT_OF_RANGE, "-1 %"),
                bad("a percentage with eleven decimals", minimalWith("\"discountRate\": \"0\"",
                        "\"discountRate\": \"0.00000000001\""), "/discountRate",
                        ViolationCodes.SOCIOECONOMIC_DISCOUNT_RATE_OUT_OF_RANGE, "at most 10 decimals"),
                bad("a discount rate above 100 %", minimalWith("\"discountRate\": \"0\"", "\"discountRate\": 101"),
                        "/discountRate", ViolationCodes.SOCIOECONOMIC_DISCOUNT_RATE_OUT_OF_RANGE, "101 %"),
                bad("a horizon of 0", minimalWith("\"discountRate\": \"0\"", "\"discountRate\": \"0\", \"horizons\": [0, 5]"),
                        "/horizons/0", ViolationCodes.SOCIOECONOMIC_HORIZON_OUT_OF_RANGE, "was 0"),
                bad("horizons out of order", minimalWith("\"discountRate\": \"0\"", "\"discountRate\": \"0\", \"horizons\": [5, 5]"),
                        "/horizons/1", ViolationCodes.SOCIOECONOMIC_HORIZON_OUT_OF_RANGE, "5 follows 5"),
                bad("no horizon", minimalWith("\"discountRate\": \"0\"", "\"discountRate\": \"0\", \"horizons\": []"),
                        "/horizons", ViolationCodes.VALUE_MISSING, "horizon"),
                bad("no project year", minimalWith("[\"100000\", \"50000\"]", "[]"), "/projectCosts",
                        ViolationCodes.VALUE_MISSING, "first"),
                bad("21 project years", minimalWith("[\"100000\", \"50000\"]", "[" + "\"1\", ".repeat(20) + "\"1\"]"),
                        "/projectCosts", ViolationCodes.SOCIOECONOMIC_TOO_MANY_YEARS, "were 21"),
                bad("no participant", minimalWith("\"participants\": 10", "\"participants\": 0"), "/participants",
                        ViolationCodes.SOCIOECONOMIC_PARTICIPANTS_OUT_OF_RANGE, "was 0"),
                bad("more successful than participants", minimalWith("\"successful\": 3", "\"successful\": 11"), "/successful",
                        ViolationCodes.SOCIOECONOMIC_SUCCESS_OUT_OF_RANGE, "was 11"),
                bad("both successful and successRate", minimalWith("\"successful\": 3", "\"successful\": 3, \"successRate\": \"30\""),
                        "", JsonViolationCodes.CONFLICTING_FIELDS, "not both"),
                bad("neither successful nor successRate", minimalWith("\"successful\": 3,", ""), "",
                        JsonViolationCodes.CONFLICTING_FIELDS, "'successRate'"),
                bad("both shares and fallOff", minimalWith("\"shares\": [\"100\", \"50\"]", "\"shares\": [\"100\"], \"fallOff\": \"10\""),
                        "/effect", JsonViolationCodes.CONFLICTING_FIELDS, "not both"),
                bad("neither shares nor fallOff", minimalWith("{\"shares\": [\"100\", \"50\"]}", "{}"), "/effect",
                        JsonViolationCodes.CONFLICTING_FIELDS, "'fallOff'"),
                bad("duplicate actor", minimalWith("{\"actor\": \"INDIVIDUAL\"", "{\"actor\": \"MUNICIPALITY\""),
                        "/costOfExclusion/actors/1/actor", ViolationCodes.SOCIOECONOMIC_DUPLICATE_ACTOR, "MUNICIPALITY"),
                bad("unknown actor", minimalWith("\"INDIVIDUAL\"", "\"KOMMUNEN\""), "/costOfExclusion/actors/1/actor",
                        JsonViolationCodes.INVALID_VALUE, "'KOMMUNEN'"),
                bad("individual with transfers", minimalWith("{\"actor\": \"INDIVIDUAL\", \"realCosts\": \"100\"}",
                        "{\"actor\": \"INDIVIDUAL\", \"transfers\": \"100\"}"), "/costOfExclusion/actors/1/transfers",
                        ViolationCodes.SOCIOECONOMIC_INDIVIDUAL_PAYS, "was 100"),
                bad("taxes above production", with(minimalWith("\"actors\": [", "\"lostProduction\": \"499.99\", \"actors\": ["),
                        "\"transfers\": \"2000\"", "\"transfers\": \"2000\", \"lostTaxes\": \"500\""),
                        "/costOfExclusion/lostProduction", ViolationCodes.SOCIOECONOMIC_TAXES_EXCEED_PRODUCTION, "499.99"),
                bad("5e21 as an amount", minimalWith("\"100000\"", "5e21"), "/projectCosts/0", ViolationCodes.AMOUNT_TOO_LARGE,
                        "5000000000000000000000"),
                bad("a huge exponent", minimalWith("\"realCosts\": \"1000\"", "\"realCosts\": 1e1000000000"),
                        "/costOfExclusion/actors/0/realCosts", JsonViolationCodes.INVALID_NUMBER, "1E+1000000000"),
                bad("an exponent in a string", minimalWith("\"discountRate\": \"0\"", "\"discountRate\": \"1e1\""),
                        "/discountRate", JsonViolationCodes.INVALID_NUMBER, "\"1e1\""),
                bad("participants as a string", minimalWith("\"participants\": 10", "\"participants\": \"10\""), "/participants",
                        JsonViolationCodes.WRONG_TYPE, "\"10\""),
                bad("participants in an exponent", minimalWith("\"participants\": 10", "\"participants\": 1E+1"), "/participants",
                        JsonViolationCodes.WRONG_TYPE, "1E+1"),
                bad("a horizon as a float", minimalWith("\"discountRate\": \"0\"", "\"discountRate\": \"0\", \"horizons\": [1.5]"),
                        "/horizons/0", JsonViolationCodes.WRONG_TYPE, "1.5"),
                bad("project costs as an object", minimalWith("[\"100000\", \"50000\"]", "{}"), "/projectCosts",
                        JsonViolationCodes.WRONG_TYPE, "an object"),
                bad("a top-level array", "[" + MINIMAL + "]", "", JsonViolationCodes.WRONG_TYPE, "an array"),
                bad("cost of exclusion as a string", minimalWith("\"costOfExclusion\": {", "\"costOfExclusion\": \"437500\", \"x\": {"),
                        "/costOfExclusion", JsonViolationCodes.WRONG_TYPE, "\"437500\""),
                bad("an actor as a number", minimalWith("{\"actor\": \"INDIVIDUAL\", \"realCosts\": \"100\"}", "7"),
                        "/costOfExclusion/actors/1", JsonViolationCodes.WRONG_TYPE, "the number 7"),
                bad("the effect as a list", minimalWith("{\"shares\": [\"100\", \"50\"]}", "[\"100\", \"50\"]"),
                        "/effect", JsonViolationCodes.WRONG_TYPE, "an array"),
                bad("a boolean amount", minimalWith("\"transfers\": \"2000\"", "\"transfers\": true"),
                        "/costOfExclusion/actors/0/transfers", JsonViolationCodes.WRONG_TYPE, "true"),
                bad("an unknown top-level field", minimalWith("\"discountRate\"", "\"discountRrate\": 1, \"discountRate\""),
                        "/discountRrate", JsonViolationCodes.UNKNOWN_FIELD, "'discountRrate'"),
                bad("an unknown actor field", minimalWith("\"realCosts\": \"100\"", "\"realCost\": \"100\""),
                        "/costOfExclusion/actors/1/realCost", JsonViolationCodes.UNKNOWN_FIELD, "'realCost'"),
                bad("an unknown effect field", minimalWith("{\"shares\"", "{\"falloff\": 1, \"shares\""), "/effect/falloff",
                        JsonViolationCodes.UNKNOWN_FIELD, "'falloff'"),
                bad("a missing discount rate", minimalWith(",\n  \"discountRate\": \"0\"", ""), "/discountRate",
                        JsonViolationCodes.MISSING_FIELD, "'discountRate'"),
                bad("missing actors", minimalWith("\"actors\": [", "\"actorz\": ["), "/costOfExclusion/actors",
                        JsonViolationCodes.MISSING_FIELD, "'actors'"),
                bad("an unknown currency", minimalWith("\"name\": \"Liten kalkyl\",", "\"name\": \"Liten kalkyl\", \"currency\": \"XYZ\","),
                        "/currency", JsonViolationCodes.INVALID_VALUE, "'XYZ'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badDocument_isReportedWithPathCodeAndValue(String name, String json, String path, String code, String quoted) {
        BadInput.assertReported(name, () -> read(json), path, code, quoted);
    }

    @Test
    void sixFaultsAcrossLayers_areReportedInOneRun() {
        String json = """
                {
                  "name": "Sex fel",
                  "participants": 160,
                  "successRate": "150",
                  "projectCosts": ["9000000"],
                  "costOfExclusion": {
                    "lostProduction": "240000",
                    "actors": [
                      {"actor": "MUNICIPALITY", "realCosts": "-40000"},
                      {"actor": "REGION"},
                      {"actor": "KOMMUNEN", "realCosts": "1"},
                      {"actor": "REGION", "transfers": 5e21}
                    ]
                  },
                  "effect": {"fallOff": "10"},
                  "discountRate": "3.5",
                  "discountRrate": "3.5",
                  "horizons": [0, 5, "20"]
                }
                """;

        FinsamValidationException e = catchThrowableOfType(FinsamValidationException.class, () -> read(json));

        assertThat(e.violations()).extracting(v -> v.path() + " " + v.code()).containsExactlyInAnyOrder(
                "/discountRrate json.unknown-field",
                "/successRate socioeconomic.share-out-of-range",
                "/costOfExclusion/actors/0/realCosts amount.negative",
                "/costOfExclusion/actors/2/actor json.invalid-value",
                "/costOfExclusion/actors/3/transfers amount.too-large",
                "/costOfExclusion/actors/3/actor socioeconomic.duplicate-actor",
                "/horizons/2 json.wrong-type",
                "/horizons/0 socioeconomic.horizon-out-of-range");
        assertThat(e.violations()).extracting(v -> v.message()).contains(
                "Real costs of MUNICIPALITY must not be negative, was -40000",
                "The success rate must be from 0 % to 100 % with at most 10 decimals, was 150 %",
                "A horizon must be from 1 to 50 years after the project, was 0",
                "Actor REGION is listed twice, first at /actors/1");
    }

    @Test
    void aCalculationValid_isValid_andItsResultsAreTheCoresOwn() {
        SocioEconomicCalculation c = read(MINIMAL);

        assertThat(JSON.socioeconomic().validate(MINIMAL).isValid()).isTrue();
        // 150 000 invested, a quarter by the municipality; it gains 3 × (1000 + 2000) in year 1 and half that in year 2.
        assertThat(c.atHorizon(5).of(Actor.MUNICIPALITY).investment()).isEqualTo(Fraction.of(37_500, 1));
        assertThat(c.atHorizon(5).of(Actor.MUNICIPALITY).gainsPresentValue()).isEqualTo(Fraction.of(13_500, 1));
        assertThat(c.success()).isEqualTo(se.finsam.socioeconomic.Success.count(10, 3));
        assertThat(c.note()).isEqualTo(Optional.empty());
    }
}
