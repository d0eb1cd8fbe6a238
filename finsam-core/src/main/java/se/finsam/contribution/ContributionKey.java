package se.finsam.contribution;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.finsam.member.MemberId;
import se.finsam.money.AmountFormat;
import se.finsam.money.Decimals;
import se.finsam.population.AgeBand;
import se.finsam.provenance.Source;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.TextRules;
import se.finsam.validation.ValidationResult;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

/**
 * A fördelningsnyckel: how a party's share (the municipal quarter, or the regional quarter among
 * several regions) is split among the party's members (the law, 9 §; docs/domain.md, The keys).
 *
 * <p>Four bases, each a record: {@link Percentages} (summing to exactly 100), {@link Population}
 * (head counts with a reference date and age band), {@link Weights} (any non-negative decimals) and
 * {@link Equal}. Which members a key must cover is checked where the key meets the members, in
 * {@link Charter}. Violations are located below the key: {@code /values/flen}.
 *
 * <pre>{@code
 * ContributionKey key = ContributionKey.ofPercentages(Map.of(
 *         MemberId.of("eskilstuna"), new BigDecimal("84.7"),
 *         MemberId.of("flen"), new BigDecimal("15.3")));       // valid
 * ContributionKey.ofPercentages(Map.of(MemberId.of("flen"), new BigDecimal("99.9")));
 *         // throws: key.percentage-sum, "Percentages must sum to 100, was 99.9"
 * }</pre>
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface ContributionKey permits ContributionKey.Percentages, ContributionKey.Population,
        ContributionKey.Weights, ContributionKey.Equal {

    /** A head count may be at most this large. */
    long MAX_HEAD_COUNT = 1_000_000_000_000L;
    /** Decimal values may have at most this many significant digits and decimals. */
    int MAX_DIGITS = 30;

    /**
     * Returns the basis of the key.
     *
     * @return the basis
     */
    KeyBasis basis();

    /**
     * Returns the members the key names, in the order given; empty for an {@link Equal} key, which
     * covers every member of its party.
     *
     * @return the named members, unmodifiable
     */
    List<MemberId> namedMembers();

    /**
     * Returns the weight of a member under this key, as used by the split: the percentage, the head
     * count, the weight, or 1 for an equal key.
     *
     * @param member the member
     * @return the weight
     * @throws IllegalArgumentException if the key names values and has none for {@code member}
     */
    BigDecimal weightOf(MemberId member);

    /**
     * Obtains a key of fixed percentages that sum to exactly 100.
     *
     * @param values the percentage of each member, each from 0 to 100
     * @return the key
     * @throws FinsamValidationException if the key breaks a rule
     */
    static Percentages ofPercentages(Map<MemberId, BigDecimal> values) {
        return new Percentages(values);
    }

    /**
     * Obtains a key of head counts, such as inhabitants aged 16–64 on 1 November.
     *
     * <pre>{@code ContributionKey.ofPopulation(counts, LocalDate.of(2006, 11, 1), AgeBand.parse("16-64"))}</pre>
     *
     * @param values the head count of each member, not negative, at least one positive
     * @param referenceDate the date the counts refer to, or null if not given
     * @param ageBand the ages counted, or null if not given
     * @return the key
     * @throws FinsamValidationException if the key breaks a rule
     */
    static Population ofPopulation(Map<MemberId, Long> values, @Nullable LocalDate referenceDate, @Nullable AgeBand ageBand) {
        return new Population(values, Optional.ofNullable(referenceDate), Optional.ofNullable(ageBand));
    }

    /**
     * Obtains a key of head counts taken from official statistics, which names its source: the table, its
     * update time and the file read with its SHA-256 (docs/statistics.md).
     *
     * @param values the head count of each member, not negative, at least one positive
     * @param referenceDate the date the counts refer to
     * @param ageBand the ages counted
     * @param source where the counts came from
     * @return the key
     * @throws FinsamValidationException if the key breaks a rule
     */
    static Population ofPopulation(Map<MemberId, Long> values, LocalDate referenceDate, AgeBand ageBand, Source source) {
        return new Population(values, Optional.of(referenceDate), Optional.of(ageBand), Optional.of(source));
    }

    /**
     * Obtains a key of non-negative decimal weights.
     *
     * @param values the weight of each member, not negative, at least one positive
     * @return the key
     * @throws FinsamValidationException if the key breaks a rule
     */
    static Weights ofWeights(Map<MemberId, BigDecimal> values) {
        return new Weights(values);
    }

    /**
     * Obtains the key of equal shares.
     *
     * @return the equal key
     */
    static Equal equal() {
        return Equal.INSTANCE;
    }

    /**
     * Fixed percentages of the party's share, summing to exactly 100.
     *
     * <p>Valid: {@code {eskilstuna: 34.9, flen: 65.1}}. Invalid: {@code {flen: 99.9}} (sum),
     * {@code {flen: 100.5, x: -0.5}} (range).
     *
     * @param values the percentage of each member, in the order given
     */
    record Percentages(Map<MemberId, BigDecimal> values) implements ContributionKey {

        /**
         * Validates the percentages; reports every problem at once.
         *
         * @param values the percentage of each member, in the order given
         * @throws FinsamValidationException if the key is empty, a percentage is outside 0–100 or has
         *     too many digits, or the sum is not exactly 100
         */
        public Percentages {
            values = copy(values);
            check(KeyBasis.PERCENTAGES, byName(values), true).throwIfInvalid("percentage key");
        }

        /**
         * Compares numerically: {@code 19.0} equals {@code 19}, as the split does not tell them apart.
         *
         * @param obj the other object
         * @return true if {@code obj} is a key of this basis with the same members and equal values
         */
        @Override
        public boolean equals(Object obj) {
            return obj instanceof Percentages other && numericallyEqual(values, other.values);
        }

        /**
         * Returns a hash code consistent with {@link #equals(Object)}.
         *
         * @return the hash code
         */
        @Override
        public int hashCode() {
            return numericHash(values);
        }

        @Override
        public KeyBasis basis() {
            return KeyBasis.PERCENTAGES;
        }

        @Override
        public List<MemberId> namedMembers() {
            return List.copyOf(values.keySet());
        }

        @Override
        public BigDecimal weightOf(MemberId member) {
            return get(values, member);
        }
    }

    /**
     * Head counts, such as inhabitants aged 16–64 on a reference date (RAR Sörmland's 2007 plan:
     * 1 November).
     *
     * <p>Valid: {@code {eskilstuna: 61234, flen: 9876}}. Invalid: {@code {flen: -1}} (negative),
     * {@code {flen: 0}} (all zero).
     *
     * <p>A key made from official statistics names its {@link #source()}: the table, its update time and
     * the file read with its SHA-256. The source is provenance, not a weight: two keys of equal counts, date
     * and band but different sources are not equal, yet split alike.
     *
     * @param values the head count of each member, in the order given
     * @param referenceDate the date the counts refer to, if given
     * @param ageBand the ages counted, if given
     * @param source where the counts came from, if they were imported (docs/statistics.md)
     */
    record Population(Map<MemberId, Long> values, Optional<LocalDate> referenceDate, Optional<AgeBand> ageBand,
            Optional<Source> source) implements ContributionKey {

        /**
         * Validates the head counts; reports every problem at once.
         *
         * @param values the head count of each member, in the order given
         * @param referenceDate the date the counts refer to, if given
         * @param ageBand the ages counted, if given
         * @param source where the counts came from, if imported
         * @throws FinsamValidationException if the key is empty, a count is negative or above
         *     {@link ContributionKey#MAX_HEAD_COUNT}, or all counts are zero
         */
        public Population {
            values = copy(values);
            Objects.requireNonNull(referenceDate, "referenceDate");
            Objects.requireNonNull(ageBand, "ageBand");
            Objects.requireNonNull(source, "source");
            Map<String, BigDecimal> counts = new LinkedHashMap<>(values.size() * 2);
            values.forEach((member, count) -> counts.put(member.value(), BigDecimal.valueOf(count)));
            check(KeyBasis.POPULATION, counts, true).throwIfInvalid("population key");
        }

        /**
         * Makes a key of head counts without a source.
         *
         * @param values the head count of each member, in the order given
         * @param referenceDate the date the counts refer to, if given
         * @param ageBand the ages counted, if given
         * @throws FinsamValidationException if the key breaks a rule, as for the canonical constructor
         */
        public Population(Map<MemberId, Long> values, Optional<LocalDate> referenceDate, Optional<AgeBand> ageBand) {
            this(values, referenceDate, ageBand, Optional.empty());
        }

        @Override
        public KeyBasis basis() {
            return KeyBasis.POPULATION;
        }

        @Override
        public List<MemberId> namedMembers() {
            return List.copyOf(values.keySet());
        }

        @Override
        public BigDecimal weightOf(MemberId member) {
            return BigDecimal.valueOf(get(values, member));
        }
    }

    /**
     * Non-negative decimal weights, at least one positive: e.g. population plus försörjningsmått.
     *
     * <p>Valid: {@code {a: 1.5, b: 0.5}}. Invalid: {@code {a: -1}}, {@code {a: 0, b: 0}}.
     *
     * @param values the weight of each member, in the order given
     */
    record Weights(Map<MemberId, BigDecimal> values) implements ContributionKey {

        /**
         * Validates the weights; reports every problem at once.
         *
         * @param values the weight of each member, in the order given
         * @throws FinsamValidationException if the key is empty, a weight is negative or has too many
         *     digits, or all weights are zero
         */
        public Weights {
            values = copy(values);
            check(KeyBasis.WEIGHTS, byName(values), true).throwIfInvalid("weight key");
        }

        /**
         * Compares numerically: {@code 19.0} equals {@code 19}, as the split does not tell them apart.
         *
         * @param obj the other object
         * @return true if {@code obj} is a key of this basis with the same members and equal values
         */
        @Override
        public boolean equals(Object obj) {
            return obj instanceof Weights other && numericallyEqual(values, other.values);
        }

        /**
         * Returns a hash code consistent with {@link #equals(Object)}.
         *
         * @return the hash code
         */
        @Override
        public int hashCode() {
            return numericHash(values);
        }

        @Override
        public KeyBasis basis() {
            return KeyBasis.WEIGHTS;
        }

        @Override
        public List<MemberId> namedMembers() {
            return List.copyOf(values.keySet());
        }

        @Override
        public BigDecimal weightOf(MemberId member) {
            return get(values, member);
        }
    }

    /**
     * Equal shares for every member of the party.
     */
    record Equal() implements ContributionKey {

        private static final Equal INSTANCE = new Equal();

        @Override
        public KeyBasis basis() {
            return KeyBasis.EQUAL;
        }

        @Override
        public List<MemberId> namedMembers() {
            return List.of();
        }

        @Override
        public BigDecimal weightOf(MemberId member) {
            Objects.requireNonNull(member, "member");
            return BigDecimal.ONE;
        }
    }

    private static boolean numericallyEqual(Map<MemberId, BigDecimal> a, Map<MemberId, BigDecimal> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        for (Map.Entry<MemberId, BigDecimal> e : a.entrySet()) {
            if (e.getValue().compareTo(b.get(e.getKey())) != 0) {
                return false;
            }
        }
        return true;
    }

    private static int numericHash(Map<MemberId, BigDecimal> values) {
        int hash = 0;
        for (Map.Entry<MemberId, BigDecimal> e : values.entrySet()) {
            BigDecimal v = e.getValue();
            hash += e.getKey().hashCode() ^ (v.signum() == 0 ? 0 : v.stripTrailingZeros().hashCode());
        }
        return hash;
    }

    private static <V> Map<MemberId, V> copy(Map<MemberId, V> values) {
        Objects.requireNonNull(values, "values");
        Map<MemberId, V> copy = new LinkedHashMap<>(values.size() * 2);
        values.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "member id"),
                Objects.requireNonNull(v, () -> "value of '" + k + "'")));
        return Collections.unmodifiableMap(copy);
    }

    private static <V> V get(Map<MemberId, V> values, MemberId member) {
        V v = values.get(Objects.requireNonNull(member, "member"));
        if (v == null) {
            throw new IllegalArgumentException("Key has no value for member '" + member + "'");
        }
        return v;
    }

    /**
     * Checks the values of a key without throwing, on what is known of them: a reader that reports every
     * fault of a document at once passes the values it could read, by the name the key gives each (a
     * member id, or text that is no valid id: its value still counts), and says whether those are all of
     * them; a rule that needs every value (the sum of percentages, at least one positive value, not empty)
     * is skipped when some could not be read. Which members the key must cover is checked by
     * {@link Charter}.
     *
     * <pre>{@code
     * ContributionKey.check(KeyBasis.PERCENTAGES, Map.of("flen", new BigDecimal("99.9")), true);
     *         // key.percentage-sum: "Percentages must sum to 100, was 99.9"
     * ContributionKey.check(KeyBasis.POPULATION, Map.of("flen", BigDecimal.valueOf(-5)), false);
     *         // key.value-negative at /values/flen, though another value could not be read
     * }</pre>
     *
     * @param basis the key's basis; an {@link KeyBasis#EQUAL equal} key has no values to check
     * @param values the values that could be read, by the name the key gives each member; head counts as
     *     whole numbers
     * @param complete whether {@code values} holds every value of the key
     * @return every violation, at {@code /values} and {@code /values/<member>}
     */
    static ValidationResult check(KeyBasis basis, Map<String, BigDecimal> values, boolean complete) {
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(values, "values");
        List<Violation> violations = new ArrayList<>();
        if (basis == KeyBasis.EQUAL) {
            return ValidationResult.valid();
        }
        if (complete && values.isEmpty()) {
            violations.add(Violation.of("/values", ViolationCodes.KEY_EMPTY, "Key has no values"));
        }
        BigDecimal sum = BigDecimal.ZERO;
        boolean summable = complete;
        boolean anyPositive = false;
        for (Map.Entry<String, BigDecimal> e : values.entrySet()) {
            String name = Objects.requireNonNull(e.getKey(), "member id");
            String member = TextRules.escape(name);
            BigDecimal value = Objects.requireNonNull(e.getValue(), () -> "value of '" + member + "'");
            String path = Violation.pointer("values", name);
            if (basis == KeyBasis.POPULATION) {
                checkHeadCount(path, member, value, violations);
                anyPositive |= value.signum() > 0;
                continue;
            }
            if (!withinDigits(value)) {
                violations.add(Violation.of(path, ViolationCodes.KEY_VALUE_OUT_OF_RANGE, "Value of '" + member
                        + "' has too many digits: " + AmountFormat.plain(value) + " (at most " + MAX_DIGITS
                        + " significant digits and decimals, and less than 1E+" + 2 * MAX_DIGITS + ")"));
                summable = false;
                continue;
            }
            if (basis == KeyBasis.PERCENTAGES) {
                if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
                    violations.add(Violation.of(path, ViolationCodes.KEY_PERCENTAGE_OUT_OF_RANGE,
                            "Percentage of '" + member + "' must be from 0 to 100, was " + AmountFormat.plain(value)));
                }
                sum = sum.add(value);
            } else if (value.signum() < 0) {
                violations.add(Violation.of(path, ViolationCodes.KEY_VALUE_NEGATIVE,
                        "Weight of '" + member + "' must not be negative, was " + AmountFormat.plain(value)));
            }
            anyPositive |= value.signum() > 0;
        }
        if (basis == KeyBasis.PERCENTAGES) {
            if (summable && !values.isEmpty() && sum.compareTo(BigDecimal.valueOf(100)) != 0) {
                violations.add(Violation.of("/values", ViolationCodes.KEY_PERCENTAGE_SUM,
                        "Percentages must sum to 100, was " + sum.toPlainString()));
            }
        } else if (complete && !values.isEmpty() && !anyPositive && violations.isEmpty()) {
            violations.add(Violation.of("/values", ViolationCodes.KEY_ALL_ZERO,
                    "At least one value must be positive, all " + values.size() + " are zero"));
        }
        return ValidationResult.of(violations);
    }

    /** A head count is a whole number from 0 to {@link #MAX_HEAD_COUNT}. */
    private static void checkHeadCount(String path, String member, BigDecimal value, List<Violation> violations) {
        if (value.signum() < 0) {
            violations.add(Violation.of(path, ViolationCodes.KEY_VALUE_NEGATIVE,
                    "Head count of '" + member + "' must not be negative, was " + AmountFormat.plain(value)));
        } else if (value.compareTo(BigDecimal.valueOf(MAX_HEAD_COUNT)) > 0) {
            violations.add(Violation.of(path, ViolationCodes.KEY_VALUE_OUT_OF_RANGE,
                    "Head count of '" + member + "' is implausibly large: " + AmountFormat.plain(value)));
        } else if (value.signum() > 0 && value.stripTrailingZeros().scale() > 0) {
            violations.add(Violation.of(path, ViolationCodes.KEY_VALUE_OUT_OF_RANGE,
                    "Head count of '" + member + "' must be a whole number, was " + AmountFormat.plain(value)));
        }
    }

    /** The values by the members' ids as text: the names {@link #check} reports them by. */
    private static Map<String, BigDecimal> byName(Map<MemberId, BigDecimal> values) {
        Map<String, BigDecimal> byName = new LinkedHashMap<>(values.size() * 2);
        values.forEach((member, value) -> byName.put(member.value(), value));
        return byName;
    }

    /** True if a value has at most {@link #MAX_DIGITS} significant digits and decimals, and is below 10^60. */
    private static boolean withinDigits(BigDecimal value) {
        return Decimals.within(value, MAX_DIGITS, MAX_DIGITS, 2 * MAX_DIGITS);
    }
}
