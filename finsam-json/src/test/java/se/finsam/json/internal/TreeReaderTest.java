package se.finsam.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
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
