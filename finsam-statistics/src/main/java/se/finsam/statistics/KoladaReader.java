package se.finsam.statistics;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.finsam.validation.Violation;

/**
 * Reads one saved page of a Kolada data response (API v2 or v3) into entries, collecting every fault. Not
 * thread-safe: one instance reads one page; the mapper it uses is shared and thread-safe.
 */
final class KoladaReader {

    /** The deepest nesting read: a data response nests four levels. */
    static final int MAX_DEPTH = 32;
    /** The longest number read, in characters of its JSON text. */
    static final int MAX_NUMBER_LENGTH = 100;
    /** The longest string read (a paging URL is the longest a response has). */
    static final int MAX_STRING_LENGTH = 100_000;
    /** Most faults reported for one page; more are summed up in one last violation. */
    static final int MAX_VIOLATIONS = 1000;

    /** The fields of a response besides {@code values}: counts and paging links of v2 and v3, ignored. */
    static final Set<String> RESPONSE_FIELDS = Set.of("values", "count", "next_page", "previous_page", "next_url",
            "previous_url");
    /** The fields of one entry of {@code values}. */
    static final Set<String> ENTRY_FIELDS = Set.of("kpi", "municipality", "period", "values", "isdeleted", "is_deleted");
    /** The fields of one value of an entry; {@code count} (members of a group behind an average) is ignored. */
    static final Set<String> VALUE_FIELDS = Set.of("gender", "value", "status", "count", "isdeleted", "is_deleted");

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                            .maxNumberLength(MAX_NUMBER_LENGTH).maxStringLength(MAX_STRING_LENGTH).build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    /** What was read of one page: its entries (on page 0) and every fault found. */
    record Result(KoladaValues.Page page, List<KoladaValues.Entry> entries, List<Violation> violations) {
    }

    private final String file;
    private final int maxValues;
    private final List<KoladaValues.Entry> entries = new ArrayList<>();
    private final List<Violation> violations = new ArrayList<>();
    private int omitted;
    private int valueCount;
    private boolean tooMany;
    /** The page's link to the next page of its answer, if it has one. */
    private @Nullable String next;

    private KoladaReader(String file, int maxValues) {
        this.file = file;
        this.maxValues = maxValues;
    }

    /** Reads a page of at most {@code maxBytes} bytes holding at most {@code maxValues} values. */
    static Result read(String file, byte[] content, int maxBytes, int maxValues) {
        KoladaReader reader = new KoladaReader(file, maxValues);
        if (content.length > maxBytes) {
            reader.add("", StatisticsCodes.FILE_TOO_LARGE, "is " + content.length + " bytes, more than the limit of "
                    + maxBytes + " bytes");
        } else {
            reader.readDocument(content);
        }
        KoladaValues.Page page = new KoladaValues.Page(file, StatisticsFiles.sha256(content), Optional.ofNullable(reader.next));
        return new Result(page, List.copyOf(reader.entries), reader.finishedViolations());
    }

    /** The result of a file too large to read at all. */
    static Result tooLarge(String file, int maxBytes) {
        KoladaReader reader = new KoladaReader(file, 0);
        reader.add("", StatisticsCodes.FILE_TOO_LARGE, "is larger than the limit of " + maxBytes + " bytes");
        return new Result(new KoladaValues.Page(file, "", Optional.empty()), List.of(), reader.finishedViolations());
    }

    private List<Violation> finishedViolations() {
        if (omitted > 0) {
            violations.add(Violation.of("", StatisticsCodes.FILE_UNREADABLE, file + ": " + omitted
                    + " more faults not listed"));
        }
        return List.copyOf(violations);
    }

    // --- the document --------------------------------------------------------------------------

