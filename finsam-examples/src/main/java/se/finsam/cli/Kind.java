package se.finsam.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import se.finsam.budget.AnnualPlan;
import se.finsam.followup.NationalFollowUp;
import se.finsam.followup.ProjectSummary;
import se.finsam.indicator.IndicatorSet;
import se.finsam.json.DocumentFormat;
import se.finsam.json.DocumentKind;
import se.finsam.json.FinsamJson;
import se.finsam.national.NationalAllocation;
import se.finsam.socioeconomic.SocioEconomicCalculation;
import se.finsam.socioeconomic.Success;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.ValidationResult;

/**
 * A kind of document as the commands read it: the one place where the tool asks finsam-json to read each
 * kind. A command names the kind it reads in its entry in {@link Commands#ALL}; {@link #ANY} is the kind of
 * {@code validate}, which tells the kinds apart and reads each as its own. Most kinds are read from their
 * bytes, read whole through the size limit first; a kind that {@link #streams()} (the participant
 * follow-up, read for its summary) is read as its stream comes, holding neither the bytes nor the
 * participants.
 *
 * @param <T> what a document of the kind is read into
 */
final class Kind<T> {

    /** An association's plan for a year ({@code docs/format.md}). */
    static final Kind<AnnualPlan> PLAN = of(DocumentKind.PLAN, FinsamJson::plan);
    /** A national allocation of the state appropriation ({@code docs/national.md}). */
    static final Kind<NationalAllocation> NATIONAL_ALLOCATION = of(DocumentKind.NATIONAL_ALLOCATION,
            FinsamJson::national);
    /** Indicator data ({@code docs/indicators.md}). */
    static final Kind<IndicatorSet> INDICATORS = of(DocumentKind.INDICATORS, FinsamJson::indicators);
    /**
     * One project's participant follow-up ({@code docs/indicators.md}), read for its summary: streamed, so that
     * a document of any size up to {@code maxStreamedBytes} is read without holding its participants;
     * {@code validate} reads it from its bytes, as every other kind.
     */
    static final Kind<ProjectSummary> FOLLOW_UP = new Kind<>(DocumentKind.FOLLOW_UP,
            (json, document) -> json.followUp().read(document).summary(), (json, in) -> json.followUp().summary(in),
            refusal(DocumentKind.FOLLOW_UP));

    /**
     * A national follow-up ({@code docs/indicators.md}): many associations' projects; read from its bytes by
     * {@code validate}, and as it streams by {@code followup} ({@link #FOLLOW_UPS}).
     */
    static final Kind<NationalFollowUp> NATIONAL_FOLLOW_UP = of(DocumentKind.NATIONAL_FOLLOW_UP, FinsamJson::nationalFollowUp);

    /**
     * What {@code finsam followup} reads: a participant document for its summary, or a national follow-up, told
     * apart by the top-level fields of the first {@value #KIND_MARK} bytes of its text, whitespace not counted (a
     * participant document when they tell neither, whose reader then says what is wrong); either is streamed. When
     * that first MiB tells neither, the kind is told again as {@code validate} tells it, by all the first bytes, as
     * many as a document read whole may have; a document larger than that which they do not tell is read whole, as
     * {@code validate} reads it, and refused by its size.
     */
    static final Kind<FollowUpRead> FOLLOW_UPS = new Kind<>(DocumentKind.FOLLOW_UP, Kind::followUps, Kind::followUps,
            refusal(DocumentKind.FOLLOW_UP));

    /** How many of a document's first bytes {@code finsam followup} looks at to tell a national follow-up. */
    static final int KIND_MARK = 1 << 20;

    /** A project's socio-economic calculation ({@code docs/socioeconomic.md}). */
    static final Kind<SocioEconomicCalculation> SOCIOECONOMIC = of(DocumentKind.SOCIOECONOMIC, FinsamJson::socioeconomic);

    /** The kinds that documents are, each read by its own reader. */
    private static final List<Kind<?>> DOCUMENTS = List.of(PLAN, NATIONAL_ALLOCATION, INDICATORS, FOLLOW_UP,
            NATIONAL_FOLLOW_UP, SOCIOECONOMIC);

