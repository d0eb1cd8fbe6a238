package se.finsam.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static se.finsam.json.Documents.MINIMAL;
import static se.finsam.json.Documents.minimalWith;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;
import se.finsam.budget.AnnualPlan;
import se.finsam.contribution.ContributionKey;
import se.finsam.member.MemberId;
import se.finsam.member.MemberKind;
import se.finsam.project.Project;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.Violation;

/** What a user of the module with their own mapper gets: values, and errors located in their document. */
class FinsamModuleTest {

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new FinsamModule());

    /** A user's own type that holds finsam values. */
    record Holder(String note, List<AnnualPlan> plans) {
    }

    @Test
    void findAndRegisterModules_findsTheModule() throws Exception {
        ObjectMapper found = new ObjectMapper().findAndRegisterModules();

        assertThat(found.getRegisteredModuleIds()).contains(new FinsamModule().getTypeId());
        assertThat(found.readValue(MINIMAL, AnnualPlan.class)).isEqualTo(FinsamJson.create().plan().read(MINIMAL));
    }

    @Test
    void readValue_plainMapper_readsDecimalsExactly() throws Exception {
        String json = minimalWith("{\"koping\": \"60\", \"arboga\": \"40\"}", "{\"koping\": 60.1, \"arboga\": 39.9}");

        AnnualPlan plan = mapper.readValue(json, AnnualPlan.class);

        assertThat(plan.association().charter().municipalKey().weightOf(MemberId.of("koping"))).isEqualTo(new BigDecimal("60.1"));
    }

    @Test
    void invalidValueInsideUserType_isAMappingExceptionWithPathsFromTheDocumentRoot() {
        String bad = minimalWith("\"name\": \"Köping\"", "\"name\": null");
        String json = "{\"note\": \"x\", \"plans\": [" + MINIMAL + ", " + bad + "]}";

        FinsamMappingException e = catchThrowableOfType(FinsamMappingException.class, () -> mapper.readValue(json, Holder.class));

        assertThat(e).isNotNull().isInstanceOf(JsonMappingException.class);
        assertThat(e.violations()).extracting(Violation::path, Violation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/plans/1/association/members/3/name", JsonViolationCodes.WRONG_TYPE));
        assertThat(e.getCause()).isInstanceOf(FinsamValidationException.class);
        assertThat(((FinsamValidationException) e.getCause()).violations()).isEqualTo(e.violations());
        assertThat(e.result().isValid()).isFalse();
    }

    @Test
    void everyViolationOfAValue_isReportedAtOnce() {
        String json = minimalWith("\"kind\": \"REGION\"", "\"kind\": \"LANDSTING\"").replace("\"year\": 2011", "\"year\": \"2011\"");

        FinsamMappingException e = catchThrowableOfType(FinsamMappingException.class, () -> mapper.readValue(json, AnnualPlan.class));

        assertThat(e.violations()).extracting(Violation::path).containsExactlyInAnyOrder("/association/members/2/kind", "/year");
    }

    @Test
    void duplicateField_isASyntaxViolation_whateverTheMapperSays() {
        FinsamMappingException e = catchThrowableOfType(FinsamMappingException.class,
                () -> mapper.readValue("{\"id\": \"fk\", \"id\": \"af\", \"kind\": \"REGION\", \"name\": \"R\"}",
                        se.finsam.member.Member.class));

        assertThat(e.violations()).extracting(Violation::path, Violation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/id", JsonViolationCodes.SYNTAX));
    }

    @Test
    void moduleOfAFacade_enforcesItsLimits() {
        ObjectMapper strict = new ObjectMapper().registerModule(FinsamJson.builder().maxMembers(4).build().module());

        FinsamMappingException e = catchThrowableOfType(FinsamMappingException.class, () -> strict.readValue(MINIMAL, AnnualPlan.class));

        assertThat(e.violations()).extracting(Violation::path, Violation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/association/members", JsonViolationCodes.LIMIT_EXCEEDED));
    }

    @Test
    void numberLongerThanTheLimit_isRefusedBeforeItsValueIsComputed() {
        String json = "{\"source\": \"ESF\", \"amount\": " + "9".repeat(400) + "}";

        FinsamMappingException e = catchThrowableOfType(FinsamMappingException.class,
                () -> mapper.readValue(json, se.finsam.project.CoFinancing.class));

        assertThat(e.violations()).extracting(Violation::path, Violation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/amount", JsonViolationCodes.LIMIT_EXCEEDED));
    }

    @Test
    void enumAsNumber_isAWrongType_notAnOrdinal() {
        FinsamMappingException e = catchThrowableOfType(FinsamMappingException.class, () -> mapper.readValue("2", MemberKind.class));

        assertThat(e.violations()).extracting(Violation::code).containsExactly(JsonViolationCodes.WRONG_TYPE);
    }

    @Test
    void invalidIdAsMapKey_isLocatedAtTheKey() {
        FinsamMappingException e = catchThrowableOfType(FinsamMappingException.class,
                () -> mapper.readValue("{\"ok\": 1, \"not ok\": 2}", new TypeReference<Map<MemberId, Integer>>() { }));

        assertThat(e.violations()).extracting(Violation::path, Violation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/not ok", se.finsam.validation.ViolationCodes.MEMBER_ID_INVALID));
    }

    @Test
    void keyOfAnotherBasis_isAViolationAtTheBasis() {
        FinsamMappingException e = catchThrowableOfType(FinsamMappingException.class,
                () -> mapper.readValue("{\"basis\": \"EQUAL\"}", ContributionKey.Percentages.class));

        assertThat(e.violations()).extracting(Violation::path, Violation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/basis", JsonViolationCodes.INVALID_VALUE));
    }

    @Test
    void projectOnItsOwn_isInSekUnlessItSaysOtherwise() throws Exception {
        String json = "{\"id\": \"p\", \"name\": \"P\", \"start\": \"2011-01-01\", \"end\": \"2011-12-31\", \"totalCost\": \"100\"}";

        Project sek = mapper.readValue(json, Project.class);
        Project eur = mapper.readValue(json.replace("{\"id\"", "{\"currency\": \"EUR\", \"id\""), Project.class);

        assertThat(sek.totalCost().getCurrency()).isEqualTo(Monetary.getCurrency("SEK"));
        assertThat(eur.totalCost().getCurrency()).isEqualTo(Monetary.getCurrency("EUR"));
        assertThat(mapper.writeValueAsString(sek)).startsWith("{\"currency\":\"SEK\",");
    }

    /** The municipal key of {@link Documents#MINIMAL} as weights, one of them with 21 significant digits. */
    private static final String FINE_WEIGHTS = minimalWith("{\"basis\": \"PERCENTAGES\", \"values\": {\"koping\": \"60\", \"arboga\": \"40\"}}",
            "{\"basis\": \"WEIGHTS\", \"values\": {\"koping\": 1.00000000000000000001, \"arboga\": 1}}");

    private static BigDecimal kopingWeight(AnnualPlan plan) {
        return plan.association().charter().municipalKey().weightOf(MemberId.of("koping"));
    }

    @Test
    void readValue_fromText_readsAWeightOf21DigitsExactly() throws Exception {
        assertThat(kopingWeight(mapper.readValue(FINE_WEIGHTS, AnnualPlan.class))).isEqualTo(new BigDecimal("1.00000000000000000001"));
    }

    @Test
    void readValue_throughATokenBuffer_readsAWeightOf21DigitsExactly() throws Exception {
        // Jackson buffers tokens for creators, type ids and convertValue; the buffer keeps a number's text.
        TokenBuffer buffer = mapper.readValue(FINE_WEIGHTS, TokenBuffer.class);

        AnnualPlan plan = mapper.readValue(buffer.asParser(mapper), AnnualPlan.class);

        assertThat(kopingWeight(plan)).isEqualTo(new BigDecimal("1.00000000000000000001"));
    }

    @Test
    void treeToValue_ofATreeOfExactDecimals_readsTheWeightExactly() throws Exception {
        JsonNode tree = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(FINE_WEIGHTS);

        assertThat(kopingWeight(mapper.treeToValue(tree, AnnualPlan.class))).isEqualTo(new BigDecimal("1.00000000000000000001"));
    }

    @Test
    void treeToValue_ofATreeOfDoubles_refusesTheNumber_insteadOfRoundingItTo1() throws Exception {
        JsonNode tree = new ObjectMapper().readTree(FINE_WEIGHTS);   // the weight is a DoubleNode of 1.0 now

        FinsamMappingException e = catchThrowableOfType(FinsamMappingException.class, () -> mapper.treeToValue(tree, AnnualPlan.class));

        assertThat(e).as("a plan was built from a weight the tree had already rounded").isNotNull();
        assertThat(e.violations()).extracting(Violation::path, Violation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/association/municipalKey/values/koping", JsonViolationCodes.INVALID_NUMBER));
        assertThat(e.violations().get(0).message()).contains("1.0", "binary floating-point", "USE_BIG_DECIMAL_FOR_FLOATS");
    }

    @Test
    void treeToValue_ofATreeOfDoubles_reportsEveryDoubleAtOnce() throws Exception {
        JsonNode tree = new ObjectMapper().readTree("{\"basis\": \"WEIGHTS\", \"values\": {\"a\": 2.5, \"b\": 1, \"c\": 0.1}}");

        FinsamMappingException e = catchThrowableOfType(FinsamMappingException.class,
                () -> mapper.treeToValue(tree, ContributionKey.Weights.class));

        assertThat(e).isNotNull();
        assertThat(e.violations()).extracting(Violation::path, Violation::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("/values/a", JsonViolationCodes.INVALID_NUMBER),
                org.assertj.core.groups.Tuple.tuple("/values/c", JsonViolationCodes.INVALID_NUMBER));
    }

    @Test
    void convertValue_ofAJavaDouble_refusesIt_butAStringOrBigDecimalIsExact() {
        Map<String, Object> doubles = Map.of("category", "BOARD", "amount", 310000.5);
        Map<String, Object> exact = Map.of("category", "BOARD", "amount", new BigDecimal("310000.50"));

        // convertValue wraps every JsonMappingException in an IllegalArgumentException.
        IllegalArgumentException wrapped = catchThrowableOfType(IllegalArgumentException.class,
                () -> mapper.convertValue(doubles, se.finsam.budget.CostLine.class));

        assertThat(wrapped).isNotNull().hasCauseInstanceOf(FinsamMappingException.class);
        assertThat(((FinsamMappingException) wrapped.getCause()).violations()).extracting(Violation::path, Violation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/amount", JsonViolationCodes.INVALID_NUMBER));
        assertThat(mapper.convertValue(exact, se.finsam.budget.CostLine.class).amount().getNumber().numberValue(BigDecimal.class))
                .isEqualByComparingTo("310000.50");
    }

    @Test
    void jsonNull_becomesJavaNull_asEverywhereInJackson() throws Exception {
        assertThat(mapper.readValue("null", AnnualPlan.class)).isNull();
    }

    @Test
    void anAmountTheFormatCannotHold_isRefusedWhenWritten_neverSpeltOut() {
        // A cost line built in Java is never checked against a plan: 1E+300000000 would be 300 million digits.
        ObjectMapper mapper = new ObjectMapper().registerModule(new FinsamModule());
        var sek = Monetary.getCurrency("SEK");
        for (String amount : List.of("1E+300000000", "1E+80", "0.00000000000000000000000000000000000000001")) {
            se.finsam.budget.CostLine line = new se.finsam.budget.CostLine(se.finsam.budget.CostCategory.STAFF,
                    java.util.Optional.empty(), se.finsam.money.Amounts.exact(new BigDecimal(amount), sek));

            JsonMappingException e = catchThrowableOfType(JsonMappingException.class, () -> mapper.writeValueAsString(line));

            assertThat(e).as("writing a cost line of %s", amount).isNotNull();
            assertThat(e.getMessage()).contains("cannot be written in the document format");
        }
        se.finsam.budget.CostLine largest = new se.finsam.budget.CostLine(se.finsam.budget.CostCategory.STAFF,
                java.util.Optional.empty(), se.finsam.money.Amounts.exact(new BigDecimal("9999999999999999999999999999999999999999E+40"), sek));
        assertThat(mapper.convertValue(largest, JsonNode.class).get("amount").textValue()).hasSize(80);
    }

    @Test
    void aFinsamTypeWithoutAJsonForm_isRefusedClearly_neverWrittenAsADumpOfItsFields() throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(new FinsamModule());

        var written = catchThrowableOfType(com.fasterxml.jackson.databind.exc.InvalidDefinitionException.class,
                () -> mapper.writeValueAsString(se.finsam.money.Fraction.of(1, 3)));
        var read = catchThrowableOfType(com.fasterxml.jackson.databind.exc.InvalidDefinitionException.class,
                () -> mapper.readValue("{\"measure\": \"WORK\", \"atLeast\": 5}", se.finsam.followup.Target.class));

        assertThat(written).isNotNull();
        assertThat(written.getMessage()).contains("money.Fraction has no JSON form");
        assertThat(read).isNotNull();
        assertThat(read.getMessage()).contains("followup.Target has no JSON form");
        assertThat(mapper.writeValueAsString(se.finsam.member.Party.REGIONS)).isEqualTo("\"REGIONS\"");
    }
}
