package se.finsam.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;
import se.finsam.money.AmountFormat;
import se.finsam.money.Amounts;
import se.finsam.money.RoundingUnit;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.ValidationResult;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

/**
 * The figures behind one area's försörjningsmått for one period: the population of working age and
 * what was paid of each {@link SupportKind}, and the full-year equivalents (helårsekvivalenter: two
 * people on full benefit for half a year are one) when the source gives them.
 *
 * <p>Rules, all checked at once, paths as in the document format:
 * <ul>
 *   <li>{@code /population}: from 1 to 10<sup>12</sup> ({@link ViolationCodes#POPULATION_OUT_OF_RANGE});
 *       zero is an error, not a division by zero;</li>
 *   <li>{@code /payments/KIND}: every kind present ({@link ViolationCodes#INDICATOR_COMPONENT_MISSING};
 *       write 0 if nothing was paid), not negative ({@link ViolationCodes#AMOUNT_NEGATIVE}), a whole
 *       multiple of the currency's smallest unit, all in one currency
 *       ({@link ViolationCodes#AMOUNT_CURRENCY_MISMATCH});</li>
 *   <li>{@code /fullYearEquivalents/KIND}: none at all, or every kind, each from 0 to 10<sup>12</sup>
 *       with at most 6 decimals ({@link ViolationCodes#VALUE_OUT_OF_RANGE}).</li>
 * </ul>
 *
 * <pre>{@code
 * SupportFigures.of(3420, Map.of(SICKNESS_AND_REHABILITATION_BENEFIT, sek("2540120"), ...));  // valid
 * SupportFigures.of(0, payments);          // throws: /population population.out-of-range
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param population the number of inhabitants of working age (in the age band of the measure)
 * @param payments what was paid of each kind in the period
 * @param fullYearEquivalents the full-year equivalents of each kind, or empty when not given
 */
