package se.finsam.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The catalogue of bad documents in {@code src/test/resources/catalogue}: {@code NNN-name.json}, one
 * fault each, beside {@code NNN-name.expected}, which names the fault's kind ({@code # kind:}), whether
 * the JSON Schema of the format rejects it too ({@code # schema: reject}) or cannot see it
 * ({@code # schema: accept}), and then every violation the reader must report, one {@code path code}
 * a line ({@code ""} for the root).
 */
record Catalogue(String name, Path document, String kind, String schema, List<String> layers, Set<String> expected) {

    /** Every entry of the catalogue, in file order. */
    static List<Catalogue> entries() {
        return entries("/catalogue");
    }

    /**
     * Every entry of a catalogue folder on the test class path, in file order: {@code /catalogue}, or
     * {@code /multi-fault}, whose {@code .expected} files name each fault's layer in a line
     * {@code # fault: LAYER: what}.
     */
    static List<Catalogue> entries(String folder) {
        try {
            Path dir = Path.of(Catalogue.class.getResource(folder).toURI());
            try (Stream<Path> files = Files.list(dir)) {
                return files.filter(p -> p.toString().endsWith(".json")).sorted().map(Catalogue::load).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Catalogue load(Path document) {
        String file = document.getFileName().toString();
        String name = file.substring(0, file.length() - ".json".length());
        List<String> lines;
        try {
            lines = Files.readAllLines(document.resolveSibling(name + ".expected"));
        } catch (IOException e) {
            throw new UncheckedIOException("Catalogue entry " + name + " needs a .expected file", e);
        }
        String kind = null;
        String schema = null;
        List<String> layers = new ArrayList<>();
        Set<String> expected = new LinkedHashSet<>();
        for (String line : lines) {
            if (line.startsWith("# fault: ")) {
                String fault = line.substring("# fault: ".length());
                layers.add(fault.substring(0, fault.indexOf(':')).trim());
            } else if (line.startsWith("# kind: ")) {
                kind = line.substring("# kind: ".length()).trim();
            } else if (line.startsWith("# schema: ")) {
                schema = line.substring("# schema: ".length()).trim();
            } else if (!line.isBlank() && !line.startsWith("#")) {
                expected.add(line.startsWith("\"\" ") ? line.substring(2) : line);
            }
        }
        return new Catalogue(name, document, kind, schema, layers, expected);
    }

    /** The violations as {@code path code} lines, as in the expected file (root path empty). */
    static String line(se.finsam.validation.Violation v) {
        return v.path() + " " + v.code();
    }

    byte[] bytes() {
        try {
            return Files.readAllBytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
