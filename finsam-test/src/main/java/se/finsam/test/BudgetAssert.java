package se.finsam.test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;
import se.finsam.budget.AnnualPlan;
import se.finsam.budget.Budget;

/**
 * Assertions on an association's budget for a year: a user's own budget figures (what a budget tool shows)
 * for an {@link AnnualPlan}, or finsam's own {@link Budget}. The user's figures are checked for balance, against
 * finsam's {@code Budget} of the plan line by line, and for a reserve that covers the commitments.
 *
 * <pre>{@code
 * FinsamAssertions.assertThatBudget(plan, sek(15_000_000), sek(2_000_000), sek(6_400_000), sek(6_600_000),
 *         sek(1_139_000), sek(1_139_000)).balances().isTheBudget();
 *   // Expected Samordningsförbundet RAR i Sörmland (rar-sormland)'s budget for 2007 to be finsam's Budget of the
 *   // plan, but 2 lines differ:
 *   //   costs: SEK 2000000, finsam's SEK 2100000
 *   //   disposable: SEK 6600000, finsam's SEK 6500000
 * FinsamAssertions.assertThat(plan.budget()).reserveCoversTheCommitments();
 * }</pre>
 *
 * <p>On finsam's own {@code Budget} ({@link FinsamAssertions#assertThat(Budget)}), {@link #balances()} and
 * {@link #isTheBudget()} hold by construction (finsam defines the disposable amount as income − costs − project
 * costs); {@link #reserveCoversTheCommitments()} is a finding about the plan: RAR Sörmland's 2007 plan passes it,
 * a plan whose income cannot pay its projects' later years fails it.
 */
public final class BudgetAssert extends AbstractAssert<BudgetAssert, Budget> {

    private static final String INCOME = "income";
    private static final String COSTS = "costs";
    private static final String PROJECT_COSTS = "project costs";
    private static final String DISPOSABLE = "disposable";
    private static final String COMMITMENTS = "commitments";
    private static final String RESERVE = "reserve";

    /** The figures checked: the user's own, or those of {@code actual}. */
    private final Map<String, @Nullable MonetaryAmount> figures;

    /** Whether {@link #figures} are the user's own, not those of finsam's budget. */
    private final boolean own;

    /** Assertions on finsam's own budget, on its figures. */
    BudgetAssert(Budget actual) {
        super(actual, BudgetAssert.class);
        this.figures = actual == null ? Map.of() : figuresOf(actual);
        this.own = false;
    }

    /** Assertions on a user's own figures for a plan, whose finsam budget is {@code actual}. */
    BudgetAssert(Budget actual, Map<String, @Nullable MonetaryAmount> figures) {
        super(Objects.requireNonNull(actual, "budget"), BudgetAssert.class);
        this.figures = figures;
        this.own = true;
    }

    /** The figures of a budget by the names a failure gives them, in the order of a budget. */
    static Map<String, @Nullable MonetaryAmount> figuresOf(Budget budget) {
        return figures(budget.income(), budget.costs(), budget.projectCosts(), budget.disposable(), budget.commitments(),
                budget.reserve());
    }

    /** Figures by the names a failure gives them, in the order of a budget. */
    static Map<String, @Nullable MonetaryAmount> figures(@Nullable MonetaryAmount income, @Nullable MonetaryAmount costs,
            @Nullable MonetaryAmount projectCosts, @Nullable MonetaryAmount disposable, @Nullable MonetaryAmount commitments,
            @Nullable MonetaryAmount reserve) {
        Map<String, @Nullable MonetaryAmount> map = new LinkedHashMap<>();
        map.put(INCOME, income);
        map.put(COSTS, costs);
        map.put(PROJECT_COSTS, projectCosts);
        map.put(DISPOSABLE, disposable);
        map.put(COMMITMENTS, commitments);
        map.put(RESERVE, reserve);
        return map;
    }

    /**
     * Verifies that the figures balance: income − costs − project costs − disposable = 0. On a user's own figures
     * this and every other check first verify that each figure is given, in the plan's currency and a whole
     * multiple of its rounding unit (as finsam's {@code RoundingUnit.unitsOf} counts it). On finsam's own
     * {@code Budget} this holds by construction: finsam defines the disposable amount so.
     *
     * <pre>{@code assertThatBudget(plan, sek(15_000_000), sek(2_100_000), sek(6_400_000), sek(6_600_000), ...).balances();
     *   // Expected Samordningsförbundet RAR i Sörmland (rar-sormland)'s budget for 2007 to balance, income
     *   // SEK 15000000 − costs SEK 2100000 − project costs SEK 6400000 − disposable SEK 6600000 = 0, but it is
     *   // SEK -100000}</pre>
     *
     * @return this assertion
     * @throws AssertionError if a figure is null, in another currency or off the unit, or the figures do not balance
     */
    public BudgetAssert balances() {
        checkFigures();
        BigDecimal income = figure(INCOME);
        BigDecimal costs = figure(COSTS);
        BigDecimal projects = figure(PROJECT_COSTS);
        BigDecimal disposable = figure(DISPOSABLE);
        BigDecimal rest = income.subtract(costs).subtract(projects).subtract(disposable);
        if (rest.signum() != 0) {
            CurrencyUnit c = currency();
            failWithMessage("%s", "Expected " + name() + " to balance, income " + AssertTexts.amount(income, c) + " − costs "
                    + AssertTexts.amount(costs, c) + " − project costs " + AssertTexts.amount(projects, c) + " − disposable "
                    + AssertTexts.amount(disposable, c) + " = 0, but it is " + AssertTexts.amount(rest, c));
        }
        return this;
    }

