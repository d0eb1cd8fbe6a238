package se.finsam.json.internal;

import se.finsam.json.JsonViolationCodes;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.UnknownCurrencyException;
import org.jspecify.annotations.Nullable;
import se.finsam.association.AssociationId;
import se.finsam.population.AgeBand;
import se.finsam.member.MemberId;
import se.finsam.money.Amounts;
import se.finsam.money.Decimals;
import se.finsam.project.ProjectId;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.TextRules;
import se.finsam.validation.ValidationResult;
import se.finsam.validation.Violation;

/**
 * The plumbing of every document reader: walks a parsed JSON tree, checks types and fields, reads
 * scalars strictly, and collects every violation with its JSON pointer. Subclasses read one kind of
 * document; the domain rules stay in the core factories they call through {@link #build}.
 *
 * <p>Every reader gives a {@link Read}: the value, or reported when the value could not be read and its
 * violation has been recorded; never null. A required field that is absent is reported ({@link #field}, its
 * absence recorded by {@link #checkFields}); an optional field that is absent is not ({@link #given} gives
 * it as an empty {@code Optional}, {@link #fieldOr} as its default, {@link #part} as an empty
 * {@code Optional} of what a total reader could read).
 *
 * <p>At most {@link Limits#MAX_VIOLATIONS} violations are kept, so that a hostile document cannot make
 * the report many times larger than itself.
 *
 * <p>Not thread-safe: one instance reads one document.
 */
public abstract class TreeReader {

    /** Numbers may have at most this many significant digits and decimals. */
    public static final int MAX_NUMBER_DIGITS = 40;

    /**
     * Currencies found, by code: Moneta's lookup goes through its providers every time, which costs more
     * than reading the rest of a small value. Only codes that exist are kept (at most 26³).
     */
    private static final Map<String, CurrencyUnit> CURRENCIES = new ConcurrentHashMap<>();

