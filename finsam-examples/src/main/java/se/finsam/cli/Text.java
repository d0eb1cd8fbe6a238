package se.finsam.cli;

import java.math.BigDecimal;
import se.finsam.indicator.ReportingPeriod;
import se.finsam.money.AmountFormat;

/** Small text helpers shared by the reports. */
final class Text {

    /** Lines of notes are wrapped at this width. */
    private static final int WIDTH = 100;

    private Text() {
    }

    /** Wraps text at spaces to lines of at most {@link #WIDTH} characters; ends with a newline. */
    @SuppressWarnings("StringSplitter") // split's dropping of trailing empty words is what wrapping wants
    static String wrap(String text) {
        StringBuilder sb = new StringBuilder();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > WIDTH) {
                sb.append(line).append('\n');
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        return sb.append(line).append('\n').toString();
    }

    /** A period for people: {@code 2011-04-01 – 2011-06-30}. */
    static String period(ReportingPeriod period) {
        return period.startInclusive() + " – " + period.endInclusive();
    }

    /** Decimals to show an exact decimal with: none for a whole number, else its own. */
    static int scale(BigDecimal value) {
        return Math.max(0, value.stripTrailingZeros().scale());
    }

    /** An exact decimal with Swedish grouping and as many decimals as it has. */
    static String decimal(BigDecimal value) {
        return AmountFormat.number(value, scale(value));
    }

    /** Prefixes a plus to a positive number, so that changes read as changes. */
    static String signed(String number) {
        return number.startsWith("-") || number.matches("[0,. kr%]*") ? number : "+" + number;
    }
}
