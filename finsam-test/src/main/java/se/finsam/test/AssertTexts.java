package se.finsam.test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import se.finsam.member.Member;
import se.finsam.money.AmountFormat;
import se.finsam.money.Amounts;
import se.finsam.money.Fraction;
import se.finsam.validation.TextRules;
import se.finsam.validation.Violation;

/** How the assertions write amounts, members and violations in their failure messages. */
final class AssertTexts {

    private AssertTexts() {
    }

    /** An amount as its currency code and plain decimal: {@code SEK 1308750}. */
    static String amount(MonetaryAmount amount) {
        return amount.getCurrency().getCurrencyCode() + " " + AmountFormat.plain(amount);
    }

    /** A plain decimal with a currency code: {@code SEK 50}. */
    static String amount(BigDecimal number, CurrencyUnit currency) {
        return currency.getCurrencyCode() + " " + AmountFormat.plain(number.stripTrailingZeros());
    }

    /** An exact quota: its decimal when it ends, else six decimals and the fraction. */
    static String quota(Fraction quota, CurrencyUnit currency) {
        return quota.toExactDecimal().map(d -> amount(d, currency))
                .orElseGet(() -> currency.getCurrencyCode() + " ≈" + quota.toBigDecimal(6, RoundingMode.HALF_EVEN).toPlainString()
                        + " (exactly " + quota + ")");
    }

    /** A member as its name and id: {@code Eskilstuna (eskilstuna)}. */
    static String member(Member member) {
        return named(member.name(), member.id().toString());
    }

    /** A thing with a name and an id: {@code Ungdomstorget (ungdomstorget)}. */
    static String named(String name, String id) {
        return TextRules.escape(name) + " (" + TextRules.escape(id) + ")";
    }

    /** A key of a user's split, quoted: {@code 'b'}. */
    static String key(Object key) {
        return "'" + TextRules.escape(String.valueOf(key)) + "'";
    }

    /** Violations as {@code path code: message}, separated by semicolons. */
    static String violations(List<Violation> violations) {
        return violations.stream().map(v -> v.path() + " " + v.code() + ": " + v.message()).collect(Collectors.joining("; "));
    }

    /** The number of an amount, exactly. */
    static BigDecimal decimal(MonetaryAmount amount) {
        return Amounts.decimal(amount);
    }
}
