package se.finsam.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.UnknownCurrencyException;
import org.javamoney.moneta.Money;
import se.finsam.association.AssociationId;
import se.finsam.association.CoordinationAssociation;
import se.finsam.contribution.AgeBand;
import se.finsam.contribution.Charter;
import se.finsam.contribution.ContributionKey;
import se.finsam.contribution.Financing;
import se.finsam.contribution.KeyBasis;
import se.finsam.contribution.StatutorySplit;
import se.finsam.member.Member;
import se.finsam.member.MemberId;
import se.finsam.member.MemberKind;
import se.finsam.money.RoundingUnit;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.Violation;

/**
 * Turns a parsed JSON tree into a {@link FinsamDocument}, collecting every violation with its JSON
 * pointer. Types and fields are checked here; the domain rules by the core factories it calls, whose
 * violations it relocates below the path of the value they were built from.
 *
 * <p>Not thread-safe: one instance reads one document.
 */
final class DocumentReader {

    /** Plain decimal text: optional minus, digits, optional fraction. No exponent, no plus, no spaces. */
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    /** Numbers may have at most this many significant digits and decimals. */
    static final int MAX_NUMBER_DIGITS = 40;
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private static final Set<String> DOCUMENT_FIELDS = Set.of("association", "year", "financing", "roundingUnit",
            "projectRoundingUnit");
    private static final Set<String> ASSOCIATION_FIELDS = Set.of("id", "name", "currency", "members", "municipalKey",
            "regionalKey");
    private static final Set<String> MEMBER_FIELDS = Set.of("id", "kind", "name", "code");
    private static final Set<String> KEY_FIELDS = Set.of("basis", "values", "referenceDate", "ageBand");
    private static final Set<String> FINANCING_FIELDS = Set.of("total", "stateContribution");

    private final List<Violation> violations = new ArrayList<>();

    /**
     * Reads a document, or throws with every violation found.
     *
     * @param root the parsed tree
     * @return the document
     * @throws FinsamValidationException if anything is wrong
     */
    FinsamDocument read(JsonNode root) {
        FinsamDocument document = document(root);
        if (!violations.isEmpty() || document == null) {
            throw new FinsamValidationException("document", violations);
        }
        return document;
    }

    private FinsamDocument document(JsonNode root) {
        if (!expect(root, "", JsonNode::isObject, "an object")) {
            return null;
        }
        checkFields(root, "", DOCUMENT_FIELDS, "document", "association", "year", "financing");
        CurrencyUnit[] currency = new CurrencyUnit[1];
        CoordinationAssociation association = optional(root, "association", "/association",
                (n, p) -> association(n, p, currency));
        Integer year = optional(root, "year", "/year", this::year);
        RoundingUnit unit = optional(root, "roundingUnit", "/roundingUnit", this::unit);
        RoundingUnit projectUnit = optional(root, "projectRoundingUnit", "/projectRoundingUnit", this::unit);
        Financing financing = optional(root, "financing", "/financing",
                (n, p) -> financing(n, p, currency[0] != null ? currency[0] : defaultCurrency()));
        boolean unitOk = root.get("roundingUnit") == null || unit != null;
        boolean projectUnitOk = root.get("projectRoundingUnit") == null || projectUnit != null;
        if (financing != null && unitOk && association == null) {
            // The association is broken, so the document will not be built; still report what is
            // wrong with the financing (otherwise FinsamDocument's constructor reports it).
            violations.addAll(StatutorySplit.check(financing, unit != null ? unit : RoundingUnit.KRONA).violations());
        }
        if (association == null || year == null || financing == null || !unitOk || !projectUnitOk
                || !violations.isEmpty()) {
            return null;
        }
        RoundingUnit effectiveUnit = unit != null ? unit : RoundingUnit.KRONA;
        return build("", () -> new FinsamDocument(association, year, financing, effectiveUnit,
                projectUnit != null ? projectUnit : effectiveUnit));
    }

    // --- association --------------------------------------------------------------------------

