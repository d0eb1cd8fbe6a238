package se.finsam.budget;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;
import se.finsam.money.AmountFormat;
import se.finsam.validation.FinsamValidationException;
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
        if (amount.isNegative()) {
            throw FinsamValidationException.of("cost line", Violation.of("/amount", ViolationCodes.AMOUNT_NEGATIVE,
                    "Cost " + category + " must not be negative, was "
                            + AmountFormat.plain(amount)));
        }
        if (name.isPresent() && (name.get().isBlank() || name.get().length() > 200)) {
            throw FinsamValidationException.of("cost line", Violation.of("/name", ViolationCodes.PROJECT_NAME_INVALID,
                    "Name of a " + category + " cost must be 1 to 200 characters and not blank"));
        }
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
