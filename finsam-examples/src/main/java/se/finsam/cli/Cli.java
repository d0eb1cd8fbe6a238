package se.finsam.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.finsam.json.DocumentKind;
import se.finsam.json.FinsamJson;
import se.finsam.json.JsonViolationCodes;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.TextRules;
import se.finsam.validation.ValidationResult;
import se.finsam.validation.Violation;

/**
 * The command line, separated from the process so that tests can run it: parses arguments, reads the
 * document, runs the command, and returns the exit status: {@link #OK}, {@link #INVALID}, {@link #USAGE}
 * or {@link #FAILED}. Nothing escapes {@link #run(String...)}: an error of the tool itself (out of memory,
 * a stack overflow, a bug) is one line on standard error and status {@link #FAILED}, never a stack trace.
 */
final class Cli {

    /** Exit status: success. */
    static final int OK = 0;
    /** Exit status: the document is invalid (for the command: a document of another kind is too). */
    static final int INVALID = 1;
    /** Exit status: a usage error, or a file that cannot be read. */
    static final int USAGE = 2;
    /** Exit status: the tool itself failed (out of memory, a stack overflow, a bug), whatever the input. */
    static final int FAILED = 3;

    private static final String VERSION = FinsamJson.version();

    static final String HELP = """
            finsam: exact contribution splits and budgets for Swedish financial coordination (Finsam).

            Usage: finsam <command> [options] FILE
                   finsam <command> --help
                   finsam --version

            FILE is a finsam document (JSON, see docs/format.md), or - for standard input.

            Commands:
              split      each member's contribution for the document's year
              schedule   each project's cost per budget year, and the sum per year
              budget     income, costs, project costs and the disposable amount for the year
              validate   every violation of the document, or that it is valid
              indicators försörjningsmått, ohälsotal and sjukpenningtal of an indicator document
              followup   participant follow-up (SUS) of a project's participant document
              allocate   the national allocation of the state appropriation, supplementary funds
                         and matching (FILE is a national document, see docs/national.md)

            Options:
              --format table|csv|json   output format (default table: Swedish digit grouping)
              --csv-dialect sv|rfc4180  csv for a spreadsheet set to Swedish (default: semicolons,
                                        decimal comma, UTF-8 byte order mark) or for programs
                                        (commas, decimal point, no byte order mark)
              --max-bytes N             refuse a document larger than N bytes (default 16M; k, M
                                        and G multiply by 1024), without reading past it
              --help                    this text, or a command's own

            Exit status: 0 success, 1 the document is invalid (every violation on standard error;
            also a document of another kind than the command reads), 2 usage error or unreadable
            file, 3 the tool itself failed (out of memory, or a bug): one line on standard error.
            FINSAM_JAVA_OPTS (e.g. -Xmx2g) passes options to Java when the tool is started by ./finsam.
            """;

    private final InputStream stdin;
    private final PrintStream out;
    private final PrintStream err;

    Cli(InputStream stdin, PrintStream out, PrintStream err) {
        this.stdin = stdin;
        this.out = out;
        this.err = err;
    }

    /** Options common to every command. */
    static final class Options {
        Format format = Format.TABLE;
        CsvDialect csvDialect = CsvDialect.SV;
        boolean explain;
        boolean help;
        String file;
        int maxBytes = FinsamJson.create().maxDocumentBytes();
    }

    /** A usage error, reported with exit status 2. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    /**
     * Runs the tool.
     *
     * @param args the command line
     * @return the exit status
     */
    int run(String... args) {
        int status = guarded(() -> dispatch(args));
        // A print stream keeps its errors: a full disk or a closed pipe must not end in success.
        out.flush();
        if (out.checkError()) {
            return failed("could not write the output: standard output failed (a full disk, or a closed pipe?)", null);
        }
        return status;
    }

    /** A step of the tool that returns an exit status. */
    @FunctionalInterface
    interface Step {
        int run() throws UsageException;
    }

