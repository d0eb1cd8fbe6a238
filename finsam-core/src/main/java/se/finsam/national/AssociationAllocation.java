package se.finsam.national;

import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;
import se.finsam.association.AssociationId;

/**
 * One association's share of the state appropriation, explained: what the model gives it, which limit
 * applied, and what the redistribution of the limits' money added or took.
 *
 * <p>Always {@code amount = modelAmount + redistribution} and
 * {@code modelAmount = base + supportMeasurePart + populationPart}. The model amount is what the
 * association would get without limits; the redistribution is positive when it received money (its
 * floor lifted it, or others' ceilings freed money), negative when it gave (others' floors needed
 * money).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param association the association's id
 * @param name the association's name
 * @param amount the allocation
 * @param base the base amount
 * @param supportMeasurePart the part of the model amount above the base that försörjningsmått gives
 * @param populationPart the part of the model amount above the base that population gives
 * @param modelAmount what the model gives without limits
 * @param floor the lowest allocation the limit on decrease allows, if it protects the association
 * @param ceiling the highest allocation the limit on increase allows, if there is one
 * @param limitApplied the limit that decided the allocation, if any
 * @param redistribution {@code amount − modelAmount}: received when positive, given when negative
 */
public record AssociationAllocation(AssociationId association, String name, MonetaryAmount amount, MonetaryAmount base,
        MonetaryAmount supportMeasurePart, MonetaryAmount populationPart, MonetaryAmount modelAmount,
        Optional<MonetaryAmount> floor, Optional<MonetaryAmount> ceiling, LimitApplied limitApplied,
        MonetaryAmount redistribution) {

    /**
     * Validates that no component is null.
     *
     * @param association the association's id
     * @param name the association's name
     * @param amount the allocation
     * @param base the base amount
     * @param supportMeasurePart the part of the model amount above the base that försörjningsmått gives
     * @param populationPart the part of the model amount above the base that population gives
     * @param modelAmount what the model gives without limits
     * @param floor the lowest allocation the limit on decrease allows, if it protects the association
     * @param ceiling the highest allocation the limit on increase allows, if there is one
     * @param limitApplied the limit that decided the allocation, if any
     * @param redistribution {@code amount − modelAmount}: received when positive, given when negative
     * @throws NullPointerException if a component is null
     */
    public AssociationAllocation {
        Objects.requireNonNull(association, "association");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(supportMeasurePart, "supportMeasurePart");
        Objects.requireNonNull(populationPart, "populationPart");
        Objects.requireNonNull(modelAmount, "modelAmount");
        Objects.requireNonNull(floor, "floor");
        Objects.requireNonNull(ceiling, "ceiling");
        Objects.requireNonNull(limitApplied, "limitApplied");
        Objects.requireNonNull(redistribution, "redistribution");
    }
}
