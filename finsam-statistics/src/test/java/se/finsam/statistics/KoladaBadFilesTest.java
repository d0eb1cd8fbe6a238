package se.finsam.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.finsam.testing.Raises;
import se.finsam.testing.Violations;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.Violation;

/** Files that cannot be used: each refused with every fault, located, and a message quoting the offending value. */
class KoladaBadFilesTest {

    private static KoladaValues read(String fixture) throws IOException {
        return KoladaValues.read(KoladaFixtures.path(fixture));
    }

    private static KoladaValues json(String text) {
        return KoladaValues.read("test.json", text.getBytes(StandardCharsets.UTF_8));
    }

    /** One entry with one value, the entry's and the value's fields given as JSON text. */
    private static KoladaValues entry(String entryFields, String valueFields) {
        return json("{\"values\": [{" + entryFields + ", \"values\": [{" + valueFields + "}]}]}");
    }

    private static final String ENTRY = "\"kpi\": \"N00957\", \"municipality\": \"0484\", \"period\": 2023";
    private static final String VALUE = "\"gender\": \"T\", \"status\": \"\", \"value\": 24.6, \"count\": 1";

    // --- FILE_UNREADABLE ------------------------------------------------------------------------

    @Test
    @Raises(StatisticsCodes.PAGE_MISSING)
    void anAnswerWithoutItsLastPage_isRefused_butOnePageReadOnItsOwnIsNot() throws IOException {
        Violation v = Violations.assertSingle(() -> KoladaValues.read(KoladaFixtures.path("kolada-v3-page1.json")).whole(),
                StatisticsCodes.PAGE_MISSING, "", "kolada-v3-page1.json: the answer goes on at",
                "give them all");
        assertThat(v.message()).contains("api.kolada.se");

        // One page read on its own, to be merged with the others, is not the whole answer.
        KoladaValues page = KoladaValues.read("kolada-v3-page1.json", KoladaFixtures.bytes("kolada-v3-page1.json"));
        assertThat(KoladaValues.merge(List.of(page)).values()).isEqualTo(page.values());
        assertThat(KoladaValues.read(KoladaFixtures.path("kolada-v2.json")).whole().values()).isNotEmpty();
        assertThat(KoladaValues.read(KoladaFixtures.path("kolada-v3-page2.json"), KoladaFixtures.path("kolada-v3-page1.json"))
                .whole().values()).hasSize(KoladaValues.read(KoladaFixtures.path("kolada-v3.json")).values().size());
    }

    @Test
    @Raises(StatisticsCodes.FILE_UNREADABLE)
    void truncatedJson_isUnreadable_withLineAndColumn() {
        Violation v = Violations.assertSingle(() -> read("bad/truncated.json"), StatisticsCodes.FILE_UNREADABLE,
                "/values/4", "truncated.json", "ends too early", "line 118, column 17");
        assertThat(v.message()).contains("end-of-input");
    }

    @Test
    @Raises(StatisticsCodes.FILE_UNREADABLE)
    void scbTable_isUnreadable_sayingWhatWasExpected() {
        Violations.assertSingle(() -> read("bad/scb-pxweb-table.json"), StatisticsCodes.FILE_UNREADABLE, "",
                "scb-pxweb-table.json", "SCB", "not a Kolada data response", "'values'");
    }

    @Test
    @Raises(StatisticsCodes.FILE_UNREADABLE)
    void jsonStatTable_isUnreadable() {
        Violations.assertSingle(() -> json("{\"class\": \"dataset\", \"id\": [], \"size\": [], \"value\": []}"),
                StatisticsCodes.FILE_UNREADABLE, "", "SCB");
        Violations.assertSingle(() -> json("{\"version\": \"2.0\", \"dimension\": {}}"),
                StatisticsCodes.FILE_UNREADABLE, "", "SCB");
    }

