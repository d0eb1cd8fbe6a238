package se.finsam.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import se.finsam.test.Seeds;
import se.finsam.json.JsonViolationCodes;
import org.junit.jupiter.params.provider.ValueSource;

/** The reader's hand-written scalar checks, which replaced regular expressions and the date formatter. */
class TreeReaderTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "15000000", "34.9", "-1.50", "0.000001", "-0"})
    void plainDecimals_areAccepted(String text) {
        assertThat(TreeReader.isPlainDecimal(text)).as("'%s'", text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", "1.", ".5", "-.5", "+1", "1e5", "1E5", " 1", "1 ", "1.2.3", "--1", "1-", "0x10",
        "١٢", "1,5", "∞"})
    void anythingElse_isNotAPlainDecimal(String text) {
        assertThat(TreeReader.isPlainDecimal(text)).as("'%s'", text).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0", "-0.00", "007", "15000000", "34.9", "-1.50", "0.000001", "999999999999999999",
        "-99999999999999999", "9999999999999999999", "12345678901234567.8", "0.00000000000000001", "-1234567890.1234567"})
    void aPlainDecimal_hasTheValueAndScaleOfItsParse(String text) {
        assertThat(TreeReader.plainDecimalValue(text)).as("'%s'", text).isEqualTo(new BigDecimal(text));
    }

    @Test
    void everyPlainDecimal_hasTheValueAndScaleOfItsParse() {
        Seeds.forAll("plain decimals read as parsed", 2000, random -> {
            StringBuilder text = new StringBuilder(random.nextBoolean() ? "-" : "");
            int whole = 1 + random.nextInt(20);
            for (int i = 0; i < whole; i++) {
                text.append((char) ('0' + random.nextInt(10)));
            }
            if (random.nextBoolean()) {
                text.append('.');
                int decimals = 1 + random.nextInt(8);
                for (int i = 0; i < decimals; i++) {
                    text.append((char) ('0' + random.nextInt(10)));
                }
            }
            String plain = text.toString();
            assertThat(TreeReader.isPlainDecimal(plain)).isTrue();
            // equals, not compareTo: the scale is kept, as "1.50" is written.
            assertThat(TreeReader.plainDecimalValue(plain)).as("'%s'", plain).isEqualTo(new BigDecimal(plain));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"2008-06-30", "2008-02-29", "0000-01-01", "9999-12-31"})
    void existingDates_areReadOnTheFastPath(String text) {
        CharterReader reader = new CharterReader(Limits.DEFAULTS);
        assertThat(reader.date(com.fasterxml.jackson.databind.node.TextNode.valueOf(text), Pointer.of("/d")).get())
                .as("'%s'", text).hasToString(text);
        assertThat(reader.hasViolations()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2008-06-31", "2007-02-29", "2008-13-01", "2008-00-10", "2008-6-30", "2008-06-3",
        "20080630", "2008/06/30", "2008-06-30T00:00", "+2008-06-30", "٢٠٠٨-٠٦-٣٠"})
    void impossibleOrMalformedDates_areViolations(String text) {
        CharterReader reader = new CharterReader(Limits.DEFAULTS);
        assertThat(reader.date(com.fasterxml.jackson.databind.node.TextNode.valueOf(text), Pointer.of("/d")).isReported())
                .as("'%s'", text).isTrue();
        assertThat(reader.violations()).extracting(v -> v.code()).containsExactly(JsonViolationCodes.INVALID_DATE);
    }
}
