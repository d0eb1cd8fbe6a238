package se.finsam.indicator;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import se.finsam.money.Fraction;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.ValidationResult;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

/**
 * The figures behind one area's ohälsotal and sjukpenningtal for twelve months: the number of insured
 * persons of working age and the benefit days paid, by benefit and extent.
 *
 * <p>Net days convert part days by their extent: {@code net = Σ days × extent}, so two half days are one
 * net day. A measure's rate is its net days over the insured: {@code rate = net days of the benefits it
 * includes / insured} (see {@link IllHealthRate}).
 *
 * <p>Rules, all checked at once: {@code /insured} from 1 to 10<sup>12</sup>
 * ({@link ViolationCodes#POPULATION_OUT_OF_RANGE}); {@code /days/BENEFIT} given for every benefit
 * ({@link ViolationCodes#INDICATOR_COMPONENT_MISSING}; an empty map if none were paid);
 * {@code /days/BENEFIT/EXTENT} from 0 to 10<sup>12</sup> ({@link ViolationCodes#VALUE_OUT_OF_RANGE}).
 *
 * <pre>{@code
 * // 1 000 insured; sickness benefit 10 000 full days and 4 000 half days; nothing else
 * figures.netDays(IllHealthBenefit.SICKNESS_BENEFIT);          // 12 000
 * figures.rate(IllHealthRate.SICKNESS_BENEFIT_RATE);            // 12 (days per insured)
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param insured the number of insured persons of working age
 * @param days the gross days paid of each benefit, by extent; a missing extent counts 0 days
 */
public record IllHealthFigures(long insured, Map<IllHealthBenefit, Map<BenefitExtent, Long>> days) {

    /** The largest number of days accepted for one benefit and extent. */
    public static final long MAX_DAYS = 1_000_000_000_000L;

    /**
     * Validates the figures; reports every problem at once.
     *
     * @param insured the number of insured persons of working age
     * @param days the gross days paid of each benefit, by extent; a missing extent counts 0 days
     * @throws NullPointerException if the map, a key or a value is null
     * @throws FinsamValidationException if a rule is broken (see the class description)
     */
    public IllHealthFigures {
        Objects.requireNonNull(days, "days");
        Map<IllHealthBenefit, Map<BenefitExtent, Long>> copy = new EnumMap<>(IllHealthBenefit.class);
        days.forEach((benefit, byExtent) -> {
            Map<BenefitExtent, Long> inner = new EnumMap<>(BenefitExtent.class);
            Objects.requireNonNull(byExtent, () -> "days of " + benefit)
                    .forEach((extent, count) -> inner.put(Objects.requireNonNull(extent, "extent"),
                            Objects.requireNonNull(count, "count")));
            copy.put(Objects.requireNonNull(benefit, "benefit"), Collections.unmodifiableMap(inner));
        });
        days = Collections.unmodifiableMap(copy);
        check(insured, days, true).throwIfInvalid("ill-health figures");
    }

    /**
     * Checks the rules of ill-health figures (see the class description) without throwing, on what is
     * known of them: a reader that reports every fault of a document at once passes {@code null} for a
     * part it could not read (and has reported), and the rules that need that part are skipped. The map
     * holds the benefits that were named, with a null value where their days could not be read (and a null
     * count where a count could not be); it is not complete when a name was not a benefit's (a misspelt
     * benefit), and then no benefit is reported missing.
     *
     * <pre>{@code
     * IllHealthFigures.check(1000L, days, true);                 // valid, with every benefit given
     * IllHealthFigures.check(null, Map.of(), false);             // nothing: which benefits are missing is unknown
     * }</pre>
     *
     * @param insured the insured persons of working age, or null if unknown
     * @param days the days of each benefit named, by extent, null where unknown; null if unknown
     * @param complete whether {@code days} names every benefit the document named
     * @return every violation, at {@code /insured} and {@code /days/BENEFIT/EXTENT}
     */
    public static ValidationResult check(@Nullable Long insured,
            @Nullable Map<IllHealthBenefit, @Nullable Map<BenefitExtent, Long>> days, boolean complete) {
        List<Violation> violations = new ArrayList<>();
        if (insured != null && (insured <= 0 || insured > SupportFigures.MAX_POPULATION)) {
            violations.add(Violation.of("/insured", ViolationCodes.POPULATION_OUT_OF_RANGE, insured == 0
                    ? "Number of insured is 0: a rate per insured person needs at least one"
                    : "Number of insured must be from 1 to " + SupportFigures.MAX_POPULATION + ", was " + insured));
        }
        if (days == null) {
            return ValidationResult.of(violations);
        }
        for (IllHealthBenefit benefit : IllHealthBenefit.values()) {
            Map<BenefitExtent, Long> byExtent = days.get(benefit);
            if (byExtent == null) {
                if (complete && !days.containsKey(benefit)) {
                    violations.add(Violation.of(Violation.pointer("days", benefit), ViolationCodes.INDICATOR_COMPONENT_MISSING,
                            "No days of " + benefit + " (" + benefit.swedishName() + ") given; give {} if none were paid"));
                }
                continue;
            }
            byExtent.forEach((extent, count) -> {
                if (count != null && (count < 0 || count > MAX_DAYS)) {
                    violations.add(Violation.of(Violation.pointer("days", benefit, extent), ViolationCodes.VALUE_OUT_OF_RANGE,
                            "Days of " + benefit + " at extent " + extent + " must be from 0 to " + MAX_DAYS + ", was " + count));
                }
            });
        }
        return ValidationResult.of(violations);
    }

