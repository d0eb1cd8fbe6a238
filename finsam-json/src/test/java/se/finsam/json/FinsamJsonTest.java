package se.finsam.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static se.finsam.json.Documents.MINIMAL;
import static se.finsam.json.Documents.minimalWith;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import se.finsam.budget.AnnualPlan;
import se.finsam.contribution.ContributionKey;
import se.finsam.contribution.ContributionSplit;
import se.finsam.contribution.Financing;
import se.finsam.member.MemberId;
import se.finsam.money.RoundingUnit;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.Violation;

class FinsamJsonTest {

    private final FinsamJson json = FinsamJson.create();

    @Test
    void read_minimal_buildsTheModel() {
        AnnualPlan doc = json.plan().read(MINIMAL);

        assertThat(doc.association().id().value()).isEqualTo("mini");
        assertThat(doc.association().currency().getCurrencyCode()).isEqualTo("SEK");
        assertThat(doc.year()).isEqualTo(2011);
        assertThat(doc.financing().basis()).isEqualTo(Financing.Basis.TOTAL);
        assertThat(doc.roundingUnit()).isEqualTo(RoundingUnit.KRONA);
        assertThat(doc.projectRoundingUnit()).isEqualTo(RoundingUnit.KRONA);
        ContributionSplit split = doc.contributions();
        assertThat(split.unitsOf(MemberId.of("koping"))).isEqualTo(150_000);
        assertThat(split.unitsOf(MemberId.of("arboga"))).isEqualTo(100_000);
        assertThat(split.unitsOf(MemberId.of("af"))).isZero();
    }

    @Test
    void read_amountsAsJsonNumbers_areExact() {
        AnnualPlan doc = json.plan().read(minimalWith("\"total\": \"1000000\"", "\"total\": 1000000.00")
                .replace("\"roundingUnit\"", "x"));

        assertThat(doc.financing().amount().getNumber().numberValue(BigDecimal.class)).isEqualByComparingTo("1000000");
    }

    @Test
    void read_stateContribution_derivesTheOthers() {
        AnnualPlan doc = json.plan().read(minimalWith("\"total\": \"1000000\"", "\"stateContribution\": \"500000\""));

        assertThat(doc.contributions().totalUnits()).isEqualTo(1_000_000);
        assertThat(doc.contributions().unitsOf(MemberId.of("fk"))).isEqualTo(500_000);
    }

    @Test
    void read_populationKey_keepsReferenceDateAndAgeBand() {
        AnnualPlan doc = json.plan().read(minimalWith(
                "{\"basis\": \"PERCENTAGES\", \"values\": {\"koping\": \"60\", \"arboga\": \"40\"}}",
                "{\"basis\": \"POPULATION\", \"values\": {\"koping\": 15000, \"arboga\": 8000},"
                        + " \"referenceDate\": \"2010-11-01\", \"ageBand\": \"16-64\"}"));

        ContributionKey.Population key = (ContributionKey.Population) doc.association().charter().municipalKey();
        assertThat(key.referenceDate()).hasValueSatisfying(d -> assertThat(d).hasToString("2010-11-01"));
        assertThat(key.ageBand()).hasValueSatisfying(b -> assertThat(b).hasToString("16-64"));
        assertThat(key.values()).containsEntry(MemberId.of("koping"), 15_000L);
    }

    @Test
    void read_populationKeyWithASource_keepsIt_andWritesItBack() {
        String hash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
        AnnualPlan doc = json.plan().read(minimalWith(
                "{\"basis\": \"PERCENTAGES\", \"values\": {\"koping\": \"60\", \"arboga\": \"40\"}}",
                "{\"basis\": \"POPULATION\", \"values\": {\"koping\": 15000, \"arboga\": 8000},"
                        + " \"referenceDate\": \"2023-12-31\", \"ageBand\": \"16-64\", \"source\": {\"publisher\": \"SCB\","
                        + " \"dataset\": \"BE0101N1\", \"title\": \"Folkmängden\", \"updated\": \"2024-02-21T08:00:00Z\","
                        + " \"file\": \"folkmangd.json\", \"sha256\": \"" + hash + "\"}}"));

        ContributionKey.Population key = (ContributionKey.Population) doc.association().charter().municipalKey();
        assertThat(key.source()).hasValueSatisfying(s -> {
            assertThat(s.dataset()).isEqualTo("BE0101N1");
            assertThat(s.updated()).contains("2024-02-21T08:00:00Z");
            assertThat(s.sha256()).contains(hash);
        });
        assertThat(json.plan().read(json.plan().write(doc))).isEqualTo(doc);
        assertThat(json.plan().writeSplit(doc)).contains("\"dataset\" : \"BE0101N1\"", "\"sha256\" : \"" + hash + "\"");
    }

