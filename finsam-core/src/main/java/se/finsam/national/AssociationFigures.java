package se.finsam.national;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;
import se.finsam.association.AssociationId;
import se.finsam.contribution.Charter;
import se.finsam.member.Member;
import se.finsam.money.AmountFormat;
import se.finsam.money.Decimals;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.TextRules;
import se.finsam.validation.ValidationResult;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

/**
 * What the national allocation knows about one coordination association: the figures the model
 * (Försäkringskassan's allocation model) splits by, its previous allocation and equity status for the
 * limits, and optionally its request for supplementary funds and what its members offer to match
 * (docs/domain.md, The national allocation, Supplementary funds and Matching).
 *
 * <p>{@code supportMeasure} is the försörjningsmått of the association's area, in any unit that is the
 * same for every association (full-year equivalents, or kronor paid): only each association's share of
 * the sum matters. {@code population} is the number of inhabitants aged 16–64 in the area.
 *
 * <pre>{@code
 * AssociationFigures.of(AssociationId.of("rar-sormland"), "Samordningsförbundet RAR i Sörmland", 170_000,
 *         new BigDecimal("24500.5")).withPreviousAllocation(Money.of(4_200_000, sek));   // valid
 * AssociationFigures.of(AssociationId.of("x"), "X", -1, BigDecimal.ONE);   // throws: national.population-negative
 * }</pre>
 *
 * <p>Violations are located relative to the association: {@code /name},
 * {@code /population}, {@code /supportMeasure}, {@code /previousAllocation}, {@code /supplementaryRequest},
 * {@code /matchingOffer}. This class is immutable and thread-safe.
 *
 * @param id the association's id
 * @param name the association's name, 1 to 200 characters, not blank
 * @param population the number of inhabitants aged 16–64 in the area, 0 to 10<sup>12</sup>
 * @param supportMeasure the area's försörjningsmått, 0 to 10<sup>15</sup> with at most 6 decimals
 * @param previousAllocation the state allocation of the year before, needed by the limits
 * @param equityAboveReasonableLevel whether the association's equity exceeds the reasonable level
 *     (docs/domain.md, Equity), which takes away the protection of the limit on decrease
 * @param supplementaryRequest what the association asks of the supplementary funds, if anything
 * @param matchingOffer what the region(s) and municipalities together offer to put in, when they decline to
 *     match the state's money fully; empty when they match it fully
 * @param charter the members and keys, to split the matching among them, if known
 */
