package se.finsam.national;

import java.util.List;
import org.assertj.core.groups.Tuple;
import se.finsam.national.NationalViolation.Part;
import se.finsam.validation.Violation;

/** Test helpers: a national violation as a tuple of its part, its association's position, its path and its code. */
final class Located {

    private Located() {
    }

    /** Every violation as {@code (part, association, path, code)}. */
    static List<Tuple> of(List<NationalViolation> located) {
        return located.stream().map(v -> Tuple.tuple(v.part(), v.association(), v.violation().path(), v.violation().code()))
                .toList();
    }

    /** The violations without their parts. */
    static List<Violation> violations(List<NationalViolation> located) {
        return located.stream().map(NationalViolation::violation).toList();
    }

    static Tuple allocation(String path, String code) {
        return Tuple.tuple(Part.ALLOCATION, -1, path, code);
    }

    static Tuple model(String path, String code) {
        return Tuple.tuple(Part.MODEL, -1, path, code);
    }

    static Tuple call(String path, String code) {
        return Tuple.tuple(Part.CALL, -1, path, code);
    }

    static Tuple association(int i, String path, String code) {
        return Tuple.tuple(Part.ASSOCIATION, i, path, code);
    }
}
