package se.finsam.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.finsam.json.FinsamJson;

/**
 * A command of the tool, as data: its name, what it does in a line and in full, the kind of document it
 * reads, the options it declares besides the {@link Option#GENERAL} ones, and the report it renders. The
 * commands are the entries of {@link Commands#ALL}; the tool's help, the dispatch and the command to use
 * for a document of another kind all come from there.
 *
 * @param name the name it is run by: {@code split}
 * @param summary what it does, for the tool's help; lines after the first are indented there
 * @param kind the kind of document it reads
 * @param options the options its usage line lists (and it accepts besides the general ones)
 * @param description what it does, in full, for its own help (after its usage line)
 * @param report what it prints for people and for spreadsheets
 * @param json what it prints for programs: finsam-json's writer of the report
 * @param preparation what it does to its document before reporting it, from its options
 * @param defaultFormat the format it prints without {@code --format}: a table, or JSON for {@code key}
 * @param <T> what the command reads its document into
 */
record Command<T>(String name, String summary, Kind<T> kind, Set<Option> options, String description,
        Report<T> report, JsonWriter<T> json, Preparation<T> preparation, Format defaultFormat) {

    /**
     * A command whose document is reported as read.
     *
     * @param name the name
     * @param summary what it does, in a line
     * @param kind the kind of document it reads
     * @param options the options it declares
     * @param description what it does, in full
     * @param report what it prints for people
     * @param json what it prints for programs
     */
    Command(String name, String summary, Kind<T> kind, Set<Option> options, String description, Report<T> report,
            JsonWriter<T> json) {
        this(name, summary, kind, options, description, report, json, (reader, document, given) -> document);
    }

    /**
     * A command that prepares its document from its options and prints a table unless told otherwise.
     *
     * @param name the name
     * @param summary what it does, in a line
     * @param kind the kind of document it reads
     * @param options the options it declares
     * @param description what it does, in full
     * @param report what it prints for people
     * @param json what it prints for programs
     * @param preparation what it does to its document before reporting it
     */
    Command(String name, String summary, Kind<T> kind, Set<Option> options, String description, Report<T> report,
            JsonWriter<T> json, Preparation<T> preparation) {
        this(name, summary, kind, options, description, report, json, preparation, Format.TABLE);
    }

    /**
     * What a command does to its document before reporting it, from its options: e.g. take the outcome of a
     * participant follow-up named by {@code --followup}.
     *
     * @param <T> the document
     */
    @FunctionalInterface
    interface Preparation<T> {
        /**
         * Prepares the document.
         *
         * @param json the reader of the run
         * @param document the document as read
         * @param options the options of the run
         * @return the document to report
         * @throws Cli.UsageException if a file an option names cannot be read
         * @throws Cli.InvalidInput if a document an option names is invalid
         */
        T prepare(FinsamJson json, T document, Cli.Options options) throws Cli.UsageException;
    }

    /**
     * The JSON of a report: the one place where a command asks finsam-json to write.
     *
     * @param <T> the document
     */
    @FunctionalInterface
    interface JsonWriter<T> {
        /**
         * Writes the report of a document as JSON.
         *
         * @param json the writer, with the options of the run
         * @param document the document
         * @param given the options of the run
         * @param out receives the JSON
         */
        void write(FinsamJson json, T document, Cli.Options given, PrintStream out);
    }

    Command {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(kind, "kind");
        options = Set.copyOf(options);
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(preparation, "preparation");
        Objects.requireNonNull(defaultFormat, "defaultFormat");
    }

    /**
     * Prepares the document for the report, as the command's options say.
     *
     * @param json the reader of the run
     * @param document the document as read
     * @param options the options of the run
     * @return the document to report
     * @throws Cli.UsageException if a file an option names cannot be read
     */
    T prepare(FinsamJson json, T document, Cli.Options options) throws Cli.UsageException {
        return preparation.prepare(json, document, options);
    }

    /**
     * Whether the command takes an option: a general one, or one it declares.
     *
     * @param option the option
     * @return whether it is accepted
     */
    boolean accepts(Option option) {
        return Option.GENERAL.contains(option) || options.contains(option);
    }

    /**
     * The command's own help: its usage line, from the options it declares, and its description.
     *
     * @return the help, e.g. {@code Usage: finsam budget [--format table|csv|json|html] ... FILE} and what it prints
     */
    String usage() {
        String declared = Arrays.stream(Option.values()).filter(options::contains).map(Option::usage)
                .collect(Collectors.joining(" "));
        return "Usage: finsam " + name + " " + declared + " FILE\n\n" + description;
    }

    /**
     * Prints the command's report of a document in the format of the run.
     *
     * @param json the reader and writer of the run
     * @param document the document, as read by the command's {@link #kind()}
     * @param given the options of the run
     * @param out receives the report
     * @throws se.finsam.validation.FinsamValidationException if the document is invalid; nothing is printed
     * @throws Cli.UsageException for {@code --format html} or {@code xlsx} of a report without a model; nothing
     *     is written
     */
    void render(FinsamJson json, T document, Cli.Options given, PrintStream out) throws Cli.UsageException {
        switch (given.format) {
            case TABLE -> report.table(document, given, out);
            case CSV -> report.csv(document, given, out);
            case JSON -> this.json.write(json, document, given, out);
            case HTML -> Rendered.print(model(document, given), se.finsam.report.Format.HTML, given, out);
            case XLSX -> Rendered.print(model(document, given), se.finsam.report.Format.XLSX, given, out);
        }
    }

    /**
     * The report's model, which HTML and XLSX render; made before anything is written.
     *
     * @throws Cli.UsageException for {@code --format html} or {@code xlsx} of a report without a model
     */
    private se.finsam.report.Report model(T document, Cli.Options given) throws Cli.UsageException {
        Optional<se.finsam.report.Report> model = report.model(document, given);
        if (model.isEmpty()) {
            throw new Cli.UsageException(name + ": --format " + given.format.name().toLowerCase(Locale.ROOT)
                    + " is not available yet");
        }
        return model.get();
    }

    @Override
    public String toString() {
        return name;
    }
}
