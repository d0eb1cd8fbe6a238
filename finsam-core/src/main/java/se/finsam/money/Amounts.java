package se.finsam.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
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
 * made by the provider's {@link javax.money.MonetaryAmountFactory} for the first amount type that keeps a
 * number digit for digit, the default type first (with Moneta, its {@code Money}). Moneta's
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
        return create(Exact.TYPE, Exact.CONTEXT, number, currency);
    }

    /** An amount of a type, in a context, through the type's factory (a factory is a builder: one per amount). */
    private static MonetaryAmount create(Class<? extends MonetaryAmount> type, MonetaryContext context, BigDecimal number,
            CurrencyUnit currency) {
        return Monetary.getAmountFactory(type).setContext(context).setCurrency(currency).setNumber(number).create();
    }

    /**
     * The amount type that {@link #exact} makes and its unlimited context, chosen on first use: the first
     * type, the provider's default and then the others by name, whose amount of a probe number (more
     * digits than any bounded precision, more decimals than any currency) holds that number exactly.
     */
    private static final class Exact {

        /** −(10^300 + 10^−20): 321 digits, 20 of them decimals, and a sign. */
        private static final BigDecimal PROBE = new BigDecimal(BigInteger.TEN.pow(320).add(BigInteger.ONE).negate(), 20);

        static final Class<? extends MonetaryAmount> TYPE;
        static final MonetaryContext CONTEXT;

        static {
            Class<? extends MonetaryAmount> preferred = Monetary.getDefaultAmountType();
            TYPE = Stream.concat(Stream.of(preferred), Monetary.getAmountTypes().stream()
                            .filter(type -> type != preferred).sorted(Comparator.comparing(Class::getName)))
                    .filter(Exact::keepsEveryDigit)
                    .findFirst()
                    .orElseThrow(() -> new MonetaryException("No JSR 354 amount type keeps every digit of an amount;"
                            + " finsam needs one such as Moneta's Money (org.javamoney.moneta:moneta-core)"));
            CONTEXT = unlimited(TYPE);
        }

        private Exact() {
        }

        private static MonetaryContext unlimited(Class<? extends MonetaryAmount> type) {
            return MonetaryContextBuilder.of(type).set(MathContext.UNLIMITED).setPrecision(0).build();
        }

        private static boolean keepsEveryDigit(Class<? extends MonetaryAmount> type) {
            try {
                BigDecimal held = decimal(create(type, unlimited(type), PROBE, Monetary.getCurrency("SEK")));
                return held.compareTo(PROBE) == 0;
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