    @Test
    @Raises(StatisticsCodes.FILE_UNREADABLE)
    void kpiMetadataResponse_isUnreadable_sayingToSaveData() {
        Violations.assertSingle(() -> read("bad/kpi-metadata.json"), StatisticsCodes.FILE_UNREADABLE, "/values/0",
                "kpi-metadata.json", "metadata response", "/v3/data/kpi/");
    }

    @Test
    @Raises(StatisticsCodes.FILE_UNREADABLE)
    void notADataResponse_isUnreadable() {
        Violations.assertSingle(() -> json("[1, 2]"), StatisticsCodes.FILE_UNREADABLE, "", "is an array");
        Violations.assertSingle(() -> json("\"text\""), StatisticsCodes.FILE_UNREADABLE, "", "the string \"text\"");
        Violations.assertSingle(() -> json("{\"count\": 0}"), StatisticsCodes.FILE_UNREADABLE, "/values",
                "has no 'values'");
        Violations.assertSingle(() -> json("{\"values\": {}}"), StatisticsCodes.FILE_UNREADABLE, "/values",
                "has 'values' an object");
        Violations.assertSingle(() -> json(""), StatisticsCodes.FILE_UNREADABLE, "", "is empty");
        Violations.assertSingle(() -> json("   \n"), StatisticsCodes.FILE_UNREADABLE, "", "is empty");
    }

    @Test
    @Raises(StatisticsCodes.FILE_UNREADABLE)
    void strictJson_refusesTrailingContent_duplicateFields_andNonJson() {
        Violations.assertSingle(() -> json("{\"values\": []} {}"), StatisticsCodes.FILE_UNREADABLE, "",
                "more after the end", "line 1, column 16");
        Violations.assertSingle(() -> json("{\"values\": [], \"values\": []}"), StatisticsCodes.FILE_UNREADABLE,
                "", "Duplicate field 'values'", "line 1, column 24");
        Violations.assertSingle(() -> json("{\"values\": [{\"value\": NaN}]}"), StatisticsCodes.FILE_UNREADABLE,
                "/values/0/value", "line 1, column 26", "'NaN'");
        Violations.assertSingle(() -> KoladaValues.read("latin1.json", new byte[] {'{', '"', (byte) 0xE5, '"', ':', '1', '}'}),
                StatisticsCodes.FILE_UNREADABLE, "", "latin1.json", "UTF-8");
    }

    @Test
    @Raises(StatisticsCodes.FILE_UNREADABLE)
    void limitsOfTheParser_areUnreadable() {
        Violations.assertSingle(() -> json("[".repeat(40) + "]".repeat(40)), StatisticsCodes.FILE_UNREADABLE,
                "/0".repeat(KoladaReader.MAX_DEPTH), "nesting depth");
        Violations.assertSingle(() -> entry(ENTRY, "\"gender\": \"T\", \"value\": 1" + "0".repeat(200)),
                StatisticsCodes.FILE_UNREADABLE, "/values/0/values/0/value", "Number value length");
    }

    @Test
    @Raises({StatisticsCodes.FILE_UNREADABLE, StatisticsCodes.FIELD_INVALID})
    void absurdExponents_areRefused_notComputed() {
        // An exponent beyond what BigDecimal holds cannot be read; one it holds is beyond a value's range.
        Violations.assertSingle(() -> entry(ENTRY, "\"gender\": \"T\", \"value\": 1e999999999999"),
                StatisticsCodes.FILE_UNREADABLE, "/values/0/values/0/value", "number out of range", "line 1, column 107");
        Violations.assertSingle(() -> entry(ENTRY, "\"gender\": \"T\", \"value\": 1e-999999999"),
                StatisticsCodes.FIELD_INVALID, "/values/0/values/0/value", "out of range");
    }

    // --- FIELD_INVALID --------------------------------------------------------------------------

