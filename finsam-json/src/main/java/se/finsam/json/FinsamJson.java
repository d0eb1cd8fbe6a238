package se.finsam.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
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
 * <p>Reading is strict: duplicate keys, trailing content, unknown fields, wrong types, inexact or
 * absurd numbers and impossible dates are violations; every violation in a document is reported at
 * once, each with its JSON pointer, in one {@link FinsamValidationException}. Numbers are read as
 * exact decimals, never through {@code double}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FinsamJson {

    private static final FinsamJson DEFAULT = new FinsamJson();

    private final JsonMapper mapper;

    private FinsamJson() {
        this.mapper = JsonMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .build();
    }

    /**
     * Obtains a reader and writer with the strict default settings.
     *
     * @return the instance
     */
    public static FinsamJson create() {
        return DEFAULT;
    }

    /**
     * Reads a document from UTF-8 bytes.
     *
     * @param json the document
     * @return the plan, valid
     * @throws FinsamValidationException with every violation, if the document is not valid
     */
    public AnnualPlan read(byte[] json) {
        return new DocumentReader().read(parse(json));
    }

    /**
     * Parses UTF-8 bytes into a tree, strictly: malformed JSON, duplicate keys, trailing content and an
     * empty document are {@link JsonViolationCodes#SYNTAX} violations located by line and column.
     *
     * @param json the bytes
     * @return the tree, never empty
     * @throws FinsamValidationException if the bytes are not one well-formed JSON value
     */
    JsonNode parse(byte[] json) {
        Objects.requireNonNull(json, "json");
        JsonNode tree;
        try (JsonParser parser = mapper.createParser(json)) {
            tree = mapper.readTree(parser);
            if (tree != null && parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw FinsamValidationException.of("document", Violation.of("", JsonViolationCodes.SYNTAX,
                        "Trailing content after the document at line " + at.getLineNr() + ", column " + at.getColumnNr()));
            }
        } catch (JsonProcessingException e) {
            throw new FinsamValidationException("document", List.of(syntax(e)));
        } catch (IOException e) {
            // Reading a byte array does no I/O.
            throw new UncheckedIOException(e);
        }
        if (tree == null || tree.isMissingNode()) {
            throw FinsamValidationException.of("document", Violation.of("", JsonViolationCodes.SYNTAX, "The document is empty"));
        }
        return tree;
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
     * Reads a document from a stream of UTF-8 bytes; the stream is read to its end but not closed.
     *
     * @param in the stream
     * @return the plan, valid
     * @throws IOException if the stream cannot be read
     * @throws FinsamValidationException with every violation, if the document is not valid
     */
    public AnnualPlan read(InputStream in) throws IOException {
        return read(in.readAllBytes());
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

    private static Violation syntax(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        String where = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
        String path = "";
        if (e instanceof StreamReadException read && read.getProcessor() != null
                && read.getProcessor().getParsingContext() != null) {
            path = read.getProcessor().getParsingContext().pathAsPointer().toString();
        }
        String message = e.getOriginalMessage();
        return Violation.of(path, JsonViolationCodes.SYNTAX, "Malformed JSON" + where + ": "
                + DocumentReader.shorten(message == null ? e.getClass().getSimpleName() : message));
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
        return new IndicatorReader().read(parse(json));
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
        return new FollowUpReader().read(parse(json));
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
        try (JsonGenerator g = mapper.getFactory().createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            body.write(g);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append('\n').toString();
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
        return new NationalReader().read(parse(json));
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
}
