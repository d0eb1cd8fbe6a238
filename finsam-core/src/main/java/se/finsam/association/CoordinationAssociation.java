package se.finsam.association;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.money.CurrencyUnit;
import org.jspecify.annotations.Nullable;
import se.finsam.contribution.Charter;
import se.finsam.contribution.ContributionKey;
import se.finsam.contribution.ContributionSplit;
import se.finsam.contribution.Financing;
import se.finsam.contribution.StatutorySplit;
import se.finsam.member.Member;
import se.finsam.money.Amounts;
import se.finsam.money.RoundingUnit;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.ValidationResult;
import se.finsam.validation.TextRules;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

/**
 * A coordination association (samordningsförbund): a legal person formed by Försäkringskassan,
 * Arbetsförmedlingen, one or more regions and one or more municipalities.
 *
 * <pre>{@code
 * CoordinationAssociation rar = CoordinationAssociation.of(AssociationId.of("rar-sormland"),
 *         "Samordningsförbundet RAR i Sörmland", Monetary.getCurrency("SEK"),
 *         Charter.of(members, ContributionKey.ofPercentages(percentages), null));
 * ContributionSplit split = rar.contributions(Financing.ofTotal(Money.of(15_000_000, "SEK")), RoundingUnit.KRONA);
 * }</pre>
 *
 * <p>The name is 1 to 200 characters and not blank. Violations are located as in the document format
 * ({@code /id}, {@code /name}, {@code /members/3/kind}, {@code /municipalKey/values/flen}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the association's id
 * @param name the association's name
 * @param currency the currency of every amount
 * @param charter the members and contribution keys
 */
public record CoordinationAssociation(AssociationId id, String name, CurrencyUnit currency, Charter charter) {

    /**
     * Validates the association.
     *
     * @param id the association's id
     * @param name the association's name
     * @param currency the currency of every amount
     * @param charter the members and contribution keys
     * @throws NullPointerException if a component is null
     * @throws FinsamValidationException with code {@link ViolationCodes#ASSOCIATION_NAME_INVALID} if the
     *     name is blank or too long
     */
    public CoordinationAssociation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(charter, "charter");
        List<Violation> violations = new ArrayList<>(checkName(id, name).violations());
        Amounts.problemOfCurrency(currency).ifPresent(p -> violations.add(Violation.of("/currency", ViolationCodes.CURRENCY_INVALID,
                "Currency of association '" + id + "': " + p)));
        if (!violations.isEmpty()) {
            throw new FinsamValidationException("association", violations);
        }
    }

    /**
     * Checks an association's name: the rule of names in {@link TextRules} (1 to 200 characters, not
     * blank, no control characters).
     *
     * <pre>{@code CoordinationAssociation.checkName(AssociationId.of("rar"), " ")  // /name association.name-invalid}</pre>
     *
     * @param id the association's id, for the message, or null if unknown
     * @param name the name
     * @return the violation at {@code /name}, if any
     */
    public static ValidationResult checkName(@Nullable AssociationId id, String name) {
        List<Violation> violations = new ArrayList<>(1);
        TextRules.checkName("/name", ViolationCodes.ASSOCIATION_NAME_INVALID,
                () -> "Name of " + (id != null ? "association '" + id + "'" : "the association"), name, violations);
        return ValidationResult.of(violations);
    }

    /**
     * Obtains an association.
     *
     * @param id the id
     * @param name the name
     * @param currency the currency
     * @param charter the members and keys
     * @return the association
     * @throws FinsamValidationException if the name is invalid
     */
    public static CoordinationAssociation of(AssociationId id, String name, CurrencyUnit currency, Charter charter) {
        return new CoordinationAssociation(id, name, currency, charter);
    }

    /**
     * Returns the members, in order.
     *
     * @return the members
     */
    public List<Member> members() {
        return charter.members();
    }

    /**
     * Computes every member's contribution by the statutory split (see {@link StatutorySplit}).
     *
     * @param financing the total, or the state's contribution, in the association's currency
     * @param unit the rounding unit
     * @return the contributions, explained
     * @throws FinsamValidationException if the financing is in another currency
     *     ({@link ViolationCodes#AMOUNT_CURRENCY_MISMATCH}), negative or not a multiple of the unit
     */
    public ContributionSplit contributions(Financing financing, RoundingUnit unit) {
        Objects.requireNonNull(financing, "financing");
        Objects.requireNonNull(unit, "unit");
        CurrencyUnit given = financing.amount().getCurrency();
        if (!given.getCurrencyCode().equals(currency.getCurrencyCode())) {
            List<Violation> v = new ArrayList<>();
            v.add(Violation.of(financing.basis() == Financing.Basis.TOTAL ? "/financing/total" : "/financing/stateContribution",
                    ViolationCodes.AMOUNT_CURRENCY_MISMATCH, "Financing is in " + given.getCurrencyCode()
                            + " but association '" + id + "' keeps its accounts in " + currency.getCurrencyCode()));
            throw new FinsamValidationException("contribution split", v);
        }
        return StatutorySplit.compute(charter, financing, unit);
    }

    /**
     * Returns a copy with another municipal key, e.g. the final key after a preliminary one.
     *
     * @param key the new municipal key
     * @return the new association
     * @throws FinsamValidationException if the key does not cover exactly the municipalities
     */
    public CoordinationAssociation withMunicipalKey(ContributionKey key) {
        return new CoordinationAssociation(id, name, currency, charter.withMunicipalKey(key));
    }
}
