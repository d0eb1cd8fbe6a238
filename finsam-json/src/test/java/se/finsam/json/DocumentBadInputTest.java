package se.finsam.json;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.json.BadInput.bad;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static se.finsam.json.Documents.MINIMAL;
import static se.finsam.json.Documents.minimalWith;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

/**
 * Every kind of bad document ends in one {@link FinsamValidationException} whose violations name the
 * path, the stable code, and quote the offending text.
 */
class DocumentBadInputTest {

    private static final String KEY = "{\"basis\": \"PERCENTAGES\", \"values\": {\"koping\": \"60\", \"arboga\": \"40\"}}";

    static Stream<Arguments> cases() {
        return Stream.of(
                // syntax
                bad("malformed JSON", "{\"association\": ", "/association", JsonViolationCodes.SYNTAX, "line 1"),
                bad("empty document", "", "", JsonViolationCodes.SYNTAX, "empty"),
                bad("trailing content", MINIMAL + " {}", "", JsonViolationCodes.SYNTAX, "Trailing content"),
                bad("duplicate key", minimalWith("\"year\": 2011", "\"year\": 2011, \"year\": 2012"), "/year",
                        JsonViolationCodes.SYNTAX, "Duplicate field 'year'"),
                bad("top level array", "[]", "", JsonViolationCodes.WRONG_TYPE, "found an array"),
                // fields
                bad("misspelt field", minimalWith("\"municipalKey\"", "\"muncipalKey\""), "/association/muncipalKey",
                        JsonViolationCodes.UNKNOWN_FIELD, "'muncipalKey'"),
                bad("missing year", minimalWith("\"year\": 2011,", ""), "/year", JsonViolationCodes.MISSING_FIELD, "'year'"),
                bad("missing municipal key", minimalWith(",\n    \"municipalKey\": " + KEY, ""), "/association/municipalKey",
                        JsonViolationCodes.MISSING_FIELD, "'municipalKey'"),
                bad("unknown member field", minimalWith("\"name\": \"Arbetsförmedlingen\"",
                        "\"name\": \"Arbetsförmedlingen\", \"nmae\": \"x\""), "/association/members/1/nmae",
                        JsonViolationCodes.UNKNOWN_FIELD, "'nmae'"),
                // types
                bad("string for object", minimalWith("\"financing\": {\"total\": \"1000000\"}", "\"financing\": \"1000000\""),
                        "/financing", JsonViolationCodes.WRONG_TYPE, "\"1000000\""),
                bad("null name", minimalWith("\"name\": \"Köping\"", "\"name\": null"), "/association/members/3/name",
                        JsonViolationCodes.WRONG_TYPE, "null"),
                bad("float year", minimalWith("\"year\": 2011", "\"year\": 2011.0"), "/year", JsonViolationCodes.WRONG_TYPE,
                        "2011.0"),
                bad("string year", minimalWith("\"year\": 2011", "\"year\": \"2011\""), "/year", JsonViolationCodes.WRONG_TYPE,
                        "\"2011\""),
                bad("string head count", minimalWith(KEY,
                        "{\"basis\": \"POPULATION\", \"values\": {\"koping\": \"5\", \"arboga\": 40}}"),
                        "/association/municipalKey/values/koping", JsonViolationCodes.WRONG_TYPE, "\"5\""),
                bad("float head count", minimalWith(KEY,
                        "{\"basis\": \"POPULATION\", \"values\": {\"koping\": 5.5, \"arboga\": 40}}"),
                        "/association/municipalKey/values/koping", JsonViolationCodes.WRONG_TYPE, "5.5"),
                // numbers and dates
                bad("exponent in amount string", minimalWith("\"1000000\"", "\"1e6\""), "/financing/total",
                        JsonViolationCodes.INVALID_NUMBER, "\"1e6\""),
                bad("text amount", minimalWith("\"1000000\"", "\"a million\""), "/financing/total",
                        JsonViolationCodes.INVALID_NUMBER, "\"a million\""),
                bad("absurd exponent", minimalWith("\"1000000\"", "1e1000000000"), "/financing/total",
                        JsonViolationCodes.INVALID_NUMBER, "1E+1000000000"),
                bad("impossible date", minimalWith(KEY, "{\"basis\": \"POPULATION\", \"values\": {\"koping\": 5, \"arboga\": 4},"
                        + " \"referenceDate\": \"2008-06-31\"}"), "/association/municipalKey/referenceDate",
                        JsonViolationCodes.INVALID_DATE, "'2008-06-31'"),
                // closed sets
                bad("unknown member kind", minimalWith("\"kind\": \"REGION\"", "\"kind\": \"LANDSTING\""),
                        "/association/members/2/kind", JsonViolationCodes.INVALID_VALUE, "'LANDSTING'"),
                bad("unknown key basis", minimalWith("\"PERCENTAGES\"", "\"PERCENT\""), "/association/municipalKey/basis",
                        JsonViolationCodes.INVALID_VALUE, "'PERCENT'"),
                bad("unknown currency", minimalWith("\"id\": \"mini\",", "\"id\": \"mini\", \"currency\": \"XYZ\","),
                        "/association/currency", JsonViolationCodes.INVALID_VALUE, "'XYZ'"),
                bad("lower-case currency", minimalWith("\"id\": \"mini\",", "\"id\": \"mini\", \"currency\": \"sek\","),
                        "/association/currency", JsonViolationCodes.INVALID_VALUE, "'sek'"),
                // conflicts
                bad("total and state contribution", minimalWith("\"total\": \"1000000\"",
                        "\"total\": \"1000000\", \"stateContribution\": \"500000\""), "/financing",
                        JsonViolationCodes.CONFLICTING_FIELDS, "not both"),
                bad("no financing amount", minimalWith("{\"total\": \"1000000\"}", "{}"), "/financing",
                        JsonViolationCodes.CONFLICTING_FIELDS, "one of"),
                bad("equal key with values", minimalWith("\"basis\": \"PERCENTAGES\"", "\"basis\": \"EQUAL\""),
                        "/association/municipalKey/values", JsonViolationCodes.CONFLICTING_FIELDS, "EQUAL"),
                bad("year out of range", minimalWith("\"year\": 2011", "\"year\": 1066"), "/year",
                        ViolationCodes.YEAR_OUT_OF_RANGE, "1066"),
                // core rules, located in the document
                bad("percentages summing to 99.9", minimalWith("\"40\"", "\"39.9\""), "/association/municipalKey/values",
                        ViolationCodes.KEY_PERCENTAGE_SUM, "99.9"),
                bad("key naming an unknown member", minimalWith("\"arboga\": \"40\"", "\"arboga\": \"30\", \"flen2\": \"10\""),
                        "/association/municipalKey/values/flen2", ViolationCodes.KEY_UNKNOWN_MEMBER, "'flen2'"),
                bad("no Försäkringskassan", minimalWith(
                        "{\"id\": \"fk\", \"kind\": \"SOCIAL_INSURANCE_AGENCY\", \"name\": \"Försäkringskassan\"},", ""),
                        "/association/members", ViolationCodes.SOCIAL_INSURANCE_AGENCY_MISSING, "Försäkringskassan"),
                bad("two Försäkringskassan", minimalWith("{\"id\": \"af\", \"kind\": \"PUBLIC_EMPLOYMENT_SERVICE\"",
                        "{\"id\": \"fk2\", \"kind\": \"SOCIAL_INSURANCE_AGENCY\", \"name\": \"FK\"},"
                                + " {\"id\": \"af\", \"kind\": \"PUBLIC_EMPLOYMENT_SERVICE\""),
                        "/association/members/1/kind", ViolationCodes.SOCIAL_INSURANCE_AGENCY_DUPLICATE, "'fk2'"),
                bad("negative head count", minimalWith(KEY,
                        "{\"basis\": \"POPULATION\", \"values\": {\"koping\": -5, \"arboga\": 40}}"),
                        "/association/municipalKey/values/koping", ViolationCodes.KEY_VALUE_NEGATIVE, "-5"),
                bad("amount with more decimals than the unit", minimalWith("\"1000000\"", "\"1000000.5\""), "/financing/total",
                        ViolationCodes.AMOUNT_NOT_MULTIPLE_OF_UNIT, "1000000.5"),
                bad("negative total", minimalWith("\"1000000\"", "\"-1000000\""), "/financing/total",
                        ViolationCodes.AMOUNT_NEGATIVE, "-1000000"),
                bad("invalid member id", minimalWith("\"id\": \"koping\"", "\"id\": \"kö ping\""), "/association/members/3/id",
                        ViolationCodes.MEMBER_ID_INVALID, "'kö ping'"),
                bad("bad municipality code", minimalWith("\"1983\"", "\"198\""), "/association/members/3/code",
                        ViolationCodes.MEMBER_CODE_INVALID, "'198'"),
                bad("unit finer than the currency", minimalWith("\"financing\": {\"total\": \"1000000\"}",
                        "\"financing\": {\"total\": \"1000000\"}, \"roundingUnit\": \"0.001\""), "/roundingUnit",
                        ViolationCodes.UNIT_FINER_THAN_CURRENCY, "0.001"),
                bad("zero rounding unit", minimalWith("\"financing\": {\"total\": \"1000000\"}",
                        "\"financing\": {\"total\": \"1000000\"}, \"roundingUnit\": \"0\""), "/roundingUnit",
                        ViolationCodes.UNIT_INVALID, "'0'"));
    }


    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badDocument_isReportedWithPathCodeAndQuote(String name, String json, String path, String code, String quoted) {
        BadInput.assertReported(name, () -> FinsamJson.create().plan().read(json), path, code, quoted);
    }

