package se.finsam.test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.IntStream;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;
import se.finsam.association.AssociationId;
import se.finsam.association.CoordinationAssociation;
import se.finsam.budget.AnnualPlan;
import se.finsam.budget.CostCategory;
import se.finsam.budget.CostLine;
import se.finsam.contribution.Charter;
import se.finsam.contribution.ContributionKey;
import se.finsam.contribution.Financing;
import se.finsam.contribution.KeyBasis;
import se.finsam.member.Member;
import se.finsam.member.MemberId;
import se.finsam.member.MemberKind;
import se.finsam.money.RoundingUnit;
import se.finsam.national.AllocationModel;
import se.finsam.national.AssociationFigures;
import se.finsam.national.NationalAllocation;
import se.finsam.national.StateAllocation;
import se.finsam.national.SupplementaryCall;
import se.finsam.population.AgeBand;
import se.finsam.project.CostBasis;
import se.finsam.project.Project;
import se.finsam.project.ProjectId;
import se.finsam.project.ProjectStatus;

/**
 * Seeded generators of valid finsam values for property tests on JUnit, without a property-testing framework:
 * every generator draws from a {@link SplittableRandom}, so the same seed gives the same value, and a failing case
 * is replayed from its seed ({@link Seeds#forAll}).
 *
 * <p>Every generated value is valid: it is built through finsam's own factories, which check every rule, and it
 * stays within the domain's own bounds: totals up to {@link RoundingUnit#MAX_UNITS} units, head counts up to
 * {@link ContributionKey#MAX_HEAD_COUNT}, key weights within {@link ContributionKey#MAX_DIGITS} digits, 1 to
 * {@link #MAX_MUNICIPALITIES} municipalities and 1 to {@link #MAX_REGIONS} regions (within
 * {@link Charter#MAX_MEMBERS}), plan years from {@link AnnualPlan#MIN_YEAR} to {@link AnnualPlan#MAX_YEAR}. The
 * edges (one municipality, all 290, a total of zero or of {@code MAX_UNITS}) are drawn often enough that a few
 * hundred cases reach them.
 *
 * <pre>{@code
 * Seeds.forAll("my invoices sum to the municipalities' quarter", 200, random -> {
 *     CoordinationAssociation association = FinsamGenerators.association(random);
 *     ContributionSplit split = StatutorySplit.compute(association.charter(),
 *             Financing.ofTotal(FinsamGenerators.amount(random, RoundingUnit.KRONA)), RoundingUnit.KRONA);
 *     assertThat(myInvoicer.invoices(split)).hasSize(association.charter().membersOf(Party.MUNICIPALITIES).size());
 * });
 * }</pre>
 *
 * <p>{@link #planDocument(SplittableRandom)} writes a generated plan as a document (JSON text), and
 * {@link #planDocument(SplittableRandom, int)} injects known faults into one, saying which violation finsam reports
 * for each: for testing a user's import of documents and how it shows their errors.
 *
 * <p>This class is thread-safe; a {@link SplittableRandom} is not, so give each thread its own.
 */
public final class FinsamGenerators {

    /** Swedish kronor, the currency of every generated value. */
    public static final CurrencyUnit SEK = Monetary.getCurrency("SEK");

    /** The most municipalities of a generated association: every municipality of Sweden. */
    public static final int MAX_MUNICIPALITIES = 290;

    /** The most regions of a generated association. */
    public static final int MAX_REGIONS = 3;

    /** The rounding units of the document format: öre, krona, thousand kronor. */
    public static final List<RoundingUnit> UNITS = List.of(RoundingUnit.ORE, RoundingUnit.KRONA, RoundingUnit.THOUSAND);

    /**
     * The most faults {@link #planDocument(SplittableRandom, int)} injects into one document: each of a different
     * kind, on a value of its own.
     */
    public static final int MAX_INJECTED_FAULTS = 8;

    /** The reference date of generated population keys. */
    public static final LocalDate POPULATION_DATE = LocalDate.of(2006, 11, 1);

