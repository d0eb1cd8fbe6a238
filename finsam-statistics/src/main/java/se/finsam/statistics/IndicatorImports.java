package se.finsam.statistics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import se.finsam.indicator.IndicatorSet;
import se.finsam.indicator.KeyFigures;
import se.finsam.member.Member;
import se.finsam.member.MemberId;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.TextRules;
import se.finsam.validation.Violation;

/**
 * Official statistics into an indicator set: the populations from a population table of SCB, and key
 * figures of Kolada shown as published beside the computed indicators, each with its source. Both find the
 * set's municipalities by their official codes (docs/statistics.md).
 *
 * <pre>{@code
 * IndicatorSet set = json.indicators().read(document);
 * set = IndicatorImports.withPopulations(set, PopulationTable.read(Path.of("folkmangd.csv")), "2023");
 * set = IndicatorImports.withKeyFigures(set, KoladaValues.read(Path.of("kolada.json")));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IndicatorImports {

    private IndicatorImports() {
    }

    /**
     * Returns the set with the populations of its support periods taken from a population table: each
     * municipality's head count in the set's age band for the period, the table named as their source.
     *
     * @param set the indicator set, whose municipalities each have a code
     * @param table the population table
     * @param period the table's year ({@code 2023}) or month ({@code 2023M10})
     * @return the set with the table's populations
     * @throws FinsamValidationException with {@link StatisticsCodes#MEMBER_WITHOUT_CODE} at
     *     {@code /municipalities/I/code} for a municipality without a code ({@link StatisticsCodes#DUPLICATE} for
     *     one with another's code); else every fault of the table
     *     for these codes, the set's age band and the period; or a population the set refuses
     */
    public static IndicatorSet withPopulations(IndicatorSet set, PopulationTable table, String period) {
        Objects.requireNonNull(set, "set");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(period, "period");
        Map<String, MemberId> byCode = codes(set);
        Map<String, Long> counts;
        try {
            counts = table.counts(List.copyOf(byCode.keySet()), set.ageBand(), period);
        } catch (FinsamValidationException e) {
            List<String> labels = new ArrayList<>(byCode.size());
            byCode.forEach((code, id) -> labels.add(TextRules.escape(set.areaName(id)) + " (" + code + ")"));
            throw PopulationKeys.named(e, labels);
        }
        Map<MemberId, Long> populations = new LinkedHashMap<>(byCode.size() * 2);
        byCode.forEach((code, id) -> populations.put(id, counts.get(code)));
        return set.withPopulations(populations, table.source());
    }

    /**
     * Returns the set with the key figures of Kolada files, one {@link KeyFigures} for each key figure in
     * them: every value of the set's municipalities (by code), every year and gender the files have, a
     * missing value kept missing with its status. Values of other municipalities are left out.
     *
     * @param set the indicator set, whose municipalities each have a code
     * @param values the Kolada values
     * @return the set with the key figures
     * @throws FinsamValidationException with {@link StatisticsCodes#MEMBER_WITHOUT_CODE} at
     *     {@code /municipalities/I/code} for a municipality without a code, or
     *     {@link StatisticsCodes#REGION_MISSING} when the files have no value of any of the set's municipalities
     */
    public static IndicatorSet withKeyFigures(IndicatorSet set, KoladaValues values) {
        Objects.requireNonNull(set, "set");
        Objects.requireNonNull(values, "values");
        Map<String, MemberId> byCode = codes(set);
        Map<String, List<KeyFigures.Figure>> byKpi = new LinkedHashMap<>();
        values.kpis().forEach(kpi -> byKpi.put(kpi, new ArrayList<>()));
        for (KoladaValue v : values.values()) {
            MemberId id = byCode.get(v.municipality());
            if (id != null) {
                Objects.requireNonNull(byKpi.get(v.kpi()), "every value's key figure is listed")
                        .add(new KeyFigures.Figure(id, v.year(), group(v.gender()), v.value(), v.status()));
            }
        }
        List<KeyFigures> figures = new ArrayList<>(byKpi.size());
        byKpi.forEach((kpi, list) -> {
            if (!list.isEmpty()) {
                figures.add(new KeyFigures(values.source(kpi), list));
            }
        });
        if (figures.isEmpty()) {
            throw new FinsamValidationException("Kolada values", List.of(Violation.of("", StatisticsCodes.REGION_MISSING,
                    "The Kolada files have no value of the municipalities " + String.join(", ", byCode.keySet())
                            + " (" + String.join(", ", values.kpis()) + ")")));
        }
        return set.withKeyFigures(figures);
    }

    private static KeyFigures.Group group(KoladaGender gender) {
        return switch (gender) {
            case TOTAL -> KeyFigures.Group.TOTAL;
            case WOMEN -> KeyFigures.Group.WOMEN;
            case MEN -> KeyFigures.Group.MEN;
        };
    }

    /** The set's municipalities by code, in order; every one without a code reported at once. */
    private static Map<String, MemberId> codes(IndicatorSet set) {
        Map<String, MemberId> byCode = new LinkedHashMap<>();
        List<Violation> uncoded = new ArrayList<>();
        List<Member> municipalities = set.municipalities();
        for (int i = 0; i < municipalities.size(); i++) {
            Member m = municipalities.get(i);
            Optional<String> code = m.code();
            if (code.isEmpty()) {
                uncoded.add(Violation.of("/municipalities/" + i + "/code", StatisticsCodes.MEMBER_WITHOUT_CODE,
                        "Municipality '" + TextRules.escape(m.name()) + "' has no code: official statistics are matched by"
                                + " the municipality's four-digit code, e.g. \"code\": \"0484\""));
            } else if (byCode.putIfAbsent(code.get(), m.id()) != null) {
                uncoded.add(Violation.of("/municipalities/" + i + "/code", StatisticsCodes.DUPLICATE, "Municipality '"
                        + TextRules.escape(m.name()) + "' has the code " + code.get() + " of '" + byCode.get(code.get())
                        + "': each municipality's figures are found by its own code"));
            }
        }
        if (!uncoded.isEmpty()) {
            throw new FinsamValidationException("indicator set", uncoded);
        }
        return byCode;
    }
}
