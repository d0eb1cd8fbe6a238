package se.finsam.national;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;
import se.finsam.association.AssociationId;
import se.finsam.money.Amounts;
import se.finsam.money.RoundingUnit;
import se.finsam.validation.ViolationCodes;

/**
 * One year's national allocation of the state appropriation for financial coordination: what is split,
 * by which model, among which associations, with the supplementary funds and the matching (docs/domain.md,
 * The national allocation, Supplementary funds and Matching). A national allocation that exists is
 * consistent: its input is checked in full when it is built, and the limits are shown to be met, so every
 * result below exists and is exact. They are computed on first use (of {@link #allocation()},
 * {@link #supplementary()}, {@link #matching()}, {@link #matchingOf} or {@link #totals()}), together and once:
 * reading and checking a national document does not pay for an allocation no one asks for, and each result is
 * then one object, whichever thread asked first ({@link #totals()}, column sums, is made again on each call).
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
 * NationalAllocation national = NationalAllocation.allocate(Year.of(2016), Money.of(339_000_000, sek),
 *         AllocationModel.of2016(sek), associations,
 *         SupplementaryCall.of(Money.of(13_000_000, sek), Money.of(500_000, sek)), RoundingUnit.KRONA, null);
 * national.allocation().unitsOf(AssociationId.of("rar-sormland"));
 * }</pre>
 *
 * <p>Every violation says which part of the input it concerns ({@link NationalViolation}): the
 * allocation's own {@code /appropriation}, {@code /roundingUnit}, {@code /note} or {@code /associations};
 * the model's {@code /base}; the call's {@code /pot}; or association 3's {@code /supplementaryRequest}.
 * Where those parts are in a document is the document reader's business.
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
    private final NationalCalculator.Results.Pending results;
    private final Map<AssociationId, Integer> index;

    /** Holds what {@link NationalCalculator} checked, and its results to compute on first use. */
    NationalAllocation(Year year, Optional<String> note, MonetaryAmount appropriation, AllocationModel model,
            RoundingUnit unit, List<AssociationFigures> associations, Optional<SupplementaryCall> supplementaryCall,
            NationalCalculator.Results.Pending results, Map<AssociationId, Integer> index) {
        this.year = year;
        this.note = note;
        this.appropriation = appropriation;
        this.model = model;
        this.unit = unit;
        this.associations = associations;
        this.supplementaryCall = supplementaryCall;
        this.results = results;
        this.index = index;
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
    @SuppressWarnings("NullableOptional") // empty for no limit, null if given but unreadable
    public record PartialModel(@Nullable MonetaryAmount base, @Nullable BigDecimal supportMeasureWeight,
            @Nullable BigDecimal populationWeight, @Nullable Optional<BigDecimal> maxDecrease,
            @Nullable Optional<BigDecimal> maxIncrease) {

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
    public record PartialCall(@Nullable MonetaryAmount pot, @Nullable MonetaryAmount cap) {

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
    @SuppressWarnings("NullableOptional") // empty if not given, null if given but unreadable
    public record PartialAssociation(@Nullable AssociationId id, @Nullable Long population,
            @Nullable BigDecimal supportMeasure, @Nullable Optional<MonetaryAmount> previousAllocation,
            @Nullable Boolean equityAboveReasonableLevel, @Nullable Optional<MonetaryAmount> supplementaryRequest,
            @Nullable Optional<MonetaryAmount> matchingOffer) {

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
     * Checks the rules of a national allocation (see {@link #allocate}) without throwing, on what is known of it:
     * a reader that reports every fault of a document at once passes {@code null} for a part it could not
     * read (and has reported), and the rules that need that part are skipped. The parts' own rules
     * ({@link AllocationModel#check}, {@link SupplementaryCall#check}, {@link AssociationFigures#check}) are
     * not run again, and a value that breaks them (a negative previous allocation) is unknown here. Whether
     * the appropriation covers the bases ({@link ViolationCodes#NATIONAL_APPROPRIATION_BELOW_BASES}) needs
     * the appropriation, the supplementary funds, the base and the number of associations. Whether the
     * limits can be met ({@link ViolationCodes#NATIONAL_FLOORS_ABOVE_APPROPRIATION},
     * {@link ViolationCodes#NATIONAL_CEILINGS_BELOW_APPROPRIATION}) needs every parameter and every
     * association's population, försörjningsmått, previous allocation and equity status: when all are
     * known and valid, its limits are found and checked (as when it is built); otherwise those rules are skipped.
     *
     * <pre>{@code
     * NationalAllocation.check(Money.of(12_000, sek), PartialModel.of(AllocationModel.of2016(sek)), Optional.empty(),
     *         List.of(new PartialAssociation(AssociationId.of("norr"), null, null, Optional.empty(), false,
     *                 Optional.of(Money.of(600, sek)), Optional.empty())), RoundingUnit.KRONA, sek);
     *         // association 0's /previousAllocation national.previous-allocation-missing and
     *         // its /supplementaryRequest supplementary.no-call; the limits need the unknown figures
     * }</pre>
     *
     * @param appropriation the appropriation, or null if unknown
     * @param model what is known of the model
     * @param call what is known of the call; empty if there is none, null if given but unknown
     * @param associations what is known of each association, in order; null if unknown
     * @param unit the rounding unit, or null if unknown
     * @param currency the currency of every amount, or null if unknown
     * @return every violation with the part it concerns, in the order found
     */
    @SuppressWarnings("NullableOptional") // call: empty if there is none, null if given but unreadable
    public static List<NationalViolation> check(@Nullable MonetaryAmount appropriation, PartialModel model,
            @Nullable Optional<PartialCall> call, @Nullable List<PartialAssociation> associations,
            @Nullable RoundingUnit unit, @Nullable CurrencyUnit currency) {
        Objects.requireNonNull(model, "model");
        Findings out = new Findings();
        NationalRules.Checked checked = NationalRules.check(appropriation, model, call, associations, unit, currency, out);
        NationalRules.checkAllocation(checked, model, associations, unit, currency, out);
        return out.list();
    }

    /**
     * Makes a national allocation: checks its input and that its limits can be met. Its results (the
     * appropriation less the supplementary funds split by the model, the supplementary funds shared, every
     * association's matching) are computed on first use, and cannot fail.
     *
     * <pre>{@code NationalAllocation.allocate(Year.of(2016), Money.of(339_000_000, sek), AllocationModel.of2016(sek), associations, null, RoundingUnit.KRONA, null)}</pre>
     *
     * @param year the year allocated
     * @param appropriation the state appropriation for the year
     * @param model the allocation model
     * @param associations the associations, in order; the order decides exact ties and is the order of
     *     every result
     * @param supplementaryCall the supplementary funds kept back from the appropriation, or null for none
     * @param unit the rounding unit of every amount
     * @param note a note for people, e.g. where the figures come from, or null
     * @return the national allocation, checked; its results are computed on first use and cannot fail
     * @throws NationalValidationException with every violation, each with its part: amounts in another currency, negative or not
     *     multiples of the unit, supplementary funds larger than the appropriation, a request without a
     *     call, and every violation {@link AllocationModel#allocate} reports, the limits that cannot be met
     *     among them
     */
    public static NationalAllocation allocate(Year year, MonetaryAmount appropriation, AllocationModel model,
            List<AssociationFigures> associations, @Nullable SupplementaryCall supplementaryCall, RoundingUnit unit,
            @Nullable String note) {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(appropriation, "appropriation");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(unit, "unit");
        return NationalCalculator.allocate(year, appropriation, model,
                List.copyOf(Objects.requireNonNull(associations, "associations")), Optional.ofNullable(supplementaryCall), unit,
                Optional.ofNullable(note));
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
        return results.get().allocation();
    }

    /**
     * Returns the supplementary funds shared among the requests, if there is a call.
     *
     * @return the split
     */
    public Optional<SupplementarySplit> supplementary() {
        return results.get().supplementary();
    }

    /**
     * Returns every association's matching, in order.
     *
     * @return the matchings, unmodifiable
     */
    public List<Matching> matching() {
        return results.get().matching();
    }

    /**
     * The column sums over every association: the model's parts, the redistribution, how many a limit held,
     * and the matching.
     *
     * @return the totals, computed on each call (linear in the associations)
     */
    public NationalTotals totals() {
        return NationalTotals.of(this);
    }

    /**
     * Returns one association's matching.
     *
     * @param association the association's id
     * @return the matching
     * @throws IllegalArgumentException if there is no such association
     */
    public Matching matchingOf(AssociationId association) {
        int position = Positions.find(index, association); // an unknown id fails before anything is computed
        return results.get().matching().get(position);
    }

    /** Whether the results have been computed: for the tests that hold that reading does not compute them. */
    boolean computed() {
        return results.computed();
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
        return "NationalAllocation[" + year + ": " + Amounts.decimal(appropriation).toPlainString() + " " + appropriation.getCurrency().getCurrencyCode() + " among " + associations.size()
                + " associations]";
    }
}
