package se.finsam.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;
import se.finsam.member.MemberId;
import se.finsam.money.AmountFormat;
import se.finsam.money.Amounts;
import se.finsam.money.Decimals;
import se.finsam.money.RoundingUnit;
import se.finsam.period.DatePeriod;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.ValidationResult;
import se.finsam.validation.TextRules;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

/**
 * A project (insats) financed by the association (docs/domain.md, Projects and their costs per year).
 *
 * <p>Rules, all checked at once; paths as in the document format:
 * <ul>
 *   <li>the name is 1 to 200 characters and not blank ({@code /name});</li>
 *   <li>the end, inclusive, is not before the start ({@code /end}); it may be unknown only while the
 *       project is {@link ProjectStatus#PRELIMINARY preliminary} or {@link ProjectStatus#DELAYED delayed};</li>
 *   <li>the total cost is not negative ({@code /totalCost}), and all amounts are in one currency;</li>
 *   <li>with {@link CostBasis#EXPLICIT explicit} costs, the amounts per year are not negative and sum to
 *       the total ({@code /costByYear}); with other bases there are none;</li>
 *   <li>a member is named at most once ({@code /members/1}). That the members span at least two
 *       parties, and exist, is checked where the project meets the association's members.</li>
 * </ul>
 *
 * <pre>{@code
 * Project p = Project.builder(ProjectId.of("ungdomstorget"), "Ungdomstorget Nyköping")
 *         .period(LocalDate.of(2006, 8, 15), LocalDate.of(2008, 8, 14))
 *         .totalCost(Money.of(2_279_000, "SEK"))
 *         .build();
 * p.schedule(RoundingUnit.THOUSAND).amountIn(2007);   // 1 140 000 SEK
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the project's id, unique within its association
 * @param name the project's name
 * @param focus what the project is about, if said
 * @param status where the project stands
 * @param members the members taking part, if listed; empty when not listed
 * @param owner the member that runs the project, if said
 * @param period the first and last day, the last inclusive and unknown (an open end) only while the
 *     project is preliminary or delayed
 * @param totalCost the association's own cost of the project
 * @param basis how the cost is spread over budget years
 * @param costByYear with {@link CostBasis#EXPLICIT}, the cost of each year; otherwise empty
 * @param coFinancing money from other sources, beside the association's own share
 */