    private CoordinationAssociation association(JsonNode node, String path, CurrencyUnit[] currencyOut) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return null;
        }
        checkFields(node, path, ASSOCIATION_FIELDS, "association", "id", "name", "members", "municipalKey");
        AssociationId id = optional(node, "id", path + "/id", (n, p) -> {
            String text = text(n, p);
            return text == null ? null : build(p, () -> AssociationId.of(text));
        });
        String name = optional(node, "name", path + "/name", this::text);
        CurrencyUnit currency = node.get("currency") == null ? defaultCurrency()
                : currency(node.get("currency"), path + "/currency");
        currencyOut[0] = currency;
        List<Member> members = optional(node, "members", path + "/members", this::members);
        ContributionKey municipalKey = optional(node, "municipalKey", path + "/municipalKey", this::key);
        ContributionKey regionalKey = optional(node, "regionalKey", path + "/regionalKey", this::key);
        boolean regionalOk = node.get("regionalKey") == null || regionalKey != null;
        if (members != null && municipalKey != null && regionalOk) {
            violations.addAll(Charter.check(members, municipalKey, Optional.ofNullable(regionalKey)).under(path).violations());
        }
        if (id == null || name == null || currency == null || members == null || municipalKey == null || !regionalOk
                || !violations.isEmpty()) {
            return null;
        }
        Charter charter = build(path, () -> Charter.of(members, municipalKey, regionalKey));
        return charter == null ? null : build(path, () -> CoordinationAssociation.of(id, name, currency, charter));
    }

    private List<Member> members(JsonNode node, String path) {
        if (!expect(node, path, JsonNode::isArray, "an array")) {
            return null;
        }
        List<Member> members = new ArrayList<>(node.size());
        boolean allOk = true;
        for (int i = 0; i < node.size(); i++) {
            Member m = member(node.get(i), path + "/" + i);
            allOk &= m != null;
            members.add(m);
        }
        return allOk ? members : null;
    }

    private Member member(JsonNode node, String path) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return null;
        }
        checkFields(node, path, MEMBER_FIELDS, "member", "id", "kind", "name");
        MemberId id = optional(node, "id", path + "/id", this::memberId);
        MemberKind kind = optional(node, "kind", path + "/kind", (n, p) -> enumValue(n, p, MemberKind.class, "member kind"));
        String name = optional(node, "name", path + "/name", this::text);
        boolean codeGiven = node.get("code") != null;
        String code = codeGiven ? text(node.get("code"), path + "/code") : null;
        if (id == null || kind == null) {
            return null;
        }
        Member member = name == null || (codeGiven && code == null) ? null
                : build(path, () -> new Member(id, kind, name, Optional.ofNullable(code)));
        if (member == null) {
            // Its name or code is wrong (already reported), but id and kind are right: a stand-in
            // keeps the association's own rules (duplicates, parties, key coverage) checkable; the
            // violation already recorded stops the association from being built.
            return Member.of(id, kind, "(invalid)");
        }
        return member;
    }

    private MemberId memberId(JsonNode node, String path) {
        String text = text(node, path);
        return text == null ? null : build(path, () -> MemberId.of(text));
    }

    // --- keys ------------------------------------------------------------------------------------

    private ContributionKey key(JsonNode node, String path) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return null;
        }
        KeyBasis basis = optional(node, "basis", path + "/basis", (n, p) -> enumValue(n, p, KeyBasis.class, "key basis"));
        checkFields(node, path, KEY_FIELDS, "key", "basis");
        if (basis == null) {
            return null;
        }
        JsonNode values = node.get("values");
        String valuesPath = path + "/values";
        if (basis != KeyBasis.POPULATION) {
            for (String field : List.of("referenceDate", "ageBand")) {
                if (node.get(field) != null) {
                    add(path + "/" + field, JsonViolationCodes.CONFLICTING_FIELDS,
                            "Field '" + field + "' belongs to a POPULATION key, not " + basis);
                }
            }
        }
        switch (basis) {
            case EQUAL -> {
                if (values != null) {
                    add(valuesPath, JsonViolationCodes.CONFLICTING_FIELDS, "An EQUAL key has no values");
                    return null;
                }
                return ContributionKey.equal();
            }
            case PERCENTAGES, WEIGHTS -> {
                Map<MemberId, BigDecimal> map = valueMap(node, valuesPath, this::decimal);
                if (map == null) {
                    return null;
                }
                return build(path, () -> basis == KeyBasis.PERCENTAGES ? ContributionKey.ofPercentages(map)
                        : ContributionKey.ofWeights(map));
            }
            case POPULATION -> {
                Map<MemberId, Long> map = valueMap(node, valuesPath, this::integer);
                LocalDate date = optional(node, "referenceDate", path + "/referenceDate", this::date);
                AgeBand band = optional(node, "ageBand", path + "/ageBand", (n, p) -> {
                    String text = text(n, p);
                    return text == null ? null : build(p, () -> AgeBand.parse(text));
                });
                boolean dateOk = node.get("referenceDate") == null || date != null;
                boolean bandOk = node.get("ageBand") == null || band != null;
                if (map == null || !dateOk || !bandOk) {
                    return null;
                }
                return build(path, () -> ContributionKey.ofPopulation(map, date, band));
            }
            default -> throw new AssertionError(basis);
        }
    }

    private <V> Map<MemberId, V> valueMap(JsonNode key, String path, Reader<V> valueReader) {
        JsonNode values = key.get("values");
        if (values == null) {
            add(path, JsonViolationCodes.MISSING_FIELD, "Missing required field 'values' in key");
            return null;
        }
        if (!expect(values, path, JsonNode::isObject, "an object")) {
            return null;
        }
        Map<MemberId, V> map = new LinkedHashMap<>();
        boolean allOk = true;
        for (Map.Entry<String, JsonNode> e : values.properties()) {
            String p = path + Violation.pointer(e.getKey());
            MemberId id = build(p, () -> MemberId.of(e.getKey()));
            V value = valueReader.read(e.getValue(), p);
            if (id == null || value == null) {
                allOk = false;
            } else {
                map.put(id, value);
            }
        }
        return allOk ? map : null;
    }

    // --- financing, year, units ----------------------------------------------------------------

    private Financing financing(JsonNode node, String path, CurrencyUnit currency) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return null;
        }
        checkFields(node, path, FINANCING_FIELDS, "financing");
        boolean total = node.get("total") != null;
        boolean state = node.get("stateContribution") != null;
        if (total == state) {
            add(path, JsonViolationCodes.CONFLICTING_FIELDS, total
                    ? "Give either 'total' or 'stateContribution' in financing, not both"
                    : "Financing needs one of 'total' or 'stateContribution'");
            return null;
        }
        String field = total ? "total" : "stateContribution";
        BigDecimal amount = decimal(node.get(field), path + "/" + field);
        if (amount == null || currency == null) {
            return null;
        }
        MonetaryAmount money = Money.of(amount, currency);
        return total ? Financing.ofTotal(money) : Financing.ofStateContribution(money);
    }

    private Integer year(JsonNode node, String path) {
        Long value = integer(node, path);
        if (value == null) {
            return null;
        }
        if (value < FinsamDocument.MIN_YEAR || value > FinsamDocument.MAX_YEAR) {
            add(path, JsonViolationCodes.YEAR_OUT_OF_RANGE, "Year must be from " + FinsamDocument.MIN_YEAR + " to "
                    + FinsamDocument.MAX_YEAR + ", was " + value);
            return null;
        }
        return value.intValue();
    }

    private RoundingUnit unit(JsonNode node, String path) {
        BigDecimal value = decimal(node, path);
        return value == null ? null : build(path, () -> RoundingUnit.of(value));
    }

    private CurrencyUnit currency(JsonNode node, String path) {
        String code = text(node, path);
        if (code == null) {
            return null;
        }
        if (!code.matches("[A-Z]{3}")) {
            add(path, JsonViolationCodes.INVALID_VALUE, "Currency must be an ISO 4217 code such as SEK, was '" + shorten(code) + "'");
            return null;
        }
        try {
            return Monetary.getCurrency(code);
        } catch (UnknownCurrencyException e) {
            add(path, JsonViolationCodes.INVALID_VALUE, "Unknown currency '" + code + "'");
            return null;
        }
    }

    private static CurrencyUnit defaultCurrency() {
        return Monetary.getCurrency("SEK");
    }

    // --- scalars -----------------------------------------------------------------------------------

    private String text(JsonNode node, String path) {
        return expect(node, path, JsonNode::isTextual, "a string") ? node.textValue() : null;
    }

    /** An exact decimal: a JSON number, or a string holding a plain decimal such as "15000000" or "34.9". */
    private BigDecimal decimal(JsonNode node, String path) {
        BigDecimal value;
        if (node.isTextual()) {
            String text = node.textValue();
            if (text.length() > MAX_NUMBER_DIGITS * 2 + 2 || !DECIMAL.matcher(text).matches()) {
                add(path, JsonViolationCodes.INVALID_NUMBER, "Expected a plain decimal number such as \"1500.50\", was \""
                        + shorten(text) + "\"");
                return null;
            }
            value = new BigDecimal(text);
        } else if (node.isNumber()) {
            if (node.isFloatingPointNumber() && !node.isBigDecimal()) {
                // Never read through double: the mapper is set to exact decimals, so this is a bug guard.
                add(path, JsonViolationCodes.INVALID_NUMBER, "Number " + node.asText() + " is not an exact decimal");
                return null;
            }
            value = node.decimalValue();
        } else {
            wrongType(node, path, "a number or a string holding a decimal number");
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.precision() > MAX_NUMBER_DIGITS || Math.abs(stripped.scale()) > MAX_NUMBER_DIGITS) {
            add(path, JsonViolationCodes.INVALID_NUMBER, "Number " + shorten(value.toString()) + " is out of range: at most "
                    + MAX_NUMBER_DIGITS + " significant digits and " + MAX_NUMBER_DIGITS + " decimals");
            return null;
        }
        return value;
    }

    /** A JSON integer (not a float such as 5.0, not a string such as "5") that fits in a long. */
    private Long integer(JsonNode node, String path) {
        if (!node.isIntegralNumber()) {
            if (node.isNumber()) {
                add(path, JsonViolationCodes.WRONG_TYPE, "Expected a whole number, was " + shorten(node.asText()));
            } else {
                wrongType(node, path, "a whole number");
            }
            return null;
        }
        if (!node.canConvertToLong()) {
            add(path, JsonViolationCodes.INVALID_NUMBER, "Whole number " + shorten(node.asText()) + " is too large");
            return null;
        }
        return node.longValue();
    }

    private LocalDate date(JsonNode node, String path) {
        String text = text(node, path);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text, ISO_DATE);
        } catch (DateTimeParseException e) {
            add(path, JsonViolationCodes.INVALID_DATE, "'" + shorten(text) + "' is not an existing date (YYYY-MM-DD)");
            return null;
        }
    }

    private <E extends Enum<E>> E enumValue(JsonNode node, String path, Class<E> type, String what) {
        String text = text(node, path);
        if (text == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        add(path, JsonViolationCodes.INVALID_VALUE, "Unknown " + what + " '" + shorten(text) + "'; expected one of "
                + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        return null;
    }

    // --- plumbing ---------------------------------------------------------------------------------

    @FunctionalInterface
    private interface Reader<T> {
        T read(JsonNode node, String path);
    }

    /** Reads field {@code name} of {@code parent} if present; its absence was reported by checkFields. */
    private <T> T optional(JsonNode parent, String name, String path, Reader<T> reader) {
        JsonNode node = parent.get(name);
        return node == null ? null : reader.read(node, path);
    }

    private void checkFields(JsonNode node, String path, Set<String> allowed, String what, String... required) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!allowed.contains(field)) {
                add(path + Violation.pointer(field), JsonViolationCodes.UNKNOWN_FIELD, "Unknown field '" + shorten(field)
                        + "' in " + what + "; expected one of " + allowed.stream().sorted().collect(Collectors.joining(", ")));
            }
        }
        for (String field : required) {
            if (node.get(field) == null) {
                add(path + "/" + field, JsonViolationCodes.MISSING_FIELD, "Missing required field '" + field + "' in " + what);
            }
        }
    }

    private boolean expect(JsonNode node, String path, java.util.function.Predicate<JsonNode> test, String expected) {
        if (test.test(node)) {
            return true;
        }
        wrongType(node, path, expected);
        return false;
    }

    private void wrongType(JsonNode node, String path, String expected) {
        add(path, JsonViolationCodes.WRONG_TYPE, "Expected " + expected + ", found " + describe(node));
    }

    private static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case NULL -> "null";
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            case STRING -> "the string \"" + shorten(node.textValue()) + "\"";
            case NUMBER -> "the number " + shorten(node.asText());
            case BOOLEAN -> "the boolean " + node.asText();
            default -> node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
        };
    }

    /** Calls a core factory; on failure records its violations below {@code path} and returns null. */
    private <T> T build(String path, Supplier<T> factory) {
        try {
            return factory.get();
        } catch (FinsamValidationException e) {
            e.violations().forEach(v -> violations.add(v.under(path)));
            return null;
        }
    }

    private void add(String path, String code, String message) {
        violations.add(Violation.of(path, code, message));
    }

    static String shorten(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "…";
    }
}
