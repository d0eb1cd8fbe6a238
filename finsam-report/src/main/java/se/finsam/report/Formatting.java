package se.finsam.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import se.finsam.money.AmountFormat;

/**
 * How a reader's language writes a report's cells and words. Swedish: {@code 1 308 750 kr}, {@code 34,9 %},
 * words from {@code messages_sv.properties}; English: {@code SEK 1,308,750}, {@code 34.9%}, words from
 * {@code messages.properties}. Dates are ISO 8601 in both. Immutable.
 */
final class Formatting {

    private static final ResourceBundle ENGLISH = load("messages.properties");
    private static final ResourceBundle SWEDISH = load("messages_sv.properties");

    private final boolean swedish;
    private final ResourceBundle messages;

    private Formatting(boolean swedish) {
        this.swedish = swedish;
        this.messages = swedish ? SWEDISH : ENGLISH;
    }

    /**
     * The formatting of a reader.
     *
     * @param options the options of the rendering
     * @return Swedish for a Swedish locale, English for any other
     */
    static Formatting of(RenderOptions options) {
        return new Formatting(options.swedish());
    }

    /**
     * The reader's language as a language tag: {@code sv} or {@code en}.
     *
     * @return the tag
     */
    String language() {
        return swedish ? "sv" : "en";
    }

    /**
     * The catalogue of a language, read as UTF-8 from this package (also inside a named module, where
     * {@code ResourceBundle.Control} is not allowed), never falling back to the default locale.
     */
    static ResourceBundle load(String file) {
        try (InputStream in = Objects.requireNonNull(Formatting.class.getResourceAsStream(file), file)) {
            return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Words for people.
     *
     * @param text a message of the catalogue or document text
     * @return the words
     * @throws java.util.MissingResourceException if the catalogue lacks the message's key
     */
    String text(Text text) {
        if (text instanceof Text.Literal literal) {
            return literal.text();
        }
        Text.Message message = (Text.Message) text;
        String pattern = messages.getString(message.key());
        StringBuilder sb = new StringBuilder(pattern.length() + 16);
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1 && close <= i + 3 && isDigits(pattern, i + 1, close)) {
                int arg = Integer.parseInt(pattern, i + 1, close, 10);
                if (arg >= message.args().size()) {
                    throw new IllegalArgumentException("Message " + message.key() + " has no argument " + arg);
                }
                sb.append(cell(message.args().get(arg)));
                i = close;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean isDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * A cell for people, as a table and HTML show it.
     *
     * @param cell the cell
     * @return its text
     */
    String cell(Cell cell) {
        if (cell instanceof Cell.Money m) {
            return money(m);
        } else if (cell instanceof Cell.Percent p) {
            return number(p.shown(), p.decimals()) + (swedish ? " %" : "%");
        } else if (cell instanceof Cell.Count c) {
            return number(BigDecimal.valueOf(c.value()), 0);
        } else if (cell instanceof Cell.Decimal d) {
            return number(d.shown(), d.decimals());
        } else if (cell instanceof Cell.Date d) {
            return d.value().toString();
        } else if (cell instanceof Cell.Word w) {
            return text(w.text());
        } else if (cell instanceof Cell.Named n) {
            return n.name();
        } else if (cell instanceof Cell.Words w) {
            return text(w.text());
        }
        return ""; // Cell.Empty
    }

    /**
     * An amount for people: {@code 1 308 750 kr}, {@code SEK 1,308,750}.
     *
     * @param money the amount
     * @return its text
     */
    String money(Cell.Money money) {
        if (swedish) {
            return AmountFormat.amount(money.value(), money.scale(), money.currency());
        }
        return money.currency().getCurrencyCode() + " " + number(money.value(), money.scale());
    }

    /**
     * A number grouped in threes: {@code 1 234,5} in Swedish, {@code 1,234.5} in English.
     *
     * @param value the number, with at most {@code decimals} decimals
     * @param decimals the decimals to show
     * @return its text
     */
    String number(BigDecimal value, int decimals) {
        String swedishText = AmountFormat.number(value, decimals);
        if (swedish) {
            return swedishText;
        }
        StringBuilder sb = new StringBuilder(swedishText.length());
        for (int i = 0; i < swedishText.length(); i++) {
            char c = swedishText.charAt(i);
            sb.append(c == ' ' ? ',' : c == ',' ? '.' : c);
        }
        return sb.toString();
    }
}
