/**
 * Violations, validation results and the one exception type that carries them.
 *
 * <p>Every rule in finsam reports a broken value as a {@link se.finsam.validation.Violation}: a
 * JSON-pointer path that locates the value, a stable code for programs and a message for people that
 * quotes the offending value. Factories that would build an invalid value throw a
 * {@link se.finsam.validation.FinsamValidationException} holding every violation found, never just the
 * first. The stable codes are listed in {@link se.finsam.validation.ViolationCodes}.
 */
@NullMarked
package se.finsam.validation;

import org.jspecify.annotations.NullMarked;
