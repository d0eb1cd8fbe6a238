package se.finsam.examples.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;
import se.finsam.budget.AnnualPlan;
import se.finsam.contribution.Contribution;
import se.finsam.member.MemberId;
import se.finsam.member.MemberKind;
import se.finsam.test.FinsamAssertions;
import se.finsam.test.FinsamGenerators;
import se.finsam.test.RarSormland2007;
import se.finsam.test.Seeds;

/** A user's test of its own invoicing code, written with finsam-test (docs/testing.md shows it whole). */
class QuarterlyInvoicesTest {

    private static final List<Integer> QUARTERS = List.of(1, 2, 3, 4);
    private static final List<BigDecimal> EVEN = Collections.nCopies(4, BigDecimal.ONE);

    @Test
    void rarSormland2007_isInvoicedAsPublished_inFourExactQuarters() {
        AnnualPlan plan = RarSormland2007.plan();

        List<QuarterlyInvoices.Invoice> invoices = QuarterlyInvoices.of(plan);

        FinsamAssertions.assertThat(plan.contributions()).obeysTheLaw();
        Map<Integer, MonetaryAmount> eskilstuna = quartersOf(invoices, MemberId.of("eskilstuna"));
        // 1 308 750 kr in four: 327 188 + 327 188 + 327 187 + 327 187, the two units left to the earlier quarters.
        assertThat(eskilstuna).hasSize(4);
        FinsamAssertions.assertThatShares(eskilstuna).isTheLargestRemainderSplitOf(
                RarSormland2007.publishedContributions().get("Eskilstuna"), QUARTERS, EVEN, plan.roundingUnit());
        assertThat(invoices).noneMatch(i -> i.member().kind() == MemberKind.PUBLIC_EMPLOYMENT_SERVICE);
    }

    @Test
    void everyPlan_isInvoicedExactly_eachMembersFourQuartersASplitOfItsContribution() {
        Seeds.forAll("quarterly invoices", 200, random -> {
            AnnualPlan plan = FinsamGenerators.plan(random);

            List<QuarterlyInvoices.Invoice> invoices = QuarterlyInvoices.of(plan);

            FinsamAssertions.assertThat(plan.contributions()).obeysTheLaw();
            for (Contribution c : plan.contributions().contributions()) {
                if (c.kind() != MemberKind.PUBLIC_EMPLOYMENT_SERVICE) {
                    FinsamAssertions.assertThatShares(quartersOf(invoices, c.member()))
                            .isTheLargestRemainderSplitOf(c.amount(), QUARTERS, EVEN, plan.roundingUnit());
                }
            }
        });
    }

    private static Map<Integer, MonetaryAmount> quartersOf(List<QuarterlyInvoices.Invoice> invoices, MemberId member) {
        Map<Integer, MonetaryAmount> quarters = new LinkedHashMap<>();
        invoices.stream().filter(i -> i.member().id().equals(member)).forEach(i -> quarters.put(i.quarter(), i.amount()));
        return quarters;
    }
}
