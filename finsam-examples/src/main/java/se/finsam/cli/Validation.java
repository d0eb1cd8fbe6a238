package se.finsam.cli;

import java.util.Objects;
import se.finsam.validation.ValidationResult;

/**
 * What {@code finsam validate} reads a document into: the kind it was read as, and every violation found.
 *
 * @param kind the kind the document is, by its top-level fields
 * @param result every violation, or valid
 */
record Validation(Kind<?> kind, ValidationResult result) {

    Validation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(result, "result");
    }
}
