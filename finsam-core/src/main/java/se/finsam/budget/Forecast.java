package se.finsam.budget;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.money.MonetaryAmount;
import se.finsam.project.ProjectId;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.ValidationResult;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

/**
 * A forecast of the whole year's costs (utfallsprognos), per cost category and per project
 * (docs/domain.md, The year as it happens). A category or project the forecast does not give is
 * forecast at its budget. Amounts are not negative; whether the categories and projects belong to the plan
 * is checked by the {@link AnnualPlan} that carries the forecast.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param costs the forecast costs per category, in category order
 * @param projects the forecast costs per project, in the order given
 */
public record Forecast(Map<CostCategory, MonetaryAmount> costs, Map<ProjectId, MonetaryAmount> projects) {

    /**
     * Validates the forecast.
     *
     * @param costs the forecast costs per category
     * @param projects the forecast costs per project
     * @throws FinsamValidationException with {@link ViolationCodes#AMOUNT_NEGATIVE} at {@code /costs/STAFF}
     *     or {@code /projects/trosam} for a negative amount
     */
    public Forecast {
        costs = Outcome.byCategory(costs);
        projects = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(projects, "projects")));
        check(costs, projects).throwIfInvalid("forecast");
    }

    /**
     * Checks a forecast's amounts: none is negative. A reader that reports every fault of a document at
     * once passes the entries it could read. (Whether the projects belong to the plan,
     * {@link AnnualPlan#checkForecast} checks.)
     *
     * <pre>{@code Forecast.check(Map.of(CostCategory.STAFF, sek("-1")), Map.of())   // /costs/STAFF amount.negative}</pre>
     *
     * @param costs the forecast costs per category
     * @param projects the forecast costs per project
     * @return the violations, at {@code /costs/<category>} and {@code /projects/<project>}
     */
    public static ValidationResult check(Map<CostCategory, MonetaryAmount> costs, Map<ProjectId, MonetaryAmount> projects) {
        List<Violation> v = new ArrayList<>();
        Outcome.checkNotNegative("/costs", "Forecast of cost", Objects.requireNonNull(costs, "costs"), v);
        Outcome.checkNotNegative("/projects", "Forecast of project", Objects.requireNonNull(projects, "projects"), v);
        return ValidationResult.of(v);
    }

    /**
     * Obtains a forecast.
     *
     * @param costs the forecast costs per category
     * @param projects the forecast costs per project
     * @return the forecast
     * @throws FinsamValidationException if an amount is negative
     */
    public static Forecast of(Map<CostCategory, MonetaryAmount> costs, Map<ProjectId, MonetaryAmount> projects) {
        return new Forecast(costs, projects);
    }
}
