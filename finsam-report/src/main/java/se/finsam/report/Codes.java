package se.finsam.report;

import se.finsam.contribution.KeyBasis;
import se.finsam.followup.Gender;
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

    /** A code of a closed set that the report names itself (a follow-up's measures), its word under {@code set.code}. */
    static Cell.Word of(String set, String code) {
        return new Cell.Word(code, Text.of(set + "." + code));
    }

    static Cell.Word gender(Gender gender) {
        return of("gender", gender);
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

    /** A municipality among the areas of an indicator set, beside the aggregated areas' kinds. */
    static Cell.Word municipality() {
        return new Cell.Word("MUNICIPALITY", Text.of("areaKind.MUNICIPALITY"));
    }

    static Cell.Word limit(LimitApplied limit) {
        return of("limitApplied", limit);
    }
}
