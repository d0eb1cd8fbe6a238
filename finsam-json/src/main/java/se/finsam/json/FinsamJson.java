package se.finsam.json;

import com.fasterxml.jackson.core.ErrorReportConfiguration;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import se.finsam.budget.AnnualPlan;
import se.finsam.budget.Budget;
import se.finsam.followup.ProjectFollowUp;
import se.finsam.indicator.IndicatorSet;
import se.finsam.contribution.ContributionSplit;
import se.finsam.national.NationalAllocation;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.TextRules;
import se.finsam.validation.ValidationResult;
import se.finsam.validation.Violation;

/**
 * Reads and writes finsam documents: the entry point of finsam-json for callers who do not bring
 * their own {@code ObjectMapper}.
 *
 * <pre>{@code
 * FinsamJson json = FinsamJson.create();
 * AnnualPlan plan = json.read(Files.readAllBytes(Path.of("rar-sormland-2007.json")));
 * String out = json.writeBudget(plan.budget());
 * }</pre>
 *
 * <p>Reading is strict: ill-formed UTF-8 (overlong forms, encoded surrogates, cut-short sequences), lone
 * surrogates, duplicate keys, trailing content, unknown fields, wrong types, inexact or absurd numbers,
 * dates other than {@code YYYY-MM-DD} and names with control characters are violations; every violation in a document is reported at
 * once, each with its JSON pointer, in one {@link FinsamValidationException}, the only exception that
 * reading a document throws for bad input. Numbers are read as exact decimals, never through
 * {@code double}. A document plainly of another {@link DocumentKind kind} than the one read (a national
 * allocation given to {@link #read(byte[])}, say) is one {@link JsonViolationCodes#WRONG_DOCUMENT_KIND}
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
 *   <tr><td>{@link Builder#maxParticipants(int) maxParticipants}</td><td>100 000</td></tr>
 *   <tr><td>{@link Builder#maxTargets(int) maxTargets}</td><td>100</td></tr>
 *   <tr><td>{@link Builder#maxPeriods(int) maxPeriods}</td><td>1 000</td></tr>
 *   <tr><td>{@link Builder#maxAssociations(int) maxAssociations}</td><td>1 000</td></tr>
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

    private static final FinsamJson DEFAULT = new FinsamJson(Limits.DEFAULTS);

    /** The longest syntax message, in characters; a longer one is cut after a whole word. */
    private static final int MAX_SYNTAX_MESSAGE = 200;
    /** The most characters of an unexpected token that a syntax message quotes. */
    private static final int MAX_QUOTED_TOKEN = 40;

    private final Limits limits;
    private final JsonFactory factory;
    private final TreeBuilder trees;

    private FinsamJson(Limits limits) {
        this.limits = limits;
        this.trees = new TreeBuilder(limits);
        // Jackson enforces what it can while tokenizing; TreeBuilder checks the same limits per token,
        // as it does for a user's own mapper, and the document size is checked before parsing.
        this.factory = JsonFactory.builder()
                // A token quoted in a syntax message is cut by Jackson, so that the message stays short.
                .errorReportConfiguration(ErrorReportConfiguration.builder().maxErrorTokenLength(MAX_QUOTED_TOKEN).build())
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(limits.maxDocumentBytes())
                        .maxNestingDepth(limits.maxDepth())
                        .maxStringLength(limits.maxStringLength())
                        .maxNameLength(limits.maxStringLength())
                        .maxNumberLength(limits.maxNumberLength())
                        .build())
                .build();
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
     * Reads a document from UTF-8 bytes.
     *
     * @param json the document
     * @return the plan, valid
     * @throws FinsamValidationException with every violation, if the document is not valid
     */
    public AnnualPlan read(byte[] json) {
        return new DocumentReader(limits).read(parse(json, DocumentKind.PLAN));
    }

    /**
     * Parses UTF-8 bytes into a tree, strictly: malformed JSON, duplicate keys, trailing content and an
     * empty document are {@link JsonViolationCodes#SYNTAX} violations, and a broken limit a
     * {@link JsonViolationCodes#LIMIT_EXCEEDED} violation, located by line and column.
     *
     * @param json the bytes
     * @return the tree, never empty
     * @throws FinsamValidationException if the bytes are not one well-formed JSON value within the limits
     */
    JsonNode parse(byte[] json) {
        Objects.requireNonNull(json, "json");
        if (json.length > limits.maxDocumentBytes()) {
            throw tooLarge(json.length + " bytes");
        }
        if (json.length >= 2 && (json[0] == 0 || json[1] == 0 || (json[0] & 0xFF) == 0xFE || (json[0] & 0xFF) == 0xFF)) {
            // Jackson would detect UTF-16 or UTF-32 by these bytes; the format is UTF-8 only.
            throw FinsamValidationException.of("document", Violation.of("", JsonViolationCodes.SYNTAX,
                    "The document is not UTF-8 (it starts with bytes that mean UTF-16 or UTF-32)"));
        }
        int malformed = Utf8.firstMalformed(json);
        if (malformed >= 0) {
            throw malformedUtf8(json, malformed);
        }
        JsonNode tree;
        try (JsonParser parser = factory.createParser(json)) {
            try {
                // Strict UTF-8 encodes no surrogate: only a backslash-u escape can write a lone one.
                tree = trees.read(parser, Utf8.hasUnicodeEscape(json));
                if (tree != null && parser.nextToken() != null) {
                    throw TreeBuilder.error(parser, JsonViolationCodes.SYNTAX, "Trailing content after the document");
                }
            } catch (StreamConstraintsException e) {
                throw FinsamValidationException.of("document", limit(e, parser));
            } catch (JsonProcessingException e) {
                throw FinsamValidationException.of("document", syntax(e, parser));
            } catch (IOException e) {
                // No I/O on a byte array: a character that cannot be decoded.
                throw FinsamValidationException.of("document", Violation.of(TreeBuilder.failurePointer(parser),
                        JsonViolationCodes.SYNTAX, "Malformed input: " + detail(String.valueOf(e.getMessage()))));
            }
        } catch (IOException e) {
            // Creating or closing a parser over a byte array does no I/O.
            throw new UncheckedIOException(e);
        }
        if (tree == null || tree.isMissingNode()) {
            throw FinsamValidationException.of("document", Violation.of("", JsonViolationCodes.SYNTAX, "The document is empty"));
        }
        return tree;
    }

    /**
     * The violation of ill-formed UTF-8 at {@code offset}, located by line, column and JSON pointer. The
     * pointer is found by parsing the well-formed bytes before it: the parser stops inside the value that
     * holds the bad bytes. If those bytes hold an earlier fault (a syntax error, a duplicate field, a
     * broken limit), that fault is the first in the document and is reported instead.
     */
    private FinsamValidationException malformedUtf8(byte[] json, int offset) {
        String pointer = "";
        try (JsonParser parser = factory.createParser(json, 0, offset)) {
            try {
                if (trees.read(parser) != null) {
                    parser.nextToken();
                }
            } catch (StreamConstraintsException e) {
                return FinsamValidationException.of("document", limit(e, parser));
            } catch (JsonProcessingException e) {
                JsonLocation at = e.getLocation();
                if (at != null && at.getByteOffset() >= 0 && at.getByteOffset() < offset && !(e instanceof JsonEOFException)) {
                    return FinsamValidationException.of("document", syntax(e, parser));
                }
            }
            pointer = TreeBuilder.failurePointer(parser);
        } catch (IOException e) {
            // Parsing a byte array does no I/O.
            throw new UncheckedIOException(e);
        }
        return FinsamValidationException.of("document", Violation.of(pointer, JsonViolationCodes.SYNTAX,
                "Malformed UTF-8 at " + lineAndColumn(json, offset) + ": " + Utf8.describe(json, offset)));
    }

    /** The line and column of a byte, counted in characters; a line ends at LF, CR or CR LF. */
    private static String lineAndColumn(byte[] json, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset; i++) {
            byte b = json[i];
            if (b == '\n' && (i == 0 || json[i - 1] != '\r') || b == '\r') {
                line++;
                column = 1;
            } else if (b != '\n' && (b & 0xC0) != 0x80) {
                column++;
            }
        }
        return "line " + line + ", column " + column;
    }

    /** A message of Jackson's as a violation quotes it: control characters escaped, cut after a word. */
    private static String detail(String message) {
        // Jackson's advice to its own users (enable a feature to allow the token) is not for a document's author.
        String said = message.replaceAll(":? ?\\(?(?:enable|Use) `?[A-Za-z]+Feature\\.[A-Z_]+`?[^)\\n]*\\)?", "")
                .replaceAll("\\s*\\[Source: [^\\]]*\\]", "").strip();
        return shortenAtWord(TextRules.escape(said), MAX_SYNTAX_MESSAGE);
    }

    private FinsamValidationException tooLarge(String size) {
        return FinsamValidationException.of("document", Violation.of("", JsonViolationCodes.LIMIT_EXCEEDED,
                "The document is larger than the limit of " + limits.maxDocumentBytes() + " bytes (" + size + ")"));
    }

    /**
     * Reads a document from a string.
     *
     * @param json the document
     * @return the plan, valid
     * @throws FinsamValidationException with every violation, if the document is not valid
     */
    public AnnualPlan read(String json) {
        return read(json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a document from a stream of UTF-8 bytes; the stream is not closed. At most
     * {@code maxDocumentBytes + 1} bytes are read: a longer document is refused without reading the rest.
     *
     * @param in the stream
     * @return the plan, valid
     * @throws IOException if the stream cannot be read
     * @throws FinsamValidationException with every violation, if the document is not valid or too large
     */
    public AnnualPlan read(InputStream in) throws IOException {
        return read(readBounded(in));
    }

    /**
     * Checks a document from a stream without throwing for bad input; reads as {@link #read(InputStream)}.
     *
     * @param in the stream of UTF-8 bytes; not closed
     * @return every violation, or valid
     * @throws IOException if the stream cannot be read
     */
    public ValidationResult validate(InputStream in) throws IOException {
        byte[] json;
        try {
            json = readBounded(in);
        } catch (FinsamValidationException e) {
            return e.result();
        }
        return validate(json);
    }

    /**
     * Reads a document's bytes from a stream through the size limit, for any kind of finsam document: at
     * most {@code maxDocumentBytes + 1} bytes are read, and a longer document is refused without reading
     * the rest. The stream is not closed.
     *
     * <pre>{@code IndicatorSet set = json.readIndicators(json.readBytes(System.in));}</pre>
     *
     * @param in the stream
     * @return the bytes, at most {@code maxDocumentBytes}
     * @throws IOException if the stream cannot be read
     * @throws FinsamValidationException with a {@link JsonViolationCodes#LIMIT_EXCEEDED} violation if the
     *     document is larger than the limit
     */
    public byte[] readBytes(InputStream in) throws IOException {
        return readBounded(in);
    }

    private byte[] readBounded(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        byte[] json = in.readNBytes(limits.maxDocumentBytes() + 1);
        if (json.length > limits.maxDocumentBytes()) {
            throw tooLarge("more than " + limits.maxDocumentBytes() + " bytes; the rest was not read");
        }
        return json;
    }

    /**
     * Checks a document without throwing.
     *
     * @param json the document as UTF-8 bytes
     * @return every violation, or valid
     */
    public ValidationResult validate(byte[] json) {
        try {
            read(json);
            return ValidationResult.valid();
        } catch (FinsamValidationException e) {
            return e.result();
        }
    }

    /** The kinds of finsam document, each with its own format and reader. */
    public enum DocumentKind {
        /** An association's plan for a year ({@code docs/format.md}): has {@code association}. */
        PLAN("plan", "association"),
        /** A national allocation ({@code docs/national.md}): has {@code appropriation} or {@code associations}. */
        NATIONAL_ALLOCATION("national allocation", "appropriation", "associations"),
        /** Indicator data ({@code docs/indicators.md}): has {@code support}, {@code illHealth} or {@code aggregates}. */
        INDICATORS("indicator", "support", "illHealth", "aggregates"),
        /** A project's participant follow-up ({@code docs/indicators.md}): has {@code participants}. */
        FOLLOW_UP("participant follow-up", "participants");

        /** The order in which the kinds are recognized: the first whose top-level fields are there. */
        private static final List<DocumentKind> RECOGNITION_ORDER = List.of(PLAN, NATIONAL_ALLOCATION, FOLLOW_UP, INDICATORS);

        private final String description;
        private final List<String> fields;

        DocumentKind(String description, String... fields) {
            this.description = description;
            this.fields = List.of(fields);
        }

        /**
         * Returns the kind's name for people, e.g. {@code "national allocation"}.
         *
         * @return the description
         */
        public String description() {
            return description;
        }

        /** The first of this kind's own top-level fields that the document has, or null. */
        private String fieldOf(JsonNode tree) {
            for (String field : fields) {
                if (tree.has(field)) {
                    return field;
                }
            }
            return null;
        }

        /** The kind whose own top-level fields the document has, first in recognition order; null if none. */
        private static DocumentKind recognize(JsonNode tree) {
            if (!tree.isObject()) {
                return null;
            }
            for (DocumentKind kind : RECOGNITION_ORDER) {
                if (kind.fieldOf(tree) != null) {
                    return kind;
                }
            }
            return null;
        }

        /** "a plan", "an indicator": the description with its article. */
        private String withArticle() {
            return ("aeiou".indexOf(description.charAt(0)) >= 0 ? "an " : "a ") + description;
        }
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
            tree = parse(json);
        } catch (FinsamValidationException e) {
            return DocumentKind.PLAN;
        }
        DocumentKind kind = DocumentKind.recognize(tree);
        return kind == null ? DocumentKind.PLAN : kind;
    }

    /**
     * Parses a document that is to be read as {@code expected}, and refuses one that is plainly of another
     * kind with one {@link JsonViolationCodes#WRONG_DOCUMENT_KIND} violation, instead of a violation for
     * each of its fields. A document is plainly of another kind when it has none of the expected kind's own
     * top-level fields and some of another's; one with neither is read, and its reader says what is missing.
     */
    private JsonNode parse(byte[] json, DocumentKind expected) {
        JsonNode tree = parse(json);
        DocumentKind found = DocumentKind.recognize(tree);
        if (found != null && found != expected && expected.fieldOf(tree) == null) {
            throw FinsamValidationException.of(expected.description() + " document", Violation.of("",
                    JsonViolationCodes.WRONG_DOCUMENT_KIND, "This is " + found.withArticle() + " document (it has '"
                            + found.fieldOf(tree) + "'), not " + expected.withArticle() + " document"));
        }
        return tree;
    }

    /**
     * Checks a document of a given kind without throwing.
     *
     * @param json the document as UTF-8 bytes
     * @param kind the kind of document, e.g. from {@link #kindOf(byte[])}
     * @return every violation, or valid
     */
    public ValidationResult validate(byte[] json, DocumentKind kind) {
        Objects.requireNonNull(kind, "kind");
        try {
            switch (kind) {
                case PLAN -> read(json);
                case NATIONAL_ALLOCATION -> readNationalAllocation(json);
                case INDICATORS -> readIndicators(json);
                case FOLLOW_UP -> readFollowUp(json);
            }
            return ValidationResult.valid();
        } catch (FinsamValidationException e) {
            return e.result();
        }
    }

    private static Violation syntax(JsonProcessingException e, JsonParser parser) {
        JsonLocation location = e.getLocation();
        String where = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
        String message = e.getOriginalMessage();
        return Violation.of(TreeBuilder.failurePointer(parser), JsonViolationCodes.SYNTAX, "Malformed JSON" + where + ": "
                + detail(message == null ? e.getClass().getSimpleName() : message));
    }

    private static Violation limit(StreamConstraintsException e, JsonParser parser) {
        JsonLocation location = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        String message = String.valueOf(e.getOriginalMessage()).replaceAll(",? from `StreamReadConstraints[^`]*`", "");
        return Violation.of(TreeBuilder.failurePointer(parser), JsonViolationCodes.LIMIT_EXCEEDED, message + " at line "
                + location.getLineNr() + ", column " + location.getColumnNr());
    }

    /**
     * Writes a plan in the document format {@link #read(byte[])} reads; reading the text back gives an
     * equal plan.
     *
     * @param plan the plan
     * @return the JSON text, pretty-printed
     */
    public String write(AnnualPlan plan) {
        Objects.requireNonNull(plan, "plan");
        return generate(g -> DocumentWriter.document(g, plan));
    }

    /**
     * Writes the contributions of a plan's year: {@code {"association", "year", "currency", "total",
     * "contributions": [{"member", "kind", "amount"}, ...]}}, amounts as decimal strings at the rounding
     * unit's scale, members in order.
     *
     * @param plan the plan
     * @return the JSON text, pretty-printed
     */
    public String writeSplit(AnnualPlan plan) {
        Objects.requireNonNull(plan, "plan");
        return generate(g -> DocumentWriter.split(g, plan, plan.contributions()));
    }

    /**
     * Writes every project's cost per year: {@code {"projects": [{"project", "costByYear": {"2006": A,
     * ...}}, ...], "totalByYear": {...}}}, amounts at the project rounding unit's scale; the totals count
     * decided projects only.
     *
     * @param plan the plan
     * @return the JSON text, pretty-printed
     */
    public String writeSchedule(AnnualPlan plan) {
        Objects.requireNonNull(plan, "plan");
        return generate(g -> DocumentWriter.schedule(g, plan));
    }

    /**
     * Writes every project's cost per year as {@link #writeSchedule(AnnualPlan)} does, to a writer, as it is
     * made: the text of ten thousand projects over three centuries is never held whole. The writer is
     * flushed, not closed.
     *
     * <pre>{@code json.writeSchedule(plan, new OutputStreamWriter(System.out, StandardCharsets.UTF_8));}</pre>
     *
     * @param plan the plan
     * @param out receives the JSON text, pretty-printed, and a newline
     * @throws UncheckedIOException if the writer fails
     */
    public void writeSchedule(AnnualPlan plan, Writer out) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(out, "out");
        generate(g -> DocumentWriter.schedule(g, plan), out);
    }

    /**
     * Writes a budget: {@code {"year", "income", "contributions", "costs", "projectCosts", "disposable",
     * ...}} with commitments, reserve, and settlement and equity when the plan has them.
     *
     * @param budget the budget
     * @return the JSON text, pretty-printed
     */
    public String writeBudget(Budget budget) {
        Objects.requireNonNull(budget, "budget");
        return generate(g -> DocumentWriter.budget(g, budget));
    }

    /**
     * Writes a validation result: {@code {"valid": BOOLEAN, "violations": [{"path", "code", "message"}, ...]}}.
     *
     * @param result the result
     * @return the JSON text, pretty-printed
     */
    public String writeValidation(ValidationResult result) {
        Objects.requireNonNull(result, "result");
        return generate(g -> DocumentWriter.validation(g, result));
    }

    /**
     * Reads an indicator document (försörjningsmått and ohälsotal figures, {@code docs/indicators.md})
     * from UTF-8 bytes, as strictly as {@link #read(byte[])} reads association documents.
     *
     * @param json the document
     * @return the indicator set, valid
     * @throws FinsamValidationException with every violation, each located by JSON pointer
     */
    public IndicatorSet readIndicators(byte[] json) {
        return new IndicatorReader(limits).read(parse(json, DocumentKind.INDICATORS));
    }

    /**
     * Reads a participant document (the follow-up of one project, {@code docs/indicators.md}) from
     * UTF-8 bytes, as strictly as {@link #read(byte[])} reads association documents.
     *
     * @param json the document
     * @return the project's follow-up, valid
     * @throws FinsamValidationException with every violation, each located by JSON pointer
     */
    public ProjectFollowUp readFollowUp(byte[] json) {
        return new FollowUpReader(limits).read(parse(json, DocumentKind.FOLLOW_UP));
    }

    /**
     * Writes every indicator of a set: per support period and area (municipalities, then aggregated
     * areas) the population, what was paid, kronor per inhabitant and day and the change since the
     * period before; per ill-health period and area the net days and rates. Rates are decimal strings
     * rounded as {@link se.finsam.indicator.DisplayRounding} says.
     *
     * @param set the indicator set
     * @return the JSON text, pretty-printed
     */
    public String writeIndicatorReport(IndicatorSet set) {
        Objects.requireNonNull(set, "set");
        return generate(g -> IndicatorWriter.report(g, set));
    }

    /**
     * Writes every indicator of a set as {@link #writeIndicatorReport(IndicatorSet)} does, to a writer, as it
     * is made. The writer is flushed, not closed.
     *
     * @param set the indicator set
     * @param out receives the JSON text, pretty-printed, and a newline
     * @throws UncheckedIOException if the writer fails
     */
    public void writeIndicatorReport(IndicatorSet set, Writer out) {
        Objects.requireNonNull(set, "set");
        Objects.requireNonNull(out, "out");
        generate(g -> IndicatorWriter.report(g, set), out);
    }

    /**
     * Writes every result of a project's follow-up: participants, shares, distributions, time in the
     * project and targets.
     *
     * @param project the project's follow-up
     * @return the JSON text, pretty-printed
     */
    public String writeFollowUpReport(ProjectFollowUp project) {
        Objects.requireNonNull(project, "project");
        return generate(g -> FollowUpWriter.report(g, project));
    }

    @FunctionalInterface
    interface Body {
        void write(JsonGenerator generator) throws IOException;
    }

    private String generate(Body body) {
        StringWriter out = new StringWriter();
        generate(body, out);
        return out.toString();
    }

    /** Writes pretty-printed JSON and a newline to {@code out}, flushes it and leaves it open. */
    private void generate(Body body, Writer out) {
        try {
            try (JsonGenerator g = factory.createGenerator(out)) {
                g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                g.useDefaultPrettyPrinter();
                body.write(g);
            }
            out.write('\n');
            out.flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a national allocation document (see {@code docs/national.md}) from UTF-8 bytes and computes
     * it: the allocation of the appropriation, the supplementary split and the matching.
     *
     * <pre>{@code
     * NationalAllocation national = FinsamJson.create().readNationalAllocation(
     *         Files.readAllBytes(Path.of("national-2016.json")));
     * national.allocation().allocations();
     * }</pre>
     *
     * @param json the document
     * @return the national allocation, computed
     * @throws FinsamValidationException with every violation, located by JSON pointer, if the document is
     *     not valid or its limits cannot be met
     */
    public NationalAllocation readNationalAllocation(byte[] json) {
        return new NationalReader(limits).read(parse(json, DocumentKind.NATIONAL_ALLOCATION));
    }

    /**
     * Writes the result of a national allocation: {@code {"year", "currency", "roundingUnit",
     * "appropriation", "allocated", "parameters", "allocations": [...], "supplementary": {...},
     * "matching": [...]}}, amounts as decimal strings at the rounding unit's scale.
     *
     * @param national the national allocation
     * @return the JSON text, pretty-printed
     */
    public String writeNationalAllocation(NationalAllocation national) {
        Objects.requireNonNull(national, "national");
        return generate(g -> NationalWriter.allocation(g, national));
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
         * participants (default 100 000: about three years of every new participant in Sweden's
         * associations).
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
         * Obtains the reader and writer.
         *
         * @return the instance, immutable and thread-safe
         * @throws IllegalArgumentException if a limit is not positive, or the document limit is 2 GiB or more
         */
        public FinsamJson build() {
            return new FinsamJson(new Limits(maxDocumentBytes, maxDepth, maxStringLength, maxNumberLength, maxMembers,
                    maxProjects, maxParticipants, maxTargets, maxPeriods, maxAssociations));
        }
    }
    /**
     * Shortens a message to at most {@code max} characters and an ellipsis, cut after a whole word; a
     * first word longer than {@code max} is kept whole. A message that fits is returned as it is.
     */
    static String shortenAtWord(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = max;
        while (cut > 0 && !Character.isWhitespace(text.charAt(cut))) {
            cut--;
        }
        if (cut == 0) {
            cut = max;
            while (cut < text.length() && !Character.isWhitespace(text.charAt(cut))) {
                cut++;
            }
        }
        int end = cut;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return cut >= text.length() ? text : text.substring(0, end) + "…";
    }
}
