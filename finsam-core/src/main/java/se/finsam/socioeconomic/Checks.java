package se.finsam.socioeconomic;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;
import se.finsam.money.AmountFormat;
import se.finsam.money.Amounts;
import se.finsam.money.Decimals;
import se.finsam.money.Fraction;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

/** The rules the calculation's parts share: amounts in range and in the currency, shares of one. */
final class Checks {

    private static final Fraction HUNDRED = Fraction.of(100, 1);
    /** The most decimals a message quotes of a percentage, as a document may write them. */
    private static final int QUOTED_DECIMALS = 40;

    private Checks() {
    }

    /** Checks an amount: not negative, at most {@link SocioEconomicCalculation#MAX_AMOUNT}, in the currency if given. */
    static void amount(String path, String what, @Nullable MonetaryAmount amount, @Nullable CurrencyUnit currency,
            List<Violation> v) {
        if (amount == null) {
            return;
        }
        if (amount.isNegative()) {
            v.add(Violation.of(path, ViolationCodes.AMOUNT_NEGATIVE, what + " must not be negative, was "
                    + AmountFormat.plain(amount)));
        } else if (Amounts.decimal(amount).compareTo(SocioEconomicCalculation.MAX_AMOUNT) > 0) {
            v.add(Violation.of(path, ViolationCodes.AMOUNT_TOO_LARGE, what + " must be at most "
                    + SocioEconomicCalculation.MAX_AMOUNT.toPlainString() + ", was " + AmountFormat.plain(amount)));
        }
        if (currency != null && !amount.getCurrency().equals(currency)) {
            v.add(Violation.of(path, ViolationCodes.AMOUNT_CURRENCY_MISMATCH, what + " is in "
                    + amount.getCurrency().getCurrencyCode() + ", the calculation in " + currency.getCurrencyCode()));
        }
    }

    /** Checks a share of one: from 0 to 1 (0 % to 100 %), a percentage with at most 10 decimals. */
    static void share(String path, String what, @Nullable Fraction share, List<Violation> v) {
        if (share != null && (share.signum() < 0 || share.compareTo(Fraction.ONE) > 0
                || !SocioEconomicCalculation.isPercentage(share))) {
            v.add(Violation.of(path, ViolationCodes.SOCIOECONOMIC_SHARE_OUT_OF_RANGE, what + " must be from 0 % to "
                    + "100 % with at most " + SocioEconomicCalculation.MAX_PERCENT_DECIMALS + " decimals, was "
                    + percent(share)));
        }
    }

    /**
     * A share of one as a percentage for a message, e.g. {@code "12.5 %"}: exact when it has at most 40 decimals
     * ({@code "3.50000000001 %"}, so a value refused for its decimals is quoted as given), else cut after 10 and
     * marked: {@code "33.3333333333… %"}.
     */
    static String percent(Fraction share) {
        Fraction percent = share.multipliedBy(HUNDRED);
        Optional<BigDecimal> exact = percent.toExactDecimal().filter(value -> value.scale() <= QUOTED_DECIMALS);
        if (exact.isPresent()) {
            return AmountFormat.plain(exact.get()) + " %";
        }
        BigDecimal cut = percent.toBigDecimal(SocioEconomicCalculation.MAX_PERCENT_DECIMALS, RoundingMode.DOWN);
        return AmountFormat.plain(Decimals.stripTrailingZeros(cut)) + "… %";
    }

    /** An amount as an exact fraction of major units. */
    static Fraction of(MonetaryAmount amount) {
        return Fraction.from(Amounts.decimal(amount));
    }
}
