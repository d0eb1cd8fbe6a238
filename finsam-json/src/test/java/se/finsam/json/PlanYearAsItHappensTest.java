package se.finsam.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import se.finsam.budget.AnnualPlan;
import se.finsam.budget.BudgetFollowUp;
import se.finsam.budget.MultiYearPlan;
import se.finsam.budget.YearEnd;
import se.finsam.project.ProjectId;
import se.finsam.testing.Samples;

/**
 * The plan document's fields of the year as it happens (note, openingEquity, outcome, forecast,
 * laterYears): the bundled RAR Sörmland 2007–2009 example reads as the core's sample plan, and every plan
 * round-trips through the document.
 */
class PlanYearAsItHappensTest {

    private static final Path EXAMPLE = Path.of("../finsam-examples/documents/rar-sormland-2007-2009.json");
    private static final String NOTE = "2007 års siffror är RAR Sörmlands publicerade verksamhetsplan med budget för 2007."
            + " Intäkterna för 2008 är planens 15 mkr och för 2009 planens preliminära 15 mkr. Utfallet till och med"
            + " 30 april 2007, prognosen, det ingående egna kapitalet och kostnaderna för 2008 och 2009 är påhittade"
            + " exempel som visar hur uppföljningen fungerar, inte förbundets egna siffror.";
    private static final FinsamJson JSON = FinsamJson.create();
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static AnnualPlan example() throws IOException {
        return JSON.plan().read(Files.readAllBytes(EXAMPLE));
    }

    /** The core's sample plan for 2007–2009 with the example's note. */
    private static AnnualPlan sampleWithNote() {
        AnnualPlan s = Samples.rarPlan2007to2009();
        return new AnnualPlan(s.association(), s.year(), s.financing(), s.roundingUnit(), s.projectRoundingUnit(),
                s.projects(), s.costs(), s.finalMunicipalKey(), s.equity(), s.openingEquity(), s.outcome(), s.forecast(),
                s.laterYears(), Optional.of(NOTE));
    }

    private static MonetaryAmount sek(String amount) {
        return Money.of(new java.math.BigDecimal(amount), "SEK");
    }

