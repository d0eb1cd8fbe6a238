package se.finsam.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.finsam.budget.AnnualPlan;
import se.finsam.member.Member;
import se.finsam.project.Project;
import se.finsam.json.internal.JsonText;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

/**
 * What text a document may hold, in every kind of document: well-formed UTF-8 only; names and notes
 * without control characters, not only invisible characters, counted in characters; dates of exactly
 * {@code YYYY-MM-DD}; currencies that amounts can be in; numbers quoted as written.
 */
class TextInputTest {

    /** A kind of document: a valid sample, a string in it to replace, and its reader. */
    record Kind(String name, String sample, String nameField, String nameText, Consumer<byte[]> reader) {
        @Override
        public String toString() {
            return name;
        }

        byte[] withNameBytes(byte[] raw) {
            String marker = "\"name\": \"" + nameText + "\"";
            int at = sample.indexOf(marker);
            if (at < 0) {
                throw new IllegalArgumentException(name + " has no " + marker);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(sample.substring(0, at + 9).getBytes(StandardCharsets.UTF_8));
            out.writeBytes("Ab".getBytes(StandardCharsets.UTF_8));
            out.writeBytes(raw);
            out.writeBytes(sample.substring(at + marker.length() - 1).getBytes(StandardCharsets.UTF_8));
            return out.toByteArray();
        }

        String with(String from, String to) {
            if (!sample.contains(from)) {
                throw new IllegalArgumentException(name + " has no '" + from + "'");
            }
            return sample.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
        }

        FinsamValidationException rejection(byte[] bytes) {
            FinsamValidationException e = catchThrowableOfType(FinsamValidationException.class, () -> reader.accept(bytes));
            assertThat(e).as("%s must be rejected", name).isNotNull();
            return e;
        }

        FinsamValidationException rejection(String json) {
            return rejection(json.getBytes(StandardCharsets.UTF_8));
        }
    }

    static final Kind PLAN = new Kind("plan", Documents.MINIMAL, "/association/members/3/name", "Köping",
            b -> FinsamJson.create().plan().read(b));
    static final Kind NATIONAL = new Kind("national allocation", NationalDocuments.SMALL, "/associations/0/name",
            "Samordningsförbundet Norr", b -> FinsamJson.create().national().read(b));
    static final Kind INDICATORS = new Kind("indicators", IndicatorReaderTest.DOCUMENT, "/municipalities/0/name", "Köping",
            b -> FinsamJson.create().indicators().read(b));
    static final Kind FOLLOW_UP = new Kind("participant follow-up", FollowUpReaderTest.DOCUMENT, "/name", "Vägen in",
            b -> FinsamJson.create().followUp().read(b));

    static final Kind SOCIOECONOMIC = new Kind("socio-economic calculation", SocioEconomicReaderTest.MINIMAL, "/name",
            "Liten kalkyl", b -> FinsamJson.create().socioeconomic().read(b));

    static Stream<Kind> kinds() {
        return Stream.of(PLAN, NATIONAL, INDICATORS, FOLLOW_UP, SOCIOECONOMIC);
    }

    // --- UTF-8 ---------------------------------------------------------------------------------

