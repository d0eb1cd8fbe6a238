package se.finsam.contribution;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.money.CurrencyUnit;
import se.finsam.member.Member;
import se.finsam.member.MemberId;
import se.finsam.member.Party;
import se.finsam.money.Allocation;
import se.finsam.money.RoundingUnit;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.ValidationResult;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

/**
 * The statutory split of a year's money among the members (5 § of the Finsam law; docs/domain.md,
 * The statutory split and Matching).
 *
 * <p>Step by step, every step exact at the rounding unit by {@link Allocation largest remainder}:
 * <ol>
 *   <li><b>Parties.</b> From a total: state, regions and municipalities by weights 2 : 1 : 1. From
 *       the state's contribution {@code S}: the state pays {@code S}, and {@code S} is split 1 : 1
 *       between regions and municipalities. The parties' amounts depend on the amount alone, never on
 *       the order of the members: ties go in the order of 5 § of the law, state, regions,
 *       municipalities, so a total of {@code 4k + 2} units gives the regions the last unit, and an odd
 *       state contribution gives the regions the odd unit of its match.</li>
 *   <li><b>State.</b> Försäkringskassan pays the state's whole share; Arbetsförmedlingen pays 0.</li>
 *   <li><b>Regions.</b> One region pays the regional share; several split it by the regional key.</li>
 *   <li><b>Municipalities.</b> The municipal share is split by the municipal key.</li>
 * </ol>
 * Within a party, ties go to the larger weight, then to the member listed first. Hence whenever the
 * total is a multiple of four units, state = regions + municipalities exactly, and always
 * total = state + regions + municipalities.
 *
 * <pre>{@code
 * ContributionSplit split = StatutorySplit.compute(charter,
 *         Financing.ofTotal(Money.of(15_000_000, "SEK")), RoundingUnit.KRONA);
 * split.amountOf(MemberId.of("eskilstuna"));   // 1 308 750 SEK (34.9 % of 3 750 000)
 * }</pre>
 */
public final class StatutorySplit {

    /** The parties in the order of 5 § of the law: the tie order of the split between parties. */
    private static final List<Party> LAW_ORDER = List.of(Party.STATE, Party.REGIONS, Party.MUNICIPALITIES);
    /** The weights 2 : 1 : 1 of {@link #LAW_ORDER}. */
    private static final List<BigDecimal> STATUTORY_WEIGHTS = LAW_ORDER.stream()
            .map(p -> BigDecimal.valueOf(p.statutoryWeight())).toList();
    /** The parties that match the state's contribution, in the law's order. */
    private static final List<Party> MATCHING_ORDER = List.of(Party.REGIONS, Party.MUNICIPALITIES);
    /** Regions and municipalities match the state half each. */
    private static final List<BigDecimal> MATCHING_WEIGHTS = List.of(BigDecimal.ONE, BigDecimal.ONE);

    private StatutorySplit() {
    }

    /**
     * Computes every member's contribution.
     *
     * @param charter the members and keys
     * @param financing the total, or the state's contribution
     * @param unit the rounding unit of every contribution
     * @return the contributions, explained
     * @throws FinsamValidationException if the amount is negative, not a multiple of the unit or too
     *     large, or the unit is finer than the currency allows; paths {@code /financing/total} or
     *     {@code /financing/stateContribution}, and {@code /roundingUnit}
     */
    public static ContributionSplit compute(Charter charter, Financing financing, RoundingUnit unit) {
        Objects.requireNonNull(charter, "charter");
        Objects.requireNonNull(financing, "financing");
        Objects.requireNonNull(unit, "unit");
        check(financing, unit).throwIfInvalid("contribution split");
        CurrencyUnit currency = financing.amount().getCurrency();
        long amountUnits = unit.unitsOf(financing.amount());

        Allocation<Party> parties;
        long stateUnits;
        if (financing.basis() == Financing.Basis.TOTAL) {
            parties = Allocation.splitOrdered(amountUnits, currency, unit, LAW_ORDER, STATUTORY_WEIGHTS);
            stateUnits = parties.unitsOf(Party.STATE);
        } else {
            parties = Allocation.splitOrdered(amountUnits, currency, unit, MATCHING_ORDER, MATCHING_WEIGHTS);
            stateUnits = amountUnits;
        }
        Allocation<MemberId> regions = splitParty(charter, Party.REGIONS, parties.unitsOf(Party.REGIONS), currency, unit);
        Allocation<MemberId> municipalities = splitParty(charter, Party.MUNICIPALITIES,
                parties.unitsOf(Party.MUNICIPALITIES), currency, unit);
        return new ContributionSplit(charter, financing, unit, stateUnits, parties, regions, municipalities);
    }

