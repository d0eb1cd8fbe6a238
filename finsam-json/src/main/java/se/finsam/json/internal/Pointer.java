package se.finsam.json.internal;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import se.finsam.validation.Violation;

/**
 * Where a value is in the document, as a JSON pointer whose text is made only when a violation is
 * reported: reading a valid document never builds it. A child keeps its parent and its own field name
 * (unescaped) or array index.
 *
 * <p>Immutable and thread-safe.
 */
public final class Pointer {

    /** The document itself: the empty pointer. */
    public static final Pointer ROOT = new Pointer(null, null, -1, "");

    /** The pointer this is a child of; null for the root or a pointer given as text. */
    private final @Nullable Pointer parent;
    /** The field name or key, unescaped; null for an array element or a pointer given as text. */
    private final @Nullable String name;
    /** The array index; -1 unless this is an array element. */
    private final int index;
    /** The whole pointer, when given as text; null for a child. */
    private final @Nullable String text;

    private Pointer(@Nullable Pointer parent, @Nullable String name, int index, @Nullable String text) {
        this.parent = parent;
        this.name = name;
        this.index = index;
        this.text = text;
    }

    /**
     * A pointer given as text, such as the location of a value that a deserializer reads on its own.
     *
     * @param pointer the JSON pointer, empty or starting with {@code /}
     * @return the pointer
     */
    public static Pointer of(String pointer) {
        return pointer.isEmpty() ? ROOT : new Pointer(null, null, -1, pointer);
    }

    /** The field {@code name} (or key) of the object at this pointer. */
    public Pointer field(String fieldName) {
        return new Pointer(this, fieldName, -1, null);
    }

    /** Element {@code i} of the array at this pointer. */
    public Pointer index(int i) {
        return new Pointer(this, null, i, null);
    }

    /** The last segment, unescaped: a field name, an index, or empty for the root. */
    public String last() {
        if (name != null) {
            return name;
        }
        if (index >= 0) {
            return Integer.toString(index);
        }
        String whole = Objects.requireNonNull(text, "a pointer that is not a child is given as text");
        return whole.substring(whole.lastIndexOf('/') + 1);
    }

    private void appendTo(StringBuilder sb) {
        if (text != null) {
            sb.append(text);
            return;
        }
        Objects.requireNonNull(parent, "a pointer not given as text is a child").appendTo(sb);
        if (name != null) {
            sb.append(Violation.pointer(name));
        } else {
            sb.append('/').append(index);
        }
    }

    /**
     * Returns the JSON pointer, with {@code ~} and {@code /} in names escaped.
     *
     * @return the text, e.g. {@code /projects/3/end}
     */
    @Override
    public String toString() {
        if (text != null) {
            return text;
        }
        StringBuilder sb = new StringBuilder();
        appendTo(sb);
        return sb.toString();
    }
}
