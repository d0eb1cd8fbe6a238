package se.finsam.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the tool prints about a hostile document stays text: no control character from the document
 * reaches the terminal raw (it could recolour it, retitle the window or hide a line), and a syntax
 * message is whole.
 */
class TerminalTextTest {

    private static String rar() throws IOException {
        return Files.readString(Path.of(CliTest.RAR), StandardCharsets.UTF_8);
    }

    private static boolean hasControlBesidesLineBreaks(String text) {
        return text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' || c == 0x2028 || c == 0x2029);
    }

    @Test
    void validate_ofADocumentFullOfControlCharacters_printsThemEscaped() throws IOException {
        String json = rar().replaceFirst("\"name\": \"Eskilstuna\"", "\"name\": \"\\\\u001b[31mEskilstuna\\\\u001b]0;pwned\\\\u0007\"")
                .replaceFirst("\"year\": 2007", "\"year\": 2007, \"\\\\u001b[2J\\\\u009b\": 1")
                .replaceFirst("\"kind\": \"REGION\"", "\"kind\": \"REGION\\\\r\"");

        CliTest.Run r = CliTest.runWithInput(json, "validate", "-");

        assertThat(r.status()).isEqualTo(Cli.INVALID);
        assertThat(r.err()).contains("member.name-invalid", "json.unknown-field", "json.invalid-value", "\\u001B");
        assertThat(hasControlBesidesLineBreaks(r.err())).as("raw control characters in:\n%s", r.err()).isFalse();
    }

    @Test
    void validate_ofNotJson_printsTheWholeSyntaxMessage() {
        CliTest.Run r = CliTest.runWithInput("not json\n", "validate", "-");

        assertThat(r.status()).isEqualTo(Cli.INVALID);
        assertThat(r.err()).contains("json.syntax", "line 1, column", "Object or token 'null', 'true' or 'false')");
    }

    @Test
    void validate_ofOverlongUtf8_isASyntaxError(@TempDir Path dir) throws IOException {
        String[] parts = rar().split("\"name\": \"Flen\"", 2);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes((parts[0] + "\"name\": \"Fl").getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {(byte) 0xC0, (byte) 0xAF});
        bytes.writeBytes(("n\"" + parts[1]).getBytes(StandardCharsets.UTF_8));
        Path file = dir.resolve("overlong.json");
        Files.write(file, bytes.toByteArray());

        CliTest.Run r = CliTest.run("validate", file.toString());

        assertThat(r.status()).isEqualTo(Cli.INVALID);
        assertThat(r.err()).contains("json.syntax", "Malformed UTF-8", "C0 AF", "/association/members/4/name");
    }
}
