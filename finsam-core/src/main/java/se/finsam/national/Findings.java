package se.finsam.national;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import se.finsam.national.NationalViolation.Part;
import se.finsam.validation.Violation;

/**
 * The violations a national allocation's rules find, each with its part. A rule records a violation
 * through the consumer of its part ({@link #atAllocation()}, {@link #atModel()}, {@link #atCall()},
 * {@link #at(int)}), which it can hand on to a check that reports plain violations.
 *
 * <p>Not thread-safe: one instance collects one check.
 */
final class Findings {

    private final List<NationalViolation> list = new ArrayList<>();
    // One recorder per part, made once: the rules ask for them once per amount they check.
    private final Consumer<Violation> allocation = new At(Part.ALLOCATION, -1);
    private final Consumer<Violation> model = new At(Part.MODEL, -1);
    private final Consumer<Violation> call = new At(Part.CALL, -1);

    /** Records the violations it is given at one part: association {@code index}, or -1 for another part. */
    private final class At implements Consumer<Violation> {

        private final Part part;
        private final int index;

        At(Part part, int index) {
            this.part = part;
            this.index = index;
        }

        @Override
        public void accept(Violation violation) {
            add(new NationalViolation(part, index, violation));
        }
    }

    /** Records violations of the allocation's own values. */
    Consumer<Violation> atAllocation() {
        return allocation;
    }

    /** Records violations of the model. */
    Consumer<Violation> atModel() {
        return model;
    }

    /** Records violations of the call for supplementary funds. */
    Consumer<Violation> atCall() {
        return call;
    }

    /** Records violations of association {@code i}. */
    Consumer<Violation> at(int i) {
        return new At(Part.ASSOCIATION, i);
    }

    /** Records a violation found with its part, e.g. by another check. */
    void add(NationalViolation violation) {
        list.add(violation);
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    /** The violations found, in order. */
    List<NationalViolation> list() {
        return List.copyOf(list);
    }

    /**
     * Throws every violation found.
     *
     * @throws NationalValidationException if there is one
     */
    void throwIfAny() {
        if (!list.isEmpty()) {
            throw new NationalValidationException("national allocation", list);
        }
    }

    /** Throws one violation of the part given. */
    static NationalValidationException of(Part part, Violation violation) {
        return new NationalValidationException("national allocation", List.of(new NationalViolation(part, -1, violation)));
    }
}