    @Test
    void example_readsAsTheSamplePlan_withItsNote() throws IOException {
        AnnualPlan plan = example();

        assertThat(plan).isEqualTo(sampleWithNote());
        assertThat(plan.note()).contains(NOTE);
        assertThat(plan.openingEquity()).contains(sek("2000000"));
        assertThat(plan.laterYears()).extracting(y -> y.year(), y -> y.preliminary(), y -> y.costs().size())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2008, false, 5),
                        org.assertj.core.groups.Tuple.tuple(2009, true, 5));
    }

    @Test
    void example_followsUpItsYear_asComputedByHand() throws IOException {
        AnnualPlan plan = example();
        BudgetFollowUp f = plan.followUp();
        YearEnd y = plan.yearEnd();
        MultiYearPlan m = plan.multiYear();

        assertThat(f.costsTotal().outcome()).isEqualTo(sek("762000"));
        assertThat(f.costsTotal().forecast()).isEqualTo(sek("2453000"));
        assertThat(f.projectsTotal().outcome()).isEqualTo(sek("1962000"));
        assertThat(f.projectsTotal().forecast()).isEqualTo(sek("5434000"));
        assertThat(f.incomeReceived()).isEqualTo(sek("7423125"));
        assertThat(f.flagged()).extracting(l -> l.project().orElseThrow()).containsExactly(ProjectId.of("flen-soc-af"));
        assertThat(y.result()).isEqualTo(sek("7113000"));
        assertThat(y.closingEquity()).isEqualTo(sek("9113000"));
        assertThat(y.unreservedSurplus()).isEqualTo(sek("6199000"));
        assertThat(m.years()).extracting(MultiYearPlan.Year::year).containsExactly(2007, 2008, 2009);
        assertThat(m.years()).extracting(yr -> yr.closingEquity().orElseThrow())
                .containsExactly(sek("8874000"), sek("18553000"), sek("31146000"));
    }

    @Test
    void sumsTooLarge_areReportedBesideAFaultTheReaderFinds() throws IOException {
        String max = "1000000000000000";
        String doc = Files.readString(EXAMPLE)
                .replace("\"openingEquity\": \"2000000\"", "\"openingEquity\": \"" + max + "\"")
                .replace("\"BOARD\": \"95000\"", "\"TRAVEL\": \"95000\"");

        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> JSON.plan().read(doc));

        assertThat(thrown).isInstanceOf(se.finsam.validation.FinsamValidationException.class);
        assertThat(((se.finsam.validation.FinsamValidationException) thrown).violations())
                .extracting(v -> v.path() + " " + v.code())
                .containsExactlyInAnyOrder("/outcome/costs/TRAVEL json.invalid-value", " amount.too-large");
    }

    @Test
    void aForecastBelowWhatIsBooked_isReportedBesideAFaultTheReaderFinds() throws IOException {
        String doc = Files.readString(EXAMPLE)
                .replace("\"flen-soc-af\": \"420000\"", "\"flen-soc-af\": \"100000\"")
                .replace("\"BOARD\": \"95000\"", "\"TRAVEL\": \"95000\"");

        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> JSON.plan().read(doc));

        assertThat(thrown).isInstanceOf(se.finsam.validation.FinsamValidationException.class);
        assertThat(((se.finsam.validation.FinsamValidationException) thrown).violations())
                .extracting(v -> v.path() + " " + v.code())
                .containsExactlyInAnyOrder("/outcome/costs/TRAVEL json.invalid-value",
                        "/forecast/projects/flen-soc-af forecast.below-outcome");
    }

    @Test
    void example_keepsThe2007Plan_figureForFigure() throws IOException {
        AnnualPlan plan = example();
        AnnualPlan published = JSON.plan().read(Files.readAllBytes(Path.of("../finsam-examples/documents/rar-sormland-2007.json")));

        assertThat(JSON.plan().writeBudget(plan.budget())).isEqualTo(JSON.plan().writeBudget(published.budget()));
        assertThat(JSON.plan().writeSplit(plan)).isEqualTo(JSON.plan().writeSplit(published));
        assertThat(plan.laterContributions(1).totalUnits()).isEqualTo(15_000_000L);
    }

    @Test
    void plan_roundTrips_throughTheDocument() throws IOException {
        AnnualPlan plan = example();
        String written = JSON.plan().write(plan);
        JsonNode tree = MAPPER.readTree(written);

        assertThat(JSON.plan().read(written)).isEqualTo(plan);
        assertThat(JSON.plan().read(JSON.plan().write(Samples.rarPlan2007to2009()))).isEqualTo(Samples.rarPlan2007to2009());
        assertThat(tree.fieldNames()).toIterable().containsExactly("association", "year", "financing", "roundingUnit",
                "projectRoundingUnit", "projects", "costs", "openingEquity", "outcome", "forecast", "laterYears", "note");
        assertThat(tree.get("openingEquity")).isEqualTo(MAPPER.readTree("\"2000000\""));
        assertThat(tree.get("outcome").get("costs")).isEqualTo(MAPPER.readTree(
                "{\"BOARD\": \"95000\", \"STAFF\": \"590000\", \"PREMISES\": \"53000\", \"DEPRECIATION\": \"24000\"}"));
        assertThat(tree.get("outcome").get("income").fieldNames()).toIterable().startsWith("fk", "landstinget", "eskilstuna");
        assertThat(tree.get("forecast").get("costs")).isEqualTo(MAPPER.readTree("{\"STAFF\": \"1850000\"}"));
        assertThat(tree.get("laterYears").get(1)).isEqualTo(MAPPER.readTree("{\"year\": 2009, \"financing\": {\"total\": \"15000000\"},"
                + " \"preliminary\": true, \"costs\": [{\"category\": \"BOARD\", \"amount\": \"310000\"},"
                + " {\"category\": \"STAFF\", \"amount\": \"1804000\"}, {\"category\": \"PREMISES\", \"amount\": \"160000\"},"
                + " {\"category\": \"AUDIT\", \"amount\": \"60000\"}, {\"category\": \"DEPRECIATION\", \"amount\": \"73000\"}]}"));
        assertThat(tree.get("note").textValue()).isEqualTo(NOTE);
    }

    @Test
    void oldDocument_isWrittenWithoutTheNewFields() throws IOException {
        String written = JSON.plan().write(JSON.plan().read(Files.readAllBytes(
                Path.of("../finsam-examples/documents/rar-sormland-2007.json"))));

        assertThat(MAPPER.readTree(written).fieldNames()).toIterable().containsExactly("association", "year", "financing",
                "roundingUnit", "projectRoundingUnit", "projects", "costs");
    }

    @Test
    void emptyParts_readAsDefaults_andWriteAsTheirLeastForm() throws IOException {
        String json = Documents.minimalWith("\"financing\": {\"total\": \"1000000\"}", "\"financing\": {\"total\": \"1000000\"},"
                + " \"outcome\": {\"date\": \"2011-01-31\"}, \"forecast\": {},"
                + " \"laterYears\": [{\"year\": 2012, \"financing\": {\"stateContribution\": \"500000\"}}]");

        AnnualPlan plan = JSON.plan().read(json);

        assertThat(plan.outcome().orElseThrow().income()).isEmpty();
        assertThat(plan.outcome().orElseThrow().costs()).isEmpty();
        assertThat(plan.outcome().orElseThrow().projects()).isEmpty();
        assertThat(plan.forecast().orElseThrow().costs()).isEmpty();
        assertThat(plan.laterYears().get(0).preliminary()).isFalse();
        assertThat(plan.laterYears().get(0).costs()).isEmpty();
        assertThat(plan.laterYears().get(0).municipalKey()).isEmpty();
        assertThat(plan.laterContributions(0).totalUnits()).isEqualTo(1_000_000L);
        JsonNode tree = MAPPER.readTree(JSON.plan().write(plan));
        assertThat(tree.get("outcome")).isEqualTo(MAPPER.readTree("{\"date\": \"2011-01-31\"}"));
        assertThat(tree.get("forecast")).isEqualTo(MAPPER.readTree("{}"));
        assertThat(tree.get("laterYears")).isEqualTo(MAPPER.readTree(
                "[{\"year\": 2012, \"financing\": {\"stateContribution\": \"500000\"}}]"));
    }
}
