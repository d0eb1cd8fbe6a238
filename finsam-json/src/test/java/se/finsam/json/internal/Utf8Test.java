package se.finsam.json.internal;

import se.finsam.json.FinsamJson;
import se.finsam.json.JsonViolationCodes;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import se.finsam.test.Seeds;

/** The strict UTF-8 check that runs before a document is parsed (RFC 3629, table 3-7 of the Unicode standard). */
class Utf8Test {

    private static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex.replace(" ", ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "41", "7F", "C3 B6", "C2 80", "DF BF", "E0 A0 80", "E2 82 AC", "ED 9F BF", "EE 80 80",
        "EF BF BF", "EF BB BF 7B 7D", "F0 90 80 80", "F0 9F 98 80", "F3 BF BF BF", "F4 8F BF BF", "00"})
    void wellFormedSequences_pass(String bytes) {
        assertThat(Utf8.firstMalformed(hex(bytes))).as(bytes).isEqualTo(-1);
    }

    @ParameterizedTest
    @CsvSource({
        "41 C0 AF 41, 1, overlong",          // '/' in two bytes
        "C1 BF, 0, overlong",
        "E0 80 AF, 0, overlong",
        "E0 9F BF, 0, overlong",
        "F0 80 80 AF, 0, overlong",
        "F0 8F BF BF, 0, overlong",
        "41 ED A0 80, 1, surrogate",        // U+D800
        "ED BF BF, 0, surrogate",           // U+DFFF
        "F4 90 80 80, 0, above U+10FFFF",
        "F5 80 80 80, 0, never",
        "F8 88 80 80 80, 0, never",
        "FE, 0, never",
        "FF, 0, never",
        "80, 0, continuation",
        "41 42 BF, 2, continuation",
        "C3, 0, ends",
        "E2 82, 0, ends",
        "F0 9F 98, 0, ends",
        "E2 82 41, 0, incomplete",
        "C3 C3 B6, 0, incomplete",
        "F0 9F 41 80, 0, incomplete"})
    void malformedSequences_areFoundAtTheirFirstByte_andDescribed(String bytes, int offset, String described) {
        byte[] b = hex(bytes);

        assertThat(Utf8.firstMalformed(b)).as(bytes).isEqualTo(offset);
        assertThat(Utf8.describe(b, offset)).as(bytes).contains(described)
                .contains(bytes.substring(3 * offset, 3 * offset + 2));
    }

    @Test
    void firstMalformed_agreesWithTheJdksStrictDecoder_onRandomBytes() {
        Seeds.forAll("UTF-8 check agrees with the JDK's strict decoder", 20_000, random -> {
            byte[] bytes = nearlyUtf8(random);
            int expected = jdkFirstMalformed(bytes);

            assertThat(Utf8.firstMalformed(bytes)).as(HexFormat.ofDelimiter(" ").formatHex(bytes)).isEqualTo(expected);
        });
    }

    /** Mostly well-formed text with some bytes changed: every kind of sequence, and its near misses. */
    private static byte[] nearlyUtf8(SplittableRandom random) {
        StringBuilder text = new StringBuilder();
        int n = random.nextInt(1, 12);
        for (int i = 0; i < n; i++) {
            int cp = switch (random.nextInt(5)) {
                case 0 -> random.nextInt(0x20, 0x80);
                case 1 -> random.nextInt(0x80, 0x800);
                case 2 -> random.nextBoolean() ? random.nextInt(0x800, 0xD800) : random.nextInt(0xE000, 0x10000);
                default -> random.nextInt(0x10000, 0x110000);
            };
            text.appendCodePoint(cp);
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        int changes = random.nextInt(3);
        for (int i = 0; i < changes && bytes.length > 0; i++) {
            int at = random.nextInt(bytes.length);
            bytes[at] = switch (random.nextInt(4)) {
                case 0 -> (byte) random.nextInt(256);
                case 1 -> (byte) (0x80 | random.nextInt(0x40));
                case 2 -> (byte) (0xC0 | random.nextInt(0x40));
                default -> (byte) (bytes[at] ^ (1 << random.nextInt(8)));
            };
        }
        if (random.nextInt(4) == 0 && bytes.length > 0) {
            bytes = java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
        }
        return bytes;
    }

    private static int jdkFirstMalformed(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length * 2 + 2);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            return in.position();
        }
        result = decoder.flush(out);
        return result.isError() || in.hasRemaining() ? in.position() : -1;
    }

    @Test
    void unicodeEscapes_areFound_soThatOnlyDocumentsThatCanHoldALoneSurrogateAreSearchedForOne() {
        assertThat(Utf8.hasUnicodeEscape("{\"name\": \"Köping\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8))).isFalse();
        assertThat(Utf8.hasUnicodeEscape("{\"name\": \"K\\u00f6ping\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8))).isTrue();
        assertThat(Utf8.hasUnicodeEscape("\\ud800".getBytes(java.nio.charset.StandardCharsets.UTF_8))).isTrue();
        assertThat(Utf8.hasUnicodeEscape("\\".getBytes(java.nio.charset.StandardCharsets.UTF_8))).isFalse();
        assertThat(Utf8.hasUnicodeEscape(new byte[0])).isFalse();
        // A lone surrogate written as an escape is still refused by the reader.
        var e = org.assertj.core.api.Assertions.catchThrowableOfType(se.finsam.validation.FinsamValidationException.class,
                () -> FinsamJson.create().plan().read("{\"association\": \"\\ud800\"}"));
        assertThat(e.violations()).extracting(se.finsam.validation.Violation::code).contains(JsonViolationCodes.SYNTAX);
    }
}
