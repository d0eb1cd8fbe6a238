package se.finsam.json.plan;

import se.finsam.json.internal.SourceWriter;
import se.finsam.json.internal.TreeReader;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.List;
import se.finsam.budget.AnnualPlan;
import se.finsam.budget.Budget;
import se.finsam.budget.CostLine;
import se.finsam.budget.Equity;
import se.finsam.budget.EquityCheck;
import se.finsam.budget.EquityPolicy;
import se.finsam.budget.Outcome;
import se.finsam.budget.PlanYear;
import se.finsam.contribution.Settlement;
import se.finsam.member.MemberKind;
import se.finsam.member.Party;
import se.finsam.money.Amounts;
import se.finsam.project.CoFinancing;
import se.finsam.project.CostSchedule;
import se.finsam.project.Project;
import se.finsam.project.ProjectId;
import se.finsam.project.ScheduleTotals;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import se.finsam.association.CoordinationAssociation;
import se.finsam.contribution.Charter;
import se.finsam.contribution.Contribution;
import se.finsam.contribution.ContributionKey;
import se.finsam.contribution.ContributionSplit;
import se.finsam.contribution.Financing;
import se.finsam.member.Member;
import se.finsam.member.MemberId;
import se.finsam.money.Decimals;
import se.finsam.money.RoundingUnit;
import se.finsam.validation.ValidationResult;
import se.finsam.validation.Violation;

/** Writes documents and results with a Jackson generator, in the field order of the format. */
final class PlanWriter {

    private PlanWriter() {
    }

    static void document(JsonGenerator g, AnnualPlan d) throws IOException {
        g.writeStartObject();
        g.writeFieldName("association");
        association(g, d.association());
        g.writeNumberField("year", d.year());
        g.writeFieldName("financing");
        financing(g, d.financing(), false);
        g.writeStringField("roundingUnit", d.roundingUnit().toString());
        g.writeStringField("projectRoundingUnit", d.projectRoundingUnit().toString());
        if (!d.projects().isEmpty()) {
            g.writeArrayFieldStart("projects");
            for (Project p : d.projects()) {
                project(g, p, false);
            }
            g.writeEndArray();
        }
        costs(g, d.costs());
        if (d.finalMunicipalKey().isPresent()) {
            g.writeFieldName("finalMunicipalKey");
            key(g, d.finalMunicipalKey().get());
        }
        if (d.equity().isPresent()) {
            g.writeFieldName("equity");
            equity(g, d.equity().get(), false);
        }
        if (d.openingEquity().isPresent()) {
            g.writeStringField("openingEquity", plain(d.openingEquity().get()));
        }
        if (d.outcome().isPresent()) {
            outcome(g, d.outcome().get());
        }
        if (d.forecast().isPresent()) {
            g.writeObjectFieldStart("forecast");
            amounts(g, "costs", d.forecast().get().costs());
            amounts(g, "projects", d.forecast().get().projects());
            g.writeEndObject();
        }
        if (!d.laterYears().isEmpty()) {
            g.writeArrayFieldStart("laterYears");
            for (PlanYear y : d.laterYears()) {
                laterYear(g, y);
            }
            g.writeEndArray();
        }
        if (d.note().isPresent()) {
            g.writeStringField("note", d.note().get());
        }
        g.writeEndObject();
    }

    /** Writes {@code "costs": [...]}, unless there are none. */
    private static void costs(JsonGenerator g, List<CostLine> costs) throws IOException {
        if (!costs.isEmpty()) {
            g.writeArrayFieldStart("costs");
            for (CostLine c : costs) {
                cost(g, c, false);
            }
            g.writeEndArray();
        }
    }

    private static void outcome(JsonGenerator g, Outcome o) throws IOException {
        g.writeObjectFieldStart("outcome");
        g.writeStringField("date", o.date().toString());
        amounts(g, "income", o.income());
        amounts(g, "costs", o.costs());
        amounts(g, "projects", o.projects());
        g.writeEndObject();
    }

