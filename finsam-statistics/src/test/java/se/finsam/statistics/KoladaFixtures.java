package se.finsam.statistics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/** The Kolada fixtures (src/test/resources/fixtures/kolada, README.md there) as paths and bytes. */
final class KoladaFixtures {

    private KoladaFixtures() {
    }

    /** The path of a fixture, e.g. {@code kolada-v2.json} or {@code bad/truncated.json}. */
    static Path path(String name) {
        URL url = Objects.requireNonNull(KoladaFixtures.class.getResource("/fixtures/kolada/" + name), name);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The bytes of a fixture. */
    static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(path(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The SHA-256 of a fixture, computed here independently of the reader. */
    static String sha256(String name) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes(name)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
