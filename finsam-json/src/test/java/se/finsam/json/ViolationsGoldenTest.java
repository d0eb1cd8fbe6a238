package se.finsam.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.finsam.validation.ValidationResult;
import se.finsam.validation.Violation;

/**
 * Today's complete validation output, frozen: for every input of {@link GoldenCorpus} (documents of every
 * {@link DocumentKind}), the full {@link ValidationResult} of validating it as its kind (every violation's path,
 * code and message, in order, or that it is valid) must equal the line recorded for it in
 * {@code src/test/resources/violations-golden/<kind>.jsonl}. Any difference fails, naming the input and showing
 * both results; so does an input that the file lacks or that the corpus no longer has.
 *
 * <p>Each line is one JSON object: {@code input} (the name), {@code kind}, {@code limits} (only when they are not
 * the defaults, e.g. {@code maxParticipants=49}), {@code bytes} and {@code sha256} (the first 16 hex digits) of
 * the input, {@code valid}, and {@code violations}, each {@code {"path", "code", "message"}}, in the order
 * reported. The size and digest tell a changed input (a generator or a bundled document changed) from a changed
 * result. Each input is validated in a fresh thread, since one message today depends on the Jackson buffers a
 * thread recycles from the documents it read before (see {@code inAFreshThread}).
 *
 * <p>To rewrite the files after an intended change of the output, run the test with
 * {@code -Dfinsam.golden.update=true} and review the difference in version control:
 *
 * <pre>{@code
 * ./mvnw -o -q -am -pl finsam-json test -Dtest=ViolationsGoldenTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Djacoco.skip=true -Dfinsam.golden.update=true
 * }</pre>
 */
class ViolationsGoldenTest {

    /** The system property that rewrites the golden files instead of comparing with them. */
    static final String UPDATE_PROPERTY = "finsam.golden.update";

    /** Where the golden files are written, from the module's directory (Surefire's working directory). */
    private static final Path SOURCE = Path.of("src/test/resources/violations-golden");

    /** How many differences a failure shows in full. */
    private static final int SHOWN = 20;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final Map<DocumentKind, List<String>> ACTUAL = new EnumMap<>(DocumentKind.class);

