package se.finsam.national;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;
import se.finsam.association.AssociationId;
import se.finsam.money.Decimals;
import se.finsam.money.Fraction;
import se.finsam.money.RoundingUnit;
import se.finsam.national.NationalAllocation.PartialAssociation;
import se.finsam.national.NationalAllocation.PartialCall;
import se.finsam.national.NationalAllocation.PartialModel;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

/**
 * The rules of a national allocation's input, the first step of {@link NationalCalculator}: amounts in
 * the currency, whole units and not negative; supplementary funds within the appropriation; requests
 * only with a call; the associations' ids unique and their previous allocations present where a limit is
 * measured from them. Every rule runs on what is known (a part that could not be read is null) and
 * records its violations, each with its part, in {@link Findings}.
 */
final class NationalRules {

    /** The codes of the limits that cannot be met, which only the allocation's limits, once found, show. */
    private static final Set<String> LIMIT_CODES = Set.of(ViolationCodes.NATIONAL_FLOORS_ABOVE_APPROPRIATION,
            ViolationCodes.NATIONAL_CEILINGS_BELOW_APPROPRIATION);

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private NationalRules() {
    }

    /**
     * The amounts of an allocation counted in units, as far as they are known and valid.
     *
     * @param total the appropriation, or null if unknown or invalid
     * @param base the base, or null if unknown or invalid
     * @param pot the supplementary funds, 0 if unknown or invalid
     * @param potKnown whether the supplementary funds are known and valid (0 without a call)
     * @param cap the cap per association, 0 if unknown or invalid
     * @param requesters the associations that request supplementary funds, in order
     * @param requests their requests, 0 where unknown or invalid
     * @param offers every association's matching offer, null where there is none or it is invalid
     * @param previous every association's previous allocation, 0 where there is none or it is invalid
     */
    @SuppressWarnings("ArrayRecordComponent") // carries arrays from the check to the steps that take them; never compared
    record Checked(@Nullable Long total, @Nullable Long base, long pot, boolean potKnown, long cap,
            List<AssociationId> requesters, long[] requests, @Nullable Long[] offers, long[] previous) {
    }

    /** The appropriation, the base and the call, in units as far as known. */
    private record Amounts(@Nullable Long total, @Nullable Long base, @Nullable Long pot, long cap) {
    }

    /** The supplementary requests and the matching offers, in units as far as known. */
    @SuppressWarnings("ArrayRecordComponent") // carries the arrays to Checked; never compared
    private record Requests(List<AssociationId> requesters, long[] requests, @Nullable Long[] offers) {
    }

    /**
     * The rules of the whole allocation but whether its limits can be met ({@link #checkAllocation}).
     *
     * @param call what is known of the call; empty if there is none, null if given but unknown
     * @param associations what is known of each association, in order; null if unknown
     */
    @SuppressWarnings("NullableOptional") // call: empty if there is none, null if given but unreadable
    static Checked check(@Nullable MonetaryAmount appropriation, PartialModel model, @Nullable Optional<PartialCall> call,
            @Nullable List<PartialAssociation> associations, @Nullable RoundingUnit unit, @Nullable CurrencyUnit currency,
            Findings out) {
        if (unit != null && currency != null) {
            unit.checkPayableIn(currency).ifPresent(v -> out.atAllocation().accept(v.under("/roundingUnit")));
        }
        Amounts amounts = amounts(appropriation, model, call, unit, currency, out);
        Requests requests = requests(call, associations, unit, currency, out);
        long[] previous = associations == null ? new long[0] : checkAssociations(model, currency, unit, associations, out);
        Long pot = amounts.pot();
        return new Checked(amounts.total(), amounts.base(), pot == null ? 0 : pot, pot != null, amounts.cap(),
                requests.requesters(), requests.requests(), requests.offers(), previous);
    }

