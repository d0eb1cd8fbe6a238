package se.finsam.json;

import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;
import se.finsam.budget.AnnualPlan;
import se.finsam.budget.Budget;
import se.finsam.budget.MultiYearPlan;
import se.finsam.json.plan.PlanKind;

/**
 * The plan document ({@code docs/format.md}), and the results of a plan's year: the verbs of every
 * {@link DocumentFormat}, and the writers of a plan's contributions, cost schedule and budget in the shapes
 * of the command line's {@code --format json}.
 *
 * <pre>{@code
 * PlanFormat plans = FinsamJson.create().plan();
 * AnnualPlan plan = plans.read(Path.of("rar-sormland-2007.json"));
 * String split = plans.writeSplit(plan);
 * String budget = plans.writeBudget(plan.budget());
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PlanFormat extends DocumentFormat<AnnualPlan> {

    private final PlanKind kind;

    PlanFormat(FinsamJson json, PlanKind kind) {
        super(json, kind);
        this.kind = kind;
    }

    /**
     * Writes the contributions of a plan's year: {@code {"association", "year", "currency", "total",
     * "contributions": [{"member", "kind", "amount"}, ...]}}, amounts as decimal strings at the rounding
     * unit's scale, members in order.
     *
     * @param plan the plan
     * @return the JSON text, pretty-printed
     */
    public String writeSplit(AnnualPlan plan) {
        Objects.requireNonNull(plan, "plan");
        return json().text().generate(g -> kind.writeSplit(g, plan));
    }

    /**
     * Writes every project's cost per year: {@code {"projects": [{"project", "costByYear": {"2006": A,
     * ...}}, ...], "totalByYear": {...}}}, amounts at the project rounding unit's scale; the totals count
     * decided projects only.
     *
     * @param plan the plan
     * @return the JSON text, pretty-printed
     */
    public String writeSchedule(AnnualPlan plan) {
        Objects.requireNonNull(plan, "plan");
        return json().text().generate(g -> kind.writeSchedule(g, plan));
    }

    /**
     * Writes every project's cost per year as {@link #writeSchedule(AnnualPlan)} does, to a writer, as it is
     * made: the text of ten thousand projects over three centuries is never held whole. The writer is
     * flushed, not closed.
     *
     * <pre>{@code json.plan().writeSchedule(plan, new OutputStreamWriter(System.out, StandardCharsets.UTF_8));}</pre>
     *
     * @param plan the plan
     * @param out receives the JSON text, pretty-printed, and a newline
     * @throws UncheckedIOException if the writer fails
     */
    public void writeSchedule(AnnualPlan plan, Writer out) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(out, "out");
        json().text().generate(g -> kind.writeSchedule(g, plan), out);
    }

    /**
     * Writes a budget: {@code {"year", "income", "contributions", "costs", "projectCosts", "disposable",
     * ...}} with commitments, reserve, and settlement and equity when the plan has them.
     *
     * @param budget the budget, e.g. {@code plan.budget()}
     * @return the JSON text, pretty-printed
     */
    public String writeBudget(Budget budget) {
        Objects.requireNonNull(budget, "budget");
        return json().text().generate(g -> kind.writeBudget(g, budget));
    }

    /**
     * Writes a plan's years side by side: {@code {"association", "currency", "openingEquity", "years": [{"year",
     * "preliminary", "income", "contributions": {member: A}, "costs": {category: A}, "operatingCosts",
     * "projects": {project: A}, "projectCosts", "disposable", "commitments", "reserve", "unreservedSurplus",
     * "shortfall", "closingEquity", "equityShares": {member: A}}, ...], "commitmentsBeyond"}}; the opening
     * and closing equity and the shares only when the plan gives an opening equity.
     *
     * @param multiYear the multi-year plan, e.g. {@code plan.multiYear()}
     * @return the JSON text, pretty-printed
     */
    public String writeMultiYear(MultiYearPlan multiYear) {
        Objects.requireNonNull(multiYear, "multiYear");
        return json().text().generate(g -> kind.writeMultiYear(g, multiYear));
    }

    /**
     * Writes a plan's year as it happens: {@code {"association", "year", "currency", "date",
     * "yearPassedPercent", "income": [...], "costs": [...], "costsTotal", "projects": [...], "projectsTotal",
     * "total", "yearEnd": {...}, "memberShares": {...}}}; amounts as decimal strings, percentages exact as
     * the string of a fraction in lowest terms ({@code "2400/73"}); the outcome's fields only when the plan
     * has an outcome (docs/format.md).
     *
     * @param plan the plan
     * @return the JSON text, pretty-printed
     */
    public String writeOutcome(AnnualPlan plan) {
        Objects.requireNonNull(plan, "plan");
        return json().text().generate(g -> kind.writeOutcome(g, plan));
    }

    /**
     * Writes the settlement between a plan's municipal key and its final municipal key: {@code {"association",
     * "year", "currency", "preliminaryKey": KEY, "finalKey": KEY, "entries": [{"member", "invoiced", "due",
     * "difference"}, ...]}}, the keys as a document writes them (a population key with its {@code source}),
     * every member's entry as in a budget's settlement. The output of {@code finsam key --settle --format json}.
     *
     * @param plan the plan, with a final municipal key
     * @return the JSON text, pretty-printed
     * @throws IllegalArgumentException if the plan has no final municipal key
     */
    public String writeSettlement(AnnualPlan plan) {
        Objects.requireNonNull(plan, "plan");
        if (plan.settlement().isEmpty()) {
            throw new IllegalArgumentException("The plan has no final municipal key to settle against");
        }
        return json().text().generate(g -> kind.writeSettlement(g, plan));
    }
}
