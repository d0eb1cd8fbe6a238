package se.finsam.json;

import static se.finsam.json.Documents.minimalWith;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.finsam.validation.ViolationCodes;

/** Bad projects, costs, final keys and equity are reported with path, code and the offending text. */
class PlanBadInputTest {

    private static final String FINANCING = "\"financing\": {\"total\": \"1000000\"}";

    private static String withProjects(String projects) {
        return minimalWith(FINANCING, FINANCING + ", \"projectRoundingUnit\": \"1000\", \"projects\": [" + projects + "]");
    }

    private static String project(String fields) {
        return "{\"id\": \"p\", \"name\": \"P\", \"start\": \"2007-01-01\", \"end\": \"2007-12-31\", \"totalCost\": \"10000\""
                + fields + "}";
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("the impossible date of RAR Sörmland's 2007 plan", withProjects(project("").replace("2007-01-01", "2006-01-01")
                        + ", " + project("").replace("\"p\"", "\"q\"") + ", " + project("").replace("\"p\"", "\"r\"")
                        + ", " + project("").replace("\"p\"", "\"s\"") + ", "
                        + "{\"id\": \"trosam\", \"name\": \"TROSAM Trosa\", \"start\": \"2006-06-01\", \"end\": \"2008-06-31\","
                        + " \"totalCost\": \"1735000\"}"),
                        "/projects/4/end", "json.invalid-date", "End of project 'trosam': '2008-06-31'"),
                Arguments.of("end before start", withProjects(project("").replace("2007-12-31", "2006-12-31")),
                        "/projects/0/end", ViolationCodes.PROJECT_END_BEFORE_START, "2006-12-31"),
                Arguments.of("approved project without end", withProjects(project("").replace(", \"end\": \"2007-12-31\"", "")),
                        "/projects/0/end", ViolationCodes.PROJECT_END_MISSING, "APPROVED"),
                Arguments.of("explicit amounts not summing to the total", withProjects(project(
                        ", \"basis\": \"EXPLICIT\", \"costByYear\": {\"2007\": \"9000\"}")),
                        "/projects/0/costByYear", ViolationCodes.PROJECT_EXPLICIT_COSTS_SUM, "9000"),
                Arguments.of("a project with one party only", withProjects(project(", \"members\": [\"koping\", \"arboga\"]")),
                        "/projects/0/members", ViolationCodes.PROJECT_SINGLE_PARTY, "MUNICIPALITIES"),
                Arguments.of("a project naming an unknown member", withProjects(project(", \"members\": [\"koping\", \"flen\"]")),
                        "/projects/0/members/1", ViolationCodes.PROJECT_UNKNOWN_MEMBER, "'flen'"),
                Arguments.of("a cost not a multiple of the project unit", withProjects(project("").replace("10000", "10500")),
                        "/projects/0/totalCost", ViolationCodes.AMOUNT_NOT_MULTIPLE_OF_UNIT, "10500"),
                Arguments.of("an unknown project status", withProjects(project(", \"status\": \"BEVILJAD\"")),
                        "/projects/0/status", "json.invalid-value", "'BEVILJAD'"),
                Arguments.of("a bad year key", withProjects(project(", \"basis\": \"EXPLICIT\", \"costByYear\": {\"sjuttio\": \"1\"}")),
                        "/projects/0/costByYear/sjuttio", "json.invalid-value", "'sjuttio'"),
                Arguments.of("a misspelt project field", withProjects(project(", \"totalcost\": \"1\"")),
                        "/projects/0/totalcost", "json.unknown-field", "'totalcost'"),
                Arguments.of("a negative cost", minimalWith(FINANCING, FINANCING
                        + ", \"costs\": [{\"category\": \"BOARD\", \"amount\": \"-310000\"}]"),
                        "/costs/0/amount", ViolationCodes.AMOUNT_NEGATIVE, "-310000"),
                Arguments.of("a cost line in an unknown category", minimalWith(FINANCING, FINANCING
                        + ", \"costs\": [{\"category\": \"TRAVEL\", \"amount\": \"1\"}]"),
                        "/costs/0/category", "json.invalid-value", "'TRAVEL'"),
                Arguments.of("a final key naming an unknown member", minimalWith(FINANCING, FINANCING
                        + ", \"finalMunicipalKey\": {\"basis\": \"WEIGHTS\", \"values\": {\"koping\": 1, \"arboga\": 1, \"flen\": 1}}"),
                        "/finalMunicipalKey/values/flen", ViolationCodes.KEY_UNKNOWN_MEMBER, "'flen'"),
                Arguments.of("equity thresholds out of order", minimalWith(FINANCING, FINANCING
                        + ", \"equity\": {\"amount\": \"1\", \"thresholds\": [{\"fromSize\": \"0\", \"maxPercent\": \"20\"},"
                        + " {\"fromSize\": \"0\", \"maxPercent\": \"10\"}]}"),
                        "/equity/thresholds/1/fromSize", ViolationCodes.EQUITY_THRESHOLDS_INVALID, "follows"));
    }

    /** A plan for 2011 with {@code fields} after its financing. */
    private static String with(String fields) {
        return minimalWith(FINANCING, FINANCING + ", " + fields);
    }

    private static String outcome(String fields) {
        return with("\"outcome\": {\"date\": \"2011-04-30\"" + fields + "}");
    }

    private static String laterYear(int year, String fields) {
        return "{\"year\": " + year + ", \"financing\": {\"total\": \"1000000\"}" + fields + "}";
    }

    private static String laterYears(String years) {
        return with("\"laterYears\": [" + years + "]");
    }

    /** The fields of the year as it happens: opening equity, outcome, forecast, later years, note. */
    static Stream<Arguments> yearAsItHappens() {
        return Stream.of(
                Arguments.of("an outcome of an unknown project", outcome(", \"projects\": {\"x\": \"1000\"}"),
                        "/outcome/projects/x", ViolationCodes.OUTCOME_UNKNOWN_PROJECT, "'x'"),
                Arguments.of("an outcome of an applied project", with("\"projectRoundingUnit\": \"1000\", \"projects\": ["
                        + project(", \"status\": \"APPLIED\"") + "], \"outcome\": {\"date\": \"2011-04-30\","
                        + " \"projects\": {\"p\": \"1000\"}}"),
                        "/outcome/projects/p", ViolationCodes.OUTCOME_PROJECT_NOT_DECIDED, "APPLIED"),
                Arguments.of("a forecast of an unknown project", with("\"forecast\": {\"projects\": {\"x\": \"0\"}}"),
                        "/forecast/projects/x", ViolationCodes.OUTCOME_UNKNOWN_PROJECT, "Forecast of project 'x'"),
                Arguments.of("income from an unknown member", outcome(", \"income\": {\"fk\": \"1\", \"flen\": \"1\"}"),
                        "/outcome/income/flen", ViolationCodes.OUTCOME_UNKNOWN_MEMBER, "'flen'"),
                Arguments.of("income from a member of invalid id", outcome(", \"income\": {\"fl en\": \"1\"}"),
                        "/outcome/income/fl en", ViolationCodes.MEMBER_ID_INVALID, "fl en"),
                Arguments.of("an outcome dated outside the year", with("\"outcome\": {\"date\": \"2010-12-31\"}"),
                        "/outcome/date", ViolationCodes.OUTCOME_DATE_OUTSIDE_YEAR, "2010-12-31"),
                Arguments.of("an outcome of an impossible date", with("\"outcome\": {\"date\": \"2011-06-31\"}"),
                        "/outcome/date", "json.invalid-date", "'2011-06-31'"),
                Arguments.of("an outcome without a date", with("\"outcome\": {\"income\": {\"fk\": \"1\"}}"),
                        "/outcome/date", "json.missing-field", "'date'"),
                Arguments.of("a misspelt field of the outcome", outcome(", \"budget\": {}"),
                        "/outcome/budget", "json.unknown-field", "'budget'"),
                Arguments.of("an outcome in an unknown cost category", outcome(", \"costs\": {\"TRAVEL\": \"1\"}"),
                        "/outcome/costs/TRAVEL", "json.invalid-value", "'TRAVEL'"),
                Arguments.of("an outcome of half a krona", outcome(", \"costs\": {\"STAFF\": \"590000.50\"}"),
                        "/outcome/costs/STAFF", ViolationCodes.AMOUNT_NOT_MULTIPLE_OF_UNIT, "Amount 590000.5 is not"),
                Arguments.of("a negative outcome", outcome(", \"costs\": {\"BOARD\": \"-5\"}"),
                        "/outcome/costs/BOARD", ViolationCodes.AMOUNT_NEGATIVE, "-5"),
                Arguments.of("a forecast that is not an object", with("\"forecast\": []"),
                        "/forecast", "json.wrong-type", "an array"),
                Arguments.of("negative opening equity", with("\"openingEquity\": \"-1\""),
                        "/openingEquity", ViolationCodes.AMOUNT_NEGATIVE, "-1"),
                Arguments.of("a later year before the first", laterYears(laterYear(2010, "")),
                        "/laterYears/0/year", ViolationCodes.PLAN_YEAR_OUT_OF_ORDER, "must be 2012"),
                Arguments.of("later years out of order", laterYears(laterYear(2012, "") + ", " + laterYear(2014, "")),
                        "/laterYears/1/year", ViolationCodes.PLAN_YEAR_OUT_OF_ORDER, "was 2014"),
                Arguments.of("too many later years", laterYears(String.join(", ", java.util.stream.IntStream.rangeClosed(2012, 2031)
                        .mapToObj(y -> laterYear(y, "")).toList())),
                        "/laterYears", ViolationCodes.PLAN_TOO_MANY_YEARS, "has 20 later years"),
                Arguments.of("a later year's cost of half a krona", laterYears(laterYear(2012,
                        ", \"costs\": [{\"category\": \"BOARD\", \"amount\": \"0.5\"}]")),
                        "/laterYears/0/costs/0/amount", ViolationCodes.AMOUNT_NOT_MULTIPLE_OF_UNIT, "0.5"),
                Arguments.of("a later year's financing of half a krona", laterYears(laterYear(2012, "").replace("1000000", "1000000.5")),
                        "/laterYears/0/financing/total", ViolationCodes.AMOUNT_NOT_MULTIPLE_OF_UNIT, "1000000.5"),
                Arguments.of("a later year's key naming an unknown member", laterYears(laterYear(2012,
                        ", \"municipalKey\": {\"basis\": \"WEIGHTS\", \"values\": {\"koping\": 1, \"arboga\": 1, \"flen\": 1}}")),
                        "/laterYears/0/municipalKey/values/flen", ViolationCodes.KEY_UNKNOWN_MEMBER, "municipal key of 2012"),
                Arguments.of("a later year marked preliminary in words", laterYears(laterYear(2012, ", \"preliminary\": \"ja\"")),
                        "/laterYears/0/preliminary", "json.wrong-type", "\"ja\""),
                Arguments.of("a misspelt field of a later year", laterYears(laterYear(2012, ", \"municipalkey\": {}")),
                        "/laterYears/0/municipalkey", "json.unknown-field", "'municipalkey'"),
                Arguments.of("a later year without financing", laterYears("{\"year\": 2012}"),
                        "/laterYears/0/financing", "json.missing-field", "'financing'"),
                Arguments.of("a blank note", with("\"note\": \" \""), "/note", ViolationCodes.TEXT_INVALID, "blank"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("yearAsItHappens")
    void badYearAsItHappens_isReportedWithPathCodeAndQuote(String name, String json, String path, String code, String quoted) {
        BadInput.assertReported(name, () -> FinsamJson.create().plan().read(json), path, code, quoted);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badPlan_isReportedWithPathCodeAndQuote(String name, String json, String path, String code, String quoted) {
        BadInput.assertReported(name, () -> FinsamJson.create().plan().read(json), path, code, quoted);
    }
}
