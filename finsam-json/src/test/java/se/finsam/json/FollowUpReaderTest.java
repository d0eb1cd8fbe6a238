package se.finsam.json;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.json.BadInput.bad;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.finsam.followup.Gender;
import se.finsam.followup.ProjectFollowUp;
import se.finsam.followup.Share;
import se.finsam.followup.TargetResult;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.ViolationCodes;

/** The participant document: a valid one is read into the model; every bad one is located by path and code. */
class FollowUpReaderTest {

    static final String DOCUMENT = """
            {
              "name": "Vägen in",
              "start": "2010-09-01",
              "end": "2012-12-31",
              "municipalities": [{"id": "koping", "name": "Köping", "code": "1983"}, {"id": "arboga", "name": "Arboga"}],
              "participants": [
                {"start": "2010-09-06", "end": "2010-12-26", "exit": "COMPLETED", "gender": "WOMAN", "ageBand": "16-29", "municipality": "koping",
                 "before": {"occupation": "OTHER", "support": "FINANCIAL_ASSISTANCE"}, "after": {"occupation": "WORK", "support": "WORK"}},
                {"start": "2010-09-06", "end": "2010-10-06", "exit": "DISCONTINUED", "gender": "MAN", "ageBand": "30-49", "municipality": "arboga",
                 "before": {"occupation": "OTHER", "support": "FINANCIAL_ASSISTANCE"}, "after": {"occupation": "OTHER", "support": "FINANCIAL_ASSISTANCE"}},
                {"start": "2011-10-17", "gender": "MAN", "ageBand": "50-64", "municipality": "koping",
                 "before": {"occupation": "JOB_SEEKING", "support": "UNEMPLOYMENT_BENEFIT"}}
              ],
              "anonymous": [{"year": 2011, "gender": "WOMAN", "count": 2}],
              "targets": [{"measure": "CLOSER_TO_WORK", "atLeast": "50", "withinMonths": 12, "note": "SAM's target"}]
            }
            """;