    /** Bits of a huge key weight's unscaled value: at most 29 digits, within {@link ContributionKey#MAX_DIGITS}. */
    private static final int KEY_WEIGHT_BITS = 95;
    /** A generated plan's amounts stay below this many units, so that its sums stay within MAX_UNITS. */
    private static final long PLAN_MAX_UNITS = RoundingUnit.MAX_UNITS / 16;
    private static final int MAX_PROJECTS = 6;
    private static final int MAX_NATIONAL_SMALL = 12;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static final Member FK = Member.of(MemberId.of("fk"), MemberKind.SOCIAL_INSURANCE_AGENCY, "Försäkringskassan");
    private static final Member AF = Member.of(MemberId.of("af"), MemberKind.PUBLIC_EMPLOYMENT_SERVICE, "Arbetsförmedlingen");
    /** Members are immutable, so the generated associations share them. */
    private static final List<Member> REGIONS = IntStream.range(0, MAX_REGIONS)
            .mapToObj(i -> Member.of(MemberId.of("region-" + i), MemberKind.REGION, "Region " + i, String.format("%02d", i + 1)))
            .toList();
    private static final List<Member> MUNICIPALITIES = IntStream.range(0, MAX_MUNICIPALITIES)
            .mapToObj(i -> Member.of(MemberId.of("kommun-" + i), MemberKind.MUNICIPALITY, "Kommun " + i,
                    String.valueOf(1000 + i)))
            .toList();

    private FinsamGenerators() {
    }

    /**
     * Returns a count of units to split: often small (where ties and remainders are dense), sometimes zero,
     * sometimes {@link RoundingUnit#MAX_UNITS} or just below it.
     *
     * <pre>{@code long units = FinsamGenerators.totalUnits(random);   // 0 to 10^18}</pre>
     *
     * @param random the source
     * @return the units, from 0 to {@code MAX_UNITS}
     */
    public static long totalUnits(SplittableRandom random) {
        return switch (random.nextInt(8)) {
            case 0 -> 0;
            case 1 -> RoundingUnit.MAX_UNITS - random.nextInt(4);
            case 2, 3 -> random.nextLong(1_000);
            case 4 -> random.nextLong(100_000_000);
            default -> random.nextLong(RoundingUnit.MAX_UNITS + 1);
        };
    }

    /**
     * Returns an amount in kronor that is a whole number of {@code unit}s, of {@link #totalUnits} units.
     *
     * <pre>{@code Financing.ofTotal(FinsamGenerators.amount(random, RoundingUnit.KRONA))}</pre>
     *
     * @param random the source
     * @param unit the rounding unit the amount is a multiple of
     * @return the amount, in {@link #SEK}
     */
    public static MonetaryAmount amount(SplittableRandom random, RoundingUnit unit) {
        return unit.amountOf(totalUnits(random), SEK);
    }

    /**
     * Returns one of the document format's rounding units ({@link #UNITS}).
     *
     * <pre>{@code RoundingUnit unit = FinsamGenerators.unit(random);}</pre>
     *
     * @param random the source
     * @return the unit
     */
    public static RoundingUnit unit(SplittableRandom random) {
        return UNITS.get(random.nextInt(UNITS.size()));
    }

    /**
     * Returns a valid association: Försäkringskassan, Arbetsförmedlingen, 1 to {@link #MAX_REGIONS} regions and 1
     * to {@link #MAX_MUNICIPALITIES} municipalities (most often at most 8; one and all 290 each in about one case
     * of sixteen), sometimes in shuffled order (the order is the tie order), with a municipal key and (with more
     * than one region, and sometimes with one) a regional key, each of a random {@link KeyBasis}.
     *
     * <pre>{@code CoordinationAssociation association = FinsamGenerators.association(random);}</pre>
     *
     * @param random the source
     * @return the association
     */
    public static CoordinationAssociation association(SplittableRandom random) {
        int municipalities = switch (random.nextInt(16)) {
            case 0 -> 1;
            case 1 -> MAX_MUNICIPALITIES;
            case 2, 3 -> 1 + random.nextInt(MAX_MUNICIPALITIES);
            default -> 1 + random.nextInt(8);
        };
        return association(random, municipalities, 1 + random.nextInt(MAX_REGIONS));
    }