    /** The appropriation and the base; the appropriation at most half the units a sum may have; the call. */
    @SuppressWarnings("NullableOptional") // call: empty if there is none, null if given but unreadable
    private static Amounts amounts(@Nullable MonetaryAmount appropriation, PartialModel model,
            @Nullable Optional<PartialCall> call, @Nullable RoundingUnit unit, @Nullable CurrencyUnit currency, Findings out) {
        Long total = NationalAmounts.knownUnits(appropriation, false, currency, unit, () -> "/appropriation",
                () -> "Appropriation", out.atAllocation());
        Long base = NationalAmounts.knownUnits(model.base(), true, currency, unit, () -> "/base", () -> "Base amount",
                out.atModel());
        if (total != null && total > RoundingUnit.MAX_UNITS / 2) {
            // The sum formed by the matching (docs/domain.md, Matching): an association's state money,
            // which may be the whole appropriation, and the regions' and municipalities' match of it.
            out.atAllocation().accept(Violation.of("/appropriation", ViolationCodes.AMOUNT_TOO_LARGE, "Appropriation "
                    + known(unit).decimalOf(total).toPlainString() + " is too large: an association's state money and the match of"
                    + " it may sum to twice as much, and a sum may have at most " + RoundingUnit.MAX_UNITS + " units of "
                    + known(unit)));
            total = null;
        }
        if (call == null) {
            return new Amounts(total, base, null, 0);
        }
        if (call.isEmpty()) {
            return new Amounts(total, base, 0L, 0);
        }
        Long pot = NationalAmounts.knownUnits(call.get().pot(), true, currency, unit, () -> "/pot",
                () -> "Supplementary funds", out.atCall());
        Long cap = NationalAmounts.knownUnits(call.get().cap(), true, currency, unit, () -> "/cap",
                () -> "Cap per association", out.atCall());
        if (total != null && pot != null && pot > total) {
            out.atCall().accept(Violation.of("/pot", ViolationCodes.SUPPLEMENTARY_POT_ABOVE_APPROPRIATION,
                    "Supplementary funds of " + NationalAmounts.format(pot, known(unit), known(currency)) + " are kept back"
                            + " from the appropriation, but it is only "
                            + NationalAmounts.format(total, known(unit), known(currency))));
            pot = null;
        }
        return new Amounts(total, base, pot, cap == null ? 0 : cap);
    }

    /**
     * Every association's supplementary request, only with a call, and their sum at most
     * {@link RoundingUnit#MAX_UNITS} (the supplementary split reports it); every matching offer.
     */
    @SuppressWarnings("NullableOptional") // call: empty if there is none, null if given but unreadable
    private static Requests requests(@Nullable Optional<PartialCall> call, @Nullable List<PartialAssociation> associations,
            @Nullable RoundingUnit unit, @Nullable CurrencyUnit currency, Findings out) {
        List<AssociationId> requesters = new ArrayList<>();
        List<Long> requests = new ArrayList<>();
        long requested = 0;
        List<PartialAssociation> list = associations == null ? List.of() : associations;
        int n = list.size();
        @Nullable Long[] offers = new Long[n];
        for (int i = 0; i < n; i++) {
            PartialAssociation f = list.get(i);
            int at = i;
            Optional<MonetaryAmount> request = f.supplementaryRequest();
            if ((request == null || request.isPresent()) && call != null && call.isEmpty()) {
                out.at(i).accept(Violation.of("/supplementaryRequest", ViolationCodes.SUPPLEMENTARY_NO_CALL, "Association "
                        + label(f, i) + " requests supplementary funds, but there is no call for them"));
            } else if (request == null || request.isPresent()) {
                Long r = NationalAmounts.knownUnits(request == null ? null : request.get(), true, currency, unit,
                        () -> "/supplementaryRequest", () -> "Supplementary request of " + label(f, at), out.at(i));
                requesters.add(f.id());
                requests.add(r == null ? 0 : r);
                if (r != null && requested <= RoundingUnit.MAX_UNITS && (requested += r) > RoundingUnit.MAX_UNITS) {
                    out.at(i).accept(Violation.of("/supplementaryRequest", ViolationCodes.AMOUNT_TOO_LARGE,
                            "Supplementary requests up to that of " + label(f, i) + " sum to "
                                    + known(unit).decimalOf(requested).toPlainString() + ", more than the "
                                    + RoundingUnit.MAX_UNITS + " units of " + unit + " a sum may have"));
                }
            }
            if (f.matchingOffer() != null && f.matchingOffer().isPresent()) {
                offers[i] = NationalAmounts.knownUnits(f.matchingOffer().get(), true, currency, unit, () -> "/matchingOffer",
                        () -> "Matching offer for " + label(f, at), out.at(i));
            }
        }
        return new Requests(requesters, requests.stream().mapToLong(Long::longValue).toArray(), offers);
    }