    static Stream<Arguments> malformed() {
        return kinds().flatMap(kind -> Stream.of("C0 AF", "E0 80 AF", "F0 80 80 AF", "ED A0 80", "ED BF BF", "E2 82",
                "F4 90 80 80", "F5 80 80 80", "F8", "FF", "80", "C3 41").map(bytes -> Arguments.of(kind, bytes)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("malformed")
    void malformedUtf8_isASyntaxViolation_locatedByLineColumnAndField(Kind kind, String bytes) {
        byte[] document = kind.withNameBytes(HexFormat.of().parseHex(bytes.replace(" ", "")));

        FinsamValidationException e = kind.rejection(document);

        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(JsonViolationCodes.SYNTAX);
            assertThat(v.path()).isEqualTo(kind.nameField());
            assertThat(v.message()).contains("UTF-8").contains(bytes.substring(0, 2)).containsPattern("line \\d+, column \\d+");
        });
    }

    @Test
    void malformedUtf8_isLocatedAtItsCharacter() {
        byte[] document = "{\n  \"year\": 2011,\n  \"x\": \"Kö\u00f6".getBytes(StandardCharsets.UTF_8);
        byte[] bad = java.util.Arrays.copyOf(document, document.length + 4);
        System.arraycopy(new byte[] {(byte) 0xC0, (byte) 0xAF, '"', '}'}, 0, bad, document.length, 4);

        FinsamValidationException e = PLAN.rejection(bad);

        // Line 3 is '  "x": "Köö' and the bad byte is its 12th character.
        assertThat(e.violations()).singleElement().satisfies(v -> assertThat(v.message()).contains("line 3, column 12")
                .contains("C0 AF"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void wellFormedUtf8_ofEveryLength_isRead(Kind kind) {
        byte[] document = kind.withNameBytes("ö€😀\uffff".getBytes(StandardCharsets.UTF_8));

        kind.reader().accept(document);
    }

    @Test
    void anEarlierSyntaxError_isReportedInsteadOfLaterMalformedUtf8() {
        byte[] bytes = "{\"year\": 20x11, \"a\": \"\u00c0\"}".getBytes(StandardCharsets.ISO_8859_1);

        FinsamValidationException e = PLAN.rejection(bytes);

        assertThat(e.violations()).singleElement().satisfies(v -> assertThat(v.message()).doesNotContain("UTF-8"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void loneSurrogateEscapes_areNotText(Kind kind) {
        FinsamValidationException e = kind.rejection(kind.with("\"" + kind.nameText() + "\"", "\"Ab\\ud800\""));

        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(JsonViolationCodes.SYNTAX);
            assertThat(v.path()).isEqualTo(kind.nameField());
            assertThat(v.message()).contains("\\uD800").contains("surrogate").containsPattern("line \\d+, column \\d+");
        });
        FinsamValidationException reversed = kind.rejection(kind.with("\"" + kind.nameText() + "\"", "\"\\udc00\\ud800\""));
        assertThat(reversed.violations()).extracting(Violation::code).containsExactly(JsonViolationCodes.SYNTAX);
        kind.reader().accept(kind.with("\"" + kind.nameText() + "\"", "\"Glad \\ud83d\\ude00\"").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void loneSurrogate_inAFieldName_isNotTextEither() {
        FinsamValidationException e = PLAN.rejection(Documents.minimalWith("\"year\"", "\"\\ud800\": 1, \"year\""));

        assertThat(e.violations()).extracting(Violation::code).containsExactly(JsonViolationCodes.SYNTAX);
    }

    @Test
    void module_rejectsLoneSurrogates_escapedOrAsJacksonDecodesEncodedSurrogates() throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(new FinsamModule());
        String member = "{\"id\": \"fk\", \"kind\": \"SOCIAL_INSURANCE_AGENCY\", \"name\": \"F\\ud800K\"}";

        FinsamMappingException escaped = catchThrowableOfType(FinsamMappingException.class,
                () -> mapper.readValue(member, Member.class));
        assertThat(escaped.violations()).extracting(Violation::path, Violation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/name", JsonViolationCodes.SYNTAX));

        ByteArrayOutputStream encoded = new ByteArrayOutputStream();
        encoded.writeBytes("{\"id\": \"fk\", \"kind\": \"SOCIAL_INSURANCE_AGENCY\", \"name\": \"F".getBytes(StandardCharsets.UTF_8));
        encoded.writeBytes(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});
        encoded.writeBytes("K\"}".getBytes(StandardCharsets.UTF_8));
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> mapper.readValue(encoded.toByteArray(), Member.class));
        assertThat(thrown).as("an encoded surrogate is never read as a name").isInstanceOf(com.fasterxml.jackson.core.JacksonException.class);
    }

    // --- names and notes -----------------------------------------------------------------------

    static Stream<Arguments> names() {
        String escape = "\\u001b[31m";
        return Stream.of(
                Arguments.of(PLAN, "\"name\": \"Samordningsförbundet Mini\"", "/association/name", ViolationCodes.ASSOCIATION_NAME_INVALID),
                Arguments.of(PLAN, "\"name\": \"Köping\"", "/association/members/3/name", ViolationCodes.MEMBER_NAME_INVALID),
                Arguments.of(PLAN, "\"financing\": {\"total\": \"1000000\"}", "/projects/0/name", ViolationCodes.PROJECT_NAME_INVALID),
                Arguments.of(PLAN, "\"financing\": {\"total\": \"1000000\"} ", "/projects/0/coFinancing/0/source",
                        ViolationCodes.PROJECT_NAME_INVALID),
                Arguments.of(PLAN, "\"financing\": {\"total\": \"1000000\"}  ", "/costs/0/name", ViolationCodes.PROJECT_NAME_INVALID),
                Arguments.of(NATIONAL, "\"name\": \"Samordningsförbundet Norr\"", "/associations/0/name",
                        ViolationCodes.ASSOCIATION_NAME_INVALID),
                Arguments.of(NATIONAL, "\"name\": \"Samordningsförbundet Syd\"", "/associations/2/name",
                        ViolationCodes.ASSOCIATION_NAME_INVALID),
                Arguments.of(NATIONAL, "\"name\": \"Ystad\"", "/associations/2/members/3/name", ViolationCodes.MEMBER_NAME_INVALID),
                Arguments.of(NATIONAL, "\"note\": \"Test data\"", "/note", ViolationCodes.TEXT_INVALID),
                Arguments.of(INDICATORS, "\"name\": \"Västra Mälardalen\"", "/name", ViolationCodes.TEXT_INVALID),
                Arguments.of(INDICATORS, "\"note\": \"Illustrative\"", "/note", ViolationCodes.TEXT_INVALID),
                Arguments.of(INDICATORS, "\"name\": \"Köping\"", "/municipalities/0/name", ViolationCodes.MEMBER_NAME_INVALID),
                Arguments.of(INDICATORS, "\"vm\", \"name\": \"Västra Mälardalen\"", "/aggregates/0/name", ViolationCodes.TEXT_INVALID),
                Arguments.of(FOLLOW_UP, "\"name\": \"Vägen in\"", "/name", ViolationCodes.TEXT_INVALID),
                Arguments.of(FOLLOW_UP, "\"name\": \"Köping\"", "/municipalities/0/name", ViolationCodes.MEMBER_NAME_INVALID),
                Arguments.of(FOLLOW_UP, "\"note\": \"SAM's target\"", "/targets/0/note", ViolationCodes.TEXT_INVALID))
                .map(a -> Arguments.of(a.get()[0], a.get()[1], a.get()[2], a.get()[3], escape));
    }

    /** The document with a text replaced by {@code bad}; plan projects, co-financing and costs are added for it. */
    private static String withText(Kind kind, String marker, String bad) {
        String financing = "\"financing\": {\"total\": \"1000000\"}";
        if (marker.startsWith(financing)) {
            String project = "{\"id\": \"p\", \"name\": \"%s\", \"members\": [\"af\", \"koping\"], \"start\": \"2011-01-01\","
                    + " \"end\": \"2011-12-31\", \"totalCost\": \"1000\"%s}";
            String added = switch (marker.length() - financing.length()) {
                case 0 -> ", \"projects\": [" + project.formatted(bad, "") + "]";
                case 1 -> ", \"projects\": [" + project.formatted("P", ", \"coFinancing\": [{\"source\": \"" + bad
                        + "\", \"amount\": \"1\"}]") + "]";
                default -> ", \"costs\": [{\"category\": \"STAFF\", \"name\": \"" + bad + "\", \"amount\": \"1\"}]";
            };
            return kind.with(financing, financing + added);
        }
        int colon = marker.lastIndexOf(": \"");
        return kind.with(marker, marker.substring(0, colon) + ": \"" + bad + "\"");
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("names")
    void textsWithControlCharacters_areRejected_quotingTheCharacterEscaped(Kind kind, String marker, String path, String code,
            String escape) {
        FinsamValidationException e = kind.rejection(withText(kind, marker, "Röd " + escape + "text"));

        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo(path);
            assertThat(v.code()).isEqualTo(code);
            assertThat(v.message()).contains("\\u001B").doesNotContain("\u001b");
        });
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("names")
    void textsOfOnlyInvisibleSpaces_areBlank(Kind kind, String marker, String path, String code, String escape) {
        FinsamValidationException e = kind.rejection(withText(kind, marker, "\\u00a0\\u200b\\u2007\\u202f\\ufeff\\u2060"));

        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo(path);
            assertThat(v.code()).isEqualTo(code);
            assertThat(v.message()).contains("blank");
        });
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("names")
    void lengths_areCountedInCharacters(Kind kind, String marker, String path, String code, String escape) {
        int max = path.endsWith("note") ? 2000 : 200;

        kind.reader().accept(withText(kind, marker, "😀".repeat(max)).getBytes(StandardCharsets.UTF_8));
        FinsamValidationException e = kind.rejection(withText(kind, marker, "😀".repeat(max + 1)));
        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo(path);
            assertThat(v.code()).isEqualTo(code);
            assertThat(v.message()).contains("longer than " + max);
        });
    }

    @Test
    void notes_mayHoldLineBreaks_butNamesMayNot() {
        FOLLOW_UP.reader().accept(FOLLOW_UP.with("\"note\": \"SAM's target\"", "\"note\": \"Rad ett\\r\\nRad två\\n\\tindrag\"")
                .getBytes(StandardCharsets.UTF_8));
        FinsamValidationException e = FOLLOW_UP.rejection(FOLLOW_UP.with("\"name\": \"Vägen in\"", "\"name\": \"Vägen\\nin\""));
        assertThat(e.violations()).singleElement().satisfies(v -> assertThat(v.message()).contains("\\u000A"));
    }

    @Test
    void violationMessages_neverQuoteAControlCharacterRaw() {
        String json = Documents.minimalWith("\"kind\": \"REGION\"", "\"kind\": \"\\u001b[2JREGION\"")
                .replace("\"year\": 2011", "\"year\": 2011, \"\\u001b]0;title\\u0007\": 1")
                .replace("\"id\": \"koping\"", "\"id\": \"kop\\u0085ing\"")
                .replace("\"financing\": {\"total\": \"1000000\"}", "\"financing\": {\"total\": \"1000000\"}, \"roundingUnit\": \"1\\u001b\"")
                .replace("{\"basis\": \"PERCENTAGES\", \"values\": {\"koping\": \"60\", \"arboga\": \"40\"}}",
                        "{\"basis\": \"POPULATION\", \"values\": {\"koping\": 6, \"arboga\": 4}, \"ageBand\": \"16-64\\u001b\"}");

        FinsamValidationException e = PLAN.rejection(json);

        assertThat(e.violations()).extracting(Violation::path).contains("/roundingUnit", "/association/municipalKey/ageBand");
        assertThat(e.violations()).hasSizeGreaterThanOrEqualTo(5).allSatisfy(v -> assertThat(v.message().chars()
                .filter(Character::isISOControl)).as(se.finsam.validation.TextRules.escape(v.message())).isEmpty());
    }

    // --- dates ---------------------------------------------------------------------------------

    static Stream<Arguments> dates() {
        return Stream.of(
                Arguments.of(PLAN, "\"financing\": {\"total\": \"1000000\"}", "/projects/0/start"),
                Arguments.of(PLAN, "{\"basis\": \"PERCENTAGES\", \"values\": {\"koping\": \"60\", \"arboga\": \"40\"}}",
                        "/association/municipalKey/referenceDate"),
                Arguments.of(INDICATORS, "\"start\": \"2010-04-01\"", "/support/0/start"),
                Arguments.of(FOLLOW_UP, "\"start\": \"2010-09-01\"", "/start"),
                Arguments.of(FOLLOW_UP, "\"start\": \"2010-09-06\"", "/participants/0/start"))
                .flatMap(a -> Stream.of("+10000-01-01", "-999999999-01-01", "+999999999-12-31", "10000-01-01", "-0001-01-01",
                        "+2008-06-30", "02008-06-30", " 2008-06-30")
                        .map(date -> Arguments.of(a.get()[0], a.get()[1], a.get()[2], date)));
    }

    @ParameterizedTest(name = "{0} {2} {3}")
    @MethodSource("dates")
    void datesOtherThanFourDigitYearMonthDay_areInvalid(Kind kind, String marker, String path, String date) {
        String json;
        if (marker.startsWith("\"financing\"")) {
            json = kind.with(marker, marker + ", \"projects\": [{\"id\": \"p\", \"name\": \"P\", \"members\": [\"af\", \"koping\"],"
                    + " \"start\": \"" + date + "\", \"end\": \"2011-12-31\", \"totalCost\": \"1000\"}]");
        } else if (marker.startsWith("{\"basis\"")) {
            json = kind.with(marker, "{\"basis\": \"POPULATION\", \"values\": {\"koping\": 6, \"arboga\": 4}, \"referenceDate\": \""
                    + date + "\"}");
        } else {
            json = kind.with(marker, "\"start\": \"" + date + "\"");
        }

        FinsamValidationException e = kind.rejection(json);

        assertThat(e.violations()).anySatisfy(v -> {
            assertThat(v.path()).isEqualTo(path);
            assertThat(v.code()).isEqualTo(JsonViolationCodes.INVALID_DATE);
            assertThat(v.message()).contains("'" + date + "'").contains("YYYY-MM-DD");
        });
    }

    // --- currencies ----------------------------------------------------------------------------

    static Stream<Arguments> currencies() {
        return Stream.of("XXX", "XAU", "XAG", "XPT", "XPD", "XTS", "XDR", "XBA", "XBB", "XBC", "XBD", "XSU", "XUA")
                .flatMap(code -> Stream.of(
                        Arguments.of(PLAN, Documents.minimalWith("\"id\": \"mini\",", "\"id\": \"mini\", \"currency\": \"" + code + "\","),
                                "/association/currency", code),
                        Arguments.of(NATIONAL, NationalDocuments.smallWith("\"year\": 2016,", "\"year\": 2016, \"currency\": \""
                                + code + "\","), "/currency", code),
                        Arguments.of(INDICATORS, IndicatorReaderTest.with("\"ageBand\": \"16-64\",", "\"ageBand\": \"16-64\","
                                + " \"currency\": \"" + code + "\","), "/currency", code)));
    }

    @ParameterizedTest(name = "{0} {3}")
    @MethodSource("currencies")
    void codesThatAreNoCurrencyForAmounts_areInvalidValues_sayingWhy(Kind kind, String json, String path, String code) {
        FinsamValidationException e = kind.rejection(json);

        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo(path);
            assertThat(v.code()).isEqualTo(JsonViolationCodes.INVALID_VALUE);
            assertThat(v.message()).contains("'" + code + "'").containsAnyOf("metal", "testing", "no currency", "unit of account");
        });
    }

