package se.finsam.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.money.MonetaryAmount;
import se.finsam.indicator.DisplayRounding;
import se.finsam.indicator.IllHealthBenefit;
import se.finsam.indicator.IllHealthFigures;
import se.finsam.indicator.IllHealthRate;
import se.finsam.indicator.IndicatorPeriod;
import se.finsam.indicator.IndicatorSet;
import se.finsam.indicator.ReportingPeriod;
import se.finsam.indicator.SupportComparison;
import se.finsam.indicator.SupportKind;
import se.finsam.indicator.SupportMeasure;
import se.finsam.member.MemberId;
import se.finsam.money.Fraction;

/** Writes the report of {@code finsam indicators --format json}: every measure of every area and period. */
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
        rounding(g);
        List<String> kinds = new ArrayList<>(set.areaIds().size());
        set.municipalities().forEach(m -> kinds.add("MUNICIPALITY"));
        set.aggregates().forEach(a -> kinds.add(a.kind().name()));
        List<String> names = set.areaNames();
        List<SupportMeasure> before = List.of();
        g.writeArrayFieldStart("support");
        for (int p = 0; p < set.support().size(); p++) {
            IndicatorPeriod<?> period = set.support().get(p);
            g.writeStartObject();
            period(g, period.period(), period.note());
            g.writeNumberField("days", period.period().days());
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
                supportArea(g, measures.get(a), p == 0 ? null : SupportComparison.of(before.get(a), measures.get(a)));
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
        g.writeEndObject();
    }

    static void rounding(JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("rounding");
        g.writeStringField("mode", DisplayRounding.MODE.name());
        g.writeNumberField("rateDecimals", DisplayRounding.RATE_SCALE);
        g.writeNumberField("percentDecimals", DisplayRounding.PERCENT_SCALE);
        g.writeNumberField("daysDecimals", DisplayRounding.DAYS_SCALE);
        g.writeEndObject();
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

    /** An area's measure in a period, and its change since the period before unless it is the first. */
    private static void supportArea(JsonGenerator g, SupportMeasure m, SupportComparison c) throws IOException {
        g.writeNumberField("population", m.figures().population());
        byKind(g, "paid", k -> plain(m.figures().paid(k)), plain(m.figures().totalPaid()));
        byKind(g, "rate", k -> DisplayRounding.rate(m.rate(k)).toPlainString(), DisplayRounding.rate(m.rate()).toPlainString());
        if (m.figures().totalFullYearEquivalents().isPresent()) {
            byKind(g, "fullYearEquivalents", k -> plain(m.figures().fullYearEquivalents(k).orElseThrow()),
                    plain(m.figures().totalFullYearEquivalents().get()));
        }
        if (c != null) {
            g.writeObjectFieldStart("change");
            byKind(g, "paid", k -> plain(amount(c.paymentChange(k))), plain(amount(c.paymentChange())));
            byKind(g, "rate", k -> DisplayRounding.rate(c.rateChange(k)).toPlainString(),
                    DisplayRounding.rate(c.rateChange()).toPlainString());
            byKind(g, "percent", k -> percent(c.relativeChange(k)), percent(c.relativeChange()));
            g.writeEndObject();
        }
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

    private static void byKind(JsonGenerator g, String field, Function<SupportKind, String> value, String total)
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

    static String percent(Optional<Fraction> share) {
        return share.map(s -> DisplayRounding.percent(s).toPlainString()).orElse(null);
    }

    private static BigDecimal amount(MonetaryAmount amount) {
        return amount.getNumber().numberValue(BigDecimal.class);
    }

    static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    /** Net days are multiples of a quarter day, so two decimals hold them exactly. */
    private static String exact(Fraction days) {
        return plain(days.toBigDecimal(2, RoundingMode.UNNECESSARY));
    }
}
