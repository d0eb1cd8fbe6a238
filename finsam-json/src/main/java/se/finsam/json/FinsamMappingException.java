package se.finsam.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.ValidationResult;
import se.finsam.validation.Violation;

/**
 * What a user of {@link FinsamModule} gets when a finsam value in JSON is invalid: a Jackson
 * {@link JsonMappingException}, so that it travels through {@code ObjectMapper.readValue} and through
 * the user's own beans like every other mapping error, carrying every violation of the value.
 *
 * <p>Each violation's path is a JSON pointer from the root of the document that was parsed, not from
 * the finsam value: a bad member of a plan held in the user's field {@code plans[1]} is at
 * {@code /plans/1/association/members/3/name}. The cause is the {@link FinsamValidationException} with the
 * same violations, the exception that {@link FinsamJson} throws.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new FinsamModule());
 * try {
 *     mapper.readValue(json, AnnualPlan.class);
 * } catch (FinsamMappingException e) {
 *     e.violations();   // [/association/members/3/name json.wrong-type: Expected a string, found null]
 * }
 * }</pre>
 */
public final class FinsamMappingException extends JsonMappingException {

    private static final long serialVersionUID = 1L;

    /** The violations; an unmodifiable list of records. */
    private final transient List<Violation> violations;

    /**
     * Creates the exception of a value that the module could not read.
     *
     * @param parser the parser at the value, for Jackson's location; may be null
     * @param cause the violations found, each located from the root of the document
     */
    public FinsamMappingException(JsonParser parser, FinsamValidationException cause) {
        super(parser, cause.getMessage(), cause);
        this.violations = cause.violations();
    }

    /**
     * Returns every violation, in the order found, located from the root of the document.
     *
     * @return the violations, never empty
     */
    public List<Violation> violations() {
        return violations;
    }

    /**
     * Returns the violations as a {@link ValidationResult}.
     *
     * @return the result, never valid
     */
    public ValidationResult result() {
        return ValidationResult.of(violations);
    }
}