    /**
     * Any kind of document: told apart by its top-level fields and checked by its own kind's reader, into a
     * {@link Validation} that holds every violation instead of refusing the document. A document that could
     * not be read at all is checked as a plan, as finsam-json tells a document of no known kind.
     */
    static final Kind<Validation> ANY = new Kind<>(null, Kind::validation, Kind::validationOfTooLarge);

    /** The kind of document; null for {@link #ANY}, which is any of them. */
    private final @Nullable DocumentKind kind;
    private final Reader<T> reader;
    /** How a kind that streams is read; null for a kind read from its bytes. */
    private final @Nullable StreamReader<T> streamReader;
    private final Unreadable<T> unreadable;

    private Kind(@Nullable DocumentKind kind, Reader<T> reader, @Nullable StreamReader<T> streamReader,
            Unreadable<T> unreadable) {
        this.kind = kind;
        this.reader = reader;
        this.streamReader = streamReader;
        this.unreadable = unreadable;
    }

    private Kind(@Nullable DocumentKind kind, Reader<T> reader, Unreadable<T> unreadable) {
        this(kind, reader, null, unreadable);
    }

    private static <T> Kind<T> of(DocumentKind kind, Function<FinsamJson, DocumentFormat<T>> format) {
        return new Kind<>(kind, (json, document) -> format.apply(json).read(document), refusal(kind));
    }

    /** A kind that refuses a document whose bytes could not be read, with the reason as its violations. */
    private static <T> Unreadable<T> refusal(DocumentKind kind) {
        return (json, result, start, whole) -> {
            throw new FinsamValidationException(kind.description() + " document", result.violations());
        };
    }

    /**
     * The validation of a document larger than a document read whole may be: a participant document, told by
     * the top-level fields of its first bytes, is checked as it streams (as {@code finsam followup} reads it, so
     * that validity does not depend on the command); any other is the size's violation, as a plan.
     */
    private static Validation validationOfTooLarge(FinsamJson json, ValidationResult result, InputStream start,
            InputStream whole) throws IOException {
        DocumentKind kind = json.kindOfStart(start);
        if (kind == DocumentKind.FOLLOW_UP) {
            return new Validation(FOLLOW_UP, json.followUp().validateStreaming(whole));
        }
        if (kind == DocumentKind.NATIONAL_FOLLOW_UP) {
            return new Validation(NATIONAL_FOLLOW_UP, json.nationalFollowUp().validate(whole));
        }
        // Too large, whatever it holds: the violation is the size's, named by the kind its first bytes tell.
        return new Validation(of(kind), result);
    }

    /** The kind that documents of a {@link DocumentKind} are. */
    private static Kind<?> of(DocumentKind kind) {
        return DOCUMENTS.stream().filter(k -> k.kind == kind).findFirst().orElseThrow();
    }

    /** A follow-up's bytes, read as the kind they are. */
    private static FollowUpRead followUps(FinsamJson json, byte[] document) {
        return json.kindOf(document) == DocumentKind.NATIONAL_FOLLOW_UP ? FollowUpRead.of(json.nationalFollowUp().read(document))
                : FollowUpRead.of(json.followUp().read(document).summary());
    }

    /** A follow-up's stream, told by its first bytes and streamed as the kind they tell. */
    private static FollowUpRead followUps(FinsamJson json, InputStream in) throws IOException {
        return followUps(json, new Rereadable(in));
    }

    /** As {@link #followUps(FinsamJson, InputStream)}, through a buffer that a test can measure. */
    static FollowUpRead followUps(FinsamJson json, Rereadable marked) throws IOException {
        // The first MiB of the document's text, whitespace not counted (JSON allows any amount of it), and never more
        // than a document's limit, so that one over it is still refused one byte past it.
        int mark = (int) Math.min(Integer.MAX_VALUE - 1L, json.maxDocumentBytes() + 1L);
        marked.mark(mark);
        DocumentKind kind = json.kindOfStart(new LimitedInput(marked, KIND_MARK, mark));
        marked.reset();
        if (!isFollowUp(kind)) {
            // The first MiB of text tells neither: told again as 'validate' tells a document, by all its first bytes,
            // as many as a document read whole may have (which the buffer then holds).
            LimitedInput all = new LimitedInput(marked, Integer.MAX_VALUE, mark);
            kind = json.kindOfStart(all);
            marked.reset();
            if (all.exhausted() && !isFollowUp(kind)) {
                // Larger than a document read whole may be, and of neither kind: read whole, as 'validate' reads it,
                // it is refused by its size.
                return FollowUpRead.of(json.followUp().read(marked).summary());
            }
        }
        // Drops the mark: the bytes read for the kind are read again, and the rest streams through the buffer as it is
        // (a mark still set would keep every byte read since, up to the limit: 16 MiB of heap, more with --max-bytes).
        marked.mark(0);
        return kind == DocumentKind.NATIONAL_FOLLOW_UP ? FollowUpRead.of(json.nationalFollowUp().read(marked))
                : FollowUpRead.of(json.followUp().summary(marked));
    }

