package se.finsam.member;

import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.Identifiers;
import se.finsam.validation.ViolationCodes;

/**
 * The identifier of a member within an association, such as {@code eskilstuna} or {@code fk}.
 *
 * <p>An id follows the rule of every identifier ({@link Identifiers}): 1 to 64 characters, letters (any
 * script), digits, {@code -}, {@code _} and {@code .}, starting with a letter or digit. Ids are compared
 * exactly (case-sensitive).
 *
 * <pre>{@code
 * MemberId.of("eskilstuna");   // valid
 * MemberId.of("nyköping-2");   // valid
 * MemberId.of(" flen");        // throws: code member.id-invalid
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the id text
 */
public record MemberId(String value) implements Comparable<MemberId> {

    /**
     * Validates the id.
     *
     * @param value the id text
     * @throws NullPointerException if {@code value} is null
     * @throws FinsamValidationException with code {@link ViolationCodes#MEMBER_ID_INVALID} if the text
     *     is not a valid id
     */
    public MemberId {
        Identifiers.check("Member", ViolationCodes.MEMBER_ID_INVALID, value);
    }

    /**
     * Obtains a member id.
     *
     * @param value the id text
     * @return the id
     * @throws FinsamValidationException if the text is not a valid id
     */
    public static MemberId of(String value) {
        return new MemberId(value);
    }

    /**
     * Orders ids by their text.
     *
     * @param other the other id
     * @return the comparison of the texts
     */
    @Override
    public int compareTo(MemberId other) {
        return value.compareTo(other.value);
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
