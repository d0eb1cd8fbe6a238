package se.finsam.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.finsam.report.CsvDialect;

/**
 * The options of the commands, each with how it is written, what the tool's help says of it, and what it
 * does to the {@link Cli.Options} of a run. Every command accepts the {@link #GENERAL} options, which the
 * tool's help lists; a command's usage line lists the options its entry in {@link Commands#ALL} declares,
 * and only those of the others are accepted.
 */
enum Option {
    /** {@code --format table|csv|json|html|xlsx}: the output format; xlsx only with {@code --output FILE}. */
    FORMAT("--format", "table|csv|json|html|xlsx", """
            output format (default table: Swedish digit grouping;
            html: one page with charts; xlsx: a workbook, only
            with --output FILE; validate has no html or xlsx)""") {
        @Override
        void set(Cli.Options options, @Nullable String value) throws Cli.UsageException {
            options.format = choice(Format.class, given(value), spelling());
            options.formatGiven = true;
        }
    },
    /** {@code --csv-dialect sv|rfc4180}: the kind of CSV. Only {@code --format csv} uses it. */
    CSV_DIALECT("--csv-dialect", "sv|rfc4180", """
            csv for a spreadsheet set to Swedish (default: semicolons,
            decimal comma, UTF-8 byte order mark) or for programs
            (commas, decimal point, no byte order mark)""") {
        @Override
        void set(Cli.Options options, @Nullable String value) throws Cli.UsageException {
            options.csvDialect = choice(CsvDialect.class, given(value), spelling());
        }
    },
    /** {@code --lang sv|en}: the language of the report; JSON is the same in both. */
    LANG("--lang", "sv|en", """
            language of the report (default: Swedish when LC_ALL,
            LC_MESSAGES or LANG starts with sv, else English)""") {
        @Override
        void set(Cli.Options options, @Nullable String value) throws Cli.UsageException {
            options.language = choice(Language.class, given(value), spelling());
        }
    },
    /**
     * {@code --output FILE}: the report goes to a file instead of standard output; written in full or not at
     * all (a document found invalid leaves no file).
     */
    OUTPUT("--output", "FILE", "write the report to FILE instead of standard output") {
        @Override
        void set(Cli.Options options, @Nullable String value) throws Cli.UsageException {
            String file = given(value);
            if (file.isEmpty() || file.equals("-")) {
                throw new Cli.UsageException("option --output takes a file name, not '" + file + "'");
            }
            options.output = file;
        }
    },
    /**
     * {@code --followup FILE}: the participants and how many reach work or studies, taken from a participant
     * follow-up document instead of the calculation's own figures.
     */
    FOLLOW_UP("--followup", "FILE", """
            take the participants and those in work or studies after
            from the participant follow-up FILE""") {
        @Override
        void set(Cli.Options options, @Nullable String value) throws Cli.UsageException {
            String file = given(value);
            if (file.isEmpty() || file.equals("-")) {
                throw new Cli.UsageException("option --followup takes a file name, not '" + file + "'");
            }
            options.followUp = file;
        }
    },
    /**
     * {@code --population FILE}: a population table saved from Statistics Sweden's database (docs/statistics.md),
     * whose head counts make the municipal key ({@code key}) or the populations ({@code indicators}).
     */
    POPULATION("--population", "FILE", """
            a population table saved from SCB's database (PxWeb
            JSON, JSON-stat 2.0 or CSV, docs/statistics.md)""") {
        @Override
        void set(Cli.Options options, @Nullable String value) throws Cli.UsageException {
            options.population = file(given(value), spelling());
        }
    },
    /** {@code --ages FROM-TO}: the ages a population table's head counts are summed over; default 16-64. */
    AGES("--ages", "FROM-TO", "the ages to count in the population table (default 16-64)") {
        @Override
        void set(Cli.Options options, @Nullable String value) throws Cli.UsageException {
            try {
                // 16–64 as the docs write it, with an en dash, a minus or an em dash, is 16-64.
                options.ages = se.finsam.population.AgeBand.parse(given(value).replace('\u2013', '-').replace('\u2212', '-')
                        .replace('\u2014', '-'));
            } catch (se.finsam.validation.FinsamValidationException e) {
                throw new Cli.UsageException("option --ages takes FROM-TO with 0 <= FROM <= TO <= "
                        + se.finsam.population.AgeBand.MAX_AGE + ", such as 16-64, not '" + given(value) + "'");
            }
        }
    },
    /** {@code --year Y}: the year ({@code 2023}) or month ({@code 2023M10}) of the population table to use. */
    YEAR("--year", "Y", """
            the population table's year (2023: the population on
            31 December), month (2023M10: at the end of October) or
            quarter (2023K4)""") {
        @Override
        void set(Cli.Options options, @Nullable String value) throws Cli.UsageException {
            String year = given(value);
            if (!year.matches("[0-9]{4}(M(0[1-9]|1[0-2])|K[1-4])?")) {
                throw new Cli.UsageException("option --year takes a year such as 2023, a month such as 2023M10 or a"
                        + " quarter such as 2023K4, not '" + year + "'");
            }
            options.year = year;
        }
    },
    /** {@code --settle}: the settlement between the plan's municipal key and the new one, instead of the document. */
    SETTLE("--settle", null, "the settlement between the plan's key and the new one") {
        @Override
        void set(Cli.Options options, @Nullable String value) {
            options.settle = true;
        }
    },
    /** {@code --kolada FILE}: key figures saved from Kolada; repeated for each page of a paged answer. */
    KOLADA("--kolada", "FILE", """
            key figures saved from Kolada (API v2 or v3, docs/statistics.md);
            repeat it for each page""") {
        @Override
        void set(Cli.Options options, @Nullable String value) throws Cli.UsageException {
            options.kolada.add(file(given(value), spelling()));
        }
    },
    /**
     * {@code --max-bytes N}: the largest document read, whole or, for {@code followup}, as it streams (both
     * of finsam-json's size limits).
     */
    MAX_BYTES("--max-bytes", "N", """
            refuse a document larger than N bytes (default 16M, and
            1G for followup, which streams; k, M and G multiply by
            1024), without reading past it""") {
        @Override
        void set(Cli.Options options, @Nullable String value) throws Cli.UsageException {
            options.maxBytes = OptionalInt.of(Cli.bytes(given(value)));
        }
    },
    /**
     * {@code --explain}: after the figures, sections on how each came about, in the report's language, in
     * the table, CSV, HTML and XLSX; each command that declares it says what it explains. JSON has no
     * explanation: with {@code --format json} the option is accepted and has no effect.
     */
    EXPLAIN("--explain", null, "how each amount came about") {
        @Override
        void set(Cli.Options options, @Nullable String value) {
            options.explain = true;
        }
    },
    /** {@code --help} or {@code -h}: the command's own help instead of running it. */
    HELP("--help", null, "this text, or a command's own", "-h") {
        @Override
        void set(Cli.Options options, @Nullable String value) {
            options.help = true;
        }
    };

