package se.finsam.socioeconomic;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * When an actor's investment is paid back by the costs it avoids (docs/socioeconomic.md): the discounted
 * payback time in whole months from the project's start, the first month by whose end the present value of
 * the gains covers the present value of the investment, gains accruing evenly over each year after the
 * project.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param status whether the actor invests, and whether it is paid back within the horizon
 * @param months the months from the project's start when paid back, else 0
 */
public record Payback(Status status, int months) {

    /** Whether and when an investment is paid back. */
    public enum Status {
        /** The actor invests nothing, so there is nothing to pay back. */
        NOT_INVESTING,
        /** Paid back within the horizon, after {@link Payback#months()}. */
        PAID_BACK,
        /** Not paid back within the horizon (perhaps never). */
        NOT_WITHIN_HORIZON
    }

    /**
     * Validates the payback.
     *
     * @param status the status
     * @param months the months, not negative, and 0 unless paid back
     * @throws IllegalArgumentException if the months do not fit the status
     */
    public Payback {
        Objects.requireNonNull(status, "status");
        if (months < 0 || (status != Status.PAID_BACK && months != 0)) {
            throw new IllegalArgumentException("Payback " + status + " with " + months + " months");
        }
    }

    /**
     * Returns the payback time, if paid back within the horizon.
     *
     * @return the months from the project's start, or empty
     */
    public OptionalInt paidBackAfter() {
        return status == Status.PAID_BACK ? OptionalInt.of(months) : OptionalInt.empty();
    }
}
