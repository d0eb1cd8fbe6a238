package se.finsam.examples.invoicing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.money.MonetaryAmount;
import se.finsam.budget.AnnualPlan;
import se.finsam.contribution.Contribution;
import se.finsam.member.Member;
import se.finsam.member.MemberKind;
import se.finsam.money.Allocation;
import se.finsam.money.RoundingUnit;

/**
 * An example of a user's own code built on finsam, which docs/testing.md tests with finsam-test: a municipality's
 * finance system that invoices each member of a coordination association its yearly contribution in four
 * quarterly invoices. The quarters are an exact largest-remainder split of the year's amount at the plan's rounding
 * unit (ties to the earlier quarter), so the four invoices always sum to the contribution.
 *
 * <pre>{@code
 * List<QuarterlyInvoices.Invoice> invoices = QuarterlyInvoices.of(plan);   // four per paying member
 * }</pre>
 */
public final class QuarterlyInvoices {

    /** The quarters of a year. */
    public static final int QUARTERS = 4;

    private QuarterlyInvoices() {
    }

    /**
     * One invoice: a member's contribution for one quarter.
     *
     * @param member the member invoiced
     * @param quarter the quarter, 1 to 4
     * @param amount the amount of the invoice
     */
    public record Invoice(Member member, int quarter, MonetaryAmount amount) {
    }

    /**
     * The invoices of a plan's year: four for every member that pays (Arbetsförmedlingen pays nothing and gets
     * none), in the order of the members, each quarter a largest-remainder share of the member's contribution.
     *
     * @param plan the plan
     * @return the invoices
     */
    public static List<Invoice> of(AnnualPlan plan) {
        RoundingUnit unit = plan.roundingUnit();
        List<Integer> quarters = List.of(1, 2, 3, 4);
        List<BigDecimal> even = Collections.nCopies(QUARTERS, BigDecimal.ONE);
        List<Invoice> invoices = new ArrayList<>();
        for (Contribution c : plan.contributions().contributions()) {
            Member member = plan.association().charter().member(c.member()).orElseThrow();
            if (member.kind() == MemberKind.PUBLIC_EMPLOYMENT_SERVICE) {
                continue;
            }
            Allocation<Integer> split = Allocation.splitOrdered(unit.unitsOf(c.amount()), plan.association().currency(),
                    unit, quarters, even);
            for (int q : quarters) {
                invoices.add(new Invoice(member, q, split.amountOf(q)));
            }
        }
        return List.copyOf(invoices);
    }
}
