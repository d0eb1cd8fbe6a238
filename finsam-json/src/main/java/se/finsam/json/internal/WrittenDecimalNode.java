package se.finsam.json.internal;

import com.fasterxml.jackson.databind.node.DecimalNode;
import java.math.BigDecimal;

/**
 * A JSON number with a fraction or an exponent, read exactly, that remembers how the document wrote it,
 * so that a message quotes {@code 2.007E3} as the document has it rather than as {@code 2007}. Equal to
 * a {@link DecimalNode} of the same value; only {@link #asText()} differs.
 *
 * <p>Immutable and thread-safe.
 */
public final class WrittenDecimalNode extends DecimalNode {

    private static final long serialVersionUID = 1L;

    private final String written;

    private WrittenDecimalNode(BigDecimal value, String written) {
        super(value);
        this.written = written;
    }

    /**
     * Obtains a node of an exact value and the text it was written as; a plain {@link DecimalNode} when
     * the two agree.
     *
     * @param value the number
     * @param written the number's text in the document
     * @return the node
     */
    public static DecimalNode of(BigDecimal value, String written) {
        return written.equals(value.toString()) ? DecimalNode.valueOf(value) : new WrittenDecimalNode(value, written);
    }

    /** Returns the number as the document wrote it, e.g. {@code 2.007E3}. */
    @Override
    public String asText() {
        return written;
    }
}
