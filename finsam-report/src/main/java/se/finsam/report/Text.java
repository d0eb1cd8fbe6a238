package se.finsam.report;

import java.util.List;
import java.util.Objects;

/**
 * Words in a report: a message of the report's catalogue, in the reader's language, or text from the
 * document itself (an association's or a project's name, a note), shown as it is written.
 *
 * <p>A message names a key of the catalogue {@code se.finsam.report.messages} (English) and
 * {@code messages_sv} (Swedish) and fills its placeholders {@code {0}}, {@code {1}}, … with cells, each
 * formatted the way the report formats it in a table: {@code Text.of("split.title", Cell.year(2007))}.
 */
public sealed interface Text permits Text.Message, Text.Literal {

    /**
     * A message of the catalogue.
     *
     * @param key the key, e.g. {@code split.title}
     * @param args what fills its placeholders, in order
     * @return the message
     */
    static Text of(String key, Cell... args) {
        return new Message(key, List.of(args));
    }

    /**
     * Text from the document, shown as written in every language.
     *
     * @param text the text
     * @return it
     */
    static Text literal(String text) {
        return new Literal(text);
    }

    /**
     * A message of the catalogue.
     *
     * @param key the key
     * @param args what fills its placeholders
     */
    record Message(String key, List<Cell> args) implements Text {
        /**
         * A message; the arguments are copied.
         *
         * @param key the key
         * @param args what fills its placeholders
         */
        public Message {
            Objects.requireNonNull(key, "key");
            args = List.copyOf(args);
        }
    }

    /**
     * Text from the document.
     *
     * @param text the text, as written
     */
    record Literal(String text) implements Text {
        /**
         * Text from the document.
         *
         * @param text the text
         */
        public Literal {
            Objects.requireNonNull(text, "text");
        }
    }
}
