package se.finsam.json.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.finsam.validation.Violation;

/**
 * The violations of an object that streams, held by field until the object ends: one slot for each field, in
 * the order a reader of the whole tree reads them, whatever order the document gives them in. A reader
 * {@linkplain TreeReader#divert diverts} its violations here while it reads a field, having {@linkplain #select
 * selected} the field's slot, and {@linkplain TreeReader#replay replays} the slots when the object ends, after the
 * violations of the object's own fields (unknown, missing) and before its finish. A slot holds nothing until its
 * first violation, so a valid document's objects make no list. A slot holds at most {@link Limits#MAX_VIOLATIONS}
 * violations and counts the rest: they come after as many in the document's order, so none of them is reported.
 *
 * <p>Not thread-safe: part of one reader.
 */
public final class Slots {

    private final List<Violation>[] held;
    /** Each slot's violations beyond {@link Limits#MAX_VIOLATIONS}, counted; null until the first. */
    private int @Nullable [] dropped;
    private int current;

    /**
     * Creates the slots of one object.
     *
     * @param count how many slots
     */
    @SuppressWarnings({"unchecked", "rawtypes"}) // an array of lists, each made at its first violation
    public Slots(int count) {
        this.held = new List[count];
    }

    /**
     * Selects the slot that violations go to.
     *
     * @param slot the slot
     * @return these slots
     */
    public Slots select(int slot) {
        current = slot;
        return this;
    }

    /** Holds a violation in the selected slot; beyond {@link Limits#MAX_VIOLATIONS} there only counts it. */
    void add(Violation violation) {
        List<Violation> list = held[current];
        if (list == null) {
            list = new ArrayList<>(2);
            held[current] = list;
        }
        if (list.size() < Limits.MAX_VIOLATIONS) {
            list.add(violation);
        } else {
            drop(1);
        }
    }

    /** Counts violations of the selected slot that are not held (found beyond as many as are reported). */
    void drop(int count) {
        int[] counts = dropped;
        if (counts == null) {
            counts = new int[held.length];
            dropped = counts;
        }
        counts[current] = Math.addExact(counts[current], count);
    }

    /** How many violations slot {@code slot} counted and did not hold. */
    int dropped(int slot) {
        int[] counts = dropped;
        return counts == null ? 0 : counts[slot];
    }

    /** What slot {@code slot} holds, in the order found. */
    List<Violation> held(int slot) {
        List<Violation> list = held[slot];
        return list == null ? List.of() : list;
    }

    @Override
    public String toString() {
        return "Slots" + Arrays.toString(held);
    }
}
