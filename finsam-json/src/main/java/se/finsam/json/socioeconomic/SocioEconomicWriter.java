package se.finsam.json.socioeconomic;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import se.finsam.indicator.DisplayRounding;
import se.finsam.money.Fraction;
import se.finsam.socioeconomic.ActorResult;
import se.finsam.socioeconomic.BreakEven;
import se.finsam.socioeconomic.HorizonResult;
import se.finsam.socioeconomic.Payback;
import se.finsam.socioeconomic.PersonYear;
import se.finsam.socioeconomic.Sensitivity;
import se.finsam.socioeconomic.SocioEconomicCalculation;
import se.finsam.socioeconomic.YearGain;

/**
 * Writes the report of {@code finsam socioeconomic --format json} ({@code docs/socioeconomic.md}, JSON
 * output): the calculation's assumptions in brief, every horizon's result per actor and for society, and
 * the sensitivity table; and, for {@link se.finsam.json.FinsamModule}, each kind of result on its own in
 * its shape within the report. Amounts are strings of whole kronor rounded half away from zero
 * ({@link DisplayRounding#MODE}); exact figures (shares, factors, rates, the number who succeed) are
 * strings {@code "n/d"}, or {@code "n"} when whole.
 */
final class SocioEconomicWriter {

    private static final Fraction HUNDRED = Fraction.of(100, 1);

    private SocioEconomicWriter() {
    }

