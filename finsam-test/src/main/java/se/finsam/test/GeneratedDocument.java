package se.finsam.test;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A generated document and the faults injected into it: what
 * {@link FinsamGenerators#planDocument(java.util.SplittableRandom, int)} returns. Validating {@link #text()} with
 * finsam reports exactly one violation for each fault, at its {@link InjectedFault#path() path} with its
 * {@link InjectedFault#code() code}, and nothing else; a document without faults is valid.
 *
 * <pre>{@code
 * GeneratedDocument document = FinsamGenerators.planDocument(random, 2);
 * document.text();     // {"association": {...}, "year": "2016", ...}
 * document.faults();   // [InjectedFault[path=/costs/1/category, code=json.invalid-value, ...],
 *                      //  InjectedFault[path=/year, code=json.wrong-type, ...]]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param text the document, a JSON text (encode it as UTF-8 to write it)
 * @param faults the faults injected, sorted by path, then code; empty for a valid document
 */
public record GeneratedDocument(String text, List<InjectedFault> faults) {

    private static final Comparator<InjectedFault> ORDER = Comparator.comparing(InjectedFault::path)
            .thenComparing(InjectedFault::code).thenComparing(InjectedFault::description);

    /**
     * Obtains a document with its faults; the list is copied, sorted by path, then code.
     *
     * <pre>{@code new GeneratedDocument(text, List.of())   // a valid document}</pre>
     *
     * @param text the document, a JSON text
     * @param faults the faults injected, in any order
     * @throws NullPointerException if the text, the list or one of its faults is null
     */
    public GeneratedDocument {
        Objects.requireNonNull(text, "text");
        faults = List.copyOf(faults).stream().sorted(ORDER).toList();
    }
}
