package se.finsam.json.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * An array of a streamed document that was too long to keep: it holds no element, and its size is the number
 * of elements the document has. A reader's {@link TreeReader#withinLimit} then refuses it with the count, as
 * it refuses the same array held whole, before reading any element.
 */
@SuppressWarnings("unchecked") // ArrayNode.deepCopy, inherited, is Jackson's own
public final class CountedArray extends ArrayNode {

    private static final long serialVersionUID = 1L;

    private final int count;

    /**
     * Creates the stand-in of an array of {@code count} elements.
     *
     * @param count the number of elements the document's array has
     */
    public CountedArray(int count) {
        super(JsonNodeFactory.instance);
        this.count = count;
    }

    @Override
    public int size() {
        return count;
    }

    @Override
    public boolean isEmpty() {
        return count == 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CountedArray other && other.count == count;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(count);
    }
}
