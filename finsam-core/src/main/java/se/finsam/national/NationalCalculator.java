package se.finsam.national;

import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;
import se.finsam.money.RoundingUnit;
import se.finsam.national.NationalAllocation.PartialAssociation;
import se.finsam.national.NationalAllocation.PartialCall;
import se.finsam.national.NationalAllocation.PartialModel;
import se.finsam.national.NationalRules.Checked;
import se.finsam.validation.TextRules;
import se.finsam.validation.Violation;

/**
 * One year's national allocation as named steps: {@link #check} the input ({@link NationalRules}), split
 * the appropriation less the supplementary funds by the model ({@link StateCalculator}: base and weights,
 * limits, bounded split with redistribution), share the {@link #supplementary supplementary} funds, and
 * compute every association's {@link #matching matching}. The result is a plain value,
 * {@link NationalAllocation}, holding every figure.
 */
final class NationalCalculator {

    private NationalCalculator() {
    }

    /**
     * Checks the input and shows the limits can be met; what is left, the allocation's arithmetic, is done
     * on first use ({@link Results#of}).
     *
     * @throws NationalValidationException with every violation, each with its part
     */
    static NationalAllocation allocate(Year year, MonetaryAmount appropriation, AllocationModel model,
            List<AssociationFigures> associations, Optional<SupplementaryCall> call, RoundingUnit unit, Optional<String> note) {
        CurrencyUnit currency = appropriation.getCurrency();
        Checked checked = check(appropriation, model, associations, call, unit, note, currency);
        StateCalculator.Prepared state = StateCalculator.prepare(model,
                unit.amountOf(NationalAmounts.valid(checked.total()) - checked.pot(), currency), associations, unit,
                checked.previous());
        return new NationalAllocation(year, note, appropriation, model, unit, associations, call,
                new Results.Pending(state, call, checked), Positions.index(associations, AssociationFigures::id));
    }

    /**
     * The results of a national allocation, all from one computation: the state allocation, the
     * supplementary split and the matching.
     */
    record Results(StateAllocation allocation, Optional<SupplementarySplit> supplementary, List<Matching> matching) {

        /**
         * The results of an input checked in full, with the limits shown to be met: the computation cannot
         * fail.
         */
        static Results of(StateCalculator.Prepared state, Optional<SupplementaryCall> call, Checked checked) {
            StateAllocation allocation = state.compute();
            Optional<SupplementarySplit> supplementary = NationalCalculator.supplementary(call, checked, state.unit());
            List<Matching> matching = NationalCalculator.matching(state.list(), allocation, supplementary, checked.offers(), state.unit(),
                    state.currency());
            return new Results(allocation, supplementary, matching);
        }

        /**
         * Results computed on first use, once: a thread that finds them being computed by another may compute
         * them too, and every caller gets the first ones stored, so each result is one object. What they are
         * computed from is dropped once they are stored.
         */
        static final class Pending {

            /** What the results are computed from; held until the results replace it. */
            private record Inputs(StateCalculator.Prepared state, Optional<SupplementaryCall> call, Checked checked) {
            }

            /** The inputs, then the results: the only change is from the one to the other. */
            private final AtomicReference<Object> held;

            Pending(StateCalculator.Prepared state, Optional<SupplementaryCall> call, Checked checked) {
                this.held = new AtomicReference<>(new Inputs(state, call, checked));
            }

            /** Whether the results have been computed and stored. */
            boolean computed() {
                return held.get() instanceof Results;
            }

            Results get() {
                Object now = Objects.requireNonNull(held.get());
                if (now instanceof Results known) {
                    return known;
                }
                Inputs inputs = (Inputs) now;
                Results computed = Results.of(inputs.state(), inputs.call(), inputs.checked());
                // Failing, the exchange found the results another thread stored.
                return held.compareAndSet(now, computed) ? computed : (Results) Objects.requireNonNull(held.get());
            }
        }
    }

    /**
     * The rules of the input; when one is broken, whether the limits could be met is checked on its own,
     * as the allocation is not computed.
     *
     * @throws NationalValidationException if a rule is broken
     */
    private static Checked check(MonetaryAmount appropriation, AllocationModel model, List<AssociationFigures> associations,
            Optional<SupplementaryCall> call, RoundingUnit unit, Optional<String> note, CurrencyUnit currency) {
        List<PartialAssociation> known = new ArrayList<>(associations.size());
        associations.forEach(f -> known.add(PartialAssociation.of(f)));
        Findings out = new Findings();
        List<Violation> noteViolations = new ArrayList<>(0);
        TextRules.checkNote("/note", note, noteViolations);
        noteViolations.forEach(out.atAllocation());
        PartialModel partialModel = PartialModel.of(model);
        Checked checked = NationalRules.check(appropriation, partialModel, call.map(PartialCall::of), known, unit, currency,
                out);
        if (!out.isEmpty()) {
            NationalRules.checkAllocation(checked, partialModel, known, unit, currency, out);
            out.throwIfAny();
        }
        return checked;
    }

    /** The supplementary funds shared among the requests, when there is a call. */
    private static Optional<SupplementarySplit> supplementary(Optional<SupplementaryCall> call, Checked checked,
            RoundingUnit unit) {
        return call.map(c -> SupplementarySplit.compute(c, checked.pot(), checked.cap(), checked.requesters(),
                checked.requests(), unit));
    }

    /** Every association's matching of its state money: its allocation and any supplementary grant. */
    private static List<Matching> matching(List<AssociationFigures> associations, StateAllocation allocation,
            Optional<SupplementarySplit> supplementary, @Nullable Long[] offers, RoundingUnit unit, CurrencyUnit currency) {
        List<Matching> matchings = new ArrayList<>(associations.size());
        for (int i = 0; i < associations.size(); i++) {
            AssociationFigures f = associations.get(i);
            long state = allocation.allocations().get(i).amountUnits();
            if (supplementary.isPresent() && f.supplementaryRequest().isPresent()) {
                state += supplementary.get().grantOf(f.id()).grantedUnits();
            }
            matchings.add(Matching.compute(f.id(), state, f.matchingOffer().orElse(null), offers[i],
                    f.charter().orElse(null), unit, currency));
        }
        return Collections.unmodifiableList(matchings);
    }
}