    @Test
    @Raises(StatisticsCodes.FIELD_INVALID)
    void periodNotAYear_isFieldInvalid_atThePeriod() {
        Violations.assertSingle(() -> read("bad/period-not-a-year.json"), StatisticsCodes.FIELD_INVALID,
                "/values/1/period", "period-not-a-year.json", "Period the string \"2023-10\" is not a year");
    }

    @Test
    @Raises(StatisticsCodes.FIELD_INVALID)
    void unknownGender_isFieldInvalid_atTheGender() {
        Violations.assertSingle(() -> read("bad/gender-unknown.json"), StatisticsCodes.FIELD_INVALID,
                "/values/0/values/2/gender", "gender-unknown.json", "Gender 'F' is none of T (total), K (women) and M (men)");
    }

    @Test
    @Raises(StatisticsCodes.FIELD_INVALID)
    void stringValue_isFieldInvalid_neverParsed() {
        Violations.assertSingle(() -> read("bad/value-string.json"), StatisticsCodes.FIELD_INVALID,
                "/values/1/values/1/value", "value-string.json", "Value the string \"28,7\" is not a number or null");
    }

    @Test
    @Raises(StatisticsCodes.FIELD_INVALID)
    void severalFaults_areAllReportedAtOnce() {
        FinsamValidationException e = Violations.thrownBy(() -> read("bad/several-faults.json"));

        assertThat(e.violations()).hasSize(5);
        Violations.assertHas(e, StatisticsCodes.FIELD_INVALID, "/values/0/period", "the number 2022.5");
        Violations.assertHas(e, StatisticsCodes.FIELD_INVALID, "/values/0/values/1/gender", "'W'");
        Violations.assertHas(e, StatisticsCodes.FIELD_INVALID, "/values/1/municipality", "'484'");
        Violations.assertHas(e, StatisticsCodes.FIELD_INVALID, "/values/1/values/0/value", "the string \"24.6\"");
        Violations.assertHas(e, StatisticsCodes.FIELD_INVALID, "/values/1/values/2/colour", "Unknown field 'colour'");
    }

    @Test
    @Raises(StatisticsCodes.FIELD_INVALID)
    void periods_onlyWholeYearsOfFourDigits() {
        assertThat(entry("\"kpi\": \"N1\", \"municipality\": \"0484\", \"period\": \"2023\"", VALUE).values())
                .extracting(KoladaValue::year).containsExactly(2023);
        for (String period : List.of("2023.0", "2.023e3", "999", "10000", "\"0999\"", "\"23\"", "\"2023M10\"", "null",
                "true", "[]", "99999999999")) {
            Violations.assertSingle(() -> entry("\"kpi\": \"N1\", \"municipality\": \"0484\", \"period\": " + period, VALUE),
                    StatisticsCodes.FIELD_INVALID, "/values/0/period", "is not a year");
        }
        Violations.assertSingle(() -> entry("\"kpi\": \"N1\", \"municipality\": \"0484\"", VALUE),
                StatisticsCodes.FIELD_INVALID, "/values/0/period", "no 'period'");
    }

    @Test
    @Raises(StatisticsCodes.FIELD_INVALID)
    void entryFields_missingOrOfTheWrongType_areFieldInvalid() {
        Violations.assertSingle(() -> entry("\"municipality\": \"0484\", \"period\": 2023", VALUE),
                StatisticsCodes.FIELD_INVALID, "/values/0/kpi", "Has no 'kpi'");
        Violations.assertSingle(() -> entry("\"kpi\": \"N1\", \"municipality\": 484, \"period\": 2023", VALUE),
                StatisticsCodes.FIELD_INVALID, "/values/0/municipality", "'municipality' the number 484 is not a text");
        Violations.assertSingle(() -> entry("\"kpi\": \"\", \"municipality\": \"0484\", \"period\": 2023", VALUE),
                StatisticsCodes.FIELD_INVALID, "/values/0/kpi", "Key figure '' is blank");
        Violations.assertSingle(() -> json("{\"values\": [[]]}"), StatisticsCodes.FIELD_INVALID, "/values/0",
                "Entry is an array");
        Violations.assertSingle(() -> json("{\"values\": [{" + ENTRY + "}]}"), StatisticsCodes.FIELD_INVALID,
                "/values/0/values", "Entry has no 'values'");
        Violations.assertSingle(() -> json("{\"values\": [{" + ENTRY + ", \"values\": 3}]}"),
                StatisticsCodes.FIELD_INVALID, "/values/0/values", "the number 3");
        Violations.assertSingle(() -> json("{\"values\": [{" + ENTRY + ", \"values\": [\"T\"]}]}"),
                StatisticsCodes.FIELD_INVALID, "/values/0/values/0", "Value is the string \"T\"");
        Violations.assertSingle(() -> json("{\"values\": [], \"next\": \"x\"}"), StatisticsCodes.FIELD_INVALID,
                "/next", "Unknown field 'next'");
    }