    /**
     * Checks, without throwing, that financing can be split at a unit: the amount is a whole multiple of
     * the unit and not too large (see {@link #checkAmount}), and the unit is payable in the amount's
     * currency. (That the amount is not negative, {@link Financing} checks.)
     *
     * @param financing the financing
     * @param unit the rounding unit
     * @return the violations, at {@code /financing/total} or {@code /financing/stateContribution} and
     *     {@code /roundingUnit}
     */
    public static ValidationResult check(Financing financing, RoundingUnit unit) {
        Objects.requireNonNull(financing, "financing");
        Objects.requireNonNull(unit, "unit");
        List<Violation> violations = new ArrayList<>();
        unit.checkPayableIn(financing.amount().getCurrency()).ifPresent(v -> violations.add(v.under("/roundingUnit")));
        violations.addAll(checkAmount(financing, unit).violations());
        return ValidationResult.of(violations);
    }

    /**
     * Checks, without throwing, the financing's amount at a unit: a whole multiple of it and not too large;
     * a state contribution is too large when the total it makes (twice it) is above
     * {@link RoundingUnit#MAX_UNITS} units. Whether the unit suits the currency is not checked: a reader
     * that could not read the currency still checks the amount.
     *
     * <pre>{@code StatutorySplit.checkAmount(Financing.ofTotal(sek("15000000.5")), RoundingUnit.KRONA)
     *         // /financing/total amount.not-multiple-of-unit}</pre>
     *
     * @param financing the financing
     * @param unit the rounding unit
     * @return the violations, at {@code /financing/total} or {@code /financing/stateContribution}
     */
    public static ValidationResult checkAmount(Financing financing, RoundingUnit unit) {
        Objects.requireNonNull(financing, "financing");
        Objects.requireNonNull(unit, "unit");
        String amountPath = financing.basis() == Financing.Basis.TOTAL ? "/financing/total" : "/financing/stateContribution";
        List<Violation> violations = new ArrayList<>();
        try {
            long units = unit.unitsOf(financing.amount());
            if (financing.basis() != Financing.Basis.TOTAL && units > RoundingUnit.MAX_UNITS / 2) {
                // The total, formed here, is the state's part and the others' matching part: twice the state's.
                violations.add(Violation.of(amountPath, ViolationCodes.AMOUNT_TOO_LARGE, "State contribution "
                        + unit.decimalOf(units).toPlainString() + " makes a total of " + unit.decimalOf(2 * units).toPlainString()
                        + " with the regions' and municipalities' matching parts, more than the "
                        + RoundingUnit.MAX_UNITS + " units of " + unit + " a total may have"));
            }
        } catch (FinsamValidationException e) {
            e.violations().forEach(v -> violations.add(v.under(amountPath)));
        }
        return ValidationResult.of(violations);
    }

    private static Allocation<MemberId> splitParty(Charter charter, Party party, long units, CurrencyUnit currency,
            RoundingUnit unit) {
        List<Member> members = charter.membersOf(party);
        ContributionKey key = party == Party.MUNICIPALITIES ? charter.municipalKey()
                : charter.regionalKey().orElse(ContributionKey.equal());
        List<MemberId> ids = new ArrayList<>(members.size());
        List<BigDecimal> weights = new ArrayList<>(members.size());
        for (Member m : members) {
            ids.add(m.id());
            weights.add(key.weightOf(m.id()));
        }
        return Allocation.splitOrdered(units, currency, unit, ids, weights);
    }
}
