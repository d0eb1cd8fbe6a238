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

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badPlan_isReportedWithPathCodeAndQuote(String name, String json, String path, String code, String quoted) {
        BadInput.assertReported(name, () -> FinsamJson.create().plan().read(json), path, code, quoted);
    }
}