    /** The options every command accepts, in the order the tool's help lists them. */
    static final Set<Option> GENERAL = Collections.unmodifiableSet(EnumSet.of(FORMAT, CSV_DIALECT, LANG, OUTPUT, MAX_BYTES, HELP));


    private final String spelling;
    private final @Nullable String values;
    private final String description;
    @SuppressWarnings("ImmutableEnumChecker") private final Set<String> aliases; // Set.of: unmodifiable

    /**
     * @param spelling how the option is written, and named in messages
     * @param values the values it takes, for its usage ({@code table|csv|json|html}); null if it takes none
     * @param description what the option does, for the tool's help; lines after the first are indented there
     * @param aliases other ways to write it ({@code -h})
     */
    Option(String spelling, @Nullable String values, String description, String... aliases) {
        this.spelling = spelling;
        this.values = values;
        this.description = description;
        this.aliases = Set.of(aliases);
    }

    /** The option as a command's usage line shows it, e.g. {@code [--format table|csv|json|html]}. */
    String usage() {
        return "[" + written() + "]";
    }

    /**
     * The option's lines in the tool's help: {@code   --format table|csv|json|html  output format (...)}, the
     * description's further lines indented under its first.
     */
    String help() {
        int column = descriptionColumn();
        String indent = " ".repeat(column);
        String label = "  " + written();
        return label + " ".repeat(column - label.length()) + description.replace("\n", "\n" + indent) + "\n";
    }

    /** Where the tool's help starts an option's description: after the widest option and two blanks. */
    private static int descriptionColumn() {
        int widest = 0;
        for (Option o : values()) {
            widest = Math.max(widest, o.written().length());
        }
        return 2 + widest + 2;
    }

    private String written() {
        return spelling + (values == null ? "" : " " + values);
    }

    /** Whether the option takes a value ({@code --format csv} or {@code --format=csv}). */
    boolean takesValue() {
        return values != null;
    }

    /** How the option is written, as messages name it: {@code --explain}. */
    String spelling() {
        return spelling;
    }

    /**
     * Applies the option to the options of a run.
     *
     * @param options the options being parsed
     * @param value the option's value; null for an option that takes none
     * @throws Cli.UsageException if the value is not one the option takes
     */
    abstract void set(Cli.Options options, @Nullable String value) throws Cli.UsageException;

    /**
     * The option written so, or null if there is none.
     *
     * @param word an argument without its {@code =value}, e.g. {@code --format}
     * @return the option, or null
     */
    static @Nullable Option spelled(String word) {
        for (Option o : values()) {
            if (o.spelling.equals(word) || o.aliases.contains(word)) {
                return o;
            }
        }
        return null;
    }

    /** The value of an option that takes one: {@link Cli} gives it one, or stops with a usage error. */
    private static String given(@Nullable String value) {
        return Objects.requireNonNull(value, "an option that takes a value is given one");
    }

    /** A file an option names: a path, never standard input, which the document may be. */
    private static String file(String file, String option) throws Cli.UsageException {
        if (file.isEmpty() || file.equals("-")) {
            throw new Cli.UsageException("option " + option + " takes a file name, not '" + file + "'");
        }
        return file;
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, String option) throws Cli.UsageException {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(value)) {
                return e;
            }
        }
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            names.add(e.name().toLowerCase(Locale.ROOT));
        }
        throw new Cli.UsageException("option " + option + " takes one of " + String.join(", ", names) + ", not '" + value + "'");
    }
}
