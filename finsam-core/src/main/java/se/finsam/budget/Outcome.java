package se.finsam.budget;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.money.MonetaryAmount;
import se.finsam.member.MemberId;
import se.finsam.money.AmountFormat;
import se.finsam.project.ProjectId;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.ValidationResult;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

/**
 * The outcome of a plan's year to a date (utfall): the income received from each member and the costs
 * booked per cost category and per project, from the first day of the year to {@code date} inclusive
 * (docs/domain.md, The year as it happens).
 *
 * <p>What is not given is zero: a member that has paid nothing, a cost category or project without
 * costs. Amounts are not negative. Whether the members, categories and projects belong to the plan, and
 * whether the date falls in its year, is checked by the {@link AnnualPlan} that carries the outcome.
 *
 * <pre>{@code
 * Outcome.of(LocalDate.of(2007, 4, 30),
 *         Map.of(MemberId.of("fk"), Money.of(2_500_000, "SEK")),
 *         Map.of(CostCategory.STAFF, Money.of(590_000, "SEK")),
 *         Map.of(ProjectId.of("trosam"), Money.of(300_000, "SEK")));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param date the last day the outcome covers
 * @param income the income received per member, in the order given
 * @param costs the costs booked per category, in category order
 * @param projects the costs booked per project, in the order given
 */
public record Outcome(LocalDate date, Map<MemberId, MonetaryAmount> income, Map<CostCategory, MonetaryAmount> costs,
        Map<ProjectId, MonetaryAmount> projects) {

    /**
     * Validates the outcome.
     *
     * @param date the last day the outcome covers
     * @param income the income received per member
     * @param costs the costs booked per category
     * @param projects the costs booked per project
     * @throws FinsamValidationException with {@link ViolationCodes#AMOUNT_NEGATIVE} at
     *     {@code /income/fk}, {@code /costs/STAFF} or {@code /projects/trosam} for a negative amount
     */
    public Outcome {
        Objects.requireNonNull(date, "date");
        income = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(income, "income")));
        costs = byCategory(costs);
        projects = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(projects, "projects")));
        check(income, costs, projects).throwIfInvalid("outcome");
    }

    /**
     * Checks an outcome's amounts: none is negative. A reader that reports every fault of a document at
     * once passes the entries it could read, and leaves out those it could not. (Whether the members,
     * categories and projects belong to the plan, {@link AnnualPlan#checkOutcome} checks.)
     *
     * <pre>{@code Outcome.check(Map.of(MemberId.of("fk"), sek("-1")), Map.of(), Map.of())   // /income/fk amount.negative}</pre>
     *
     * @param income the income received per member
     * @param costs the costs booked per category
     * @param projects the costs booked per project
     * @return the violations, at {@code /income/<member>}, {@code /costs/<category>} and {@code /projects/<project>}
     */
    public static ValidationResult check(Map<MemberId, MonetaryAmount> income, Map<CostCategory, MonetaryAmount> costs,
            Map<ProjectId, MonetaryAmount> projects) {
        List<Violation> v = new ArrayList<>();
        checkNotNegative("/income", "Income received from", Objects.requireNonNull(income, "income"), v);
        checkNotNegative("/costs", "Outcome of cost", Objects.requireNonNull(costs, "costs"), v);
        checkNotNegative("/projects", "Outcome of project", Objects.requireNonNull(projects, "projects"), v);
        return ValidationResult.of(v);
    }

    /**
     * Obtains an outcome.
     *
     * @param date the last day the outcome covers
     * @param income the income received per member
     * @param costs the costs booked per category
     * @param projects the costs booked per project
     * @return the outcome
     * @throws FinsamValidationException if an amount is negative
     */
    public static Outcome of(LocalDate date, Map<MemberId, MonetaryAmount> income, Map<CostCategory, MonetaryAmount> costs,
            Map<ProjectId, MonetaryAmount> projects) {
        return new Outcome(date, income, costs, projects);
    }

    /** An unmodifiable copy in category order. */
    static Map<CostCategory, MonetaryAmount> byCategory(Map<CostCategory, MonetaryAmount> costs) {
        Objects.requireNonNull(costs, "costs");
        Map<CostCategory, MonetaryAmount> map = new EnumMap<>(CostCategory.class);
        map.putAll(costs);
        return Collections.unmodifiableMap(map);
    }

    /** Adds a violation at {@code path/key} for each negative amount. */
    static void checkNotNegative(String path, String what, Map<?, MonetaryAmount> amounts, List<Violation> v) {
        amounts.forEach((key, amount) -> {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(amount, "amount");
            if (amount.isNegative()) {
                v.add(Violation.of(Violation.pointer(path.substring(1), key.toString()), ViolationCodes.AMOUNT_NEGATIVE,
                        what + " '" + key + "' must not be negative, was " + AmountFormat.plain(amount)));
            }
        });
    }
}
