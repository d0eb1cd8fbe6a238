package se.finsam.socioeconomic;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.finsam.money.Fraction;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.ValidationResult;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

/**
 * How long the effect lasts (docs/socioeconomic.md): the share of the successful participants still out of
 * exclusion in each year after the project, either given year by year (after the last year given, none) or
 * falling off by a constant share each year (100 % in the first year, then (1 − fall-off) times the year
 * before).
 *
 * <pre>{@code
 * Effect.byYear(List.of(Fraction.ONE))               // lasts one year
 * Effect.fallingOff(Fraction.of(1, 10)).share(3)     // 81/100: 100 %, 90 %, 81 %, ...
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Effect {

    private final @Nullable List<Fraction> shares;
    private final @Nullable Fraction fallOff;

    private Effect(@Nullable List<Fraction> shares, @Nullable Fraction fallOff) {
        this.shares = shares;
        this.fallOff = fallOff;
    }

    /**
     * Obtains an effect given year by year.
     *
     * @param shares the share still out of exclusion in the first, second, ... year after the project, each
     *     from 0 to 1; at least one, at most {@link SocioEconomicCalculation#MAX_HORIZON}
     * @return the effect
     * @throws FinsamValidationException as {@link #checkByYear} finds
     */
    public static Effect byYear(List<Fraction> shares) {
        List<Fraction> copy = List.copyOf(shares);
        checkByYear(copy).throwIfInvalid("effect");
        return new Effect(copy, null);
    }

    /**
     * Obtains an effect that falls off by a constant share each year.
     *
     * @param fallOff the share lost each year, from 0 (the effect lasts) to 1 (it lasts one year)
     * @return the effect
     * @throws FinsamValidationException as {@link #checkFallOff} finds
     */
    public static Effect fallingOff(Fraction fallOff) {
        Objects.requireNonNull(fallOff, "fallOff");
        checkFallOff(fallOff).throwIfInvalid("effect");
        return new Effect(null, fallOff);
    }

    /**
     * Checks shares given year by year, those given (null where unreadable): at least one, at most
     * {@link SocioEconomicCalculation#MAX_HORIZON}, each from 0 % to 100 %.
     *
     * @param shares the shares
     * @return the violations, at {@code /shares} and {@code /shares/<i>}
     */
    public static ValidationResult checkByYear(List<@Nullable Fraction> shares) {
        List<Violation> v = new ArrayList<>();
        if (shares.isEmpty()) {
            v.add(Violation.of("/shares", ViolationCodes.VALUE_MISSING,
                    "The effect needs the share out of exclusion in at least the first year after the project"));
        } else if (shares.size() > SocioEconomicCalculation.MAX_HORIZON) {
            v.add(Violation.of("/shares", ViolationCodes.SOCIOECONOMIC_TOO_MANY_YEARS, "The effect may be given for at "
                    + "most " + SocioEconomicCalculation.MAX_HORIZON + " years, was " + shares.size()));
        }
        for (int i = 0; i < shares.size(); i++) {
            Checks.share("/shares/" + i, "The share out of exclusion in year " + (i + 1), shares.get(i), v);
        }
        return ValidationResult.of(v);
    }

    /**
     * Checks a yearly fall-off: from 0 % to 100 %.
     *
     * @param fallOff the fall-off, or null if unreadable
     * @return the violations, at {@code /fallOff}
     */
    public static ValidationResult checkFallOff(@Nullable Fraction fallOff) {
        List<Violation> v = new ArrayList<>();
        Checks.share("/fallOff", "The yearly fall-off", fallOff, v);
        return ValidationResult.of(v);
    }

    /**
     * Returns the share of the successful still out of exclusion in a year after the project.
     *
     * @param year the year after the project, from 1
     * @return the share, from 0 to 1
     * @throws IllegalArgumentException if {@code year} is below 1
     */
    public Fraction share(int year) {
        if (year < 1) {
            throw new IllegalArgumentException("The effect's years count from 1, was " + year);
        }
        if (shares != null) {
            return year <= shares.size() ? shares.get(year - 1) : Fraction.ZERO;
        }
        Fraction kept = Fraction.ONE.minus(Objects.requireNonNull(fallOff));
        Fraction share = Fraction.ONE;
        for (int i = 1; i < year; i++) {
            share = share.multipliedBy(kept);
        }
        return share;
    }

    /**
     * Returns the shares given year by year, if the effect is given so.
     *
     * @return the shares, or empty for a falling-off effect
     */
    public Optional<List<Fraction>> shares() {
        return Optional.ofNullable(shares);
    }

    /**
     * Returns the yearly fall-off, if the effect falls off.
     *
     * @return the fall-off, or empty for an effect given year by year
     */
    public Optional<Fraction> fallOff() {
        return Optional.ofNullable(fallOff);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Effect other && Objects.equals(shares, other.shares) && Objects.equals(fallOff, other.fallOff);
    }

    @Override
    public int hashCode() {
        return Objects.hash(shares, fallOff);
    }

    @Override
    public String toString() {
        return shares != null ? "Effect" + shares : "Effect[fallOff=" + fallOff + "]";
    }
}