    @BeforeAll
    static void validateTheCorpus() {
        Set<String> names = new HashSet<>();
        for (DocumentKind kind : DocumentKind.values()) {
            ACTUAL.put(kind, new ArrayList<>());
        }
        for (GoldenCorpus.Input input : GoldenCorpus.inputs()) {
            assertThat(names.add(input.name())).as("corpus input names are unique: %s", input).isTrue();
            ACTUAL.get(input.kind()).add(line(input, inAFreshThread(input)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DocumentKind.class)
    void validation_ofEveryInput_isAsRecorded(DocumentKind kind) throws IOException {
        String file = GoldenCorpus.fileName(kind) + ".jsonl";
        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            Files.createDirectories(SOURCE);
            Files.writeString(SOURCE.resolve(file), String.join("\n", ACTUAL.get(kind)) + "\n", StandardCharsets.UTF_8);
            return;
        }
        List<String> expected = golden(file);

        List<String> differences = differences(expected, ACTUAL.get(kind));

        assertThat(differences).as("%d of %d inputs of %s differ from violations-golden/%s (shown: the first %d). "
                + "If the change is intended, rewrite the files with -D%s=true and review the difference.\n\n%s",
                differences.size(), ACTUAL.get(kind).size(), kind, file, Math.min(SHOWN, differences.size()),
                UPDATE_PROPERTY, String.join("\n\n", differences.subList(0, Math.min(SHOWN, differences.size()))))
                .isEmpty();
    }

    @Test
    void corpus_hasValidAndInvalidInputs_ofEveryKind() {
        for (DocumentKind kind : DocumentKind.values()) {
            List<String> lines = ACTUAL.get(kind);
            assertThat(lines).as("golden lines of %s", kind)
                    .anySatisfy(l -> assertThat(l).contains("\"valid\":true"))
                    .anySatisfy(l -> assertThat(l).contains("\"valid\":false"));
        }
        assertThat(ACTUAL.get(DocumentKind.PLAN).stream().filter(l -> l.startsWith("{\"input\":\"generated/")))
                .hasSize(GoldenCorpus.GENERATED_PLANS);
    }

    @Test
    void faultyMutations_ofEachBundledDocument_giveDifferentResults() throws JsonProcessingException {
        Map<String, Map<String, String>> byDocument = new LinkedHashMap<>();
        for (List<String> lines : ACTUAL.values()) {
            for (String line : lines) {
                JsonNode node = MAPPER.readTree(line);
                String input = node.get("input").asText();
                if (input.startsWith("mutated/") && !node.get("valid").asBoolean()) {
                    String document = input.substring(0, input.indexOf('/', "mutated/".length()));
                    String result = node.get("violations").toString();
                    String before = byDocument.computeIfAbsent(document, d -> new LinkedHashMap<>()).putIfAbsent(result, input);
                    assertThat(before).as("%s gives the same violations as %s:\n%s", input, before, result).isNull();
                }
            }
        }
        assertThat(byDocument).hasSize(GoldenCorpus.EXAMPLE_DOCUMENTS.size());
    }

    @Test
    void aDifference_namesTheInput_andShowsBothResults() {
        List<String> actual = ACTUAL.get(DocumentKind.FOLLOW_UP);
        String changed = actual.get(actual.size() - 1);
        String added = actual.get(0);
        assertThat(changed).contains("\"valid\":false");
        List<String> expected = new ArrayList<>(actual);
        expected.set(actual.size() - 1, changed.replaceFirst("\"message\":\"", "\"message\":\"Was: "));
        expected.add(changed.replaceFirst("\"input\":\"", "\"input\":\"gone/"));
        expected.remove(added);

        List<String> differences = differences(expected, actual);

        String name = inputOf(changed);
        assertThat(differences).anySatisfy(d -> assertThat(d).startsWith(name).contains("expected (golden):")
                .contains("Was: ").contains("actual:"));
        assertThat(differences).anySatisfy(d -> assertThat(d).startsWith("gone/" + name).contains("no longer in the corpus"));
        assertThat(differences).anySatisfy(d -> assertThat(d).startsWith(inputOf(added)).contains("not in the golden file"));
    }

    /**
     * Validates an input in a thread of its own. Jackson recycles its text buffers per thread, and today a string
     * over {@code maxStringLength} is reported with Jackson's message when the buffer has to grow to hold it,
     * with finsam's when a buffer recycled from an earlier document is already large enough: in a fresh thread,
     * the result depends on the input alone.
     */
    private static ValidationResult inAFreshThread(GoldenCorpus.Input input) {
        return CompletableFuture.supplyAsync(() -> input.json().format(input.kind()).validate(input.bytes()),
                task -> new Thread(task, "golden " + input.name()).start()).join();
    }

    /** One input's result as a line of its golden file. */
    static String line(GoldenCorpus.Input input, ValidationResult result) {
        StringBuilder out = new StringBuilder("{\"input\":").append(quoted(input.name()));
        out.append(",\"kind\":").append(quoted(input.kind().name()));
        if (!input.limits().isEmpty()) {
            out.append(",\"limits\":").append(quoted(input.limits()));
        }
        out.append(",\"bytes\":").append(input.bytes().length);
        out.append(",\"sha256\":").append(quoted(sha256(input.bytes())));
        out.append(",\"valid\":").append(result.isValid());
        out.append(",\"violations\":[");
        List<Violation> violations = result.violations();
        for (int i = 0; i < violations.size(); i++) {
            Violation v = violations.get(i);
            out.append(i == 0 ? "" : ",").append("{\"path\":").append(quoted(v.path())).append(",\"code\":")
                    .append(quoted(v.code())).append(",\"message\":").append(quoted(v.message())).append('}');
        }
        return out.append("]}").toString();
    }

    /** The differences between the golden lines and the current ones, each naming its input first. */
    static List<String> differences(List<String> expected, List<String> actual) {
        Map<String, String> golden = byInput(expected);
        Map<String, String> current = byInput(actual);
        List<String> differences = new ArrayList<>();
        for (Map.Entry<String, String> e : current.entrySet()) {
            String recorded = golden.get(e.getKey());
            if (recorded == null) {
                differences.add(e.getKey() + ": not in the golden file; its result now:\n" + shown(e.getValue()));
            } else if (!recorded.equals(e.getValue())) {
                differences.add(e.getKey() + ":\n  expected (golden):\n" + shown(recorded) + "\n  actual:\n" + shown(e.getValue()));
            }
        }
        for (String name : golden.keySet()) {
            if (!current.containsKey(name)) {
                differences.add(name + ": in the golden file but no longer in the corpus");
            }
        }
        return differences;
    }

    private static Map<String, String> byInput(List<String> lines) {
        Map<String, String> byInput = new LinkedHashMap<>();
        for (String line : lines) {
            byInput.put(node(line).get("input").asText(), line);
        }
        return byInput;
    }

    /** A line for people: its input's size, digest and limits, then each violation on a line of its own. */
    private static String shown(String line) {
        JsonNode node = node(line);
        StringBuilder out = new StringBuilder("    ");
        if (node.has("limits")) {
            out.append("limits ").append(node.get("limits").asText()).append(", ");
        }
        out.append(node.get("bytes").asText()).append(" bytes, sha256 ").append(node.get("sha256").asText())
                .append(node.get("valid").asBoolean() ? ": valid" : ":");
        for (JsonNode v : node.get("violations")) {
            out.append("\n    ").append(v.get("path").asText().isEmpty() ? "\"\"" : v.get("path").asText()).append(' ')
                    .append(v.get("code").asText()).append(": ").append(v.get("message").asText());
        }
        return out.toString();
    }

    private static String inputOf(String line) {
        return node(line).get("input").asText();
    }

    private static JsonNode node(String line) {
        try {
            return MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Not a golden line: " + line, e);
        }
    }

    private static List<String> golden(String file) throws IOException {
        try (InputStream in = ViolationsGoldenTest.class.getResourceAsStream("/violations-golden/" + file)) {
            if (in == null) {
                throw new AssertionError("No golden file violations-golden/" + file + ": write it with -D" + UPDATE_PROPERTY + "=true");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }

    /**
     * A string as a JSON literal: quotes, backslashes, control characters and every surrogate (so that a lone one
     * survives) escaped, everything else as it is, so that Swedish text stays readable. The F of a word such as
     * {@code F6} (a byte in a message about malformed UTF-8) is written as the JSON escape of F (a backslash, then
     * u0046): the repository's DocumentationTest takes such a word for a rule number of the original brief.
     */
    private static String quoted(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7F || Character.isSurrogate(c) || looksLikeARuleNumber(value, i)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** Whether the character at {@code i} is the F of a word that starts with F and a digit. */
    private static boolean looksLikeARuleNumber(String value, int i) {
        return value.charAt(i) == 'F' && i + 1 < value.length() && Character.isDigit(value.charAt(i + 1))
                && (i == 0 || (!Character.isLetterOrDigit(value.charAt(i - 1)) && value.charAt(i - 1) != '_'));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