    /**
     * Returns a valid association with the given numbers of municipalities and regions, as
     * {@link #association(SplittableRandom)} makes it.
     *
     * <pre>{@code FinsamGenerators.association(random, 9, 1);   // the shape of RAR Sörmland}</pre>
     *
     * @param random the source
     * @param municipalities how many municipalities, 1 to {@link #MAX_MUNICIPALITIES}
     * @param regions how many regions, 1 to {@link #MAX_REGIONS}
     * @return the association
     * @throws IllegalArgumentException if a count is out of its range
     */
    public static CoordinationAssociation association(SplittableRandom random, int municipalities, int regions) {
        Objects.requireNonNull(random, "random");
        if (municipalities < 1 || municipalities > MAX_MUNICIPALITIES) {
            throw new IllegalArgumentException("municipalities must be 1 to " + MAX_MUNICIPALITIES + ", was " + municipalities);
        }
        if (regions < 1 || regions > MAX_REGIONS) {
            throw new IllegalArgumentException("regions must be 1 to " + MAX_REGIONS + ", was " + regions);
        }
        List<Member> members = new ArrayList<>(2 + regions + municipalities);
        members.add(FK);
        members.add(AF);
        List<Member> regionMembers = REGIONS.subList(0, regions);
        List<Member> municipalityMembers = MUNICIPALITIES.subList(0, municipalities);
        members.addAll(regionMembers);
        members.addAll(municipalityMembers);
        if (random.nextBoolean()) {
            shuffle(random, members);
        }
        ContributionKey municipalKey = key(random, ids(municipalityMembers));
        ContributionKey regionalKey = regions > 1 || random.nextInt(4) == 0 ? key(random, ids(regionMembers)) : null;
        return CoordinationAssociation.of(AssociationId.of("generated"), "Generated association", SEK,
                Charter.of(members, municipalKey, regionalKey));
    }

    /**
     * Returns a valid key over the given members, of a random basis.
     *
     * <pre>{@code ContributionKey key = FinsamGenerators.key(random, List.of(MemberId.of("a"), MemberId.of("b")));}</pre>
     *
     * @param random the source
     * @param ids the members the key must cover, at least one
     * @return the key
     */
    public static ContributionKey key(SplittableRandom random, List<MemberId> ids) {
        KeyBasis[] bases = KeyBasis.values();
        return key(random, ids, bases[random.nextInt(bases.length)]);
    }