    /** Writes {@code "field": {key: amount, ...}} in the map's order, unless the map is empty. */
    private static void amounts(JsonGenerator g, String field, Map<?, MonetaryAmount> amounts) throws IOException {
        if (amounts.isEmpty()) {
            return;
        }
        g.writeObjectFieldStart(field);
        for (Map.Entry<?, MonetaryAmount> e : amounts.entrySet()) {
            g.writeStringField(e.getKey().toString(), plain(e.getValue()));
        }
        g.writeEndObject();
    }

    private static void laterYear(JsonGenerator g, PlanYear y) throws IOException {
        g.writeStartObject();
        g.writeNumberField("year", y.year());
        g.writeFieldName("financing");
        financing(g, y.financing(), false);
        if (y.preliminary()) {
            g.writeBooleanField("preliminary", true);
        }
        costs(g, y.costs());
        if (y.municipalKey().isPresent()) {
            g.writeFieldName("municipalKey");
            key(g, y.municipalKey().get());
        }
        g.writeEndObject();
    }

    /**
     * Writes {@code "currency": CODE} first in a value written on its own, outside a document, whose
     * amounts need it.
     */
    private static void currency(JsonGenerator g, MonetaryAmount amount, boolean standalone) throws IOException {
        currency(g, amount.getCurrency(), standalone);
    }

    private static void currency(JsonGenerator g, CurrencyUnit currency, boolean standalone) throws IOException {
        if (standalone) {
            g.writeStringField(PlanReader.CURRENCY, currency.getCurrencyCode());
        }
    }

    static void financing(JsonGenerator g, Financing f, boolean standalone) throws IOException {
        g.writeStartObject();
        currency(g, f.amount(), standalone);
        g.writeStringField(f.basis() == Financing.Basis.TOTAL ? "total" : "stateContribution", plain(f.amount()));
        g.writeEndObject();
    }

    static void cost(JsonGenerator g, CostLine c, boolean standalone) throws IOException {
        g.writeStartObject();
        currency(g, c.amount(), standalone);
        g.writeStringField("category", c.category().name());
        if (c.name().isPresent()) {
            g.writeStringField("name", c.name().get());
        }
        g.writeStringField("amount", plain(c.amount()));
        g.writeEndObject();
    }

    static void equity(JsonGenerator g, Equity e, boolean standalone) throws IOException {
        g.writeStartObject();
        currency(g, e.amount(), standalone);
        g.writeStringField("amount", plain(e.amount()));
        g.writeFieldName("thresholds");
        steps(g, e.policy());
        g.writeEndObject();
    }

    static void equityPolicy(JsonGenerator g, EquityPolicy policy) throws IOException {
        g.writeStartObject();
        currency(g, policy.steps().get(0).fromSize(), true);
        g.writeFieldName("thresholds");
        steps(g, policy);
        g.writeEndObject();
    }

    private static void steps(JsonGenerator g, EquityPolicy policy) throws IOException {
        g.writeStartArray();
        for (EquityPolicy.Step step : policy.steps()) {
            step(g, step, false);
        }
        g.writeEndArray();
    }

    static void step(JsonGenerator g, EquityPolicy.Step step, boolean standalone) throws IOException {
        g.writeStartObject();
        currency(g, step.fromSize(), standalone);
        g.writeStringField("fromSize", plain(step.fromSize()));
        g.writeStringField("maxPercent", step.maxPercent().toPlainString());
        g.writeEndObject();
    }