    @Test
    void read_badSource_reportsEveryFaultOfIt_andASourceOnAnotherBasis() {
        FinsamValidationException e = catchThrowableOfType(FinsamValidationException.class, () -> json.plan().read(minimalWith(
                "{\"basis\": \"PERCENTAGES\", \"values\": {\"koping\": \"60\", \"arboga\": \"40\"}}",
                "{\"basis\": \"POPULATION\", \"values\": {\"koping\": 15000, \"arboga\": 8000},"
                        + " \"source\": {\"publisher\": \" \", \"sha256\": \"ABC\", \"url\": \"x\"}}")));

        assertThat(e.violations()).extracting(Violation::path, Violation::code).contains(
                org.assertj.core.groups.Tuple.tuple("/association/municipalKey/source/url", "json.unknown-field"),
                org.assertj.core.groups.Tuple.tuple("/association/municipalKey/source/dataset", "json.missing-field"));

        FinsamValidationException checked = catchThrowableOfType(FinsamValidationException.class, () -> json.plan().read(minimalWith(
                "{\"basis\": \"PERCENTAGES\", \"values\": {\"koping\": \"60\", \"arboga\": \"40\"}}",
                "{\"basis\": \"POPULATION\", \"values\": {\"koping\": 15000, \"arboga\": 8000},"
                        + " \"source\": {\"publisher\": \" \", \"dataset\": \"BE0101N1\", \"sha256\": \"ABC\"}}")));
        assertThat(checked.violations()).extracting(Violation::path, Violation::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("/association/municipalKey/source/publisher", "source.text-invalid"),
                org.assertj.core.groups.Tuple.tuple("/association/municipalKey/source/sha256", "source.hash-invalid"));

        FinsamValidationException other = catchThrowableOfType(FinsamValidationException.class, () -> json.plan().read(
                minimalWith("{\"basis\": \"PERCENTAGES\", \"values\": {\"koping\": \"60\", \"arboga\": \"40\"}}",
                        "{\"basis\": \"PERCENTAGES\", \"values\": {\"koping\": \"60\", \"arboga\": \"40\"},"
                                + " \"source\": {\"publisher\": \"SCB\", \"dataset\": \"BE0101N1\"}}")));
        assertThat(other.violations()).extracting(Violation::path, Violation::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("/association/municipalKey/source", "json.conflicting-fields"));
    }

    @Test
    void read_fromStream_readsToTheEnd() throws Exception {
        AnnualPlan doc = json.plan().read(new ByteArrayInputStream(MINIMAL.getBytes(StandardCharsets.UTF_8)));

        assertThat(doc.year()).isEqualTo(2011);
    }

    @Test
    void write_thenRead_givesAnEqualDocument() {
        AnnualPlan doc = json.plan().read(MINIMAL);

        assertThat(json.plan().read(json.plan().write(doc))).isEqualTo(doc);
    }

    @Test
    void writeSplit_hasTheShapeOfTheContract() {
        AnnualPlan doc = json.plan().read(minimalWith("\"financing\": {\"total\": \"1000000\"}",
                "\"financing\": {\"total\": \"1000000\"}, \"roundingUnit\": \"0.01\""));

        String out = json.plan().writeSplit(doc);

        assertThat(out).contains("\"association\" : \"mini\"", "\"year\" : 2011", "\"currency\" : \"SEK\"",
                "\"total\" : \"1000000.00\"", "\"member\" : \"af\"", "\"kind\" : \"PUBLIC_EMPLOYMENT_SERVICE\"",
                "\"amount\" : \"0.00\"", "\"amount\" : \"150000.00\"");
    }

    @Test
    void validate_validDocument_isValid() {
        assertThat(json.plan().validate(MINIMAL.getBytes(StandardCharsets.UTF_8)).isValid()).isTrue();
    }

    @Test
    void read_invalid_throwsTheDocumentedException() {
        assertThatThrownBy(() -> json.plan().read("{}"))
                .isInstanceOf(FinsamValidationException.class)
                .hasMessageContaining("/association")
                .hasMessageContaining("/year")
                .hasMessageContaining("/financing");
    }