    private static boolean isFollowUp(DocumentKind kind) {
        return kind == DocumentKind.FOLLOW_UP || kind == DocumentKind.NATIONAL_FOLLOW_UP;
    }

    /** A stream whose first bytes are read twice: for the document's kind, then with the rest. */
    static final class Rereadable extends BufferedInputStream {
        Rereadable(InputStream in) {
            super(in, 1 << 16);
        }

        /** The bytes the buffer can hold: what reading the stream has cost in memory. */
        int capacity() {
            return buf.length;
        }
    }

    /**
     * The first bytes of a stream, which is not closed: up to {@code text} bytes that are not JSON whitespace, and
     * {@code bytes} bytes in all.
     */
    static final class LimitedInput extends InputStream {
        private final InputStream in;
        private int text;
        private int bytes;

        LimitedInput(InputStream in, int text, int bytes) {
            this.in = in;
            this.text = text;
            this.bytes = bytes;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (text == 0 || bytes == 0) {
                return len == 0 ? 0 : -1;
            }
            int n = in.read(b, off, Math.min(len, Math.min(text, bytes)));
            for (int i = off; i < off + n; i++) {
                byte c = b[i];
                if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                    text--;
                }
            }
            if (n > 0) {
                bytes -= n;
            }
            return n;
        }