    /**
     * Runs a step and turns what can go wrong into an exit status: a usage error into {@link #USAGE}; an
     * error of the tool itself (out of memory, a stack overflow, a bug: a runtime exception, an assertion
     * or linkage error) into one line on standard error and {@link #FAILED}. {@code FINSAM_DEBUG} set also
     * prints the stack trace.
     */
    int guarded(Step step) {
        try {
            return step.run();
        } catch (UsageException e) {
            err.println("finsam: " + e.getMessage());
            err.println("Run 'finsam --help' for usage.");
            return USAGE;
        } catch (OutOfMemoryError e) {
            return failed("out of memory: Java's heap of " + (Runtime.getRuntime().maxMemory() >> 20)
                    + " MB is too small for this (give it more, e.g. FINSAM_JAVA_OPTS=-Xmx4g)", e);
        } catch (StackOverflowError e) {
            return failed("internal error, please report it: stack overflow", e);
        } catch (RuntimeException | AssertionError | LinkageError e) {
            // A bug in finsam, never an answer to bad input.
            return failed("internal error, please report it (FINSAM_DEBUG=1 shows where): " + e, e);
        }
    }

    /** Says in one line that the tool failed; the stack trace only when asked for. */
    private int failed(String message, Throwable e) {
        err.println("finsam: " + message.replaceAll("\\s+", " "));
        if (e != null && System.getenv("FINSAM_DEBUG") != null) {
            e.printStackTrace(err);
        }
        return FAILED;
    }

    private int dispatch(String[] args) throws UsageException {
        if (args.length == 0) {
            err.print(HELP);
            return USAGE;
        }
        String name = args[0];
        if (name.equals("--help") || name.equals("-h") || name.equals("help")) {
            out.print(HELP);
            return OK;
        }
        if (name.equals("--version")) {
            out.println("finsam " + VERSION);
            return OK;
        }
        Command command = Command.byName(name);
        if (command == null) {
            throw new UsageException("unknown command '" + name + "'; commands: " + Command.names());
        }
        Options options = parse(command, List.of(args).subList(1, args.length));
        if (options.help) {
            out.print(command.help());
            return OK;
        }
        if (options.file == null) {
            throw new UsageException(command + ": missing FILE (a path, or - for standard input)");
        }
        String source = options.file.equals("-") ? "standard input" : options.file;
        FinsamJson json = FinsamJson.builder().maxDocumentBytes(options.maxBytes).build();
        // The document is read through the reader's size limit: never more than one byte past it.
        byte[] input = null;
        ValidationResult result = ValidationResult.valid();
        try (InputStream in = options.file.equals("-") ? new NonClosing(stdin) : Files.newInputStream(Path.of(options.file))) {
            input = json.readBytes(in);
        } catch (FinsamValidationException e) {
            result = e.result();
        } catch (NoSuchFileException e) {
            err.println("finsam: cannot read '" + options.file + "': no such file");
            return USAGE;
        } catch (java.nio.file.AccessDeniedException e) {
            err.println("finsam: cannot read '" + options.file + "': permission denied");
            return USAGE;
        } catch (IOException | InvalidPathException e) {
            err.println("finsam: cannot read '" + options.file + "': " + e.getMessage());
            return USAGE;
        }
        if (command == Command.VALIDATE) {
            DocumentKind kind = input == null ? DocumentKind.PLAN : json.kindOf(input);
            return validate(json, input == null ? result : json.format(kind).validate(input), source + " (" + kind.description()
                    + " document)", options);
        }
        if (!result.isValid()) {
            reportInvalid(source, result.violations());
            return INVALID;
        }
        try {
            command.run(json, input, options, out);
        } catch (FinsamValidationException e) {
            reportInvalid(source, withCommandToUse(json, input, e.violations()));
            return INVALID;
        }
        return OK;
    }

    /**
     * Adds to a violation that says the document is of another kind the command that reads that kind:
     * "This is a national allocation document (...), not a plan document: use 'finsam allocate'".
     */
    private static List<Violation> withCommandToUse(FinsamJson json, byte[] input, List<Violation> violations) {
        List<Violation> told = new ArrayList<>(violations.size());
        for (Violation v : violations) {
            told.add(!v.code().equals(JsonViolationCodes.WRONG_DOCUMENT_KIND) ? v
                    : Violation.of(v.path(), v.code(), v.message() + ": use " + Command.commandsFor(json.kindOf(input))));
        }
        return told;
    }