    static void project(JsonGenerator g, Project p, boolean standalone) throws IOException {
        g.writeStartObject();
        currency(g, p.totalCost(), standalone);
        g.writeStringField("id", p.id().value());
        g.writeStringField("name", p.name());
        if (p.focus().isPresent()) {
            g.writeStringField("focus", p.focus().get());
        }
        g.writeStringField("status", p.status().name());
        if (!p.members().isEmpty()) {
            g.writeArrayFieldStart("members");
            for (MemberId m : p.members()) {
                g.writeString(m.value());
            }
            g.writeEndArray();
        }
        if (p.owner().isPresent()) {
            g.writeStringField("owner", p.owner().get().value());
        }
        g.writeStringField("start", p.start().toString());
        if (p.end().isPresent()) {
            g.writeStringField("end", p.end().get().toString());
        }
        g.writeStringField("totalCost", plain(p.totalCost()));
        g.writeStringField("basis", p.basis().name());
        if (!p.costByYear().isEmpty()) {
            g.writeObjectFieldStart("costByYear");
            for (Map.Entry<Integer, MonetaryAmount> e : p.costByYear().entrySet()) {
                g.writeStringField(String.valueOf(e.getKey()), plain(e.getValue()));
            }
            g.writeEndObject();
        }
        if (!p.coFinancing().isEmpty()) {
            g.writeArrayFieldStart("coFinancing");
            for (CoFinancing c : p.coFinancing()) {
                coFinancing(g, c, false);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    static void coFinancing(JsonGenerator g, CoFinancing c, boolean standalone) throws IOException {
        g.writeStartObject();
        currency(g, c.amount(), standalone);
        g.writeStringField("source", c.source());
        g.writeStringField("amount", plain(c.amount()));
        g.writeEndObject();
    }

    static void association(JsonGenerator g, CoordinationAssociation a) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", a.id().value());
        g.writeStringField("name", a.name());
        g.writeStringField("currency", a.currency().getCurrencyCode());
        charterFields(g, a.charter());
        g.writeEndObject();
    }

    static void charter(JsonGenerator g, Charter charter) throws IOException {
        g.writeStartObject();
        charterFields(g, charter);
        g.writeEndObject();
    }

    private static void charterFields(JsonGenerator g, Charter charter) throws IOException {
        g.writeArrayFieldStart("members");
        for (Member m : charter.members()) {
            member(g, m);
        }
        g.writeEndArray();
        g.writeFieldName("municipalKey");
        key(g, charter.municipalKey());
        if (charter.regionalKey().isPresent()) {
            g.writeFieldName("regionalKey");
            key(g, charter.regionalKey().get());
        }
    }

    static void member(JsonGenerator g, Member m) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", m.id().value());
        g.writeStringField("kind", m.kind().name());
        g.writeStringField("name", m.name());
        if (m.code().isPresent()) {
            g.writeStringField("code", m.code().get());
        }
        g.writeEndObject();
    }

    static void key(JsonGenerator g, ContributionKey key) throws IOException {
        g.writeStartObject();
        g.writeStringField("basis", key.basis().name());
        if (key instanceof ContributionKey.Percentages p) {
            decimals(g, p.values());
        } else if (key instanceof ContributionKey.Weights w) {
            decimals(g, w.values());
        } else if (key instanceof ContributionKey.Population p) {
            g.writeObjectFieldStart("values");
            for (Map.Entry<MemberId, Long> e : p.values().entrySet()) {
                g.writeNumberField(e.getKey().value(), e.getValue());
            }
            g.writeEndObject();
            if (p.referenceDate().isPresent()) {
                g.writeStringField("referenceDate", p.referenceDate().get().toString());
            }
            if (p.ageBand().isPresent()) {
                g.writeStringField("ageBand", p.ageBand().get().toString());
            }
            if (p.source().isPresent()) {
                SourceWriter.write(g, "source", p.source().get());
            }
        }
        g.writeEndObject();
    }

    private static void decimals(JsonGenerator g, Map<MemberId, BigDecimal> values) throws IOException {
        g.writeObjectFieldStart("values");
        for (Map.Entry<MemberId, BigDecimal> e : values.entrySet()) {
            g.writeStringField(e.getKey().value(), e.getValue().toPlainString());
        }
        g.writeEndObject();
    }

    static void contribution(JsonGenerator g, Contribution c) throws IOException {
        g.writeStartObject();
        currency(g, c.amount(), true);
        g.writeStringField("member", c.member().value());
        g.writeStringField("kind", c.kind().name());
        g.writeStringField("amount", plain(c.amount()));
        g.writeEndObject();
    }


    /** The contributions of a plan's year: the output of {@code finsam split --format json}. */
    static void split(JsonGenerator g, AnnualPlan d, ContributionSplit split) throws IOException {
        g.writeStartObject();
        g.writeStringField("association", d.association().id().value());
        g.writeNumberField("year", d.year());
        splitFields(g, split);
        g.writeEndObject();
    }

    /**
     * A split on its own: the output of {@code finsam split} without the association and the year, which a
     * split does not know.
     */
    static void split(JsonGenerator g, ContributionSplit split) throws IOException {
        g.writeStartObject();
        splitFields(g, split);
        g.writeEndObject();
    }

    private static void splitFields(JsonGenerator g, ContributionSplit split) throws IOException {
        g.writeStringField("currency", split.currency().getCurrencyCode());
        g.writeStringField("total", split.unit().decimalOf(split.totalUnits()).toPlainString());
        contributions(g, split);
        g.writeStringField("roundingUnit", split.unit().toString());
        g.writeArrayFieldStart("parties");
        for (Party party : Party.values()) {
            g.writeStartObject();
            g.writeStringField("party", party.name());
            g.writeStringField("share", BigDecimal.valueOf(25L * party.statutoryWeight()).toPlainString());
            g.writeStringField("amount", split.unit().decimalOf(split.partyUnits(party)).toPlainString());
            g.writeEndObject();
        }
        g.writeEndArray();
        Charter charter = split.charter();
        keyFields(g, "municipalKey", charter.municipalKey());
        if (charter.regionalKey().isPresent()) {
            keyFields(g, "regionalKey", charter.regionalKey().get());
        }
    }

    /** A key's basis and, for a population key, its reference date, age band and source when given. */
    private static void keyFields(JsonGenerator g, String field, ContributionKey key) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("basis", key.basis().name());
        if (key instanceof ContributionKey.Population population) {
            if (population.referenceDate().isPresent()) {
                g.writeStringField("referenceDate", population.referenceDate().get().toString());
            }
            if (population.ageBand().isPresent()) {
                g.writeStringField("ageBand", population.ageBand().get().toString());
            }
            if (population.source().isPresent()) {
                SourceWriter.write(g, "source", population.source().get());
            }
        }
        g.writeEndObject();
    }

