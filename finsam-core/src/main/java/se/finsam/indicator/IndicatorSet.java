package se.finsam.indicator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.money.CurrencyUnit;
import org.jspecify.annotations.Nullable;
import se.finsam.population.AgeBand;
import se.finsam.member.Member;
import se.finsam.member.MemberId;
import se.finsam.member.MemberKind;
import se.finsam.provenance.Source;
import se.finsam.money.Amounts;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.TextRules;
import se.finsam.validation.ValidationResult;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

/**
 * A data set of indicators: municipalities, the areas aggregated from them (associations, counties),
 * and for each period the försörjningsmått figures ({@code support}) and the ohälsotal figures
 * ({@code illHealth}) of every municipality. The indicators of an aggregated area are computed from its
 * municipalities' figures, weighing by population; each support period is compared with the one
 * before it.
 *
 * <p>Rules, all checked at once, paths as in the document format:
 * <ul>
 *   <li>{@code /name}, {@code /note}, {@code /support/P/note}: names and notes ({@link TextRules});</li>
 *   <li>{@code /municipalities}: at least one ({@link ViolationCodes#MUNICIPALITY_NONE}); ids unique among
 *       municipalities and aggregated areas ({@link ViolationCodes#MUNICIPALITY_DUPLICATE});</li>
 *   <li>{@code /aggregates/A/municipalities/I}: a declared municipality ({@link ViolationCodes#MUNICIPALITY_UNKNOWN});</li>
 *   <li>{@code /support/P/figures/ID}: figures only for declared municipalities
 *       ({@link ViolationCodes#MUNICIPALITY_UNKNOWN}) and for every one of them
 *       ({@link ViolationCodes#INDICATOR_FIGURES_MISSING} at {@code /support/P/figures}), payments in
 *       the set's currency ({@link ViolationCodes#AMOUNT_CURRENCY_MISMATCH});</li>
 *   <li>{@code /illHealth/P/end}: every ill-health period is twelve months
 *       ({@link ViolationCodes#PERIOD_NOT_TWELVE_MONTHS}).</li>
 * </ul>
 *
 * <pre>{@code
 * IndicatorSet set = IndicatorSet.of("Samordningsförbundet Norra Västmanland", null, sek, AgeBand.parse("16-64"),
 *         municipalities, List.of(association), support, List.of());
 * set.supportMeasure(1, MemberId.of("norra-vastmanland")).rate();   // the association's försörjningsmått
 * set.supportComparison(1, MemberId.of("norberg")).rateChange();    // Norberg's change since period 0
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param name the set's name, for people, e.g. the association's
 * @param note a note for people, e.g. which figures are published and which illustrative
 * @param currency the currency of every payment
 * @param ageBand the ages every population counts
 * @param municipalities the municipalities, in order (kind {@code MUNICIPALITY})
 * @param aggregates the areas aggregated from them, in order
 * @param support the försörjningsmått periods, in order; each is compared with the one before it
 * @param illHealth the ohälsotal periods, in order, each twelve months
 * @param populationSource where the support periods' populations came from, when taken from a population
 *     table ({@link #withPopulations}); empty when the document gives them
 * @param keyFigures key figures published for the municipalities (Kolada's, say), shown beside the computed
 *     indicators with their sources ({@link #withKeyFigures}); empty when none
 */
