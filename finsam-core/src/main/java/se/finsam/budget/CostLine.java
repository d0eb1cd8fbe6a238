package se.finsam.budget;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;
import se.finsam.money.AmountFormat;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.ValidationResult;
import se.finsam.validation.TextRules;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

/**
 * One cost of the year, outside the projects: board, staff, premises and so on.
 *
 * <pre>{@code
 * CostLine.of(CostCategory.BOARD, Money.of(310_000, "SEK"));    // valid
 * CostLine.of(CostCategory.STAFF, Money.of(-1, "SEK"));         // throws: amount.negative at /amount
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param category the category
 * @param name a name for people, if given
 * @param amount the cost, not negative
 */
public record CostLine(CostCategory category, Optional<String> name, MonetaryAmount amount) {

    /**
     * Validates the cost line.
     *
     * @param category the category
     * @param name a name for people, if given
     * @param amount the cost, not negative
     * @throws FinsamValidationException if the amount is negative ({@code /amount}) or the name blank
     *     ({@code /name})
     */
    public CostLine {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(amount, "amount");
        check(category, name, amount).throwIfInvalid("cost line");
    }

    /**
     * Checks a cost line without throwing, on what is known of it: a reader passes {@code null} for a part
     * it could not read, and the rules that need it are skipped.
     *
     * @param category the category, or null if unknown
     * @param name the name, empty if none; null if unknown
     * @param amount the cost, or null if unknown
     * @return every violation, at {@code /amount} and {@code /name}
     */
    @SuppressWarnings("NullableOptional") // name: empty if none, null if it could not be read
    public static ValidationResult check(@Nullable CostCategory category, @Nullable Optional<String> name,
            @Nullable MonetaryAmount amount) {
        List<Violation> violations = new ArrayList<>(2);
        String what = category != null ? "Cost " + category : "The cost";
        if (amount != null && amount.isNegative()) {
            violations.add(Violation.of("/amount", ViolationCodes.AMOUNT_NEGATIVE, what + " must not be negative, was "
                    + AmountFormat.plain(amount)));
        }
        if (name != null && name.isPresent()) {
            TextRules.checkName("/name", ViolationCodes.PROJECT_NAME_INVALID,
                    () -> "Name of a " + (category != null ? category + " " : "") + "cost", name.get(), violations);
        }
        return ValidationResult.of(violations);
    }

    /**
     * Obtains a cost line without a name.
     *
     * @param category the category
     * @param amount the cost
     * @return the cost line
     */
    public static CostLine of(CostCategory category, MonetaryAmount amount) {
        return new CostLine(category, Optional.empty(), amount);
    }

    /**
     * Obtains a named cost line.
     *
     * @param category the category
     * @param name the name
     * @param amount the cost
     * @return the cost line
     */
    public static CostLine of(CostCategory category, String name, MonetaryAmount amount) {
        return new CostLine(category, Optional.of(name), amount);
    }
}
