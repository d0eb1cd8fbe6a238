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
import se.finsam.indicator.IllHealthRate;
import se.finsam.indicator.IndicatorSet;
import se.finsam.indicator.SupportKind;
import se.finsam.member.MemberId;
import se.finsam.money.Fraction;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.ViolationCodes;

/** The indicator document: a valid one is read into the model; every bad one is located by path and code. */
class IndicatorReaderTest {

    /** Two municipalities, one association; two quarters; one twelve-month ill-health period. */
    static final String DOCUMENT = """
            {
              "name": "Västra Mälardalen",
              "note": "Illustrative",
              "ageBand": "16-64",
              "municipalities": [
                {"id": "koping", "name": "Köping", "code": "1983"},
                {"id": "arboga", "name": "Arboga", "code": "1984"}
              ],
              "aggregates": [{"id": "vm", "name": "Västra Mälardalen", "kind": "ASSOCIATION", "municipalities": ["koping", "arboga"]}],
              "support": [
                {"start": "2010-04-01", "end": "2010-06-30", "figures": {
                  "koping": {"population": 2000, "payments": {"SICKNESS_AND_REHABILITATION_BENEFIT": "364000", "SICKNESS_AND_ACTIVITY_COMPENSATION": "0", "UNEMPLOYMENT_BENEFIT": "0", "FINANCIAL_ASSISTANCE": "0"}},
                  "arboga": {"population": 1000, "payments": {"SICKNESS_AND_REHABILITATION_BENEFIT": "91000", "SICKNESS_AND_ACTIVITY_COMPENSATION": "0", "UNEMPLOYMENT_BENEFIT": "0", "FINANCIAL_ASSISTANCE": "0"}}}},
                {"start": "2011-04-01", "end": "2011-06-30", "figures": {
                  "koping": {"population": 2000, "payments": {"SICKNESS_AND_REHABILITATION_BENEFIT": "273000", "SICKNESS_AND_ACTIVITY_COMPENSATION": "0", "UNEMPLOYMENT_BENEFIT": "0", "FINANCIAL_ASSISTANCE": 0},
                             "fullYearEquivalents": {"SICKNESS_AND_REHABILITATION_BENEFIT": "10.5", "SICKNESS_AND_ACTIVITY_COMPENSATION": "0", "UNEMPLOYMENT_BENEFIT": "0", "FINANCIAL_ASSISTANCE": "0"}},
                  "arboga": {"population": 1000, "payments": {"SICKNESS_AND_REHABILITATION_BENEFIT": "91000", "SICKNESS_AND_ACTIVITY_COMPENSATION": "0", "UNEMPLOYMENT_BENEFIT": "0", "FINANCIAL_ASSISTANCE": "0"}}}}
              ],
              "illHealth": [
                {"start": "2010-07-01", "end": "2011-06-30", "figures": {
                  "koping": {"insured": 1000, "days": {"SICKNESS_BENEFIT": {"FULL": 10000, "HALF": 4000}, "REHABILITATION_BENEFIT": {}, "SICKNESS_AND_ACTIVITY_COMPENSATION": {"QUARTER": 400}}},
                  "arboga": {"insured": 1000, "days": {"SICKNESS_BENEFIT": {}, "REHABILITATION_BENEFIT": {}, "SICKNESS_AND_ACTIVITY_COMPENSATION": {}}}}}
              ]
            }
            """;

