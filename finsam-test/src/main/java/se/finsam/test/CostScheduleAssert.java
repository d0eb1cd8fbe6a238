package se.finsam.test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.money.MonetaryAmount;
import org.assertj.core.api.AbstractAssert;
import se.finsam.money.RoundingUnit;
import se.finsam.project.CostSchedule;
import se.finsam.project.Project;

/**
 * Assertions on a project's cost per budget year: a {@link CostSchedule} computed by finsam, or a user's
 * own amounts per year for a {@link Project}. Each check compares with the project (its total cost) and
 * with finsam's own schedule of it (its years).
 *
 * <pre>{@code
 * FinsamAssertions.assertThatSchedule(project, RoundingUnit.THOUSAND, Map.of(2006, sek(500_000), 2007, sek(1_140_000)))
 *         .yearsSumToTheTotal();
 *   // Expected the years of Ungdomstorget Nyköping (ungdomstorget) to sum to its total cost SEK 2279000, but
 *   // they sum to SEK 1640000, SEK 639000 short
 * }</pre>
 */
public final class CostScheduleAssert extends AbstractAssert<CostScheduleAssert, Map<Integer, MonetaryAmount>> {

    private final Project project;
    private final RoundingUnit unit;

    CostScheduleAssert(Map<Integer, MonetaryAmount> actual, Project project, RoundingUnit unit) {
        super(actual, CostScheduleAssert.class);
        this.project = Objects.requireNonNull(project, "project");
        this.unit = Objects.requireNonNull(unit, "unit");
    }

    /**
     * Verifies that the amounts of the years sum exactly to the project's total cost.
     *
     * @return this assertion
     * @throws AssertionError if an amount is in another currency or the sum differs
     */
    public CostScheduleAssert yearsSumToTheTotal() {
        isNotNull();
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<Integer, MonetaryAmount> e : actual.entrySet()) {
            if (!e.getValue().getCurrency().equals(project.totalCost().getCurrency())) {
                failWithMessage("%s", "Expected every year of " + name() + " in " + project.totalCost().getCurrency().getCurrencyCode()
                        + ", but " + e.getKey() + " has " + AssertTexts.amount(e.getValue()));
            }
            sum = sum.add(AssertTexts.decimal(e.getValue()));
        }
        BigDecimal total = AssertTexts.decimal(project.totalCost());
        int cmp = sum.compareTo(total);
        if (cmp != 0) {
            failWithMessage("%s", "Expected the years of " + name() + " to sum to its total cost " + AssertTexts.amount(project.totalCost())
                    + " (a schedule spreads the whole cost over the years), but they sum to "
                    + AssertTexts.amount(sum, project.totalCost().getCurrency()) + ", "
                    + AssertTexts.amount(total.subtract(sum).abs(), project.totalCost().getCurrency()) + (cmp < 0 ? " short" : " too much"));
        }
        return this;
    }

    /**
     * Verifies that no cost falls in a year outside the project's period: every year with a cost other
     * than zero is one of the years finsam schedules the project in ({@link CostSchedule#years()}: from the
     * start year to the end year, or the years of explicit amounts).
     *
     * @return this assertion
     * @throws AssertionError if a year outside the period has a cost
     */
    public CostScheduleAssert staysWithinThePeriod() {
        isNotNull();
        List<Integer> years = project.schedule(unit).years();
        for (Map.Entry<Integer, MonetaryAmount> e : actual.entrySet()) {
            if (!years.contains(e.getKey()) && AssertTexts.decimal(e.getValue()).signum() != 0) {
                failWithMessage("%s", "Expected the costs of " + name() + " within its period " + project.period().start() + " to "
                        + project.period().end().map(Object::toString).orElse("(open end)") + " (years " + years
                        + "), but " + e.getKey() + " has " + AssertTexts.amount(e.getValue()));
            }
        }
        return this;
    }

    private String name() {
        return AssertTexts.named(project.name(), project.id().toString());
    }
}