    @Test
    @Raises(StatisticsCodes.FIELD_INVALID)
    void organisationalUnitData_isFieldInvalid() {
        Violations.assertSingle(() -> entry("\"kpi\": \"N15033\", \"ou\": \"V15E144001301\", \"period\": 2023", VALUE),
                StatisticsCodes.FIELD_INVALID, "/values/0/ou", "organisational unit", "/oudata/");
    }

    @Test
    @Raises(StatisticsCodes.FIELD_INVALID)
    void valueFields_missingOrOfTheWrongType_areFieldInvalid() {
        Violations.assertSingle(() -> entry(ENTRY, "\"gender\": \"T\""), StatisticsCodes.FIELD_INVALID,
                "/values/0/values/0/value", "no field 'value'", "written null");
        Violations.assertSingle(() -> entry(ENTRY, "\"value\": 1"), StatisticsCodes.FIELD_INVALID,
                "/values/0/values/0/gender", "Has no 'gender'");
        Violations.assertSingle(() -> entry(ENTRY, "\"gender\": \"T\", \"value\": true"), StatisticsCodes.FIELD_INVALID,
                "/values/0/values/0/value", "Value true is not a number");
        Violations.assertSingle(() -> entry(ENTRY, "\"gender\": \"T\", \"value\": 1e40"), StatisticsCodes.FIELD_INVALID,
                "/values/0/values/0/value", "1E+40", "out of range");
        Violations.assertSingle(() -> entry(ENTRY, "\"gender\": \"T\", \"value\": 1, \"status\": 3"),
                StatisticsCodes.FIELD_INVALID, "/values/0/values/0/status", "Status the number 3 is not a text");
        Violations.assertSingle(() -> entry(ENTRY, "\"gender\": \"T\", \"value\": 1, \"status\": \"a\\u0007\""),
                StatisticsCodes.FIELD_INVALID, "/values/0/values/0/status", "a\\u0007", "control character");
        Violations.assertSingle(() -> entry(ENTRY, "\"gender\": \"T\", \"value\": 1, \"isdeleted\": \"no\""),
                StatisticsCodes.FIELD_INVALID, "/values/0/values/0/isdeleted", "neither true, false, 1 nor 0");
        Violations.assertSingle(() -> entry(ENTRY, "\"gender\": \"T\", \"value\": 1, \"is_deleted\": 2"),
                StatisticsCodes.FIELD_INVALID, "/values/0/values/0/is_deleted", "the number 2");
    }

    @Test
    void nullStatus_andFlagsFalse_areAccepted() {
        KoladaValues kolada = entry(ENTRY + ", \"isdeleted\": false",
                "\"gender\": \"K\", \"value\": -0.5, \"status\": null, \"is_deleted\": 0, \"isdeleted\": null");

        assertThat(kolada.values()).containsExactly(new KoladaValue("N00957", "0484", 2023, KoladaGender.WOMEN,
                java.util.Optional.of(new BigDecimal("-0.5")), java.util.Optional.empty()));
    }