    static String with(String from, String to) {
        if (!DOCUMENT.contains(from)) {
            throw new IllegalArgumentException("Test document has no '" + from + "'");
        }
        return DOCUMENT.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to));
    }

    static IndicatorSet read(String json) {
        return FinsamJson.create().indicators().read(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void read_buildsTheModel_andAggregatesByPopulation() {
        IndicatorSet set = read(DOCUMENT);

        assertThat(set.currency().getCurrencyCode()).isEqualTo("SEK");
        assertThat(set.note()).contains("Illustrative");
        // 2010: (364 000 + 91 000) / (3 000 × 91) = 5/3; 2011: (273 000 + 91 000) / 273 000 = 4/3.
        assertThat(set.supportMeasure(0, MemberId.of("vm")).rate()).isEqualTo(Fraction.of(5, 3));
        assertThat(set.supportComparison(1, MemberId.of("vm")).relativeChange()).contains(Fraction.of(-1, 5));
        assertThat(set.supportMeasure(1, MemberId.of("koping")).figures().fullYearEquivalents(SupportKind.SICKNESS_AND_REHABILITATION_BENEFIT))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("10.5"));
        // Köping: 10 000 + 2 000 + 100 = 12 100 net days over 1 000 insured.
        assertThat(set.illHealthFigures(0, MemberId.of("koping")).rate(IllHealthRate.ILL_HEALTH_RATE)).isEqualTo(Fraction.of(121, 10));
    }

    @Test
    void write_hasEveryMeasure() {
        String json = FinsamJson.create().indicators().write(read(DOCUMENT));

        assertThat(json).contains("\"area\" : \"vm\"", "\"kind\" : \"ASSOCIATION\"", "\"total\" : \"1.67\"", "\"total\" : \"1.33\"",
                "\"percent\" : {", "\"total\" : \"-20.0\"", "\"comparedWith\"", "\"ILL_HEALTH_RATE\" : \"12.1\"",
                "\"SICKNESS_AND_ACTIVITY_COMPENSATION\" : \"100\"", "\"mode\" : \"HALF_UP\"");
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                bad("negative payment", with("\"SICKNESS_AND_REHABILITATION_BENEFIT\": \"364000\"",
                        "\"SICKNESS_AND_REHABILITATION_BENEFIT\": \"-364000\""),
                        "/support/0/figures/koping/payments/SICKNESS_AND_REHABILITATION_BENEFIT", ViolationCodes.AMOUNT_NEGATIVE, "-364000"),
                bad("zero population", with("\"population\": 1000", "\"population\": 0"),
                        "/support/0/figures/arboga/population", ViolationCodes.POPULATION_OUT_OF_RANGE, "0"),
                bad("period ending before it starts", with("\"end\": \"2010-06-30\"", "\"end\": \"2010-01-31\""),
                        "/support/0/end", ViolationCodes.PERIOD_END_BEFORE_START, "2010-01-31"),
                bad("period of zero days", with("\"end\": \"2010-06-30\"", "\"end\": \"2010-03-31\""),
                        "/support/0/end", ViolationCodes.PERIOD_ZERO_DAYS, "zero days"),
                bad("figures of an unknown municipality", with("\"arboga\": {\"population\": 1000",
                        "\"kungsor\": {\"population\": 1000"), "/support/0/figures/kungsor", ViolationCodes.MUNICIPALITY_UNKNOWN, "'kungsor'"),
                bad("aggregate of an unknown municipality", with("[\"koping\", \"arboga\"]", "[\"koping\", \"kungsor\"]"),
                        "/aggregates/0/municipalities/1", ViolationCodes.MUNICIPALITY_UNKNOWN, "'kungsor'"),
                bad("missing kind", with(", \"FINANCIAL_ASSISTANCE\": 0}", "}"),
                        "/support/1/figures/koping/payments/FINANCIAL_ASSISTANCE", ViolationCodes.INDICATOR_COMPONENT_MISSING, "write 0"),
                bad("misspelt kind", with("\"FINANCIAL_ASSISTANCE\": 0", "\"FINANCIAL_ASISTANCE\": 0"),
                        "/support/1/figures/koping/payments/FINANCIAL_ASISTANCE", JsonViolationCodes.UNKNOWN_FIELD, "'FINANCIAL_ASISTANCE'"),
                bad("ill-health period of a quarter", with("\"start\": \"2010-07-01\", \"end\": \"2011-06-30\"",
                        "\"start\": \"2011-04-01\", \"end\": \"2011-06-30\""), "/illHealth/0/end", ViolationCodes.PERIOD_NOT_TWELVE_MONTHS, "91 days"),
                bad("impossible date", with("\"end\": \"2011-06-30\", \"figures\"", "\"end\": \"2011-06-31\", \"figures\""),
                        "/support/1/end", JsonViolationCodes.INVALID_DATE, "'2011-06-31'"),
                bad("half-day count with decimals", with("\"HALF\": 4000", "\"HALF\": 4000.5"),
                        "/illHealth/0/figures/koping/days/SICKNESS_BENEFIT/HALF", JsonViolationCodes.WRONG_TYPE, "4000.5"),
                bad("unknown extent", with("\"HALF\": 4000", "\"HALVE\": 4000"),
                        "/illHealth/0/figures/koping/days/SICKNESS_BENEFIT/HALVE", JsonViolationCodes.UNKNOWN_FIELD, "'HALVE'"),
                bad("no periods at all", with("\"illHealth\": [", "\"illHealthX\": [").replaceFirst("\"support\": \\[", "\"supportX\": ["),
                        "", JsonViolationCodes.CONFLICTING_FIELDS, "'support'"),
                bad("missing age band", with("\"ageBand\": \"16-64\",", ""), "/ageBand", JsonViolationCodes.MISSING_FIELD, "'ageBand'"),
                bad("bad age band", with("\"ageBand\": \"16-64\"", "\"ageBand\": \"64-16\""), "/ageBand",
                        ViolationCodes.AGE_BAND_INVALID, "'64-16'"),
                bad("duplicate municipality", with("{\"id\": \"arboga\", \"name\": \"Arboga\"", "{\"id\": \"koping\", \"name\": \"Arboga\""),
                        "/municipalities/1/id", ViolationCodes.MUNICIPALITY_DUPLICATE, "'koping'"),
                bad("blank note", with("\"note\": \"Illustrative\"", "\"note\": \" \""), "/note", ViolationCodes.TEXT_INVALID, "blank"),
                bad("unknown aggregate kind", with("\"ASSOCIATION\"", "\"FORBUND\""), "/aggregates/0/kind",
                        JsonViolationCodes.INVALID_VALUE, "'FORBUND'"),
                bad("unknown currency", with("\"ageBand\": \"16-64\",", "\"ageBand\": \"16-64\", \"currency\": \"XYZ\","),
                        "/currency", JsonViolationCodes.INVALID_VALUE, "'XYZ'"));
    }


    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badDocument_isReportedWithPathCodeAndQuote(String name, String json, String path, String code, String quoted) {
        BadInput.assertReported(name, () -> read(json), path, code, quoted);
    }

    @Test
    void brokenFiguresAndAnUnknownMunicipality_areReportedTogether() {
        String json = with("\"population\": 1000", "\"population\": 0")
                .replace("\"kind\": \"ASSOCIATION\", \"municipalities\": [\"koping\", \"arboga\"]",
                        "\"kind\": \"ASSOCIATION\", \"municipalities\": [\"koping\", \"kungsor\"]");

        FinsamValidationException e = catchThrowableOfType(FinsamValidationException.class, () -> read(json));

        assertThat(e.violations()).extracting(v -> v.path() + " " + v.code()).containsExactlyInAnyOrder(
                "/support/0/figures/arboga/population " + ViolationCodes.POPULATION_OUT_OF_RANGE,
                "/aggregates/0/municipalities/1 " + ViolationCodes.MUNICIPALITY_UNKNOWN);
    }
}
