package se.finsam.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.MonetaryContext;
import javax.money.MonetaryContextBuilder;
import javax.money.MonetaryException;

/**
 * Creates monetary amounts exactly, whatever Moneta is configured to do.
 *
 * <p>{@code Money.of(number, currency)} takes its precision from Moneta's default context, which a
 * {@code javamoney.properties} on the class path can change: with a precision of 5, 1 308 750 would
 * silently become 1 308 800. finsam never relies on that default: every amount it creates goes through
 * {@link #exact}, with an unlimited {@link MathContext}, so the number is kept digit for digit.
 *
 * <p>finsam names only the JSR 354 API ({@code javax.money}), never a provider's classes: the amounts are
 * of the first amount type that keeps a number digit for digit, the provider's default type first (with
 * Moneta, its {@code Money}), made through {@link javax.money.Monetary}. Moneta's
 * {@code FastMoney} (five decimals) and {@code RoundedMoney} (rounds every result) do not, so a
 * {@code javamoney.properties} that makes one of them the default changes nothing here.
 *
 * <pre>{@code Amounts.exact(new BigDecimal("1308750"), Monetary.getCurrency("SEK"))   // 1 308 750 SEK, always}</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Amounts {

    private Amounts() {
    }

    /**
     * Obtains an amount of exactly {@code number} in {@code currency}, independent of Moneta's
     * configuration.
     *
     * @param number the number, kept exactly; its exponent in scientific notation fits an {@code int}
     *     ({@code 1E+2147483647} does, {@code 1E+2147483648} does not)
     * @param currency the currency
     * @return the amount
     * @throws IllegalArgumentException if the number's exponent does not fit an {@code int}: Moneta copies
     *     the number through its text, which it could not read back
     */
    public static MonetaryAmount exact(BigDecimal number, CurrencyUnit currency) {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(currency, "currency");
        long exponent = (long) number.precision() - number.scale() - 1; // in long: the scale may be Integer.MIN_VALUE
        if (number.signum() != 0 && exponent > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("Number " + number + " is beyond what an amount can hold: its exponent must"
                    + " fit an int");
        }
        return Exact.one(currency).multiply(number);
    }

    /**
     * The amounts {@link #exact} makes: of the first amount type, the provider's default and then the others by
     * name, that holds a probe number (more digits than any bounded precision, more decimals than any
     * currency) exactly, in an unlimited context. An amount is one unit of its currency, made once by the
     * type's factory, multiplied by the number: exact in that context, and as fast as the provider's own
     * {@code of} (a factory is a builder, one for each amount, and costs four times as much).
     */
    private static final class Exact {

        /** −(10^300 + 10^−20): 321 digits, 20 of them decimals, and a sign. */
        private static final BigDecimal PROBE = new BigDecimal(BigInteger.TEN.pow(320).add(BigInteger.ONE).negate(), 20);

        private static final Class<? extends MonetaryAmount> TYPE = Stream.concat(Stream.of(Monetary.getDefaultAmountType()),
                        Monetary.getAmountTypes().stream().sorted(Comparator.comparing(Class::getName)))
                .filter(Exact::keepsEveryDigit)
                .findFirst()
                .orElseThrow(() -> new MonetaryException("No JSR 354 amount type keeps every digit of an amount;"
                        + " finsam needs one such as Moneta's Money (org.javamoney.moneta:moneta-core)"));

        /** One unit of each currency used so far, of {@link #TYPE}: immutable amounts, made once each. */
        private static final Map<CurrencyUnit, MonetaryAmount> ONES = new ConcurrentHashMap<>();

        private Exact() {
        }

        static MonetaryAmount one(CurrencyUnit currency) {
            MonetaryAmount one = ONES.get(currency);
            return one != null ? one : ONES.computeIfAbsent(currency, c -> one(TYPE, c));
        }

        private static MonetaryAmount one(Class<? extends MonetaryAmount> type, CurrencyUnit currency) {
            MonetaryContext unlimited = MonetaryContextBuilder.of(type).set(MathContext.UNLIMITED).setPrecision(0).build();
            return Monetary.getAmountFactory(type).setContext(unlimited).setCurrency(currency).setNumber(1).create();
        }

        private static boolean keepsEveryDigit(Class<? extends MonetaryAmount> type) {
            try {
                return decimal(one(type, Monetary.getCurrency("SEK")).multiply(PROBE)).compareTo(PROBE) == 0;
            } catch (MonetaryException | ArithmeticException e) {
                return false; // the type cannot hold the probe: its context is bounded
            }
        }
    }

    /**
     * Returns the number of an amount as a {@code BigDecimal}, exactly as the amount holds it (no rounding,
     * trailing zeros as held): the one way finsam reads an amount's number.
     *
     * <pre>{@code Amounts.decimal(Money.of(new BigDecimal("1140000"), "SEK"))   // 1140000}</pre>
     *
     * @param amount the amount
     * @return its number
     */
    public static BigDecimal decimal(MonetaryAmount amount) {
        Objects.requireNonNull(amount, "amount");
        return amount.getNumber().numberValue(BigDecimal.class);
    }

    /**
     * Returns why finsam amounts cannot be in a currency, or empty if they can. ISO 4217 gives codes to
     * things that are not money one pays a contribution in: {@code XXX} (no currency), the precious metals
     * {@code XAU}, {@code XAG}, {@code XPT} and {@code XPD}, {@code XTS} (for testing), and funds and
     * units of account ({@code XDR}, {@code XBA} to {@code XBD}, {@code XSU}, {@code XUA}); none has a
     * minor unit, so no rounding unit could be checked against it. Every code without a minor unit is
     * refused, whether named here or not.
     *
     * <pre>{@code
     * Amounts.problemOfCurrency(Monetary.getCurrency("SEK"));   // empty
     * Amounts.problemOfCurrency(Monetary.getCurrency("XAU"));   // "'XAU' is gold, a precious metal, not a currency"
     * }</pre>
     *
     * @param currency the currency
     * @return the reason, starting with the quoted code, or empty
     */
    public static Optional<String> problemOfCurrency(CurrencyUnit currency) {
        Objects.requireNonNull(currency, "currency");
        String code = currency.getCurrencyCode();
        String why = switch (code) {
            case "XXX" -> "means no currency";
            case "XAU" -> "is gold, a precious metal, not a currency";
            case "XAG" -> "is silver, a precious metal, not a currency";
            case "XPT" -> "is platinum, a precious metal, not a currency";
            case "XPD" -> "is palladium, a precious metal, not a currency";
            case "XTS" -> "is reserved for testing, not a currency";
            case "XDR", "XBA", "XBB", "XBC", "XBD", "XSU", "XUA" -> "is a unit of account, not a currency";
            default -> currency.getDefaultFractionDigits() < 0 ? "has no minor unit in ISO 4217, so it is not a currency"
                    + " amounts can be paid in" : null;
        };
        return Optional.ofNullable(why).map(w -> "'" + code + "' " + w + "; use a currency such as SEK");
    }
}
