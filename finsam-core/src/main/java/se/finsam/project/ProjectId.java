package se.finsam.project;

import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.Identifiers;
import se.finsam.validation.ViolationCodes;

/**
 * The identifier of a project within an association, such as {@code ungdomstorget}; the rule of every
 * identifier ({@link Identifiers}): 1 to 64 letters, digits, {@code -}, {@code _} and {@code .}, starting with a
 * letter or digit.
 *
 * <pre>{@code
 * ProjectId.of("ungdomstorget");   // valid
 * ProjectId.of("a b");             // throws: project.id-invalid
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the id text
 */
public record ProjectId(String value) implements Comparable<ProjectId> {

    /**
     * Validates the id.
     *
     * @param value the id text
     * @throws NullPointerException if {@code value} is null
     * @throws FinsamValidationException with code {@link ViolationCodes#PROJECT_ID_INVALID}
     */
    public ProjectId {
        Identifiers.check("Project", ViolationCodes.PROJECT_ID_INVALID, value);
    }

    /**
     * Obtains a project id.
     *
     * @param value the id text
     * @return the id
     * @throws FinsamValidationException if the text is not a valid id
     */
    public static ProjectId of(String value) {
        return new ProjectId(value);
    }

    /**
     * Orders ids by their text.
     *
     * @param other the other id
     * @return the comparison of the texts
     */
    @Override
    public int compareTo(ProjectId other) {
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
