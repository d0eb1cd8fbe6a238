package se.finsam.socioeconomic;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.finsam.money.Fraction;

/**
 * Computes one horizon's result with the calculation's figures, or with one of them varied: the number who
 * succeed, a factor on the cost of exclusion, the discount rate. Work: actors × (project years + horizon)
 * exact products.
 */
final class Calculator {

    private static final Fraction TWELVE = Fraction.of(12, 1);

    private final SocioEconomicCalculation calculation;
    private final int horizon;
    private final Success success;
    private final Fraction costFactor;
    private final Fraction rate;
    private final int projectYears;
    /** The discount factor of each year from the start, index 0 the project's first year. */
    private final List<Fraction> discount = new ArrayList<>();
    /** The effect's share in each year after the project, index 0 the first. */
    private final List<Fraction> shares = new ArrayList<>();

    Calculator(SocioEconomicCalculation calculation, int horizon, Success success, Fraction costFactor, Fraction rate) {
        this.calculation = calculation;
        this.horizon = horizon;
        this.success = success;
        this.costFactor = costFactor;
        this.rate = rate;
        this.projectYears = calculation.projectCosts().size();
        Fraction step = Fraction.ONE.dividedBy(Fraction.ONE.plus(rate));
        Fraction factor = Fraction.ONE;
        for (int year = 0; year < projectYears + horizon; year++) {
            discount.add(factor);
            factor = factor.multipliedBy(step);
        }
        Optional<Fraction> fallOff = calculation.effect().fallOff();
        Fraction share = Fraction.ONE;
        for (int year = 1; year <= horizon; year++) {
            if (fallOff.isPresent()) {
                shares.add(share);
                share = share.multipliedBy(Fraction.ONE.minus(fallOff.get()));
            } else {
                shares.add(calculation.effect().share(year));
            }
        }
    }

    HorizonResult result() {
        List<ActorResult> actors = new ArrayList<>();
        for (Actor actor : Actor.values()) {
            actors.add(of(Optional.of(actor), actor.statutoryShare()));
        }
        return new HorizonResult(horizon, success, rate, actors, of(Optional.empty(), Fraction.ONE));
    }

    private ActorResult of(Optional<Actor> actor, Fraction financingShare) {
        List<Fraction> investmentByYear = new ArrayList<>();
        Fraction investment = Fraction.ZERO;
        for (int year = 0; year < projectYears; year++) {
            Fraction cost = Checks.of(calculation.projectCosts().get(year)).multipliedBy(financingShare);
            investmentByYear.add(cost);
            investment = investment.plus(cost.multipliedBy(discount.get(year)));
        }
        PersonYear perPerson = scaled(calculation.costOfExclusion().gain(actor));
        Fraction perSuccess = perPerson.total();
        List<YearGain> gains = new ArrayList<>();
        Fraction gainsValue = Fraction.ZERO;
        Fraction perSuccessValue = Fraction.ZERO;
        for (int year = 1; year <= horizon; year++) {
            Fraction share = shares.get(year - 1);
            Fraction factor = discount.get(projectYears + year - 1);
            Fraction amount = success.successful().multipliedBy(share).multipliedBy(perSuccess);
            Fraction value = amount.multipliedBy(factor);
            gains.add(new YearGain(year, projectYears + year, share, amount, factor, value));
            gainsValue = gainsValue.plus(value);
            perSuccessValue = perSuccessValue.plus(share.multipliedBy(perSuccess).multipliedBy(factor));
        }
        return new ActorResult(actor, perPerson, investmentByYear, investment, gains, gainsValue,
                gainsValue.minus(investment), payback(investment, gains), breakEven(investment, perSuccessValue));
    }

    private PersonYear scaled(PersonYear gain) {
        return new PersonYear(gain.realCosts().multipliedBy(costFactor), gain.transfers().multipliedBy(costFactor),
                gain.taxes().multipliedBy(costFactor), gain.production().multipliedBy(costFactor));
    }

    /** The first month from the start by whose end the gains cover the investment, gains even over each year. */
    private Payback payback(Fraction investment, List<YearGain> gains) {
        if (investment.signum() <= 0) {
            return new Payback(Payback.Status.NOT_INVESTING, 0);
        }
        Fraction covered = Fraction.ZERO;
        for (YearGain gain : gains) {
            Fraction value = gain.presentValue();
            if (value.signum() > 0 && covered.plus(value).compareTo(investment) >= 0) {
                Fraction months = investment.minus(covered).multipliedBy(TWELVE).dividedBy(value);
                return new Payback(Payback.Status.PAID_BACK, 12 * (gain.yearFromStart() - 1) + ceiling(months).intValueExact());
            }
            covered = covered.plus(value);
        }
        return new Payback(Payback.Status.NOT_WITHIN_HORIZON, 0);
    }

    /** The least whole {@code k ≥ 0} with {@code k × perSuccess ≥ investment}. */
    private BreakEven breakEven(Fraction investment, Fraction perSuccess) {
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
