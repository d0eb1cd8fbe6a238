package se.finsam.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static se.finsam.json.NationalDocuments.SMALL;
import static se.finsam.json.NationalDocuments.smallWith;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.finsam.association.AssociationId;
import se.finsam.member.MemberId;
import se.finsam.money.RoundingUnit;
import se.finsam.national.AssociationAllocation;
import se.finsam.national.LimitApplied;
import se.finsam.national.NationalAllocation;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

/**
 * The national document: a valid one is read into a computed {@link NationalAllocation}; every kind of bad
 * one ends in one {@link FinsamValidationException} whose violations name the path, the code, and quote
 * the offending text.
 */
class NationalReaderTest {

    private static NationalAllocation read(String json) {
        return FinsamJson.create().national().read(json.getBytes(StandardCharsets.UTF_8));
    }

    private static long units(NationalAllocation national, String id) {
        return national.allocation().unitsOf(AssociationId.of(id));
    }

    @Test
    void small_isReadAndAllocated() {
        // 12 000 kr less 900 for supplementary funds: 11 100; bases 3 000; 8 100 by weights
        // norr 0.5·4/10 + 0.5·100/1000 = 0.25, mitt 0.125 + 0.15 = 0.275, syd 0.175 + 0.3 = 0.475:
        // model 3 025, 3 227, 4 848 (the tie of mitt's and syd's halves goes to syd, the larger weight).
        // syd had 5 500: its floor 4 950 holds it. norr and mitt split 11 100 − 4 950 − 2 000 = 4 150 by 10 : 11:
        // 1 976.19 and 2 173.81 → norr 1 976, mitt 2 174 (largest remainder). mitt's equity is above the
        // reasonable level, so it has no floor (not needed here either).
        NationalAllocation national = read(SMALL);

        assertThat(national.year()).isEqualTo(Year.of(2016));
        assertThat(national.note()).contains("Test data");
        assertThat(national.unit()).isEqualTo(RoundingUnit.KRONA);
        assertThat(units(national, "norr")).isEqualTo(2976);
        assertThat(units(national, "mitt")).isEqualTo(3174);
        assertThat(units(national, "syd")).isEqualTo(4950);
        AssociationAllocation syd = national.allocation().allocationOf(AssociationId.of("syd"));
        assertThat(syd.limitApplied()).isEqualTo(LimitApplied.DECREASE_LIMIT);
        assertThat(syd.modelAmount().getNumber().numberValue(BigDecimal.class)).isEqualByComparingTo("4848");
        assertThat(national.allocation().allocationOf(AssociationId.of("mitt")).floor()).isEmpty();
        // The call is undersubscribed: norr capped at 400, syd 300, 200 left.
        assertThat(national.supplementary()).hasValueSatisfying(s -> {
            assertThat(s.isOversubscribed()).isFalse();
            assertThat(s.leftOver().getNumber().numberValue(BigDecimal.class)).isEqualByComparingTo("200");
        });
        // syd's members split 4 950 + 300 = 5 250: municipalities 2 625, Ystad 60 % of it.
        assertThat(national.matchingOf(AssociationId.of("syd")).memberSplit()).hasValueSatisfying(split -> assertThat(
                split.amountOf(MemberId.of("ystad")).getNumber().numberValue(BigDecimal.class)).isEqualByComparingTo("1575"));
        assertThat(national.matchingOf(AssociationId.of("mitt")).unmatched().getNumber().numberValue(BigDecimal.class))
                .isEqualByComparingTo("1174");
    }

