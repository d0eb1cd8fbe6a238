package se.finsam.socioeconomic;

import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;

/**
 * The fewest successful participants with whom the project pays for itself, for one actor or for society,
 * over a horizon (docs/socioeconomic.md): the least whole number {@code k ≥ 0} with
 * {@code k × gains per successful participant ≥ investment}, both present values. Empty when no number
 * suffices: the actor invests but gains nothing (or loses) per success.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param successful the least number of successful participants, or empty if none suffices
 * @param beyondParticipants whether that number exceeds the project's participants (or none suffices)
 */
public record BreakEven(Optional<BigInteger> successful, boolean beyondParticipants) {

    /**
     * Validates the break-even.
     *
     * @param successful the number, not negative, or empty
     * @param beyondParticipants whether it exceeds the participants
     * @throws IllegalArgumentException for a negative number, or an empty one within the participants
     */
    public BreakEven {
        Objects.requireNonNull(successful, "successful");
        if (successful.map(BigInteger::signum).orElse(0) < 0 || (successful.isEmpty() && !beyondParticipants)) {
            throw new IllegalArgumentException("Break-even " + successful + ", beyond participants " + beyondParticipants);
        }
    }
}