public record AssociationFigures(AssociationId id, String name, long population, BigDecimal supportMeasure,
        Optional<MonetaryAmount> previousAllocation, boolean equityAboveReasonableLevel,
        Optional<MonetaryAmount> supplementaryRequest, Optional<MonetaryAmount> matchingOffer, Optional<Charter> charter) {

    /** The largest population accepted. */
    public static final long MAX_POPULATION = 1_000_000_000_000L;
    /** The largest försörjningsmått accepted. */
    public static final BigDecimal MAX_SUPPORT_MEASURE = BigDecimal.TEN.pow(15);
    /** The most decimals a försörjningsmått may have. */
    public static final int MAX_SUPPORT_MEASURE_DECIMALS = 6;

    /**
     * Validates the figures; reports every problem at once.
     *
     * @param id the association's id
     * @param name the association's name, 1 to 200 characters, not blank
     * @param population the number of inhabitants aged 16–64 in the area, 0 to 10<sup>12</sup>
     * @param supportMeasure the area's försörjningsmått, 0 to 10<sup>15</sup> with at most 6 decimals
     * @param previousAllocation the state allocation of the year before, needed by the limits
     * @param equityAboveReasonableLevel whether the association's equity exceeds the reasonable level
     * @param supplementaryRequest what the association asks of the supplementary funds, if anything
     * @param matchingOffer what the region(s) and municipalities together offer to put in, if less than a
     *     full match
     * @param charter the members and keys, to split the matching among them, if known
     * @throws NullPointerException if a component is null
     * @throws FinsamValidationException with codes {@link ViolationCodes#ASSOCIATION_NAME_INVALID},
     *     {@link ViolationCodes#NATIONAL_POPULATION_NEGATIVE},
     *     {@link ViolationCodes#NATIONAL_SUPPORT_MEASURE_NEGATIVE},
     *     {@link ViolationCodes#NATIONAL_FIGURE_OUT_OF_RANGE} or {@link ViolationCodes#AMOUNT_NEGATIVE}
     */
    public AssociationFigures {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(supportMeasure, "supportMeasure");
        Objects.requireNonNull(previousAllocation, "previousAllocation");
        Objects.requireNonNull(supplementaryRequest, "supplementaryRequest");
        Objects.requireNonNull(matchingOffer, "matchingOffer");
        Objects.requireNonNull(charter, "charter");
        check(id, name, population, supportMeasure, previousAllocation, supplementaryRequest, matchingOffer)
                .throwIfInvalid(() -> "association figures of '" + id + "'");
    }

    /**
     * Checks the figures without throwing, on what is known of them: a reader that reports every fault of
     * a document at once passes {@code null} for a part it could not read (and has reported), and the rules
     * that need it are skipped.
     *
     * <pre>{@code
     * AssociationFigures.check(AssociationId.of("norr"), "Norr", 100L, new BigDecimal("4"), Optional.empty(),
     *         Optional.empty(), Optional.empty());                                  // valid
     * AssociationFigures.check(null, " ", -1L, null, null, Optional.empty(), Optional.empty());
     *         // /name association.name-invalid and /population national.population-negative
     * }</pre>
     *
     * @param id the association's id, or null if unknown
     * @param name the association's name, or null if unknown
     * @param population the population aged 16–64, or null if unknown
     * @param supportMeasure the försörjningsmått, or null if unknown
     * @param previousAllocation the previous allocation; empty if not given, null if given but unknown
     * @param supplementaryRequest the request; empty if not given, null if given but unknown
     * @param matchingOffer the offer; empty if not given, null if given but unknown
     * @return every violation, at {@code /name}, {@code /population}, {@code /supportMeasure},
     *     {@code /previousAllocation}, {@code /supplementaryRequest} and {@code /matchingOffer}
     */
    @SuppressWarnings("NullableOptional") // empty if not given, null if given but unreadable (see above)
    public static ValidationResult check(@Nullable AssociationId id, @Nullable String name, @Nullable Long population,
            @Nullable BigDecimal supportMeasure, @Nullable Optional<MonetaryAmount> previousAllocation,
            @Nullable Optional<MonetaryAmount> supplementaryRequest, @Nullable Optional<MonetaryAmount> matchingOffer) {
        List<Violation> violations = new ArrayList<>();
        if (name != null) {
            TextRules.checkName("/name", ViolationCodes.ASSOCIATION_NAME_INVALID,
                    () -> "Name of association" + (id != null ? " " + label(id) : ""), name, violations);
        }
        if (population != null && population < 0) {
            violations.add(Violation.of("/population", ViolationCodes.NATIONAL_POPULATION_NEGATIVE,
                    "Population of " + label(id) + " must not be negative, was " + population));
        } else if (population != null && population > MAX_POPULATION) {
            violations.add(Violation.of("/population", ViolationCodes.NATIONAL_FIGURE_OUT_OF_RANGE,
                    "Population of " + label(id) + " is implausibly large: " + population));
        }
        if (supportMeasure != null && supportMeasure.signum() < 0) {
            violations.add(Violation.of("/supportMeasure", ViolationCodes.NATIONAL_SUPPORT_MEASURE_NEGATIVE,
                    "Försörjningsmått of " + label(id) + " must not be negative, was " + AmountFormat.plain(supportMeasure)));
        } else if (supportMeasure != null && (supportMeasure.compareTo(MAX_SUPPORT_MEASURE) > 0
                || !Decimals.hasAtMostDecimals(supportMeasure, MAX_SUPPORT_MEASURE_DECIMALS))) {
            violations.add(Violation.of("/supportMeasure", ViolationCodes.NATIONAL_FIGURE_OUT_OF_RANGE,
                    "Försörjningsmått of " + label(id) + " must be at most 10^15 with at most " + MAX_SUPPORT_MEASURE_DECIMALS
                            + " decimals, was " + AmountFormat.plain(supportMeasure)));
        }
        notNegative(previousAllocation, "/previousAllocation", "Previous allocation of ", id, violations);
        notNegative(supplementaryRequest, "/supplementaryRequest", "Supplementary request of ", id, violations);
        notNegative(matchingOffer, "/matchingOffer", "Matching offer for ", id, violations);
        return ValidationResult.of(violations);
    }

    @SuppressWarnings("NullableOptional") // empty if not given, null if given but unreadable (see check)
    private static void notNegative(@Nullable Optional<MonetaryAmount> amount, String path, String what,
            @Nullable AssociationId id, List<Violation> violations) {
        if (amount != null && amount.isPresent() && amount.get().isNegative()) {
            violations.add(Violation.of(path, ViolationCodes.AMOUNT_NEGATIVE, what + label(id) + " must not be negative, was "
                    + AmountFormat.plain(amount.get())));
        }
    }

    private static String label(@Nullable AssociationId id) {
        return id != null ? "'" + id + "'" : "the association";
    }

    /**
     * Obtains the figures of an association with no previous allocation, equity within the reasonable
     * level, no supplementary request and full matching; add the rest with the {@code with} methods.
     *
     * <pre>{@code AssociationFigures.of(AssociationId.of("finsam-gotland"), "Finsam Gotland", 36_000, new BigDecimal("5100"))}</pre>
     *
     * @param id the association's id
     * @param name the association's name
     * @param population the number of inhabitants aged 16–64
     * @param supportMeasure the försörjningsmått
     * @return the figures
     * @throws FinsamValidationException if a figure breaks a rule
     */
    public static AssociationFigures of(AssociationId id, String name, long population, BigDecimal supportMeasure) {
        return new AssociationFigures(id, name, population, supportMeasure, Optional.empty(), false, Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    /**
     * Returns a copy with a previous allocation.
     *
     * @param amount the state allocation of the year before, or null for none
     * @return the new figures
     * @throws FinsamValidationException if the amount is negative
     */
    public AssociationFigures withPreviousAllocation(@Nullable MonetaryAmount amount) {
        return new AssociationFigures(id, name, population, supportMeasure, Optional.ofNullable(amount),
                equityAboveReasonableLevel, supplementaryRequest, matchingOffer, charter);
    }

    /**
     * Returns a copy with another equity status.
     *
     * @param above whether the equity exceeds the reasonable level
     * @return the new figures
     */
    public AssociationFigures withEquityAboveReasonableLevel(boolean above) {
        return new AssociationFigures(id, name, population, supportMeasure, previousAllocation, above,
                supplementaryRequest, matchingOffer, charter);
    }

    /**
     * Returns a copy with a request for supplementary funds.
     *
     * @param amount what the association asks for, or null for no request
     * @return the new figures
     * @throws FinsamValidationException if the amount is negative
     */
    public AssociationFigures withSupplementaryRequest(@Nullable MonetaryAmount amount) {
        return new AssociationFigures(id, name, population, supportMeasure, previousAllocation,
                equityAboveReasonableLevel, Optional.ofNullable(amount), matchingOffer, charter);
    }

    /**
     * Returns a copy with what the region(s) and municipalities together offer to put in.
     *
     * @param amount the offer, or null when they match the state's money fully
     * @return the new figures
     * @throws FinsamValidationException if the amount is negative
     */
    public AssociationFigures withMatchingOffer(@Nullable MonetaryAmount amount) {
        return new AssociationFigures(id, name, population, supportMeasure, previousAllocation,
                equityAboveReasonableLevel, supplementaryRequest, Optional.ofNullable(amount), charter);
    }

    /**
     * Returns a copy with the association's members and keys, to split the matching among them.
     *
     * @param newCharter the charter, or null if unknown
     * @return the new figures
     */
    public AssociationFigures withCharter(@Nullable Charter newCharter) {
        return new AssociationFigures(id, name, population, supportMeasure, previousAllocation,
                equityAboveReasonableLevel, supplementaryRequest, matchingOffer, Optional.ofNullable(newCharter));
    }
}
