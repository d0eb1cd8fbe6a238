package se.finsam.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A document's bytes as they stream, checked as {@link JsonText#parse(byte[])} checks a document held whole:
 * counted against the streamed size limit, the UTF-16/32 prefix refused, and well-formed UTF-8 checked chunk
 * by chunk. The stream ends where the first fault is: before its first ill-formed byte, or once the limit is
 * passed; the parser then sees an end, and {@link JsonText} reports the fault that comes first in the
 * document, as it does for bytes held whole.
 *
 * <p>Memory is one buffer, whatever the document's size. A failure of the underlying stream is thrown as an
 * {@link UncheckedIOException}, so that it passes through the parser untouched and is told apart from the
 * document's faults. Closing does not close the underlying stream.
 *
 * <p>Not thread-safe: one instance reads one document.
 */
final class CheckedInput extends InputStream {

    private static final int CHUNK = 64 * 1024;

    private final InputStream in;
    private final long max;
    private final byte[] buffer = new byte[CHUNK];
    /** The bytes checked and not yet delivered: {@code buffer[position, checked)}. */
    private int position;
    private int checked;
    /** The bytes read and not yet checked, held back because they may begin a sequence: {@code buffer[checked, filled)}. */
    private int filled;
    /** Every byte read from the underlying stream. */
    private long total;
    /** Every byte checked before the current chunk, for the offset of a fault. */
    private long checkedBefore;
    private boolean atEnd;
    private boolean ended;
    private boolean tooLarge;
    /** The offset of the first ill-formed byte, or -1. */
    private long malformedAt = -1;
    private @Nullable String malformedDescription;
    private int line = 1;
    private int column = 1;
    private boolean afterCarriageReturn;
    private @Nullable String prefixFault;

    CheckedInput(InputStream in, long max) {
        this.in = Objects.requireNonNull(in, "in");
        this.max = max;
    }

    /**
     * Reads the first bytes and checks the prefix; call before parsing.
     *
     * @return what is wrong with the prefix, or null
     */
    @Nullable String start() {
        while (filled < 2 && !atEnd) {
            readMore();
        }
        if (filled >= 2 && (buffer[0] == 0 || buffer[1] == 0 || (buffer[0] & 0xFF) == 0xFE || (buffer[0] & 0xFF) == 0xFF)) {
            prefixFault = "The document is not UTF-8 (it starts with bytes that mean UTF-16 or UTF-32)";
            ended = true;
        }
        return prefixFault;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return 0;
        }
        while (position == checked) {
            if (ended || !nextChunk()) {
                if (position < checked) {
                    break; // the last chunk before the end or the first fault
                }
                return -1;
            }
        }
        int n = Math.min(len, checked - position);
        System.arraycopy(buffer, position, b, off, n);
        position += n;
        return n;
    }

    /**
     * Checks the next chunk (which may be empty, when what was read only began a sequence); false at the end
     * of the document or at its first fault.
     */
    private boolean nextChunk() {
        // What was held back goes to the start of the buffer, and more is read after it.
        int held = filled - checked;
        System.arraycopy(buffer, checked, buffer, 0, held);
        checkedBefore += checked;
        position = 0;
        checked = 0;
        filled = held;
        while (filled < buffer.length && !atEnd && (filled == held || filled < 4)) {
            readMore();
        }
        if (tooLarge) {
            ended = true;
            return false;
        }
        int end = atEnd ? filled : filled - Utf8.unfinishedTail(buffer, 0, filled);
        int bad = Utf8.firstMalformed(buffer, 0, end);
        if (bad >= 0) {
            malformedAt = checkedBefore + bad;
            malformedDescription = describe(bad);
            end = bad;
            ended = true;
        }
        count(end);
        checked = end;
        return !ended && !(atEnd && end == 0);
    }

    /** Reads what the underlying stream gives into the buffer, counting it against the limit. */
    private void readMore() {
        int n;
        try {
            // Never past the byte that shows the document to be too large.
            n = in.read(buffer, filled, upToOnePast(buffer.length - filled));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (n < 0) {
            atEnd = true;
            return;
        }
        filled += n;
        total += n;
        if (total > max) {
            tooLarge = true;
            atEnd = true;
        }
    }

    /**
     * At most {@code room} bytes, and no more than one past the limit (without overflow, whatever the limit:
     * {@code Long.MAX_VALUE} too).
     */
    private int upToOnePast(int room) {
        long left = max - total; // never negative: reading stops once the limit is passed
        return left >= room ? room : (int) left + 1;
    }

    /** What is wrong at an ill-formed byte of the buffer, with up to four bytes of it (more read if needed). */
    private String describe(int bad) {
        while (filled - bad < 4 && !atEnd && filled < buffer.length) {
            readMore();
        }
        return Utf8.describe(Arrays.copyOfRange(buffer, bad, Math.min(filled, bad + 4)), 0);
    }

    /** Moves the line and column past the checked bytes {@code buffer[0, end)}, as JsonText counts them. */
    private void count(int end) {
        for (int i = 0; i < end; i++) {
            byte b = buffer[i];
            if (b == '\r' || (b == '\n' && !afterCarriageReturn)) {
                line++;
                column = 1;
            } else if (b != '\n' && (b & 0xC0) != 0x80) {
                column++;
            }
            afterCarriageReturn = b == '\r';
        }
    }

    /**
     * Reads the rest of the underlying stream without keeping it, up to the limit, so that a document larger
     * than the limit is reported as that, whatever fault came first.
     */
    void drain() {
        byte[] sink = new byte[CHUNK];
        while (!atEnd) {
            int n;
            try {
                n = in.read(sink, 0, upToOnePast(sink.length));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (n < 0) {
                atEnd = true;
            } else {
                total += n;
                if (total > max) {
                    tooLarge = true;
                    atEnd = true;
                }
            }
        }
    }

    /** Whether the document is larger than the limit (known once the stream has ended or been drained). */
    boolean tooLarge() {
        return tooLarge;
    }

    /** The offset of the first ill-formed byte, or -1 if none was met. */
    long malformedAt() {
        return malformedAt;
    }

    /** The message of the first ill-formed byte, located by line and column; only when {@link #malformedAt()} is one. */
    String malformedMessage() {
        return "Malformed UTF-8 at line " + line + ", column " + column + ": "
                + Objects.requireNonNull(malformedDescription, "an ill-formed byte was met");
    }

    @Override
    public void close() {
        // The caller's stream stays open.
    }
}
