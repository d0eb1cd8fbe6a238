package se.finsam.member;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.Identifiers;
import se.finsam.validation.ValidationResult;
import se.finsam.validation.TextRules;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

/**
 * A member of a coordination association.
 *
 * <p>The optional {@code code} is the official code: four digits for a municipality ({@code 0484}
 * Eskilstuna), two for a region ({@code 04} Sörmland); Försäkringskassan and Arbetsförmedlingen have
 * none. The name is 1 to 200 characters and not blank.
 *
 * <pre>{@code
 * Member.of(MemberId.of("eskilstuna"), MemberKind.MUNICIPALITY, "Eskilstuna", "0484");  // valid
 * Member.of(MemberId.of("eskilstuna"), MemberKind.MUNICIPALITY, "Eskilstuna", "484");   // throws: member.code-invalid
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the member's id, unique within its association
 * @param kind what the member is
 * @param name the member's name, for people
 * @param code the official code, if any
 */
public record Member(MemberId id, MemberKind kind, String name, Optional<String> code) {

    /**
     * Validates the member; reports every problem at once.
     *
     * @param id the member's id, unique within its association
     * @param kind what the member is
     * @param name the member's name, for people
     * @param code the official code, if any
     * @throws NullPointerException if a component is null
     * @throws FinsamValidationException if the name is blank or too long, or the code does not fit the
     *     kind (paths {@code /name}, {@code /code})
     */
    public Member {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(code, "code");
        check(id, kind, name, code).throwIfInvalid(() -> "member '" + id + "'");
    }

    /**
     * Checks the rules of a member without throwing, on what is known of it: a reader that reports every
     * fault of a document at once passes {@code null} for a part it could not read (and has reported), and
     * the rules that need that part are skipped.
     *
     * <pre>{@code
     * Member.check(MemberId.of("flen"), MemberKind.MUNICIPALITY, "Flen", Optional.of("0482"));   // valid
     * Member.check(MemberId.of("flen"), null, " ", Optional.of("482"));   // the blank name only: the code needs the kind
     * }</pre>
     *
     * @param id the member's id, or null if unknown
     * @param kind what the member is, or null if unknown
     * @param name the member's name, or null if unknown
     * @param code the official code, empty if none (or unknown)
     * @return every violation, at {@code /name} and {@code /code}
     */
    public static ValidationResult check(@Nullable MemberId id, @Nullable MemberKind kind, @Nullable String name,
            Optional<String> code) {
        Objects.requireNonNull(code, "code");
        List<Violation> violations = new ArrayList<>(2);
        if (name != null) {
            TextRules.checkName("/name", ViolationCodes.MEMBER_NAME_INVALID,
                    () -> "Name of " + (id != null ? "member '" + id + "'" : "member"), name, violations);
        }
        if (code.isPresent() && kind != null) {
            String c = code.get();
            int length = kind.codeLength();
            if (length == 0) {
                violations.add(Violation.of("/code", ViolationCodes.MEMBER_CODE_INVALID, "Member" + (id != null ? " '" + id + "'" : "")
                        + " is " + kind + ", which has no code, but code '" + Identifiers.shorten(c) + "' was given"));
            } else if (c.length() != length || !allDigits(c)) {
                violations.add(Violation.of("/code", ViolationCodes.MEMBER_CODE_INVALID, "Code of " + kind
                        + (id != null ? " '" + id + "'" : "") + " must be " + length + " digits, was '" + Identifiers.shorten(c) + "'"));
            }
        }
        return ValidationResult.of(violations);
    }

    private static boolean allDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Obtains a member without a code.
     *
     * <pre>{@code Member.of(MemberId.of("fk"), MemberKind.SOCIAL_INSURANCE_AGENCY, "Försäkringskassan")}</pre>
     *
     * @param id the id
     * @param kind the kind
     * @param name the name
     * @return the member
     * @throws FinsamValidationException if the name is invalid
     */
    public static Member of(MemberId id, MemberKind kind, String name) {
        return new Member(id, kind, name, Optional.empty());
    }

    /**
     * Obtains a member with an official code.
     *
     * <pre>{@code Member.of(MemberId.of("flen"), MemberKind.MUNICIPALITY, "Flen", "0482")}</pre>
     *
     * @param id the id
     * @param kind the kind
     * @param name the name
     * @param code the official code: 4 digits for a municipality, 2 for a region
     * @return the member
     * @throws FinsamValidationException if the name or code is invalid
     */
    public static Member of(MemberId id, MemberKind kind, String name, String code) {
        return new Member(id, kind, name, Optional.of(Objects.requireNonNull(code, "code")));
    }

    /**
     * Returns the party the member belongs to.
     *
     * @return the party
     */
    public Party party() {
        return kind.party();
    }
}
