package se.finsam.followup;

import java.util.Objects;
import java.util.Optional;
import se.finsam.money.Fraction;

/**
 * A project's result against one {@link Target}: the count reached, for a share the base it is a
 * share of, and whether the target is met.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param target the target
 * @param count the count reached: participants started, or finished participants meeting the measure
 * @param base for a share, the finished participants it is a share of; 0 for a count
 * @param status whether the target is met
 */
public record TargetResult(Target target, long count, long base, Status status) {

    /** Whether a target is met. */
    public enum Status {
        /** The result reaches the threshold. */
        MET,
        /** The result falls short of the threshold. */
        NOT_MET,
        /** A share with nobody finished yet: nothing to judge. */
        NOT_MEASURABLE
    }

    /**
     * Validates that nothing is null.
     *
     * @param target the target
     * @param count the count reached: participants started, or finished participants meeting the measure
     * @param base for a share, the finished participants it is a share of; 0 for a count
     * @param status whether the target is met
     * @throws NullPointerException if the target or status is null
     */
    public TargetResult {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(status, "status");
    }

    /**
     * Returns the share reached, for a share measure with a base.
     *
     * @return {@code count / base}, or empty for a count or when nobody has finished
     */
    public Optional<Fraction> share() {
        return target.measure().isShare() ? Share.of(count, base).value() : Optional.empty();
    }
}
