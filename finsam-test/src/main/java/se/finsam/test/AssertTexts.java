package se.finsam.test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import se.finsam.member.Member;
import se.finsam.money.AmountFormat;
import se.finsam.money.Amounts;
import se.finsam.money.Fraction;
import se.finsam.money.RoundingUnit;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.TextRules;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

/** How the assertions write amounts, members and violations in their failure messages. */
final class AssertTexts {

    /**
     * At most this many problems are listed in one failure; the rest are counted on a last line ("and 270 more"), so
     * that a check of 290 municipalities that are all wrong fails with a message a person can read.
     */
    static final int MAX_LISTED = 20;

    /** How a listed problem starts: a new line, indented. */
    private static final String ITEM = "\n  ";

    private AssertTexts() {
    }

    /**
     * A problem a check found, written twice: {@code alone}, the whole message when it is the only problem (the
     * message of a check that reports one), and {@code line}, the line that lists it among others below a heading.
     */
    record Problem(String alone, String line) {

        Problem {
            Objects.requireNonNull(alone, "alone");
            Objects.requireNonNull(line, "line");
        }
    }

    /**
     * Problems to follow a heading that ends in a colon, each on a new line indented by two spaces: at most
     * {@link #MAX_LISTED}, then a line {@code and N more} for the rest.
     */
    static String list(List<String> lines) {
        StringBuilder sb = new StringBuilder();
        lines.stream().limit(MAX_LISTED).forEach(line -> sb.append(ITEM).append(line));
        if (lines.size() > MAX_LISTED) {
            sb.append(ITEM).append("and ").append(lines.size() - MAX_LISTED).append(" more");
        }
        return sb.toString();
    }

    /**
     * The message of a check that found {@code problems}: the problem's own sentence when there is one, else
     * {@code heading} and the problems {@link #list listed}. The heading ends where the list starts (with a colon).
     */
    static String report(List<Problem> problems, String heading) {
        if (problems.size() == 1) {
            return problems.get(0).alone();
        }
        return heading + list(problems.stream().map(Problem::line).toList());
    }

    /** A count and the word that agrees with it: {@code count(1, "is", "are")} is {@code 1 is}, with 2 {@code 2 are}. */
    static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
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
        return violations.stream().map(AssertTexts::violation).collect(Collectors.joining("; "));
    }

    /** A violation as {@code path code: message}. */
    static String violation(Violation violation) {
        return violation.path() + " " + violation.code() + ": " + violation.message();
    }

    /**
     * Why finsam cannot count an amount in units of a rounding unit ({@link RoundingUnit#unitsOf(MonetaryAmount)}), if it
     * cannot: {@code not a whole multiple of the rounding unit SEK 1}, or finsam's reason (an amount too large to count).
     */
    static Optional<String> notCountable(MonetaryAmount amount, RoundingUnit unit) {
        String unitText = amount(unit.value(), amount.getCurrency());
        try {
            unit.unitsOf(amount);
            return Optional.empty();
        } catch (FinsamValidationException e) {
            Violation v = e.violations().get(0);
            return Optional.of(ViolationCodes.AMOUNT_NOT_MULTIPLE_OF_UNIT.equals(v.code())
                    ? "not a whole multiple of the rounding unit " + unitText
                    : "which finsam cannot count in units of " + unitText + ": " + v.message());
        }
    }

    /** The number of an amount, exactly. */
    static BigDecimal decimal(MonetaryAmount amount) {
        return Amounts.decimal(amount);
    }
}