    /**
     * Checks the associations of a model's allocation, all of them known.
     *
     * @return the previous allocations in units, zero where absent
     */
    static long[] checkAssociations(AllocationModel model, CurrencyUnit currency, RoundingUnit unit,
            List<AssociationFigures> list, Findings out) {
        List<PartialAssociation> known = new ArrayList<>(list.size());
        list.forEach(f -> known.add(PartialAssociation.of(f)));
        return checkAssociations(PartialModel.of(model), currency, unit, known, out);
    }

    /**
     * Checks the associations: at least one and at most {@link StateAllocation#MAX_ASSOCIATIONS}; ids
     * unique; previous allocations in the currency and at the unit, and present where a limit is measured
     * from them; no measure with a positive weight zero everywhere. Each rule is skipped where it needs a
     * part that is unknown (null). A figure that breaks its own rule (a negative population) is reported
     * by {@link AssociationFigures} and is unknown here.
     *
     * @return the previous allocations in units, zero where absent or unknown
     */
    static long[] checkAssociations(PartialModel model, @Nullable CurrencyUnit currency, @Nullable RoundingUnit unit,
            List<PartialAssociation> list, Findings out) {
        int n = list.size();
        if (n == 0) {
            out.atAllocation().accept(Violation.of("/associations", ViolationCodes.NATIONAL_NO_ASSOCIATIONS,
                    "A national allocation needs at least one association"));
        } else if (n > StateAllocation.MAX_ASSOCIATIONS) {
            out.atAllocation().accept(Violation.of("/associations", ViolationCodes.NATIONAL_TOO_MANY_ASSOCIATIONS,
                    "A national allocation may have at most " + StateAllocation.MAX_ASSOCIATIONS + " associations, got " + n));
            return new long[n];
        }
        Map<AssociationId, Integer> seen = new HashMap<>();
        long[] previous = new long[n];
        Fraction grow = model.maxIncrease() == null || model.maxIncrease().isEmpty() || !validLimit(model.maxIncrease().get())
                ? null : Fraction.ONE.plus(Fraction.from(model.maxIncrease().get()).dividedBy(StateCalculator.HUNDRED));
        for (int i = 0; i < n; i++) {
            PartialAssociation f = list.get(i);
            Integer earlier = f.id() == null ? null : seen.putIfAbsent(f.id(), i);
            if (earlier != null) {
                out.at(i).accept(Violation.of("/id", ViolationCodes.NATIONAL_DUPLICATE_ASSOCIATION,
                        "Association id '" + f.id() + "' is used by associations " + earlier + " and " + i));
            }
            previous[i] = previous(model, grow, currency, unit, f, i, out);
        }
        checkTotals(model, list, out);
        return previous;
    }

    /** An association's previous allocation in units, zero where absent or invalid; or its absence checked. */
    private static long previous(PartialModel model, @Nullable Fraction grow, @Nullable CurrencyUnit currency,
            @Nullable RoundingUnit unit, PartialAssociation f, int i, Findings out) {
        if (f.previousAllocation() == null || f.previousAllocation().isPresent()) {
            Long p = NationalAmounts.knownUnits(f.previousAllocation() == null ? null : f.previousAllocation().get(), true,
                    currency, unit, () -> "/previousAllocation", () -> "Previous allocation of " + label(f, i), out.at(i));
            if (p == null) {
                return 0;
            }
            checkCeiling(model, grow, known(unit), f, i, p, out);
            return p;
        }
        checkPreviousNeeded(model, f, i, out);
        return 0;
    }

