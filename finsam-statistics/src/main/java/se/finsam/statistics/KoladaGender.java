package se.finsam.statistics;

import java.util.Objects;
import java.util.Optional;

/**
 * The gender of a Kolada value, as Kolada's data responses write it in the field {@code gender}: {@code T}
 * for the total, {@code K} for women (kvinnor), {@code M} for men (män). A key figure that is not divided by
 * gender has only {@code T}.
 *
 * <pre>{@code
 * KoladaGender.fromCode("K");   // Optional[WOMEN]
 * KoladaGender.fromCode("F");   // Optional.empty: not a code Kolada's data responses use
 * KoladaGender.MEN.code();      // "M"
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum KoladaGender {

    /** Everyone: women and men together ({@code T}, totalt). */
    TOTAL("T"),
    /** Women ({@code K}, kvinnor). */
    WOMEN("K"),
    /** Men ({@code M}, män). */
    MEN("M");

    private final String code;

    KoladaGender(String code) {
        this.code = code;
    }

    /**
     * Returns the code Kolada writes for this gender.
     *
     * @return {@code T}, {@code K} or {@code M}
     */
    public String code() {
        return code;
    }

    /**
     * Obtains the gender of a code as Kolada writes it: exactly {@code T}, {@code K} or {@code M}, upper case.
     *
     * @param code the code
     * @return the gender, or empty if the code is none of the three
     */
    public static Optional<KoladaGender> fromCode(String code) {
        Objects.requireNonNull(code, "code");
        for (KoladaGender gender : values()) {
            if (gender.code.equals(code)) {
                return Optional.of(gender);
            }
        }
        return Optional.empty();
    }
}
