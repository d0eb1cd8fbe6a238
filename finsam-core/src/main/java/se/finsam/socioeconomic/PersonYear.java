package se.finsam.socioeconomic;

import java.util.Objects;
import se.finsam.money.Fraction;

/**
 * What one person out of exclusion for a year is worth to an actor or to society, by its parts, in
 * kronor (docs/socioeconomic.md): avoided real costs, avoided transfers, taxes collected and production.
 * For a public actor the first three are what it no longer spends or loses. For the individual, transfers
 * and taxes are negative (benefits no longer received, taxes paid on the income) and production is the
 * income. For society, transfers and taxes cancel out: it gains the real costs and the production.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param realCosts avoided real resource costs
 * @param transfers avoided transfers (negative for the individual, who no longer receives them)
 * @param taxes taxes collected (negative for the individual, who pays them)
 * @param production production gained (the individual's income before tax; society's production)
 */
public record PersonYear(Fraction realCosts, Fraction transfers, Fraction taxes, Fraction production) {

    /**
     * Validates that every part is given.
     *
     * @param realCosts avoided real resource costs
     * @param transfers avoided transfers
     * @param taxes taxes collected
     * @param production production gained
     */
    public PersonYear {
        Objects.requireNonNull(realCosts, "realCosts");
        Objects.requireNonNull(transfers, "transfers");
        Objects.requireNonNull(taxes, "taxes");
        Objects.requireNonNull(production, "production");
    }

    /**
     * Returns the whole gain per person and year: the sum of the parts.
     *
     * @return the gain, negative when the actor loses
     */
    public Fraction total() {
        return realCosts.plus(transfers).plus(taxes).plus(production);
    }

    PersonYear plus(PersonYear other) {
        return new PersonYear(realCosts.plus(other.realCosts), transfers.plus(other.transfers), taxes.plus(other.taxes),
                production.plus(other.production));
    }
}
