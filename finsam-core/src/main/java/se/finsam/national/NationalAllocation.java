package se.finsam.national;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import se.finsam.association.AssociationId;
import se.finsam.money.RoundingUnit;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.TextRules;
import se.finsam.validation.ValidationResult;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

/**
 * One year's national allocation of the state appropriation for financial coordination: what is split,
 * by which model, among which associations, with the supplementary funds and the matching (rules F10,
 * F11, F5). A national allocation that exists is consistent: every result below is computed, exactly,
 * when it is built.
 *
 * <ul>
 *   <li>{@link #allocation()}: the appropriation, less the supplementary funds kept back, split by the
 *       {@link AllocationModel} ({@link StateAllocation} says how).</li>
 *   <li>{@link #supplementary()}: the supplementary funds shared among the requests
 *       ({@link SupplementarySplit}).</li>
 *   <li>{@link #matching()}: for every association, what its region(s) and municipalities pay to match its
 *       allocation and supplementary grant ({@link Matching}).</li>
 * </ul>
 * So the allocations, the supplementary grants and what is left of the supplementary funds sum to the
 * appropriation.
 *
 * <pre>{@code
 * NationalAllocation national = NationalAllocation.of(Year.of(2016), Money.of(339_000_000, sek),
 *         AllocationModel.of2016(sek), associations,
 *         SupplementaryCall.of(Money.of(13_000_000, sek), Money.of(500_000, sek)), RoundingUnit.KRONA, null);
 * national.allocation().unitsOf(AssociationId.of("rar-sormland"));
 * }</pre>
 *
 * <p>Violations are located as in the national document: {@code /appropriation},
 * {@code /supplementary/pot}, {@code /associations/3/supplementaryRequest}, {@code /parameters/base}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class NationalAllocation {

    /** The codes of the limits that cannot be met, which only computing the allocation finds. */
    private static final Set<String> LIMIT_CODES = Set.of(ViolationCodes.NATIONAL_FLOORS_ABOVE_APPROPRIATION,
            ViolationCodes.NATIONAL_CEILINGS_BELOW_APPROPRIATION);

    private final Year year;
    private final Optional<String> note;
    private final MonetaryAmount appropriation;
    private final AllocationModel model;
    private final RoundingUnit unit;
    private final List<AssociationFigures> associations;
    private final Optional<SupplementaryCall> supplementaryCall;
    private final StateAllocation allocation;
    private final Optional<SupplementarySplit> supplementary;
    private final List<Matching> matching;
    private final Map<AssociationId, Integer> index;

    private NationalAllocation(Year year, MonetaryAmount appropriation, AllocationModel model,
            List<AssociationFigures> associations, Optional<SupplementaryCall> supplementaryCall, RoundingUnit unit,
            Optional<String> note) {
        this.year = year;
        this.note = note;
        this.appropriation = appropriation;
        this.model = model;
        this.unit = unit;
        this.associations = associations;
        this.supplementaryCall = supplementaryCall;

        CurrencyUnit currency = appropriation.getCurrency();
        List<PartialAssociation> known = new ArrayList<>(associations.size());
        associations.forEach(f -> known.add(PartialAssociation.of(f)));
        List<Violation> violations = new ArrayList<>();
        TextRules.checkNote("/note", note, violations);
        PartialModel partialModel = PartialModel.of(model);
        Checked checked = check(appropriation, partialModel, supplementaryCall.map(PartialCall::of), known, unit,
                currency, violations);
        if (!violations.isEmpty()) {
            // The allocation is not computed, so what computing it would find is checked on its own.
            checkAllocation(checked, partialModel, known, unit, currency, violations);
            throw new FinsamValidationException("national allocation", violations);
        }

        this.allocation = StateAllocation.compute(model, unit.amountOf(checked.total() - checked.pot(), currency), associations,
                unit, checked.previous());
        if (supplementaryCall.isPresent()) {
            this.supplementary = Optional.of(SupplementarySplit.compute(supplementaryCall.get(), checked.pot(), checked.cap(),
                    checked.requesters(), checked.requests(), unit));
        } else {
            this.supplementary = Optional.empty();
        }
        List<Matching> matchings = new ArrayList<>(associations.size());
        Map<AssociationId, Integer> map = new HashMap<>(associations.size() * 2);
        for (int i = 0; i < associations.size(); i++) {
            AssociationFigures f = associations.get(i);
            long state = allocation.allocations().get(i).amountUnits();
            if (supplementary.isPresent() && f.supplementaryRequest().isPresent()) {
                state += supplementary.get().grantOf(f.id()).grantedUnits();
            }
            matchings.add(Matching.of(f.id(), state, f.matchingOffer().orElse(null), checked.offers()[i],
                    f.charter().orElse(null), unit, currency));
            map.put(f.id(), i);
        }
        this.matching = Collections.unmodifiableList(matchings);
        this.index = map;
    }

    /**
     * What the allocation's rules need of its model while a document is read: its parameters, any of which
     * may be unknown (null) because the document's value could not be read.
     *
     * @param base the base amount, or null if unknown
     * @param supportMeasureWeight the weight of försörjningsmått, or null if unknown
     * @param populationWeight the weight of population, or null if unknown
     * @param maxDecrease the limit on decrease; empty for none, null if given but unknown
     * @param maxIncrease the limit on increase; empty for none, null if given but unknown
     */
    public record PartialModel(MonetaryAmount base, BigDecimal supportMeasureWeight, BigDecimal populationWeight,
            Optional<BigDecimal> maxDecrease, Optional<BigDecimal> maxIncrease) {

        /** Nothing known of a model: its parameters could not be read. */
        public static final PartialModel UNKNOWN = new PartialModel(null, null, null, null, null);

        /**
         * Obtains everything the allocation's rules need of a model.
         *
         * @param model the model
         * @return the partial model, with nothing unknown
         */
        public static PartialModel of(AllocationModel model) {
            return new PartialModel(model.base(), model.supportMeasureWeight(), model.populationWeight(), model.maxDecrease(),
                    model.maxIncrease());
        }
    }

    /**
     * What the allocation's rules need of a call for supplementary funds while a document is read: its pot
     * and cap, either of which may be unknown (null).
     *
     * @param pot the money to share, or null if unknown
     * @param cap the most any association may get, or null if unknown
     */
    public record PartialCall(MonetaryAmount pot, MonetaryAmount cap) {

        /**
         * Obtains everything the allocation's rules need of a call.
         *
         * @param call the call
         * @return the partial call, with nothing unknown
         */
        public static PartialCall of(SupplementaryCall call) {
            return new PartialCall(call.pot(), call.cap());
        }
    }

    /**
     * What the allocation's rules need of an association's figures while a document is read, any of which
     * may be unknown (null) because the document's value could not be read.
     *
     * @param id the association's id, or null if unknown
     * @param population the population aged 16–64, or null if unknown
     * @param supportMeasure the försörjningsmått, or null if unknown
     * @param previousAllocation the previous allocation; empty if not given, null if given but unknown
     * @param equityAboveReasonableLevel whether the equity is above the reasonable level, or null if unknown
     * @param supplementaryRequest the request; empty if none, null if given but unknown
     * @param matchingOffer the offer; empty if none, null if given but unknown
     */
    public record PartialAssociation(AssociationId id, Long population, BigDecimal supportMeasure,
            Optional<MonetaryAmount> previousAllocation, Boolean equityAboveReasonableLevel,
            Optional<MonetaryAmount> supplementaryRequest, Optional<MonetaryAmount> matchingOffer) {

        /**
         * Obtains everything the allocation's rules need of an association's figures.
         *
         * @param figures the figures
         * @return the partial association, with nothing unknown
         */
        public static PartialAssociation of(AssociationFigures figures) {
            return new PartialAssociation(figures.id(), figures.population(), figures.supportMeasure(),
                    figures.previousAllocation(), figures.equityAboveReasonableLevel(), figures.supplementaryRequest(),
                    figures.matchingOffer());
        }
    }

    /**
     * Checks the rules of a national allocation (see {@link #of}) without throwing, on what is known of it:
     * a reader that reports every fault of a document at once passes {@code null} for a part it could not
     * read (and has reported), and the rules that need that part are skipped. The parts' own rules
     * ({@link AllocationModel#check}, {@link SupplementaryCall#check}, {@link AssociationFigures#check}) are
     * not run again, and a value that breaks them (a negative previous allocation) is unknown here. Whether
     * the appropriation covers the bases ({@link ViolationCodes#NATIONAL_APPROPRIATION_BELOW_BASES}) needs
     * the appropriation, the supplementary funds, the base and the number of associations. Whether the
     * limits can be met ({@link ViolationCodes#NATIONAL_FLOORS_ABOVE_APPROPRIATION},
     * {@link ViolationCodes#NATIONAL_CEILINGS_BELOW_APPROPRIATION}) needs every parameter and every
     * association's population, försörjningsmått, previous allocation and equity status: when all are
     * known and valid, the allocation is computed to find out; otherwise those rules are skipped.
     *
     * <pre>{@code
     * NationalAllocation.check(Money.of(12_000, sek), PartialModel.of(AllocationModel.of2016(sek)), Optional.empty(),
     *         List.of(new PartialAssociation(AssociationId.of("norr"), null, null, Optional.empty(), false,
     *                 Optional.of(Money.of(600, sek)), Optional.empty())), RoundingUnit.KRONA, sek);
     *         // /associations/0/previousAllocation national.previous-allocation-missing and
     *         // /associations/0/supplementaryRequest supplementary.no-call; the limits need the unknown figures
     * }</pre>
     *
     * @param appropriation the appropriation, or null if unknown
     * @param model what is known of the model
     * @param call what is known of the call; empty if there is none, null if given but unknown
     * @param associations what is known of each association, in order; null if unknown
     * @param unit the rounding unit, or null if unknown
     * @param currency the currency of every amount, or null if unknown
     * @return every violation, located as in the national document
     */
    public static ValidationResult check(MonetaryAmount appropriation, PartialModel model, Optional<PartialCall> call,
            List<PartialAssociation> associations, RoundingUnit unit, CurrencyUnit currency) {
        Objects.requireNonNull(model, "model");
        List<Violation> violations = new ArrayList<>();
        Checked checked = check(appropriation, model, call, associations, unit, currency, violations);
        checkAllocation(checked, model, associations, unit, currency, violations);
        return ValidationResult.of(violations);
    }

    /**
     * Whether the amount to allocate covers the bases, and whether the limits can be met: the rules that
     * are found by computing the allocation, checked on what is known (and skipped where something it
     * needs is not).
     */
    private static void checkAllocation(Checked checked, PartialModel model, List<PartialAssociation> associations,
            RoundingUnit unit, CurrencyUnit currency, List<Violation> violations) {
        if (checked.total() == null || !checked.potKnown() || unit == null || currency == null || associations == null
                || associations.isEmpty() || associations.size() > StateAllocation.MAX_ASSOCIATIONS) {
            return;
        }
        long amount = checked.total() - checked.pot();
        Violation belowBases = checked.base() == null ? null
                : StateAllocation.checkBases(amount, associations.size(), checked.base(), unit, currency);
        if (belowBases != null) {
            violations.add(belowBases);
        } else if (checked.base() != null) {
            checkLimits(unit.amountOf(amount, currency), model, associations, unit, violations);
        }
    }

    /** The amounts of an allocation counted in units, as far as they are known and valid. */
    private record Checked(Long total, Long base, long pot, boolean potKnown, long cap, List<AssociationId> requesters,
            long[] requests, Long[] offers, long[] previous) {
    }

    /**
     * The rules of the whole allocation but whether its limits can be met: amounts in the currency, whole
     * units and not negative; supplementary funds within the appropriation; requests only with a call;
     * and the associations' rules ({@link StateAllocation#checkAssociations}).
     */
    private static Checked check(MonetaryAmount appropriation, PartialModel model, Optional<PartialCall> call,
            List<PartialAssociation> associations, RoundingUnit unit, CurrencyUnit currency, List<Violation> violations) {
        if (unit != null && currency != null) {
            unit.checkPayableIn(currency).ifPresent(v -> violations.add(v.under("/roundingUnit")));
        }
        Long total = NationalAmounts.knownUnits(appropriation, false, currency, unit, () -> "/appropriation",
                () -> "Appropriation", violations);
        Long base = NationalAmounts.knownUnits(model.base(), true, currency, unit, () -> "/parameters/base", () -> "Base amount",
                violations);
        if (total != null && total > RoundingUnit.MAX_UNITS / 2) {
            // The sum formed by the matching (F5): an association's state money, which may be the whole
            // appropriation, and the regions' and municipalities' match of it.
            violations.add(Violation.of("/appropriation", ViolationCodes.AMOUNT_TOO_LARGE, "Appropriation "
                    + unit.decimalOf(total).toPlainString() + " is too large: an association's state money and the match of"
                    + " it may sum to twice as much, and a sum may have at most " + RoundingUnit.MAX_UNITS + " units of "
                    + unit));
            total = null;
        }
        Long pot = 0L;
        long cap = 0;
        if (call == null) {
            pot = null;
        } else if (call.isPresent()) {
            pot = NationalAmounts.knownUnits(call.get().pot(), true, currency, unit, () -> "/supplementary/pot",
                    () -> "Supplementary funds", violations);
            Long capUnits = NationalAmounts.knownUnits(call.get().cap(), true, currency, unit, () -> "/supplementary/cap",
                    () -> "Cap per association", violations);
            if (total != null && pot != null && pot > total) {
                violations.add(Violation.of("/supplementary/pot", ViolationCodes.SUPPLEMENTARY_POT_ABOVE_APPROPRIATION,
                        "Supplementary funds of " + NationalAmounts.format(pot, unit, currency) + " are kept back from the"
                                + " appropriation, but it is only " + NationalAmounts.format(total, unit, currency)));
                pot = null;
            }
            cap = capUnits == null ? 0 : capUnits;
        }
        List<AssociationId> requesters = new ArrayList<>();
        List<Long> requests = new ArrayList<>();
        long requested = 0; // the sum of the requests, a sum the supplementary split reports: at most MAX_UNITS
        int n = associations == null ? 0 : associations.size();
        Long[] offers = new Long[n];
        for (int i = 0; i < n; i++) {
            PartialAssociation f = associations.get(i);
            int at = i;
            Optional<MonetaryAmount> request = f.supplementaryRequest();
            if (request == null || request.isPresent()) {
                if (call != null && call.isEmpty()) {
                    violations.add(Violation.of("/associations/" + i + "/supplementaryRequest", ViolationCodes.SUPPLEMENTARY_NO_CALL,
                            "Association " + StateAllocation.label(f, i) + " requests supplementary funds, but there is no"
                                    + " call for them"));
                } else {
                    Long r = NationalAmounts.knownUnits(request == null ? null : request.get(), true, currency, unit,
                            () -> "/associations/" + at + "/supplementaryRequest",
                            () -> "Supplementary request of " + StateAllocation.label(f, at), violations);
                    requesters.add(f.id());
                    requests.add(r == null ? 0 : r);
                    if (r != null && requested <= RoundingUnit.MAX_UNITS && (requested += r) > RoundingUnit.MAX_UNITS) {
                        violations.add(Violation.of("/associations/" + i + "/supplementaryRequest",
                                ViolationCodes.AMOUNT_TOO_LARGE, "Supplementary requests up to that of "
                                        + StateAllocation.label(f, i) + " sum to " + unit.decimalOf(requested).toPlainString()
                                        + ", more than the " + RoundingUnit.MAX_UNITS + " units of " + unit + " a sum may have"));
                    }
                }
            }
            if (f.matchingOffer() != null && f.matchingOffer().isPresent()) {
                offers[i] = NationalAmounts.knownUnits(f.matchingOffer().get(), true, currency, unit,
                        () -> "/associations/" + at + "/matchingOffer",
                        () -> "Matching offer for " + StateAllocation.label(f, at), violations);
            }
        }
        long[] previous = associations == null ? new long[0]
                : StateAllocation.checkAssociations(model, currency, unit, associations, violations);
        return new Checked(total, base, pot == null ? 0 : pot, pot != null, cap, requesters,
                requests.stream().mapToLong(Long::longValue).toArray(), offers, previous);
    }

    /**
     * Whether the limits on decrease and increase can be met, for a partial check: only when every figure
     * the allocation needs is known and valid, by computing it; its other rules are checked elsewhere and
     * not reported here.
     */
    private static void checkLimits(MonetaryAmount amount, PartialModel partial, List<PartialAssociation> associations,
            RoundingUnit unit, List<Violation> violations) {
        if (partial.base() == null || partial.supportMeasureWeight() == null || partial.populationWeight() == null
                || partial.maxDecrease() == null || partial.maxIncrease() == null) {
            return;
        }
        for (PartialAssociation f : associations) {
            if (f.population() == null || f.supportMeasure() == null || f.previousAllocation() == null
                    || f.equityAboveReasonableLevel() == null) {
                return;
            }
        }
        try {
            // Ids, names, requests and offers are not the limits' concern: a stand-in for each association.
            List<AssociationFigures> figures = new ArrayList<>(associations.size());
            for (int i = 0; i < associations.size(); i++) {
                PartialAssociation f = associations.get(i);
                figures.add(new AssociationFigures(AssociationId.of("association-" + i), "association " + i, f.population(),
                        f.supportMeasure(), f.previousAllocation(), f.equityAboveReasonableLevel(), Optional.empty(),
                        Optional.empty(), Optional.empty()));
            }
            AllocationModel model = new AllocationModel(partial.base(), partial.supportMeasureWeight(),
                    partial.populationWeight(), partial.maxDecrease(), partial.maxIncrease());
            StateAllocation.compute(model, amount, figures, unit);
        } catch (FinsamValidationException e) {
            e.violations().stream().filter(v -> LIMIT_CODES.contains(v.code())).forEach(violations::add);
        }
    }

    /**
     * Obtains a national allocation and computes it.
     *
     * <pre>{@code NationalAllocation.of(Year.of(2016), Money.of(339_000_000, sek), AllocationModel.of2016(sek), associations, null, RoundingUnit.KRONA, null)}</pre>
     *
     * @param year the year allocated
     * @param appropriation the state appropriation for the year
     * @param model the allocation model
     * @param associations the associations, in order; the order decides exact ties and is the order of
     *     every result
     * @param supplementaryCall the supplementary funds kept back from the appropriation, or null for none
     * @param unit the rounding unit of every amount
     * @param note a note for people, e.g. where the figures come from, or null
     * @return the national allocation, computed
     * @throws FinsamValidationException with every violation: amounts in another currency, negative or not
     *     multiples of the unit, supplementary funds larger than the appropriation, a request without a
     *     call, and every violation {@link AllocationModel#allocate} reports, the limits that cannot be met
     *     among them
     */
    public static NationalAllocation of(Year year, MonetaryAmount appropriation, AllocationModel model,
            List<AssociationFigures> associations, SupplementaryCall supplementaryCall, RoundingUnit unit, String note) {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(appropriation, "appropriation");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(unit, "unit");
        return new NationalAllocation(year, appropriation, model, List.copyOf(Objects.requireNonNull(associations, "associations")),
                Optional.ofNullable(supplementaryCall), unit, Optional.ofNullable(note));
    }

    /**
     * Returns the year allocated.
     *
     * @return the year
     */
    public Year year() {
        return year;
    }

    /**
     * Returns the note for people, if any.
     *
     * @return the note
     */
    public Optional<String> note() {
        return note;
    }

    /**
     * Returns the state appropriation for the year.
     *
     * @return the appropriation
     */
    public MonetaryAmount appropriation() {
        return appropriation;
    }

    /**
     * Returns the allocation model.
     *
     * @return the model
     */
    public AllocationModel model() {
        return model;
    }

    /**
     * Returns the rounding unit of every amount.
     *
     * @return the unit
     */
    public RoundingUnit unit() {
        return unit;
    }

    /**
     * Returns the associations' figures, in order.
     *
     * @return the figures, unmodifiable
     */
    public List<AssociationFigures> associations() {
        return associations;
    }

    /**
     * Returns the call for supplementary funds, if there is one.
     *
     * @return the call
     */
    public Optional<SupplementaryCall> supplementaryCall() {
        return supplementaryCall;
    }

    /**
     * Returns the allocation of the appropriation, less the supplementary funds, by the model.
     *
     * @return the allocation
     */
    public StateAllocation allocation() {
        return allocation;
    }

    /**
     * Returns the supplementary funds shared among the requests, if there is a call.
     *
     * @return the split
     */
    public Optional<SupplementarySplit> supplementary() {
        return supplementary;
    }

    /**
     * Returns every association's matching, in order.
     *
     * @return the matchings, unmodifiable
     */
    public List<Matching> matching() {
        return matching;
    }

    /**
     * Returns one association's matching.
     *
     * @param association the association's id
     * @return the matching
     * @throws IllegalArgumentException if there is no such association
     */
    public Matching matchingOf(AssociationId association) {
        Integer i = index.get(Objects.requireNonNull(association, "association"));
        if (i == null) {
            throw new IllegalArgumentException("No association '" + association + "' in the national allocation");
        }
        return matching.get(i);
    }

    /**
     * Compares the year, note, appropriation, model, unit, associations and call; the results follow
     * from them.
     *
     * @param obj the other object
     * @return true if {@code obj} is an equal national allocation
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof NationalAllocation other && year.equals(other.year) && note.equals(other.note)
                && appropriation.equals(other.appropriation) && model.equals(other.model) && unit.equals(other.unit)
                && associations.equals(other.associations) && supplementaryCall.equals(other.supplementaryCall);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(year, appropriation, associations);
    }

    /**
     * Returns a one-line summary.
     *
     * @return the text, e.g. {@code NationalAllocation[2016: 339000000 SEK among 80 associations]}
     */
    @Override
    public String toString() {
        return "NationalAllocation[" + year + ": " + appropriation.getNumber().numberValue(BigDecimal.class)
                .toPlainString() + " " + appropriation.getCurrency().getCurrencyCode() + " among " + associations.size()
                + " associations]";
    }
}
