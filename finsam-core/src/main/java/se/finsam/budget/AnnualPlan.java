package se.finsam.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import se.finsam.association.CoordinationAssociation;
import se.finsam.contribution.ContributionKey;
import se.finsam.contribution.ContributionSplit;
import se.finsam.contribution.Financing;
import se.finsam.contribution.Settlement;
import se.finsam.member.Member;
import se.finsam.member.MemberId;
import se.finsam.member.Party;
import se.finsam.money.RoundingUnit;
import se.finsam.project.CostSchedule;
import se.finsam.project.Project;
import se.finsam.project.ProjectId;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

/**
 * An association's plan for a year (verksamhetsplan med budget): what a finsam document describes.
 *
 * <p>A plan that exists is consistent, so that every computation on it succeeds. Rules, all checked at
 * once, with paths as in the document format:
 * <ul>
 *   <li>the year is 1900–2200 ({@code /year});</li>
 *   <li>the financing is in the association's currency, not negative and a whole multiple of the
 *       rounding unit, which the currency can pay ({@code /financing/total}, {@code /roundingUnit});</li>
 *   <li>the project rounding unit is a whole multiple of the rounding unit ({@code /projectRoundingUnit});</li>
 *   <li>project ids are unique; a project's members and owner are members of the association, and its
 *       members span at least two parties; its amounts are in the association's currency and whole
 *       multiples of the project rounding unit ({@code /projects/4/members/0}, {@code /projects/4/totalCost});</li>
 *   <li>cost lines, equity and its thresholds are in the currency and multiples of the rounding unit
 *       ({@code /costs/2/amount}, {@code /equity/amount});</li>
 *   <li>a final municipal key covers exactly the municipalities ({@code /finalMunicipalKey/values/flen}).</li>
 * </ul>
 *
 * <pre>{@code
 * AnnualPlan plan = AnnualPlan.builder(rar, 2007, Financing.ofTotal(Money.of(15_000_000, "SEK")))
 *         .projectRoundingUnit(RoundingUnit.THOUSAND)
 *         .projects(projects)
 *         .costs(costs)
 *         .build();
 * plan.budget().disposable();   // 6 874 000 SEK
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param association the association
 * @param year the budget year
 * @param financing the total, or the state's contribution
 * @param roundingUnit the unit of contributions, costs and the budget
 * @param projectRoundingUnit the unit of project cost schedules; a multiple of {@code roundingUnit}
 * @param projects the projects, in order
 * @param costs the year's costs outside the projects, in order
 * @param finalMunicipalKey the final municipal key, when the association's key is preliminary (F4)
 * @param equity the equity at year end and its reasonable levels, if given (F9)
 */
