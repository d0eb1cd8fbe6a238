package se.finsam.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;
import se.finsam.budget.AnnualPlan;
import se.finsam.budget.Budget;
import se.finsam.contribution.Contribution;
import se.finsam.contribution.ContributionSplit;
import se.finsam.contribution.Settlement;
import se.finsam.member.MemberId;
import se.finsam.money.Amounts;
import se.finsam.money.RoundingUnit;
import se.finsam.project.CostSchedule;
import se.finsam.test.FinsamAssertions;
import se.finsam.test.Seeds;

/**
 * The results of random valid plans ({@link FinsamJsonProperties#document}), written by
 * {@link FinsamModule}: the JSON says what the result holds, amount by amount at the unit's scale, and a
 * budget is what the command line prints for the same plan.
 */
class FinsamModuleResultsProperties {

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new FinsamModule());
    private static final ObjectMapper TREES = new ObjectMapper();
    private static final FinsamJson JSON = FinsamJson.create();
    private static final int CASES = 500;

    private static JsonNode write(Object value) {
        try {
            return TREES.readTree(MAPPER.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new AssertionError("Writing " + value + " failed: " + e.getMessage(), e);
        }
    }

    private static JsonNode tree(String json) {
        try {
            return TREES.readTree(json);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    /** An amount as the results write it: a decimal string of the unit's number of decimals, never fewer. */
    private static void assertAmount(JsonNode node, MonetaryAmount expected, RoundingUnit unit, String what) {
        assertThat(node.isTextual()).as("%s is a string: %s", what, node).isTrue();
        BigDecimal written = new BigDecimal(node.textValue());
        assertThat(written).as(what).isEqualByComparingTo(expected.getNumber().numberValue(BigDecimal.class));
        assertThat(written.scale()).as("decimals of %s at unit %s", what, unit).isEqualTo(Math.max(0, unit.scale()));
    }

    @Test
    void split_writesEveryContributionInMemberOrder_summingToTheTotal() {
        Seeds.forAll("module split", CASES, random -> {
            ContributionSplit split = FinsamJsonProperties.document(random).contributions();
            JsonNode json = write(split);

            assertThat(json.get("currency").textValue()).isEqualTo(split.currency().getCurrencyCode());
            assertAmount(json.get("total"), split.total(), split.unit(), "total");
            List<Contribution> contributions = split.contributions();
            assertThat(json.get("contributions")).hasSize(contributions.size());
            Map<MemberId, MonetaryAmount> written = new LinkedHashMap<>();
            for (int i = 0; i < contributions.size(); i++) {
                JsonNode c = json.get("contributions").get(i);
                assertThat(c.get("member").textValue()).isEqualTo(contributions.get(i).member().value());
                assertThat(c.get("kind").textValue()).isEqualTo(contributions.get(i).kind().name());
                assertAmount(c.get("amount"), contributions.get(i).amount(), split.unit(), "amount of " + c.get("member"));
                assertThat(c.get("name").textValue())
                        .isEqualTo(split.charter().member(contributions.get(i).member()).orElseThrow().name());
                written.put(MemberId.of(c.get("member").textValue()),
                        Amounts.exact(new BigDecimal(c.get("amount").textValue()), split.currency()));
            }
            // The contributions as written are the statutory split: they sum to the total, and so on.
            FinsamAssertions.assertThatContributions(written, split.charter(), split.financing(), split.unit())
                    .obeysTheLaw().isTheStatutorySplit();
            BigDecimal parties = BigDecimal.ZERO;
            for (JsonNode party : json.get("parties")) {
                parties = parties.add(new BigDecimal(party.get("amount").textValue()));
            }
            assertThat(parties).as("sum of the parties").isEqualByComparingTo(new BigDecimal(json.get("total").textValue()));
            assertThat(json.get("roundingUnit").textValue()).isEqualTo(split.unit().toString());
        });
    }

    @Test
    void budgetAndSplit_areWhatTheCommandLinePrintsForThePlan() {
        Seeds.forAll("module budget and split", CASES, random -> {
            Budget budget = FinsamJsonProperties.document(random).budget();
            AnnualPlan plan = budget.plan();

            assertThat(write(budget)).isEqualTo(tree(JSON.plan().writeBudget(budget)));
            ObjectNode split = (ObjectNode) tree(JSON.plan().writeSplit(plan));
            split.remove(List.of("association", "year"));
            assertThat(write(plan.contributions())).isEqualTo(split);
        });
    }

    @Test
    void schedule_writesEveryYearOfTheProject_atTheProjectUnit() {
        Seeds.forAll("module schedule", CASES, random -> {
            AnnualPlan plan = FinsamJsonProperties.document(random);
            JsonNode printed = tree(JSON.plan().writeSchedule(plan)).get("projects");
            List<CostSchedule> schedules = plan.schedules();
            for (int i = 0; i < schedules.size(); i++) {
                CostSchedule s = schedules.get(i);
                JsonNode json = write(s);

                assertThat(json.get("currency").textValue()).isEqualTo(s.currency().getCurrencyCode());
                assertThat(json.get("project").textValue()).isEqualTo(s.project().id().value());
                List<String> years = new ArrayList<>();
                json.get("costByYear").fieldNames().forEachRemaining(years::add);
                assertThat(years).isEqualTo(s.years().stream().map(String::valueOf).toList());
                for (int year : s.years()) {
                    assertAmount(json.get("costByYear").get(String.valueOf(year)), s.amountIn(year), s.unit(), "cost in " + year);
                }
                ObjectNode withoutCurrency = json.deepCopy();
                withoutCurrency.remove("currency");
                assertThat(withoutCurrency).as("the entry of finsam schedule").isEqualTo(printed.get(i));
            }
        });
    }

    @Test
    void settlement_writesEveryMember_theDifferencesSummingToZero() {
        int[] settled = {0};
        Seeds.forAll("module settlement", CASES, random -> {
            AnnualPlan plan = FinsamJsonProperties.document(random);
            if (plan.finalMunicipalKey().isEmpty()) {
                return;
            }
            settled[0]++;
            Settlement settlement = Settlement.between(plan.contributions(),
                    plan.association().withMunicipalKey(plan.finalMunicipalKey().get()).contributions(plan.financing(),
                            plan.roundingUnit()));
            RoundingUnit unit = settlement.preliminary().unit();
            JsonNode entries = write(settlement).get("entries");

            assertThat(entries).hasSize(settlement.entries().size());
            BigDecimal sum = BigDecimal.ZERO;
            for (int i = 0; i < entries.size(); i++) {
                Settlement.Entry e = settlement.entries().get(i);
                JsonNode json = entries.get(i);
                assertThat(json.get("member").textValue()).isEqualTo(e.member().value());
                assertAmount(json.get("invoiced"), e.invoiced(), unit, "invoiced");
                assertAmount(json.get("due"), e.due(), unit, "due");
                assertAmount(json.get("difference"), e.difference(), unit, "difference");
                sum = sum.add(new BigDecimal(json.get("difference").textValue()));
            }
            assertThat(sum).isEqualByComparingTo(BigDecimal.ZERO);
        });
        if (Integer.getInteger("finsam.case") == null) {
            assertThat(settled[0]).as("plans with a final key").isPositive();
        }
    }
}
