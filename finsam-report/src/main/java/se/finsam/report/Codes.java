package se.finsam.report;

import se.finsam.contribution.KeyBasis;
import se.finsam.member.MemberKind;
import se.finsam.member.Party;
import se.finsam.national.LimitApplied;

/**
 * The words of finsam's closed sets, as cells: the code as in the document, the word from the catalogue
 * under {@code <set>.<CODE>} ({@code memberKind.MUNICIPALITY} is "Kommun" in Swedish).
 */
final class Codes {

    private Codes() {
    }

    /** A value of a closed set, its word under {@code set.CODE}. */
    static Cell.Word of(String set, Enum<?> value) {
        return new Cell.Word(value.name(), Text.of(set + "." + value.name()));
    }

    static Cell.Word kind(MemberKind kind) {
        return of("memberKind", kind);
    }

    static Cell.Word party(Party party) {
        return of("party", party);
    }

    static Cell.Word basis(KeyBasis basis) {
        return of("keyBasis", basis);
    }

    static Cell.Word limit(LimitApplied limit) {
        return of("limitApplied", limit);
    }
}