    @Test
    void module_rejectsThemToo() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new FinsamModule());
        String project = "{\"id\": \"p\", \"name\": \"P\", \"start\": \"2011-01-01\", \"end\": \"2011-12-31\", \"totalCost\": \"1\","
                + " \"currency\": \"XAU\"}";

        FinsamMappingException e = catchThrowableOfType(FinsamMappingException.class, () -> mapper.readValue(project, Project.class));

        assertThat(e.violations()).extracting(Violation::path, Violation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/currency", JsonViolationCodes.INVALID_VALUE));
    }

    // --- whole numbers -------------------------------------------------------------------------

    static Stream<Arguments> wholeNumbers() {
        return Stream.of(
                Arguments.of(PLAN, PLAN.with("\"year\": 2011", "\"year\": 2.011E3"), "/year", "2.011E3"),
                Arguments.of(PLAN, PLAN.with("\"year\": 2011", "\"year\": 20110e-1"), "/year", "20110e-1"),
                Arguments.of(PLAN, PLAN.with("{\"basis\": \"PERCENTAGES\", \"values\": {\"koping\": \"60\", \"arboga\": \"40\"}}",
                        "{\"basis\": \"POPULATION\", \"values\": {\"koping\": 6E0, \"arboga\": 4}}"),
                        "/association/municipalKey/values/koping", "6E0"),
                Arguments.of(NATIONAL, NATIONAL.with("\"population\": 100", "\"population\": 1.00e2"), "/associations/0/population",
                        "1.00e2"),
                Arguments.of(NATIONAL, NATIONAL.with("\"year\": 2016", "\"year\": 2.016E+3"), "/year", "2.016E+3"),
                Arguments.of(INDICATORS, INDICATORS.with("\"population\": 1000", "\"population\": 1E3"),
                        "/support/0/figures/arboga/population", "1E3"),
                Arguments.of(FOLLOW_UP, FOLLOW_UP.with("\"year\": 2011", "\"year\": 2.011e3"), "/anonymous/0/year", "2.011e3"),
                Arguments.of(FOLLOW_UP, FOLLOW_UP.with("\"withinMonths\": 12", "\"withinMonths\": 12.0"), "/targets/0/withinMonths",
                        "12.0"));
    }