    /**
     * The reading of each constant of an enum, in the order of its constants: an enum value read costs no
     * allocation (not even the copy that {@code getEnumConstants} makes).
     */
    private static final ClassValue<Read<?>[]> CONSTANTS = new ClassValue<>() {
        @Override
        protected Read<?>[] computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            Read<?>[] reads = new Read<?>[constants.length];
            for (int i = 0; i < constants.length; i++) {
                reads[i] = Read.of(constants[i]);
            }
            return reads;
        }
    };

    /** The limits on the document being read. */
    public final Limits limits;
    /** Every violation found so far, in the order found, at most {@link Limits#MAX_VIOLATIONS}. */
    private final List<Violation> violations = new ArrayList<>();
    /** Violations found beyond {@link Limits#MAX_VIOLATIONS}, counted but not kept. */
    private int dropped;
    /** Every violation found so far, kept, dropped or held in a slot. */
    private int found;
    /** Where violations go while a streamed object's field is read; null: to the kept ones. */
    private @Nullable Slots into;

    /** Creates a reader of one document within {@code limits}. */
    public TreeReader(Limits limits) {
        this.limits = limits;
    }

    /**
     * Reads one value at {@code path} (the JSON pointer of the node in its document), or throws with
     * every violation found, each located from the root of the document.
     *
     * @param node the value's tree
     * @param path where the value is
     * @param reader how to read it
     * @param what what is read, for the exception's message
     * @return the value
     * @throws FinsamValidationException if anything is wrong
     */
    public final <T> T readValue(JsonNode node, Pointer path, Reader<T> reader, String what) {
        Read<T> value = reader.read(node, path);
        throwIfInvalid(what);
        if (value.isReported()) {
            // Every reader records why it reports; this guards the library's own bugs.
            throw new IllegalStateException("No " + what + " and no violation at '" + path + "'");
        }
        return value.get();
    }

    /** Throws with every violation found, if there is any. */
    public final void throwIfInvalid(String what) {
        if (!violations.isEmpty()) {
            List<Violation> all = new ArrayList<>(violations);
            if (dropped > 0) {
                all.add(Violation.of("", JsonViolationCodes.LIMIT_EXCEEDED, dropped + " more violations are not reported: at most "
                        + Limits.MAX_VIOLATIONS + " are"));
            }
            throw new FinsamValidationException(what, all);
        }
    }

    /** Every violation found so far, in the order found; for a reader that delegates to another. */
    public final List<Violation> violations() {
        return List.copyOf(violations);
    }

    /**
     * How many violations have been found so far, kept or not: a reader compares two counts to tell
     * whether anything it read in between was wrong, without looking its fields up again.
     */
    public final int violationCount() {
        return found;
    }

    /** Whether any violation has been found so far. */
    public final boolean hasViolations() {
        return found > 0;
    }

    /**
     * Records a violation: in the slot that violations are {@linkplain #divert diverted} to, if any; else among
     * those kept, and beyond {@link Limits#MAX_VIOLATIONS} only counts it.
     */
    public final void add(Violation violation) {
        found++;
        place(violation);
    }

    private void place(Violation violation) {
        Slots slots = into;
        if (slots != null) {
            slots.add(violation);
        } else if (violations.size() < Limits.MAX_VIOLATIONS) {
            violations.add(violation);
        } else {
            dropped++;
        }
    }

    /**
     * Diverts the violations found from now on to the current slot of {@code slots} (null: back to where
     * violations are kept): how a reader of an object that streams records each field's violations apart, to
     * {@linkplain #replay replay} them in the order a reader of the whole tree finds them. They are counted by
     * {@link #violationCount()} as they are found.
     *
     * @param slots the slots, or null
     * @return the slots diverted to before, to divert back to
     */
    public final @Nullable Slots divert(@Nullable Slots slots) {
        Slots before = into;
        into = slots;
        return before;
    }

    /**
     * Records the violations held in slots {@code from} to {@code to} (exclusive) of {@code slots}, in slot order,
     * where violations go now (they were counted when found).
     *
     * @param slots the slots
     * @param from the first slot
     * @param to the slot after the last
     */
    public final void replay(Slots slots, int from, int to) {
        for (int i = from; i < to; i++) {
            slots.held(i).forEach(this::place);
            int beyond = slots.dropped(i);
            if (beyond > 0) {
                // They come after the slot's first MAX_VIOLATIONS, so after at least as many: never reported.
                Slots target = into;
                if (target != null) {
                    target.drop(beyond);
                } else {
                    dropped = Math.addExact(dropped, beyond);
                }
            }
        }
    }

    /**
     * Records every violation another reader of the same document found, after those found so far: how a
     * reader that streams a document puts together what it read in parts, in the order a reader of the whole
     * tree finds them.
     *
     * @param other the reader of a part
     */
    public final void absorb(TreeReader other) {
        other.violations.forEach(this::add);
        if (other.dropped > 0) {
            dropped = Math.addExact(dropped, other.dropped);
            found = Math.addExact(found, other.dropped);
        }
    }

    /**
     * Records at most {@code keep} of the violations another reader of the same document found, after those found
     * so far, and counts the rest as not reported: for a reader that knows that only so many of them can be among
     * the violations reported, and so need not hold more.
     *
     * @param other the reader of a part
     * @param keep how many of its violations to keep, at most
     * @return how many were kept
     */
    public final int absorb(TreeReader other, int keep) {
        int kept = Math.min(Math.max(keep, 0), other.violations.size());
        for (int i = 0; i < kept; i++) {
            add(other.violations.get(i));
        }
        int rest = Math.addExact(other.violations.size() - kept, other.dropped);
        dropped = Math.addExact(dropped, rest);
        found = Math.addExact(found, rest);
        return kept;
    }

    /** Records every violation of a result. */
    public final void addAll(List<Violation> found) {
        found.forEach(this::add);
    }

    /**
     * Checks the size of an array or object against a limit before any of its elements is read.
     *
     * @return true if within the limit; otherwise the violation is recorded
     */
    public final boolean withinLimit(JsonNode node, Pointer path, int limit, String what) {
        if (node.size() > limit) {
            tooMany(path, limit, what, node.size());
            return false;
        }
        return true;
    }

    // --- scalars -----------------------------------------------------------------------------------

    /** A string; reported if the node is not one. */
    public final Read<String> text(JsonNode node, Pointer path) {
        return expect(node, path, JsonNode::isTextual, "a string") ? Read.of(node.textValue()) : Read.reported();
    }

    /** An exact decimal: a JSON number, or a string holding a plain decimal such as "15000000" or "34.9". */
    public final Read<BigDecimal> decimal(JsonNode node, Pointer path) {
        return number(node, path, (value, unused) -> value, null);
    }

    /**
     * An exact amount in {@code currency}; reported if the number is wrong or the currency is (whose own
     * violation is then the report).
     */
    public final Read<MonetaryAmount> money(JsonNode node, Pointer path, Read<CurrencyUnit> currency) {
        if (currency.isReported()) {
            decimal(node, path); // its own faults are reported too
            return Read.reported();
        }
        return number(node, path, Amounts::exact, currency.get());
    }

    /**
     * An exact decimal as {@link #decimal} reads it, made into a value by {@code make} with {@code argument}
     * (without a lambda to allocate, and without a reading of the decimal on its own).
     */
    private <A, T> Read<T> number(JsonNode node, Pointer path, BiFunction<BigDecimal, A, T> make, @Nullable A argument) {
        BigDecimal value;
        if (node.isTextual()) {
            String text = node.textValue();
            if (text.length() > MAX_NUMBER_DIGITS * 2 + 2 || !isPlainDecimal(text)) {
                add(path, JsonViolationCodes.INVALID_NUMBER, "Expected a plain decimal number such as \"1500.50\", was \""
                        + shorten(text) + "\"" + (text.matches(".*[0-9][ ,\u00a0][0-9].*")
                                ? ": write it without spaces and with a decimal point (\"3.5\", \"9000000\")" : ""));
                return Read.reported();
            }
            value = plainDecimalValue(text);
        } else if (node.isInt() || node.isLong()) {
            // At most 19 digits and no decimals: always within range.
            return Read.of(make.apply(BigDecimal.valueOf(node.longValue()), argument));
        } else if (node.isNumber()) {
            if (node.isFloatingPointNumber() && !node.isBigDecimal()) {
                // Only from a tree or buffer of doubles (FinsamModule's treeToValue, convertValue): digits may be lost.
                add(path, JsonViolationCodes.INVALID_NUMBER, "Number " + node.asText() + " was read as a binary floating-point"
                        + " number (a double), which may have lost digits of the JSON text: build the tree with"
                        + " DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, or give the number as a string or a BigDecimal");
                return Read.reported();
            }
            value = node.decimalValue();
        } else {
            wrongType(node, path, "a number or a string holding a decimal number");
            return Read.reported();
        }
        if (value.scale() >= 0 && value.scale() <= MAX_NUMBER_DIGITS && value.precision() <= MAX_NUMBER_DIGITS) {
            return Read.of(make.apply(value, argument)); // the common case: a plain decimal within range
        }
        // Stripping trailing zeros is cheap for any exponent (the digits are at most the number's text) and
        // never overflows through Decimals (100e2147483647); the scale may be Integer.MIN_VALUE (10e2147483647):
        // compare it as a long, never through Math.abs.
        if (!Decimals.within(value, MAX_NUMBER_DIGITS, MAX_NUMBER_DIGITS, 2 * MAX_NUMBER_DIGITS)) {
            add(path, JsonViolationCodes.INVALID_NUMBER, "Number " + shorten(value.toString()) + " is out of range: at most "
                    + MAX_NUMBER_DIGITS + " significant digits and " + MAX_NUMBER_DIGITS + " decimals, and less than 1E+"
                    + 2 * MAX_NUMBER_DIGITS);
            return Read.reported();
        }
        BigDecimal stripped = Decimals.stripTrailingZeros(value);
        // Within range, but its own scale may not be (0E-2147483647 is zero, 1.000…0 has too many zeros).
        return Read.of(make.apply(value.precision() <= MAX_NUMBER_DIGITS && value.scale() <= MAX_NUMBER_DIGITS
                && value.scale() >= -MAX_NUMBER_DIGITS ? value : stripped, argument));
    }

    /** A JSON integer (not a float such as 5.0, not a string such as "5") that fits in a long. */
    public final Read<Long> integer(JsonNode node, Pointer path) {
        if (!node.isIntegralNumber()) {
            if (node.isNumber()) {
                add(path, JsonViolationCodes.WRONG_TYPE, "Expected a whole number, was " + shorten(node.asText()));
            } else {
                wrongType(node, path, "a whole number");
            }
            return Read.reported();
        }
        if (!node.canConvertToLong()) {
            add(path, JsonViolationCodes.INVALID_NUMBER, "Whole number " + shorten(node.asText()) + " is too large");
            return Read.reported();
        }
        return Read.of(node.longValue());
    }

    /** An existing ISO date {@code YYYY-MM-DD}; see {@link #date(JsonNode, Pointer, String)}. */
    public final Read<LocalDate> date(JsonNode node, Pointer path) {
        return date(node, path, "Date");
    }

    /**
     * An existing ISO date of exactly the form {@code YYYY-MM-DD}: a four-digit year without a sign, so
     * {@code +10000-01-01} and {@code -0001-01-01} are refused as well as an impossible date such as
     * {@code 2008-06-31}; either is an {@link JsonViolationCodes#INVALID_DATE} violation whose message starts
     * with {@code what}.
     */
    public final Read<LocalDate> date(JsonNode node, Pointer path, String what) {
        if (!expect(node, path, JsonNode::isTextual, "a string")) {
            return Read.reported();
        }
        String text = node.textValue();
        try {
            if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-' && digits(text, 0, 4)
                    && digits(text, 5, 7) && digits(text, 8, 10)) {
                return Read.of(LocalDate.of(digitsValue(text, 0, 4), digitsValue(text, 5, 7), digitsValue(text, 8, 10)));
            }
        } catch (DateTimeException e) {
            // An impossible day or month: reported below, as any other text that is not a date.
        }
        add(path, JsonViolationCodes.INVALID_DATE, what + ": '" + shorten(text) + "' is not an existing date (YYYY-MM-DD)");
        return Read.reported();
    }

    /** True if {@code text} holds only ASCII digits from {@code from} to {@code to}. */
    public static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return from < to;
    }

    /** The value of the ASCII digits from {@code from} to {@code to}, which {@link #digits} has accepted. */
    private static int digitsValue(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }

    /** Plain decimal text: optional minus, digits, optional fraction. No exponent, no plus, no spaces. */
    public static boolean isPlainDecimal(String text) {
        int start = text.startsWith("-") ? 1 : 0;
        int point = text.indexOf('.');
        if (point < 0) {
            return digits(text, start, text.length());
        }
        return digits(text, start, point) && digits(text, point + 1, text.length());
    }

    /**
     * The exact value of a text {@link #isPlainDecimal} accepts, as {@code new BigDecimal(text)} gives it (the same
     * digits and scale): made from a long when the text has at most 18 characters, the common case, which is some
     * three times faster than parsing it.
     */
    static BigDecimal plainDecimalValue(String text) {
        int length = text.length();
        if (length <= 18) {
            long unscaled = 0;
            int scale = 0;
            int digits = 0;
            boolean point = false;
            for (int i = 0; i < length; i++) {
                char c = text.charAt(i);
                if (c == '.') {
                    point = true;
                } else if (c != '-') {
                    unscaled = unscaled * 10 + (c - '0');
                    digits++;
                    scale += point ? 1 : 0;
                }
            }
            if (digits > 0) {
                return BigDecimal.valueOf(text.charAt(0) == '-' ? -unscaled : unscaled, scale);
            }
        }
        return new BigDecimal(text);
    }

    /** One of the exact names of {@code type}; reported if the node is not one. */
    public final <E extends Enum<E>> Read<E> enumValue(JsonNode node, Pointer path, Class<E> type, String what) {
        if (!expect(node, path, JsonNode::isTextual, "a string")) {
            return Read.reported();
        }
        String text = node.textValue();
        Read<E> constant = constant(type, text);
        if (constant != null) {
            return constant;
        }
        add(path, JsonViolationCodes.INVALID_VALUE, "Unknown " + what + " '" + shorten(text) + "'; expected one of "
                + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        return Read.reported();
    }

    /** The constant of {@code type} named {@code name}, read; null if there is none (the caller reports it). */
    @SuppressWarnings("unchecked")
    static <E extends Enum<E>> @Nullable Read<E> constant(Class<E> type, String name) {
        for (Read<?> constant : CONSTANTS.get(type)) {
            if (((Enum<?>) constant.get()).name().equals(name)) {
                return (Read<E>) constant;
            }
        }
        return null;
    }

    /** Reads a member id: a string such as {@code "eskilstuna"}. */
    public final Read<MemberId> memberId(JsonNode node, Pointer path) {
        return parse(node, path, MemberId::of);
    }
    /** Reads a project id: a string such as {@code "ungdomstorget"}. */
    public final Read<ProjectId> projectId(JsonNode node, Pointer path) {
        return parse(node, path, ProjectId::of);
    }
    /** Reads an association id: a string such as {@code "rar-sormland"}. */
    public final Read<AssociationId> associationId(JsonNode node, Pointer path) {
        return parse(node, path, AssociationId::of);
    }
    /** Reads an age band: a string such as {@code "16-64"}. */
    public final Read<AgeBand> ageBand(JsonNode node, Pointer path) {
        return parse(node, path, AgeBand::parse);
    }

    /** A string turned into a value by a core factory, which checks its rules; reported if either fails. */
    private <T> Read<T> parse(JsonNode node, Pointer path, Function<String, T> factory) {
        if (!expect(node, path, JsonNode::isTextual, "a string")) {
            return Read.reported();
        }
        return build(path, factory, node.textValue());
    }

    /** An ISO 4217 currency code such as "SEK". */
    public final Read<CurrencyUnit> currency(JsonNode node, Pointer path) {
        if (!expect(node, path, JsonNode::isTextual, "a string")) {
            return Read.reported();
        }
        String code = node.textValue();
        if (code.length() != 3 || !code.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            add(path, JsonViolationCodes.INVALID_VALUE, "Currency must be an ISO 4217 code such as SEK, was '" + shorten(code) + "'");
            return Read.reported();
        }
        CurrencyUnit currency;
        try {
            currency = CURRENCIES.computeIfAbsent(code, Monetary::getCurrency);
        } catch (UnknownCurrencyException e) {
            add(path, JsonViolationCodes.INVALID_VALUE, "Unknown currency '" + code + "'");
            return Read.reported();
        }
        Optional<String> problem = Amounts.problemOfCurrency(currency);
        problem.ifPresent(p -> add(path, JsonViolationCodes.INVALID_VALUE, "Currency " + p));
        return problem.isEmpty() ? Read.of(currency) : Read.reported();
    }

    /** The currency of a document that names none. */
    public static CurrencyUnit defaultCurrency() {
        return CURRENCIES.computeIfAbsent("SEK", Monetary::getCurrency);
    }

    /** The currency of a document that names none, read. */
    public static Read<CurrencyUnit> readDefaultCurrency() {
        return DefaultCurrency.READ;
    }

    /** Holds the default currency, looked up on first use. */
    private static final class DefaultCurrency {
        static final Read<CurrencyUnit> READ = Read.of(defaultCurrency());
    }

    // --- plumbing ---------------------------------------------------------------------------------

    /** Reads the value of a node at a path; reported when the node is wrong, which the reader has recorded. */
    @FunctionalInterface
    public interface Reader<T> {
        /**
         * Reads the value of {@code node}, recording every violation at or below {@code path}.
         *
         * @param node the node
         * @param path where the node is
         * @return the value, or reported
         */
        Read<T> read(JsonNode node, Pointer path);
    }

    /**
     * Reads required field {@code name} of {@code parent} (at {@code path} below the parent's path), whose
     * absence {@link #checkFields} has reported: reported if absent or unreadable, else its value.
     */
    public final <T> Read<T> field(JsonNode parent, String name, Pointer path, Reader<T> reader) {
        JsonNode node = parent.get(name);
        return node == null ? Read.reported() : reader.read(node, path.field(name));
    }

    /**
     * Reads field {@code name} of {@code parent} (at {@code path} below the parent's path), which stands
     * for {@code absent} when it is not given (a constant, such as {@link Read#emptyList()}, costs no
     * allocation): reported only if present but unreadable.
     */
    public final <T> Read<T> fieldOr(JsonNode parent, String name, Pointer path, Read<T> absent, Reader<T> reader) {
        JsonNode node = parent.get(name);
        return node == null ? absent : reader.read(node, path.field(name));
    }

    /**
     * Reads optional field {@code name} of {@code parent} (at {@code path} below the parent's path): empty
     * if absent (not reported: nothing is wrong), reported if present but unreadable, else its value.
     */
    public final <T> Read<Optional<T>> given(JsonNode parent, String name, Pointer path, Reader<T> reader) {
        JsonNode node = parent.get(name);
        if (node == null) {
            return Read.absent();
        }
        Read<T> value = reader.read(node, path.field(name));
        return value.isRead() ? Read.present(value.get()) : Read.reported();
    }

    /**
     * Reads optional field {@code name} of {@code parent} (at {@code path} below the parent's path) by a
     * reader that always gives what it could read (a record of the parts read, each violation recorded):
     * empty if absent.
     */
    public final <T> Optional<T> part(JsonNode parent, String name, Pointer path, BiFunction<JsonNode, Pointer, T> reader) {
        JsonNode node = parent.get(name);
        return node == null ? Optional.empty() : Optional.of(reader.apply(node, path.field(name)));
    }

    /** Reports every field of {@code node} not in {@code allowed} and every {@code required} field missing. */
    public final void checkFields(JsonNode node, Pointer path, Set<String> allowed, String what, String... required) {
        int requiredSeen = 0;
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!allowed.contains(field)) {
                unknownField(path, field, allowed, what);
            } else {
                for (String r : required) {
                    if (r.equals(field)) {
                        requiredSeen++;
                        break;
                    }
                }
            }
        }
        if (requiredSeen == required.length) {
            return; // every required field is there (field names are unique): no need to look them up
        }
        for (String field : required) {
            if (node.get(field) == null) {
                add(path.field(field), JsonViolationCodes.MISSING_FIELD, "Missing required field '" + field + "' in " + what);
            }
        }
    }

    private void unknownField(Pointer path, String field, Set<String> allowed, String what) {
        add(path.field(field), JsonViolationCodes.UNKNOWN_FIELD, "Unknown field '" + shorten(field) + "' in " + what
                + "; expected one of " + allowed.stream().sorted().collect(Collectors.joining(", ")));
    }

    /** Whether the node passes {@code test}; if not, reports that {@code expected} was expected. */
    public final boolean expect(JsonNode node, Pointer path, Predicate<JsonNode> test, String expected) {
        if (test.test(node)) {
            return true;
        }
        wrongType(node, path, expected);
        return false;
    }

    /** Reports that {@code expected} was expected, and what the node is. */
    public final void wrongType(JsonNode node, Pointer path, String expected) {
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
            default -> node.getNodeType().toString().toLowerCase(Locale.ROOT);
        };
    }

    /**
     * An array of at most {@code max} elements (checked before any is read), whose elements are read by
     * {@code reader}, every one in order, whatever each gives (an element that could not be read reports
     * itself); reported if the node is not an array or is too long. An element that was reported is
     * {@code null} in the list: unknown, as the core's partial checks take a list's elements.
     */
    public final <T> Read<List<T>> list(JsonNode node, Pointer path, int max, String what, Reader<T> reader) {
        return parts(node, path, max, what, (n, p) -> reader.read(n, p).orUnknown());
    }

    /**
     * An array of at most {@code max} elements (checked before any is read), whose elements are read by
     * {@code reader}, which always gives what it could read of one (a record of its parts, each violation
     * recorded); reported if the node is not an array or is too long.
     */
    public final <T> Read<List<T>> parts(JsonNode node, Pointer path, int max, String what,
            BiFunction<JsonNode, Pointer, T> reader) {
        if (!expect(node, path, JsonNode::isArray, "an array") || !withinLimit(node, path, max, what)) {
            return Read.reported();
        }
        List<T> list = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            list.add(reader.apply(node.get(i), path.index(i)));
        }
        return Read.of(list);
    }

    /** Calls a core factory; on failure records its violations below {@code path}: reported. */
    public final <T> Read<T> build(Pointer path, Supplier<T> factory) {
        try {
            return Read.of(factory.get());
        } catch (FinsamValidationException e) {
            relocate(path, e);
            return Read.reported();
        }
    }

    /**
     * Calls a core factory of one argument ({@code MemberId::of}), without a lambda to allocate; on failure
     * records its violations below {@code path}: reported.
     */
    public final <A, T> Read<T> build(Pointer path, Function<A, T> factory, A argument) {
        try {
            return Read.of(factory.apply(argument));
        } catch (FinsamValidationException e) {
            relocate(path, e);
            return Read.reported();
        }
    }

    private void relocate(Pointer path, FinsamValidationException e) {
        String at = path.toString();
        e.violations().forEach(v -> add(v.under(at)));
    }

    /** Records every violation of a core check below {@code path}; true if there was none. */
    public final boolean report(Pointer path, ValidationResult result) {
        if (result.isValid()) {
            return true;
        }
        String at = path.toString();
        result.violations().forEach(v -> add(v.under(at)));
        return false;
    }

    /** Records a violation at {@code path}: the one place a pointer's text is made. */
    public final void add(Pointer path, String code, String message) {
        add(Violation.of(path.toString(), code, message));
    }

    /**
     * A text as a message quotes it: at most 80 characters (77 and an ellipsis, never half of a surrogate
     * pair), with control characters escaped ({@link TextRules#escape(String)}).
     */
    public static String shorten(String text) {
        String cut = text.length() <= 80 ? text
                : text.substring(0, Character.isHighSurrogate(text.charAt(76)) ? 76 : 77) + "…";
        return TextRules.escape(cut);
    }

    // --- reading from tokens ------------------------------------------------------------------------------
    // A reader from tokens reads each object's fields as they stream, each into its slot (see Slots), and each
    // scalar as a one-node tree read by the scalar readers above: one copy of every rule of a value.

    /** Checks every rule of the text as a parse does, for a reader from tokens; made at its first use. */
    private @Nullable TreeBuilder trees;
    /** Whether a string of the document read from tokens may hold a lone surrogate (it has a backslash-u escape). */
    private boolean surrogatesPossible = true;

    /** The tree builder of this reader: every rule of the text (limits, duplicates, depth), as a parse checks it. */
    public final TreeBuilder trees() {
        TreeBuilder builder = trees;
        if (builder == null) {
            builder = new TreeBuilder(limits);
            trees = builder;
        }
        return builder;
    }

    /**
     * Tells this reader from tokens whether the document's strings may hold a lone surrogate: false for strict UTF-8
     * bytes without a backslash-u escape, whose strings are then not searched for one (as a parse does not).
     *
     * @param possible whether a lone surrogate is possible; true unless told
     */
    public final void surrogatesPossible(boolean possible) {
        surrogatesPossible = possible;
    }

    /**
     * A scalar at the parser, as a tree, for the scalar readers: a string, number, truth value or null; an object
     * or an array where a scalar is expected is passed over (every rule of its text checked) and stands as an empty
     * one of its kind, which the readers describe as a tree's.
     *
     * @param p the parser, at the value's first token
     * @param first the value's first token
     * @param depth the value's depth (the document itself is 1)
     * @return the scalar, or the stand-in
     * @throws IOException if the parser fails
     */
    public final JsonNode scalar(JsonParser p, JsonToken first, int depth) throws IOException {
        return trees().standIn(p, first, depth, surrogatesPossible);
    }

    /**
     * A value at the parser read whole as a tree, with every rule of its text: a part to be read later by the reader
     * of a tree (an amount before its currency).
     *
     * @param p the parser, at the value's first token
     * @param depth the value's depth
     * @return the tree
     * @throws IOException if the parser fails
     */
    public final JsonNode tree(JsonParser p, int depth) throws IOException {
        return trees().read(p, surrogatesPossible, depth);
    }

    /** Reads one known field of an object that streams, the parser at the field's value. */
    @FunctionalInterface
    public interface FieldReader {
        /**
         * Reads the value, leaving the parser at its last token, recording its violations.
         *
         * @param p the parser
         * @param first the value's first token
         * @param slot the field's slot
         * @param path where the value is
         * @param depth the value's depth
         * @throws IOException if the parser fails
         */
        void read(JsonParser p, JsonToken first, int slot, Pointer path, int depth) throws IOException;
    }

    /**
     * The fields an object that streamed had: each known field by its slot, the unknown ones by name in document
     * order. What {@link #checkFields(Fields, Pointer, Set, String, String...)} and {@code has} need of the object,
     * without its values.
     */
    public static final class Fields {
        private final ToIntFunction<String> slotOf;
        private final long known;
        /** The unknown names in document order: a set, so that each name is looked up in constant time. */
        private final Set<String> unknown;

        Fields(ToIntFunction<String> slotOf, long known, Set<String> unknown) {
            this.slotOf = slotOf;
            this.known = known;
            this.unknown = unknown;
        }

        /** Whether the object has the field. */
        public boolean has(String name) {
            int slot = slotOf.applyAsInt(name);
            return slot >= 0 ? (known & (1L << slot)) != 0 : unknown.contains(name);
        }

        /**
         * The object's field names as a tree of nulls, for the facade's test of the document's kind (which looks at
         * names only).
         *
         * @param names every known field's name, by slot
         * @return the tree
         */
        public ObjectNode skeleton(String... names) {
            ObjectNode skeleton = JsonNodeFactory.instance.objectNode();
            for (int slot = 0; slot < names.length; slot++) {
                if ((known & (1L << slot)) != 0) {
                    skeleton.putNull(names[slot]);
                }
            }
            unknown.forEach(skeleton::putNull);
            return skeleton;
        }
    }

    /**
     * Streams an object's fields, the parser at its start: each field that {@code slotOf} knows (a slot from 0 to
     * 63, one for each name) read by {@code field} with its violations held in that slot of {@code slots}; an unknown
     * one passed over. Every rule of the text is checked as a parse checks it (each name, a field given twice, the
     * depth, every value's limits). The caller then checks the object's own fields ({@link #checkFields(Fields,
     * Pointer, Set, String, String...)}), {@linkplain #replay replays} the slots and finishes.
     *
     * @param p the parser, at the object's start
     * @param path where the object is
     * @param depth the object's depth (the document itself is 1)
     * @param slots the object's slots
     * @param slotOf each known field's slot; -1 for a field the object does not have
     * @param field reads a known field
     * @return the fields the object had
     * @throws IOException if the parser fails
     */
    public final Fields fields(JsonParser p, Pointer path, int depth, Slots slots, ToIntFunction<String> slotOf,
            FieldReader field) throws IOException {
        TreeBuilder builder = trees();
        builder.checkDepth(p, depth);
        long known = 0;
        Set<String> unknown = Set.of();
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            builder.checkFieldName(p, name, surrogatesPossible);
            JsonToken value = TreeBuilder.next(p);
            int slot = slotOf.applyAsInt(name);
            boolean repeated = slot >= 0 ? (known & (1L << slot)) != 0 : unknown.contains(name);
            if (repeated) {
                // As a parse finds it: at the second value, after its own limits (a scalar's) are checked.
                if (value.isStructStart()) {
                    builder.checkDepth(p, depth + 1);
                } else {
                    builder.read(p, surrogatesPossible, depth + 1);
                }
                throw TreeBuilder.duplicate(p, name);
            }
            if (slot < 0) {
                if (unknown.isEmpty()) {
                    unknown = new LinkedHashSet<>();
                }
                unknown.add(name);
                builder.skip(p, surrogatesPossible, depth + 1); // unknown: only its name is reported
                continue;
            }
            known |= 1L << slot;
            Slots before = divert(slots.select(slot));
            try {
                field.read(p, value, slot, path.field(name), depth + 1);
            } finally {
                divert(before);
            }
        }
        if (t != JsonToken.END_OBJECT) {
            throw TreeBuilder.error(p, JsonViolationCodes.SYNTAX, "Unexpected end of the document");
        }
        return new Fields(slotOf, known, unknown);
    }

    /**
     * Reports every field of an object that streamed not in {@code allowed} and every {@code required} field
     * missing, as {@link #checkFields(JsonNode, Pointer, Set, String, String...)} does of a tree.
     */
    public final void checkFields(Fields fields, Pointer path, Set<String> allowed, String what, String... required) {
        for (String field : fields.unknown) {
            unknownField(path, field, allowed, what);
        }
        for (String field : required) {
            if (!fields.has(field)) {
                add(path.field(field), JsonViolationCodes.MISSING_FIELD, "Missing required field '" + field + "' in " + what);
            }
        }
    }

    /** Reads one element of an array that streams, the parser at the element. */
    @FunctionalInterface
    public interface ElementReader<T> {
        /**
         * Reads the element, leaving the parser at its last token, recording its violations.
         *
         * @param p the parser
         * @param first the element's first token
         * @param path where the element is
         * @param depth the element's depth
         * @return what could be read of it (null: unknown, for a list whose reported elements are unknown)
         * @throws IOException if the parser fails
         */
        @Nullable T read(JsonParser p, JsonToken first, Pointer path, int depth) throws IOException;
    }

    /**
     * An array of at most {@code max} elements that streams, as {@link #parts} reads one from a tree: reported if
     * the value is not an array (its type's violation) or has more than {@code max} elements (its limit's violation,
     * and none of its elements'; those after the first {@code max} are passed over, every rule of their text
     * checked); else each element as {@code element} reads it, in order.
     *
     * @param p the parser, at the value's first token
     * @param first the value's first token
     * @param path where the array is
     * @param depth the array's depth
     * @param max the most elements
     * @param what what the elements are, for the limit's message
     * @param element reads an element
     * @return the elements, or reported
     * @throws IOException if the parser fails
     */
    public final <T> Read<List<T>> elements(JsonParser p, JsonToken first, Pointer path, int depth, int max, String what,
            ElementReader<T> element) throws IOException {
        if (first != JsonToken.START_ARRAY) {
            wrongType(scalar(p, first, depth), path, "an array");
            return Read.reported();
        }
        trees().checkDepth(p, depth);
        Slots held = new Slots(1);
        Slots before = divert(held);
        List<T> list = new ArrayList<>();
        int count = 0;
        try {
            JsonToken t;
            while ((t = TreeBuilder.next(p)) != JsonToken.END_ARRAY) {
                if (count < max) {
                    list.add(element.read(p, t, path.index(count), depth + 1));
                } else {
                    trees().skip(p, surrogatesPossible, depth + 1);
                }
                count++;
            }
        } finally {
            divert(before);
        }
        if (count > max) {
            tooMany(path, max, what, count);
            return Read.reported();
        }
        replay(held, 0, 1);
        return Read.of(list);
    }

    private void tooMany(Pointer path, int limit, String what, int found) {
        add(path, JsonViolationCodes.LIMIT_EXCEEDED, "At most " + limit + " " + what + " are accepted, found " + found);
    }
}
