package se.finsam.test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javax.money.MonetaryAmount;
import org.assertj.core.api.AbstractAssert;
import se.finsam.money.RoundingUnit;
import se.finsam.project.CostSchedule;
import se.finsam.project.Project;
import se.finsam.test.AssertTexts.Problem;

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
     * Verifies that the amounts of the years sum exactly to the project's total cost, each in the currency of
     * the cost. Every year in another currency is listed.
     *
     * <pre>{@code assertThatSchedule(ungdomstorget, RoundingUnit.THOUSAND, Map.of(2006, eur(500_000), 2007, eur(1_140_000), ...))
     *         .yearsSumToTheTotal();
     *   // Expected every year of Ungdomstorget Nyköping (ungdomstorget) in SEK, but 2 are not:
     *   //   2006 has EUR 500000
     *   //   2007 has EUR 1140000}</pre>
     *
     * @return this assertion
     * @throws AssertionError if an amount is in another currency or the sum differs
     */
    public CostScheduleAssert yearsSumToTheTotal() {
        isNotNull();
        String currency = project.totalCost().getCurrency().getCurrencyCode();
        String expected = "Expected every year of " + name() + " in " + currency + ", but ";
        List<Problem> problems = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<Integer, MonetaryAmount> e : byYear().entrySet()) {
            String has = e.getKey() + " has " + AssertTexts.amount(e.getValue());
            if (!e.getValue().getCurrency().equals(project.totalCost().getCurrency())) {
                problems.add(new Problem(expected + has, has));
            }
            sum = sum.add(AssertTexts.decimal(e.getValue()));
        }
        if (!problems.isEmpty()) {
            failWithMessage("%s", AssertTexts.report(problems, expected + AssertTexts.count(problems.size(), "is", "are") + " not:"));
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
     * start year to the end year, or the years of explicit amounts). Every such year is listed.
     *
     * <pre>{@code assertThatSchedule(ungdomstorget, RoundingUnit.THOUSAND, Map.of(2005, sek(100_000), ..., 2009, sek(539_000)))
     *         .staysWithinThePeriod();
     *   // Expected the costs of Ungdomstorget Nyköping (ungdomstorget) within its period 2006-08-15 to 2008-08-14
     *   // (years [2006, 2007, 2008]), but 2 years outside it have a cost:
     *   //   2005 has SEK 100000
     *   //   2009 has SEK 539000}</pre>
     *
     * @return this assertion
     * @throws AssertionError if a year outside the period has a cost
     */
    public CostScheduleAssert staysWithinThePeriod() {
        isNotNull();
        List<Integer> years = project.schedule(unit).years();
        String expected = "Expected the costs of " + name() + " within its period " + project.period().start() + " to "
                + project.period().end().map(Object::toString).orElse("(open end)") + " (years " + years + "), but ";
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<Integer, MonetaryAmount> e : byYear().entrySet()) {
            if (!years.contains(e.getKey()) && AssertTexts.decimal(e.getValue()).signum() != 0) {
                String has = e.getKey() + " has " + AssertTexts.amount(e.getValue());
                problems.add(new Problem(expected + has, has));
            }
        }
        if (!problems.isEmpty()) {
            failWithMessage("%s", AssertTexts.report(problems, expected + AssertTexts.count(problems.size(), "year", "years")
                    + " outside it have a cost:"));
        }
        return this;
    }

    /** The amounts in the order of their years. */
    private Map<Integer, MonetaryAmount> byYear() {
        return new TreeMap<>(actual);
    }

    private String name() {
        return AssertTexts.named(project.name(), project.id().toString());
    }
}
