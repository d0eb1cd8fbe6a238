package se.finsam.test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import javax.money.MonetaryAmount;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;
import se.finsam.money.RoundingUnit;
import se.finsam.project.CostBasis;
import se.finsam.project.CostSchedule;
import se.finsam.project.Project;
import se.finsam.test.AssertTexts.Problem;
import se.finsam.validation.ValidationResult;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

/**
 * Assertions on a project's cost per budget year: a {@link CostSchedule} computed by finsam, or a user's
 * own amounts per year for a {@link Project}. Each check calls finsam's own rule of explicit costs per year
 * ({@link Project#check}: the years within the project's period, their sum the total cost), as if the amounts
 * were the project's {@link CostBasis#EXPLICIT explicit} costs.
 *
 * <pre>{@code
 * FinsamAssertions.assertThatSchedule(project, RoundingUnit.THOUSAND, Map.of(2006, sek(500_000), 2007, sek(1_140_000)))
 *         .yearsSumToTheTotal();
 *   // Expected the years of Ungdomstorget Nyköping (ungdomstorget) to sum to its total cost SEK 2279000, but
 *   // they sum to SEK 1640000, SEK 639000 short
 * }</pre>
 */
public final class CostScheduleAssert extends AbstractAssert<CostScheduleAssert, Map<Integer, ? extends MonetaryAmount>> {

    private final Project project;
    private final RoundingUnit unit;

    CostScheduleAssert(@Nullable Map<Integer, ? extends MonetaryAmount> actual, Project project, RoundingUnit unit) {
        super(actual, CostScheduleAssert.class);
        this.project = Objects.requireNonNull(project, "project");
        this.unit = Objects.requireNonNull(unit, "unit");
    }

    /**
     * Verifies that the amounts of the years sum exactly to the project's total cost, by finsam's rule of
     * explicit costs ({@link Project#check}, code {@code project.explicit-costs-sum}).
     *
     * <p>This check and {@link #staysWithinThePeriod()} first verify that every amount is given (not null, no
     * null year), in the currency of the cost and a whole multiple of the rounding unit (as finsam's
     * {@link RoundingUnit#unitsOf(MonetaryAmount)} counts it); every year that breaks it is listed.
     *
     * <pre>{@code assertThatSchedule(ungdomstorget, RoundingUnit.THOUSAND, Map.of(2006, eur(500_000), 2007, eur(1_140_000), ...))
     *         .yearsSumToTheTotal();
     *   // Expected every year of Ungdomstorget Nyköping (ungdomstorget) in SEK and a whole multiple of the rounding
     *   // unit SEK 1000, but 2 are not:
     *   //   2006 has EUR 500000, not in SEK
     *   //   2007 has EUR 1140000, not in SEK}</pre>
     *
     * @return this assertion
     * @throws AssertionError if an amount is null, in another currency or off the unit, or the sum differs
     */
    public CostScheduleAssert yearsSumToTheTotal() {
        checkYears();
        if (!violations(ViolationCodes.PROJECT_EXPLICIT_COSTS_SUM).isEmpty()) {
            BigDecimal sum = BigDecimal.ZERO;
            for (MonetaryAmount amount : actual.values()) {
                sum = sum.add(AssertTexts.decimal(amount));
            }
            BigDecimal total = AssertTexts.decimal(project.totalCost());
            int cmp = sum.compareTo(total);
            failWithMessage("%s", "Expected the years of " + name() + " to sum to its total cost " + AssertTexts.amount(project.totalCost())
                    + " (a schedule spreads the whole cost over the years), but they sum to "
                    + AssertTexts.amount(sum, project.totalCost().getCurrency()) + ", "
                    + AssertTexts.amount(total.subtract(sum).abs(), project.totalCost().getCurrency()) + (cmp < 0 ? " short" : " too much"));
        }
        return this;
    }

