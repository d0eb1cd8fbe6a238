/**
 * Reads and writes finsam documents (the JSON format of {@code docs/format.md}) with Jackson.
 *
 * <p>Start at {@link se.finsam.json.FinsamJson}. Reading is strict: unknown fields, wrong types, bad
 * numbers and impossible dates are violations located by JSON pointer, every one reported at once in
 * a {@link se.finsam.validation.FinsamValidationException}; amounts never pass through
 * {@code double}. The domain rules are those of finsam-core: the reader calls its factories.
 */
package se.finsam.json;