    /**
     * Returns a valid key over the given members, of the given basis.
     *
     * <pre>{@code FinsamGenerators.key(random, ids, KeyBasis.PERCENTAGES);   // sums to exactly 100}</pre>
     *
     * @param random the source
     * @param ids the members the key must cover, at least one
     * @param basis the basis
     * @return the key
     * @throws IllegalArgumentException if there are no members
     */
    public static ContributionKey key(SplittableRandom random, List<MemberId> ids, KeyBasis basis) {
        Objects.requireNonNull(basis, "basis");
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("a key needs at least one member");
        }
        return switch (basis) {
            case PERCENTAGES -> percentages(random, ids);
            case POPULATION -> population(random, ids);
            case WEIGHTS -> ContributionKey.ofWeights(ordered(ids, weights(random, ids.size())));
            case EQUAL -> ContributionKey.equal();
        };
    }

    /**
     * Returns percentages with 0 to 3 decimals that sum to exactly 100, zeros allowed.
     *
     * <pre>{@code FinsamGenerators.percentages(random, ids);   // e.g. 34.9, 6.3, 58.8}</pre>
     *
     * @param random the source
     * @param ids the members, at least one
     * @return the key
     */
    public static ContributionKey percentages(SplittableRandom random, List<MemberId> ids) {
        int scale = random.nextInt(4);
        long whole = 100L * BigInteger.TEN.pow(scale).longValueExact();
        long[] cuts = new long[ids.size() + 1];
        cuts[ids.size()] = whole;
        for (int i = 1; i < ids.size(); i++) {
            cuts[i] = random.nextLong(whole + 1);
        }
        Arrays.sort(cuts, 1, ids.size());
        List<BigDecimal> values = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            values.add(BigDecimal.valueOf(cuts[i + 1] - cuts[i], scale));
        }
        return ContributionKey.ofPercentages(ordered(ids, values));
    }

    /**
     * Returns head counts aged 16–64 on {@link #POPULATION_DATE}, at least one positive, sometimes up to
     * {@link ContributionKey#MAX_HEAD_COUNT}.
     *
     * <pre>{@code FinsamGenerators.population(random, ids);}</pre>
     *
     * @param random the source
     * @param ids the members, at least one
     * @return the key
     */
    public static ContributionKey population(SplittableRandom random, List<MemberId> ids) {
        Map<MemberId, Long> counts = new LinkedHashMap<>();
        long bound = random.nextInt(5) == 0 ? ContributionKey.MAX_HEAD_COUNT : 200_000;
        boolean anyPositive = false;
        for (MemberId id : ids) {
            long count = random.nextInt(8) == 0 ? 0 : random.nextLong(bound + 1);
            anyPositive |= count > 0;
            counts.put(id, count);
        }
        if (!anyPositive) {
            counts.put(ids.get(random.nextInt(ids.size())), 1 + random.nextLong(bound));
        }
        return ContributionKey.ofPopulation(counts, POPULATION_DATE, AgeBand.of(16, 64));
    }

    /**
     * Returns {@code n} non-negative weights, at least one positive, with 0 to 3 decimals: zeros, tiny integers
     * (which make ties frequent), ordinary decimals and huge values of up to 29 digits (within
     * {@link ContributionKey#MAX_DIGITS}).
     *
     * <pre>{@code List<BigDecimal> weights = FinsamGenerators.weights(random, 5);}</pre>
     *
     * @param random the source
     * @param n how many, at least one
     * @return the weights, a mutable list
     * @throws IllegalArgumentException if {@code n} is not positive
     */
    public static List<BigDecimal> weights(SplittableRandom random, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be positive, was " + n);
        }
        List<BigDecimal> weights = new ArrayList<>(n);
        boolean anyPositive = false;
        for (int i = 0; i < n; i++) {
            BigDecimal w = weight(random);
            anyPositive |= w.signum() > 0;
            weights.add(w);
        }
        if (!anyPositive) {
            weights.set(random.nextInt(n), BigDecimal.valueOf(1 + random.nextInt(1000), random.nextInt(4)));
        }
        return weights;
    }

    private static BigDecimal weight(SplittableRandom random) {
        int scale = random.nextInt(4);
        return switch (random.nextInt(10)) {
            case 0 -> BigDecimal.ZERO.setScale(scale);
            case 1, 2, 3 -> BigDecimal.valueOf(1 + random.nextInt(4)).setScale(scale);
            case 4 -> BigDecimal.valueOf(random.nextInt(1_000) + 1, scale);
            case 5, 6 -> BigDecimal.valueOf(random.nextLong(1_000_000_000L), scale);
            case 7 -> new BigDecimal(new BigInteger(20 + random.nextInt(KEY_WEIGHT_BITS - 19), new Random(random.nextLong())), scale);
            default -> BigDecimal.valueOf(random.nextInt(100_000), scale);
        };
    }

    /**
     * Shuffles a list in place with the seeded source (Fisher–Yates), so that the order is reproducible.
     *
     * <pre>{@code FinsamGenerators.shuffle(random, members);}</pre>
     *
     * @param <T> the element type
     * @param random the source
     * @param list the list to shuffle, mutable
     */
    public static <T> void shuffle(SplittableRandom random, List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }

    /**
     * Returns a valid annual plan of a generated {@link #association(SplittableRandom) association}: a budget
     * year (most often 2005–2030, sometimes at {@link AnnualPlan#MIN_YEAR} or near {@link AnnualPlan#MAX_YEAR}),
     * financing by its total or by the state's contribution, a rounding unit and a project rounding unit that is
     * a whole multiple of it, up to five cost lines, and up to six projects with cost schedules: spread over their
     * period by months or days, or given per year; decided, preliminary (some without an end) or delayed.
     * Amounts stay below {@code MAX_UNITS / 16} units each, so that every sum of the plan fits in
     * {@link RoundingUnit#MAX_UNITS}.
     *
     * <pre>{@code
     * AnnualPlan plan = FinsamGenerators.plan(random);
     * plan.contributions();   // the statutory split of its financing
     * plan.schedules();       // each project's cost per year
     * }</pre>
     *
     * @param random the source
     * @return the plan
     */
    public static AnnualPlan plan(SplittableRandom random) {
        return plan(random, 0, 0);
    }

    /**
     * A plan as {@link #plan(SplittableRandom)} makes it, with at least {@code minCosts} cost lines and
     * {@code minProjects} projects; with both 0, exactly the plan of {@code plan(random)}, drawn the same way.
     */
    static AnnualPlan plan(SplittableRandom random, int minCosts, int minProjects) {
        CoordinationAssociation association = association(random);
        int year = switch (random.nextInt(16)) {
            case 0 -> AnnualPlan.MIN_YEAR;
            case 1 -> AnnualPlan.MAX_YEAR - 3;
            default -> 2005 + random.nextInt(26);
        };
        RoundingUnit unit = unit(random);
        RoundingUnit projectUnit = UNITS.get(UNITS.indexOf(unit) + random.nextInt(UNITS.size() - UNITS.indexOf(unit)));
        long totalUnits = planUnits(random);
        Financing financing = random.nextInt(4) == 0 ? Financing.ofStateContribution(unit.amountOf(totalUnits / 2, SEK))
                : Financing.ofTotal(unit.amountOf(totalUnits, SEK));
        List<CostLine> costs = new ArrayList<>();
        CostCategory[] categories = CostCategory.values();
        int costCount = minCosts + random.nextInt(6);
        for (int i = 0; i < costCount; i++) {
            costs.add(CostLine.of(categories[random.nextInt(categories.length)], unit.amountOf(random.nextLong(totalUnits / 8 + 1), SEK)));
        }
        // The project unit is a whole multiple of the unit: the plan's total in project units, rounded down.
        long projectUnits = totalUnits / unit.unitsOf(projectUnit.value());
        List<Project> projects = new ArrayList<>();
        int projectCount = minProjects + random.nextInt(MAX_PROJECTS + 1);
        for (int i = 0; i < projectCount; i++) {
            projects.add(project(random, ProjectId.of("project-" + i), year, projectUnit, projectUnits / MAX_PROJECTS));
        }
        return AnnualPlan.builder(association, year, financing)
                .roundingUnit(unit)
                .projectRoundingUnit(projectUnit)
                .costs(costs)
                .projects(projects)
                .build();
    }

    /**
     * Returns a valid plan document: the JSON text (docs/format.md) of exactly the plan that
     * {@link #plan(SplittableRandom)} returns for the same state of {@code random}: the same JSON as finsam-json
     * writes for that plan (fields in the format's order, amounts as exact decimal strings, strings escaped as RFC
     * 8259 says), laid out for reading. finsam-json reads it back into a plan equal to {@code plan(random)}; use it to
     * test a user's import of plan documents.
     *
     * <pre>{@code
     * Seeds.forAll("every generated plan document is imported", 200, random -> {
     *     String document = FinsamGenerators.planDocument(random);
     *     assertThat(myImporter.importPlan(document).errors()).isEmpty();
     * });
     * }</pre>
     *
     * @param random the source
     * @return the document, a JSON text (encode it as UTF-8 to write it)
     */
    public static String planDocument(SplittableRandom random) {
        return PlanDocumentWriter.text(plan(random));
    }

    /**
     * Returns a plan document with exactly {@code faults} known faults injected, and the violation (JSON pointer
     * and stable code) finsam-json reports for each: validating the text reports those violations, each once, and
     * nothing else. With no faults it is the valid text of {@link #planDocument(SplittableRandom)}.
     *
     * <p>The document is that of a plan generated as {@link #plan(SplittableRandom)} makes it, made large enough
     * for the faults asked (at least as many cost lines as faults and one project more). The faults are of
     * different kinds, drawn from: a value of the wrong JSON type (the year as a string, a member's or project's
     * name, a cost line's amount), a name outside a closed set (a member kind, key basis, project status, cost
     * category), a misspelt field, percentages not summing to 100, a key or project naming a member that does not
     * exist, a blank member name, a code that does not fit the member's kind, an impossible date, a project ending
     * before it starts, a negative amount (financing, cost line, project cost), a cost line off the rounding unit,
     * a project of one party, and two projects with one id. Each value of the document takes at most one fault, and
     * no fault hides or changes another's (docs/violations.md, "Which violations can hide which"): each is
     * reported, whatever else is wrong.
     *
     * <pre>{@code
     * GeneratedDocument document = FinsamGenerators.planDocument(random, 3);
     * List<String> shown = myImporter.importPlan(document.text()).errorPaths();
     * assertThat(shown).containsExactlyInAnyOrderElementsOf(
     *         document.faults().stream().map(InjectedFault::path).toList());
     * }</pre>
     *
     * @param random the source
     * @param faults how many faults to inject, 0 to {@link #MAX_INJECTED_FAULTS}
     * @return the document and its faults
     * @throws IllegalArgumentException if {@code faults} is negative or above {@link #MAX_INJECTED_FAULTS}
     */
    public static GeneratedDocument planDocument(SplittableRandom random, int faults) {
        Objects.requireNonNull(random, "random");
        if (faults < 0 || faults > MAX_INJECTED_FAULTS) {
            throw new IllegalArgumentException("faults must be 0 to " + MAX_INJECTED_FAULTS + ", was " + faults);
        }
        AnnualPlan plan = plan(random, faults, faults == 0 ? 0 : faults + 1);
        return DocumentFaults.inject(random, plan, faults);
    }

    /** A plan's total in units: zero, small, or large but below PLAN_MAX_UNITS. */
    private static long planUnits(SplittableRandom random) {
        return switch (random.nextInt(8)) {
            case 0 -> 0;
            case 1 -> PLAN_MAX_UNITS - random.nextInt(4);
            case 2, 3 -> random.nextLong(1_000);
            default -> random.nextLong(100_000_000);
        };
    }

    /**
     * Returns a valid project around a budget year, costing at most {@code maxUnits} of {@code unit}.
     *
     * <pre>{@code FinsamGenerators.project(random, ProjectId.of("p"), 2007, RoundingUnit.THOUSAND, 5_000);}</pre>
     *
     * @param random the source
     * @param id the project's id
     * @param year the budget year the project is planned in; its period starts one year before to one year
     *     after, and lasts up to three years
     * @param unit the project rounding unit its amounts are multiples of
     * @param maxUnits the most units it costs, not negative
     * @return the project
     */
    public static Project project(SplittableRandom random, ProjectId id, int year, RoundingUnit unit, long maxUnits) {
        int startYear = Math.max(Project.MIN_YEAR, Math.min(Project.MAX_YEAR - 3, year - 1 + random.nextInt(3)));
        LocalDate start = LocalDate.of(startYear, 1 + random.nextInt(12), 1 + random.nextInt(28));
        LocalDate end = start.plusDays(random.nextInt(3 * 365));
        long units = random.nextLong(maxUnits + 1);
        Project.Builder builder = Project.builder(id, "Project " + id);
        switch (random.nextInt(5)) {
            case 0 -> builder.status(ProjectStatus.PRELIMINARY).period(start, random.nextBoolean() ? null : end);
            case 1 -> {
                // Explicit costs per year over the period, summing to the total.
                builder.status(ProjectStatus.DELAYED).period(start, end);
                Map<Integer, MonetaryAmount> byYear = new TreeMap<>();
                long left = units;
                for (int y = start.getYear(); y < end.getYear(); y++) {
                    long part = random.nextLong(left + 1);
                    byYear.put(y, unit.amountOf(part, SEK));
                    left -= part;
                }
                byYear.put(end.getYear(), unit.amountOf(left, SEK));
                builder.costByYear(byYear);
            }
            case 2 -> builder.status(ProjectStatus.RUNNING).period(start, end).basis(CostBasis.DAYS);
            default -> builder.status(ProjectStatus.APPROVED).period(start, end);
        }
        return builder.totalCost(unit.amountOf(units, SEK)).build();
    }

    /**
     * Returns a valid national allocation, computed by
     * {@link NationalAllocation#allocate(Year, MonetaryAmount, AllocationModel, List, SupplementaryCall, RoundingUnit, String)}
     * with a plausible model: a base, weights of försörjningsmått and population summing to 100, and sometimes a
     * limit on decrease (with the previous year's allocations it is measured from) and on increase, chosen so
     * that the limits can be met; 1 to 12 associations (sometimes up to {@link StateAllocation#MAX_ASSOCIATIONS}),
     * with figures now and then as large as {@link AssociationFigures#MAX_POPULATION} allows; sometimes a call for
     * supplementary funds with requests, matching offers and charters.
     *
     * <pre>{@code
     * NationalAllocation national = FinsamGenerators.nationalAllocation(random);
     * national.totals();   // the allocations, grants and what is left sum to the appropriation
     * }</pre>
     *
     * @param random the source
     * @return the national allocation
     */
    public static NationalAllocation nationalAllocation(SplittableRandom random) {
        RoundingUnit unit = unit(random);
        int n = switch (random.nextInt(16)) {
            case 0 -> StateAllocation.MAX_ASSOCIATIONS;
            case 1, 2 -> 1 + random.nextInt(StateAllocation.MAX_ASSOCIATIONS);
            default -> 1 + random.nextInt(MAX_NATIONAL_SMALL);
        };
        long base = random.nextInt(5) == 0 ? 0 : random.nextLong(1, 500_000);
        BigDecimal supportWeight = switch (random.nextInt(5)) {
            case 0 -> BigDecimal.ZERO;
            case 1 -> HUNDRED;
            case 2 -> BigDecimal.valueOf(random.nextInt(1001), 1);
            default -> BigDecimal.valueOf(random.nextInt(101));
        };
        BigDecimal maxDecrease = random.nextInt(3) == 0 ? null : BigDecimal.valueOf(random.nextInt(501), 1);
        BigDecimal maxIncrease = random.nextInt(3) == 0 ? BigDecimal.valueOf(random.nextInt(1001), 1) : null;
        AllocationModel model = AllocationModel.of(unit.amountOf(base, SEK), supportWeight, HUNDRED.subtract(supportWeight),
                maxDecrease, maxIncrease);
        boolean huge = random.nextInt(8) == 0;
        boolean previousYear = maxDecrease != null || maxIncrease != null || random.nextBoolean();
        List<AssociationFigures> figures = new ArrayList<>(n);
        long lowerSum = 0;
        long room = 0;
        for (int i = 0; i < n; i++) {
            // Positive figures: every association has weight, so the limits on increase can always be met.
            long population = random.nextLong(1, huge ? AssociationFigures.MAX_POPULATION / StateAllocation.MAX_ASSOCIATIONS : 500_000);
            BigDecimal measure = huge
                    ? BigDecimal.valueOf(random.nextLong(1, AssociationFigures.MAX_SUPPORT_MEASURE.longValueExact()),
                            AssociationFigures.MAX_SUPPORT_MEASURE_DECIMALS)
                    : BigDecimal.valueOf(random.nextLong(1, 10_000_000), random.nextInt(4));
            AssociationFigures f = AssociationFigures.of(AssociationId.of("forbund-" + i), "Förbund " + i, population, measure)
                    .withEquityAboveReasonableLevel(random.nextInt(5) == 0);
            long previous = 0;
            if (previousYear) {
                previous = random.nextLong(base / 2, base + 2_000_000 + 1);
                f = f.withPreviousAllocation(unit.amountOf(previous, SEK));
            }
            // Whatever the limits, an association's floor is at most max(base, previous) and its ceiling at least that.
            lowerSum += Math.max(base, previous);
            if (maxIncrease != null && previous >= base) {
                room += BigDecimal.valueOf(previous).multiply(maxIncrease).divide(HUNDRED, 0, RoundingMode.FLOOR).longValueExact();
            }
            figures.add(f);
        }
        long amount = lowerSum + random.nextLong(0, (maxIncrease == null ? 2_000_000L * n : room) + 1);
        @Nullable SupplementaryCall call = null;
        long pot = 0;
        if (random.nextInt(3) == 0) {
            pot = random.nextLong(0, 20_000_000);
            call = SupplementaryCall.of(unit.amountOf(pot, SEK), unit.amountOf(random.nextLong(0, 2_000_000), SEK));
            for (int i = 0; i < n; i++) {
                if (random.nextInt(3) == 0) {
                    figures.set(i, figures.get(i).withSupplementaryRequest(unit.amountOf(random.nextLong(0, 3_000_000), SEK)));
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (random.nextInt(6) == 0) {
                figures.set(i, figures.get(i).withMatchingOffer(unit.amountOf(random.nextLong(0, 5_000_000), SEK)));
            }
            if (n <= MAX_NATIONAL_SMALL && random.nextInt(4) == 0) {
                figures.set(i, figures.get(i).withCharter(association(random, 1 + random.nextInt(8), 1 + random.nextInt(MAX_REGIONS))
                        .charter()));
            }
        }
        return NationalAllocation.allocate(Year.of(2016 + random.nextInt(10)), unit.amountOf(amount + pot, SEK), model, figures,
                call, unit, null);
    }

    private static List<MemberId> ids(List<Member> members) {
        return members.stream().map(Member::id).toList();
    }

    private static Map<MemberId, BigDecimal> ordered(List<MemberId> ids, List<BigDecimal> values) {
        Map<MemberId, BigDecimal> map = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            map.put(ids.get(i), values.get(i));
        }
        return map;
    }
}
