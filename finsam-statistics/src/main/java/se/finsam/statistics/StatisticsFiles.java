package se.finsam.statistics;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import se.finsam.validation.TextRules;

/** What the readers of statistics files need of files: bounded reading, SHA-256, names and quoting. Stateless. */
final class StatisticsFiles {

    /** How many characters of a text a message quotes. */
    private static final int QUOTED = 40;

    private StatisticsFiles() {
    }

    /**
     * Reads a file's bytes, or returns null if it is larger than {@code maxBytes}: its size is checked before
     * reading, and no more than {@code maxBytes + 1} bytes are read in any case (a file that grows).
     */
    static byte @Nullable [] readAtMost(Path file, int maxBytes) throws IOException {
        if (Files.size(file) > maxBytes) {
            return null;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(maxBytes == Integer.MAX_VALUE ? maxBytes : maxBytes + 1);
            return bytes.length > maxBytes ? null : bytes;
        }
    }

    /** The name of a file without its folders. */
    static String name(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    /** The SHA-256 of bytes, in lowercase hexadecimal. */
    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError("Every Java platform has SHA-256", e);
        }
    }

    /** A text for a message: cut to {@value #QUOTED} characters and escaped for a terminal. */
    static String quote(String text) {
        Objects.requireNonNull(text, "text");
        int end = text.codePointCount(0, text.length()) > QUOTED ? text.offsetByCodePoints(0, QUOTED) : text.length();
        return TextRules.escape(text.substring(0, end)) + (end < text.length() ? "…" : "");
    }
}