    /**
     * Each member's contribution; after the fields of the first version, its name and, for a member of a
     * party split by a key, its value in the key (a percentage, a head count, a weight; 1 for equal shares).
     */
    private static void contributions(JsonGenerator g, ContributionSplit split) throws IOException {
        Charter charter = split.charter();
        g.writeArrayFieldStart("contributions");
        for (Contribution c : split.contributions()) {
            Member m = charter.member(c.member()).orElseThrow();
            g.writeStartObject();
            g.writeStringField("member", c.member().value());
            g.writeStringField("kind", c.kind().name());
            g.writeStringField("amount", split.unit().decimalOf(split.unitsOf(c.member())).toPlainString());
            g.writeStringField("name", m.name());
            java.util.Optional<ContributionKey> key = charter.keyOf(m.party());
            if (key.isPresent()) {
                g.writeStringField("key", key.get().weightOf(m.id()).toPlainString());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** Every project's schedule of a plan: the output of {@code finsam schedule --format json}. */
    static void schedule(JsonGenerator g, AnnualPlan plan) throws IOException {
        RoundingUnit unit = plan.projectRoundingUnit();
        // Computed before anything is written: the text may go straight to its reader.
        List<CostSchedule> schedules = plan.schedules();
        ScheduleTotals totals = ScheduleTotals.compute(schedules);
        g.writeStartObject();
        g.writeStringField("association", plan.association().id().value());
        g.writeStringField("currency", plan.association().currency().getCurrencyCode());
        g.writeArrayFieldStart("projects");
        for (CostSchedule s : schedules) {
            schedule(g, s, false);
        }
        g.writeEndArray();
        g.writeObjectFieldStart("totalByYear");
        for (int year : totals.years()) {
            g.writeStringField(String.valueOf(year), unit.decimalOf(totals.unitsIn(year)).toPlainString());
        }
        g.writeEndObject();
        g.writeObjectFieldStart("committedAfterYear");
        for (int year : totals.years()) {
            g.writeStringField(String.valueOf(year), unit.decimalOf(totals.unitsAfter(year)).toPlainString());
        }
        g.writeEndObject();
        g.writeStringField("decidedTotalCost", unit.decimalOf(totals.totalUnits()).toPlainString());
        g.writeEndObject();
    }

    /**
     * One project's schedule, at its unit's scale: an entry of {@code finsam schedule}'s {@code projects},
     * with {@code "currency"} first when on its own.
     */
    static void schedule(JsonGenerator g, CostSchedule s, boolean standalone) throws IOException {
        RoundingUnit unit = s.unit();
        g.writeStartObject();
        currency(g, s.currency(), standalone);
        g.writeStringField("project", s.project().id().value());
        g.writeStringField("name", s.project().name());
        g.writeStringField("status", s.project().status().name());
        g.writeStringField("basis", s.project().basis().name());
        g.writeStringField("totalCost", amount(s.project().totalCost(), unit));
        g.writeObjectFieldStart("costByYear");
        for (int year : s.years()) {
            g.writeStringField(String.valueOf(year), unit.decimalOf(s.unitsIn(year)).toPlainString());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    /** A budget: the output of {@code finsam budget --format json}. */
    static void budget(JsonGenerator g, Budget b) throws IOException {
        RoundingUnit unit = b.unit();
        g.writeStartObject();
        g.writeStringField("association", b.plan().association().id().value());
        g.writeNumberField("year", b.year());
        g.writeStringField("currency", b.plan().association().currency().getCurrencyCode());
        g.writeStringField("income", amount(b.income(), unit));
        contributions(g, b.contributions());
        g.writeArrayFieldStart("costs");
        for (CostLine c : b.plan().costs()) {
            g.writeStartObject();
            g.writeStringField("category", c.category().name());
            if (c.name().isPresent()) {
                g.writeStringField("name", c.name().get());
            }
            g.writeStringField("amount", amount(c.amount(), unit));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("projectCosts", amount(b.projectCosts(), unit));
        g.writeArrayFieldStart("projects");
        for (Map.Entry<ProjectId, MonetaryAmount> e : b.projectCostsByProject().entrySet()) {
            g.writeStartObject();
            g.writeStringField("project", e.getKey().value());
            g.writeStringField("amount", amount(e.getValue(), unit));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("disposable", amount(b.disposable(), unit));
        g.writeStringField("commitments", amount(b.commitments(), unit));
        g.writeObjectFieldStart("commitmentsByYear");
        for (Map.Entry<Integer, MonetaryAmount> e : b.commitmentsByYear().entrySet()) {
            g.writeStringField(String.valueOf(e.getKey()), amount(e.getValue(), unit));
        }
        g.writeEndObject();
        g.writeStringField("reserve", amount(b.reserve(), unit));
        g.writeStringField("unreservedSurplus", amount(b.unreservedSurplus(), unit));
        g.writeStringField("shortfall", amount(b.shortfall(), unit));
        if (b.settlement().isPresent()) {
            // The final key is municipal: only the municipalities' contributions can differ.
            g.writeFieldName("settlement");
            settlementEntries(g, b.settlement().get(), true);
        }
        if (b.equityCheck().isPresent()) {
            equityCheck(g, b.equityCheck().get(), unit);
        }
        g.writeStringField("operatingCosts", amount(b.costs(), unit));
        g.writeStringField("totalCosts", amount(b.totalCosts(), unit));
        coFinancing(g, b.plan());
        g.writeFieldName("schedule");
        schedule(g, b.plan());
        if (b.settlement().isPresent()) {
            // The municipal quarter, on the preliminary key and on the final one: the same amount.
            Settlement settlement = b.settlement().get();
            long invoiced = settlement.preliminary().partyUnits(Party.MUNICIPALITIES);
            long due = settlement.finalSplit().partyUnits(Party.MUNICIPALITIES);
            g.writeObjectFieldStart("settlementTotal");
            g.writeStringField("invoiced", unit.decimalOf(invoiced).toPlainString());
            g.writeStringField("due", unit.decimalOf(due).toPlainString());
            g.writeStringField("difference", unit.decimalOf(Math.subtractExact(due, invoiced)).toPlainString());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /** The {@code "equity"} field: equity against its reasonable level, of a budget or of a year end. */
    static void equityCheck(JsonGenerator g, EquityCheck e, RoundingUnit unit) throws IOException {
        g.writeObjectFieldStart("equity");
        g.writeStringField("amount", amount(e.equity(), unit));
        g.writeStringField("size", amount(e.size(), unit));
        g.writeStringField("maxPercent", e.step().maxPercent().toPlainString());
        g.writeStringField("reasonableLevel", amount(e.reasonableLevel(), unit));
        g.writeStringField("excess", amount(e.excess(), unit));
        g.writeBooleanField("overLevel", e.isOverLevel());
        g.writeEndObject();
    }

    /** The co-financing of the plan's projects, as given (it is not rounded to a unit), when any project has some. */
    private static void coFinancing(JsonGenerator g, AnnualPlan plan) throws IOException {
        if (plan.projects().stream().allMatch(p -> p.coFinancing().isEmpty())) {
            return;
        }
        g.writeArrayFieldStart("coFinancing");
        for (Project p : plan.projects()) {
            for (CoFinancing c : p.coFinancing()) {
                g.writeStartObject();
                g.writeStringField("project", p.id().value());
                g.writeStringField("source", c.source());
                g.writeStringField("amount", plain(c.amount()));
                g.writeEndObject();
            }
        }
        g.writeEndArray();
    }

    /**
     * A plan's settlement between its municipal key and its final one: {@code {"association", "year",
     * "currency", "preliminaryKey", "finalKey", "entries"}}.
     */
    static void settlement(JsonGenerator g, AnnualPlan plan) throws IOException {
        Settlement s = plan.settlement().orElseThrow();
        g.writeStartObject();
        g.writeStringField("association", plan.association().id().value());
        g.writeNumberField("year", plan.year());
        currency(g, s.preliminary().currency(), true);
        g.writeFieldName("preliminaryKey");
        key(g, plan.association().charter().municipalKey());
        g.writeFieldName("finalKey");
        key(g, plan.finalMunicipalKey().orElseThrow());
        g.writeFieldName("entries");
        settlementEntries(g, s, false);
        g.writeEndObject();
    }

    /** A settlement on its own: {@code {"currency", "entries"}}, every member's entry as in a budget. */
    static void settlement(JsonGenerator g, Settlement s) throws IOException {
        g.writeStartObject();
        currency(g, s.preliminary().currency(), true);
        g.writeFieldName("entries");
        settlementEntries(g, s, false);
        g.writeEndObject();
    }

    private static void settlementEntries(JsonGenerator g, Settlement s, boolean municipalitiesOnly) throws IOException {
        RoundingUnit unit = s.preliminary().unit();
        g.writeStartArray();
        for (Settlement.Entry e : s.entries()) {
            if (!municipalitiesOnly || e.kind() == MemberKind.MUNICIPALITY) {
                g.writeStartObject();
                g.writeStringField("member", e.member().value());
                g.writeStringField("invoiced", amount(e.invoiced(), unit));
                g.writeStringField("due", amount(e.due(), unit));
                g.writeStringField("difference", amount(e.difference(), unit));
                g.writeEndObject();
            }
        }
        g.writeEndArray();
    }

    /** An amount as a decimal string at the unit's scale. */
    static String amount(MonetaryAmount a, RoundingUnit unit) {
        return unit.decimalOf(unit.unitsOf(a)).toPlainString();
    }


    /**
     * An amount as the plain decimal the reader reads back. A value built in Java but never checked against a
     * plan (a cost line on its own, say) may hold a number the format cannot: more than 40 significant
     * digits or decimals, or 10<sup>80</sup> and more ({@code 1E+300000000} would spell out 300 million
     * digits). It is refused, as the reader would refuse it, instead of written.
     *
     * @throws IllegalArgumentException if the number is out of the format's range (Jackson reports it as a
     *     {@code JsonMappingException})
     */
    private static String plain(MonetaryAmount amount) {
        BigDecimal number = Decimals.stripTrailingZeros(Amounts.decimal(amount));
        long scale = number.scale();
        if (number.precision() > TreeReader.MAX_NUMBER_DIGITS || scale > TreeReader.MAX_NUMBER_DIGITS
                || scale < -TreeReader.MAX_NUMBER_DIGITS) {
            throw new IllegalArgumentException("Amount " + number + " cannot be written in the document format: at most "
                    + TreeReader.MAX_NUMBER_DIGITS + " significant digits and decimals, and less than 1E+"
                    + 2 * TreeReader.MAX_NUMBER_DIGITS);
        }
        return number.toPlainString();
    }
}
