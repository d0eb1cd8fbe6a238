package se.finsam.json.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.HexFormat;

/**
 * The strict check of UTF-8 that every document passes before it is parsed: only the well-formed byte
 * sequences of RFC 3629 (table 3-7 of the Unicode standard). Refused are overlong forms ({@code C0 AF}
 * for {@code /}), encoded surrogates ({@code ED A0 80}), code points above U+10FFFF ({@code F4 90 80 80}),
 * the bytes that never occur ({@code C0}, {@code C1}, {@code F5} to {@code FF}), continuation bytes
 * without a lead, and sequences cut short. Jackson 2.20's own decoder accepts the first two.
 *
 * <p>One pass, no allocation; ASCII, the bulk of a document, is skipped eight bytes at a time.
 *
 * <p>Thread-safe: it has no state.
 */
public final class Utf8 {

    /** Reads eight bytes of an array as one {@code long}, at any offset. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /** The high bit of every byte of a {@code long}: zero for eight ASCII bytes. */
    private static final long ASCII_MASK = 0x8080808080808080L;

    private Utf8() {
    }

    /**
     * Returns the offset of the first byte of the first ill-formed sequence, or -1 if every byte is part
     * of a well-formed one.
     *
     * @param bytes the bytes
     * @return the offset, or -1
     */
    public static int firstMalformed(byte[] bytes) {
        return firstMalformed(bytes, 0, bytes.length);
    }

    /**
     * Returns the offset of the first byte of the first ill-formed sequence in {@code bytes[from, to)}, or -1
     * if every byte there is part of a well-formed one; a sequence cut short by {@code to} is ill-formed.
     *
     * @param bytes the bytes
     * @param from the first byte checked
     * @param to the end of the bytes checked, exclusive
     * @return the offset, or -1
     */
    public static int firstMalformed(byte[] bytes, int from, int to) {
        int i = from;
        while (i < to) {
            // Eight ASCII bytes at a time: one load and one test.
            while (i + Long.BYTES <= to && ((long) LONGS.get(bytes, i) & ASCII_MASK) == 0) {
                i += Long.BYTES;
            }
            if (i >= to) {
                break;
            }
            int b = bytes[i];
            if (b >= 0) {
                i++;
                continue;
            }
            int length = sequenceLength(bytes, i, to);
            if (length < 0) {
                return i;
            }
            i += length;
        }
        return -1;
    }

    /**
     * How many bytes at the end of {@code bytes[from, to)} begin a sequence that those bytes cut short, and
     * that more bytes may complete: 0 to 3. A stream checked chunk by chunk holds them back for the next.
     *
     * @param bytes the bytes
     * @param from the first byte of the chunk
     * @param to the end of the chunk, exclusive
     * @return the number of bytes to hold back
     */
    public static int unfinishedTail(byte[] bytes, int from, int to) {
        for (int k = 1; k <= 3 && to - k >= from; k++) {
            int b = bytes[to - k] & 0xFF;
            if (b >= 0xC0) {
                int length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
                return length > k ? k : 0;
            }
            if (b < 0x80) {
                return 0;
            }
        }
        return 0;
    }

    /**
     * The length of the well-formed sequence whose lead byte (not ASCII) is at {@code i}, or -1 if the
     * sequence is ill-formed. The second byte's range depends on the lead: that is where overlong forms,
     * surrogates and code points above U+10FFFF are told apart.
     */
    private static int sequenceLength(byte[] bytes, int i, int to) {
        int lead = bytes[i] & 0xFF;
        int length;
        int low = 0x80;
        int high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            low = lead == 0xE0 ? 0xA0 : 0x80;
            high = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            low = lead == 0xF0 ? 0x90 : 0x80;
            high = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            return -1;
        }
        if (i + length > to) {
            return -1;
        }
        int second = bytes[i + 1] & 0xFF;
        if (second < low || second > high) {
            return -1;
        }
        for (int k = 2; k < length; k++) {
            if ((bytes[i + k] & 0xC0) != 0x80) {
                return -1;
            }
        }
        return length;
    }

    /**
     * Says what is wrong with the ill-formed sequence at {@code offset}, quoting its bytes in hex, e.g.
     * {@code "overlong encoding C0 AF of U+002F"}.
     *
     * @param bytes the bytes
     * @param offset where {@link #firstMalformed(byte[])} found the sequence
     * @return the description
     */
    public static String describe(byte[] bytes, int offset) {
        int lead = bytes[offset] & 0xFF;
        if (lead < 0xC0) {
            return "unexpected continuation byte " + hex(bytes, offset, 1) + " (no lead byte before it)";
        }
        if (lead > 0xF4) {
            return "byte " + hex(bytes, offset, 1) + ", which UTF-8 never uses";
        }
        int length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
        int available = Math.min(length, bytes.length - offset);
        for (int k = 1; k < available; k++) {
            if ((bytes[offset + k] & 0xC0) != 0x80) {
                return "incomplete sequence " + hex(bytes, offset, k) + " followed by " + hex(bytes, offset + k, 1);
            }
        }
        if (available < length) {
            return "sequence " + hex(bytes, offset, available) + " that the document ends in the middle of";
        }
        int cp = lead & (0xFF >> (length + 1));
        for (int k = 1; k < length; k++) {
            cp = (cp << 6) | (bytes[offset + k] & 0x3F);
        }
        String seq = hex(bytes, offset, length);
        String point = String.format("U+%04X", cp);
        if (lead == 0xC0 || lead == 0xC1 || cp < (length == 3 ? 0x800 : 0x10000)) {
            return "overlong encoding " + seq + " of " + point;
        }
        if (cp >= 0xD800 && cp <= 0xDFFF) {
            return "encoded surrogate " + seq + " (" + point + "), which is not a character";
        }
        return "sequence " + seq + " of " + point + ", above U+10FFFF";
    }

    private static String hex(byte[] bytes, int from, int length) {
        return HexFormat.ofDelimiter(" ").withUpperCase().formatHex(bytes, from, from + length);
    }

    /**
     * Whether the bytes hold a backslash directly followed by {@code u}: the only way a document of
     * well-formed UTF-8 can write a lone surrogate (an escape such as <code>&#92;ud800</code>). A
     * conservative answer: an escaped backslash followed by {@code u} counts too.
     *
     * @param bytes the document
     * @return true if some <code>&#92;u</code> occurs
     */
    public static boolean hasUnicodeEscape(byte[] bytes) {
        for (int i = 0, n = bytes.length - 1; i < n; i++) {
            if (bytes[i] == '\\' && bytes[i + 1] == 'u') {
                return true;
            }
        }
        return false;
    }
}
