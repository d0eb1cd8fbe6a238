package se.finsam.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import se.finsam.testing.Raises;

/**
 * The one rule for text that people read: what a name and a note may hold, when they count as blank,
 * and how their length is counted.
 */
class TextRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"Vägen in", "Samordningsförbundet RAR i Sörmland", "Ö", "x", "Ungdomstorget – Nyköping",
        "Bygg 😀", "Jämtland\u00a0Härjedalen", "Åsa-Nisse's ‘projekt’"})
    void ordinaryNames_haveNoProblem(String name) {
        assertThat(TextRules.problemOfName(name)).as("'%s'", name).isEmpty();
        assertThat(TextRules.problemOfNote(name)).as("'%s'", name).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u001b[31mRött", "Rad\nett", "Tab\tbort", "Ko\rping", "Nul\u0000l", "Del\u007f", "C1\u0085",
        "C1\u009b31m", "Bell\u0007", "Linje\u2028skift", "Stycke\u2029skift"})
    void names_withControlCharactersOrLineBreaks_areInvalid_andTheCharacterIsQuotedEscaped(String name) {
        Optional<String> problem = TextRules.problemOfName(name);

        assertThat(problem).as("'%s'", TextRules.escape(name)).isPresent();
        int bad = name.codePoints().filter(c -> Character.isISOControl(c) || c == 0x2028 || c == 0x2029).findFirst()
                .orElseThrow();
        assertThat(problem.get()).contains(String.format("\\u%04X", bad));
        assertThat(problem.get().chars().filter(c -> Character.isISOControl(c) || c == 0x2028 || c == 0x2029))
                .as("the message holds no raw control character: %s", TextRules.escape(problem.get())).isEmpty();
    }

    @Test
    void controlCharacter_isLocatedByItsCharacterPosition() {
        assertThat(TextRules.problemOfName("😀😀\u001b")).hasValueSatisfying(p -> assertThat(p).contains("\\u001B")
                .contains("character 3"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Rad ett\nRad två", "Rad ett\r\nRad två", "Kolumn\tkolumn", "Stycke\u2029två"})
    void notes_mayHoldLineBreaksAndTabs(String note) {
        assertThat(TextRules.problemOfNote(note)).as("'%s'", TextRules.escape(note)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u001b[31mRött", "Ko\rping", "Slut\r", "Nul\u0000l", "Del\u007f", "C1\u0085", "Bell\u0007"})
    void notes_withOtherControlCharacters_areInvalid(String note) {
        assertThat(TextRules.problemOfNote(note)).as("'%s'", TextRules.escape(note)).hasValueSatisfying(p -> assertThat(p)
                .contains("control character").containsPattern("\\\\u00[0-9A-F]{2}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "   ", "\t", " \n ", "\u00a0", "\u2007", "\u202f", "\u00a0\u00a0", "\u200b", "\u200c",
        "\u200d", "\u2060", "\ufeff", "\u3000", "\u2003\u200b", "\u180e", "\u034f", "\u3164", "\u115f", "\ufe0f", "\u2028"})
    void texts_ofOnlyWhiteSpaceOrInvisibleCharacters_areBlank(String text) {
        assertThat(TextRules.problemOfName(text)).as("'%s'", TextRules.escape(text)).hasValueSatisfying(p -> assertThat(p)
                .contains("blank"));
        assertThat(TextRules.problemOfNote(text)).as("'%s'", TextRules.escape(text)).hasValueSatisfying(p -> assertThat(p)
                .contains("blank"));
    }

    @Test
    void length_isCountedInCharacters_notUtf16Units() {
        String emoji200 = "😀".repeat(200);
        assertThat(emoji200).hasSize(400);
        assertThat(TextRules.problemOfName(emoji200)).isEmpty();
        assertThat(TextRules.problemOfName(emoji200 + "x")).hasValueSatisfying(p -> assertThat(p)
                .contains("longer than 200 characters").contains("201"));
        assertThat(TextRules.problemOfName("x".repeat(200))).isEmpty();
        assertThat(TextRules.problemOfName("x".repeat(201))).isPresent();
        assertThat(TextRules.problemOfNote("😀".repeat(2000))).isEmpty();
        assertThat(TextRules.problemOfNote("😀".repeat(2001))).hasValueSatisfying(p -> assertThat(p)
                .contains("longer than 2000 characters"));
    }

    @Test
    void tooLongText_isQuotedShortened_onACharacterBoundary() {
        Optional<String> problem = TextRules.problemOfName("😀".repeat(300));

        assertThat(problem).hasValueSatisfying(p -> {
            assertThat(p).contains("'" + "😀".repeat(40) + "…'");
            assertThat(p.chars().filter(c -> Character.isSurrogate((char) c)).count()).isEven();
            assertThat(p.codePoints().filter(c -> c >= 0xD800 && c <= 0xDFFF)).as("no lone surrogate").isEmpty();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"\ud800", "a\udc00b", "\udc00\ud800", "x\ud83d"})
    void loneSurrogates_areNotText(String text) {
        assertThat(TextRules.problemOfName(text)).hasValueSatisfying(p -> assertThat(p).contains("lone surrogate")
                .containsPattern("\\\\uD[89A-F][0-9A-F]{2}"));
        assertThat(TextRules.problemOfNote(text)).isPresent();
    }

    @Test
    void escape_writesControlCharactersAndLoneSurrogatesAsUnicodeEscapes_andLeavesTheRest() {
        assertThat(TextRules.escape("\u001b[31mRött\u001b[0m")).isEqualTo("\\u001B[31mRött\\u001B[0m");
        assertThat(TextRules.escape("a\nb\tc\u007f\u0085")).isEqualTo("a\\u000Ab\\u0009c\\u007F\\u0085");
        assertThat(TextRules.escape("x\ud800y")).isEqualTo("x\\uD800y");
        assertThat(TextRules.escape("😀 Köping\u00a0")).isEqualTo("😀 Köping\u00a0");
        assertThat(TextRules.escape("\u202eevil\u2066")).isEqualTo("\\u202Eevil\\u2066");
    }

    @Test
    @Raises(ViolationCodes.TEXT_INVALID)
    void checkName_andCheckNote_reportTheProblemWithTheTextCode() {
        List<Violation> violations = new ArrayList<>();

        TextRules.checkName("/name", "Ok", violations);
        TextRules.checkName("/name", "\u00a0\u200b", violations);
        TextRules.checkName("/aggregates/0/name", "Röd\u001b", violations);
        TextRules.checkNote("/note", Optional.of("Rad\nRad"), violations);
        TextRules.checkNote("/note", Optional.of("Rad\u0000"), violations);
        TextRules.checkNote("/note", Optional.empty(), violations);

        assertThat(violations).extracting(Violation::path).containsExactly("/name", "/aggregates/0/name", "/note");
        assertThat(violations).extracting(Violation::code).containsOnly(ViolationCodes.TEXT_INVALID);
        assertThat(violations.get(0).message()).isEqualTo("Name is blank");
        assertThat(violations.get(1).message()).contains("\\u001B");
        assertThat(violations.get(2).message()).contains("\\u0000");
    }

    @Test
    void nulls_areProgrammingErrors() {
        assertThatNullPointerException().isThrownBy(() -> TextRules.problemOfName(null)).withMessage("name");
        assertThatNullPointerException().isThrownBy(() -> TextRules.problemOfNote(null)).withMessage("note");
        assertThatNullPointerException().isThrownBy(() -> TextRules.escape(null)).withMessage("text");
    }

    @Test
    void checkName_withACode_reportsTheOneRuleInTheValueTypesWords() {
        List<Violation> violations = new ArrayList<>();
        TextRules.checkName("/name", ViolationCodes.MEMBER_NAME_INVALID, "Name of member 'flen'", "Flen", violations);
        assertThat(violations).isEmpty();

        TextRules.checkName("/name", ViolationCodes.MEMBER_NAME_INVALID, "Name of member 'flen'", " ", violations);
        assertThat(violations).containsExactly(Violation.of("/name", ViolationCodes.MEMBER_NAME_INVALID,
                "Name of member 'flen' is blank"));
    }

    @Test
    void checkName_withADescriptionMadeLater_makesItOnlyForAViolation() {
        List<Violation> violations = new ArrayList<>();
        TextRules.checkName("/name", ViolationCodes.MEMBER_NAME_INVALID, () -> {
            throw new AssertionError("a valid name needs no description");
        }, "Flen", violations);
        assertThat(violations).isEmpty();

        TextRules.checkName("/name", ViolationCodes.MEMBER_NAME_INVALID, () -> "Name of member 'flen'", "Fl\nen", violations);
        assertThat(violations).containsExactly(Violation.of("/name", ViolationCodes.MEMBER_NAME_INVALID,
                "Name of member 'flen' holds the control character \\u000A at character 3"));
    }

    @Test
    void aBlankTextAfterVisibleOnes_isNotBlank_andAnInvisibleOneIs() {
        assertThat(TextRules.problemOfName("a\u200b ")).isEmpty();
        assertThat(TextRules.problemOfName("\u200b a")).isEmpty();
        assertThat(TextRules.problemOfName("\u200b \u00a0")).contains("is blank");
    }

    @Test
    void theEdgesOfTheAllowedRanges_areExact() {
        assertThat(TextRules.problemOfName("a\u001f")).contains("holds the control character \\u001F at character 2");
        assertThat(TextRules.problemOfName("a\u007f")).contains("holds the control character \\u007F at character 2");
        assertThat(TextRules.problemOfName("a\u009f")).contains("holds the control character \\u009F at character 2");
        assertThat(TextRules.problemOfName(" a~")).isEmpty();
        assertThat(TextRules.problemOfName("a\u00a0b")).isEmpty();
        assertThat(TextRules.problemOfName("a\ud800")).contains(
                "holds a lone surrogate \\uD800 at character 2, which is not a Unicode character");
    }

    @Test
    void blank_isMadeOfSpacesAndTheInvisibleRangesOnly_endsIncluded() {
        for (int cp : new int[] {' ', 0x180B, 0x180F, 0xFE00, 0xFE0F, 0xE0100, 0xE01EF}) {
            assertThat(TextRules.problemOfName(Character.toString(cp))).as("U+%04X", cp).contains("is blank");
        }
        for (int cp : new int[] {'!', '~', 0x180A, 0x1810, 0xFDFF, 0xFE10, 0xE00FF, 0xE01F0}) {
            assertThat(TextRules.problemOfName(Character.toString(cp))).as("U+%04X", cp).isEmpty();
        }
    }

    @Test
    void escape_escapesTheEdgesOfEveryRange_andLoneSurrogatesAtEitherEnd() {
        assertThat(TextRules.escape("\u001f \u007e\u007f")).isEqualTo("\\u001F ~\\u007F");
        assertThat(TextRules.escape("\u202a\u202e\u2066\u2069")).isEqualTo("\\u202A\\u202E\\u2066\\u2069");
        assertThat(TextRules.escape("\u2029\u2065\u206a\u2029")).isEqualTo("\\u2029\u2065\u206a\\u2029");
        assertThat(TextRules.escape("\u2029\u2029\u2029")).isEqualTo("\\u2029\\u2029\\u2029");
        assertThat(TextRules.escape("a\ud800")).isEqualTo("a\\uD800");
        assertThat(TextRules.escape("\udc00a")).isEqualTo("\\uDC00a");
        assertThat(TextRules.escape("\ud83d\ude00")).isEqualTo("\ud83d\ude00");
    }
}
