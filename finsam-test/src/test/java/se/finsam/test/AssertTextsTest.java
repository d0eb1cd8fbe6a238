package se.finsam.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import se.finsam.test.AssertTexts.Problem;

class AssertTextsTest {

    /** The problems a failure lists below its heading, each on a line indented by two spaces, without the count of the rest. */
    static List<String> listed(Throwable failure) {
        return failure.getMessage().lines().skip(1).takeWhile(line -> line.startsWith("  "))
                .filter(line -> !line.matches("  and \\d+ more")).toList();
    }

    private static List<String> lines(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> "problem " + i).toList();
    }

    @Test
    void aListHasOneIndentedLineAProblem() {
        assertThat(AssertTexts.list(List.of())).isEmpty();
        assertThat(AssertTexts.list(lines(2))).isEqualTo("\n  problem 1\n  problem 2");
    }

    @Test
    void aListShowsAtMost20Problems_andCountsTheRest() {
        assertThat(AssertTexts.MAX_LISTED).isEqualTo(20);
        assertThat(AssertTexts.list(lines(20))).endsWith("\n  problem 20").doesNotContain("more");
        assertThat(AssertTexts.list(lines(21))).endsWith("\n  problem 20\n  and 1 more").doesNotContain("problem 21");
        assertThat(AssertTexts.list(lines(290))).endsWith("\n  problem 20\n  and 270 more").hasLineCount(22);
    }

    @Test
    void aReportOfOneProblemIsItsOwnSentence_ofMoreTheHeadingAndTheList() {
        Problem one = new Problem("Expected a, but b", "b");
        Problem two = new Problem("Expected a, but c", "c");
        assertThat(AssertTexts.report(List.of(one), "Expected a, but 1 is not:")).isEqualTo("Expected a, but b");
        assertThat(AssertTexts.report(List.of(one, two), "Expected a, but 2 are not:")).isEqualTo("Expected a, but 2 are not:\n  b\n  c");
    }

    @Test
    void aCountAgreesWithItsWord() {
        assertThat(AssertTexts.count(1, "is", "are")).isEqualTo("1 is");
        assertThat(AssertTexts.count(2, "is", "are")).isEqualTo("2 are");
        assertThat(AssertTexts.count(0, "is", "are")).isEqualTo("0 are");
    }

    @Test
    void aProblemHasBothItsTexts() {
        assertThatThrownBy(() -> new Problem(null, "b")).isInstanceOf(NullPointerException.class).hasMessage("alone");
        assertThatThrownBy(() -> new Problem("a", null)).isInstanceOf(NullPointerException.class).hasMessage("line");
    }
}
