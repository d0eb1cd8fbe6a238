package se.finsam.statistics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The hand-written SCB fixtures under {@code src/test/resources/fixtures/scb}, and tables made of text. */
final class ScbFixtures {

    private ScbFixtures() {
    }

    /** The path of a fixture, e.g. {@code "pxweb-v1.json"} or {@code "bad/ragged.csv"}. */
    static Path path(String name) {
        URL url = ScbFixtures.class.getResource("/fixtures/scb/" + name);
        if (url == null) {
            throw new IllegalArgumentException("No fixture " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads a fixture. */
    static PopulationTable read(String name) {
        try {
            return PopulationTable.read(path(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a table from text, as a file of that name. */
    static PopulationTable text(String fileName, String text) {
        return PopulationTable.read(fileName, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The bytes of a fixture. */
    static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(path(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