    static String with(String from, String to) {
        if (!DOCUMENT.contains(from)) {
            throw new IllegalArgumentException("Test document has no '" + from + "'");
        }
        return DOCUMENT.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to));
    }

    static ProjectFollowUp read(String json) {
        return FinsamJson.create().followUp().read(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void read_buildsTheModel() {
        ProjectFollowUp p = read(DOCUMENT);

        assertThat(p.started()).isEqualTo(5);
        assertThat(p.finished()).isEqualTo(2);
        assertThat(p.completed()).isEqualTo(Share.of(1, 2));
        assertThat(p.byGender().count(Gender.WOMAN)).isEqualTo(3);
        assertThat(p.targetResults()).singleElement().satisfies(r -> assertThat(r.status()).isEqualTo(TargetResult.Status.MET));
    }

    @Test
    void write_hasEveryResult() {
        String json = FinsamJson.create().followUp().write(read(DOCUMENT));

        // Days in the project: 2010-09-06..2010-12-26 is 25 + 31 + 30 + 26 = 112; 2010-09-06..2010-10-06 is 31.
        // Median of two: (112 + 31) / 2 = 71.5. Gender: 3 women (1 registered, 2 anonymous) of 5 = 60.0 %.

        assertThat(json).contains("\"started\" : 5", "\"anonymous\" : 2", "\"completed\" : {", "\"percent\" : \"50.0\"",
                "\"municipality\" : \"koping\"", "\"percent\" : \"66.7\"", "\"percent\" : \"33.3\"", "\"gender\" : \"WOMAN\"",
                "\"percent\" : \"60.0\"", "\"medianDays\" : \"71.5\"", "\"status\" : \"MET\"", "\"withinMonths\" : 12");
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                bad("participant finishing before starting", with("\"end\": \"2010-12-26\"", "\"end\": \"2010-09-05\""),
                        "/participants/0/end", ViolationCodes.PERIOD_END_BEFORE_START, "2010-09-05"),
                bad("unknown municipality", with("\"municipality\": \"arboga\"", "\"municipality\": \"kungsor\""),
                        "/participants/1/municipality", ViolationCodes.MUNICIPALITY_UNKNOWN, "'kungsor'"),
                bad("project ending before it starts", with("\"end\": \"2012-12-31\"", "\"end\": \"2009-12-31\""),
                        "/end", ViolationCodes.PERIOD_END_BEFORE_START, "2009-12-31"),
                bad("participant before the project", with("{\"start\": \"2011-10-17\"", "{\"start\": \"2010-08-17\""),
                        "/participants/2/start", ViolationCodes.PARTICIPANT_OUTSIDE_PROJECT, "2010-08-17"),
                bad("finished without outcome", with(", \"exit\": \"COMPLETED\"", ""),
                        "/participants/0/exit", ViolationCodes.PARTICIPANT_OUTCOME_MISSING, "exit reason"),
                bad("outcome without end", with("{\"start\": \"2011-10-17\",", "{\"start\": \"2011-10-17\", \"exit\": \"COMPLETED\","),
                        "/participants/2/exit", ViolationCodes.PARTICIPANT_OUTCOME_WITHOUT_END, "COMPLETED"),
                bad("unknown occupation", with("\"occupation\": \"JOB_SEEKING\"", "\"occupation\": \"UNEMPLOYED\""),
                        "/participants/2/before/occupation", JsonViolationCodes.INVALID_VALUE, "'UNEMPLOYED'"),
                bad("unknown gender", with("\"gender\": \"MAN\", \"ageBand\": \"50-64\"", "\"gender\": \"M\", \"ageBand\": \"50-64\""),
                        "/participants/2/gender", JsonViolationCodes.INVALID_VALUE, "'M'"),
                bad("missing before", with(",\n     \"before\": {\"occupation\": \"JOB_SEEKING\", \"support\": \"UNEMPLOYMENT_BENEFIT\"}", ""),
                        "/participants/2/before", JsonViolationCodes.MISSING_FIELD, "'before'"),
                bad("zero anonymous", with("\"count\": 2", "\"count\": 0"), "/anonymous/0/count", ViolationCodes.VALUE_OUT_OF_RANGE, "0"),
                bad("anonymous outside the project", with("\"year\": 2011", "\"year\": 2009"), "/anonymous/0/year",
                        ViolationCodes.PARTICIPANT_OUTSIDE_PROJECT, "2009"),
                bad("huge year", with("\"year\": 2011", "\"year\": 99999999999"), "/anonymous/0/year",
                        ViolationCodes.VALUE_OUT_OF_RANGE, "99999999999"),
                bad("target above 100 %", with("\"atLeast\": \"50\"", "\"atLeast\": \"150\""), "/targets/0/atLeast",
                        ViolationCodes.TARGET_INVALID, "150"),
                bad("unknown target measure", with("\"CLOSER_TO_WORK\"", "\"CLOSER\""), "/targets/0/measure",
                        JsonViolationCodes.INVALID_VALUE, "'CLOSER'"),
                bad("misspelt field", with("\"anonymous\":", "\"anonymus\":"), "/anonymus", JsonViolationCodes.UNKNOWN_FIELD, "'anonymus'"),
                bad("bad municipality code", with("\"code\": \"1983\"", "\"code\": \"198\""), "/municipalities/0/code",
                        ViolationCodes.MEMBER_CODE_INVALID, "'198'"));
    }


    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badDocument_isReportedWithPathCodeAndQuote(String name, String json, String path, String code, String quoted) {
        BadInput.assertReported(name, () -> read(json), path, code, quoted);
    }

    @Test
    void participantFinishingBeforeStarting_andAnUnknownMunicipality_areReportedTogether() {
        String json = with("\"end\": \"2010-12-26\"", "\"end\": \"2010-09-05\"")
                .replace("\"municipality\": \"arboga\"", "\"municipality\": \"kungsor\"");

        FinsamValidationException e = catchThrowableOfType(FinsamValidationException.class, () -> read(json));

        assertThat(e.violations()).extracting(v -> v.path() + " " + v.code()).containsExactly(
                "/participants/0/end " + ViolationCodes.PERIOD_END_BEFORE_START,
                "/participants/1/municipality " + ViolationCodes.MUNICIPALITY_UNKNOWN);
    }

    @Test
    void anonymousYearOutOfRange_isReportedOnce_notAgainAsOutsideTheProject() {
        FinsamValidationException e = catchThrowableOfType(FinsamValidationException.class,
                () -> read(with("\"year\": 2011", "\"year\": 1800")));

        assertThat(e.violations()).extracting(v -> v.path() + " " + v.code())
                .containsExactly("/anonymous/0/year " + ViolationCodes.VALUE_OUT_OF_RANGE);
    }
}
