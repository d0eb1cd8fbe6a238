package se.finsam.socioeconomic;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;
import se.finsam.money.AmountFormat;
import se.finsam.money.Fraction;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.ValidationResult;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

/**
 * What one person's exclusion costs in a year (docs/socioeconomic.md): per actor, its real costs, transfers
 * and lost taxes ({@link ExclusionCost}), and the production lost to society. An actor not listed bears
 * nothing. The taxes lost are part of the lost production, so together they are at most it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param actors the cost to each actor, at most one per actor, in the order given
 * @param lostProduction the production lost per person and year (the income the person would have earned
 *     before tax), zero when not estimated
 */
public record CostOfExclusion(List<ExclusionCost> actors, MonetaryAmount lostProduction) {

    /**
     * Validates the cost.
     *
     * @param actors the cost to each actor
     * @param lostProduction the production lost per person and year
     * @throws FinsamValidationException as {@link #check} finds
     */
    public CostOfExclusion {
        actors = List.copyOf(actors);
        Objects.requireNonNull(lostProduction, "lostProduction");
        List<@Nullable Actor> who = new ArrayList<>();
        List<@Nullable MonetaryAmount> taxes = new ArrayList<>();
        for (ExclusionCost cost : actors) {
            who.add(cost.actor());
            taxes.add(cost.lostTaxes());
        }
        ValidationResult result = check(who, taxes, lostProduction);
        for (int i = 0; i < actors.size(); i++) {
            result = result.and(currency(actors.get(i), lostProduction.getCurrency()).under("/actors/" + i));
        }
        result.throwIfInvalid("cost of exclusion");
    }

    /**
     * Obtains a cost of exclusion.
     *
     * @param lostProduction the production lost per person and year
     * @param actors the cost to each actor
     * @return the cost
     * @throws FinsamValidationException as {@link #check} finds
     */
    public static CostOfExclusion of(MonetaryAmount lostProduction, ExclusionCost... actors) {
        return new CostOfExclusion(List.of(actors), lostProduction);
    }

    /**
     * Checks the rules between the actors' costs, for those given: no actor twice, the lost production
     * not negative nor too large, and the lost taxes together at most the lost production. (Each actor's own
     * amounts {@link ExclusionCost#check} checks.)
     *
     * <pre>{@code CostOfExclusion.check(List.of(MUNICIPALITY, MUNICIPALITY), taxes, sek("0"))   // /actors/1/actor socioeconomic.duplicate-actor}</pre>
     *
     * @param actors each actor, or null where unknown
     * @param lostTaxes each actor's lost taxes, or null where unknown, in the same order
     * @param lostProduction the lost production, or null if unknown
     * @return the violations, at {@code /actors/<i>/actor} and {@code /lostProduction}
     */
    public static ValidationResult check(List<@Nullable Actor> actors, List<@Nullable MonetaryAmount> lostTaxes,
            @Nullable MonetaryAmount lostProduction) {
        List<Violation> v = new ArrayList<>();
        Map<Actor, Integer> seen = new EnumMap<>(Actor.class);
        for (int i = 0; i < actors.size(); i++) {
            Actor actor = actors.get(i);
            if (actor != null) {
                Integer first = seen.putIfAbsent(actor, i);
                if (first != null) {
                    v.add(Violation.of("/actors/" + i + "/actor", ViolationCodes.SOCIOECONOMIC_DUPLICATE_ACTOR,
                            "Actor " + actor + " is listed twice, first at /actors/" + first));
                }
            }
        }
        Checks.amount("/lostProduction", "Lost production", lostProduction, null, v);
        Fraction taxes = Fraction.ZERO;
        boolean allKnown = true;
        for (MonetaryAmount tax : lostTaxes) {
            if (tax == null || tax.isNegative()) {
                allKnown = false;
            } else {
                taxes = taxes.plus(Checks.of(tax));
            }
        }
        if (allKnown && lostProduction != null && !lostProduction.isNegative()
                && taxes.compareTo(Checks.of(lostProduction)) > 0) {
            v.add(Violation.of("/lostProduction", ViolationCodes.SOCIOECONOMIC_TAXES_EXCEED_PRODUCTION,
                    "The lost taxes, " + AmountFormat.plain(taxes.toBigDecimal(2, java.math.RoundingMode.HALF_UP))
                            + " together, are part of the lost production and cannot exceed it, was "
                            + AmountFormat.plain(lostProduction)));
        }
        return ValidationResult.of(v);
    }

    /**
     * Checks that an actor's amounts are in a currency.
     *
     * @param cost the actor's cost
     * @param currency the currency
     * @return the violations, at {@code /realCosts}, {@code /transfers} and {@code /lostTaxes}
     */
    static ValidationResult currency(ExclusionCost cost, CurrencyUnit currency) {
        List<Violation> v = new ArrayList<>();
        String who = " of " + cost.actor();
        Checks.amount("/realCosts", "Real costs" + who, cost.realCosts(), currency, v);
        Checks.amount("/transfers", "Transfers" + who, cost.transfers(), currency, v);
        Checks.amount("/lostTaxes", "Lost taxes" + who, cost.lostTaxes(), currency, v);
        return ValidationResult.of(v);
    }

    /**
     * Returns an actor's cost, if listed.
     *
     * @param actor the actor
     * @return its cost, or empty if it bears none
     */
    public Optional<ExclusionCost> of(Actor actor) {
        return actors.stream().filter(cost -> cost.actor() == actor).findFirst();
    }

    /**
     * Returns the cost of exclusion per person and year as the published accounts state it: every actor's
     * real costs and transfers, and the lost production (the lost taxes are part of it).
     *
     * @return the stated cost
     */
    public Fraction perPersonAndYear() {
        Fraction sum = Checks.of(lostProduction);
        for (ExclusionCost cost : actors) {
            sum = sum.plus(Checks.of(cost.realCosts())).plus(Checks.of(cost.transfers()));
        }
        return sum;
    }

    /**
     * Returns what one person out of exclusion for a year is worth to an actor, or to society.
     *
     * @param actor the actor, or empty for society
     * @return the gain by its parts
     */
    public PersonYear gain(Optional<Actor> actor) {
        PersonYear zero = new PersonYear(Fraction.ZERO, Fraction.ZERO, Fraction.ZERO, Fraction.ZERO);
        if (actor.isEmpty()) {
            Fraction real = Fraction.ZERO;
            for (ExclusionCost cost : actors) {
                real = real.plus(Checks.of(cost.realCosts()));
            }
            return new PersonYear(real, Fraction.ZERO, Fraction.ZERO, Checks.of(lostProduction));
        }
        PersonYear own = of(actor.get()).map(ExclusionCost::gain).orElse(zero);
        if (actor.get() != Actor.INDIVIDUAL) {
            return own;
        }
        Fraction transfers = Fraction.ZERO;
        Fraction taxes = Fraction.ZERO;
        for (ExclusionCost cost : actors) {
            transfers = transfers.plus(Checks.of(cost.transfers()));
            taxes = taxes.plus(Checks.of(cost.lostTaxes()));
        }
        return own.plus(new PersonYear(Fraction.ZERO, transfers.negated(), taxes.negated(), Checks.of(lostProduction)));
    }
}
