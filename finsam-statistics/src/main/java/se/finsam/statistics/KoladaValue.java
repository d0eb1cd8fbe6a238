package se.finsam.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.TextRules;
import se.finsam.validation.Violation;

/**
 * One value of a Kolada key figure: a key figure (KPI), a municipality, a year and a gender, with the value
 * as the file writes it, exactly, or no value where the file has {@code null} (a missing value, never zero),
 * and the file's status text, if any.
 *
 * <pre>{@code
 * new KoladaValue("N00957", "0484", 2023, KoladaGender.TOTAL, Optional.of(new BigDecimal("24.6")), Optional.empty());
 * new KoladaValue("N00957", "484", 2023, KoladaGender.TOTAL, Optional.empty(), Optional.empty());
 *         // throws: /municipality statistics.field-invalid
 * }</pre>
 *
 * <p>The rules, each reported with {@link StatisticsCodes#FIELD_INVALID}: the key figure is a name (1–200
 * characters, no control characters; Kolada writes ids such as {@code N00957}); the municipality is a code of
 * four digits (a municipality, {@code 0484}; a region as Kolada writes it, {@code 0004}; Sweden as a whole,
 * {@code 0000}) or of two digits (a region, {@code 04}); the year has four digits (1000–9999); the value has at
 * most {@value #MAX_DIGITS} digits before and after the decimal point; the status, if given, is a name. This
 * record is immutable and thread-safe.
 *
 * @param kpi the key figure's id, e.g. {@code N00957}
 * @param municipality the municipality's or region's code, e.g. {@code 0484}
 * @param year the year the value is for
 * @param gender the gender, or the total
 * @param value the value, exactly as written; empty where the file has {@code null}
 * @param status the status text the file gives the value, if any (an empty text counts as none)
 */
public record KoladaValue(String kpi, String municipality, int year, KoladaGender gender,
        Optional<BigDecimal> value, Optional<String> status) {

    /** The most digits a value may have before the decimal point, and after it. */
    public static final int MAX_DIGITS = 30;

    /**
     * Validates the value; reports every problem at once.
     *
     * @param kpi the key figure's id
     * @param municipality the municipality's or region's code
     * @param year the year
     * @param gender the gender
     * @param value the value, if any
     * @param status the status, if any
     * @throws NullPointerException if an argument is null
     * @throws FinsamValidationException with {@link StatisticsCodes#FIELD_INVALID} at {@code /kpi},
     *     {@code /municipality}, {@code /year}, {@code /value} or {@code /status} for a part that breaks its rule
     */
    public KoladaValue {
        Objects.requireNonNull(kpi, "kpi");
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(status, "status");
        List<Violation> violations = new ArrayList<>();
        problemOfKpi(kpi).ifPresent(p -> violations.add(Violation.of("/kpi", StatisticsCodes.FIELD_INVALID, p)));
        problemOfMunicipality(municipality).ifPresent(p -> violations.add(
                Violation.of("/municipality", StatisticsCodes.FIELD_INVALID, p)));
        if (!isYear(year)) {
            violations.add(Violation.of("/year", StatisticsCodes.FIELD_INVALID, "Year " + year + " is not a year of four digits"));
        }
        value.flatMap(KoladaValue::problemOfValue).ifPresent(p -> violations.add(
                Violation.of("/value", StatisticsCodes.FIELD_INVALID, p)));
        status.flatMap(KoladaValue::problemOfStatus).ifPresent(p -> violations.add(
                Violation.of("/status", StatisticsCodes.FIELD_INVALID, p)));
        if (!violations.isEmpty()) {
            throw new FinsamValidationException("Kolada value", violations);
        }
    }

    /** What is wrong with a key figure's id, as a message, or empty. */
    static Optional<String> problemOfKpi(String kpi) {
        return TextRules.problemOfName(kpi).map(p -> "Key figure '" + StatisticsFiles.quote(kpi) + "' " + p);
    }

    /** What is wrong with a municipality's or region's code, as a message, or empty. */
    static Optional<String> problemOfMunicipality(String code) {
        if ((code.length() == 4 || code.length() == 2) && code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        return Optional.of("Municipality '" + StatisticsFiles.quote(code) + "' is not a code of four digits (a municipality,"
                + " 0484; Sweden as a whole, 0000) or two digits (a region, 04)");
    }

    /** Whether a year has four digits. */
    static boolean isYear(long year) {
        return year >= 1000 && year <= 9999;
    }

    /** What is wrong with a value's size, as a message, or empty. */
    static Optional<String> problemOfValue(BigDecimal value) {
        int scale = value.scale();
        long integerDigits = (long) value.precision() - scale;
        if (scale > MAX_DIGITS || integerDigits > MAX_DIGITS) {
            return Optional.of("Value " + StatisticsFiles.quote(value.toString()) + " is out of range: at most " + MAX_DIGITS
                    + " digits before and after the decimal point");
        }
        return Optional.empty();
    }

    /** What is wrong with a status text, as a message, or empty. */
    static Optional<String> problemOfStatus(String status) {
        return TextRules.problemOfName(status).map(p -> "Status '" + StatisticsFiles.quote(status) + "' " + p);
    }
}