    /**
     * Obtains ill-health figures.
     *
     * @param insured the insured persons of working age, from 1
     * @param days the gross days of every benefit, by extent
     * @return the figures
     * @throws FinsamValidationException if a rule is broken
     */
    public static IllHealthFigures of(long insured, Map<IllHealthBenefit, Map<BenefitExtent, Long>> days) {
        return new IllHealthFigures(insured, days);
    }

    /**
     * Adds up the figures of several areas: insured persons and days by benefit and extent.
     *
     * @param parts the figures, at least one
     * @return the sum
     * @throws FinsamValidationException if a sum is too large
     * @throws IllegalArgumentException if there is no part
     */
    public static IllHealthFigures sum(List<IllHealthFigures> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("Nothing to add up: no figures");
        }
        long insured = 0;
        Map<IllHealthBenefit, Map<BenefitExtent, Long>> days = new EnumMap<>(IllHealthBenefit.class);
        for (IllHealthBenefit benefit : IllHealthBenefit.values()) {
            days.put(benefit, new EnumMap<>(BenefitExtent.class));
        }
        for (IllHealthFigures part : parts) {
            insured = Math.min(insured + part.insured, SupportFigures.MAX_POPULATION + 1);
            part.days.forEach((benefit, byExtent) -> byExtent.forEach((extent, count) -> daysOf(days, benefit)
                    .merge(extent, count, (a, b) -> Math.min(a + b, MAX_DAYS + 1))));
        }
        return new IllHealthFigures(insured, days);
    }

    /**
     * Returns the net days of one benefit: its days weighted by their extent.
     *
     * @param benefit the benefit
     * @return the exact net days
     */
    public Fraction netDays(IllHealthBenefit benefit) {
        Fraction net = Fraction.ZERO;
        for (Map.Entry<BenefitExtent, Long> e : daysOf(days, Objects.requireNonNull(benefit, "benefit")).entrySet()) {
            net = net.plus(e.getKey().fraction().multipliedBy(Fraction.of(e.getValue(), 1)));
        }
        return net;
    }

    /**
     * Returns the net days of the benefits a measure includes.
     *
     * @param rate the measure
     * @return the exact net days
     */
    public Fraction netDays(IllHealthRate rate) {
        Fraction net = Fraction.ZERO;
        for (IllHealthBenefit benefit : rate.includes()) {
            net = net.plus(netDays(benefit));
        }
        return net;
    }

    /**
     * Returns a measure's value: net days of the benefits it includes per insured person.
     *
     * @param rate the measure, ohälsotal or sjukpenningtal
     * @return the exact days per insured person
     */
    public Fraction rate(IllHealthRate rate) {
        return netDays(rate).dividedBy(Fraction.of(BigInteger.valueOf(insured), BigInteger.ONE));
    }

    /** One benefit's days by extent: every benefit has its map (the constructor's check and sum's start see to it). */
    private static Map<BenefitExtent, Long> daysOf(Map<IllHealthBenefit, Map<BenefitExtent, Long>> days,
            IllHealthBenefit benefit) {
        return Objects.requireNonNull(days.get(benefit), () -> "no days of " + benefit);
    }
}