    // --- deleted values -------------------------------------------------------------------------

    @Test
    @Raises(StatisticsCodes.VALUE_MISSING)
    void valueMarkedDeleted_isNotAValue_andAskingForIt_isValueMissing() {
        KoladaValues kolada = json("{\"values\": [{" + ENTRY + ", \"values\": [{\"gender\": \"T\", \"value\": null,"
                + " \"isdeleted\": true}, {\"gender\": \"K\", \"value\": 3, \"is_deleted\": 1}, {\"gender\": \"M\","
                + " \"value\": 2}]}, {\"kpi\": \"N1\", \"municipality\": \"04\", \"period\": 2023, \"isdeleted\": true,"
                + " \"values\": [{\"gender\": \"T\", \"value\": 5}]}]}");

        assertThat(kolada.values()).extracting(KoladaValue::gender).containsExactly(KoladaGender.MEN);
        assertThat(kolada.find("N00957", "0484", 2023, KoladaGender.WOMEN)).isEmpty();
        Violations.assertSingle(() -> kolada.value("N00957", "0484", 2023, KoladaGender.WOMEN),
                StatisticsCodes.VALUE_MISSING, "/values/0/values/1", "test.json", "gender K", "marked deleted", "not zero");
        Violations.assertSingle(() -> kolada.value("N1", "04", 2023, KoladaGender.TOTAL),
                StatisticsCodes.VALUE_MISSING, "/values/1/values/0", "marked deleted");
        assertThat(kolada.kpis()).containsExactly("N00957", "N1");
    }

    @Test
    void deletedValue_andTheValueAgain_keepTheValue() {
        KoladaValues kolada = json("{\"values\": [{" + ENTRY + ", \"values\": [{\"gender\": \"T\", \"value\": null,"
                + " \"isdeleted\": true}, {\"gender\": \"T\", \"value\": 7}, {\"gender\": \"T\", \"value\": null,"
                + " \"isdeleted\": true}]}]}");

        assertThat(kolada.value("N00957", "0484", 2023, KoladaGender.TOTAL)).isEqualTo(new BigDecimal("7"));
    }

    // --- DUPLICATE ------------------------------------------------------------------------------

    @Test
    @Raises(StatisticsCodes.DUPLICATE)
    void valueOnTwoPages_isDuplicate_atTheSecond_namingBothFiles() {
        FinsamValidationException e = Violations.thrownBy(() -> KoladaValues.read(KoladaFixtures.path(
                "kolada-v3-page1.json"), KoladaFixtures.path("bad/duplicate-page2.json")));

        assertThat(e.violations()).hasSize(3);
        Violations.assertHas(e, StatisticsCodes.DUPLICATE, "/values/10/values/0", "duplicate-page2.json",
                "key figure N00957, municipality 0483, 2023, gender T", "already at /values/5/values/0 in kolada-v3-page1.json");
        Violations.assertHas(e, StatisticsCodes.DUPLICATE, "/values/10/values/2", "gender M");
    }

    @Test
    @Raises(StatisticsCodes.DUPLICATE)
    void mergeOfOverlappingPages_isDuplicate() throws IOException {
        KoladaValues page1 = KoladaValues.read(KoladaFixtures.path("kolada-v3-page1.json"));
        KoladaValues all = KoladaValues.read(KoladaFixtures.path("kolada-v3.json"));

        FinsamValidationException e = Violations.thrownBy(() -> KoladaValues.merge(List.of(page1, all)));
        assertThat(e.violations()).hasSize(18).allSatisfy(v -> assertThat(v.code()).isEqualTo(StatisticsCodes.DUPLICATE));
        Violations.assertHas(e, StatisticsCodes.DUPLICATE, "/values/0/values/0", "kolada-v3.json", "kolada-v3-page1.json");
    }

