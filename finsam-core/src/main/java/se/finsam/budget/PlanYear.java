package se.finsam.budget;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.finsam.contribution.ContributionKey;
import se.finsam.contribution.Financing;

/**
 * A year after the first of a multi-year plan (flerårsplan): its financing, whether that is preliminary, its
 * costs outside the projects and, when the municipal key changes, the key for the year (docs/domain.md, The
 * multi-year plan). The projects, and their costs in the year, are the plan's.
 *
 * <p>Whether the year follows the plan's years in order, and whether its amounts and key suit the
 * association, is checked by the {@link AnnualPlan} that carries it.
 *
 * <pre>{@code
 * new PlanYear(2009, Financing.ofTotal(Money.of(15_000_000, "SEK")), true, costs, Optional.empty());
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param year the year
 * @param financing the year's total, or the state's contribution
 * @param preliminary whether the financing is preliminary, not yet decided
 * @param costs the year's costs outside the projects, in order
 * @param municipalKey the municipal key for the year, if it is not the association's
 */
public record PlanYear(int year, Financing financing, boolean preliminary, List<CostLine> costs,
        Optional<ContributionKey> municipalKey) {

    /**
     * Validates that no component is null.
     *
     * @param year the year
     * @param financing the year's financing
     * @param preliminary whether the financing is preliminary
     * @param costs the year's costs outside the projects
     * @param municipalKey the municipal key for the year, if it is not the association's
     * @throws NullPointerException if a component is null
     */
    public PlanYear {
        Objects.requireNonNull(financing, "financing");
        costs = List.copyOf(Objects.requireNonNull(costs, "costs"));
        Objects.requireNonNull(municipalKey, "municipalKey");
    }

    /**
     * Obtains a year with the association's municipal key.
     *
     * @param year the year
     * @param financing the year's financing
     * @param preliminary whether the financing is preliminary
     * @param costs the year's costs outside the projects
     * @return the year
     */
    public static PlanYear of(int year, Financing financing, boolean preliminary, List<CostLine> costs) {
        return new PlanYear(year, financing, preliminary, costs, Optional.empty());
    }
}