    private void readDocument(byte[] content) {
        @Nullable JsonNode root = parse(content);
        if (root == null) {
            return;
        }
        if (!root.isObject()) {
            add("", StatisticsCodes.FILE_UNREADABLE, "is " + describe(root) + ", not a Kolada data response: a JSON"
                    + " object with 'values', as api.kolada.se/v2/data/... or /v3/data/... answers");
            return;
        }
        if (looksLikeScb(root)) {
            add("", StatisticsCodes.FILE_UNREADABLE, "looks like a table of SCB (PxWeb JSON or JSON-stat), not a Kolada"
                    + " data response: a JSON object with 'values', as api.kolada.se/v2/data/... or /v3/data/... answers");
            return;
        }
        unknownFields(root, "", RESPONSE_FIELDS, "a Kolada data response has 'values', 'count' and paging links");
        for (String link : List.of("next_page", "next_url")) {
            JsonNode n = root.get(link);
            if (n != null && n.isTextual() && !n.asText().isBlank()) {
                next = n.asText();
            }
        }
        JsonNode values = root.path("values");
        if (!values.isArray()) {
            add("/values", StatisticsCodes.FILE_UNREADABLE, (values.isMissingNode() ? "has no 'values'"
                    : "has 'values' " + describe(values)) + ": a Kolada data response lists its values in an array 'values'");
            return;
        }
        if (isMetadata(values)) {
            add("/values/0", StatisticsCodes.FILE_UNREADABLE, "is a Kolada metadata response (entries with 'id' and"
                    + " 'title', as /v2/kpi or /v3/municipality answer), not data: save a data response"
                    + " (api.kolada.se/v3/data/kpi/KPI/municipality/CODES/year/YEARS), whose entries have kpi,"
                    + " municipality, period and values");
            return;
        }
        for (int i = 0; i < values.size() && !tooMany; i++) {
            readEntry(values.get(i), Violation.pointer("values", i));
        }
    }