    @Test
    @Raises(StatisticsCodes.DUPLICATE)
    void valueTwiceInOneFile_isDuplicate() {
        Violations.assertSingle(() -> json("{\"values\": [{" + ENTRY + ", \"values\": [{" + VALUE + "}, {" + VALUE
                + "}]}]}"), StatisticsCodes.DUPLICATE, "/values/0/values/1", "test.json", "already at /values/0/values/0 in test.json");
    }

    @Test
    @Raises(StatisticsCodes.DUPLICATE)
    void sameFileTwice_isOneDuplicate() {
        Violations.assertSingle(() -> KoladaValues.read(KoladaFixtures.path("kolada-v2.json"),
                KoladaFixtures.path("kolada-v2.json")), StatisticsCodes.DUPLICATE, "", "same bytes as kolada-v2.json",
                KoladaFixtures.sha256("kolada-v2.json"));
    }

    // --- FILE_TOO_LARGE and several files -------------------------------------------------------

    @Test
    @Raises(StatisticsCodes.FILE_TOO_LARGE)
    void fileLargerThanTheLimit_isTooLarge_withoutBeingRead() {
        Violations.assertSingle(() -> KoladaValues.read(List.of(KoladaFixtures.path("kolada-v2.json")), 1000),
                StatisticsCodes.FILE_TOO_LARGE, "", "kolada-v2.json", "larger than the limit of 1000 bytes");
    }

    @Test
    @Raises(StatisticsCodes.FILE_TOO_LARGE)
    void bytesLargerThanTheDefaultLimit_areTooLarge() {
        byte[] big = new byte[KoladaValues.DEFAULT_MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) ' ');

        Violations.assertSingle(() -> KoladaValues.read("big.json", big), StatisticsCodes.FILE_TOO_LARGE, "",
                "big.json", (KoladaValues.DEFAULT_MAX_BYTES + 1) + " bytes");
    }

    @Test
    void everyFaultOfEveryFile_isReportedAtOnce() {
        FinsamValidationException e = Violations.thrownBy(() -> KoladaValues.read(KoladaFixtures.path(
                "bad/gender-unknown.json"), KoladaFixtures.path("bad/truncated.json"), KoladaFixtures.path("kolada-v3-page1.json")));

        assertThat(e.violations()).extracting(Violation::code).containsExactly(StatisticsCodes.FIELD_INVALID,
                StatisticsCodes.FILE_UNREADABLE);
        assertThat(e.violations().get(0).message()).startsWith("gender-unknown.json: ");
        assertThat(e.violations().get(1).message()).startsWith("truncated.json: ");
    }

    @Test
    void manyFaults_areListedUpToTheLimit_andCounted() {
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < 1005; i++) {
            values.append(i == 0 ? "" : ", ").append("{\"gender\": \"X\", \"value\": 1}");
        }

        FinsamValidationException e = Violations.thrownBy(() -> json("{\"values\": [{" + ENTRY + ", \"values\": ["
                + values + "]}]}"));
        assertThat(e.violations()).hasSize(1001);
        assertThat(e.violations().get(1000)).isEqualTo(Violation.of("", StatisticsCodes.FILE_UNREADABLE,
                "test.json: 5 more faults not listed"));
    }

    @Test
    void missingFile_isAnIOException(@TempDir Path dir) {
        org.assertj.core.api.Assertions.assertThatIOException().isThrownBy(() -> KoladaValues.read(dir.resolve("none.json")));
    }

    @Test
    void fileOfLegalSize_isRead(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("one.json");
        Files.writeString(file, "{\"values\": [{" + ENTRY + ", \"values\": [{" + VALUE + "}]}]}");

        KoladaValues kolada = KoladaValues.read(List.of(file), (int) Files.size(file));
        assertThat(kolada.value("N00957", "0484", 2023, KoladaGender.TOTAL)).isEqualTo(new BigDecimal("24.6"));
        assertThat(kolada.source("N00957").file()).contains("one.json");
    }
}