    @Test
    void manyFaults_areAllReportedAtOnce() {
        String json = minimalWith("\"municipalKey\"", "\"muncipalKey\"")
                .replace("\"kind\": \"REGION\"", "\"kind\": \"LANDSTING\"")
                .replace("\"year\": 2011", "\"year\": 2011.5")
                .replace("\"1000000\"", "\"1000000.5\"");

        FinsamValidationException e = catchThrowableOfType(FinsamValidationException.class, () -> FinsamJson.create().plan().read(json));

        assertThat(e.violations()).extracting(Violation::path).contains("/association/muncipalKey",
                "/association/members/2/kind", "/year", "/financing/total", "/association/municipalKey");
    }

    @Test
    void memberWithBlankName_stillHasTheAssociationRulesChecked() {
        String json = minimalWith("\"name\": \"Försäkringskassan\"", "\"name\": \" \"")
                .replace("\"arboga\": \"40\"", "\"arboga\": \"30\", \"flen2\": \"10\"");

        FinsamValidationException e = catchThrowableOfType(FinsamValidationException.class, () -> FinsamJson.create().plan().read(json));

        assertThat(e.violations()).extracting(Violation::code)
                .containsExactlyInAnyOrder(ViolationCodes.MEMBER_NAME_INVALID, ViolationCodes.KEY_UNKNOWN_MEMBER);
    }

    @Test
    void everyDocumentCode_isExercisedAbove() {
        List<String> covered = cases().map(a -> (String) a.get()[3]).toList();
        assertThat(covered).contains(JsonViolationCodes.SYNTAX, JsonViolationCodes.UNKNOWN_FIELD,
                JsonViolationCodes.MISSING_FIELD, JsonViolationCodes.WRONG_TYPE, JsonViolationCodes.INVALID_NUMBER,
                JsonViolationCodes.INVALID_DATE, JsonViolationCodes.INVALID_VALUE, JsonViolationCodes.CONFLICTING_FIELDS,
                ViolationCodes.YEAR_OUT_OF_RANGE);
    }
}