    @Test
    void kindOf_tellsTheDocumentsApartByTheirTopLevelFields() {
        byte[] plan = MINIMAL.getBytes(StandardCharsets.UTF_8);

        assertThat(json.kindOf(plan)).isEqualTo(DocumentKind.PLAN);
        assertThat(json.kindOf("{\"appropriation\": \"1\"}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(DocumentKind.NATIONAL_ALLOCATION);
        assertThat(json.kindOf("{\"participants\": []}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(DocumentKind.FOLLOW_UP);
        assertThat(json.kindOf("{\"support\": []}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(DocumentKind.INDICATORS);
        assertThat(json.kindOf("not json".getBytes(StandardCharsets.UTF_8))).isEqualTo(DocumentKind.PLAN);
        assertThat(json.kindOf("{}".getBytes(StandardCharsets.UTF_8))).isEqualTo(DocumentKind.PLAN);
        assertThat(json.format(DocumentKind.PLAN).validate(plan).isValid()).isTrue();
        assertThat(json.format(DocumentKind.NATIONAL_ALLOCATION).validate(plan).isValid())
                .as("a plan is not a national document").isFalse();
    }

    @Test
    void aDocumentOfAnotherKind_isOneViolation_forEveryReader() {
        byte[] plan = MINIMAL.getBytes(StandardCharsets.UTF_8);
        byte[] national = NationalDocuments.SMALL.getBytes(StandardCharsets.UTF_8);
        byte[] followUp = FollowUpReaderTest.DOCUMENT.getBytes(StandardCharsets.UTF_8);
        byte[] indicators = IndicatorReaderTest.DOCUMENT.getBytes(StandardCharsets.UTF_8);

        assertWrongKind(() -> json.plan().read(national), "This is a national allocation document (it has 'appropriation'), not a plan document");
        assertWrongKind(() -> json.plan().read(followUp), "This is a participant follow-up document (it has 'participants'), not a plan document");
        assertWrongKind(() -> json.plan().read(indicators), "This is an indicator document (it has 'support'), not a plan document");
        assertWrongKind(() -> json.national().read(plan), "This is a plan document (it has 'association'), not a national allocation document");
        assertWrongKind(() -> json.indicators().read(followUp), "not an indicator document");
        assertWrongKind(() -> json.followUp().read(indicators), "not a participant follow-up document");
        assertThat(json.plan().validate(national).violations()).extracting(Violation::code)
                .containsExactly(JsonViolationCodes.WRONG_DOCUMENT_KIND);
    }

    @Test
    void aDocumentWithItsOwnKindsField_isReadAsThatKind_strayFieldsAndAll() {
        String plan = MINIMAL.replaceFirst("\\{", "{\"appropriation\": \"1\", ");

        assertThat(json.plan().validate(plan.getBytes(StandardCharsets.UTF_8)).violations()).extracting(Violation::code)
                .containsExactly(JsonViolationCodes.UNKNOWN_FIELD);
        assertThat(json.plan().validate("{}".getBytes(StandardCharsets.UTF_8)).violations()).extracting(Violation::code)
                .containsOnly(JsonViolationCodes.MISSING_FIELD);
    }

    private static void assertWrongKind(org.assertj.core.api.ThrowableAssert.ThrowingCallable read, String message) {
        FinsamValidationException e = catchThrowableOfType(FinsamValidationException.class, read);
        assertThat(e).isNotNull();
        assertThat(e.violations()).hasSize(1);
        assertThat(e.violations().get(0).path()).isEmpty();
        assertThat(e.violations().get(0).code()).isEqualTo(JsonViolationCodes.WRONG_DOCUMENT_KIND);
        assertThat(e.violations().get(0).message()).contains(message);
    }

    @Test
    void writeSchedule_toAWriter_writesTheSameText_andLeavesTheWriterOpen() throws Exception {
        AnnualPlan plan = json.plan().read(minimalWith("\"financing\": {\"total\": \"1000000\"}",
                "\"financing\": {\"total\": \"1000000\"}, \"projects\": [{\"id\": \"p\", \"name\": \"P\", "
                        + "\"start\": \"2010-08-15\", \"end\": \"2012-08-14\", \"totalCost\": \"100000\"}]"));
        java.io.StringWriter out = new java.io.StringWriter() {
            @Override
            public void close() {
                throw new AssertionError("the caller's writer is closed");
            }
        };

        json.plan().writeSchedule(plan, out);

        assertThat(out.toString()).isEqualTo(json.plan().writeSchedule(plan)).contains("\"2011\" : \"50000\"").endsWith("}\n");
    }

    @org.junit.jupiter.api.Test
    void syntaxMessages_speakToTheDocumentsAuthor_notOfJacksonsFeatures() {
        for (String json : new String[] {"{\"a\": NaN}", "{'a': 1}", "{\"a\": 01}"}) {
            var e = org.assertj.core.api.Assertions.catchThrowableOfType(se.finsam.validation.FinsamValidationException.class,
                    () -> FinsamJson.create().plan().read(json));

            org.assertj.core.api.Assertions.assertThat(e.violations().get(0).message()).as(json)
                    .contains("line 1").doesNotContain("Feature", "enable", "[Source:");
        }
    }
}