public record AnnualPlan(CoordinationAssociation association, int year, Financing financing, RoundingUnit roundingUnit,
        RoundingUnit projectRoundingUnit, List<Project> projects, List<CostLine> costs,
        Optional<ContributionKey> finalMunicipalKey, Optional<Equity> equity) {

    /** The earliest budget year accepted. */
    public static final int MIN_YEAR = Project.MIN_YEAR;
    /** The latest budget year accepted. */
    public static final int MAX_YEAR = Project.MAX_YEAR;

    /**
     * Validates the plan; reports every problem at once.
     *
     * @param association the association
     * @param year the budget year
     * @param financing the total, or the state's contribution
     * @param roundingUnit the unit of contributions, costs and the budget
     * @param projectRoundingUnit the unit of project cost schedules
     * @param projects the projects, in order
     * @param costs the year's costs outside the projects, in order
     * @param finalMunicipalKey the final municipal key, if any
     * @param equity the equity and its reasonable levels, if given
     * @throws NullPointerException if a component is null
     * @throws FinsamValidationException if a rule is broken
     */
    public AnnualPlan {
        Objects.requireNonNull(association, "association");
        Objects.requireNonNull(financing, "financing");
        Objects.requireNonNull(roundingUnit, "roundingUnit");
        Objects.requireNonNull(projectRoundingUnit, "projectRoundingUnit");
        projects = List.copyOf(projects);
        costs = List.copyOf(costs);
        Objects.requireNonNull(finalMunicipalKey, "finalMunicipalKey");
        Objects.requireNonNull(equity, "equity");

        List<Violation> v = new ArrayList<>();
        if (year < MIN_YEAR || year > MAX_YEAR) {
            v.add(Violation.of("/year", ViolationCodes.YEAR_OUT_OF_RANGE, "Year must be from " + MIN_YEAR + " to " + MAX_YEAR
                    + ", was " + year));
        }
        collect(v, "", () -> association.contributions(financing, roundingUnit));
        boolean unitsFit = true;
        try {
            roundingUnit.unitsOf(projectRoundingUnit.value());
        } catch (FinsamValidationException e) {
            unitsFit = false;
            v.add(Violation.of("/projectRoundingUnit", ViolationCodes.UNIT_NOT_MULTIPLE_OF_ROUNDING_UNIT, "Project rounding unit "
                    + projectRoundingUnit + " must be a whole multiple of the rounding unit " + roundingUnit));
        }
        CurrencyUnit currency = association.currency();
        checkProjects(association, projects, projectRoundingUnit, unitsFit, currency, v);
        for (int i = 0; i < costs.size(); i++) {
            checkAmount(v, "/costs/" + i + "/amount", costs.get(i).amount(), currency, roundingUnit);
        }
        finalMunicipalKey.ifPresent(key -> {
            try {
                association.withMunicipalKey(key);
            } catch (FinsamValidationException e) {
                e.violations().forEach(x -> v.add(Violation.of(x.path().replaceFirst("^/municipalKey", "/finalMunicipalKey"),
                        x.code(), x.message().replace("municipal key", "final municipal key")
                                .replace("Municipal key", "Final municipal key"))));
            }
        });
        equity.ifPresent(e -> {
            checkAmount(v, "/equity/amount", e.amount(), currency, roundingUnit);
            List<EquityPolicy.Step> steps = e.policy().steps();
            for (int i = 0; i < steps.size(); i++) {
                checkAmount(v, "/equity/thresholds/" + i + "/fromSize", steps.get(i).fromSize(), currency, roundingUnit);
            }
        });
        if (!v.isEmpty()) {
            throw new FinsamValidationException("annual plan", v);
        }
    }

    private static void checkProjects(CoordinationAssociation association, List<Project> projects, RoundingUnit unit,
            boolean unitsFit, CurrencyUnit currency, List<Violation> v) {
        Map<ProjectId, Integer> ids = new HashMap<>();
        // Members by id, looked up once for every project member (a charter finds a member by scanning).
        Map<MemberId, Member> members = new HashMap<>();
        association.charter().members().forEach(m -> members.putIfAbsent(m.id(), m));
        for (int i = 0; i < projects.size(); i++) {
            Project p = projects.get(i);
            String path = "/projects/" + i;
            Integer earlier = ids.putIfAbsent(p.id(), i);
            if (earlier != null) {
                v.add(Violation.of(path + "/id", ViolationCodes.PROJECT_DUPLICATE_ID, "Project id '" + p.id()
                        + "' is used by projects " + earlier + " and " + i));
            }
            Set<Party> parties = EnumSet.noneOf(Party.class);
            for (int j = 0; j < p.members().size(); j++) {
                Optional<Member> m = Optional.ofNullable(members.get(p.members().get(j)));
                if (m.isEmpty()) {
                    v.add(Violation.of(path + "/members/" + j, ViolationCodes.PROJECT_UNKNOWN_MEMBER, "Project '" + p.id()
                            + "' names unknown member '" + p.members().get(j) + "'"));
                } else {
                    parties.add(m.get().party());
                }
            }
            if (!p.members().isEmpty() && parties.size() < 2 && countUnknown(members, p.members()) == 0) {
                v.add(Violation.of(path + "/members", ViolationCodes.PROJECT_SINGLE_PARTY, "Project '" + p.id()
                        + "' involves only the party " + parties.iterator().next()
                        + "; a project needs at least two parties (two municipalities are one party)"));
            }
            if (p.owner().isPresent() && !members.containsKey(p.owner().get())) {
                v.add(Violation.of(path + "/owner", ViolationCodes.PROJECT_UNKNOWN_MEMBER, "Owner '" + p.owner().get()
                        + "' of project '" + p.id() + "' is not a member"));
            }
            if (!p.totalCost().getCurrency().getCurrencyCode().equals(currency.getCurrencyCode())) {
                v.add(Violation.of(path + "/totalCost", ViolationCodes.AMOUNT_CURRENCY_MISMATCH, "Project '" + p.id()
                        + "' is costed in " + p.totalCost().getCurrency().getCurrencyCode() + ", the association in "
                        + currency.getCurrencyCode()));
            } else if (unitsFit) {
                // What a schedule needs of its amounts, checked without computing it: whole units.
                collect(v, path + "/totalCost", () -> unit.unitsOf(p.totalCost()));
                p.costByYear().forEach((year, amount) -> collect(v, path + "/costByYear/" + year, () -> unit.unitsOf(amount)));
            }
        }
    }

    private static int countUnknown(Map<MemberId, Member> members, List<MemberId> ids) {
        int n = 0;
        for (MemberId id : ids) {
            n += members.containsKey(id) ? 0 : 1;
        }
        return n;
    }

    private static void checkAmount(List<Violation> v, String path, MonetaryAmount amount, CurrencyUnit currency,
            RoundingUnit unit) {
        if (!amount.getCurrency().getCurrencyCode().equals(currency.getCurrencyCode())) {
            v.add(Violation.of(path, ViolationCodes.AMOUNT_CURRENCY_MISMATCH, "Amount "
                    + amount.getNumber().numberValue(BigDecimal.class).toPlainString() + " is in "
                    + amount.getCurrency().getCurrencyCode() + ", the association in " + currency.getCurrencyCode()));
            return;
        }
        collect(v, path, () -> unit.unitsOf(amount));
    }

    private static void collect(List<Violation> v, String path, Runnable check) {
        try {
            check.run();
        } catch (FinsamValidationException e) {
            e.violations().forEach(x -> v.add(x.under(path)));
        }
    }

    /**
     * Obtains a builder for a plan; rounding units default to one krona (the project unit to the
     * rounding unit), and there are no projects, costs, final key or equity until set.
     *
     * @param association the association
     * @param year the budget year
     * @param financing the total, or the state's contribution
     * @return a new builder
     */
    public static Builder builder(CoordinationAssociation association, int year, Financing financing) {
        return new Builder(association, year, financing);
    }

    /**
     * Computes every member's contribution for the year (F2, F5).
     *
     * @return the statutory split
     */
    public ContributionSplit contributions() {
        return association.contributions(financing, roundingUnit);
    }

    /**
     * Computes every project's cost per budget year at the project rounding unit (F7).
     *
     * @return the schedules, in project order
     */
    public List<CostSchedule> schedules() {
        return projects.stream().map(p -> p.schedule(projectRoundingUnit)).toList();
    }

    /**
     * Computes the settlement between the contributions on the association's (preliminary) municipal key
     * and on the final key (F4).
     *
     * @return the settlement, or empty when no final key is given
     */
    public Optional<Settlement> settlement() {
        return finalMunicipalKey.map(key -> Settlement.between(contributions(),
                association.withMunicipalKey(key).contributions(financing, roundingUnit)));
    }

    /**
     * Computes the budget for the year (F8), with commitments, reserve, settlement and equity.
     *
     * @return the budget
     */
    public Budget budget() {
        return new Budget(this);
    }

    /**
     * Builds an {@link AnnualPlan}; every rule is checked by {@link #build()}. Not thread-safe.
     */
    public static final class Builder {
        private final CoordinationAssociation association;
        private final int year;
        private final Financing financing;
        private RoundingUnit roundingUnit = RoundingUnit.KRONA;
        private RoundingUnit projectRoundingUnit;
        private List<Project> projects = List.of();
        private List<CostLine> costs = List.of();
        private ContributionKey finalMunicipalKey;
        private Equity equity;

        private Builder(CoordinationAssociation association, int year, Financing financing) {
            this.association = Objects.requireNonNull(association, "association");
            this.year = year;
            this.financing = Objects.requireNonNull(financing, "financing");
        }

        /**
         * Sets the rounding unit of contributions, costs and the budget (default one krona).
         *
         * @param unit the unit
         * @return this builder
         */
        public Builder roundingUnit(RoundingUnit unit) {
            this.roundingUnit = Objects.requireNonNull(unit, "unit");
            return this;
        }

        /**
         * Sets the rounding unit of project schedules (default: the rounding unit).
         *
         * @param unit the unit
         * @return this builder
         */
        public Builder projectRoundingUnit(RoundingUnit unit) {
            this.projectRoundingUnit = Objects.requireNonNull(unit, "unit");
            return this;
        }

        /**
         * Sets the projects.
         *
         * @param projects the projects, in order
         * @return this builder
         */
        public Builder projects(List<Project> projects) {
            this.projects = List.copyOf(projects);
            return this;
        }

        /**
         * Sets the costs outside the projects.
         *
         * @param costs the cost lines, in order
         * @return this builder
         */
        public Builder costs(List<CostLine> costs) {
            this.costs = List.copyOf(costs);
            return this;
        }

        /**
         * Sets the final municipal key, to settle against the association's preliminary one.
         *
         * @param key the final key, or null for none
         * @return this builder
         */
        public Builder finalMunicipalKey(ContributionKey key) {
            this.finalMunicipalKey = key;
            return this;
        }

        /**
         * Sets the equity at year end and its reasonable levels.
         *
         * @param equity the equity, or null for none
         * @return this builder
         */
        public Builder equity(Equity equity) {
            this.equity = equity;
            return this;
        }

        /**
         * Obtains the plan.
         *
         * @return the plan
         * @throws FinsamValidationException if a rule is broken
         */
        public AnnualPlan build() {
            return new AnnualPlan(association, year, financing, roundingUnit,
                    projectRoundingUnit != null ? projectRoundingUnit : roundingUnit, projects, costs,
                    Optional.ofNullable(finalMunicipalKey), Optional.ofNullable(equity));
        }
    }
}