    @Test
    void withoutParameters_theModelOf2016Applies() {
        String json = """
                {"year": 2016, "appropriation": 1200000, "associations": [
                  {"id": "a", "name": "A", "population": 1, "supportMeasure": 1, "previousAllocation": 600000},
                  {"id": "b", "name": "B", "population": 1, "supportMeasure": 1, "previousAllocation": 600000}]}
                """;

        NationalAllocation national = read(json);

        assertThat(national.model().base().getNumber().numberValue(BigDecimal.class)).isEqualByComparingTo("400000");
        assertThat(national.model().maxDecrease()).isPresent();
        assertThat(units(national, "a")).isEqualTo(600_000);
        assertThat(national.supplementary()).isEmpty();
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                bad("negative population", smallWith("\"population\": 100", "\"population\": -100"),
                        "/associations/0/population", ViolationCodes.NATIONAL_POPULATION_NEGATIVE, "-100"),
                bad("population as a string", smallWith("\"population\": 100", "\"population\": \"100\""),
                        "/associations/0/population", JsonViolationCodes.WRONG_TYPE, "\"100\""),
                bad("negative försörjningsmått", smallWith("\"supportMeasure\": \"4\"", "\"supportMeasure\": \"-4\""),
                        "/associations/0/supportMeasure", ViolationCodes.NATIONAL_SUPPORT_MEASURE_NEGATIVE, "-4"),
                bad("missing previous allocation", smallWith("\"previousAllocation\": \"3000\", \"supplementaryRequest\"",
                        "\"supplementaryRequest\""), "/associations/0/previousAllocation",
                        ViolationCodes.NATIONAL_PREVIOUS_ALLOCATION_MISSING, "'norr'"),
                bad("weights not summing to 100", smallWith("\"populationWeight\": \"50\"", "\"populationWeight\": \"40\""),
                        "/parameters", ViolationCodes.NATIONAL_WEIGHTS_SUM, "90 %"),
                bad("appropriation smaller than the bases", smallWith("\"appropriation\": \"12000\"",
                        "\"appropriation\": \"3800\""), "/appropriation", ViolationCodes.NATIONAL_APPROPRIATION_BELOW_BASES,
                        "2 900 kr"),
                bad("floors above the appropriation", smallWith("\"appropriation\": \"12000\"", "\"appropriation\": \"8000\""),
                        "/appropriation", ViolationCodes.NATIONAL_FLOORS_ABOVE_APPROPRIATION, "7 100 kr"),
                // Ceilings 3 030 + 3 030 + 5 555 = 11 615 kr cannot take 13 000 − 900 = 12 100 kr.
                bad("ceilings below the appropriation", smallWith("\"maxDecrease\": \"10\"", "\"maxIncrease\": \"1\"")
                        .replace("\"appropriation\": \"12000\"", "\"appropriation\": \"13000\""), "/parameters/maxIncrease",
                        ViolationCodes.NATIONAL_CEILINGS_BELOW_APPROPRIATION, "11 615 kr"),
                bad("limit out of range", smallWith("\"maxDecrease\": \"10\"", "\"maxDecrease\": \"110\""),
                        "/parameters/maxDecrease", ViolationCodes.NATIONAL_LIMIT_OUT_OF_RANGE, "110"),
                bad("missing weight", smallWith("\"populationWeight\": \"50\", ", ""), "/parameters/populationWeight",
                        JsonViolationCodes.MISSING_FIELD, "'populationWeight'"),
                bad("misspelt parameter", smallWith("\"maxDecrease\"", "\"maxDecline\""), "/parameters/maxDecline",
                        JsonViolationCodes.UNKNOWN_FIELD, "'maxDecline'"),
                bad("misspelt association field", smallWith("\"supportMeasure\": \"4\"", "\"supportMeassure\": \"4\""),
                        "/associations/0/supportMeassure", JsonViolationCodes.UNKNOWN_FIELD, "'supportMeassure'"),
                bad("equity status as a string", smallWith("\"equityAboveReasonableLevel\": true",
                        "\"equityAboveReasonableLevel\": \"yes\""), "/associations/1/equityAboveReasonableLevel",
                        JsonViolationCodes.WRONG_TYPE, "\"yes\""),
                bad("duplicate association", smallWith("\"id\": \"mitt\"", "\"id\": \"norr\""), "/associations/1/id",
                        ViolationCodes.NATIONAL_DUPLICATE_ASSOCIATION, "'norr'"),
                bad("invalid association id", smallWith("\"id\": \"mitt\"", "\"id\": \"mi tt\""), "/associations/1/id",
                        ViolationCodes.ASSOCIATION_ID_INVALID, "'mi tt'"),
                bad("no associations", "{\"year\": 2016, \"appropriation\": \"1000\", \"associations\": []}",
                        "/associations", ViolationCodes.NATIONAL_NO_ASSOCIATIONS, "at least one"),
                bad("request without a call", smallWith("\"supplementary\": {\"pot\": \"900\", \"cap\": \"400\"},", ""),
                        "/associations/0/supplementaryRequest", ViolationCodes.SUPPLEMENTARY_NO_CALL, "'norr'"),
                bad("pot above the appropriation", smallWith("\"pot\": \"900\"", "\"pot\": \"90000\""),
                        "/supplementary/pot", ViolationCodes.SUPPLEMENTARY_POT_ABOVE_APPROPRIATION, "90 000 kr"),
                bad("missing cap", smallWith(", \"cap\": \"400\"", ""), "/supplementary/cap", JsonViolationCodes.MISSING_FIELD,
                        "'cap'"),
                bad("request in öre at unit 1", smallWith("\"supplementaryRequest\": \"600\"",
                        "\"supplementaryRequest\": \"600.50\""), "/associations/0/supplementaryRequest",
                        ViolationCodes.AMOUNT_NOT_MULTIPLE_OF_UNIT, "600.5"),
                bad("exponent in an amount", smallWith("\"appropriation\": \"12000\"", "\"appropriation\": \"1.2e4\""),
                        "/appropriation", JsonViolationCodes.INVALID_NUMBER, "\"1.2e4\""),
                bad("year out of range", smallWith("\"year\": 2016", "\"year\": 1066"), "/year",
                        ViolationCodes.YEAR_OUT_OF_RANGE, "1066"),
                bad("unknown currency", smallWith("\"year\": 2016,", "\"year\": 2016, \"currency\": \"XYZ\","), "/currency",
                        JsonViolationCodes.INVALID_VALUE, "'XYZ'"),
                bad("missing appropriation", smallWith("\"appropriation\": \"12000\",", ""), "/appropriation",
                        JsonViolationCodes.MISSING_FIELD, "'appropriation'"),
                bad("associations as an object", "{\"year\": 2016, \"appropriation\": \"1000\", \"associations\": {}}",
                        "/associations", JsonViolationCodes.WRONG_TYPE, "an object"),
                bad("member kind in the charter", smallWith("\"kind\": \"REGION\"", "\"kind\": \"LANDSTING\""),
                        "/associations/2/members/2/kind", JsonViolationCodes.INVALID_VALUE, "'LANDSTING'"),
                bad("charter key not summing to 100", smallWith("\"simrishamn\": \"40\"", "\"simrishamn\": \"39\""),
                        "/associations/2/municipalKey/values", ViolationCodes.KEY_PERCENTAGE_SUM, "99"),
                bad("members without a municipal key", smallWith("\"municipalKey\"", "\"regionalKey\""),
                        "/associations/2/municipalKey",
                        JsonViolationCodes.MISSING_FIELD, "'municipalKey'"),
                bad("malformed JSON", SMALL.substring(0, 200), "", JsonViolationCodes.SYNTAX, "Malformed JSON"));
    }

    private static Arguments bad(String name, String json, String path, String code, String quoted) {
        return Arguments.of(name, json, path, code, quoted);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badDocument_isReportedWithPathCodeAndQuote(String name, String json, String path, String code, String quoted) {
        FinsamValidationException e = catchThrowableOfType(FinsamValidationException.class, () -> read(json));

        assertThat(e).as("%s must be rejected", name).isNotNull();
        assertThat(e.violations())
                .as("violations of '%s'", name)
                .anySatisfy(v -> {
                    if (!path.isEmpty()) {
                        assertThat(v.path()).isEqualTo(path);
                    }
                    assertThat(v.code()).isEqualTo(code);
                    assertThat(v.message()).contains(quoted);
                });
    }

    @Test
    void manyFaults_areAllReportedAtOnce() {
        String json = smallWith("\"population\": 100", "\"population\": -100")
                .replace("\"supportMeasure\": \"2.5\"", "\"supportMeasure\": 2.5, \"colour\": \"red\"")
                .replace("\"maxDecrease\": \"10\"", "\"maxDecrease\": \"-1\"")
                .replace("\"year\": 2016", "\"year\": \"2016\"");

        FinsamValidationException e = catchThrowableOfType(FinsamValidationException.class, () -> read(json));

        assertThat(e.violations()).extracting(Violation::path).containsExactlyInAnyOrder("/year", "/parameters/maxDecrease",
                "/associations/0/population", "/associations/1/colour");
    }

    @Test
    void everyNationalCode_isExercisedAbove() {
        List<String> covered = cases().map(a -> (String) a.get()[3]).toList();
        assertThat(covered).contains(ViolationCodes.NATIONAL_POPULATION_NEGATIVE, ViolationCodes.NATIONAL_WEIGHTS_SUM,
                ViolationCodes.NATIONAL_PREVIOUS_ALLOCATION_MISSING, ViolationCodes.NATIONAL_APPROPRIATION_BELOW_BASES,
                ViolationCodes.NATIONAL_FLOORS_ABOVE_APPROPRIATION, ViolationCodes.NATIONAL_CEILINGS_BELOW_APPROPRIATION,
                ViolationCodes.SUPPLEMENTARY_NO_CALL, ViolationCodes.SUPPLEMENTARY_POT_ABOVE_APPROPRIATION);
    }
}
