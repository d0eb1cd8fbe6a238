/**
 * Reads and writes finsam documents (the JSON formats of {@code docs/format.md}, {@code docs/national.md} and
 * {@code docs/indicators.md}) with Jackson: the public API of finsam-json.
 *
 * <p>Start at {@link se.finsam.json.FinsamJson}: each {@link se.finsam.json.DocumentKind kind of document} has a
 * {@link se.finsam.json.DocumentFormat} with the same verbs, {@code read}, {@code validate} and {@code write}.
 * Callers with their own {@code ObjectMapper} register {@link se.finsam.json.FinsamModule}. Reading is strict:
 * unknown fields, wrong types, bad numbers and impossible dates are violations located by JSON pointer, every
 * one reported at once in a {@link se.finsam.validation.FinsamValidationException}; amounts never pass through
 * {@code double}. The domain rules are those of finsam-core: the readers call its factories.
 *
 * <p>The packages of the kinds ({@code plan}, {@code national}, {@code indicator}, {@code followup}) and the
 * tree machinery ({@code internal}) are not API.
 */
@NullMarked
package se.finsam.json;

import org.jspecify.annotations.NullMarked;
