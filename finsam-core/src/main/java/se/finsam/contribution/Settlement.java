package se.finsam.contribution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import javax.money.MonetaryAmount;
import se.finsam.member.Member;
import se.finsam.member.MemberId;
import se.finsam.member.MemberKind;
import se.finsam.money.RoundingUnit;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

/**
 * The settlement between contributions invoiced on a preliminary key and those due on the final key
 * (docs/domain.md, Preliminary and final keys: the settlement): each member's difference, the
 * differences summing to zero.
 *
 * <p>RAR Sörmland's 2007 plan: the municipal split for 2007 and 2008 is preliminary; the final split uses the
 * population on 1 November. Compute both splits of the same financing, then settle:
 * <pre>{@code
 * ContributionSplit invoiced = association.contributions(financing, RoundingUnit.KRONA);
 * ContributionSplit due = association.withMunicipalKey(finalKey).contributions(financing, RoundingUnit.KRONA);
 * Settlement s = Settlement.between(invoiced, due);
 * s.differenceOf(MemberId.of("flen"));   // positive: Flen pays more; negative: Flen gets money back
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Settlement {

    /**
     * One member's settlement.
     *
     * @param member the member
     * @param kind the member's kind
     * @param invoiced what was invoiced on the preliminary key
     * @param due what is due on the final key
     * @param difference {@code due − invoiced}: positive, the member pays more; negative, it gets back
     */
    public record Entry(MemberId member, MemberKind kind, MonetaryAmount invoiced, MonetaryAmount due,
            MonetaryAmount difference) {

        /**
         * Validates that no component is null.
         *
         * @param member the member
         * @param kind the member's kind
         * @param invoiced what was invoiced on the preliminary key
         * @param due what is due on the final key
         * @param difference {@code due − invoiced}: positive, the member pays more; negative, it gets back
         * @throws NullPointerException if a component is null
         */
        public Entry {
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(invoiced, "invoiced");
            Objects.requireNonNull(due, "due");
            Objects.requireNonNull(difference, "difference");
        }
    }

    private final ContributionSplit preliminary;
    private final ContributionSplit finalSplit;

    private Settlement(ContributionSplit preliminary, ContributionSplit finalSplit) {
        this.preliminary = preliminary;
        this.finalSplit = finalSplit;
    }

    /**
     * Obtains the settlement between a preliminary and a final split of the same money among the same
     * members.
     *
     * @param preliminary the split that was invoiced
     * @param finalSplit the split that is due
     * @return the settlement
     * @throws FinsamValidationException with code {@link ViolationCodes#SETTLEMENT_MISMATCH} if the
     *     splits differ in members, currency, rounding unit or total
     */
    public static Settlement between(ContributionSplit preliminary, ContributionSplit finalSplit) {
        Objects.requireNonNull(preliminary, "preliminary");
        Objects.requireNonNull(finalSplit, "finalSplit");
        List<Violation> violations = new ArrayList<>();
        List<MemberId> a = preliminary.charter().members().stream().map(Member::id).toList();
        List<MemberId> b = finalSplit.charter().members().stream().map(Member::id).toList();
        if (!a.equals(b)) {
            violations.add(Violation.of("/members", ViolationCodes.SETTLEMENT_MISMATCH,
                    "Both splits must have the same members in the same order, were " + a + " and " + b));
        }
        if (!preliminary.currency().equals(finalSplit.currency())) {
            violations.add(Violation.of("/currency", ViolationCodes.SETTLEMENT_MISMATCH, "Both splits must be in one currency, were "
                    + preliminary.currency().getCurrencyCode() + " and " + finalSplit.currency().getCurrencyCode()));
        }
        if (!preliminary.unit().equals(finalSplit.unit())) {
            violations.add(Violation.of("/roundingUnit", ViolationCodes.SETTLEMENT_MISMATCH,
                    "Both splits must have the same rounding unit, were " + preliminary.unit() + " and " + finalSplit.unit()));
        }
        if (preliminary.totalUnits() != finalSplit.totalUnits() && preliminary.unit().equals(finalSplit.unit())) {
            violations.add(Violation.of("/total", ViolationCodes.SETTLEMENT_MISMATCH, "Both splits must share out the same total, were "
                    + preliminary.total().getNumber() + " and " + finalSplit.total().getNumber()));
        }
        if (!violations.isEmpty()) {
            throw new FinsamValidationException("settlement", violations);
        }
        return new Settlement(preliminary, finalSplit);
    }

    /**
     * Returns every member's settlement, in member order.
     *
     * @return the entries, unmodifiable
     */
    public List<Entry> entries() {
        RoundingUnit unit = preliminary.unit();
        List<Entry> entries = new ArrayList<>();
        for (Member m : preliminary.charter().members()) {
            long invoiced = preliminary.unitsOf(m.id());
            long due = finalSplit.unitsOf(m.id());
            entries.add(new Entry(m.id(), m.kind(), unit.amountOf(invoiced, preliminary.currency()),
                    unit.amountOf(due, preliminary.currency()), unit.amountOf(due - invoiced, preliminary.currency())));
        }
        return Collections.unmodifiableList(entries);
    }

    /**
     * Returns a member's difference, {@code due − invoiced}.
     *
     * @param member the member
     * @return the difference: positive, the member pays more; negative, it gets money back
     * @throws IllegalArgumentException if the member is not in the splits
     */
    public MonetaryAmount differenceOf(MemberId member) {
        return preliminary.unit().amountOf(finalSplit.unitsOf(member) - preliminary.unitsOf(member), preliminary.currency());
    }

    /**
     * Returns the split that was invoiced.
     *
     * @return the preliminary split
     */
    public ContributionSplit preliminary() {
        return preliminary;
    }

    /**
     * Returns the split that is due.
     *
     * @return the final split
     */
    public ContributionSplit finalSplit() {
        return finalSplit;
    }
}
