package se.finsam.socioeconomic;

import java.util.List;
import java.util.Objects;
import se.finsam.money.Fraction;

/**
 * The calculation's result over one horizon (docs/socioeconomic.md): for each actor and for society, who
 * invests, who gains, the net present value, payback and break-even. Its actors are the who-invests /
 * who-gains matrix: their investments sum to the project's cost, their net present values to society's.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param horizon the years after the project counted, from 1
 * @param success the participants and how many succeed
 * @param discountRate the discount rate, a fraction of one
 * @param actors every actor's result, in {@link Actor} order
 * @param society society's result
 */
public record HorizonResult(int horizon, Success success, Fraction discountRate, List<ActorResult> actors,
        ActorResult society) {

    /**
     * Validates that every actor has its result, in order.
     *
     * @param horizon the horizon
     * @param success the success
     * @param discountRate the discount rate
     * @param actors the actors' results
     * @param society society's result
     * @throws IllegalArgumentException if an actor is missing, out of order, or society is not society
     */
    public HorizonResult {
        Objects.requireNonNull(success, "success");
        Objects.requireNonNull(discountRate, "discountRate");
        actors = List.copyOf(actors);
        Objects.requireNonNull(society, "society");
        Actor[] all = Actor.values();
        if (actors.size() != all.length || !society.isSociety()) {
            throw new IllegalArgumentException("A horizon's result has every actor and society");
        }
        for (int i = 0; i < all.length; i++) {
            if (actors.get(i).actor().orElse(null) != all[i]) {
                throw new IllegalArgumentException("Actor " + all[i] + " expected at " + i);
            }
        }
    }

    /**
     * Returns an actor's result.
     *
     * @param actor the actor
     * @return its result
     */
    public ActorResult of(Actor actor) {
        return actors.stream().filter(result -> result.actor().orElse(null) == actor).findFirst().orElseThrow();
    }
}
