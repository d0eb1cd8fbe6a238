package se.finsam.cli;


import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import se.finsam.json.FinsamJson;
import se.finsam.json.JsonViolationCodes;
import se.finsam.report.CsvDialect;
import se.finsam.report.RenderOptions;
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

    private final InputStream stdin;
    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;

    /**
     * The tool in an environment without a language set: its reports are in English.
     *
     * @param stdin standard input
     * @param out standard output
     * @param err standard error
     */
    Cli(InputStream stdin, PrintStream out, PrintStream err) {
        this(stdin, out, err, Map.of());
    }

    /**
     * The tool in an environment, whose {@code LC_ALL}, {@code LC_MESSAGES} or {@code LANG} choose the
     * language of the reports when {@code --lang} does not.
     *
     * @param stdin standard input
     * @param out standard output
     * @param err standard error
     * @param env the environment
     */
    Cli(InputStream stdin, PrintStream out, PrintStream err, Map<String, String> env) {
        this.stdin = stdin;
        this.out = out;
        this.err = err;
        this.env = Map.copyOf(env);
    }

    /** The options of a run, as {@link Option}s set them; what a command was not given keeps its default. */
    static final class Options {
        Format format = Format.TABLE;
        CsvDialect csvDialect = CsvDialect.SV;
        boolean explain;
        boolean help;
        /** The language of the reports; null until {@code --lang} or the environment sets it. */
        @Nullable Language language;
        /** The document's path, or {@code -} for standard input; null until the command line gives it. */
        @Nullable String file;
        /** The file the report goes to; null for standard output. */
        @Nullable String output;
        /** The largest document read; empty for finsam-json's default. */
        OptionalInt maxBytes = OptionalInt.empty();
        /** A participant follow-up whose outcome replaces the document's ({@code --followup}); null if none. */
        @Nullable String followUp;
        /** A population table of SCB ({@code --population}); null if none. */
        @Nullable String population;
        /** The ages to count in the population table ({@code --ages}); null for the default, 16–64. */
        se.finsam.population.@Nullable AgeBand ages;
        /** The population table's year or month ({@code --year}); null if not given. */
        @Nullable String year;
        /** Whether to print the settlement against the new key ({@code --settle}). */
        boolean settle;
        /** The files of Kolada key figures ({@code --kolada}), one per page, in the order given. */
        final List<String> kolada = new ArrayList<>();
        /** Whether {@code --format} was given, or the command's own default format applies. */
        boolean formatGiven;

        /** How finsam-report renders: the language and the CSV dialect of the run. */
        RenderOptions render() {
            return new RenderOptions(language == null ? Language.EN.locale() : language.locale(), csvDialect);
        }

        /** What the reports tell: the figures, or with {@code --explain} also how each came about. */
        se.finsam.report.Detail detail() {
            return explain ? se.finsam.report.Detail.EXPLAINED : se.finsam.report.Detail.FIGURES;
        }

        /** Where the document comes from, for people: the file, or "standard input" for {@code -}. */
        String source() {
            String given = Objects.requireNonNull(file, "a document is read only once its FILE is given");
            return given.equals("-") ? "standard input" : given;
        }

        /**
         * The one reader and writer of the run, with the limits the options set: {@code --max-bytes} bounds a
         * document however it is read, whole ({@code maxDocumentBytes}) or streamed ({@code maxStreamedBytes}).
         */
        FinsamJson json() {
            FinsamJson.Builder builder = FinsamJson.builder();
            maxBytes.ifPresent(bytes -> builder.maxDocumentBytes(bytes).maxStreamedBytes(bytes));
            return builder.build();
        }
    }

    /**
     * A document other than the command's own, named by an option ({@code --followup FILE}), found invalid:
     * reported as the command's document would be, under its own name, with exit status 1.
     */
    static final class InvalidInput extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** The file, as the option gave it. */
        final String source;
        /** Every violation of it. */
        final transient List<Violation> violations;

        InvalidInput(String source, List<Violation> violations) {
            super(source + " is invalid");
            this.source = source;
            this.violations = List.copyOf(violations);
        }
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
    private int failed(String message, @Nullable Throwable e) {
        err.println("finsam: " + message.replaceAll("\\s+", " "));
        if (e != null && System.getenv("FINSAM_DEBUG") != null) {
            e.printStackTrace(err);
        }
        return FAILED;
    }

    private int dispatch(String[] args) throws UsageException {
        if (args.length == 0) {
            err.print(Commands.help());
            return USAGE;
        }
        String name = args[0];
        if (name.equals("--help") || name.equals("-h") || name.equals("help")) {
            out.print(Commands.help());
            return OK;
        }
        if (name.equals("--version")) {
            out.println("finsam " + VERSION);
            return OK;
        }
        Command<?> command = Commands.named(name).orElseThrow(
                () -> new UsageException("unknown command '" + name + "'; commands: " + Commands.names()));
        Options options = parse(command, List.of(args).subList(1, args.length));
        if (options.language == null) {
            options.language = Language.of(env);
        }
        if (!options.formatGiven) {
            // 'key' prints a document (JSON) unless it prints the settlement, a report for people.
            options.format = options.settle ? Format.TABLE : command.defaultFormat();
        }
        if (options.help) {
            out.print(command.usage());
            return OK;
        }
        if (options.file == null) {
            throw new UsageException(command + ": missing FILE (a path, or - for standard input)");
        }
        if (options.format == Format.XLSX && options.output == null) {
            throw new UsageException(command + ": --format xlsx writes a binary workbook: give --output FILE");
        }
        return run(command, options.json(), options);
    }

    /**
     * Reads the document as the command's kind and prints the command's report of it: status {@link #OK},
     * {@link #INVALID} with every violation on standard error, of the document or of what the report found,
     * or {@link #USAGE} if the document cannot be read.
     *
     * @throws UsageException if the command cannot render its report in the format asked for
     */
    private <T> int run(Command<T> command, FinsamJson json, Options options) throws UsageException {
        String source = options.source();
        String file = Objects.requireNonNull(options.file, "the FILE is given");
        T document;
        try {
            document = read(command.kind(), json, file);
        } catch (FinsamValidationException e) {
            reportInvalid(source, withCommandToUse(command, e.violations()));
            return INVALID;
        } catch (NoSuchFileException e) {
            err.println("finsam: cannot read '" + file + "': no such file");
            return USAGE;
        } catch (java.nio.file.AccessDeniedException e) {
            err.println("finsam: cannot read '" + file + "': permission denied");
            return USAGE;
        } catch (IOException | InvalidPathException e) {
            err.println("finsam: cannot read '" + file + "': " + e.getMessage());
            return USAGE;
        }
        try {
            document = command.prepare(json, document, options);
            String output = options.output;
            if (output == null) {
                command.render(json, document, options, out);
            } else if (!renderToFile(command, json, document, options, output)) {
                return USAGE;
            }
        } catch (FinsamValidationException e) {
            reportInvalid(source, withCommandToUse(command, e.violations()));
            return INVALID;
        } catch (InvalidInput e) {
            reportInvalid(e.source, e.violations);
            return INVALID;
        }
        ValidationResult verdict = command.report().verdict(document);
        if (!verdict.isValid()) {
            reportInvalid(command.report().subject(document, source), verdict.violations());
            return INVALID;
        }
        return OK;
    }

    /**
     * Reads the document, from its file or from standard input ({@code -}), as its kind reads it: a kind
     * that {@link Kind#streams() streams} as the stream comes (through {@code maxStreamedBytes}, holding no
     * bytes), any other from its bytes, read whole through {@code maxDocumentBytes} first and never more than
     * one byte past it.
     *
     * @throws IOException if the file or standard input cannot be read
     * @throws FinsamValidationException if the document is invalid, or larger than the limit, for a kind that
     *     refuses invalid documents
     */
    private <T> T read(Kind<T> kind, FinsamJson json, String file) throws IOException {
        try (InputStream in = file.equals("-") ? new NonClosing(stdin) : Files.newInputStream(Path.of(file))) {
            if (kind.streams()) {
                return kind.read(json, in);
            }
            // Only a kind that checks a document too large to be read whole keeps its first bytes.
            Recording recording = kind.readsTooLarge() ? new Recording(in) : null;
            byte[] bytes;
            try {
                bytes = json.readBytes(recording == null ? in : recording);
            } catch (FinsamValidationException e) {
                if (recording == null) {
                    return kind.unreadable(json, e.result(), InputStream.nullInputStream(), InputStream.nullInputStream());
                }
                return kind.unreadable(json, e.result(), recording.peek(), recording.replay());
            }
            return kind.read(json, bytes);
        }
    }

    /**
     * Writes the report to a file, in full or not at all: into a new file beside it, moved over it once
     * written. A document found invalid while it is reported leaves no file.
     *
     * @return whether it was written; if not, standard error says why
     * @throws FinsamValidationException if the document is invalid; no file is left
     * @throws UsageException if the command cannot write the format; no file is left
     */
    private <T> boolean renderToFile(Command<T> command, FinsamJson json, T document, Options options, String output)
            throws UsageException {
        Path target;
        Path temp;
        try {
            target = Path.of(output).toAbsolutePath();
        } catch (InvalidPathException e) {
            err.println("finsam: cannot write '" + output + "': " + e.getMessage());
            return false;
        }
        // The root, the one path without a parent, is a directory, and refused as one.
        Path dir = Objects.requireNonNullElse(target.getParent(), target);
        String wrong = Files.isDirectory(target) ? "it is a directory"
                : !Files.isDirectory(dir) ? "no such directory '" + dir + "'" : null;
        try {
            if (wrong != null) {
                throw new IOException(wrong);
            }
            temp = newPartFile(dir, target);
        } catch (IOException e) {
            err.println("finsam: cannot write '" + output + "': " + (e instanceof java.nio.file.AccessDeniedException
                    ? "permission denied in '" + dir + "'" : e.getMessage()));
            return false;
        }
        try {
            try (PrintStream file = new PrintStream(new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16), false,
                    StandardCharsets.UTF_8)) {
                command.render(json, document, options, file);
                file.flush();
                if (file.checkError()) {
                    throw new IOException("the write failed (a full disk?)");
                }
            }
            moveOver(temp, target);
            return true;
        } catch (IOException e) {
            err.println("finsam: cannot write '" + output + "': " + e.getMessage());
            return false;
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                err.println("finsam: could not remove the partial file '" + temp + "': " + e.getMessage());
            }
        }
    }

    /**
     * A new, empty file beside the target, created as any new file is (the user's umask applies, unlike a
     * temporary file's owner-only permissions), under a name no other run uses.
     */
    private static Path newPartFile(Path dir, Path target) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path part = dir.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + "." + attempt + ".part");
            try {
                return Files.createFile(part);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt >= 100) {
                    throw e;
                }
            }
        }
    }

    private static void moveOver(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Adds to a violation that says the document is of another kind the command that reads that kind:
     * "This is a national allocation document (...), not a plan document: use 'finsam allocate'". When the command
     * run reads that kind too ({@code followup}, which tells a national follow-up from a participant document by
     * the fields of its first bytes), it says that instead of naming the command run.
     */
    static List<Violation> withCommandToUse(Command<?> command, List<Violation> violations) {
        List<Violation> told = new ArrayList<>(violations.size());
        for (Violation v : violations) {
            Optional<Kind<?>> kind = v.code().equals(JsonViolationCodes.WRONG_DOCUMENT_KIND) ? Kind.named(v.message())
                    : Optional.empty();
            told.add(kind.map(k -> Violation.of(v.path(), v.code(), v.message() + advice(command, k))).orElse(v));
        }
        return told;
    }

    private static String advice(Command<?> command, Kind<?> kind) {
        if (command.kind().reads(kind)) {
            return ": 'finsam " + command.name() + "' tells it by the top-level fields of its first bytes; give them"
                    + " before any long field";
        }
        return ": use " + Commands.commandsFor(kind);
    }

    /** finsam-json's last line when more violations were found than it reports: "11500 more violations are not reported". */
    private static final java.util.regex.Pattern NOT_REPORTED = java.util.regex.Pattern.compile("(\\d+) more violations are not reported");

    /**
     * How many violations were found, for the header: "3 violations"; when finsam-json reported only the first of
     * them and counted the rest in its last line, all of them, and how many are listed.
     */
    static String count(List<Violation> violations) {
        int n = violations.size();
        Violation last = n == 0 ? null : violations.get(n - 1);
        if (last != null && last.path().isEmpty() && last.code().equals(JsonViolationCodes.LIMIT_EXCEEDED)) {
            java.util.regex.Matcher m = NOT_REPORTED.matcher(last.message());
            if (m.lookingAt()) {
                long all = (n - 1) + Long.parseLong(m.group(1));
                return all + " violations, the first " + (n - 1) + " listed";
            }
        }
        return n + (n == 1 ? " violation" : " violations");
    }

    /** Standard input, which the tool reads but does not close. */
    /**
     * A stream that keeps a copy of what is read through it: the first bytes of a document too large to be read
     * whole, for a kind that still checks it ({@link Kind#readsTooLarge()}). The copy is kept in the chunks it
     * was read in, and {@link #replay()} gives each back once and drops it, so that a document streamed after
     * its first bytes does not keep them.
     */
    static final class Recording extends java.io.FilterInputStream {
        private final java.util.ArrayDeque<byte[]> chunks = new java.util.ArrayDeque<>();

        Recording(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            return one(this);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                chunks.add(java.util.Arrays.copyOfRange(b, off, off + n));
            }
            return n;
        }

        /** One byte of a stream that reads blocks, or -1 at its end. */
        private static int one(InputStream in) throws IOException {
            byte[] one = new byte[1];
            return in.read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        /** The bytes read so far, without taking them: for a look at the document's first fields. */
        InputStream peek() {
            return new java.io.SequenceInputStream(java.util.Collections.enumeration(
                    chunks.stream().<InputStream>map(java.io.ByteArrayInputStream::new).toList()));
        }

        /** The bytes read so far, then the rest of the stream: each chunk is dropped once given back. */
        InputStream replay() {
            return new InputStream() {
                private byte @Nullable [] chunk;
                private int position;

                @Override
                public int read() throws IOException {
                    return one(this);
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    while (chunk == null || position == chunk.length) {
                        chunk = chunks.poll();
                        position = 0;
                        if (chunk == null) {
                            return in.read(b, off, len);
                        }
                    }
                    int n = Math.min(len, chunk.length - position);
                    System.arraycopy(chunk, position, b, off, n);
                    position += n;
                    return n;
                }
            };
        }

        @Override
        public void close() {
            // The stream belongs to whoever opened it.
        }
    }

    private static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // Standard input belongs to the caller.
        }
    }

    private void reportInvalid(String source, List<Violation> violations) {
        err.println("finsam: " + source + " is invalid (" + count(violations) + "):");
        Table table = Table.columns(3);
        for (Violation v : violations) {
            // A path holds the document's own field names: escaped, as messages quote text, for the terminal.
            // The document itself is the empty pointer, written "" as in the JSON output ("/" would be a field named "").
            table.row("  " + (v.path().isEmpty() ? "\"\"" : TextRules.escape(v.path())), v.code(), TextRules.escape(v.message()));
        }
        err.print(table);
    }

    private static Options parse(Command<?> command, List<String> args) throws UsageException {
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
            Option option = Option.spelled(arg);
            if (option == null) {
                if (arg.startsWith("-") && !arg.equals("-")) {
                    throw new UsageException(command + ": unknown option '" + arg + "'");
                }
                positional.add(arg);
                continue;
            }
            if (!command.accepts(option)) {
                throw new UsageException(command + ": option " + option.spelling() + " is not available");
            }
            option.set(options, !option.takesValue() ? null : value != null ? value : next(args, ++i, arg));
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
}