    /**
     * Verifies that each figure equals the same line of finsam's {@link Budget} of the plan: income, costs,
     * project costs, disposable, commitments and reserve. Every line that differs is listed with both amounts. On
     * finsam's own {@code Budget} this holds by construction.
     *
     * <pre>{@code assertThatBudget(plan, ...).isTheBudget();
     *   // Expected Samordningsförbundet RAR i Sörmland (rar-sormland)'s budget for 2007 to be finsam's Budget of the
     *   // plan, but 2 lines differ:
     *   //   costs: SEK 2000000, finsam's SEK 2100000
     *   //   disposable: SEK 6600000, finsam's SEK 6500000}</pre>
     *
     * @return this assertion
     * @throws AssertionError if a figure is null, in another currency or off the unit, or a line differs from
     *     finsam's
     */
    public BudgetAssert isTheBudget() {
        checkFigures();
        List<String> problems = new ArrayList<>();
        figuresOf(actual).forEach((line, finsams) -> {
            MonetaryAmount expected = Objects.requireNonNull(finsams, line);
            if (figure(line).compareTo(AssertTexts.decimal(expected)) != 0) {
                problems.add(line + ": " + AssertTexts.amount(figure(line), currency()) + ", finsam's " + AssertTexts.amount(expected));
            }
        });
        if (!problems.isEmpty()) {
            failWithMessage("%s", "Expected " + name() + " to be finsam's Budget of the plan, but "
                    + AssertTexts.count(problems.size(), "line differs", "lines differ") + ":" + AssertTexts.list(problems));
        }
        return this;
    }

    /**
     * Verifies that the year-end surplus covers the decided projects' costs in later years: the reserve equals the
     * commitments. On finsam's own {@code Budget} this is finsam's rule: no shortfall ({@link Budget#shortfall()},
     * the reserve {@link Budget#reserve()} being {@code min(max(disposable, 0), commitments)}); on a user's own
     * figures, the user's reserve is at least the user's commitments ({@link #isTheBudget()} checks that both are
     * finsam's). A budget with a deficit, or a surplus smaller than its commitments, fails.
     *
     * <pre>{@code assertThat(plan.budget()).reserveCoversTheCommitments();
     *   // Expected the reserve SEK 0 of Samordningsförbundet RAR i Sörmland (rar-sormland)'s budget for 2007 to
     *   // cover the commitments SEK 1139000 of later years [2008] (the disposable SEK -1999000 is kept for them),
     *   // but the surplus falls SEK 1139000 short (Budget.shortfall)}</pre>
     *
     * @return this assertion
     * @throws AssertionError if a figure is null, in another currency or off the unit, or there is a shortfall
     */
    public BudgetAssert reserveCoversTheCommitments() {
        checkFigures();
        CurrencyUnit c = currency();
        BigDecimal shortfall = own ? figure(COMMITMENTS).subtract(figure(RESERVE)).max(BigDecimal.ZERO)
                : AssertTexts.decimal(actual.shortfall());
        if (shortfall.signum() != 0) {
            failWithMessage("%s", "Expected the reserve " + AssertTexts.amount(figure(RESERVE), c) + " of " + name()
                    + " to cover the commitments " + AssertTexts.amount(figure(COMMITMENTS), c) + " of later years "
                    + actual.commitmentsByYear().keySet() + " (the disposable " + AssertTexts.amount(figure(DISPOSABLE), c)
                    + " is kept for them), but the surplus falls " + AssertTexts.amount(shortfall, c)
                    + (own ? " short" : " short (Budget.shortfall)"));
        }
        return this;
    }

    /** Each figure is given, in the plan's currency and a whole multiple of its rounding unit; every fault is listed. */
    private void checkFigures() {
        isNotNull();
        CurrencyUnit c = currency();
        List<String> problems = new ArrayList<>();
        figures.forEach((line, amount) -> {
            if (amount == null) {
                problems.add("the " + line + " is null (finsam's is " + AssertTexts.amount(Objects.requireNonNull(figuresOf(actual).get(line), line)) + ")");
            } else if (!amount.getCurrency().equals(c)) {
                problems.add("the " + line + " is " + AssertTexts.amount(amount) + ", not in " + c.getCurrencyCode());
            } else {
                AssertTexts.notCountable(amount, actual.unit())
                        .ifPresent(why -> problems.add("the " + line + " is " + AssertTexts.amount(amount) + ", " + why));
            }
        });
        if (!problems.isEmpty()) {
            failWithMessage("%s", "Expected every figure of " + name() + " in " + c.getCurrencyCode()
                    + " and a whole multiple of the rounding unit " + AssertTexts.amount(actual.unit().value(), c) + ", but:"
                    + AssertTexts.list(problems));
        }
    }

    /** A figure, which {@link #checkFigures()} has found. */
    private BigDecimal figure(String line) {
        return AssertTexts.decimal(Objects.requireNonNull(figures.get(line), line));
    }

    private CurrencyUnit currency() {
        return actual.plan().association().currency();
    }

    private String name() {
        return AssertTexts.named(actual.plan().association().name(), actual.plan().association().id().toString())
                + "'s budget for " + actual.year();
    }
}
