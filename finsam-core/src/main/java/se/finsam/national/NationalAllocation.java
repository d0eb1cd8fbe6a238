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
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import se.finsam.association.AssociationId;
import se.finsam.money.RoundingUnit;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.TextRules;
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
        List<Violation> violations = new ArrayList<>();
        TextRules.checkNote("/note", note, violations);
        Long total = NationalAmounts.units(appropriation, currency, unit, "/appropriation", "Appropriation", violations);
        NationalAmounts.units(model.base(), currency, unit, "/parameters/base", "Base amount", violations);
        if (total != null && total > RoundingUnit.MAX_UNITS / 2) {
            // The sum formed by the matching (F5): an association's state money, which may be the whole
            // appropriation, and the regions' and municipalities' match of it.
            violations.add(Violation.of("/appropriation", ViolationCodes.AMOUNT_TOO_LARGE, "Appropriation "
                    + unit.decimalOf(total).toPlainString() + " is too large: an association's state money and the match of"
                    + " it may sum to twice as much, and a sum may have at most " + RoundingUnit.MAX_UNITS + " units of "
                    + unit));
        }
        long potUnits = 0;
        long capUnits = 0;
        if (supplementaryCall.isPresent()) {
            SupplementaryCall call = supplementaryCall.get();
            Long pot = NationalAmounts.units(call.pot(), currency, unit, "/supplementary/pot", "Supplementary funds", violations);
            Long cap = NationalAmounts.units(call.cap(), currency, unit, "/supplementary/cap", "Cap per association", violations);
            if (total != null && pot != null && pot > total) {
                violations.add(Violation.of("/supplementary/pot", ViolationCodes.SUPPLEMENTARY_POT_ABOVE_APPROPRIATION,
                        "Supplementary funds of " + NationalAmounts.format(pot, unit, currency) + " are kept back from the"
                                + " appropriation, but it is only " + NationalAmounts.format(total, unit, currency)));
            }
            potUnits = pot == null ? 0 : pot;
            capUnits = cap == null ? 0 : cap;
        }
        List<AssociationId> requesters = new ArrayList<>();
        List<Long> requests = new ArrayList<>();
        long requested = 0; // the sum of the requests, a sum the supplementary split reports: at most MAX_UNITS
        Long[] offers = new Long[associations.size()];
        for (int i = 0; i < associations.size(); i++) {
            AssociationFigures f = associations.get(i);
            int at = i;
            if (f.supplementaryRequest().isPresent()) {
                if (supplementaryCall.isEmpty()) {
                    violations.add(Violation.of("/associations/" + i + "/supplementaryRequest", ViolationCodes.SUPPLEMENTARY_NO_CALL,
                            "Association '" + f.id() + "' requests supplementary funds, but there is no call for them"));
                } else {
                    Long r = NationalAmounts.units(f.supplementaryRequest().get(), currency, unit,
                            () -> "/associations/" + at + "/supplementaryRequest",
                            () -> "Supplementary request of '" + f.id() + "'", violations);
                    requesters.add(f.id());
                    requests.add(r == null ? 0 : r);
                    if (r != null && requested <= RoundingUnit.MAX_UNITS && (requested += r) > RoundingUnit.MAX_UNITS) {
                        violations.add(Violation.of("/associations/" + i + "/supplementaryRequest",
                                ViolationCodes.AMOUNT_TOO_LARGE, "Supplementary requests up to that of '" + f.id() + "' sum to "
                                        + unit.decimalOf(requested).toPlainString() + ", more than the "
                                        + RoundingUnit.MAX_UNITS + " units of " + unit + " a sum may have"));
                    }
                }
            }
            if (f.matchingOffer().isPresent()) {
                offers[i] = NationalAmounts.units(f.matchingOffer().get(), currency, unit,
                        () -> "/associations/" + at + "/matchingOffer", () -> "Matching offer for '" + f.id() + "'",
                        violations);
            }
        }
        long[] previous = StateAllocation.checkAssociations(model, currency, unit, associations, violations);
        if (!violations.isEmpty()) {
            List<Violation> all = new ArrayList<>();
            unit.checkPayableIn(currency).ifPresent(v -> all.add(v.under("/roundingUnit")));
            all.addAll(violations);
            throw new FinsamValidationException("national allocation", all);
        }

        this.allocation = StateAllocation.compute(model, unit.amountOf(total - potUnits, currency), associations, unit,
                previous);
        if (supplementaryCall.isPresent()) {
            long[] requestUnits = requests.stream().mapToLong(Long::longValue).toArray();
            this.supplementary = Optional.of(SupplementarySplit.compute(supplementaryCall.get(), potUnits, capUnits,
                    requesters, requestUnits, unit));
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
            matchings.add(Matching.of(f.id(), state, f.matchingOffer().orElse(null), offers[i], f.charter().orElse(null),
                    unit, currency));
            map.put(f.id(), i);
        }
        this.matching = Collections.unmodifiableList(matchings);
        this.index = map;
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
