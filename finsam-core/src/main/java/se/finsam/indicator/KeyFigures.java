package se.finsam.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.finsam.member.MemberId;
import se.finsam.provenance.Source;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.TextRules;
import se.finsam.validation.ValidationResult;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

/**
 * Key figures published for municipalities, such as Kolada's ohälsotal, sjukpenningtal or economic
 * assistance: read from a file as published, never computed, each with its {@link Source} (the key figure's
 * id, the file and its SHA-256). A value the publisher does not have is kept missing, with the publisher's
 * status, and shown as missing: never as zero (docs/statistics.md).
 *
 * <pre>{@code
 * KeyFigures ill = new KeyFigures(source, List.of(
 *         new KeyFigures.Figure(MemberId.of("flen"), 2023, Group.TOTAL, Optional.of(new BigDecimal("31.2")), Optional.empty()),
 *         new KeyFigures.Figure(MemberId.of("flen"), 2023, Group.WOMEN, Optional.empty(), Optional.of("Saknas"))));
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param source where the figures came from; its dataset is the key figure's id, e.g. {@code N00957}
 * @param figures the figures, in the order read
 */
public record KeyFigures(Source source, List<Figure> figures) {

    /** The most figures of one key figure: a value per municipality, year and gender of a national file. */
    public static final int MAX_FIGURES = 1_000_000;
    /** A value may have at most this many significant digits, and as many decimals. */
    public static final int MAX_DIGITS = 30;

    /**
     * Validates the figures; reports every problem at once.
     *
     * @param source where the figures came from
     * @param figures the figures, in the order read
     * @throws FinsamValidationException with {@link ViolationCodes#KEY_FIGURE_DUPLICATE} at
     *     {@code /figures/I} for a municipality, year and gender given twice, and
     *     {@link ViolationCodes#VALUE_OUT_OF_RANGE} at {@code /figures/I/value} or {@code /figures/I/year} for a
     *     value with too many digits or a year outside 1900–2200, and {@link ViolationCodes#SOURCE_TEXT_INVALID}
     *     at {@code /figures/I/status} for a status that is not a valid name
     */
    public KeyFigures {
        Objects.requireNonNull(source, "source");
        figures = List.copyOf(Objects.requireNonNull(figures, "figures"));
        check(figures).throwIfInvalid(() -> "key figures " + source.dataset());
    }

    private static ValidationResult check(List<Figure> figures) {
        List<Violation> violations = new ArrayList<>();
        if (figures.size() > MAX_FIGURES) {
            violations.add(Violation.of("/figures", ViolationCodes.VALUE_OUT_OF_RANGE, "At most " + MAX_FIGURES
                    + " figures, were " + figures.size()));
            return ValidationResult.of(violations);
        }
        Set<List<Object>> seen = new HashSet<>(figures.size() * 2);
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            String path = "/figures/" + i;
            if (!seen.add(List.of(f.municipality(), f.year(), f.group().name()))) {
                violations.add(Violation.of(path, ViolationCodes.KEY_FIGURE_DUPLICATE, "The figure of '" + f.municipality()
                        + "' in " + f.year() + " (" + f.group().name().toLowerCase(java.util.Locale.ROOT) + ") is given twice"));
            }
            if (f.year() < 1900 || f.year() > 2200) {
                violations.add(Violation.of(path + "/year", ViolationCodes.VALUE_OUT_OF_RANGE, "Year " + f.year()
                        + " must be from 1900 to 2200"));
            }
            f.value().ifPresent(v -> {
                if (v.precision() > MAX_DIGITS || Math.abs((long) v.scale()) > MAX_DIGITS) {
                    violations.add(Violation.of(path + "/value", ViolationCodes.VALUE_OUT_OF_RANGE, "Value "
                            + v.toString().substring(0, Math.min(40, v.toString().length())) + " has more than "
                            + MAX_DIGITS + " digits"));
                }
            });
            f.status().ifPresent(s -> TextRules.problemOfName(s).ifPresent(problem -> violations.add(Violation.of(
                    path + "/status", ViolationCodes.SOURCE_TEXT_INVALID, "Status '" + TextRules.escape(s) + "' " + problem))));
        }
        return ValidationResult.of(violations);
    }

    /**
     * Returns the key figure's id, the source's dataset: {@code N00957}.
     *
     * @return the id
     */
    public String id() {
        return source.dataset();
    }

    /**
     * Returns the years the figures cover, in ascending order.
     *
     * @return the years, unmodifiable
     */
    public List<Integer> years() {
        return figures.stream().map(Figure::year).distinct().sorted().toList();
    }

    /**
     * Returns the figure of a municipality, year and gender, if the file has it.
     *
     * @param municipality the municipality
     * @param year the year
     * @param group the total, or women or men
     * @return the figure, whose value may still be missing
     */
    public Optional<Figure> figure(MemberId municipality, int year, Group group) {
        return figures.stream().filter(f -> f.municipality().equals(municipality) && f.year() == year
                && f.group() == group).findFirst();
    }

    /** Whom a figure counts: everyone, women or men (Kolada's T, K and M). */
    public enum Group {
        /** Everyone. */
        TOTAL,
        /** Women. */
        WOMEN,
        /** Men. */
        MEN
    }

    /**
     * A published value of a municipality in a year, for all or for one gender.
     *
     * @param municipality the municipality
     * @param year the year
     * @param group the total, or women or men
     * @param value the value as published, or empty where the publisher has none (never zero for missing)
     * @param status the publisher's status of the value, if it gives one
     */
    public record Figure(MemberId municipality, int year, Group group, Optional<BigDecimal> value,
            Optional<String> status) {

        /**
         * Makes a figure; {@link KeyFigures} checks its range.
         *
         * @param municipality the municipality
         * @param year the year
         * @param group the total, or women or men
         * @param value the value, or empty if missing
         * @param status the status, if given
         * @throws NullPointerException if a component is null
         */
        public Figure {
            Objects.requireNonNull(municipality, "municipality");
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(status, "status");
        }
    }
}