    static void report(JsonGenerator g, SocioEconomicCalculation c) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", c.name());
        if (c.note().isPresent()) {
            g.writeStringField("note", c.note().get());
        }
        g.writeStringField("currency", c.currency().getCurrencyCode());
        g.writeNumberField("participants", c.success().participants());
        g.writeStringField("successful", c.success().successful().toString());
        g.writeStringField("successRate", percent(c.success().rate()));
        if (c.success().followUp().isPresent()) {
            g.writeStringField("successFromFollowUp", c.success().followUp().get());
        }
        g.writeStringField("discountRate", percent(c.discountRate()));
        g.writeStringField("costOfExclusionPerPersonAndYear", amount(c.costOfExclusion().perPersonAndYear()));
        rounding(g);
        g.writeArrayFieldStart("horizons");
        for (HorizonResult result : c.results()) {
            horizon(g, result);
        }
        g.writeEndArray();
        g.writeFieldName("sensitivity");
        sensitivity(g, c.sensitivity());
        g.writeEndObject();
    }

    /** Writes the {@code "rounding"} object: how amounts are rounded for display, and that nothing else is. */
    private static void rounding(JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("rounding");
        g.writeStringField("mode", DisplayRounding.MODE.name());
        g.writeNumberField("amountDecimals", 0);
        g.writeStringField("description", "Amounts are whole kronor, rounded half away from zero for display only;"
                + " every figure is computed exactly; rates, shares and factors are exact percentages (\"3.5\", or \"n/d\""
                + " when the decimals do not end) and discount factors exact fractions of one (\"200/207\")");
        g.writeEndObject();
    }

    /** One horizon's result: {@code {"horizon", "actors": [...], "society"}}. */
    static void horizon(JsonGenerator g, HorizonResult result) throws IOException {
        g.writeStartObject();
        g.writeNumberField("horizon", result.horizon());
        g.writeArrayFieldStart("actors");
        for (ActorResult actor : result.actors()) {
            actor(g, actor);
        }
        g.writeEndArray();
        g.writeFieldName("society");
        actor(g, result.society());
        g.writeEndObject();
    }

    /** An actor's result, or society's (without {@code "actor"}). */
    static void actor(JsonGenerator g, ActorResult r) throws IOException {
        g.writeStartObject();
        if (r.actor().isPresent()) {
            g.writeStringField("actor", r.actor().get().name());
        }
        g.writeFieldName("gainPerPersonAndYear");
        personYear(g, r.perPersonAndYear());
        g.writeStringField("investment", amount(r.investment()));
        g.writeStringField("gains", amount(r.gainsPresentValue()));
        g.writeStringField("netPresentValue", amount(r.netPresentValue()));
        g.writeStringField("investmentUndiscounted", amount(r.investmentTotal()));
        g.writeStringField("gainsUndiscounted", amount(r.gainsTotal()));
        g.writeFieldName("payback");
        payback(g, r.payback());
        g.writeFieldName("breakEven");
        breakEven(g, r.breakEven());
        g.writeStringField("netPresentValueBeforeGains", amount(r.investment().negated()));
        g.writeArrayFieldStart("gainsByYear");
        Fraction cumulative = r.investment().negated();
        for (YearGain gain : r.gains()) {
            cumulative = cumulative.plus(gain.presentValue());
            yearGain(g, gain, cumulative);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** What a person out of exclusion for a year is worth, by parts and in all. */
    static void personYear(JsonGenerator g, PersonYear p) throws IOException {
        g.writeStartObject();
        g.writeStringField("realCosts", amount(p.realCosts()));
        g.writeStringField("transfers", amount(p.transfers()));
        g.writeStringField("taxes", amount(p.taxes()));
        g.writeStringField("production", amount(p.production()));
        g.writeStringField("total", amount(p.total()));
        g.writeEndObject();
    }

    /** {@code {"status", "months"}}, the months null unless paid back. */
    static void payback(JsonGenerator g, Payback p) throws IOException {
        g.writeStartObject();
        g.writeStringField("status", p.status().name());
        g.writeFieldName("months");
        if (p.paidBackAfter().isPresent()) {
            g.writeNumber(p.paidBackAfter().getAsInt());
        } else {
            g.writeNull();
        }
        g.writeEndObject();
    }

    /** {@code {"successful", "beyondParticipants"}}, the number null when none suffices. */
    static void breakEven(JsonGenerator g, BreakEven b) throws IOException {
        g.writeStartObject();
        g.writeFieldName("successful");
        if (b.successful().isPresent()) {
            g.writeNumber(b.successful().get());
        } else {
            g.writeNull();
        }
        g.writeBooleanField("beyondParticipants", b.beyondParticipants());
        g.writeEndObject();
    }

    /** One year's avoided costs on its own (the Jackson module's form): an entry of {@code gainsByYear}. */
    static void yearGain(JsonGenerator g, YearGain y) throws IOException {
        g.writeStartObject();
        yearGainFields(g, y);
        g.writeEndObject();
    }

    /** One year's avoided costs: an entry of {@code gainsByYear}, with the actor's net present value to its end. */
    private static void yearGain(JsonGenerator g, YearGain y, Fraction cumulative) throws IOException {
        g.writeStartObject();
        yearGainFields(g, y);
        g.writeStringField("cumulativeNetPresentValue", amount(cumulative));
        g.writeEndObject();
    }

    private static void yearGainFields(JsonGenerator g, YearGain y) throws IOException {
        g.writeNumberField("year", y.year());
        g.writeNumberField("yearFromStart", y.yearFromStart());
        g.writeStringField("share", percent(y.share()));
        g.writeStringField("amount", amount(y.amount()));
        g.writeStringField("discountFactor", y.discountFactor().toString());
        g.writeStringField("presentValue", amount(y.presentValue()));
    }

    /** The sensitivity table: {@code {"horizon", "rows": [...]}}. */
    static void sensitivity(JsonGenerator g, Sensitivity s) throws IOException {
        g.writeStartObject();
        g.writeNumberField("horizon", s.horizon());
        g.writeArrayFieldStart("rows");
        for (Sensitivity.Row row : s.rows()) {
            row(g, row);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** One row: the parameter, its factor and value, and the net present value of society and each actor. */
    static void row(JsonGenerator g, Sensitivity.Row row) throws IOException {
        g.writeStartObject();
        g.writeStringField("parameter", row.parameter().name());
        g.writeStringField("factor", percent(row.factor()));
        g.writeStringField("value", switch (row.parameter()) {
            case DISCOUNT_RATE -> percent(row.value());
            case COST_OF_EXCLUSION -> amount(row.value());
            case SUCCESS, HORIZON -> row.value().toString();
        });
        g.writeObjectFieldStart("netPresentValue");
        g.writeStringField("society", amount(row.result().society().netPresentValue()));
        for (ActorResult actor : row.result().actors()) {
            g.writeStringField(actor.actor().orElseThrow().name(), amount(actor.netPresentValue()));
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    /**
     * A share of one as an exact percentage: a decimal when it ends ({@code 1/4} is {@code "25"}, {@code 7/200} is
     * {@code "3.5"}), else the fraction of percent {@code "n/d"} ({@code 1/3} is {@code "100/3"}).
     */
    static String percent(Fraction share) {
        Fraction value = share.multipliedBy(HUNDRED);
        return value.toExactDecimal().map(BigDecimal::toPlainString).orElse(value.toString());
    }

    /** An amount for display: whole kronor, half away from zero. */
    private static String amount(Fraction amount) {
        return amount.toBigDecimal(0, DisplayRounding.MODE).toPlainString();
    }
}