    /**
     * Verifies that no cost falls in a year outside the project's period, by finsam's rule of explicit costs
     * ({@link Project#check}, code {@code project.explicit-year-outside-period}): not before the start year, not
     * after the end year, and for a project with no end not more than {@link Project#MAX_PERIOD_YEARS} budget years
     * from its start. A year with a cost of zero has no cost. Every year finsam reports is listed with its amount
     * and finsam's reason.
     *
     * <pre>{@code assertThatSchedule(ungdomstorget, RoundingUnit.THOUSAND, Map.of(2005, sek(100_000), ..., 2009, sek(539_000)))
     *         .staysWithinThePeriod();
     *   // Expected the costs of Ungdomstorget Nyköping (ungdomstorget) within its period 2006-08-15 to 2008-08-14,
     *   // but 2 years outside it have a cost:
     *   //   2005 has SEK 100000: Year 2005 of project 'ungdomstorget' is before its start 2006-08-15
     *   //   2009 has SEK 539000: Year 2009 of project 'ungdomstorget' is after its end 2008-08-14}</pre>
     *
     * @return this assertion
     * @throws AssertionError if an amount is null, in another currency or off the unit, or a year outside the
     *     period has a cost; every such year is listed
     */
    public CostScheduleAssert staysWithinThePeriod() {
        checkYears();
        String expected = "Expected the costs of " + name() + " within its period " + project.period().start() + " to "
                + project.period().end().map(Object::toString).orElse("(open end)") + ", but ";
        List<Problem> problems = new ArrayList<>();
        for (Violation v : violations(ViolationCodes.PROJECT_EXPLICIT_YEAR_OUTSIDE_PERIOD, ViolationCodes.PROJECT_YEAR_OUT_OF_RANGE)) {
            Optional<Integer> year = yearOf(v);
            String has = year.map(y -> y + " has " + AssertTexts.amount(Objects.requireNonNull(actual.get(y), "amount")) + ": ")
                    .orElse("") + v.message();
            problems.add(new Problem(expected + has, has));
        }
        if (!problems.isEmpty()) {
            failWithMessage("%s", AssertTexts.report(problems, expected + AssertTexts.count(problems.size(), "year", "years")
                    + " outside it have a cost:"));
        }
        return this;
    }

    /** Every year and amount is given, in the cost's currency and a whole multiple of the unit; every fault is listed. */
    private void checkYears() {
        isNotNull();
        String currency = project.totalCost().getCurrency().getCurrencyCode();
        String unitText = AssertTexts.amount(unit.value(), project.totalCost().getCurrency());
        String expected = "Expected every year of " + name() + " in " + currency + " and a whole multiple of the rounding unit "
                + unitText + ", but ";
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<Integer, ? extends MonetaryAmount> e : actual.entrySet()) {
            if (e.getKey() == null) {
                String has = "a null year has " + (e.getValue() == null ? "null" : AssertTexts.amount(e.getValue()));
                problems.add(new Problem(expected + has, has));
            }
        }
        for (Map.Entry<Integer, @Nullable MonetaryAmount> e : byYear().entrySet()) {
            MonetaryAmount amount = e.getValue();
            if (amount == null) {
                String has = e.getKey() + " is null";
                problems.add(new Problem(expected + has, has));
            } else if (!amount.getCurrency().equals(project.totalCost().getCurrency())) {
                String has = e.getKey() + " has " + AssertTexts.amount(amount) + ", not in " + currency;
                problems.add(new Problem(expected + has, has));
            } else {
                Optional<String> why = AssertTexts.notCountable(amount, unit);
                if (why.isPresent()) {
                    String has = e.getKey() + " has " + AssertTexts.amount(amount) + ", " + why.get();
                    problems.add(new Problem(expected + has, has));
                }
            }
        }
        if (!problems.isEmpty()) {
            failWithMessage("%s", AssertTexts.report(problems, expected + AssertTexts.count(problems.size(), "is", "are") + " not:"));
        }
    }

    /**
     * The violations of the given codes finsam's rule of explicit costs reports for the amounts (those of zero left
     * out: no cost), which {@link #checkYears()} has found given, in the currency and countable.
     */
    private List<Violation> violations(String... codes) {
        Map<Integer, MonetaryAmount> costs = new TreeMap<>();
        byYear().forEach((year, amount) -> {
            if (amount != null && AssertTexts.decimal(amount).signum() != 0) {
                costs.put(year, amount);
            }
        });
        ValidationResult result = Project.check(project.id(), project.name(), project.status(), project.members(),
                project.period().start(), project.period().end(), project.totalCost(), CostBasis.EXPLICIT, costs, true,
                project.coFinancing());
        List<String> wanted = List.of(codes);
        return result.violations().stream().filter(v -> wanted.contains(v.code())).toList();
    }

    /** The year of a violation at {@code /costByYear/2031}, if it is at one. */
    private static Optional<Integer> yearOf(Violation v) {
        String prefix = "/costByYear/";
        if (!v.path().startsWith(prefix)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.valueOf(v.path().substring(prefix.length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The amounts with a year, in the order of their years. */
    private Map<Integer, @Nullable MonetaryAmount> byYear() {
        Map<Integer, @Nullable MonetaryAmount> map = new TreeMap<>();
        actual.forEach((year, amount) -> {
            if (year != null) {
                map.put(year, amount);
            }
        });
        return map;
    }

    private String name() {
        return AssertTexts.named(project.name(), project.id().toString());
    }
}
