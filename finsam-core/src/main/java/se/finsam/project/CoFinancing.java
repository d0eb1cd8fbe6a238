package se.finsam.project;

import java.util.Objects;
import javax.money.MonetaryAmount;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.TextRules;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

/**
 * Money for a project from another source than the association, such as the European Social Fund,
 * recorded beside the association's own share (rule F6). It is not income of the association, which may
 * have none but its members' contributions (F2).
 *
 * <pre>{@code
 * CoFinancing.of("Europeiska socialfonden", Money.of(500_000, "SEK"));   // valid
 * CoFinancing.of("ESF", Money.of(-1, "SEK"));                            // throws: amount.negative
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param source who pays, for people
 * @param amount how much, not negative
 */
public record CoFinancing(String source, MonetaryAmount amount) {

    /**
     * Validates the co-financing.
     *
     * @param source who pays, for people
     * @param amount how much, not negative
     * @throws FinsamValidationException if the source is blank ({@link ViolationCodes#PROJECT_NAME_INVALID}
     *     at {@code /source}) or the amount negative ({@link ViolationCodes#AMOUNT_NEGATIVE} at {@code /amount})
     */
    public CoFinancing {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(amount, "amount");
        TextRules.problemOfName(source).ifPresent(p -> {
            throw FinsamValidationException.of("co-financing", Violation.of("/source", ViolationCodes.PROJECT_NAME_INVALID,
                    "Co-financing source " + p));
        });
        if (amount.isNegative()) {
            throw FinsamValidationException.of("co-financing", Violation.of("/amount", ViolationCodes.AMOUNT_NEGATIVE,
                    "Co-financing from '" + TextRules.escape(source) + "' must not be negative, was " + amount.getNumber()));
        }
    }

    /**
     * Obtains a co-financing entry.
     *
     * @param source who pays
     * @param amount how much
     * @return the entry
     */
    public static CoFinancing of(String source, MonetaryAmount amount) {
        return new CoFinancing(source, amount);
    }
}
