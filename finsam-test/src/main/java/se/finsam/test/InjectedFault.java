package se.finsam.test;

import java.util.Objects;

/**
 * A fault injected into a generated document, and the violation finsam reports for it: where ({@code path}, a JSON
 * pointer into the document), which rule ({@code code}, the stable violation code of docs/violations.md) and what
 * was done, in words.
 *
 * <pre>{@code
 * InjectedFault fault = new InjectedFault("/costs/2/amount", "amount.negative", "a negative cost line");
 * // finsam-json's validate reports Violation("/costs/2/amount", "amount.negative", "...")
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param path the JSON pointer of the value finsam reports, e.g. {@code /association/members/3/name}; {@code ""} is
 *     the whole document
 * @param code the violation code finsam reports there, e.g. {@code member.name-invalid}
 * @param description the fault in words, e.g. {@code "a blank member name"}
 * @see FinsamGenerators#planDocument(java.util.SplittableRandom, int)
 */
public record InjectedFault(String path, String code, String description) {

    /**
     * Obtains a fault, as {@link FinsamGenerators#planDocument(java.util.SplittableRandom, int)} describes it.
     *
     * <pre>{@code new InjectedFault("/year", "json.wrong-type", "the year written as a string")}</pre>
     *
     * @param path the JSON pointer of the value finsam reports
     * @param code the violation code finsam reports there
     * @param description the fault in words
     * @throws NullPointerException if a component is null
     */
    public InjectedFault {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(description, "description");
    }
}
