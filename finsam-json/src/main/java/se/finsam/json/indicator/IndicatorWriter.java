package se.finsam.json.indicator;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;
import se.finsam.indicator.DisplayRounding;
import se.finsam.json.internal.DisplayFigures;
import se.finsam.indicator.IllHealthBenefit;
import se.finsam.indicator.IllHealthFigures;
import se.finsam.indicator.IllHealthRate;
import se.finsam.indicator.IndicatorPeriod;
import se.finsam.indicator.IndicatorSet;
import se.finsam.indicator.KeyFigures;
import se.finsam.json.internal.SourceWriter;
import se.finsam.indicator.ReportingPeriod;
import se.finsam.indicator.SupportComparison;
import se.finsam.indicator.SupportKind;
import se.finsam.indicator.SupportMeasure;
import se.finsam.member.MemberId;
import se.finsam.money.Amounts;
import se.finsam.money.Fraction;

/**
 * Writes the report of {@code finsam indicators --format json}: every measure of every area and period;
 * and, for {@link se.finsam.json.FinsamModule}, one measure or comparison on its own in the same fields.
 */
final class IndicatorWriter {

    private IndicatorWriter() {
    }

    static void report(JsonGenerator g, IndicatorSet set) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", set.name());
        if (set.note().isPresent()) {
            g.writeStringField("note", set.note().get());
        }
        g.writeStringField("currency", set.currency().getCurrencyCode());
        g.writeStringField("ageBand", set.ageBand().toString());
        DisplayFigures.rounding(g);
        // Every area's names and kinds once, and each period's measures in one pass over its figures.
        List<String> kinds = new ArrayList<>(set.areaIds().size());
        set.municipalities().forEach(m -> kinds.add("MUNICIPALITY"));
        set.aggregates().forEach(a -> kinds.add(a.kind().name()));
        List<String> names = set.areaNames();
        List<SupportMeasure> before = List.of();
        g.writeArrayFieldStart("support");
        for (int p = 0; p < set.support().size(); p++) {
            IndicatorPeriod<?> period = set.support().get(p);
            g.writeStartObject();
            supportPeriod(g, period.period(), period.note());
            if (p > 0) {
                g.writeObjectFieldStart("comparedWith");
                period(g, set.support().get(p - 1).period(), Optional.empty());
                g.writeEndObject();
            }
            g.writeArrayFieldStart("areas");
            List<SupportMeasure> measures = set.supportMeasures(p);
            for (int a = 0; a < measures.size(); a++) {
                g.writeStartObject();
                area(g, set.areaIds().get(a), names.get(a), kinds.get(a));
                measureFields(g, measures.get(a));
                if (p > 0) {
                    g.writeObjectFieldStart("change");
                    changeFields(g, SupportComparison.of(before.get(a), measures.get(a)));
                    g.writeEndObject();
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            before = measures;
        }
        g.writeEndArray();
        g.writeArrayFieldStart("illHealth");
        for (int p = 0; p < set.illHealth().size(); p++) {
            IndicatorPeriod<?> period = set.illHealth().get(p);
            g.writeStartObject();
            period(g, period.period(), period.note());
            g.writeArrayFieldStart("areas");
            List<IllHealthFigures> figures = set.illHealthFigures(p);
            for (int a = 0; a < figures.size(); a++) {
                g.writeStartObject();
                area(g, set.areaIds().get(a), names.get(a), kinds.get(a));
                illHealthArea(g, figures.get(a));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        if (set.populationSource().isPresent()) {
            SourceWriter.write(g, "populationSource", set.populationSource().get());
        }
        if (!set.keyFigures().isEmpty()) {
            keyFigures(g, set);
        }
        g.writeEndObject();
    }

    /**
     * The key figures published for the municipalities: {@code "keyFigures": [{"id", "source", "figures":
     * [{"area", "name", "year", "group" (TOTAL, WOMEN or MEN), "value" (exact, a string; null where missing), "status"?}]}]}.
     */
    private static void keyFigures(JsonGenerator g, IndicatorSet set) throws IOException {
        g.writeArrayFieldStart("keyFigures");
        for (KeyFigures figures : set.keyFigures()) {
            g.writeStartObject();
            g.writeStringField("id", figures.id());
            SourceWriter.write(g, "source", figures.source());
            g.writeArrayFieldStart("figures");
            for (KeyFigures.Figure f : figures.figures()) {
                g.writeStartObject();
                g.writeStringField("area", f.municipality().value());
                g.writeStringField("name", set.areaName(f.municipality()));
                g.writeNumberField("year", f.year());
                g.writeStringField("group", f.group().name());
                if (f.value().isPresent()) {
                    g.writeStringField("value", f.value().get().toPlainString());
                } else {
                    g.writeNullField("value");
                }
                if (f.status().isPresent()) {
                    g.writeStringField("status", f.status().get());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }


    /** A support period's fields: its start, end, note and number of days. */
    private static void supportPeriod(JsonGenerator g, ReportingPeriod period, Optional<String> note) throws IOException {
        period(g, period, note);
        g.writeNumberField("days", period.days());
    }

    private static void period(JsonGenerator g, ReportingPeriod period, Optional<String> note) throws IOException {
        g.writeStringField("start", period.startInclusive().toString());
        g.writeStringField("end", period.endInclusive().toString());
        if (note.isPresent()) {
            g.writeStringField("note", note.get());
        }
    }

    private static void area(JsonGenerator g, MemberId area, String name, String kind) throws IOException {
        g.writeStringField("area", area.value());
        g.writeStringField("name", name);
        g.writeStringField("kind", kind);
    }

    /**
     * A support measure on its own: {@code {"currency", "start", "end", "days", "ageBand"}}, the period and
     * age band that the report writes once for all areas, then the fields of its area in the report.
     */
    static void supportMeasure(JsonGenerator g, SupportMeasure m) throws IOException {
        g.writeStartObject();
        g.writeStringField("currency", m.figures().currency().getCurrencyCode());
        supportPeriod(g, m.period(), Optional.empty());
        g.writeStringField("ageBand", m.ageBand().toString());
        measureFields(g, m);
        g.writeEndObject();
    }

    /**
     * A comparison on its own: {@code {"currency", "start", "end", "days", "comparedWith": {"start", "end"}}},
     * the later period and the earlier as the report writes them, then the fields of an area's
     * {@code change}.
     */
    static void supportComparison(JsonGenerator g, SupportComparison c) throws IOException {
        g.writeStartObject();
        g.writeStringField("currency", c.later().figures().currency().getCurrencyCode());
        supportPeriod(g, c.later().period(), Optional.empty());
        g.writeObjectFieldStart("comparedWith");
        period(g, c.earlier().period(), Optional.empty());
        g.writeEndObject();
        changeFields(g, c);
        g.writeEndObject();
    }

    private static void measureFields(JsonGenerator g, SupportMeasure m) throws IOException {
        g.writeNumberField("population", m.figures().population());
        byKind(g, "paid", k -> DisplayFigures.plain(m.figures().paid(k)), DisplayFigures.plain(m.figures().totalPaid()));
        byKind(g, "rate", k -> DisplayRounding.rate(m.rate(k)).toPlainString(), DisplayRounding.rate(m.rate()).toPlainString());
        if (m.figures().totalFullYearEquivalents().isPresent()) {
            byKind(g, "fullYearEquivalents", k -> DisplayFigures.plain(m.figures().fullYearEquivalents(k).orElseThrow()),
                    DisplayFigures.plain(m.figures().totalFullYearEquivalents().get()));
        }
    }

    private static void changeFields(JsonGenerator g, SupportComparison c) throws IOException {
        byKind(g, "paid", k -> DisplayFigures.plain(amount(c.paymentChange(k))), DisplayFigures.plain(amount(c.paymentChange())));
        byKind(g, "rate", k -> DisplayRounding.rate(c.rateChange(k)).toPlainString(),
                DisplayRounding.rate(c.rateChange()).toPlainString());
        byKind(g, "percent", k -> DisplayFigures.percent(c.relativeChange(k)).orElse(null),
                DisplayFigures.percent(c.relativeChange()).orElse(null));
    }

    private static void illHealthArea(JsonGenerator g, IllHealthFigures f) throws IOException {
        g.writeNumberField("insured", f.insured());
        g.writeObjectFieldStart("netDays");
        for (IllHealthBenefit b : IllHealthBenefit.values()) {
            g.writeStringField(b.name(), exact(f.netDays(b)));
        }
        g.writeEndObject();
        g.writeObjectFieldStart("rates");
        for (IllHealthRate r : IllHealthRate.values()) {
            g.writeStringField(r.name(), DisplayRounding.days(f.rate(r)).toPlainString());
        }
        g.writeEndObject();
    }

    /** Writes {@code field}: an object of one figure per kind and the total; a null figure is written as null. */
    private static void byKind(JsonGenerator g, String field, Function<SupportKind, @Nullable String> value,
            @Nullable String total)
            throws IOException {
        g.writeObjectFieldStart(field);
        for (SupportKind k : SupportKind.values()) {
            String v = value.apply(k);
            if (v == null) {
                g.writeNullField(k.name());
            } else {
                g.writeStringField(k.name(), v);
            }
        }
        if (total == null) {
            g.writeNullField("total");
        } else {
            g.writeStringField("total", total);
        }
        g.writeEndObject();
    }


    private static BigDecimal amount(MonetaryAmount amount) {
        return Amounts.decimal(amount);
    }


    /** Net days are multiples of a quarter day, so two decimals hold them exactly. */
    private static String exact(Fraction days) {
        return DisplayFigures.plain(days.toBigDecimal(2, RoundingMode.UNNECESSARY));
    }
}