        /** Whether every byte given was read: the text limit was not reached first. */
        boolean exhausted() {
            return bytes == 0;
        }
    }

    /**
     * Whether a command of this kind reads documents of another: {@code followup} reads participant documents and
     * national follow-ups.
     *
     * @param other a kind that documents are
     * @return true if this kind reads it
     */
    boolean reads(Kind<?> other) {
        return other == this || (this == FOLLOW_UPS && (other == FOLLOW_UP || other == NATIONAL_FOLLOW_UP));
    }

    /**
     * Reads a document of this kind.
     *
     * @param json the reader, with the limits of the run
     * @param document the document's bytes
     * @return the document
     * @throws FinsamValidationException if the document is invalid (or plainly of another kind)
     */
    T read(FinsamJson json, byte[] document) {
        return reader.read(json, document);
    }

    /**
     * Whether a command reads a document of this kind as a stream ({@link #read(FinsamJson, InputStream)}),
     * instead of reading its bytes whole first.
     *
     * @return true for a kind read as it streams
     */
    boolean streams() {
        return streamReader != null;
    }

    /**
     * Reads a document of this kind as its stream comes, through the reader's {@code maxStreamedBytes}.
     *
     * @param json the reader, with the limits of the run
     * @param in the document's stream; not closed
     * @return the document
     * @throws IOException if the stream cannot be read
     * @throws FinsamValidationException if the document is invalid (or plainly of another kind), or larger
     *     than the limit
     * @throws NullPointerException for a kind that does not {@link #streams()}
     */
    T read(FinsamJson json, InputStream in) throws IOException {
        return Objects.requireNonNull(streamReader, "a kind that streams").read(json, in);
    }

    /**
     * What a document of this kind is when its bytes could not be read whole (they were more than the limit).
     *
     * @param json the reader, with the limits of the run
     * @param result why the bytes could not be read
     * @param start the bytes read before the limit was passed, to look at (empty unless the kind
     *     {@link #readsTooLarge()})
     * @param whole those bytes again and then the rest of the document's stream; not closed
     * @return the document, for a kind that reports on invalid documents too ({@link #ANY})
     * @throws IOException if the rest cannot be read
     * @throws FinsamValidationException with the result's violations, for a kind that refuses invalid documents
     */
    T unreadable(FinsamJson json, ValidationResult result, InputStream start, InputStream whole) throws IOException {
        return unreadable.read(json, result, start, whole);
    }

    /**
     * Whether a document of this kind too large to be read whole may still be checked, from its first bytes
     * and the rest of its stream ({@link #ANY}: a participant document streams).
     *
     * @return true for {@link #ANY}
     */
    boolean readsTooLarge() {
        return this == ANY;
    }

    /**
     * The kind for people, as in "a plan document": {@code "plan"}, {@code "national allocation"}.
     *
     * @return the description
     */
    String description() {
        return Objects.requireNonNull(kind, "ANY is no kind of document").description();
    }

    /**
     * The kind a document is, by its top-level fields; a plan when it has none that tell (its reader then
     * says what is missing).
     *
     * @param json the reader
     * @param document the document's bytes
     * @return one of the kinds that documents are, never {@link #ANY}
     */
    static Kind<?> of(FinsamJson json, byte[] document) {
        return of(json.kindOf(document));
    }

    /**
     * The kind a document is, as finsam-json's violation for a document of another kind names it: "This is a
     * national allocation document (it has 'associations'), not a plan document". A streamed document's
     * bytes are not held, so the violation is what tells its kind.
     *
     * @param wrongKind the message of a {@code json.wrong-document-kind} violation
     * @return the kind it says the document is; empty if it names none
     */
    static Optional<Kind<?>> named(String wrongKind) {
        return DOCUMENTS.stream().filter(k -> wrongKind.startsWith("This is a " + k.description() + " document ")
                || wrongKind.startsWith("This is an " + k.description() + " document ")).findFirst();
    }

    /**
     * The calculation with the outcome of the participant follow-up that {@code --followup} names, if it names
     * one: everyone who started, and the finished who are in work or studies after
     * ({@link Success#of(ProjectSummary)}). The follow-up is streamed for its summary, as {@code finsam followup}
     * reads one, so its participants are not held.
     *
     * @param json the reader of the run, with its limits
     * @param calculation the calculation as read
     * @param options the options of the run
     * @return the calculation to report
     * @throws Cli.UsageException if the follow-up cannot be read
     * @throws Cli.InvalidInput if the follow-up is invalid, or has no participants
     */
    static SocioEconomicCalculation withFollowUp(FinsamJson json, SocioEconomicCalculation calculation,
            Cli.Options options) throws Cli.UsageException {
        String file = options.followUp;
        if (file == null) {
            return calculation;
        }
        try {
            ProjectSummary summary;
            try (InputStream in = Files.newInputStream(Path.of(file))) {
                summary = FOLLOW_UP.read(json, in);
            }
            return calculation.withSuccess(Success.of(summary));
        } catch (FinsamValidationException e) {
            throw new Cli.InvalidInput(file, e.violations());
        } catch (NoSuchFileException e) {
            throw new Cli.UsageException("cannot read --followup '" + file + "': no such file");
        } catch (IOException | InvalidPathException e) {
            throw new Cli.UsageException("cannot read --followup '" + file + "': " + e.getMessage());
        }
    }

    /** Tells the document's kind and reads it as that kind, keeping every violation. */
    private static Validation validation(FinsamJson json, byte[] document) {
        Kind<?> kind = of(json, document);
        if (kind == PLAN) {
            // A document that cannot be parsed is a plan to finsam-json; its first fields may tell what it was meant to
            // be (a cut participant document), which names it. Its violations are the text's, whatever its kind.
            kind = of(json.kindOfStart(new java.io.ByteArrayInputStream(document)));
        }
        try {
            kind.read(json, document);
            return new Validation(kind, ValidationResult.valid());
        } catch (FinsamValidationException e) {
            return new Validation(kind, e.result());
        }
    }

    /** What a kind's document is when its bytes could not be read whole. */
    @FunctionalInterface
    private interface Unreadable<T> {
        T read(FinsamJson json, ValidationResult result, InputStream start, InputStream whole) throws IOException;
    }

    /** How a kind's document is read from its bytes. */
    @FunctionalInterface
    private interface Reader<T> {
        T read(FinsamJson json, byte[] document);
    }

    /** How a kind's document is read as its stream comes. */
    @FunctionalInterface
    private interface StreamReader<T> {
        T read(FinsamJson json, InputStream in) throws IOException;
    }
}
