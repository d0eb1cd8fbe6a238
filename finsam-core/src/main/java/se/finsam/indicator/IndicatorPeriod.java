package se.finsam.indicator;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import se.finsam.member.MemberId;

/**
 * One period of an {@link IndicatorSet}: the figures of each municipality for that period, and an
 * optional note for people (e.g. which figures are published and which illustrative).
 *
 * <p>Which municipalities the figures must cover is checked where the period meets the municipalities,
 * in {@link IndicatorSet}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <F> the kind of figures: {@link SupportFigures} or {@link IllHealthFigures}
 * @param period the period
 * @param figures the figures of each municipality, in the order given
 * @param note a note for people, if any
 */
public record IndicatorPeriod<F>(ReportingPeriod period, Map<MemberId, F> figures, Optional<String> note) {

    /**
     * Validates that nothing is null and copies the figures.
     *
     * @param period the period
     * @param figures the figures of each municipality, in the order given
     * @param note a note for people, if any
     * @throws NullPointerException if a component, key or value is null
     */
    public IndicatorPeriod {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(note, "note");
        Map<MemberId, F> copy = new LinkedHashMap<>();
        figures.forEach((id, f) -> copy.put(Objects.requireNonNull(id, "municipality"), Objects.requireNonNull(f, "figures")));
        figures = Collections.unmodifiableMap(copy);
    }

    /**
     * Obtains a period without a note.
     *
     * @param <F> the kind of figures
     * @param period the period
     * @param figures the figures of each municipality
     * @return the period
     */
    public static <F> IndicatorPeriod<F> of(ReportingPeriod period, Map<MemberId, F> figures) {
        return new IndicatorPeriod<>(period, figures, Optional.empty());
    }
}
