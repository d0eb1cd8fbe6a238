package se.finsam.test;

import java.math.BigDecimal;
import javax.money.CurrencyUnit;
import org.assertj.core.api.AbstractAssert;
import se.finsam.budget.Budget;

/**
 * Assertions on an association's {@link Budget} for a year, on the figures finsam computed.
 *
 * <pre>{@code
 * FinsamAssertions.assertThat(plan.budget()).balances().reserveCoversTheCommitments();
 *   // Expected the reserve SEK 0 of Samordningsförbundet RAR i Sörmland's budget for 2007 to cover the commitments
 *   // SEK 1139000 of later years, but the surplus falls SEK 1139000 short (Budget.shortfall)
 * }</pre>
 */
public final class BudgetAssert extends AbstractAssert<BudgetAssert, Budget> {

    BudgetAssert(Budget actual) {
        super(actual, BudgetAssert.class);
    }

    /**
     * Verifies that the budget balances: income − costs − project costs − disposable = 0, on the budget's
     * own figures. finsam computes the disposable amount so that this holds for every {@code Budget}; the
     * check is for a budget after a change in finsam or read back from a document, and can show the
     * figures of one that does not balance.
     *
     * @return this assertion
     * @throws AssertionError if the figures do not balance
     */
    public BudgetAssert balances() {
        isNotNull();
        BigDecimal income = AssertTexts.decimal(actual.income());
        BigDecimal costs = AssertTexts.decimal(actual.costs());
        BigDecimal projects = AssertTexts.decimal(actual.projectCosts());
        BigDecimal disposable = AssertTexts.decimal(actual.disposable());
        BigDecimal rest = income.subtract(costs).subtract(projects).subtract(disposable);
        if (rest.signum() != 0) {
            CurrencyUnit c = actual.income().getCurrency();
            failWithMessage("%s", "Expected " + name() + " to balance, income " + AssertTexts.amount(income, c) + " − costs "
                    + AssertTexts.amount(costs, c) + " − project costs " + AssertTexts.amount(projects, c) + " − disposable "
                    + AssertTexts.amount(disposable, c) + " = 0, but it is " + AssertTexts.amount(rest, c));
        }
        return this;
    }

    /**
     * Verifies that the year-end surplus covers the decided projects' costs in later years: the reserve
     * ({@link Budget#reserve()}) equals the commitments ({@link Budget#commitments()}) and finsam reports no
     * shortfall ({@link Budget#shortfall()}). A budget with a deficit, or a surplus smaller than its
     * commitments, fails.
     *
     * @return this assertion
     * @throws AssertionError if there is a shortfall
     */
    public BudgetAssert reserveCoversTheCommitments() {
        isNotNull();
        if (AssertTexts.decimal(actual.shortfall()).signum() != 0) {
            failWithMessage("%s", "Expected the reserve " + AssertTexts.amount(actual.reserve()) + " of " + name()
                    + " to cover the commitments " + AssertTexts.amount(actual.commitments()) + " of later years "
                    + actual.commitmentsByYear().keySet() + " (the disposable " + AssertTexts.amount(actual.disposable())
                    + " is kept for them), but the surplus falls " + AssertTexts.amount(actual.shortfall())
                    + " short (Budget.shortfall)");
        }
        return this;
    }

    private String name() {
        return AssertTexts.named(actual.plan().association().name(), actual.plan().association().id().toString())
                + "'s budget for " + actual.year();
    }
}
