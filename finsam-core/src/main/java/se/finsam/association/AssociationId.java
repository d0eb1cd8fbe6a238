package se.finsam.association;

import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.Identifiers;
import se.finsam.validation.ViolationCodes;

/**
 * The identifier of a coordination association, such as {@code rar-sormland}; the rule of every
 * identifier ({@link Identifiers}): 1 to 64 letters, digits, {@code -}, {@code _} and {@code .}, starting with a
 * letter or digit.
 *
 * <pre>{@code
 * AssociationId.of("rar-sormland");   // valid
 * AssociationId.of("");               // throws: association.id-invalid
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the id text
 */
public record AssociationId(String value) {

    /**
     * Validates the id.
     *
     * @param value the id text
     * @throws NullPointerException if {@code value} is null
     * @throws FinsamValidationException with code {@link ViolationCodes#ASSOCIATION_ID_INVALID}
     */
    public AssociationId {
        Identifiers.check("Association", ViolationCodes.ASSOCIATION_ID_INVALID, value);
    }

    /**
     * Obtains an association id.
     *
     * @param value the id text
     * @return the id
     * @throws FinsamValidationException if the text is not a valid id
     */
    public static AssociationId of(String value) {
        return new AssociationId(value);
    }

    /**
     * Returns the id text.
     *
     * @return the id text
     */
    @Override
    public String toString() {
        return value;
    }
}
