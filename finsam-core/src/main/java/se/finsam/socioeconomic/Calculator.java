package se.finsam.socioeconomic;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.finsam.money.Fraction;

/**
 * Computes the results of a calculation at one discount rate, for any horizon up to the longest it was made
 * for, with the number who succeed and a factor on the cost of exclusion chosen per result.
 *
 * <p>The heavy fractions are shared: the discount factors, the effect's share in each year and their
 * products (the present value of one person-krona out of exclusion in year {@code j}) and its running sums
 * are computed once for every actor and horizon; an actor's figures are then those shared fractions times its
 * own small gain per person. Work: project years + longest horizon exact products for the rate, then actors ×
 * horizon products of a shared fraction by a small one per result.
 */
final class Calculator {

    private static final Fraction TWELVE = Fraction.of(12, 1);

    private final SocioEconomicCalculation calculation;
    private final Fraction rate;
    private final int projectYears;
    /** The discount factor of each year from the start, index 0 the project's first year. */
    private final List<Fraction> discount = new ArrayList<>();
    /** The effect's share in each year after the project, index 0 the first. */
    private final List<Fraction> shares = new ArrayList<>();
    /** The effect's share times the year's discount factor, index 0 the first year after the project. */
    private final List<Fraction> weights = new ArrayList<>();
    /** The running sums of {@link #weights}: index j is the sum of the first j (index 0 is zero). */
    private final List<Fraction> cumulative = new ArrayList<>();
    /** The present value of the project's costs, the whole of them. */
    private final Fraction costValue;

    Calculator(SocioEconomicCalculation calculation, int longest, Fraction rate) {
        this.calculation = calculation;
        this.rate = rate;
        this.projectYears = calculation.projectCosts().size();
        Fraction step = Fraction.ONE.dividedBy(Fraction.ONE.plus(rate));
        Fraction factor = Fraction.ONE;
        for (int year = 0; year < projectYears + longest; year++) {
            discount.add(factor);
            factor = factor.multipliedBy(step);
        }
        Fraction value = Fraction.ZERO;
        for (int year = 0; year < projectYears; year++) {
            value = value.plus(Checks.of(calculation.projectCosts().get(year)).multipliedBy(discount.get(year)));
        }
        costValue = value;
        Optional<Fraction> fallOff = calculation.effect().fallOff();
        Fraction share = Fraction.ONE;
        Fraction sum = Fraction.ZERO;
        cumulative.add(sum);
        for (int year = 1; year <= longest; year++) {
            if (fallOff.isPresent()) {
                shares.add(share);
                share = share.multipliedBy(Fraction.ONE.minus(fallOff.get()));
            } else {
                shares.add(calculation.effect().share(year));
            }
            Fraction weight = shares.get(year - 1).multipliedBy(discount.get(projectYears + year - 1));
            weights.add(weight);
            sum = sum.plus(weight);
            cumulative.add(sum);
        }
    }

    HorizonResult result(int horizon, Success success, Fraction costFactor) {
        List<ActorResult> actors = new ArrayList<>();
        for (Actor actor : Actor.values()) {
            actors.add(of(Optional.of(actor), actor.statutoryShare(), horizon, success, costFactor));
        }
        return new HorizonResult(horizon, success, rate, actors, of(Optional.empty(), Fraction.ONE, horizon, success,
                costFactor));
    }

    private ActorResult of(Optional<Actor> actor, Fraction financingShare, int horizon, Success success,
            Fraction costFactor) {
        List<Fraction> investmentByYear = new ArrayList<>();
        for (int year = 0; year < projectYears; year++) {
            investmentByYear.add(Checks.of(calculation.projectCosts().get(year)).multipliedBy(financingShare));
        }
        Fraction investment = costValue.multipliedBy(financingShare);
        PersonYear perPerson = scaled(calculation.costOfExclusion().gain(actor), costFactor);
        Fraction perSuccess = perPerson.total();
        Fraction perYear = success.successful().multipliedBy(perSuccess);
        List<YearGain> gains = new ArrayList<>();
        for (int year = 1; year <= horizon; year++) {
            Fraction share = shares.get(year - 1);
            gains.add(new YearGain(year, projectYears + year, share, perYear.multipliedBy(share),
                    discount.get(projectYears + year - 1), perYear.multipliedBy(weights.get(year - 1))));
        }
        Fraction gainsValue = perYear.multipliedBy(cumulative.get(horizon));
        return new ActorResult(actor, perPerson, investmentByYear, investment, gains, gainsValue,
                gainsValue.minus(investment), payback(investment, perYear, horizon),
                breakEven(investment, perSuccess.multipliedBy(cumulative.get(horizon)), success));
    }

    private static PersonYear scaled(PersonYear gain, Fraction costFactor) {
        return new PersonYear(gain.realCosts().multipliedBy(costFactor), gain.transfers().multipliedBy(costFactor),
                gain.taxes().multipliedBy(costFactor), gain.production().multipliedBy(costFactor));
    }

    /**
     * The first month from the start by whose end the gains cover the investment, gains even over each year:
     * the first year {@code j} whose running sum covers it, then the month within it.
     */
    private Payback payback(Fraction investment, Fraction perYear, int horizon) {
        if (investment.signum() <= 0) {
            return new Payback(Payback.Status.NOT_INVESTING, 0);
        }
        if (perYear.signum() <= 0) {
            return new Payback(Payback.Status.NOT_WITHIN_HORIZON, 0);
        }
        // Covered by year j when perYear × cumulative(j) ≥ investment, i.e. cumulative(j) ≥ investment / perYear.
        Fraction needed = investment.dividedBy(perYear);
        for (int year = 1; year <= horizon; year++) {
            if (weights.get(year - 1).signum() > 0 && cumulative.get(year).compareTo(needed) >= 0) {
                Fraction months = needed.minus(cumulative.get(year - 1)).multipliedBy(TWELVE).dividedBy(weights.get(year - 1));
                return new Payback(Payback.Status.PAID_BACK, 12 * (projectYears + year - 1) + ceiling(months).intValueExact());
            }
        }
        return new Payback(Payback.Status.NOT_WITHIN_HORIZON, 0);
    }

    /** The least whole {@code k ≥ 0} with {@code k × perSuccess ≥ investment}. */
    private static BreakEven breakEven(Fraction investment, Fraction perSuccess, Success success) {
        if (investment.signum() <= 0) {
            return new BreakEven(Optional.of(BigInteger.ZERO), false);
        }
        if (perSuccess.signum() <= 0) {
            return new BreakEven(Optional.empty(), true);
        }
        BigInteger least = ceiling(investment.dividedBy(perSuccess));
        return new BreakEven(Optional.of(least), least.compareTo(BigInteger.valueOf(success.participants())) > 0);
    }

    private static BigInteger ceiling(Fraction value) {
        return value.isInteger() ? value.floor() : value.floor().add(BigInteger.ONE);
    }
}
