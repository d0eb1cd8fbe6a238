package se.finsam.socioeconomic;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;
import se.finsam.money.AmountFormat;
import se.finsam.money.Fraction;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.ValidationResult;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

/**
 * What one person's exclusion costs one actor in a year (docs/socioeconomic.md): its <em>real resource
 * costs</em> (services, care, administration: resources society could have used otherwise), the
 * <em>transfers</em> it pays (benefits, financial assistance: income to the individual, not a cost to
 * society) and the <em>taxes it loses</em> because the person does not work (part of the lost production,
 * which {@link CostOfExclusion} holds). The individual may have real costs, never transfers or taxes to pay.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param actor who bears the cost
 * @param realCosts real resource costs per person and year
 * @param transfers transfers paid per person and year
 * @param lostTaxes taxes not collected per person and year
 */
public record ExclusionCost(Actor actor, MonetaryAmount realCosts, MonetaryAmount transfers, MonetaryAmount lostTaxes) {

    /**
     * Validates the cost.
     *
     * @param actor who bears the cost
     * @param realCosts real resource costs per person and year
     * @param transfers transfers paid per person and year
     * @param lostTaxes taxes not collected per person and year
     * @throws FinsamValidationException as {@link #check} finds
     */
    public ExclusionCost {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(realCosts, "realCosts");
        Objects.requireNonNull(transfers, "transfers");
        Objects.requireNonNull(lostTaxes, "lostTaxes");
        check(actor, realCosts, transfers, lostTaxes).throwIfInvalid("cost of exclusion");
    }

    /**
     * Obtains the cost of exclusion to an actor that loses no taxes.
     *
     * @param actor who bears the cost
     * @param realCosts real resource costs per person and year
     * @param transfers transfers paid per person and year
     * @return the cost
     * @throws FinsamValidationException as {@link #check} finds
     */
    public static ExclusionCost of(Actor actor, MonetaryAmount realCosts, MonetaryAmount transfers) {
        return new ExclusionCost(actor, realCosts, transfers, realCosts.multiply(0));
    }

    /**
     * Checks a cost's parts, those given: each from 0 to {@link SocioEconomicCalculation#MAX_AMOUNT}, and the
     * individual pays no transfers and loses no taxes. A reader that reports every fault at once passes what
     * it could read.
     *
     * <pre>{@code ExclusionCost.check(Actor.INDIVIDUAL, sek("0"), sek("1000"), sek("0"))   // /transfers socioeconomic.individual-pays}</pre>
     *
     * @param actor who bears the cost, or null if unknown
     * @param realCosts real resource costs, or null if unknown
     * @param transfers transfers, or null if unknown
     * @param lostTaxes lost taxes, or null if unknown
     * @return the violations, at {@code /realCosts}, {@code /transfers} and {@code /lostTaxes}
     */
    public static ValidationResult check(@Nullable Actor actor, @Nullable MonetaryAmount realCosts,
            @Nullable MonetaryAmount transfers, @Nullable MonetaryAmount lostTaxes) {
        List<Violation> v = new ArrayList<>();
        String who = actor == null ? "" : " of " + actor;
        Checks.amount("/realCosts", "Real costs" + who, realCosts, null, v);
        Checks.amount("/transfers", "Transfers" + who, transfers, null, v);
        Checks.amount("/lostTaxes", "Lost taxes" + who, lostTaxes, null, v);
        if (actor == Actor.INDIVIDUAL) {
            individualPaysNothing("/transfers", "transfers", transfers, v);
            individualPaysNothing("/lostTaxes", "lost taxes", lostTaxes, v);
        }
        return ValidationResult.of(v);
    }

    private static void individualPaysNothing(String path, String what, @Nullable MonetaryAmount amount,
            List<Violation> v) {
        if (amount != null && amount.isPositive()) {
            v.add(Violation.of(path, ViolationCodes.SOCIOECONOMIC_INDIVIDUAL_PAYS, "The individual receives "
                    + "transfers and pays taxes through the lost production; " + what + " of INDIVIDUAL must be 0, was "
                    + AmountFormat.plain(amount)));
        }
    }

    /**
     * Returns what the actor gains per person and year out of exclusion: its real costs, transfers and lost
     * taxes, avoided.
     *
     * @return the parts, all not negative
     */
    PersonYear gain() {
        return new PersonYear(Checks.of(realCosts), Checks.of(transfers), Checks.of(lostTaxes), Fraction.ZERO);
    }
}