public record SupportFigures(long population, Map<SupportKind, MonetaryAmount> payments,
        Map<SupportKind, BigDecimal> fullYearEquivalents) {

    /** The largest population accepted. */
    public static final long MAX_POPULATION = 1_000_000_000_000L;
    /** Full-year equivalents may have at most this many decimals. */
    public static final int MAX_DECIMALS = 6;

    /**
     * Validates the figures; reports every problem at once.
     *
     * @param population the number of inhabitants of working age (in the age band of the measure)
     * @param payments what was paid of each kind in the period
     * @param fullYearEquivalents the full-year equivalents of each kind, or empty when not given
     * @throws NullPointerException if a component, key or value is null
     * @throws FinsamValidationException if a rule is broken (see the class description)
     */
    public SupportFigures {
        payments = copy(payments);
        fullYearEquivalents = copy(fullYearEquivalents);
        check(population, payments, true, fullYearEquivalents, true).throwIfInvalid("support figures");
    }

    /**
     * Checks the rules of support figures (see the class description) without throwing, on what is known
     * of them: a reader that reports every fault of a document at once passes {@code null} for a part it
     * could not read (and has reported), and the rules that need that part are skipped. A map holds the
     * kinds that were named, with a null value where the value could not be read; it is not complete when
     * a name was not a kind's (a misspelt kind), and then no kind is reported missing from it.
     *
     * <pre>{@code
     * SupportFigures.check(3420L, payments, true, Map.of(), true);         // valid, with every kind paid
     * SupportFigures.check(0L, null, false, Map.of(), true);              // /population population.out-of-range
     * }</pre>
     *
     * @param population the inhabitants of working age, or null if unknown
     * @param payments what was paid of each kind named, null values where unknown; null if unknown
     * @param paymentsComplete whether {@code payments} names every kind the document named
     * @param fullYearEquivalents the full-year equivalents of each kind named, null values where unknown;
     *     empty when not given; null if unknown
     * @param equivalentsComplete whether {@code fullYearEquivalents} names every kind the document named
     * @return every violation, at {@code /population}, {@code /payments/KIND} and
     *     {@code /fullYearEquivalents/KIND}
     */
    public static ValidationResult check(@Nullable Long population, @Nullable Map<SupportKind, @Nullable MonetaryAmount> payments,
            boolean paymentsComplete, @Nullable Map<SupportKind, @Nullable BigDecimal> fullYearEquivalents,
            boolean equivalentsComplete) {
        List<Violation> violations = new ArrayList<>();
        if (population != null) {
            checkPopulation("/population", population, violations);
        }
        if (payments != null) {
            checkPayments(payments, paymentsComplete, violations);
        }
        if (fullYearEquivalents != null && !(fullYearEquivalents.isEmpty() && equivalentsComplete)) {
            checkEquivalents(fullYearEquivalents, equivalentsComplete, violations);
        }
        return ValidationResult.of(violations);
    }

    /** Every kind paid (when the kinds named are complete), in one currency, not negative, whole minor units. */
    private static void checkPayments(Map<SupportKind, MonetaryAmount> payments, boolean complete, List<Violation> violations) {
        CurrencyUnit currency = null;
        long total = 0; // the minor units of the payments in range, each at most MAX_UNITS: a sum of five fits a long
        for (SupportKind kind : SupportKind.values()) {
            String path = Violation.pointer("payments", kind);
            MonetaryAmount amount = payments.get(kind);
            if (amount == null) {
                if (complete && !payments.containsKey(kind)) {
                    violations.add(Violation.of(path, ViolationCodes.INDICATOR_COMPONENT_MISSING, "No payment of " + kind
                            + " (" + kind.swedishName() + ") given; write 0 if nothing was paid"));
                }
                continue;
            }
            if (currency == null) {
                currency = amount.getCurrency();
            } else if (!currency.getCurrencyCode().equals(amount.getCurrency().getCurrencyCode())) {
                violations.add(Violation.of(path, ViolationCodes.AMOUNT_CURRENCY_MISMATCH, "Payment of " + kind + " is in "
                        + amount.getCurrency().getCurrencyCode() + ", the others in " + currency.getCurrencyCode()));
            }
            total += checkAmount(path, kind, amount, violations);
        }
        if (total > RoundingUnit.MAX_UNITS) {
            // The total paid is a sum every report forms: it holds the same limit as each payment.
            violations.add(Violation.of("/payments", ViolationCodes.AMOUNT_TOO_LARGE, "Payments of every kind sum to "
                    + total + " minor units, more than the " + RoundingUnit.MAX_UNITS + " an amount may have"));
        }
    }

    /** Full-year equivalents of every kind (when the kinds named are complete), each in range. */
    private static void checkEquivalents(Map<SupportKind, BigDecimal> equivalents, boolean complete,
            List<Violation> violations) {
        for (SupportKind kind : SupportKind.values()) {
            String path = Violation.pointer("fullYearEquivalents", kind);
            BigDecimal value = equivalents.get(kind);
            if (value == null) {
                if (complete && !equivalents.containsKey(kind)) {
                    violations.add(Violation.of(path, ViolationCodes.INDICATOR_COMPONENT_MISSING, "No full-year equivalents of "
                            + kind + " given; give them for every kind or for none"));
                }
            } else if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(MAX_POPULATION)) > 0
                    || value.stripTrailingZeros().scale() > MAX_DECIMALS) {
                violations.add(Violation.of(path, ViolationCodes.VALUE_OUT_OF_RANGE, "Full-year equivalents of " + kind
                        + " must be from 0 to " + MAX_POPULATION + " with at most " + MAX_DECIMALS + " decimals, was "
                        + AmountFormat.plain(value)));
            }
        }
    }

    /**
     * Obtains figures without full-year equivalents.
     *
     * @param population the inhabitants of working age, from 1
     * @param payments what was paid of each kind, every kind present
     * @return the figures
     * @throws FinsamValidationException if a rule is broken
     */
    public static SupportFigures of(long population, Map<SupportKind, MonetaryAmount> payments) {
        return new SupportFigures(population, payments, Map.of());
    }

    /**
     * Obtains figures with full-year equivalents.
     *
     * @param population the inhabitants of working age, from 1
     * @param payments what was paid of each kind, every kind present
     * @param fullYearEquivalents the full-year equivalents of every kind
     * @return the figures
     * @throws FinsamValidationException if a rule is broken
     */
    public static SupportFigures of(long population, Map<SupportKind, MonetaryAmount> payments,
            Map<SupportKind, BigDecimal> fullYearEquivalents) {
        return new SupportFigures(population, payments, fullYearEquivalents);
    }

    /**
     * Adds up the figures of several areas: populations, payments and (when every part has them)
     * full-year equivalents.
     *
     * @param parts the figures, at least one, all in one currency
     * @return the sum
     * @throws FinsamValidationException at path {@code /INDEX} if a part is in another currency
     *     ({@link ViolationCodes#AMOUNT_CURRENCY_MISMATCH}), or if the sum is too large
     * @throws IllegalArgumentException if there is no part
     */
    public static SupportFigures sum(List<SupportFigures> parts) {
        List<Numbers> numbers = new ArrayList<>(parts.size());
        parts.forEach(part -> numbers.add(Numbers.of(part)));
        return sumOf(numbers);
    }

    /**
     * Figures with their numbers taken out once, to be added up many times: an aggregated area adds up
     * its municipalities' figures, and a municipality may belong to many areas.
     *
     * <p>The arrays are in the order of {@link SupportKind#values()}, read in place and never changed. A class
     * that nothing compares, not a record: a record's {@code equals} would compare the arrays by identity.
     */
    static final class Numbers {

        private final SupportFigures figures;
        private final CurrencyUnit currency;
        private final BigDecimal[] paid;
        private final BigDecimal @Nullable [] equivalents;

        private Numbers(SupportFigures figures, CurrencyUnit currency, BigDecimal[] paid,
                BigDecimal @Nullable [] equivalents) {
            this.figures = figures;
            this.currency = currency;
            this.paid = paid;
            this.equivalents = equivalents;
        }

        static Numbers of(SupportFigures figures) {
            SupportKind[] kinds = SupportKind.values();
            BigDecimal[] paid = new BigDecimal[kinds.length];
            BigDecimal[] equivalents = figures.fullYearEquivalents.isEmpty() ? null : new BigDecimal[kinds.length];
            for (int k = 0; k < kinds.length; k++) {
                paid[k] = figures.paid(kinds[k]);
                if (equivalents != null) {
                    equivalents[k] = figures.fullYearEquivalents.get(kinds[k]);
                }
            }
            return new Numbers(figures, figures.currency(), paid, equivalents);
        }

        /** The figures. */
        SupportFigures figures() {
            return figures;
        }

        /** Their currency. */
        CurrencyUnit currency() {
            return currency;
        }

        /** What was paid of each kind, in the order of {@link SupportKind#values()}. */
        BigDecimal[] paid() {
            return paid;
        }

        /** The full-year equivalents of each kind, in that order; null if the figures have none. */
        BigDecimal @Nullable [] equivalents() {
            return equivalents;
        }
    }

    /** The rule of {@link #sum(List)}, on figures whose numbers were taken out. */
    static SupportFigures sumOf(List<Numbers> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("Nothing to add up: no figures");
        }
        CurrencyUnit currency = parts.get(0).currency();
        List<Violation> violations = new ArrayList<>();
        long population = 0;
        SupportKind[] kinds = SupportKind.values();
        BigDecimal[] paid = new BigDecimal[kinds.length];
        BigDecimal[] equivalents = new BigDecimal[kinds.length];
        boolean allEquivalents = true;
        for (int i = 0; i < parts.size(); i++) {
            Numbers part = parts.get(i);
            if (part.currency() != currency && !part.currency().getCurrencyCode().equals(currency.getCurrencyCode())) {
                violations.add(Violation.of(Violation.pointer(i), ViolationCodes.AMOUNT_CURRENCY_MISMATCH, "Figures "
                        + i + " are in " + part.currency().getCurrencyCode() + ", the first in " + currency.getCurrencyCode()));
            }
            population = Math.min(population + part.figures().population, MAX_POPULATION + 1);
            allEquivalents &= part.equivalents() != null;
            for (int k = 0; k < kinds.length; k++) {
                paid[k] = plus(paid[k], part.paid()[k]);
                if (part.equivalents() != null) {
                    equivalents[k] = plus(equivalents[k], part.equivalents()[k]);
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new FinsamValidationException("sum of support figures", violations);
        }
        Map<SupportKind, MonetaryAmount> payments = new EnumMap<>(SupportKind.class);
        Map<SupportKind, BigDecimal> equivalentsByKind = new EnumMap<>(SupportKind.class);
        for (int k = 0; k < kinds.length; k++) {
            payments.put(kinds[k], Amounts.exact(paid[k], currency));
            if (allEquivalents) {
                equivalentsByKind.put(kinds[k], equivalents[k]);
            }
        }
        return new SupportFigures(population, payments, equivalentsByKind);
    }

    /**
     * Returns the currency of the payments.
     *
     * @return the currency
     */
    public CurrencyUnit currency() {
        return payment(SupportKind.SICKNESS_AND_REHABILITATION_BENEFIT).getCurrency();
    }

    /** The payment of one kind: every kind has one (the constructor's check sees to it). */
    private MonetaryAmount payment(SupportKind kind) {
        return Objects.requireNonNull(payments.get(kind), () -> "no payment of " + kind);
    }

    /**
     * Returns what was paid of one kind, as an exact decimal in the currency's major unit.
     *
     * @param kind the kind
     * @return the amount paid
     */
    public BigDecimal paid(SupportKind kind) {
        return number(payment(Objects.requireNonNull(kind, "kind")));
    }

    /** A running sum: the first value as it is, then the sum. */
    private static BigDecimal plus(BigDecimal sum, BigDecimal value) {
        return sum == null ? value : sum.add(value);
    }

    /** An amount's number, as {@link Amounts#decimal} gives it, with trailing zeros stripped. */
    private static BigDecimal number(MonetaryAmount amount) {
        return Amounts.decimal(amount).stripTrailingZeros();
    }

    /**
     * Returns what was paid of every kind together, as an exact decimal in the currency's major unit.
     *
     * @return the total paid
     */
    public BigDecimal totalPaid() {
        BigDecimal total = BigDecimal.ZERO;
        for (SupportKind kind : SupportKind.values()) {
            total = total.add(paid(kind));
        }
        return total;
    }

    /**
     * Returns the full-year equivalents of one kind, when given.
     *
     * @param kind the kind
     * @return the full-year equivalents, or empty when the figures have none
     */
    public Optional<BigDecimal> fullYearEquivalents(SupportKind kind) {
        return Optional.ofNullable(fullYearEquivalents.get(Objects.requireNonNull(kind, "kind")));
    }

    /**
     * Returns the full-year equivalents of every kind together, when given.
     *
     * @return the total, or empty when the figures have none
     */
    public Optional<BigDecimal> totalFullYearEquivalents() {
        return fullYearEquivalents.values().stream().reduce(BigDecimal::add);
    }

    static void checkPopulation(String path, long population, List<Violation> violations) {
        if (population <= 0 || population > MAX_POPULATION) {
            violations.add(Violation.of(path, ViolationCodes.POPULATION_OUT_OF_RANGE, population == 0
                    ? "Population is 0: a rate per inhabitant needs at least one inhabitant"
                    : "Population must be from 1 to " + MAX_POPULATION + ", was " + population));
        }
    }

    /** Checks a payment; returns its minor units when it follows its rules, else 0 (its violation is reported). */
    private static long checkAmount(String path, SupportKind kind, MonetaryAmount amount, List<Violation> violations) {
        BigDecimal value = Amounts.decimal(amount);
        if (value.signum() < 0) {
            violations.add(Violation.of(path, ViolationCodes.AMOUNT_NEGATIVE, "Payment of " + kind
                    + " must not be negative, was " + AmountFormat.plain(value)));
            return 0;
        }
        try {
            return RoundingUnit.smallestOf(amount.getCurrency()).unitsOf(value);
        } catch (FinsamValidationException e) {
            e.violations().forEach(v -> violations.add(v.under(path)));
            return 0;
        }
    }

    private static <V> Map<SupportKind, V> copy(Map<SupportKind, V> values) {
        Objects.requireNonNull(values, "values");
        Map<SupportKind, V> copy = new EnumMap<>(SupportKind.class);
        values.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "kind"), Objects.requireNonNull(v, () -> "value of " + k)));
        return Collections.unmodifiableMap(copy);
    }
}
