package se.finsam.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.finsam.association.AssociationId;
import se.finsam.budget.AnnualPlan;
import se.finsam.budget.Budget;
import se.finsam.contribution.ContributionSplit;
import se.finsam.contribution.Settlement;
import se.finsam.followup.Distribution;
import se.finsam.followup.Gender;
import se.finsam.followup.ProjectFollowUp;
import se.finsam.followup.Share;
import se.finsam.followup.TargetMeasure;
import se.finsam.followup.TargetResult;
import se.finsam.followup.TimeInProject;
import se.finsam.indicator.IllHealthBenefit;
import se.finsam.indicator.IllHealthRate;
import se.finsam.indicator.IndicatorSet;
import se.finsam.indicator.SupportComparison;
import se.finsam.indicator.SupportKind;
import se.finsam.indicator.SupportMeasure;
import se.finsam.member.MemberId;
import se.finsam.national.AssociationAllocation;
import se.finsam.national.LimitApplied;
import se.finsam.national.Matching;
import se.finsam.national.NationalAllocation;
import se.finsam.national.StateAllocation;
import se.finsam.national.SupplementaryGrant;
import se.finsam.national.SupplementarySplit;
import se.finsam.project.CostSchedule;
import se.finsam.socioeconomic.SocioEconomicCalculation;
import se.finsam.validation.Violation;

/**
 * Every result a computation returns is written by {@link FinsamModule} in the shape the command line's
 * {@code --format json} prints. The golden files in {@code src/test/resources/golden} are what
 * {@code finsam split}, {@code schedule}, {@code budget}, {@code allocate}, {@code indicators} and
 * {@code followup} printed with {@code --format json} before the module wrote results (commit 9025adb):
 * a whole result is that output exactly; a part of one on its own is its object there, with a
 * {@code currency} first when it holds amounts.
 */
class FinsamModuleResultsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new FinsamModule());
    /** For golden trees: no module, plain nodes. */
    private static final ObjectMapper TREES = new ObjectMapper();
    private static final FinsamJson JSON = FinsamJson.create();

    private static final AnnualPlan RAR = JSON.plan().read(document("rar-sormland-2007.json"));
    private static final AnnualPlan EVERY_FIELD = JSON.plan().read(document("every-field.json"));
    private static final NationalAllocation NATIONAL = JSON.national().read(NationalDocuments.SMALL.getBytes(UTF_8));
    private static final IndicatorSet INDICATORS = JSON.indicators().read(document("norra-vastmanland-indicators.json"));
    private static final ProjectFollowUp KVINNOCOACHER = JSON.followUp().read(document("kvinnocoacher-2011.json"));
    private static final ProjectFollowUp VAGEN_IN = JSON.followUp().read(document("vagen-in-2011.json"));
    private static final SocioEconomicCalculation UNGA = JSON.socioeconomic().read(document("unga-jonkoping.json"));

    private static byte[] document(String name) {
        try {
            return Files.readAllBytes(Path.of("../finsam-examples/documents", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A golden file: what the command line printed, pretty. */
    private static String golden(String name) {
        try {
            return Files.readString(Path.of("src/test/resources/golden", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode goldenTree(String name) throws IOException {
        return (ObjectNode) TREES.readTree(golden(name));
    }

    /** The JSON text of a tree, compact, fields in order: what a plain mapper writes. */
    private static String text(JsonNode tree) throws IOException {
        return TREES.writeValueAsString(tree);
    }

    /** An object of the golden output standing on its own: {@code "currency"} first, then its fields. */
    private static String onItsOwn(JsonNode object) throws IOException {
        ObjectNode alone = TREES.createObjectNode().put("currency", "SEK");
        alone.setAll((ObjectNode) object);
        return text(alone);
    }

    private static ObjectNode without(ObjectNode object, String... fields) {
        ObjectNode copy = object.deepCopy();
        copy.remove(List.of(fields));
        return copy;
    }

    static Stream<Arguments> wholeResults() {
        return Stream.of(
                Arguments.of("budget-rar-sormland-2007.json", RAR.budget(), JSON.plan().writeBudget(RAR.budget())),
                Arguments.of("budget-every-field.json", EVERY_FIELD.budget(), JSON.plan().writeBudget(EVERY_FIELD.budget())),
                Arguments.of("allocate-national-small.json", NATIONAL, JSON.national().write(NATIONAL)),
                Arguments.of("indicators-norra-vastmanland.json", INDICATORS, JSON.indicators().write(INDICATORS)),
                Arguments.of("followup-kvinnocoacher.json", KVINNOCOACHER, JSON.followUp().write(KVINNOCOACHER)),
                Arguments.of("followup-vagen-in.json", VAGEN_IN, JSON.followUp().write(VAGEN_IN)),
                Arguments.of("socioeconomic-unga-jonkoping.json", UNGA, JSON.socioeconomic().write(UNGA)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wholeResults")
    void wholeResult_isExactlyWhatTheCommandLinePrints(String golden, Object result, String facade) throws Exception {
        assertThat(MAPPER.writeValueAsString(result)).isEqualTo(text(TREES.readTree(golden(golden))));
        assertThat(facade).as("the facade, and so the command line, still prints the golden output").isEqualTo(golden(golden));
    }

    @Test
    void split_ofRar2007_isTheOutputOfFinsamSplit_withoutTheAssociationAndYearItDoesNotKnow() throws Exception {
        ContributionSplit split = RAR.contributions();

        assertThat(MAPPER.writeValueAsString(split))
                .isEqualTo(text(without(goldenTree("split-rar-sormland-2007.json"), "association", "year")))
                .startsWith("{\"currency\":\"SEK\",\"total\":\"15000000\",\"contributions\":[{\"member\":\"fk\","
                        + "\"kind\":\"SOCIAL_INSURANCE_AGENCY\",\"amount\":\"7500000\",\"name\":\"Försäkringskassan\"},"
                        + "{\"member\":\"af\",\"kind\":\"PUBLIC_EMPLOYMENT_SERVICE\",\"amount\":\"0\",\"name\":\"Arbetsförmedlingen\"},"
                        + "{\"member\":\"landstinget\",\"kind\":\"REGION\",\"amount\":\"3750000\",\"name\":\"Landstinget Sörmland\"},"
                        + "{\"member\":\"eskilstuna\",\"kind\":\"MUNICIPALITY\",\"amount\":\"1308750\",\"name\":\"Eskilstuna\","
                        + "\"key\":\"34.9\"},")
                .endsWith("],\"roundingUnit\":\"1\",\"parties\":[{\"party\":\"STATE\",\"share\":\"50\",\"amount\":\"7500000\"},"
                        + "{\"party\":\"REGIONS\",\"share\":\"25\",\"amount\":\"3750000\"},"
                        + "{\"party\":\"MUNICIPALITIES\",\"share\":\"25\",\"amount\":\"3750000\"}],"
                        + "\"municipalKey\":{\"basis\":\"PERCENTAGES\"}}");
        assertThat(JSON.plan().writeSplit(RAR)).isEqualTo(golden("split-rar-sormland-2007.json"));
    }

    @Test
    void split_inOre_writesEveryAmountWithTwoDecimals() throws Exception {
        assertThat(MAPPER.writeValueAsString(EVERY_FIELD.contributions()))
                .isEqualTo(text(without(goldenTree("split-every-field.json"), "association", "year")))
                .contains("{\"member\":\"af\",\"kind\":\"PUBLIC_EMPLOYMENT_SERVICE\",\"amount\":\"0.00\",\"name\":");
    }

    @Test
    void split_ofTheMinimalDocument_isThisJson() throws Exception {
        ContributionSplit split = JSON.plan().read(Documents.MINIMAL).contributions();

        assertThat(MAPPER.writeValueAsString(split)).isEqualTo("{\"currency\":\"SEK\",\"total\":\"1000000\",\"contributions\":["
                + "{\"member\":\"fk\",\"kind\":\"SOCIAL_INSURANCE_AGENCY\",\"amount\":\"500000\",\"name\":\"Försäkringskassan\"},"
                + "{\"member\":\"af\",\"kind\":\"PUBLIC_EMPLOYMENT_SERVICE\",\"amount\":\"0\",\"name\":\"Arbetsförmedlingen\"},"
                + "{\"member\":\"region\",\"kind\":\"REGION\",\"amount\":\"250000\",\"name\":\"Region Västmanland\"},"
                + "{\"member\":\"koping\",\"kind\":\"MUNICIPALITY\",\"amount\":\"150000\",\"name\":\"Köping\",\"key\":\"60\"},"
                + "{\"member\":\"arboga\",\"kind\":\"MUNICIPALITY\",\"amount\":\"100000\",\"name\":\"Arboga\",\"key\":\"40\"}],"
                + "\"roundingUnit\":\"1\",\"parties\":[{\"party\":\"STATE\",\"share\":\"50\",\"amount\":\"500000\"},"
                + "{\"party\":\"REGIONS\",\"share\":\"25\",\"amount\":\"250000\"},"
                + "{\"party\":\"MUNICIPALITIES\",\"share\":\"25\",\"amount\":\"250000\"}],"
                + "\"municipalKey\":{\"basis\":\"PERCENTAGES\"}}");
    }

    @Test
    void costSchedule_isItsEntryInFinsamSchedule_withTheCurrency() throws Exception {
        CostSchedule ungdomstorget = RAR.schedules().get(0);

        assertThat(MAPPER.writeValueAsString(ungdomstorget)).isEqualTo("{\"currency\":\"SEK\",\"project\":\"ungdomstorget\","
                + "\"name\":\"Ungdomstorget Nyköping\",\"status\":\"APPROVED\",\"basis\":\"MONTHS\",\"totalCost\":\"2279000\","
                + "\"costByYear\":{\"2006\":\"430000\",\"2007\":\"1140000\",\"2008\":\"709000\"}}");
    }

    @Test
    void everyCostSchedule_ofRar2007_isItsEntryInFinsamSchedule() throws Exception {
        ArrayNode projects = (ArrayNode) goldenTree("schedule-rar-sormland-2007.json").get("projects");
        List<CostSchedule> schedules = RAR.schedules();

        assertThat(schedules).hasSize(projects.size());
        for (int i = 0; i < schedules.size(); i++) {
            assertThat(MAPPER.writeValueAsString(schedules.get(i))).isEqualTo(onItsOwn(projects.get(i)));
        }
        assertThat(JSON.plan().writeSchedule(RAR)).isEqualTo(golden("schedule-rar-sormland-2007.json"));
    }

    @Test
    void settlement_onItsOwn_hasEveryMember_inTheEntryShapeOfTheBudget() throws Exception {
        Settlement settlement = EVERY_FIELD.budget().settlement().orElseThrow();

        assertThat(MAPPER.writeValueAsString(settlement)).isEqualTo("{\"currency\":\"SEK\",\"entries\":["
                + "{\"member\":\"fk\",\"invoiced\":\"3000000.00\",\"due\":\"3000000.00\",\"difference\":\"0.00\"},"
                + "{\"member\":\"af\",\"invoiced\":\"0.00\",\"due\":\"0.00\",\"difference\":\"0.00\"},"
                + "{\"member\":\"region-vastmanland\",\"invoiced\":\"1125000.00\",\"due\":\"1125000.00\",\"difference\":\"0.00\"},"
                + "{\"member\":\"region-orebro\",\"invoiced\":\"375000.00\",\"due\":\"375000.00\",\"difference\":\"0.00\"},"
                + "{\"member\":\"koping\",\"invoiced\":\"810104.53\",\"due\":\"807329.84\",\"difference\":\"-2774.69\"},"
                + "{\"member\":\"arboga\",\"invoiced\":\"423344.95\",\"due\":\"426701.57\",\"difference\":\"3356.62\"},"
                + "{\"member\":\"kungsor\",\"invoiced\":\"266550.52\",\"due\":\"265968.59\",\"difference\":\"-581.93\"}]}");
    }

    @Test
    void stateAllocation_isTheOutputOfFinsamAllocate_withoutWhatOnlyTheNationalAllocationKnows() throws Exception {
        StateAllocation allocation = NATIONAL.allocation();
        ObjectNode expected = without(goldenTree("allocate-national-small.json"), "year", "appropriation", "supplementary",
                "matching", "totals");

        assertThat(MAPPER.writeValueAsString(allocation)).isEqualTo(text(expected))
                .startsWith("{\"currency\":\"SEK\",\"roundingUnit\":\"1\",\"allocated\":\"11100\",\"parameters\":{\"base\":\"1000\",");
    }

    @Test
    void partsOfTheNationalAllocation_areTheirObjectsInFinsamAllocate_withTheCurrency() throws Exception {
        ObjectNode golden = goldenTree("allocate-national-small.json");
        SupplementarySplit supplementary = NATIONAL.supplementary().orElseThrow();

        for (int i = 0; i < 3; i++) {
            AssociationAllocation a = NATIONAL.allocation().allocations().get(i);
            Matching m = NATIONAL.matching().get(i);
            // On its own an association's allocation knows neither its figures nor its previous allocation.
            assertThat(MAPPER.writeValueAsString(a)).isEqualTo(onItsOwn(without((ObjectNode) golden.get("allocations").get(i),
                    "previousAllocation", "changePercent", "supportMeasure", "population")));
            assertThat(MAPPER.writeValueAsString(m)).isEqualTo(onItsOwn(golden.get("matching").get(i)));
        }
        assertThat(MAPPER.writeValueAsString(supplementary)).isEqualTo(onItsOwn(golden.get("supplementary")));
        SupplementaryGrant norr = supplementary.grantOf(AssociationId.of("norr"));
        assertThat(MAPPER.writeValueAsString(norr)).isEqualTo(onItsOwn(golden.get("supplementary").get("grants").get(0)))
                .isEqualTo("{\"currency\":\"SEK\",\"association\":\"norr\",\"requested\":\"600\",\"eligible\":\"400\","
                        + "\"granted\":\"400\",\"unmet\":\"200\"}");
    }

    @Test
    void supportMeasure_isItsAreaInFinsamIndicators_withItsPeriodAndAgeBand() throws Exception {
        ObjectNode golden = goldenTree("indicators-norra-vastmanland.json");
        JsonNode period = golden.get("support").get(1);
        JsonNode norberg = period.get("areas").get(1);
        SupportMeasure measure = INDICATORS.supportMeasure(1, MemberId.of("norberg"));

        ObjectNode expected = TREES.createObjectNode().put("currency", "SEK");
        expected.set("start", period.get("start"));
        expected.set("end", period.get("end"));
        expected.set("days", period.get("days"));
        expected.set("ageBand", golden.get("ageBand"));
        expected.setAll(without((ObjectNode) norberg, "area", "name", "kind", "change"));
        assertThat(MAPPER.writeValueAsString(measure)).isEqualTo(text(expected))
                .contains("\"start\":\"2011-04-01\",\"end\":\"2011-06-30\",\"days\":91,\"ageBand\":\"16-64\",\"population\":3420,")
                .contains("\"total\":\"52.00\"");
    }

    @Test
    void supportComparison_isTheChangeInFinsamIndicators_withBothPeriods() throws Exception {
        ObjectNode golden = goldenTree("indicators-norra-vastmanland.json");
        JsonNode period = golden.get("support").get(1);
        SupportComparison comparison = INDICATORS.supportComparison(1, MemberId.of("norberg"));

        ObjectNode expected = TREES.createObjectNode().put("currency", "SEK");
        expected.set("start", period.get("start"));
        expected.set("end", period.get("end"));
        expected.set("days", period.get("days"));
        expected.set("comparedWith", period.get("comparedWith"));
        expected.setAll((ObjectNode) period.get("areas").get(1).get("change"));
        assertThat(MAPPER.writeValueAsString(comparison)).isEqualTo(text(expected))
                .startsWith("{\"currency\":\"SEK\",\"start\":\"2011-04-01\",\"end\":\"2011-06-30\",\"days\":91,"
                        + "\"comparedWith\":{\"start\":\"2010-04-01\",\"end\":\"2010-06-30\"},\"paid\":{");
    }

    @Test
    void partsOfAFollowUp_areTheirObjectsInFinsamFollowup() throws Exception {
        ObjectNode golden = goldenTree("followup-vagen-in.json");
        List<TargetResult> targets = VAGEN_IN.targetResults();

        assertThat(MAPPER.writeValueAsString(VAGEN_IN.completed())).isEqualTo(text(golden.get("completed")));
        assertThat(MAPPER.writeValueAsString(VAGEN_IN.timeInProject().orElseThrow())).isEqualTo(text(golden.get("timeInProject")));
        for (int i = 0; i < targets.size(); i++) {
            assertThat(MAPPER.writeValueAsString(targets.get(i))).isEqualTo(text(golden.get("targets").get(i)));
        }
        assertThat(MAPPER.writeValueAsString(KVINNOCOACHER.completed())).isEqualTo("{\"count\":27,\"of\":31,\"percent\":\"87.1\"}");
        assertThat(MAPPER.writeValueAsString(Share.of(0, 0))).isEqualTo("{\"count\":0,\"of\":0,\"percent\":null}");
    }

    @Test
    void distribution_isItsListInFinsamFollowup_withEachGroupInItsOwnJson() throws Exception {
        Distribution<Gender> byGender = VAGEN_IN.byGender();
        Distribution<MemberId> byMunicipality = VAGEN_IN.byMunicipality();

        assertThat(MAPPER.writeValueAsString(byGender)).isEqualTo("[{\"group\":\"WOMAN\",\"count\":26,\"percent\":\"53.1\"},"
                + "{\"group\":\"MAN\",\"count\":23,\"percent\":\"46.9\"}]");
        assertThat(MAPPER.writeValueAsString(byMunicipality)).isEqualTo("[{\"group\":\"koping\",\"count\":29,\"percent\":\"59.2\"},"
                + "{\"group\":\"arboga\",\"count\":14,\"percent\":\"28.6\"},{\"group\":\"kungsor\",\"count\":6,\"percent\":\"12.2\"}]");
    }

    @Test
    void resultsInAUsersOwnType_areWrittenInTheirShapes() throws Exception {
        record Response(String requester, Budget budget, List<CostSchedule> schedules) {
        }

        String json = MAPPER.writeValueAsString(new Response("x", RAR.budget(), RAR.schedules()));

        assertThat(TREES.readTree(json).get("budget")).isEqualTo(TREES.readTree(golden("budget-rar-sormland-2007.json")));
        assertThat(TREES.readTree(json).get("schedules").get(9).get("project").asText()).isEqualTo("flen-soc-af");
    }

    static Stream<Arguments> namesInResults() {
        return Stream.of(
                Arguments.of(LimitApplied.class, LimitApplied.DECREASE_LIMIT),
                Arguments.of(SupportKind.class, SupportKind.FINANCIAL_ASSISTANCE),
                Arguments.of(IllHealthRate.class, IllHealthRate.values()[0]),
                Arguments.of(IllHealthBenefit.class, IllHealthBenefit.values()[0]),
                Arguments.of(Gender.class, Gender.WOMAN),
                Arguments.of(TargetMeasure.class, TargetMeasure.CLOSER_TO_WORK),
                Arguments.of(TargetResult.Status.class, TargetResult.Status.NOT_MET));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("namesInResults")
    <E extends Enum<E>> void namesInResults_roundTripAsTheirExactNames_neverAsNumbers(Class<E> type, E value) throws Exception {
        String json = MAPPER.writeValueAsString(value);

        assertThat(json).isEqualTo("\"" + value.name() + "\"");
        assertThat(MAPPER.readValue(json, type)).isEqualTo(value);
        FinsamMappingException e = catchThrowableOfType(FinsamMappingException.class, () -> MAPPER.readValue("0", type));
        assertThat(e).isNotNull();
        assertThat(e.violations()).extracting(Violation::code).containsExactly(JsonViolationCodes.WRONG_TYPE);
    }

    static Stream<Class<?>> resultTypes() {
        return Stream.of(ContributionSplit.class, Settlement.class, Budget.class, CostSchedule.class, NationalAllocation.class,
                StateAllocation.class, AssociationAllocation.class, SupplementarySplit.class, SupplementaryGrant.class,
                Matching.class, IndicatorSet.class, SupportMeasure.class, SupportComparison.class, ProjectFollowUp.class,
                Share.class, Distribution.class, TimeInProject.class, TargetResult.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("resultTypes")
    void resultTypes_areNotReadBack_andSaySo(Class<?> type) {
        InvalidDefinitionException e = catchThrowableOfType(InvalidDefinitionException.class,
                () -> MAPPER.readValue("{\"count\": 1, \"base\": 2}", type));

        assertThat(e).as("reading %s", type.getSimpleName()).isNotNull();
        assertThat(e.getOriginalMessage()).startsWith(type.getSimpleName() + " is a result");
    }
}
