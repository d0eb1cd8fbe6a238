package se.finsam.followup;

import java.util.Objects;

/**
 * A participant's situation at a point in time: occupation and main source of support.
 *
 * <pre>{@code Situation.of(Occupation.OTHER, SupportSource.FINANCIAL_ASSISTANCE)  // before: no occupation, on assistance}</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param occupation the occupation
 * @param support the main source of support
 */
public record Situation(Occupation occupation, SupportSource support) {

    /**
     * Validates that no component is null.
     *
     * @param occupation the occupation
     * @param support the main source of support
     * @throws NullPointerException if a component is null
     */
    public Situation {
        Objects.requireNonNull(occupation, "occupation");
        Objects.requireNonNull(support, "support");
    }

    /**
     * Obtains a situation.
     *
     * @param occupation the occupation
     * @param support the main source of support
     * @return the situation
     */
    public static Situation of(Occupation occupation, SupportSource support) {
        return new Situation(occupation, support);
    }
}