    /**
     * No measure with a positive weight is zero for every association. A sum is unknown once a figure is
     * unknown or breaks its own rule (reported by {@link AssociationFigures}): it is not formed.
     */
    private static void checkTotals(PartialModel model, List<PartialAssociation> list, Findings out) {
        if (list.isEmpty()) {
            return;
        }
        BigDecimal supportSum = BigDecimal.ZERO;
        long populations = 0;
        boolean populationsKnown = true;
        for (PartialAssociation f : list) {
            BigDecimal measure = f.supportMeasure();
            supportSum = supportSum == null || measure == null || !validSupportMeasure(measure) ? null : supportSum.add(measure);
            if (f.population() == null || f.population() < 0 || f.population() > AssociationFigures.MAX_POPULATION) {
                populationsKnown = false;
            } else {
                populations += f.population();
            }
        }
        if (model.supportMeasureWeight() != null && model.supportMeasureWeight().signum() > 0 && supportSum != null
                && supportSum.signum() == 0) {
            out.atAllocation().accept(Violation.of("/associations", ViolationCodes.NATIONAL_ZERO_TOTAL, "Every association's"
                    + " försörjningsmått is zero, but försörjningsmått weighs "
                    + NationalAmounts.number(model.supportMeasureWeight()) + " %"));
        }
        if (model.populationWeight() != null && model.populationWeight().signum() > 0 && populationsKnown
                && populations == 0) {
            out.atAllocation().accept(Violation.of("/associations", ViolationCodes.NATIONAL_ZERO_TOTAL, "Every association's"
                    + " population is zero, but population weighs " + NationalAmounts.number(model.populationWeight()) + " %"));
        }
    }

    /**
     * The ceiling, formed from the previous allocation and the limit on increase (up to 1 000 %, eleven
     * times the previous allocation), is an amount the allocation reports: at most {@link RoundingUnit#MAX_UNITS}.
     */
    private static void checkCeiling(PartialModel model, @Nullable Fraction grow, RoundingUnit unit, PartialAssociation f,
            int i, long previous, Findings out) {
        if (grow == null) {
            return;
        }
        long ceiling = StateCalculator.times(previous, grow, false); // at most 11 × MAX_UNITS: a long
        if (ceiling > RoundingUnit.MAX_UNITS) {
            out.at(i).accept(Violation.of("/previousAllocation", ViolationCodes.AMOUNT_TOO_LARGE,
                    "Previous allocation of " + label(f, i) + ", " + unit.decimalOf(previous).toPlainString()
                            + ", and the limit on increase (" + NationalAmounts.number(known(model.maxIncrease()).orElseThrow())
                            + " %) make a ceiling of " + unit.decimalOf(ceiling).toPlainString() + ", more than the "
                            + RoundingUnit.MAX_UNITS + " units of " + unit + " an amount may have"));
        }
    }

    /** Whether a limit on increase is one the model accepts (0–1 000 %), so that a ceiling can be formed of it. */
    private static boolean validLimit(BigDecimal percent) {
        return percent.signum() >= 0 && percent.compareTo(THOUSAND) <= 0 && percent.scale() <= 40;
    }

    /** An association without a previous allocation: a violation if a limit it is subject to is measured from it. */
    private static void checkPreviousNeeded(PartialModel model, PartialAssociation f, int i, Findings out) {
        if (model.maxIncrease() != null && model.maxIncrease().isPresent()) {
            out.at(i).accept(Violation.of("/previousAllocation", ViolationCodes.NATIONAL_PREVIOUS_ALLOCATION_MISSING,
                    "Association " + label(f, i) + " has no previous allocation, but the limit on increase ("
                            + NationalAmounts.number(model.maxIncrease().get()) + " %) is measured from it"));
        } else if (model.maxDecrease() != null && model.maxDecrease().isPresent()
                && Boolean.FALSE.equals(f.equityAboveReasonableLevel())) {
            out.at(i).accept(Violation.of("/previousAllocation", ViolationCodes.NATIONAL_PREVIOUS_ALLOCATION_MISSING,
                    "Association " + label(f, i) + " has no previous allocation, but the limit on decrease ("
                            + NationalAmounts.number(model.maxDecrease().get()) + " %) protects it; give it, or mark its"
                            + " equity as above the reasonable level"));
        }
    }

    /** Whether a försörjningsmått is within its rule: 0 to 10^15, at most the decimals allowed. */
    private static boolean validSupportMeasure(BigDecimal measure) {
        if (measure.signum() < 0 || measure.compareTo(AssociationFigures.MAX_SUPPORT_MEASURE) > 0) {
            return false;
        }
        return measure.signum() == 0
                || ((long) measure.scale() - measure.precision() < AssociationFigures.MAX_SUPPORT_MEASURE_DECIMALS
                        && Decimals.hasAtMostDecimals(measure, AssociationFigures.MAX_SUPPORT_MEASURE_DECIMALS));
    }

