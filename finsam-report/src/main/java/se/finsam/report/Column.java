package se.finsam.report;

import java.util.Objects;
import java.util.Optional;

/**
 * A column of a {@link Section}: its id for programs (the CSV header), its heading for people, and what it
 * holds, which says how it lines up and how CSV writes it.
 *
 * @param id the id, stable and language-neutral: {@code amount}, {@code member}
 * @param header the heading, in the reader's language
 * @param type what it holds
 * @param nameId for a column of named things or of codes, the id of the CSV field beside it that holds the
 *     name or the word ({@code memberName}); empty for the other columns, and for a column of codes whose CSV
 *     field holds the code alone ({@link #codesOnly})
 * @param nameLast whether CSV writes that name field after every column of the section rather than right
 *     after this column's own: for a documented CSV whose columns must stay first and in their order
 */
public record Column(String id, Text header, Type type, Optional<String> nameId, boolean nameLast) {

    /** What a column holds. */
    public enum Type {
        /** Words: labels and document text; lined up to the left. */
        WORDS,
        /**
         * Named things (members, projects, associations): people see the name; CSV writes the id, and the
         * name in a field of its own.
         */
        NAMED,
        /** Values of closed sets: people see the word; CSV writes the code, and the word in a field of its own. */
        CODES,
        /** Numbers: amounts, percentages, counts, decimals; lined up to the right. */
        NUMBERS,
        /** Dates, ISO 8601. */
        DATES
    }

    /**
     * A column.
     *
     * @param id the id
     * @param header the heading
     * @param type what it holds
     * @param nameId the id of the name's CSV field: present for {@link Type#NAMED}, present or empty for
     *     {@link Type#CODES}, empty for the others
     * @param nameLast whether CSV writes the name field after all the columns; only with a name field
     */
    public Column {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(nameId, "nameId");
        if (nameId.isPresent() ? type != Type.NAMED && type != Type.CODES : type == Type.NAMED) {
            throw new IllegalArgumentException("Only a column of named things or codes has a name field, and every"
                    + " column of named things has one: " + id);
        }
        if (nameLast && nameId.isEmpty()) {
            throw new IllegalArgumentException("Only a column with a name field can write it last: " + id);
        }
    }

    /**
     * A column whose name field, if any, CSV writes right after it.
     *
     * @param id the id
     * @param header the heading
     * @param type what it holds
     * @param nameId the id of the name's CSV field: present for {@link Type#NAMED}, present or empty for
     *     {@link Type#CODES}, empty for the others
     */
    public Column(String id, Text header, Type type, Optional<String> nameId) {
        this(id, header, type, nameId, false);
    }

    /**
     * This column with its name field written by CSV after all the section's columns, in the order of the
     * columns: a documented CSV keeps its columns first and in order, and the words come after them.
     *
     * @return the column
     * @throws IllegalArgumentException if the column has no name field
     */
    public Column withNameLast() {
        return new Column(id, header, type, nameId, true);
    }

    /**
     * A column of words.
     *
     * @param id the id
     * @param headerKey the catalogue key of its heading
     * @return the column
     */
    public static Column words(String id, String headerKey) {
        return new Column(id, Text.of(headerKey), Type.WORDS, Optional.empty());
    }

    /**
     * A column of named things; CSV writes their ids under {@code id} and their names under
     * {@code id + "Name"}.
     *
     * @param id the id
     * @param headerKey the catalogue key of its heading
     * @return the column
     */
    public static Column named(String id, String headerKey) {
        return named(id, id + "Name", headerKey);
    }

    /**
     * A column of named things, the CSV field of the names named as given.
     *
     * @param id the id
     * @param nameId the id of the CSV field of the names
     * @param headerKey the catalogue key of its heading
     * @return the column
     */
    public static Column named(String id, String nameId, String headerKey) {
        return new Column(id, Text.of(headerKey), Type.NAMED, Optional.of(nameId));
    }

    /**
     * A column of codes; CSV writes the codes under {@code id} and their words under {@code id + "Name"}.
     *
     * @param id the id
     * @param headerKey the catalogue key of its heading
     * @return the column
     */
    public static Column codes(String id, String headerKey) {
        return new Column(id, Text.of(headerKey), Type.CODES, Optional.of(id + "Name"));
    }

    /**
     * A column of codes whose CSV field holds the code alone, without a field of words beside it: for a CSV
     * column documented before the words were, which programs read by position. People still see the words.
     *
     * @param id the id
     * @param headerKey the catalogue key of its heading
     * @return the column
     */
    public static Column codesOnly(String id, String headerKey) {
        return new Column(id, Text.of(headerKey), Type.CODES, Optional.empty());
    }

    /**
     * A column of numbers.
     *
     * @param id the id
     * @param headerKey the catalogue key of its heading
     * @return the column
     */
    public static Column numbers(String id, String headerKey) {
        return new Column(id, Text.of(headerKey), Type.NUMBERS, Optional.empty());
    }

    /**
     * A column of dates.
     *
     * @param id the id
     * @param headerKey the catalogue key of its heading
     * @return the column
     */
    public static Column dates(String id, String headerKey) {
        return new Column(id, Text.of(headerKey), Type.DATES, Optional.empty());
    }

    /**
     * Whether its cells line up to the right.
     *
     * @return whether it holds numbers
     */
    public boolean rightAligned() {
        return type == Type.NUMBERS;
    }
}
