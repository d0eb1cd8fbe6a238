package se.finsam.json.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import se.finsam.validation.Violation;

/**
 * The violations of an object that streams, held by field until the object ends: one slot for each field, in
 * the order a reader of the whole tree reads them, whatever order the document gives them in. A reader
 * {@linkplain TreeReader#divert diverts} its violations here while it reads a field, having {@linkplain #select
 * selected} the field's slot, and {@linkplain TreeReader#replay replays} the slots when the object ends, after the
 * violations of the object's own fields (unknown, missing) and before its finish. A slot holds nothing until its
 * first violation, so a valid document's objects make no list.
 *
 * <p>Not thread-safe: part of one reader.
 */
public final class Slots {

    private final List<Violation>[] held;
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

    /** Holds a violation in the selected slot. */
    void add(Violation violation) {
        List<Violation> list = held[current];
        if (list == null) {
            list = new ArrayList<>(2);
            held[current] = list;
        }
        list.add(violation);
    }

    /** What slot {@code slot} holds, in the order found. */
    List<Violation> held(int slot) {
        List<Violation> list = held[slot];
        return list == null ? List.of() : list;
    }

    /**
     * Forgets what slot {@code slot} holds: the violations of a list's elements, when the list turns out longer than
     * its limit (a reader of the tree refuses it before reading any element).
     *
     * @param slot the slot
     */
    public void clear(int slot) {
        held[slot] = null;
    }

    /** The number of slots. */
    public int count() {
        return held.length;
    }

    @Override
    public String toString() {
        return "Slots" + Arrays.toString(held);
    }
}
