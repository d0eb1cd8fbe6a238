package se.finsam;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Core never builds a document path: the place of a value in a document is the reader's to say (issue
 * 12). Core's violations are located relative to the values core is given ({@code /previousAllocation}
 * of an association, {@code /base} of a model), and the national document's structure
 * ({@code /associations/<i>}, {@code /parameters}, {@code /supplementary}) is added by finsam-json.
 * ArchUnit cannot read string constants, so this test reads the string literals of finsam-core's main
 * sources (comments and javadoc left out); {@code NationalViolation} holds the same rule at run time by
 * refusing a path of more than one segment.
 */
class DocumentPathTest {

    /** Pointers that name the national document's structure. */
    private static final Pattern NATIONAL_DOCUMENT = Pattern.compile("/(parameters|supplementary)(/.*)?|/associations/.*");

    /** The same structure built by segments: {@code Violation.pointer("associations", i)}. */
    private static final Pattern NATIONAL_SEGMENTS = Pattern.compile(
            "pointer\\(\\s*\"(associations|parameters|supplementary)\"");

    /** A pointer prefix meant to have an index or key appended: {@code "/x/" + i}. */
    private static final Pattern POINTER_PREFIX = Pattern.compile("(/[A-Za-z]+)+/");

    private static final Path MAIN = Path.of("src", "main", "java", "se", "finsam");

    @Test
    void core_neverNamesTheNationalDocumentsStructure() {
        List<String> found = new ArrayList<>();
        for (Path file : sources(MAIN)) {
            String source = read(file);
            for (String literal : literals(source)) {
                if (NATIONAL_DOCUMENT.matcher(literal).matches()) {
                    found.add(MAIN.relativize(file) + ": \"" + literal + "\"");
                }
            }
            if (NATIONAL_SEGMENTS.matcher(withoutComments(source)).find()) {
                found.add(MAIN.relativize(file) + ": a pointer of the national document's segments");
            }
        }
        assertThat(found).as("string literals that name the national document's structure").isEmpty();
    }

    @Test
    void national_neverBuildsAPointerByAppendingAnIndexOrKey() {
        List<String> found = new ArrayList<>();
        for (Path file : sources(MAIN.resolve("national"))) {
            for (String literal : literals(read(file))) {
                if (POINTER_PREFIX.matcher(literal).matches()) {
                    found.add(MAIN.relativize(file) + ": \"" + literal + "\"");
                }
            }
        }
        assertThat(found).as("pointer prefixes in the national package").isEmpty();
    }

    @Test
    void literals_areReadWithoutComments() {
        String source = "/** \"/associations/\" */ class A { // \"/parameters\"\n"
                + " String a = \"/associations/\" + i; char q = '\"'; String b = \"x\\\"/supplementary\"; /* \"c\" */ }";

        assertThat(literals(source)).containsExactly("/associations/", "x\\\"/supplementary");
        assertThat(literals(source)).filteredOn(l -> NATIONAL_DOCUMENT.matcher(l).matches()).containsExactly("/associations/");
        assertThat(POINTER_PREFIX.matcher("/associations/").matches()).isTrue();
        assertThat(NATIONAL_SEGMENTS.matcher(withoutComments("/* pointer(\"associations\", i) */ x")).find()).isFalse();
        assertThat(NATIONAL_SEGMENTS.matcher(withoutComments("Violation.pointer(\"associations\", i)")).find()).isTrue();
        assertThat(NATIONAL_DOCUMENT.matcher("/associations").matches()).as("the allocation's own list").isFalse();
        assertThat(POINTER_PREFIX.matcher("/previousAllocation").matches()).isFalse();
    }

    private static List<Path> sources(Path root) {
        assertThat(root).as("run from the finsam-core module").isDirectory();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The string literals of a Java source, as written (escapes kept), outside comments and char literals. */
    static List<String> literals(String source) {
        List<String> literals = new ArrayList<>();
        scan(source, literals, new StringBuilder());
        return literals;
    }

    /** A Java source without its comments. */
    static String withoutComments(String source) {
        StringBuilder code = new StringBuilder();
        scan(source, new ArrayList<>(), code);
        return code.toString();
    }

    private static void scan(String source, List<String> literals, StringBuilder code) {
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? n : end + 1;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                literals.add(source.substring(i + 3, end < 0 ? n : end));
                code.append(source, i, end < 0 ? n : end + 3);
                i = end < 0 ? n : end + 3;
            } else if (c == '"' || c == '\'') {
                int end = closing(source, i + 1, c);
                if (c == '"') {
                    literals.add(source.substring(i + 1, end));
                }
                code.append(source, i, Math.min(end + 1, n));
                i = end + 1;
            } else {
                code.append(c);
                i++;
            }
        }
    }

    /** The index of the quote that closes a literal begun before {@code from}, escapes skipped. */
    private static int closing(String source, int from, char quote) {
        int i = from;
        while (i < source.length() && source.charAt(i) != quote) {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i, source.length());
    }
}