    /** Parses strictly: one JSON value, no duplicate field; null (and reported) if it cannot be parsed. */
    private @Nullable JsonNode parse(byte[] content) {
        try (JsonParser p = MAPPER.createParser(content)) {
            try {
                JsonNode root = MAPPER.readTree(p);
                if (root == null || root.isMissingNode()) {
                    add("", StatisticsCodes.FILE_UNREADABLE, "is empty: a Kolada data response is a JSON object");
                    return null;
                }
                JsonToken after = p.nextToken();
                if (after != null) {
                    JsonLocation at = p.currentTokenLocation();
                    add("", StatisticsCodes.FILE_UNREADABLE, "has more after the end of its JSON value, at line "
                            + at.getLineNr() + ", column " + at.getColumnNr());
                    return null;
                }
                return root;
            } catch (JsonProcessingException e) {
                JsonLocation at = e.getLocation();
                add(e instanceof JsonEOFException ? openContainer(p) : failurePointer(p), StatisticsCodes.FILE_UNREADABLE,
                        (e instanceof JsonEOFException ? "ends too early: it " : "") + "is not valid JSON"
                        + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr()) + ": "
                        + StatisticsFiles.quote(firstLine(e.getOriginalMessage())));
                return null;
            } catch (NumberFormatException | ArithmeticException e) {
                JsonLocation at = p.currentTokenLocation();
                add(failurePointer(p), StatisticsCodes.FILE_UNREADABLE, "has a number out of range at line "
                        + at.getLineNr() + ", column " + at.getColumnNr());
                return null;
            }
        } catch (IOException e) {
            // Reading bytes in memory fails only as JSON does: reported above; closing cannot fail.
            add("", StatisticsCodes.FILE_UNREADABLE, "cannot be read: " + StatisticsFiles.quote(String.valueOf(e.getMessage())));
            return null;
        }
    }

    private static String firstLine(@Nullable String message) {
        String text = message == null ? "malformed" : message;
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    /** Where the parser failed: the field or value it was reading, or else the object or array it was in. */
    private static String failurePointer(JsonParser p) {
        JsonStreamContext context = p.getParsingContext();
        if (context == null) {
            return "";
        }
        JsonToken last = p.currentToken();
        if (last == null || last == JsonToken.FIELD_NAME || last.isScalarValue() || context.getParent() == null) {
            return context.pathAsPointer().toString();
        }
        return context.getParent().pathAsPointer().toString();
    }

    /** The object or array the parser was in: where a document that ends too early is cut off. */
    private static String openContainer(JsonParser p) {
        JsonStreamContext context = p.getParsingContext();
        return context == null || context.getParent() == null ? "" : context.getParent().pathAsPointer().toString();
    }

    private static boolean looksLikeScb(JsonNode root) {
        return (root.has("columns") && root.has("data")) || root.has("dimension") || "dataset".equals(root.path("class").asText(""));
    }

    private static boolean isMetadata(JsonNode values) {
        JsonNode first = values.path(0);
        return first.isObject() && !first.has("kpi") && first.has("id");
    }

    // --- one entry: a key figure, a municipality and a year -------------------------------------

    private void readEntry(JsonNode node, String at) {
        if (!node.isObject()) {
            add(at, StatisticsCodes.FIELD_INVALID, "Entry is " + describe(node)
                    + ", not an object with kpi, municipality, period and values");
            return;
        }
        if (node.has("ou") && !node.has("municipality")) {
            add(at + "/ou", StatisticsCodes.FIELD_INVALID, "Entry is of an organisational unit ('ou'): finsam reads"
                    + " key figures of municipalities (api.kolada.se/v3/data/...), not of units (/oudata/...)");
            return;
        }
        unknownFields(node, at, ENTRY_FIELDS, "an entry has kpi, municipality, period and values");
        Optional<String> kpi = kpi(node, at);
        Optional<String> municipality = municipality(node, at);
        Optional<Integer> year = period(node, at);
        boolean deleted = deleted(node, at);
        JsonNode values = node.path("values");
        if (!values.isArray()) {
            add(at + "/values", StatisticsCodes.FIELD_INVALID, values.isMissingNode() ? "Entry has no 'values'"
                    : "'values' of an entry is " + describe(values) + ", not an array of values by gender");
            return;
        }
        for (int j = 0; j < values.size() && !tooMany; j++) {
            String valueAt = at + Violation.pointer("values", j);
            if (++valueCount > maxValues) {
                tooMany = true;
                add(valueAt, StatisticsCodes.FILE_TOO_LARGE, "has more values than the " + KoladaValues.MAX_VALUES
                        + " that the files read together may hold");
                return;
            }
            readValue(values.get(j), valueAt, kpi, municipality, year, deleted);
        }
    }

    private Optional<String> kpi(JsonNode node, String at) {
        return text(node, "kpi", at).flatMap(kpi -> {
            Optional<String> problem = KoladaValue.problemOfKpi(kpi);
            problem.ifPresent(p -> add(at + "/kpi", StatisticsCodes.FIELD_INVALID, p));
            return problem.isPresent() ? Optional.empty() : Optional.of(kpi);
        });
    }

    private Optional<String> municipality(JsonNode node, String at) {
        return text(node, "municipality", at).flatMap(code -> {
            Optional<String> problem = KoladaValue.problemOfMunicipality(code);
            problem.ifPresent(p -> add(at + "/municipality", StatisticsCodes.FIELD_INVALID, p));
            return problem.isPresent() ? Optional.empty() : Optional.of(code);
        });
    }

    /** A period: a year written as a whole number ({@code 2023}) or as a string of four digits ({@code "2023"}). */
    private Optional<Integer> period(JsonNode node, String at) {
        JsonNode period = node.path("period");
        String where = at + "/period";
        if (period.isMissingNode()) {
            add(where, StatisticsCodes.FIELD_INVALID, "Entry has no 'period'");
        } else if (period.isIntegralNumber() && period.canConvertToInt() && KoladaValue.isYear(period.intValue())) {
            return Optional.of(period.intValue());
        } else if (period.isTextual() && period.textValue().length() == 4
                && period.textValue().chars().allMatch(c -> c >= '0' && c <= '9') && period.textValue().charAt(0) != '0') {
            return Optional.of(Integer.parseInt(period.textValue()));
        } else {
            add(where, StatisticsCodes.FIELD_INVALID, "Period " + describe(period) + " is not a year: Kolada writes"
                    + " a year as 2023 (or \"2023\")");
        }
        return Optional.empty();
    }

    // --- one value: a gender ----------------------------------------------------------------------

    private void readValue(JsonNode node, String at, Optional<String> kpi, Optional<String> municipality,
            Optional<Integer> year, boolean entryDeleted) {
        if (!node.isObject()) {
            add(at, StatisticsCodes.FIELD_INVALID, "Value is " + describe(node) + ", not an object with gender, value"
                    + " and status");
            return;
        }
        int before = faults();
        unknownFields(node, at, VALUE_FIELDS, "a value has gender, value, status and count");
        Optional<KoladaGender> gender = gender(node, at);
        Optional<BigDecimal> value = value(node, at);
        Optional<String> status = status(node, at);
        boolean deleted = deleted(node, at) || entryDeleted;
        if (faults() == before && gender.isPresent() && kpi.isPresent() && municipality.isPresent()
                && year.isPresent()) {
            KoladaValue read = new KoladaValue(kpi.get(), municipality.get(), year.get(), gender.get(),
                    deleted ? Optional.empty() : value, status);
            entries.add(new KoladaValues.Entry(read, 0, at, deleted));
        }
    }

    private Optional<KoladaGender> gender(JsonNode node, String at) {
        return text(node, "gender", at).flatMap(code -> {
            Optional<KoladaGender> gender = KoladaGender.fromCode(code);
            if (gender.isEmpty()) {
                add(at + "/gender", StatisticsCodes.FIELD_INVALID, "Gender '" + StatisticsFiles.quote(code)
                        + "' is none of T (total), K (women) and M (men)");
            }
            return gender;
        });
    }

    /** The value: a number, exactly as written, or empty for null; reported if absent or not a number. */
    private Optional<BigDecimal> value(JsonNode node, String at) {
        JsonNode written = node.path("value");
        if (written.isNumber()) {
            BigDecimal value = written.decimalValue();
            KoladaValue.problemOfValue(value).ifPresent(p -> add(at + "/value", StatisticsCodes.FIELD_INVALID, p));
            return Optional.of(value);
        }
        if (written.isMissingNode()) {
            add(at + "/value", StatisticsCodes.FIELD_INVALID, "Value has no field 'value' (a missing value is written null)");
        } else if (!written.isNull()) {
            add(at + "/value", StatisticsCodes.FIELD_INVALID, "Value " + describe(written) + " is not a number or null");
        }
        return Optional.empty();
    }

    /** The status, empty if absent, null or empty; reported if not a text or not a name. */
    private Optional<String> status(JsonNode node, String at) {
        JsonNode status = node.path("status");
        if (status.isMissingNode() || status.isNull() || (status.isTextual() && status.textValue().isEmpty())) {
            return Optional.empty();
        }
        if (!status.isTextual()) {
            add(at + "/status", StatisticsCodes.FIELD_INVALID, "Status " + describe(status) + " is not a text");
            return Optional.empty();
        }
        KoladaValue.problemOfStatus(status.textValue()).ifPresent(p -> add(at + "/status", StatisticsCodes.FIELD_INVALID, p));
        return Optional.of(status.textValue());
    }

    /** Whether an entry or value is marked deleted: {@code isdeleted} (v3) or {@code is_deleted} (v2), true or 1. */
    private boolean deleted(JsonNode node, String at) {
        boolean deleted = false;
        for (String field : List.of("isdeleted", "is_deleted")) {
            JsonNode flag = node.path(field);
            if (flag.isMissingNode() || flag.isNull()) {
                continue;
            }
            if (flag.isBoolean()) {
                deleted |= flag.booleanValue();
            } else if (flag.isIntegralNumber() && (flag.asInt() == 0 || flag.asInt() == 1) && flag.canConvertToInt()) {
                deleted |= flag.asInt() == 1;
            } else {
                add(at + "/" + field, StatisticsCodes.FIELD_INVALID, "'" + field + "' " + describe(flag)
                        + " is neither true, false, 1 nor 0");
            }
        }
        return deleted;
    }

    // --- shared steps --------------------------------------------------------------------------

    /** A required text field; empty and reported if absent or not a string. */
    private Optional<String> text(JsonNode node, String field, String at) {
        JsonNode text = node.path(field);
        if (text.isTextual()) {
            return Optional.of(text.textValue());
        }
        add(at + "/" + field, StatisticsCodes.FIELD_INVALID, text.isMissingNode() ? "Has no '" + field + "'"
                : "'" + field + "' " + describe(text) + " is not a text");
        return Optional.empty();
    }

    private void unknownFields(JsonNode node, String at, Set<String> known, String expected) {
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String name = field.getKey();
            if (!known.contains(name)) {
                add(at + Violation.pointer(name), StatisticsCodes.FIELD_INVALID, "Unknown field '" + StatisticsFiles.quote(name)
                        + "': " + expected);
            }
        }
    }

    /** A JSON value described for a message, quoting a string or number. */
    static String describe(JsonNode node) {
        if (node.isTextual()) {
            return "the string \"" + StatisticsFiles.quote(node.textValue()) + "\"";
        }
        if (node.isNumber()) {
            return "the number " + StatisticsFiles.quote(node.decimalValue().toString());
        }
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "an array";
        }
        return node.isNull() ? "null" : node.asText();
    }

    /** Every fault found so far, listed or not. */
    private int faults() {
        return violations.size() + omitted;
    }

    /** Adds a violation whose message starts with the file's name, up to the limit. */
    private void add(String path, String code, String message) {
        if (violations.size() >= MAX_VIOLATIONS) {
            omitted++;
            return;
        }
        violations.add(Violation.of(path, code, file + ": " + message));
    }
}
