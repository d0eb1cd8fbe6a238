package se.finsam.examples.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import se.finsam.association.AssociationId;
import se.finsam.budget.AnnualPlan;
import se.finsam.contribution.Contribution;
import se.finsam.json.FinsamJson;
import se.finsam.member.MemberId;
import se.finsam.national.AssociationAllocation;
import se.finsam.national.NationalAllocation;
import se.finsam.test.FinsamAssertions;
import se.finsam.test.RarSormland2007;

/** docs/testing.md shows the example test as it is compiled and run, and the failure messages as they are. */
class TestingGuideTest {

    private static String guide() throws IOException {
        return Files.readString(Path.of("../docs/testing.md"));
    }

    @Test
    void theGuidesExample_isTheTestThatRuns() throws IOException {
        String test = Files.readString(Path.of("src/test/java/se/finsam/examples/invoicing/QuarterlyInvoicesTest.java"));

        assertThat(guide()).contains("```java\n" + test + "```");
        String imports = Files.readString(Path.of("src/test/java/se/finsam/examples/invoicing/PlanImportTest.java"));
        assertThat(guide()).contains("```java\n" + imports + "```");
    }

    @Test
    void theGuidesSplitFailure_isTheMessageTheAssertionGives() throws IOException {
        AnnualPlan plan = RarSormland2007.plan();
        Map<MemberId, MonetaryAmount> invoices = new LinkedHashMap<>();
        for (Contribution c : plan.contributions().contributions()) {
            invoices.put(c.member(), c.member().equals(MemberId.of("eskilstuna")) ? c.amount().subtract(Money.of(50, "SEK")) : c.amount());
        }

        AssertionError failure = catchThrowableOfType(AssertionError.class, () -> FinsamAssertions.assertThatContributions(invoices,
                plan.association().charter(), plan.financing(), plan.roundingUnit()).givesEachMemberItsQuotaWithinOneUnit());

        assertThat(guide().replace("\n", " ")).contains("givesEachMemberItsQuotaWithinOneUnit()` with \"" + failure.getMessage() + "\"");
    }

    @Test
    void theGuidesNationalFailure_isTheMessageTheAssertionGives() throws IOException {
        String national = Files.readString(Path.of("../docs/national.md"));
        String example = national.substring(national.indexOf("```json", national.indexOf("## Worked example")) + 7);
        NationalAllocation allocation = FinsamJson.create().national()
                .read(example.substring(0, example.indexOf("```")).getBytes(StandardCharsets.UTF_8));
        Map<AssociationId, MonetaryAmount> payments = new LinkedHashMap<>();
        for (AssociationAllocation a : allocation.allocation().allocations()) {
            payments.put(a.association(), a.amount());
        }
        payments.computeIfPresent(AssociationId.of("syd"), (id, amount) -> amount.subtract(Money.of(1, "SEK")));
        payments.computeIfPresent(AssociationId.of("mitt"), (id, amount) -> amount.add(Money.of(1, "SEK")));

        FinsamAssertions.assertThatAllocations(payments, allocation).sumsToTheAppropriationLessThePot();
        AssertionError failure = catchThrowableOfType(AssertionError.class,
                () -> FinsamAssertions.assertThatAllocations(payments, allocation).respectsItsLimits());

        assertThat(guide()).contains("```\n" + failure.getMessage() + "\n```");
    }
}