public record IndicatorSet(String name, Optional<String> note, CurrencyUnit currency, AgeBand ageBand,
        List<Member> municipalities, List<AreaGroup> aggregates, List<IndicatorPeriod<SupportFigures>> support,
        List<IndicatorPeriod<IllHealthFigures>> illHealth, Optional<Source> populationSource, List<KeyFigures> keyFigures) {

    /**
     * Validates the set; reports every problem at once.
     *
     * @param name the set's name, for people, e.g. the association's
     * @param note a note for people, e.g. which figures are published and which illustrative
     * @param currency the currency of every payment
     * @param ageBand the ages every population counts
     * @param municipalities the municipalities, in order (kind {@code MUNICIPALITY})
     * @param aggregates the areas aggregated from them, in order
     * @param support the försörjningsmått periods, in order; each is compared with the one before it
     * @param illHealth the ohälsotal periods, in order, each twelve months
     * @param populationSource where the populations came from, if from a population table
     * @param keyFigures key figures published for the municipalities
     * @throws NullPointerException if a component or element is null
     * @throws IllegalArgumentException if a municipality is not of kind {@code MUNICIPALITY}
     * @throws FinsamValidationException if a rule is broken (see the class description), or a key figure
     *     names a municipality the set does not declare ({@link ViolationCodes#MUNICIPALITY_UNKNOWN} at
     *     {@code /keyFigures/K/figures/I/municipality})
     */
    public IndicatorSet {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(ageBand, "ageBand");
        municipalities = List.copyOf(Objects.requireNonNull(municipalities, "municipalities"));
        aggregates = List.copyOf(Objects.requireNonNull(aggregates, "aggregates"));
        support = List.copyOf(Objects.requireNonNull(support, "support"));
        illHealth = List.copyOf(Objects.requireNonNull(illHealth, "illHealth"));
        Objects.requireNonNull(populationSource, "populationSource");
        keyFigures = List.copyOf(Objects.requireNonNull(keyFigures, "keyFigures"));
        List<MemberId> ids = new ArrayList<>(municipalities.size());
        for (Member m : municipalities) {
            if (m.kind() != MemberKind.MUNICIPALITY) {
                throw new IllegalArgumentException("Member '" + m.id() + "' is " + m.kind() + ", not a municipality");
            }
            ids.add(m.id());
        }
        List<PartialArea> areas = new ArrayList<>(aggregates.size());
        aggregates.forEach(g -> areas.add(PartialArea.of(g)));
        check(name, note, currency, ids, areas, partial(support), partial(illHealth)).and(checkKeyFigures(ids, keyFigures))
                .throwIfInvalid("indicator set");
    }

    /**
     * Validates a set without imported figures: the populations as the document gives them, no key figures.
     *
     * @param name the set's name, for people, e.g. the association's
     * @param note a note for people, e.g. which figures are published and which illustrative
     * @param currency the currency of every payment
     * @param ageBand the ages every population counts
     * @param municipalities the municipalities, in order (kind {@code MUNICIPALITY})
     * @param aggregates the areas aggregated from them, in order
     * @param support the försörjningsmått periods, in order; each is compared with the one before it
     * @param illHealth the ohälsotal periods, in order, each twelve months
     * @throws NullPointerException if a component or element is null
     * @throws IllegalArgumentException if a municipality is not of kind {@code MUNICIPALITY}
     * @throws FinsamValidationException if a rule is broken (see the class description)
     */
    public IndicatorSet(String name, Optional<String> note, CurrencyUnit currency, AgeBand ageBand,
            List<Member> municipalities, List<AreaGroup> aggregates, List<IndicatorPeriod<SupportFigures>> support,
            List<IndicatorPeriod<IllHealthFigures>> illHealth) {
        this(name, note, currency, ageBand, municipalities, aggregates, support, illHealth, Optional.empty(), List.of());
    }

    private static ValidationResult checkKeyFigures(List<MemberId> municipalities, List<KeyFigures> keyFigures) {
        Set<MemberId> declared = new HashSet<>(municipalities);
        List<Violation> violations = new ArrayList<>();
        for (int k = 0; k < keyFigures.size(); k++) {
            List<KeyFigures.Figure> figures = keyFigures.get(k).figures();
            for (int i = 0; i < figures.size(); i++) {
                MemberId id = figures.get(i).municipality();
                if (!declared.contains(id)) {
                    violations.add(Violation.of(Violation.pointer("keyFigures", k, "figures", i, "municipality"),
                            ViolationCodes.MUNICIPALITY_UNKNOWN, "Key figure " + keyFigures.get(k).id() + " of '" + id
                                    + "', which is not among the municipalities"));
                }
            }
        }
        return ValidationResult.of(violations);
    }

    /**
     * Returns this set with the populations of its support periods taken from a population table: each
     * municipality's head count in the set's age band, the same in every period, and the table named as their
     * source (docs/statistics.md).
     *
     * @param populations each municipality's head count, for every municipality of the set
     * @param source the population table
     * @return the set with those populations
     * @throws IllegalArgumentException if a municipality of the set has no head count
     * @throws FinsamValidationException if a head count is out of range
     *     ({@link ViolationCodes#POPULATION_OUT_OF_RANGE}), or an aggregate's sum is
     */
    public IndicatorSet withPopulations(Map<MemberId, Long> populations, Source source) {
        Objects.requireNonNull(populations, "populations");
        Objects.requireNonNull(source, "source");
        for (Member m : municipalities) {
            if (!populations.containsKey(m.id())) {
                throw new IllegalArgumentException("No population for '" + m.id() + "'");
            }
        }
        List<IndicatorPeriod<SupportFigures>> periods = new ArrayList<>(support.size());
        for (IndicatorPeriod<SupportFigures> period : support) {
            Map<MemberId, SupportFigures> figures = new LinkedHashMap<>(period.figures().size() * 2);
            period.figures().forEach((id, f) -> figures.put(id, new SupportFigures(
                    Objects.requireNonNull(populations.get(id), "a valid set's figures are of its municipalities"),
                    f.payments(), f.fullYearEquivalents())));
            periods.add(new IndicatorPeriod<>(period.period(), figures, period.note()));
        }
        return new IndicatorSet(name, note, currency, ageBand, municipalities, aggregates, periods, illHealth,
                Optional.of(source), keyFigures);
    }

    /**
     * Returns this set with key figures published for its municipalities, shown beside the computed indicators.
     *
     * @param figures the key figures, each of the set's municipalities only
     * @return the set with them (replacing any it had)
     * @throws FinsamValidationException if a figure names a municipality the set does not declare
     */
    public IndicatorSet withKeyFigures(List<KeyFigures> figures) {
        return new IndicatorSet(name, note, currency, ageBand, municipalities, aggregates, support, illHealth,
                populationSource, figures);
    }

    private static <F> List<PartialPeriod<F>> partial(List<IndicatorPeriod<F>> periods) {
        List<PartialPeriod<F>> list = new ArrayList<>(periods.size());
        periods.forEach(p -> list.add(PartialPeriod.of(p)));
        return list;
    }

    /**
     * What the set's rules need of an aggregated area while a document is read: its id and the
     * municipalities it names, either of which may be unknown (null).
     *
     * @param id the area's id, or null if unknown
     * @param municipalities the municipalities it names in order, null where unknown; null if unknown
     */
    public record PartialArea(@Nullable MemberId id, @Nullable List<@Nullable MemberId> municipalities) {

        /**
         * Copies the municipalities, null elements included.
         *
         * @param id the area's id, or null if unknown
         * @param municipalities the municipalities it names, null where unknown; null if unknown
         */
        public PartialArea {
            municipalities = municipalities == null ? null : Collections.unmodifiableList(new ArrayList<>(municipalities));
        }

        /**
         * Obtains everything the set's rules need of an area.
         *
         * @param area the area
         * @return the partial area, with nothing unknown
         */
        public static PartialArea of(AreaGroup area) {
            return new PartialArea(area.id(), area.municipalities());
        }
    }

    /**
     * What the set's rules need of a period while a document is read: the period, its note, and the
     * figures of each municipality it names, any of which may be unknown (null).
     *
     * @param <F> the kind of figures: {@link SupportFigures} or {@link IllHealthFigures}
     * @param period the period, or null if unknown (a date could not be read, or the end is before the start)
     * @param note the note; empty if not given, null if given but unknown
     * @param figures the figures of each municipality named, in order, a null value where they could not
     *     be read or break a rule; null if unknown
     * @param complete whether {@code figures} names every municipality the document named (false when a
     *     name was not a municipality id, so that no municipality is reported missing)
     */
    @SuppressWarnings("NullableOptional") // note: empty if not given, null if given but unreadable
    public record PartialPeriod<F>(@Nullable ReportingPeriod period, @Nullable Optional<String> note,
            @Nullable Map<MemberId, @Nullable F> figures, boolean complete) {

        /**
         * Copies the figures, null values included, in their order.
         *
         * @param period the period, or null if unknown
         * @param note the note; empty if not given, null if given but unknown
         * @param figures the figures of each municipality named, null where unknown; null if unknown
         * @param complete whether {@code figures} names every municipality the document named
         */
        public PartialPeriod {
            figures = figures == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(figures));
        }

        /**
         * Obtains everything the set's rules need of a period.
         *
         * @param <F> the kind of figures
         * @param period the period
         * @return the partial period, with nothing unknown
         */
        public static <F> PartialPeriod<F> of(IndicatorPeriod<F> period) {
            return new PartialPeriod<>(period.period(), period.note(), period.figures(), true);
        }
    }

    /**
     * Checks the rules of a set (see the class description) without throwing, on what is known of it: a
     * reader that reports every fault of a document at once passes {@code null} for a part it could not
     * read (and has reported), and the rules that need that part are skipped. With a municipality of
     * unknown id, no figures and no area are reported to name an unknown municipality (they could name
     * that one); with a period whose names are not {@link PartialPeriod#complete() complete}, no
     * municipality is reported missing from it; an aggregated area's sums are checked only in periods
     * where every one of its municipalities' figures is known.
     *
     * <pre>{@code
     * IndicatorSet.check("Västra Mälardalen", Optional.empty(), sek, Arrays.asList(koping, null),
     *         List.of(new PartialArea(vm, List.of(koping, kungsor))), List.of(), List.of());
     *         // nothing: kungsor could be the municipality whose id could not be read
     * IndicatorSet.check("Västra Mälardalen", Optional.empty(), sek, List.of(koping, arboga),
     *         List.of(new PartialArea(vm, List.of(koping, kungsor))), List.of(), List.of());
     *         // /aggregates/0/municipalities/1 municipality.unknown
     * }</pre>
     *
     * @param name the set's name, or null if unknown
     * @param note the note; empty if not given, null if given but unknown
     * @param currency the currency of every payment, or null if unknown
     * @param municipalities the municipalities' ids in order, null where unknown; null if unknown
     * @param aggregates what is known of each aggregated area, in order; null if unknown
     * @param support what is known of each försörjningsmått period, in order; null if unknown
     * @param illHealth what is known of each ohälsotal period, in order; null if unknown
     * @return every violation, located as in the document format
     */
    @SuppressWarnings("NullableOptional") // note: empty if not given, null if given but unreadable
    public static ValidationResult check(@Nullable String name, @Nullable Optional<String> note,
            @Nullable CurrencyUnit currency, @Nullable List<@Nullable MemberId> municipalities,
            @Nullable List<PartialArea> aggregates, @Nullable List<PartialPeriod<SupportFigures>> support,
            @Nullable List<PartialPeriod<IllHealthFigures>> illHealth) {
        List<Violation> violations = new ArrayList<>();
        if (name != null) {
            TextRules.checkName("/name", name, violations);
        }
        if (note != null) {
            TextRules.checkNote("/note", note, violations);
        }
        if (currency != null) {
            Amounts.problemOfCurrency(currency).ifPresent(p -> violations.add(Violation.of("/currency",
                    ViolationCodes.CURRENCY_INVALID, p)));
        }
        Map<MemberId, String> ids = new HashMap<>();
        Set<MemberId> declared = municipalities == null ? null : declareMunicipalities(municipalities, ids, violations);
        if (aggregates != null) {
            checkAggregates(aggregates, declared, ids, violations);
        }
        boolean oneCurrency = true;
        if (support != null) {
            for (int p = 0; p < support.size(); p++) {
                PartialPeriod<SupportFigures> period = support.get(p);
                checkPeriod("support", p, period, municipalities, declared, violations);
                oneCurrency &= checkCurrency(p, period, currency, violations);
            }
        }
        if (illHealth != null) {
            for (int p = 0; p < illHealth.size(); p++) {
                PartialPeriod<IllHealthFigures> period = illHealth.get(p);
                checkPeriod("illHealth", p, period, municipalities, declared, violations);
                if (period.period() != null && !period.period().isTwelveMonths()) {
                    violations.add(Violation.of(Violation.pointer("illHealth", p, "end"), ViolationCodes.PERIOD_NOT_TWELVE_MONTHS,
                            "Ohälsotal and sjukpenningtal count twelve months, but " + period.period() + " is "
                                    + period.period().days() + " days; twelve months end the day before the start's date a year later"));
                }
            }
        }
        if (aggregates != null) {
            // Payments in another currency are reported above, not again as a sum that cannot be formed.
            checkAggregatesAddUp(aggregates, oneCurrency ? support : null, illHealth, violations);
        }
        return ValidationResult.of(violations);
    }

    /**
     * At least one municipality, ids unique; returns the ids, or null if one is unknown (then no name
     * elsewhere can be said to be unknown).
     */
    private static @Nullable Set<MemberId> declareMunicipalities(List<@Nullable MemberId> municipalities, Map<MemberId, String> ids,
            List<Violation> violations) {
        if (municipalities.isEmpty()) {
            violations.add(Violation.of("/municipalities", ViolationCodes.MUNICIPALITY_NONE, "An indicator set needs at least one municipality"));
        }
        boolean idUnknown = false;
        for (int i = 0; i < municipalities.size(); i++) {
            MemberId id = municipalities.get(i);
            if (id == null) {
                idUnknown = true;
            } else {
                declare(ids, id, Violation.pointer("municipalities", i, "id"), violations);
            }
        }
        return idUnknown ? null : new HashSet<>(municipalities);
    }

    /** Area ids unique among all areas; every municipality an area names is declared (when all are known). */
    private static void checkAggregates(List<PartialArea> aggregates, @Nullable Set<MemberId> declared, Map<MemberId, String> ids,
            List<Violation> violations) {
        for (int a = 0; a < aggregates.size(); a++) {
            PartialArea group = aggregates.get(a);
            if (group.id() != null) {
                declare(ids, group.id(), Violation.pointer("aggregates", a, "id"), violations);
            }
            if (group.municipalities() == null || declared == null) {
                continue;
            }
            for (int i = 0; i < group.municipalities().size(); i++) {
                MemberId id = group.municipalities().get(i);
                if (id != null && !declared.contains(id)) {
                    violations.add(Violation.of(Violation.pointer("aggregates", a, "municipalities", i),
                            ViolationCodes.MUNICIPALITY_UNKNOWN, (group.id() != null ? "Area '" + group.id() + "'" : "The area")
                                    + " names municipality '" + id + "', which is not among the municipalities"));
                }
            }
        }
    }

    /**
     * Obtains an indicator set.
     *
     * @param name the name
     * @param note a note for people, or null
     * @param currency the currency of every payment
     * @param ageBand the ages every population counts
     * @param municipalities the municipalities
     * @param aggregates the areas aggregated from them
     * @param support the försörjningsmått periods
     * @param illHealth the ohälsotal periods
     * @return the set
     * @throws FinsamValidationException if a rule is broken
     */
    public static IndicatorSet of(String name, @Nullable String note, CurrencyUnit currency, AgeBand ageBand,
            List<Member> municipalities,
            List<AreaGroup> aggregates, List<IndicatorPeriod<SupportFigures>> support,
            List<IndicatorPeriod<IllHealthFigures>> illHealth) {
        return new IndicatorSet(name, Optional.ofNullable(note), currency, ageBand, municipalities, aggregates, support,
                illHealth);
    }

    private static void declare(Map<MemberId, String> ids, MemberId id, String path, List<Violation> violations) {
        String earlier = ids.putIfAbsent(id, path);
        if (earlier != null) {
            violations.add(Violation.of(path, ViolationCodes.MUNICIPALITY_DUPLICATE, "Id '" + id + "' is declared twice, first at "
                    + earlier));
        }
    }

    /**
     * The note; figures only for declared municipalities (when every id is known) and for every one of
     * them (when the period's names are complete).
     */
    private static void checkPeriod(String section, int p, PartialPeriod<?> period,
            @Nullable List<@Nullable MemberId> municipalities, @Nullable Set<MemberId> declared, List<Violation> violations) {
        if (period.note() != null) {
            TextRules.checkNote(Violation.pointer(section, p, "note"), period.note(), violations);
        }
        Map<MemberId, ?> figures = period.figures();
        if (figures == null) {
            return;
        }
        if (declared != null) {
            for (MemberId id : figures.keySet()) {
                if (!declared.contains(id)) {
                    violations.add(Violation.of(Violation.pointer(section, p, "figures", id), ViolationCodes.MUNICIPALITY_UNKNOWN,
                            "Figures for '" + id + "', which is not among the municipalities"));
                }
            }
        }
        if (municipalities != null && period.complete()) {
            List<String> missing = municipalities.stream().filter(id -> id != null && !figures.containsKey(id))
                    .map(MemberId::value).toList();
            if (!missing.isEmpty()) {
                violations.add(Violation.of(Violation.pointer(section, p, "figures"), ViolationCodes.INDICATOR_FIGURES_MISSING,
                        "Period " + (period.period() != null ? period.period() + " " : p + " ") + "has no figures for "
                                + String.join(", ", missing)));
            }
        }
    }

    /** Payments in the set's currency (when it is known); false if some are not. */
    private static boolean checkCurrency(int p, PartialPeriod<SupportFigures> period, @Nullable CurrencyUnit currency,
            List<Violation> violations) {
        if (currency == null || period.figures() == null) {
            return true;
        }
        boolean same = true;
        for (Map.Entry<MemberId, SupportFigures> e : period.figures().entrySet()) {
            if (e.getValue() == null) {
                continue;
            }
            CurrencyUnit given = e.getValue().currency();
            if (!given.getCurrencyCode().equals(currency.getCurrencyCode())) {
                violations.add(Violation.of(Violation.pointer("support", p, "figures", e.getKey(), "payments"),
                        ViolationCodes.AMOUNT_CURRENCY_MISMATCH, "Payments of '" + e.getKey() + "' are in "
                                + given.getCurrencyCode() + ", the set's currency is " + currency.getCurrencyCode()));
                same = false;
            }
        }
        return same;
    }

    /**
     * Aggregates can only fail by summing beyond the limits; say so now rather than when reporting. Each
     * area is added up in every period where all its municipalities' figures are known.
     */
    private static void checkAggregatesAddUp(List<PartialArea> aggregates,
            @Nullable List<PartialPeriod<SupportFigures>> support, @Nullable List<PartialPeriod<IllHealthFigures>> illHealth,
            List<Violation> violations) {
        List<PartialPeriod<SupportFigures>> supportPeriods = support != null ? support : List.of();
        List<PartialPeriod<IllHealthFigures>> illHealthPeriods = illHealth != null ? illHealth : List.of();
        // Each municipality's numbers taken out once per period: a municipality may belong to many areas.
        List<@Nullable Map<MemberId, SupportFigures.Numbers>> numbers = new ArrayList<>();
        for (PartialPeriod<SupportFigures> period : supportPeriods) {
            Map<MemberId, SupportFigures.Numbers> known = null;
            if (period.figures() != null) {
                known = new HashMap<>(period.figures().size() * 2);
                for (Map.Entry<MemberId, SupportFigures> e : period.figures().entrySet()) {
                    if (e.getValue() != null) {
                        known.put(e.getKey(), SupportFigures.Numbers.of(e.getValue()));
                    }
                }
            }
            numbers.add(known);
        }
        for (int a = 0; a < aggregates.size(); a++) {
            List<@Nullable MemberId> members = aggregates.get(a).municipalities();
            if (members == null || members.isEmpty()) {
                continue;
            }
            String path = Violation.pointer("aggregates", a);
            for (int p = 0; p < numbers.size(); p++) {
                @Nullable Map<MemberId, SupportFigures.Numbers> known = numbers.get(p);
                List<SupportFigures.Numbers> parts = known == null ? null : parts(members, known);
                if (parts != null) {
                    tryAdding(path, "support", p, supportPeriods.get(p), () -> SupportFigures.sumOf(parts), violations);
                }
            }
            for (int p = 0; p < illHealthPeriods.size(); p++) {
                List<IllHealthFigures> parts = parts(members, illHealthPeriods.get(p));
                if (parts != null) {
                    tryAdding(path, "illHealth", p, illHealthPeriods.get(p), () -> IllHealthFigures.sum(parts), violations);
                }
            }
        }
    }

    /** The figures of each municipality of an area in a period, or null if any of them is unknown. */
    private static <F> @Nullable List<F> parts(List<@Nullable MemberId> members, PartialPeriod<F> period) {
        Map<MemberId, @Nullable F> figures = period.figures();
        return figures == null ? null : parts(members, figures);
    }

    /** The figures of each municipality of an area, or null if any of them is unknown. */
    private static <F> @Nullable List<F> parts(List<@Nullable MemberId> members, Map<MemberId, @Nullable F> figures) {
        List<F> parts = new ArrayList<>(members.size());
        for (MemberId id : members) {
            F f = id == null ? null : figures.get(id);
            if (f == null) {
                return null;
            }
            parts.add(f);
        }
        return parts;
    }

    /** Adds up an area's figures in a period; a sum out of range is reported at the area, naming the period. */
    private static void tryAdding(String path, String section, int p, PartialPeriod<?> period, Supplier<?> sum,
            List<Violation> violations) {
        try {
            Object unused = sum.get(); // formed for its exception only: the sum itself is made again when the set is built
        } catch (FinsamValidationException e) {
            String which = section + " period " + p + (period.period() != null ? " (" + period.period() + ")" : "");
            e.violations().forEach(v -> violations.add(Violation.of(path, v.code(), "Aggregated figures of " + which + ": "
                    + v.message())));
        }
    }

    /**
     * Returns the ids of every area: the municipalities, then the aggregated areas, in order.
     *
     * @return the ids, unmodifiable
     */
    public List<MemberId> areaIds() {
        List<MemberId> ids = new ArrayList<>(municipalities.size() + aggregates.size());
        municipalities.forEach(m -> ids.add(m.id()));
        aggregates.forEach(g -> ids.add(g.id()));
        return List.copyOf(ids);
    }

    /**
     * Returns the name of an area.
     *
     * @param area a municipality or aggregated area
     * @return its name
     * @throws IllegalArgumentException if there is no such area
     */
    public String areaName(MemberId area) {
        return aggregate(area).map(AreaGroup::name).orElseGet(() -> municipality(area).name());
    }

    /**
     * Returns the aggregated area of an id, if it is one.
     *
     * @param area the id
     * @return the aggregated area, or empty if the id is a municipality's
     * @throws IllegalArgumentException if there is no such area
     */
    public Optional<AreaGroup> aggregate(MemberId area) {
        Objects.requireNonNull(area, "area");
        for (AreaGroup group : aggregates) {
            if (group.id().equals(area)) {
                return Optional.of(group);
            }
        }
        municipality(area);
        return Optional.empty();
    }

    private Member municipality(MemberId id) {
        for (Member m : municipalities) {
            if (m.id().equals(id)) {
                return m;
            }
        }
        throw new IllegalArgumentException("No area '" + id + "' in indicator set '" + name + "'");
    }

    /**
     * Returns the name of every area, in the order of {@link #areaIds()}.
     *
     * @return the names, unmodifiable
     */
    public List<String> areaNames() {
        List<String> names = new ArrayList<>(municipalities.size() + aggregates.size());
        municipalities.forEach(m -> names.add(m.name()));
        aggregates.forEach(g -> names.add(g.name()));
        return List.copyOf(names);
    }

    /**
     * Computes the försörjningsmått of every area in a support period, in the order of {@link #areaIds()}:
     * one pass over the period's figures and the aggregated areas' municipalities, where asking
     * {@link #supportMeasure(int, MemberId)} for each area would look each one up.
     *
     * @param period the index of the period in {@link #support()}
     * @return the measures, unmodifiable
     * @throws IndexOutOfBoundsException if there is no such period
     */
    public List<SupportMeasure> supportMeasures(int period) {
        IndicatorPeriod<SupportFigures> p = support.get(period);
        List<SupportMeasure> measures = new ArrayList<>(municipalities.size() + aggregates.size());
        for (Member m : municipalities) {
            measures.add(SupportMeasure.of(p.period(), ageBand, figuresOf(p, m.id())));
        }
        Map<MemberId, SupportFigures.Numbers> numbers = numbers(p);
        for (AreaGroup group : aggregates) {
            measures.add(SupportMeasure.of(p.period(), ageBand, sum(group, numbers)));
        }
        return List.copyOf(measures);
    }

    /** Each municipality's figures in a period with their payments taken out once, for every area to add up. */
    private static Map<MemberId, SupportFigures.Numbers> numbers(IndicatorPeriod<SupportFigures> period) {
        Map<MemberId, SupportFigures.Numbers> numbers = new HashMap<>(period.figures().size() * 2);
        period.figures().forEach((id, figures) -> numbers.put(id, SupportFigures.Numbers.of(figures)));
        return numbers;
    }

    /** An aggregated area's support figures in a period: its municipalities' figures added up. */
    private static SupportFigures sum(AreaGroup group, Map<MemberId, SupportFigures.Numbers> numbers) {
        List<SupportFigures.Numbers> parts = new ArrayList<>(group.municipalities().size());
        for (MemberId id : group.municipalities()) {
            parts.add(numbers.get(id));
        }
        return SupportFigures.sumOf(parts);
    }

    /**
     * Computes the ill-health figures of every area in a period, in the order of {@link #areaIds()}, in one
     * pass as {@link #supportMeasures(int)} does.
     *
     * @param period the index of the period in {@link #illHealth()}
     * @return the figures, unmodifiable
     * @throws IndexOutOfBoundsException if there is no such period
     */
    public List<IllHealthFigures> illHealthFigures(int period) {
        return areaFigures(illHealth.get(period), IllHealthFigures::sum);
    }

    /** Every area's figures in a period: the municipalities' own, then each aggregated area's sum. */
    private <F> List<F> areaFigures(IndicatorPeriod<F> period, Function<List<F>, F> sum) {
        List<F> figures = new ArrayList<>(municipalities.size() + aggregates.size());
        for (Member m : municipalities) {
            figures.add(figuresOf(period, m.id()));
        }
        for (AreaGroup group : aggregates) {
            figures.add(sum.apply(group.municipalities().stream().map(id -> figuresOf(period, id)).toList()));
        }
        return List.copyOf(figures);
    }

    /**
     * Returns the försörjningsmått of an area in a support period; for an aggregated area, aggregated
     * from its municipalities.
     *
     * @param period the index of the period in {@link #support()}
     * @param area a municipality or aggregated area
     * @return the measure
     * @throws IndexOutOfBoundsException if there is no such period
     * @throws IllegalArgumentException if there is no such area
     */
    public SupportMeasure supportMeasure(int period, MemberId area) {
        IndicatorPeriod<SupportFigures> p = support.get(period);
        return SupportMeasure.of(p.period(), ageBand, figures(p, area, SupportFigures::sum));
    }

    /**
     * Returns the change of an area's försörjningsmått from the period before to this one.
     *
     * @param period the index of the later period in {@link #support()}, from 1
     * @param area a municipality or aggregated area
     * @return the comparison
     * @throws IndexOutOfBoundsException if there is no such period or no period before it
     * @throws IllegalArgumentException if there is no such area
     */
    public SupportComparison supportComparison(int period, MemberId area) {
        if (period < 1) {
            throw new IndexOutOfBoundsException("Period " + period + " has no period before it to compare with");
        }
        return SupportComparison.of(supportMeasure(period - 1, area), supportMeasure(period, area));
    }

    /**
     * Returns the ohälsotal figures of an area in an ill-health period; for an aggregated area, the sum
     * of its municipalities' figures.
     *
     * @param period the index of the period in {@link #illHealth()}
     * @param area a municipality or aggregated area
     * @return the figures
     * @throws IndexOutOfBoundsException if there is no such period
     * @throws IllegalArgumentException if there is no such area
     */
    public IllHealthFigures illHealthFigures(int period, MemberId area) {
        return figures(illHealth.get(period), area, IllHealthFigures::sum);
    }

    private <F> F figures(IndicatorPeriod<F> period, MemberId area, Function<List<F>, F> sum) {
        Optional<AreaGroup> group = aggregate(area);
        if (group.isEmpty()) {
            return figuresOf(period, area);
        }
        return sum.apply(group.get().municipalities().stream().map(id -> figuresOf(period, id)).toList());
    }

    /** A municipality's figures in a period: every municipality has them in every period (checked when the set is built). */
    private static <F> F figuresOf(IndicatorPeriod<F> period, MemberId municipality) {
        return Objects.requireNonNull(period.figures().get(municipality), () -> "no figures of " + municipality);
    }
}