    /**
     * A part of the input that is known wherever it is asked for: the rounding unit and the currency
     * wherever an amount is known in units ({@link NationalAmounts#knownUnits} gives no units without
     * them), and the limit on increase wherever a ceiling is formed of it.
     */
    private static <T> T known(@Nullable T part) {
        return Objects.requireNonNull(part, "an amount in units, or a ceiling, is known only with the part it needs");
    }

    /** How an association is named in messages: its id, or its place when the id is unknown. */
    static String label(PartialAssociation f, int i) {
        return f.id() != null ? "'" + f.id() + "'" : "number " + i;
    }

    /**
     * Checks that the amount to allocate covers the base of every association.
     *
     * @param amount the amount to allocate, in units
     * @param n the number of associations, at most {@link StateAllocation#MAX_ASSOCIATIONS}
     * @param base the base, in units, at most 10<sup>15</sup>
     * @return the violation at the allocation's {@code /appropriation}, or null if the bases are covered
     */
    static @Nullable Violation checkBases(long amount, int n, long base, RoundingUnit unit, CurrencyUnit currency) {
        if (amount >= n * base) {
            return null;
        }
        return Violation.of("/appropriation", ViolationCodes.NATIONAL_APPROPRIATION_BELOW_BASES, "The amount to allocate, "
                + NationalAmounts.format(amount, unit, currency) + ", is less than the bases of the " + n + " associations, "
                + n + " × " + NationalAmounts.format(base, unit, currency) + " = " + NationalAmounts.format(n * base, unit, currency));
    }

    /**
     * Whether the amount to allocate covers the bases, and whether the limits can be met: the rules that
     * need the allocation's limits found, checked on what is known (and skipped where something they need
     * is not).
     */
    static void checkAllocation(Checked checked, PartialModel model, @Nullable List<PartialAssociation> associations,
            @Nullable RoundingUnit unit, @Nullable CurrencyUnit currency, Findings out) {
        if (checked.total() == null || !checked.potKnown() || unit == null || currency == null || associations == null
                || associations.isEmpty() || associations.size() > StateAllocation.MAX_ASSOCIATIONS) {
            return;
        }
        long amount = checked.total() - checked.pot();
        Violation belowBases = checked.base() == null ? null
                : checkBases(amount, associations.size(), checked.base(), unit, currency);
        if (belowBases != null) {
            out.atAllocation().accept(belowBases);
        } else if (checked.base() != null) {
            checkLimits(unit.amountOf(amount, currency), model, associations, unit, out);
        }
    }

    /**
     * Whether the limits on decrease and increase can be met, for a partial check: only when every figure
     * the allocation needs is known and valid, by finding its limits as building it does
     * ({@link StateCalculator#prepare}); its other rules are checked elsewhere and not reported here.
     */
    private static void checkLimits(MonetaryAmount amount, PartialModel partial, List<PartialAssociation> associations,
            RoundingUnit unit, Findings out) {
        if (partial.base() == null || partial.supportMeasureWeight() == null || partial.populationWeight() == null
                || partial.maxDecrease() == null || partial.maxIncrease() == null) {
            return;
        }
        try {
            // Ids, names, requests and offers are not the limits' concern: a stand-in for each association.
            List<AssociationFigures> figures = new ArrayList<>(associations.size());
            for (int i = 0; i < associations.size(); i++) {
                PartialAssociation f = associations.get(i);
                if (f.population() == null || f.supportMeasure() == null || f.previousAllocation() == null
                        || f.equityAboveReasonableLevel() == null) {
                    return; // a figure the allocation needs is unknown
                }
                figures.add(new AssociationFigures(AssociationId.of("association-" + i), "association " + i, f.population(),
                        f.supportMeasure(), f.previousAllocation(), f.equityAboveReasonableLevel(), Optional.empty(),
                        Optional.empty(), Optional.empty()));
            }
            AllocationModel model = new AllocationModel(partial.base(), partial.supportMeasureWeight(),
                    partial.populationWeight(), partial.maxDecrease(), partial.maxIncrease());
            StateCalculator.prepare(model, amount, figures, unit, null); // the checks alone: nothing is computed
        } catch (NationalValidationException e) {
            e.located().stream().filter(v -> LIMIT_CODES.contains(v.violation().code())).forEach(out::add);
        } catch (FinsamValidationException e) {
            // A figure or parameter that breaks its own rule: reported by its own check, not here.
            return;
        }
    }
}
