package se.finsam.indicator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.finsam.member.MemberId;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.TextRules;
import se.finsam.validation.ValidationResult;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

/**
 * An area made up of municipalities, whose indicators are aggregated from theirs: a coordination
 * association or a county.
 *
 * <p>Rules: the name is 1 to 200 characters and not blank ({@link ViolationCodes#TEXT_INVALID}); at
 * least one municipality ({@link ViolationCodes#MUNICIPALITY_NONE}), none listed twice
 * ({@link ViolationCodes#MUNICIPALITY_DUPLICATE} at {@code /municipalities/INDEX}).
 *
 * <pre>{@code
 * AreaGroup.of(MemberId.of("norra-vastmanland"), "Samordningsförbundet Norra Västmanland", AreaGroup.Kind.ASSOCIATION,
 *         List.of(MemberId.of("fagersta"), MemberId.of("norberg"), MemberId.of("skinnskatteberg")));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the area's id, unique among the areas of an indicator set
 * @param name the area's name, for people
 * @param kind what the area is
 * @param municipalities the municipalities it is made of, in order
 */
public record AreaGroup(MemberId id, String name, Kind kind, List<MemberId> municipalities) {

    /** What an aggregated area is. */
    public enum Kind {
        /** A coordination association (samordningsförbund). */
        ASSOCIATION,
        /** A county (län). */
        COUNTY
    }

    /**
     * Validates the group; reports every problem at once.
     *
     * @param id the area's id, unique among the areas of an indicator set
     * @param name the area's name, for people
     * @param kind what the area is
     * @param municipalities the municipalities it is made of, in order
     * @throws NullPointerException if a component or municipality is null
     * @throws FinsamValidationException if a rule is broken
     */
    public AreaGroup {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        municipalities = List.copyOf(Objects.requireNonNull(municipalities, "municipalities"));
        check(id, name, municipalities).throwIfInvalid(() -> "area '" + id + "'");
    }

    /**
     * Checks the rules of an area without throwing, on what is known of it: a reader that reports every
     * fault of a document at once passes {@code null} for a part it could not read (and has reported), and
     * the rules that need that part are skipped.
     *
     * <pre>{@code
     * AreaGroup.check(MemberId.of("vm"), "Västra Mälardalen", List.of(koping, arboga));   // valid
     * AreaGroup.check(null, " ", Arrays.asList(koping, null, koping));
     *         // /name text.invalid and /municipalities/2 municipality.duplicate
     * }</pre>
     *
     * @param id the area's id, or null if unknown
     * @param name the area's name, or null if unknown
     * @param municipalities its municipalities in order, null where unknown; null if unknown
     * @return every violation, at {@code /name} and {@code /municipalities}
     */
    public static ValidationResult check(@Nullable MemberId id, @Nullable String name,
            @Nullable List<@Nullable MemberId> municipalities) {
        List<Violation> violations = new ArrayList<>();
        if (name != null) {
            TextRules.checkName("/name", name, violations);
        }
        if (municipalities == null) {
            return ValidationResult.of(violations);
        }
        String label = id != null ? "area '" + id + "'" : "the area";
        if (municipalities.isEmpty()) {
            violations.add(Violation.of("/municipalities", ViolationCodes.MUNICIPALITY_NONE,
                    (id != null ? "Area '" + id + "'" : "The area") + " has no municipalities to aggregate"));
        }
        Set<MemberId> seen = new HashSet<>();
        for (int i = 0; i < municipalities.size(); i++) {
            MemberId m = municipalities.get(i);
            if (m != null && !seen.add(m)) {
                violations.add(Violation.of(Violation.pointer("municipalities", i), ViolationCodes.MUNICIPALITY_DUPLICATE,
                        "Municipality '" + m + "' is listed twice in " + label));
            }
        }
        return ValidationResult.of(violations);
    }

    /**
     * Obtains an aggregated area.
     *
     * @param id the id
     * @param name the name
     * @param kind association or county
     * @param municipalities its municipalities, at least one
     * @return the area
     * @throws FinsamValidationException if a rule is broken
     */
    public static AreaGroup of(MemberId id, String name, Kind kind, List<MemberId> municipalities) {
        return new AreaGroup(id, name, kind, municipalities);
    }
}
