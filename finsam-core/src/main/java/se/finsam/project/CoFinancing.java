package se.finsam.project;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;
import se.finsam.money.AmountFormat;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.ValidationResult;
import se.finsam.validation.TextRules;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

/**
 * Money for a project from another source than the association, such as the European Social Fund,
 * recorded beside the association's own share (docs/domain.md, Projects and their costs per year). It is
 * not income of the association, which may have none but its members' contributions (the Finsam law,
 * 5 §).
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
        check(source, amount).throwIfInvalid("co-financing");
    }

    /**
     * Checks co-financing without throwing, on what is known of it: a reader passes {@code null} for a
     * part it could not read, and the rules that need it are skipped.
     *
     * @param source who pays, or null if unknown
     * @param amount how much, or null if unknown
     * @return every violation, at {@code /source} and {@code /amount}
     */
    public static ValidationResult check(@Nullable String source, @Nullable MonetaryAmount amount) {
        List<Violation> violations = new ArrayList<>(2);
        if (source != null) {
            TextRules.checkName("/source", ViolationCodes.PROJECT_NAME_INVALID, "Co-financing source", source, violations);
        }
        if (amount != null && amount.isNegative()) {
            violations.add(Violation.of("/amount", ViolationCodes.AMOUNT_NEGATIVE, "Co-financing"
                    + (source != null ? " from '" + TextRules.escape(source) + "'" : "") + " must not be negative, was "
                    + AmountFormat.plain(amount)));
        }
        return ValidationResult.of(violations);
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