public record Project(ProjectId id, String name, Optional<String> focus, ProjectStatus status, List<MemberId> members,
        Optional<MemberId> owner, DatePeriod period, MonetaryAmount totalCost, CostBasis basis,
        SortedMap<Integer, MonetaryAmount> costByYear, List<CoFinancing> coFinancing) {

    /** The earliest budget year accepted. */
    public static final int MIN_YEAR = 1900;
    /** The latest budget year accepted. */
    public static final int MAX_YEAR = 2200;
    /**
     * The most budget years a project's period may span, first and last included (a project of 2006-08-15
     * to 2008-08-14 spans 3). It bounds the work of a cost schedule; Finsam projects run for months or a
     * few years.
     */
    public static final int MAX_PERIOD_YEARS = 50;

    /**
     * Validates the project; reports every problem at once.
     *
     * @param id the project's id, unique within its association
     * @param name the project's name
     * @param focus what the project is about, if said
     * @param status where the project stands
     * @param members the members taking part, if listed; empty when not listed
     * @param owner the member that runs the project, if said
     * @param period the first and last day, the last inclusive and unknown (an open end) only while the
     *     project is preliminary or delayed
     * @param totalCost the association's own cost of the project
     * @param basis how the cost is spread over budget years
     * @param costByYear with {@link CostBasis#EXPLICIT}, the cost of each year; otherwise empty
     * @param coFinancing money from other sources, beside the association's own share
     * @throws NullPointerException if a component is null
     * @throws FinsamValidationException if a rule is broken
     */
    public Project {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(focus, "focus");
        Objects.requireNonNull(status, "status");
        members = List.copyOf(Objects.requireNonNull(members, "members"));
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(totalCost, "totalCost");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(costByYear, "costByYear");
        // Most projects have no amounts per year: then no copy, unless the map orders its keys its own way.
        costByYear = costByYear.isEmpty() && costByYear.comparator() == null ? Collections.emptySortedMap()
                : Collections.unmodifiableSortedMap(new TreeMap<>(costByYear));
        coFinancing = List.copyOf(Objects.requireNonNull(coFinancing, "coFinancing"));
        check(id, name, status, members, period.start(), period.end(), totalCost, basis, costByYear, true, coFinancing)
                .throwIfInvalid(() -> "project '" + id + "'");
    }

    /**
     * Checks the rules of a project without throwing, on what is known of it: a reader that reports every
     * fault of a document at once passes {@code null} for a part it could not read (and has reported), and
     * each rule that needs that part is skipped. That the members exist and span two parties, and that the
     * amounts suit the plan's rounding unit, is checked where the project meets its plan.
     *
     * <pre>{@code
     * Project.check(id, "TROSAM", ProjectStatus.APPROVED, List.of(), LocalDate.of(2006, 6, 1),
     *         null, sek("-1"), CostBasis.MONTHS, Map.of(), true, List.of());
     *         // /totalCost amount.negative; the end could not be read, so nothing is said of it
     * }</pre>
     *
     * @param id the project's id, or null if unknown
     * @param name the name, or null if unknown
     * @param status the status, or null if unknown
     * @param members the members taking part, null elements where unknown
     * @param start the first day, or null if unknown
     * @param end the last day: empty if the project has no end, null if unknown
     * @param totalCost the total cost, or null if unknown
     * @param basis the cost basis, or null if unknown
     * @param costByYear the explicit amounts per year that could be read; empty if none are given, null if
     *     the field could not be read
     * @param costByYearComplete whether {@code costByYear} holds every amount given
     * @param coFinancing the co-financing entries, null elements where unknown
     * @return every violation, at paths below the project ({@code /end}, {@code /costByYear/2031})
     */
    @SuppressWarnings("NullableOptional") // end: empty if the project has no end, null if unknown
    public static ValidationResult check(@Nullable ProjectId id, @Nullable String name, @Nullable ProjectStatus status,
            List<@Nullable MemberId> members, @Nullable LocalDate start, @Nullable Optional<LocalDate> end,
            @Nullable MonetaryAmount totalCost, @Nullable CostBasis basis, @Nullable Map<Integer, MonetaryAmount> costByYear,
            boolean costByYearComplete, List<@Nullable CoFinancing> coFinancing) {
        Objects.requireNonNull(members, "members");
        Objects.requireNonNull(coFinancing, "coFinancing");
        List<Violation> v = new ArrayList<>();
        Label label = new Label(id);
        if (name != null) {
            TextRules.checkName("/name", ViolationCodes.PROJECT_NAME_INVALID, () -> "Name of " + label, name, v);
        }
        boolean startInRange = start != null && inRange(start.getYear());
        checkPeriod(label, start, startInRange, end, v);
        if (end != null && end.isEmpty() && status != null && !status.allowsOpenEnd()) {
            v.add(Violation.of("/end", ViolationCodes.PROJECT_END_MISSING, "Project" + (id != null ? " '" + id + "'" : "")
                    + " is " + status + " and needs an end date; only PRELIMINARY and DELAYED projects may lack one"));
        }
        if (totalCost != null && totalCost.isNegative()) {
            v.add(Violation.of("/totalCost", ViolationCodes.AMOUNT_NEGATIVE, "Total cost of " + label
                    + " must not be negative, was " + plain(totalCost)));
        }
        if (costByYear != null) {
            if (basis == null || basis == CostBasis.EXPLICIT) {
                // A start outside the years accepted is reported on its own, and bounds nothing.
                checkExplicit(label, basis != null, startInRange ? start : null, startInRange ? end : null, totalCost, costByYear,
                        costByYearComplete, v);
            } else if (!costByYear.isEmpty() || !costByYearComplete) {
                v.add(Violation.of("/costByYear", ViolationCodes.PROJECT_EXPLICIT_COSTS_UNEXPECTED, "Project"
                        + (id != null ? " '" + id + "'" : "") + " has cost basis " + basis
                        + "; amounts per year need basis EXPLICIT"));
            }
        }
        if (totalCost != null) {
            checkCurrencies(label, totalCost.getCurrency(), costByYear, coFinancing, v);
        }
        checkMembers(label, members, v);
        return ValidationResult.of(v);
    }

    /** What a message calls the project: made only when a message needs it, as a valid project has none. */
    private record Label(@Nullable ProjectId id) {
        @Override
        public String toString() {
            return id != null ? "project '" + id + "'" : "the project";
        }
    }

    /** The dates lie in the years accepted, the end not before the start, the period not too long. */
    @SuppressWarnings("NullableOptional") // end: empty if the project has no end, null if unknown
    private static void checkPeriod(Label label, @Nullable LocalDate start, boolean startInRange,
            @Nullable Optional<LocalDate> end, List<Violation> v) {
        if (start != null && !startInRange) {
            v.add(Violation.of("/start", ViolationCodes.PROJECT_YEAR_OUT_OF_RANGE, "Date " + start + " of " + label
                    + " is outside the years " + MIN_YEAR + "–" + MAX_YEAR));
        }
        if (end == null || end.isEmpty()) {
            return;
        }
        LocalDate last = end.get();
        if (!inRange(last.getYear())) {
            v.add(Violation.of("/end", ViolationCodes.PROJECT_YEAR_OUT_OF_RANGE, "Date " + last + " of " + label
                    + " is outside the years " + MIN_YEAR + "–" + MAX_YEAR));
        } else if (startInRange && DatePeriod.isEndBeforeStart(start, end)) {
            v.add(Violation.of("/end", ViolationCodes.PROJECT_END_BEFORE_START, "End " + last + " of " + label
                    + " is before its start " + start));
        } else if (startInRange && start != null) {
            long years = DatePeriod.of(start, last).yearsTouched();
            if (years > MAX_PERIOD_YEARS) {
                v.add(Violation.of("/end", ViolationCodes.PROJECT_PERIOD_TOO_LONG, "Period " + start + " to " + last
                        + " of " + label + " spans " + years + " budget years; at most " + MAX_PERIOD_YEARS + " are accepted"));
            }
        }
    }

    /** Every amount per year and every co-financing is in the currency of the total cost. */
    private static void checkCurrencies(Label label, CurrencyUnit currency, @Nullable Map<Integer, MonetaryAmount> costByYear,
            List<@Nullable CoFinancing> coFinancing, List<Violation> v) {
        if (costByYear != null) {
            costByYear.forEach((year, amount) -> {
                if (amount != null && !sameCurrency(amount, currency)) {
                    v.add(currencyMismatch("/costByYear/" + year, amount, currency, label));
                }
            });
        }
        for (int i = 0; i < coFinancing.size(); i++) {
            CoFinancing c = coFinancing.get(i);
            if (c != null && !sameCurrency(c.amount(), currency)) {
                v.add(currencyMismatch("/coFinancing/" + i + "/amount", c.amount(), currency, label));
            }
        }
    }

    /** A member is named at most once. */
    private static void checkMembers(Label label, List<MemberId> members, List<Violation> v) {
        // A project names a few members: those before it are searched, and a set is made only for a long list.
        boolean few = members.size() <= 16;
        Set<MemberId> seen = few ? Set.of() : new HashSet<>();
        for (int i = 0; i < members.size(); i++) {
            MemberId m = members.get(i);
            if (m != null && (few ? listedBefore(members, i, m) : !seen.add(m))) {
                v.add(Violation.of("/members/" + i, ViolationCodes.PROJECT_DUPLICATE_MEMBER, "Member '" + m
                        + "' is listed twice in " + label));
            }
        }
    }

    /** Whether {@code m} is among the first {@code end} members. */
    private static boolean listedBefore(List<MemberId> members, int end, MemberId m) {
        for (int j = 0; j < end; j++) {
            if (m.equals(members.get(j))) {
                return true;
            }
        }
        return false;
    }

    private static boolean inRange(int year) {
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }

    /**
     * The rules of explicit amounts per year. {@code basisKnown} is false when the basis could not be read:
     * then only the rules of each amount on its own run. {@code end} is null when unknown (or when the
     * start is unknown or out of range): then only the start bounds the years.
     */
    @SuppressWarnings("NullableOptional") // end: empty if the project has no end, null if unknown
    private static void checkExplicit(Label label, boolean basisKnown, @Nullable LocalDate start,
            @Nullable Optional<LocalDate> end, @Nullable MonetaryAmount total, Map<Integer, MonetaryAmount> byYear,
            boolean complete, List<Violation> v) {
        if (basisKnown && complete && byYear.isEmpty()) {
            v.add(Violation.of("/costByYear", ViolationCodes.PROJECT_EXPLICIT_COSTS_MISSING, "Cost basis EXPLICIT of "
                    + label + " needs the cost of at least one year"));
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        boolean summable = basisKnown && complete && total != null;
        for (Map.Entry<Integer, MonetaryAmount> e : new TreeMap<>(byYear).entrySet()) {
            int year = Objects.requireNonNull(e.getKey(), "year");
            String path = "/costByYear/" + year;
            if (!inRange(year)) {
                v.add(Violation.of(path, ViolationCodes.PROJECT_YEAR_OUT_OF_RANGE, "Year " + year + " of " + label
                        + " is outside " + MIN_YEAR + "–" + MAX_YEAR));
            } else if (start != null && year < start.getYear()) {
                v.add(Violation.of(path, ViolationCodes.PROJECT_EXPLICIT_YEAR_OUTSIDE_PERIOD, "Year " + year + " of "
                        + label + " is before its start " + start));
            } else if (start != null && end != null && end.isPresent() && !DatePeriod.isEndBeforeStart(start, end)
                    && year > end.get().getYear()) {
                v.add(Violation.of(path, ViolationCodes.PROJECT_EXPLICIT_YEAR_OUTSIDE_PERIOD, "Year " + year + " of "
                        + label + " is after its end " + end.get()));
            } else if (start != null && end != null && end.isEmpty() && year - start.getYear() + 1 > MAX_PERIOD_YEARS) {
                v.add(Violation.of(path, ViolationCodes.PROJECT_EXPLICIT_YEAR_OUTSIDE_PERIOD, "Year " + year + " of "
                        + label + ", which has no end, is more than " + (MAX_PERIOD_YEARS - 1) + " years after its start "
                        + start + "; at most " + MAX_PERIOD_YEARS + " budget years are accepted"));
            }
            MonetaryAmount amount = e.getValue();
            if (amount == null) {
                summable = false;
                continue;
            }
            if (amount.isNegative()) {
                v.add(Violation.of(path, ViolationCodes.AMOUNT_NEGATIVE, "Cost of " + label + " in " + year
                        + " must not be negative, was " + plain(amount)));
            }
            BigDecimal value = Amounts.decimal(amount);
            summable &= countable(value);
            if (summable) {
                sum = sum.add(value);
            }
        }
        if (summable && total != null) {
            BigDecimal totalValue = Amounts.decimal(total);
            if (countable(totalValue) && sum.compareTo(totalValue) != 0) {
                v.add(Violation.of("/costByYear", ViolationCodes.PROJECT_EXPLICIT_COSTS_SUM, "Costs per year of " + label
                        + " sum to " + AmountFormat.plain(sum.stripTrailingZeros()) + ", not to the total cost "
                        + AmountFormat.plain(totalValue.stripTrailingZeros())));
            }
        }
    }

    /**
     * True for an amount that some rounding unit can count: at most 40 digits before the point and 40
     * after (compared as longs, as a scale may be {@code Integer.MIN_VALUE}). Adding 1E+1000000000 to 1
     * would spell out a billion digits; such an amount is reported where its unit is known (a plan, a
     * schedule), and the sum is not checked.
     */
    private static boolean countable(BigDecimal amount) {
        BigDecimal stripped = Decimals.stripTrailingZeros(amount);
        long scale = stripped.scale();
        return scale <= 40 && stripped.precision() - scale <= 40;
    }

    private static boolean sameCurrency(MonetaryAmount amount, CurrencyUnit currency) {
        return amount.getCurrency().getCurrencyCode().equals(currency.getCurrencyCode());
    }

    private static Violation currencyMismatch(String path, MonetaryAmount amount, CurrencyUnit currency, Label label) {
        return Violation.of(path, ViolationCodes.AMOUNT_CURRENCY_MISMATCH, "Amount of " + label + " is in "
                + amount.getCurrency().getCurrencyCode() + ", its total cost in " + currency.getCurrencyCode());
    }

    private static String plain(MonetaryAmount amount) {
        return AmountFormat.plain(amount);
    }

    /**
     * Obtains a builder for a project, with status {@link ProjectStatus#APPROVED} and basis
     * {@link CostBasis#MONTHS} until set otherwise.
     *
     * @param id the project's id
     * @param name the project's name
     * @return a new builder
     */
    public static Builder builder(ProjectId id, String name) {
        return new Builder(id, name);
    }

    /**
     * Spreads the total cost over budget years, exactly at {@code unit}, by largest remainder; ties go to
     * the earlier year. See {@link CostSchedule}.
     *
     * @param unit the rounding unit of the schedule
     * @return the schedule
     * @throws FinsamValidationException if the total cost ({@code /totalCost}) or an explicit amount
     *     ({@code /costByYear/2007}) is not a whole multiple of {@code unit}
     */
    public CostSchedule schedule(RoundingUnit unit) {
        return CostSchedule.compute(this, unit);
    }

    /**
     * Returns the first day of the project's {@link #period()}.
     *
     * @return the first day
     */
    public LocalDate start() {
        return period.start();
    }

    /**
     * Returns the last day of the project's {@link #period()}, inclusive, if known.
     *
     * @return the last day, or empty if the end is open
     */
    public Optional<LocalDate> end() {
        return period.end();
    }

    /**
     * Tells whether the project has an end date.
     *
     * @return true if the end is known
     */
    public boolean hasEnd() {
        return period.hasEnd();
    }

    /**
     * Builds a {@link Project}; every rule is checked by {@link #build()}. Not thread-safe.
     */
    public static final class Builder {
        private final ProjectId id;
        private final String name;
        private Optional<String> focus = Optional.empty();
        private ProjectStatus status = ProjectStatus.APPROVED;
        private List<MemberId> members = List.of();
        private Optional<MemberId> owner = Optional.empty();
        private @Nullable LocalDate start;
        private Optional<LocalDate> end = Optional.empty();
        private @Nullable MonetaryAmount totalCost;
        private CostBasis basis = CostBasis.MONTHS;
        private SortedMap<Integer, MonetaryAmount> costByYear = Collections.emptySortedMap();
        private List<CoFinancing> coFinancing = List.of();

        private Builder(ProjectId id, String name) {
            this.id = Objects.requireNonNull(id, "id");
            this.name = Objects.requireNonNull(name, "name");
        }

        /**
         * Sets what the project is about.
         *
         * @param focus the focus, or null for none
         * @return this builder
         */
        public Builder focus(@Nullable String focus) {
            this.focus = Optional.ofNullable(focus);
            return this;
        }

        /**
         * Sets the status (default {@link ProjectStatus#APPROVED}).
         *
         * @param status the status
         * @return this builder
         */
        public Builder status(ProjectStatus status) {
            this.status = Objects.requireNonNull(status, "status");
            return this;
        }

        /**
         * Sets the members taking part.
         *
         * @param members the members' ids
         * @return this builder
         */
        public Builder members(List<MemberId> members) {
            this.members = List.copyOf(Objects.requireNonNull(members, "members"));
            return this;
        }

        /**
         * Sets the member that runs the project.
         *
         * @param owner the owner, or null for none
         * @return this builder
         */
        public Builder owner(@Nullable MemberId owner) {
            this.owner = Optional.ofNullable(owner);
            return this;
        }

        /**
         * Sets the period.
         *
         * @param startInclusive the first day
         * @param endInclusive the last day, or null if not known
         * @return this builder
         */
        public Builder period(LocalDate startInclusive, @Nullable LocalDate endInclusive) {
            this.start = Objects.requireNonNull(startInclusive, "startInclusive");
            this.end = Optional.ofNullable(endInclusive);
            return this;
        }

        /**
         * Sets the association's own cost of the project.
         *
         * @param totalCost the total cost
         * @return this builder
         */
        public Builder totalCost(MonetaryAmount totalCost) {
            this.totalCost = Objects.requireNonNull(totalCost, "totalCost");
            return this;
        }

        /**
         * Sets the cost basis (default {@link CostBasis#MONTHS}).
         *
         * @param basis the basis
         * @return this builder
         */
        public Builder basis(CostBasis basis) {
            this.basis = Objects.requireNonNull(basis, "basis");
            return this;
        }

        /**
         * Sets explicit costs per year and the basis {@link CostBasis#EXPLICIT}.
         *
         * @param costByYear the cost of each year
         * @return this builder
         */
        public Builder costByYear(Map<Integer, MonetaryAmount> costByYear) {
            this.costByYear = new TreeMap<>(Objects.requireNonNull(costByYear, "costByYear"));
            this.basis = CostBasis.EXPLICIT;
            return this;
        }

        /**
         * Sets money from other sources.
         *
         * @param coFinancing the co-financing entries
         * @return this builder
         */
        public Builder coFinancing(List<CoFinancing> coFinancing) {
            this.coFinancing = List.copyOf(Objects.requireNonNull(coFinancing, "coFinancing"));
            return this;
        }

        /**
         * Obtains the project; every part not set and every broken rule is reported at once.
         *
         * <pre>{@code
         * Project.builder(ProjectId.of("p"), "P").build();
         *         // throws: /start value.missing and /totalCost value.missing, in one exception
         * }</pre>
         *
         * @return the project
         * @throws FinsamValidationException with {@link ViolationCodes#VALUE_MISSING} at {@code /start} and
         *     {@code /totalCost} for a period or total cost not set, and every violation of the rules
         */
        public Project build() {
            List<Violation> v = new ArrayList<>();
            if (start == null) {
                v.add(Violation.of("/start", ViolationCodes.VALUE_MISSING, "Project '" + id
                        + "' has no period: call period(start, end)"));
            }
            if (totalCost == null) {
                v.add(Violation.of("/totalCost", ViolationCodes.VALUE_MISSING, "Project '" + id
                        + "' has no total cost: call totalCost(amount)"));
            }
            LocalDate first = start;
            MonetaryAmount cost = totalCost;
            if (first == null || cost == null || DatePeriod.isEndBeforeStart(first, end)) {
                // Without a period, its end is not set either: nothing is said of it.
                v.addAll(check(id, name, status, members, first, first == null ? null : end, cost, basis, costByYear,
                        true, coFinancing).violations());
                throw new FinsamValidationException("project '" + id + "'", v);
            }
            return new Project(id, name, focus, status, members, owner, DatePeriod.of(first, end), cost, basis,
                    costByYear, coFinancing);
        }
    }
}
