package se.finsam.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.finsam.followup.ProjectFollowUp;
import se.finsam.indicator.IndicatorSet;
import se.finsam.json.followup.FollowUpKind;
import se.finsam.json.followup.NationalFollowUpKind;
import se.finsam.json.indicator.IndicatorKind;
import se.finsam.json.internal.BuildInfo;
import se.finsam.json.internal.DocumentDescriptor;
import se.finsam.json.internal.JsonText;
import se.finsam.json.internal.Limits;
import se.finsam.json.internal.ValidationWriter;
import se.finsam.json.national.NationalKind;
import se.finsam.json.plan.PlanKind;
import se.finsam.json.socioeconomic.SocioEconomicKind;
import se.finsam.national.NationalAllocation;
import se.finsam.socioeconomic.SocioEconomicCalculation;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.ValidationResult;
import se.finsam.validation.Violation;

/**
 * Reads and writes finsam documents: the entry point of finsam-json for callers who do not bring
 * their own {@code ObjectMapper}.
 *
 * <pre>{@code
 * FinsamJson json = FinsamJson.create();
 * AnnualPlan plan = json.plan().read(Path.of("rar-sormland-2007.json"));
 * String out = json.plan().writeBudget(plan.budget());
 * NationalAllocation national = json.national().read(Path.of("national-2016.json"));
 * ValidationResult result = json.indicators().validate(bytes);
 * }</pre>
 *
 * <p>Every kind of document has the same verbs, on its {@link DocumentFormat}: {@code read}, {@code validate}
 * and {@code write}, reading from bytes, a {@code String}, an {@code InputStream} or a {@code Path}. The format
 * of a kind known only when the program runs is {@link #format(DocumentKind)}, and {@link #kindOf(byte[])}
 * tells a document's kind by its top-level fields. Writing a plan gives the document itself; writing a
 * national allocation, an indicator set or a follow-up gives the report of what it computes (the output of
 * the command line's {@code --format json}); a plan's results have their own writers on {@link PlanFormat}.
 *
 * <p>Reading is strict: ill-formed UTF-8 (overlong forms, encoded surrogates, cut-short sequences), lone
 * surrogates, duplicate keys, trailing content, unknown fields, wrong types, inexact or absurd numbers,
 * dates other than {@code YYYY-MM-DD} and names with control characters are violations; every violation in a document is reported at
 * once, each with its JSON pointer, in one {@link FinsamValidationException}, the only exception that
 * reading a document throws for bad input. Numbers are read as exact decimals, never through
 * {@code double}. A document plainly of another {@link DocumentKind kind} than the one read (a national
 * allocation given to {@code plan().read}, say) is one {@link JsonViolationCodes#WRONG_DOCUMENT_KIND}
 * violation, not one for each of its fields.
 *
 * <p>Documents are untrusted input, so reading is bounded by limits, each checked before the work it
 * protects; a broken limit is a {@link JsonViolationCodes#LIMIT_EXCEEDED} violation. The defaults of
 * {@link #create()}:
 *
 * <table>
 *   <caption>Limits</caption>
 *   <tr><th>limit</th><th>default</th></tr>
 *   <tr><td>{@link Builder#maxDocumentBytes(int) maxDocumentBytes}</td><td>16 MiB (16 777 216 bytes)</td></tr>
 *   <tr><td>{@link Builder#maxDepth(int) maxDepth}</td><td>32</td></tr>
 *   <tr><td>{@link Builder#maxStringLength(int) maxStringLength}</td><td>10 000 characters</td></tr>
 *   <tr><td>{@link Builder#maxNumberLength(int) maxNumberLength}</td><td>100 characters</td></tr>
 *   <tr><td>{@link Builder#maxMembers(int) maxMembers}</td><td>400</td></tr>
 *   <tr><td>{@link Builder#maxProjects(int) maxProjects}</td><td>10 000</td></tr>
 *   <tr><td>{@link Builder#maxParticipants(int) maxParticipants}</td><td>2 000 000</td></tr>
 *   <tr><td>{@link Builder#maxTargets(int) maxTargets}</td><td>100</td></tr>
 *   <tr><td>{@link Builder#maxPeriods(int) maxPeriods}</td><td>1 000</td></tr>
 *   <tr><td>{@link Builder#maxAssociations(int) maxAssociations}</td><td>1 000</td></tr>
 *   <tr><td>{@link Builder#maxStreamedBytes(long) maxStreamedBytes}</td><td>1 GiB (1 073 741 824 bytes)</td></tr>
 * </table>
 *
 * <pre>{@code
 * FinsamJson strict = FinsamJson.builder().maxDocumentBytes(1_000_000).maxProjects(500).build();
 * }</pre>
 *
 * <p>Callers who bring their own {@code ObjectMapper} register a {@link FinsamModule} instead
 * ({@link #module()} gives one with this instance's limits).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FinsamJson {

    /**
     * The kinds of document, in the order they are recognized: the first whose own top-level fields a
     * document has is its kind.
     */
    static final List<DocumentDescriptor<?>> KINDS = List.of(PlanKind.INSTANCE, NationalKind.INSTANCE,
            SocioEconomicKind.INSTANCE, NationalFollowUpKind.INSTANCE, FollowUpKind.INSTANCE, IndicatorKind.INSTANCE);

    private static final FinsamJson DEFAULT = new FinsamJson(Limits.DEFAULTS);

    private final Limits limits;
    private final JsonText text;
    private final PlanFormat plan;
    private final DocumentFormat<NationalAllocation> national;
    private final DocumentFormat<IndicatorSet> indicators;
    private final FollowUpFormat followUp;
    private final NationalFollowUpFormat nationalFollowUp;
    private final DocumentFormat<SocioEconomicCalculation> socioeconomic;

    private FinsamJson(Limits limits) {
        this.limits = limits;
        this.text = new JsonText(limits);
        this.plan = new PlanFormat(this, PlanKind.INSTANCE);
        this.national = new DocumentFormat<>(this, NationalKind.INSTANCE);
        this.indicators = new DocumentFormat<>(this, IndicatorKind.INSTANCE);
        this.followUp = new FollowUpFormat(this, FollowUpKind.INSTANCE);
        this.nationalFollowUp = new NationalFollowUpFormat(this, NationalFollowUpKind.INSTANCE);
        this.socioeconomic = new DocumentFormat<>(this, SocioEconomicKind.INSTANCE);
    }

    /**
     * Obtains a reader and writer with the strict default settings and the default limits.
     *
     * @return the instance
     */
    public static FinsamJson create() {
        return DEFAULT;
    }

    /**
     * Obtains a builder for a reader with other limits; every limit starts at its default.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the version of finsam-json, as the build set it, e.g. {@code "0.1.0-SNAPSHOT"}.
     *
     * @return the version
     */
    public static String version() {
        return BuildInfo.VERSION;
    }

    /**
     * Returns a Jackson module, to register with an {@code ObjectMapper}, that reads with this instance's
     * limits.
     *
     * @return a new module
     */
    public FinsamModule module() {
        return new FinsamModule(limits);
    }

    /**
     * Returns the largest document this instance reads, in bytes.
     *
     * @return the limit
     */
    public int maxDocumentBytes() {
        return limits.maxDocumentBytes();
    }

    /**
     * Returns the format of plan documents ({@code docs/format.md}): an association's plan for a year.
     *
     * <pre>{@code AnnualPlan plan = json.plan().read(Path.of("rar-sormland-2007.json"));}</pre>
     *
     * @return the format, with this instance's limits
     */
    public PlanFormat plan() {
        return plan;
    }

    /**
     * Returns the format of national allocation documents ({@code docs/national.md}); reading one checks every
     * rule and that the limits can be met, and its results (the allocation of the appropriation, the
     * supplementary split and the matching) are computed on first use.
     *
     * <pre>{@code
     * NationalAllocation national = FinsamJson.create().national().read(Path.of("national-2016.json"));
     * national.allocation().allocations();
     * }</pre>
     *
     * @return the format, with this instance's limits
     */
    public DocumentFormat<NationalAllocation> national() {
        return national;
    }

    /**
     * Returns the format of indicator documents (försörjningsmått and ohälsotal figures,
     * {@code docs/indicators.md}); writing an indicator set writes every indicator it computes.
     *
     * @return the format, with this instance's limits
     */
    public DocumentFormat<IndicatorSet> indicators() {
        return indicators;
    }

    /**
     * Returns the format of participant documents (the follow-up of one project, {@code docs/indicators.md});
     * writing a follow-up writes every result it computes.
     *
     * @return the format, with this instance's limits
     */
    public FollowUpFormat followUp() {
        return followUp;
    }

    /**
     * Returns the format of national follow-up documents ({@code docs/indicators.md}): many associations' projects'
     * participant documents, reported per project, association, county and in total; a stream or file is read as
     * it comes, up to {@code maxStreamedBytes}, holding no participant.
     *
     * <pre>{@code
     * NationalFollowUp n = FinsamJson.create().nationalFollowUp().read(Path.of("uppfoljning-finsam.json"));
     * n.county("19").completed();      // Västmanlands län
     * }</pre>
     *
     * @return the format, with this instance's limits
     */
    public NationalFollowUpFormat nationalFollowUp() {
        return nationalFollowUp;
    }

    /**
     * Returns the format of socio-economic calculation documents ({@code docs/socioeconomic.md}): who invests
     * in a project and who gains when its participants leave exclusion; writing a calculation writes its
     * results over every horizon and its sensitivity table.
     *
     * <pre>{@code
     * SocioEconomicCalculation c = FinsamJson.create().socioeconomic().read(Path.of("unga-jonkoping.json"));
     * c.atHorizon(5).society().netPresentValue();
     * }</pre>
     *
     * @return the format, with this instance's limits
     */
    public DocumentFormat<SocioEconomicCalculation> socioeconomic() {
        return socioeconomic;
    }

    /**
     * Returns the format of a kind of document known only when the program runs, e.g. from
     * {@link #kindOf(byte[])}.
     *
     * <pre>{@code ValidationResult result = json.format(json.kindOf(bytes)).validate(bytes);}</pre>
     *
     * @param kind the kind
     * @return the format, with this instance's limits
     */
    public DocumentFormat<?> format(DocumentKind kind) {
        Objects.requireNonNull(kind, "kind");
        return java.util.stream.Stream.of(plan, national, indicators, followUp, nationalFollowUp, socioeconomic).filter(f -> f.kind() == kind)
                .findFirst().orElseThrow();
    }

    /**
     * Tells which kind of document the bytes hold, by the top-level fields that only that kind has; when
     * none of them is there (or the bytes are not a JSON object), {@link DocumentKind#PLAN}, whose reader
     * then reports what is wrong.
     *
     * @param json the document as UTF-8 bytes
     * @return the kind
     */
    public DocumentKind kindOf(byte[] json) {
        JsonNode tree;
        try {
            tree = text.parse(json);
        } catch (FinsamValidationException e) {
            return DocumentKind.PLAN;
        }
        return recognize(tree).map(DocumentDescriptor::kind).orElse(DocumentKind.PLAN);
    }

    /**
     * Reads a document's bytes from a stream through the size limit, for any kind of finsam document: at
     * most {@code maxDocumentBytes + 1} bytes are read, and a longer document is refused without reading
     * the rest. The stream is not closed.
     *
     * <pre>{@code IndicatorSet set = json.indicators().read(json.readBytes(System.in));}</pre>
     *
     * @param in the stream
     * @return the bytes, at most {@code maxDocumentBytes}
     * @throws IOException if the stream cannot be read
     * @throws FinsamValidationException with a {@link JsonViolationCodes#LIMIT_EXCEEDED} violation if the
     *     document is larger than the limit
     */
    public byte[] readBytes(InputStream in) throws IOException {
        return text.readBounded(in);
    }

    /**
     * Writes a validation result of any kind of document: {@code {"valid": BOOLEAN, "violations": [{"path",
     * "code", "message"}, ...]}}.
     *
     * @param result the result
     * @return the JSON text, pretty-printed
     */
    public String writeValidation(ValidationResult result) {
        Objects.requireNonNull(result, "result");
        return text.generate(g -> ValidationWriter.validation(g, result));
    }

    /** The parser and printer of this instance's limits. */
    JsonText text() {
        return text;
    }

    /**
     * Reads a document of a kind that {@linkplain DocumentDescriptor#readsTokens() is read from its tokens}, from its
     * bytes as they stream: the same faults of the text, the same refusal of another kind (on its top-level fields)
     * and the same violations as a parse and a reader of the tree give.
     */
    <T> T readTokens(byte[] json, DocumentDescriptor<T> expected) {
        DocumentDescriptor.Streamed<T> streamed = text.tokens(json,
                (parser, surrogatesPossible) -> expected.read(parser, text.limits(), surrogatesPossible));
        refuseOtherKind(streamed.skeleton(), expected);
        return streamed.value().get();
    }

    /**
     * Parses a document that is to be read as {@code expected}, and refuses one that is plainly of another
     * kind with one {@link JsonViolationCodes#WRONG_DOCUMENT_KIND} violation, instead of a violation for
     * each of its fields. A document is plainly of another kind when it has none of the expected kind's own
     * top-level fields and some of another's, or the field of a kind that {@link DocumentDescriptor#decides()}
     * (a calculation's {@code costOfExclusion} beside the {@code participants} a follow-up has too); one with
     * neither is read, and its reader says what is missing.
     */
    JsonNode parse(byte[] json, DocumentDescriptor<?> expected) {
        JsonNode tree = text.parse(json);
        refuseOtherKind(tree, expected);
        return tree;
    }

    /**
     * Refuses a document plainly of another kind than {@code expected}, as {@link #parse(byte[], DocumentDescriptor)}
     * does; only the names of the document's top-level fields count.
     */
    void refuseOtherKind(JsonNode tree, DocumentDescriptor<?> expected) {
        Optional<DocumentDescriptor<?>> found = recognize(tree);
        if (found.isPresent() && found.get() != expected && (expected.fieldOf(tree).isEmpty() || found.get().decides())) {
            DocumentDescriptor<?> other = found.get();
            throw FinsamValidationException.of(expected.kind().description() + " document", Violation.of("",
                    JsonViolationCodes.WRONG_DOCUMENT_KIND, "This is " + withArticle(other.kind()) + " document (it has '"
                            + other.fieldOf(tree).orElseThrow() + "'), not " + withArticle(expected.kind()) + " document"));
        }
    }

    /**
     * Tells a document's kind from its first bytes, as {@link #kindOf(byte[])} tells a whole document's: by the
     * top-level fields that {@code start} names, which may end anywhere inside the document (a document too large
     * to be read whole, of which a tool has read the first {@code maxDocumentBytes}). A field the document names
     * later is not seen; a fault of the text ends the names seen. A plan when no field tells. The stream is read
     * to the end of the document's top-level object, or to its own end, and is not closed.
     *
     * <pre>{@code
     * if (json.kindOfStart(firstBytes) == DocumentKind.FOLLOW_UP) {
     *     result = json.followUp().validateStreaming(wholeStream);   // a participant document of any size
     * }
     * }</pre>
     *
     * @param start the first bytes of a document, UTF-8
     * @return the kind its top-level fields so far tell
     */
    public DocumentKind kindOfStart(InputStream start) {
        Objects.requireNonNull(start, "start");
        com.fasterxml.jackson.databind.node.ObjectNode names = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
                .objectNode();
        try (com.fasterxml.jackson.core.JsonParser p = text.lenientParser(start)) {
            if (p.nextToken() == com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                    names.putNull(p.currentName());
                    p.nextToken();
                    p.skipChildren();
                }
            }
        } catch (IOException e) {
            // The bytes end inside the document, or its text is faulty there (or the stream failed): the names
            // seen so far tell.
        }
        return recognize(names).map(DocumentDescriptor::kind).orElse(DocumentKind.PLAN);
    }

    /** The kind whose own top-level fields the document has, first in recognition order. */
    private static Optional<DocumentDescriptor<?>> recognize(JsonNode tree) {
        if (!tree.isObject()) {
            return Optional.empty();
        }
        return KINDS.stream().filter(k -> k.fieldOf(tree).isPresent()).findFirst();
    }

    /** "a plan", "an indicator": the description with its article. */
    private static String withArticle(DocumentKind kind) {
        String description = kind.description();
        return ("aeiou".indexOf(description.charAt(0)) >= 0 ? "an " : "a ") + description;
    }

    /**
     * Builds a {@link FinsamJson} with other limits than the defaults. Not thread-safe; the instance it
     * builds is.
     */
    public static final class Builder {
        private int maxDocumentBytes = Limits.DEFAULTS.maxDocumentBytes();
        private int maxDepth = Limits.DEFAULTS.maxDepth();
        private int maxStringLength = Limits.DEFAULTS.maxStringLength();
        private int maxNumberLength = Limits.DEFAULTS.maxNumberLength();
        private int maxMembers = Limits.DEFAULTS.maxMembers();
        private int maxProjects = Limits.DEFAULTS.maxProjects();
        private int maxParticipants = Limits.DEFAULTS.maxParticipants();
        private int maxTargets = Limits.DEFAULTS.maxTargets();
        private int maxPeriods = Limits.DEFAULTS.maxPeriods();
        private int maxAssociations = Limits.DEFAULTS.maxAssociations();
        private long maxStreamedBytes = Limits.DEFAULTS.maxStreamedBytes();

        private Builder() {
        }

        /**
         * Sets the largest document read, in bytes (default 16 MiB); checked before parsing, and a stream
         * is read no further than one byte past it.
         *
         * @param bytes the limit, positive, below 2 GiB
         * @return this builder
         */
        public Builder maxDocumentBytes(int bytes) {
            this.maxDocumentBytes = bytes;
            return this;
        }

        /**
         * Sets the deepest nesting of objects and arrays (default 32; a finsam document needs 5).
         *
         * @param depth the limit, positive
         * @return this builder
         */
        public Builder maxDepth(int depth) {
            this.maxDepth = depth;
            return this;
        }

        /**
         * Sets the longest string or field name, in characters (default 10 000).
         *
         * @param length the limit, positive
         * @return this builder
         */
        public Builder maxStringLength(int length) {
            this.maxStringLength = length;
            return this;
        }

        /**
         * Sets the longest number, in characters of its JSON text (default 100); checked while
         * tokenizing, before the number's value is computed.
         *
         * @param length the limit, positive
         * @return this builder
         */
        public Builder maxNumberLength(int length) {
            this.maxNumberLength = length;
            return this;
        }

        /**
         * Sets the most members of an association, and of values of a key or members of a project
         * (default 400, the most an association may have); also the most municipalities, aggregated areas,
         * municipalities of an aggregated area and figures of a period of an indicator document, and the
         * most municipalities of a participant document (Sweden has 290). The aggregated areas of an
         * indicator document may name ten times as many municipalities together (4 000 by default).
         *
         * @param members the limit, positive
         * @return this builder
         */
        public Builder maxMembers(int members) {
            this.maxMembers = members;
            return this;
        }

        /**
         * Sets the most projects of a plan, and the most entries of every other list: cost lines,
         * co-financing, equity thresholds, explicit years (default 10 000).
         *
         * @param projects the limit, positive
         * @return this builder
         */
        public Builder maxProjects(int projects) {
            this.maxProjects = projects;
            return this;
        }

        /**
         * Sets the most participants of a participant document, and the most entries of its anonymous
         * participants (default 2 000 000: some 60 years of every new participant in Sweden's associations,
         * which Uppföljning Finsam counts at about 30 000 a year). A document read whole is bounded by
         * {@code maxDocumentBytes} first (16 MiB holds some 60 000 participants); a summary streamed from a
         * file ({@link FollowUpFormat#summary(java.nio.file.Path)}) reaches this limit.
         *
         * @param participants the limit, positive
         * @return this builder
         */
        public Builder maxParticipants(int participants) {
            this.maxParticipants = participants;
            return this;
        }

        /**
         * Sets the most targets of a participant document (default 100; a project has a handful).
         *
         * @param targets the limit, positive
         * @return this builder
         */
        public Builder maxTargets(int targets) {
            this.maxTargets = targets;
            return this;
        }

        /**
         * Sets the most support periods, and the most ill-health periods, of an indicator document (default
         * 1 000: monthly figures for over 80 years).
         *
         * @param periods the limit, positive
         * @return this builder
         */
        public Builder maxPeriods(int periods) {
            this.maxPeriods = periods;
            return this;
        }

        /**
         * Sets the most associations of a national allocation document (default 1 000, the most a national
         * allocation may have; Sweden has about 80).
         *
         * @param associations the limit, positive
         * @return this builder
         */
        public Builder maxAssociations(int associations) {
            this.maxAssociations = associations;
            return this;
        }

        /**
         * Sets the largest document read as a stream, whose bytes are never held whole: a participant
         * document read for its summary ({@link FollowUpFormat#summary(java.nio.file.Path)}; default 1 GiB, some 4 million
         * participants). The work of such a read grows linearly with the document, and its memory with the
         * document's municipalities and days, not its participants.
         *
         * @param bytes the limit, positive
         * @return this builder
         */
        public Builder maxStreamedBytes(long bytes) {
            this.maxStreamedBytes = bytes;
            return this;
        }

        /**
         * Obtains the reader and writer.
         *
         * @return the instance, immutable and thread-safe
         * @throws IllegalArgumentException if a limit is not positive, or the document limit is 2 GiB or more
         */
        public FinsamJson build() {
            return new FinsamJson(new Limits(maxDocumentBytes, maxDepth, maxStringLength, maxNumberLength, maxMembers,
                    maxProjects, maxParticipants, maxTargets, maxPeriods, maxAssociations, maxStreamedBytes));
        }
    }
}
