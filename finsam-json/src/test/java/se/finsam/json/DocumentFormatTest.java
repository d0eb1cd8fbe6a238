package se.finsam.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.util.VersionUtil;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.finsam.validation.Violation;

/** The same verbs for every kind of document, from every source. */
class DocumentFormatTest {

    private static final FinsamJson JSON = FinsamJson.create();
    private static final Path DOCUMENTS = Path.of("../finsam-examples/documents");
    private static final Map<DocumentKind, String> EXAMPLES = Map.of(
            DocumentKind.PLAN, "rar-sormland-2007.json",
            DocumentKind.NATIONAL_ALLOCATION, "national-2016.json",
            DocumentKind.INDICATORS, "norra-vastmanland-indicators.json",
            DocumentKind.FOLLOW_UP, "kvinnocoacher-2011.json",
            DocumentKind.SOCIOECONOMIC, "unga-jonkoping.json");

    @Test
    void everyKind_readsTheSameFromBytesStringStreamAndFile() throws IOException {
        for (Map.Entry<DocumentKind, String> e : EXAMPLES.entrySet()) {
            Path file = DOCUMENTS.resolve(e.getValue());
            byte[] bytes = Files.readAllBytes(file);
            DocumentFormat<?> format = JSON.format(e.getKey());

            assertThat(format.kind()).isEqualTo(e.getKey());
            assertThat(JSON.kindOf(bytes)).isEqualTo(e.getKey());
            String fromBytes = written(format, format.read(bytes));
            assertThat(written(format, format.read(new String(bytes, StandardCharsets.UTF_8)))).as(file.toString())
                    .isEqualTo(fromBytes);
            assertThat(written(format, format.read(new ByteArrayInputStream(bytes)))).as(file.toString()).isEqualTo(fromBytes);
            assertThat(written(format, format.read(file))).as(file.toString()).isEqualTo(fromBytes);
            assertThat(format.validate(bytes).isValid()).as(file.toString()).isTrue();
            assertThat(format.validate(file).isValid()).as(file.toString()).isTrue();
        }
    }

    @Test
    void write_toAWriter_isTheSameText() {
        var national = JSON.national().read(NationalDocuments.SMALL);
        StringWriter out = new StringWriter();

        JSON.national().write(national, out);

        assertThat(out).hasToString(JSON.national().write(national));
    }

    @Test
    void validate_ofAFileTooLarge_isOneLimitViolation(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("large.json");
        Files.write(file, new byte[101]);

        List<Violation> violations = FinsamJson.builder().maxDocumentBytes(100).build().indicators().validate(file).violations();

        assertThat(violations).extracting(Violation::code).containsExactly(JsonViolationCodes.LIMIT_EXCEEDED);
    }

    @Test
    void theVersion_isTheBuildsOnce() {
        assertThat(FinsamJson.version()).isNotBlank().doesNotContain("${");
        assertThat(new FinsamModule().version()).isEqualTo(VersionUtil.parseVersion(FinsamJson.version(), "se.finsam",
                "finsam-json"));
    }

    @SuppressWarnings("unchecked")
    private static <T> String written(DocumentFormat<T> format, Object value) {
        return format.write((T) value);
    }
}