    /** Standard input, which the tool reads but does not close. */
    private static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // Standard input belongs to the caller.
        }
    }

    private int validate(FinsamJson json, ValidationResult result, String source, Options options) {
        switch (options.format) {
            case JSON -> out.print(json.writeValidation(result));
            case CSV -> {
                Csv csv = new Csv(options.csvDialect).row("path", "code", "message");
                result.violations().forEach(v -> csv.row(v.path(), v.code(), v.message()));
                out.print(csv);
            }
            case TABLE -> {
                if (result.isValid()) {
                    out.println(source + ": valid");
                }
            }
        }
        if (result.isValid()) {
            return OK;
        }
        reportInvalid(source, result.violations());
        return INVALID;
    }

    private void reportInvalid(String source, List<Violation> violations) {
        err.println("finsam: " + source + " is invalid (" + violations.size()
                + (violations.size() == 1 ? " violation):" : " violations):"));
        Table table = new Table(false, false, false);
        for (Violation v : violations) {
            // A path holds the document's own field names: escaped, as messages quote text, for the terminal.
            // The document itself is the empty pointer, written "" as in the JSON output ("/" would be a field named "").
            table.row("  " + (v.path().isEmpty() ? "\"\"" : TextRules.escape(v.path())), v.code(), TextRules.escape(v.message()));
        }
        err.print(table);
    }

    private static Options parse(Command command, List<String> args) throws UsageException {
        Options options = new Options();
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                value = arg.substring(eq + 1);
                arg = arg.substring(0, eq);
            }
            switch (arg) {
                case "--help", "-h" -> options.help = true;
                case "--explain" -> {
                    if (!command.explains()) {
                        throw new UsageException(command + ": option --explain is not available");
                    }
                    options.explain = true;
                }
                case "--format" -> {
                    String v = value != null ? value : next(args, ++i, arg);
                    options.format = choice(Format.class, v, "--format");
                }
                case "--max-bytes" -> {
                    String v = value != null ? value : next(args, ++i, arg);
                    options.maxBytes = bytes(v);
                }
                case "--csv-dialect" -> {
                    String v = value != null ? value : next(args, ++i, arg);
                    options.csvDialect = choice(CsvDialect.class, v, "--csv-dialect");
                }
                default -> {
                    if (arg.startsWith("-") && !arg.equals("-")) {
                        throw new UsageException(command + ": unknown option '" + arg + "'");
                    }
                    positional.add(arg);
                }
            }
        }
        if (positional.size() > 1) {
            throw new UsageException(command + ": expected one FILE, got " + positional.size() + ": " + positional);
        }
        options.file = positional.isEmpty() ? null : positional.get(0);
        return options;
    }

    /** A positive byte count below 2 GiB, optionally with k, M or G (powers of 1024). */
    static int bytes(String value) throws UsageException {
        String v = value.trim();
        long factor = 1;
        if (!v.isEmpty()) {
            switch (Character.toUpperCase(v.charAt(v.length() - 1))) {
                case 'K' -> factor = 1L << 10;
                case 'M' -> factor = 1L << 20;
                case 'G' -> factor = 1L << 30;
                default -> factor = 1;
            }
        }
        String digits = factor == 1 ? v : v.substring(0, v.length() - 1);
        if (!digits.matches("[0-9]{1,10}")) {
            throw new UsageException("option --max-bytes takes a positive number of bytes such as 1048576 or 64M, not '"
                    + value + "'");
        }
        long bytes = Long.parseLong(digits) * factor;
        if (bytes <= 0 || bytes > Integer.MAX_VALUE - 16) {
            throw new UsageException("option --max-bytes must be from 1 byte to below 2G, not '" + value + "'");
        }
        return (int) bytes;
    }

    private static String next(List<String> args, int i, String option) throws UsageException {
        if (i >= args.size()) {
            throw new UsageException("option " + option + " needs a value");
        }
        return args.get(i);
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, String option) throws UsageException {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(value)) {
                return e;
            }
        }
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            names.add(e.name().toLowerCase(Locale.ROOT));
        }
        throw new UsageException("option " + option + " takes one of " + String.join(", ", names) + ", not '" + value + "'");
    }
}
