package se.finsam.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import se.finsam.national.NationalAllocation;

class NationalWriterTest {

    @Test
    void write_hasEveryResultWithAmountsAsDecimalStrings() throws Exception {
        FinsamJson json = FinsamJson.create();
        NationalAllocation national = json.national().read(NationalDocuments.SMALL.getBytes(StandardCharsets.UTF_8));

        JsonNode out = JsonMapper.builder().build().readTree(json.national().write(national));

        assertThat(out.get("year").intValue()).isEqualTo(2016);
        assertThat(out.get("appropriation").textValue()).isEqualTo("12000");
        assertThat(out.get("allocated").textValue()).isEqualTo("11100");
        assertThat(out.at("/parameters/maxDecrease").textValue()).isEqualTo("10");
        assertThat(out.at("/parameters/maxIncrease").isMissingNode()).isTrue();
        JsonNode syd = out.at("/allocations/2");
        assertThat(syd.get("association").textValue()).isEqualTo("syd");
        assertThat(syd.get("allocation").textValue()).isEqualTo("4950");
        assertThat(syd.get("base").textValue()).isEqualTo("1000");
        assertThat(syd.get("supportMeasurePart").textValue()).isEqualTo("1418");
        assertThat(syd.get("populationPart").textValue()).isEqualTo("2430");
        assertThat(syd.get("floor").textValue()).isEqualTo("4950");
        assertThat(syd.get("limitApplied").textValue()).isEqualTo("DECREASE_LIMIT");
        assertThat(syd.get("redistribution").textValue()).isEqualTo("102");
        assertThat(out.at("/allocations/1/floor").isMissingNode()).isTrue();
        assertThat(out.at("/supplementary/leftOver").textValue()).isEqualTo("200");
        assertThat(out.at("/supplementary/grants/0/granted").textValue()).isEqualTo("400");
        assertThat(out.at("/supplementary/oversubscribed").booleanValue()).isFalse();
        assertThat(out.at("/matching/1/offer").textValue()).isEqualTo("2000");
        assertThat(out.at("/matching/1/unmatched").textValue()).isEqualTo("1174");
        assertThat(out.at("/matching/2/members/1/member").textValue()).isEqualTo("ystad");
        assertThat(out.at("/matching/2/members/1/amount").textValue()).isEqualTo("1575");
    }

    @Test
    void write_carriesEveryFigureOfTheReport_previousAllocationChangeAndTotals() throws Exception {
        FinsamJson json = FinsamJson.create();
        NationalAllocation national = json.national().read(NationalDocuments.SMALL.getBytes(StandardCharsets.UTF_8));

        JsonNode out = JsonMapper.builder().build().readTree(json.national().write(national));

        assertThat(out.at("/allocations/0/previousAllocation").textValue()).isEqualTo("3000");
        assertThat(out.at("/allocations/0/changePercent").textValue()).isEqualTo("-0.8");
        assertThat(out.at("/allocations/2/changePercent").textValue()).isEqualTo("-10");
        assertThat(out.at("/allocations/1/supportMeasure").textValue()).isEqualTo("2.5");
        assertThat(out.at("/allocations/1/population").longValue()).isEqualTo(300);
        JsonNode totals = out.get("totals");
        assertThat(totals.get("base").textValue()).isEqualTo("3000");
        assertThat(totals.get("modelAmount").textValue()).isEqualTo("11100");
        assertThat(totals.get("aboveBases").textValue()).isEqualTo("8100");
        assertThat(totals.get("redistribution").textValue()).isEqualTo("0");
        assertThat(totals.get("limited").intValue()).isEqualTo(1);
        assertThat(totals.get("stateAmount").textValue()).isEqualTo("11800");
        assertThat(totals.get("effectiveState").textValue()).isEqualTo("10626");
        assertThat(totals.get("unmatched").textValue()).isEqualTo("1174");
        assertThat(totals.get("previousAllocation").textValue()).isEqualTo("11500");
        assertThat(totals.get("changePercent").textValue()).isEqualTo("-3.4782608695652173913");
        assertThat(totals.get("population").longValue()).isEqualTo(1000);
    }
}