    @ParameterizedTest(name = "{0} {2} {3}")
    @MethodSource("wholeNumbers")
    void aWholeNumberWrittenWithDecimalsOrAnExponent_isQuotedAsWritten(Kind kind, String json, String path, String written) {
        FinsamValidationException e = kind.rejection(json);

        assertThat(e.violations()).anySatisfy(v -> {
            assertThat(v.path()).isEqualTo(path);
            assertThat(v.code()).isEqualTo(JsonViolationCodes.WRONG_TYPE);
            assertThat(v.message()).isEqualTo("Expected a whole number, was " + written);
        });
    }

    // --- syntax messages -----------------------------------------------------------------------

    @Test
    void syntaxMessage_isNotCutMidWord() {
        FinsamValidationException e = PLAN.rejection("not json\n");

        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(JsonViolationCodes.SYNTAX);
            assertThat(v.message()).contains("line 1, column").contains("Object or token 'null', 'true' or 'false')");
        });
    }

    @Test
    void aLongSyntaxMessage_isShort_andStillSaysWhereAndWhat() {
        FinsamValidationException e = PLAN.rejection("{\"year\": " + "a".repeat(300) + "\u001b[31m}");

        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.message()).containsPattern("line 1, column \\d+").contains("Unrecognized token");
            assertThat(v.message().length()).isLessThanOrEqualTo(300);
            assertThat(v.message().chars().filter(Character::isISOControl)).isEmpty();
        });
    }

    @Test
    void shortenAtWord_cutsAfterAWholeWord_orNotAtAll() {
        assertThat(JsonText.shortenAtWord("short message", 200)).isEqualTo("short message");
        assertThat(JsonText.shortenAtWord("one two three four", 12)).isEqualTo("one two…");
        assertThat(JsonText.shortenAtWord("one two three four", 13)).isEqualTo("one two three…");
        assertThat(JsonText.shortenAtWord("x".repeat(30), 10)).as("one long word is kept whole").isEqualTo("x".repeat(30));
        assertThat(JsonText.shortenAtWord("x".repeat(30) + " y", 10)).isEqualTo("x".repeat(30) + "…");
    }

    /** Module path: every rule above holds for values read through a user's mapper. */
    @Test
    void module_appliesTheSameTextRules() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new FinsamModule());

        FinsamMappingException name = catchThrowableOfType(FinsamMappingException.class, () -> mapper.readValue(
                "{\"id\": \"fk\", \"kind\": \"SOCIAL_INSURANCE_AGENCY\", \"name\": \"F\\u001bK\"}", Member.class));
        assertThat(name.violations()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(ViolationCodes.MEMBER_NAME_INVALID);
            assertThat(v.message()).contains("\\u001B").doesNotContain("\u001b");
        });

        FinsamMappingException date = catchThrowableOfType(FinsamMappingException.class, () -> mapper.readValue(
                "{\"id\": \"p\", \"name\": \"P\", \"start\": \"+10000-01-01\", \"end\": \"+10000-12-31\", \"totalCost\": \"1\"}",
                Project.class));
        assertThat(date.violations()).extracting(Violation::code).containsOnly(JsonViolationCodes.INVALID_DATE);

        FinsamMappingException year = catchThrowableOfType(FinsamMappingException.class, () -> mapper.readValue(
                Documents.minimalWith("\"year\": 2011", "\"year\": 2.011E3"), AnnualPlan.class));
        assertThat(year.violations()).singleElement().satisfies(v -> assertThat(v.message())
                .isEqualTo("Expected a whole number, was 2.011E3"));
    }
}
