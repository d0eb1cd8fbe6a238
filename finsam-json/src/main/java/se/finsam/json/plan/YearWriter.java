package se.finsam.json.plan;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import javax.money.MonetaryAmount;
import se.finsam.budget.AnnualPlan;
import se.finsam.budget.BudgetFollowUp;
import se.finsam.budget.CostCategory;
import se.finsam.budget.MemberShares;
import se.finsam.budget.MultiYearPlan;
import se.finsam.budget.YearEnd;
import se.finsam.contribution.Contribution;
import se.finsam.money.Fraction;
import se.finsam.money.RoundingUnit;
import se.finsam.project.ProjectId;

/**
 * Writes the results of a plan's years: the multi-year plan ({@code finsam plan --format json}) and the year
 * as it happens, its follow-up, year end and members' shares ({@code finsam outcome --format json}). Amounts
 * are decimal strings at the plan's rounding unit; percentages are exact, as the string of a fraction in
 * lowest terms ({@code "2400/73"}, or {@code "-100"} when whole).
 */
final class YearWriter {

    private YearWriter() {
    }

    static void multiYear(JsonGenerator g, MultiYearPlan m) throws IOException {
        AnnualPlan plan = m.plan();
        RoundingUnit unit = plan.roundingUnit();
        g.writeStartObject();
        g.writeStringField("association", plan.association().id().value());
        g.writeStringField("currency", plan.association().currency().getCurrencyCode());
        if (plan.openingEquity().isPresent()) {
            g.writeStringField("openingEquity", amount(plan.openingEquity().get(), unit));
        }
        g.writeArrayFieldStart("years");
        for (MultiYearPlan.Year y : m.years()) {
            year(g, y, unit);
        }
        g.writeEndArray();
        g.writeStringField("commitmentsBeyond", amount(m.commitmentsBeyond(), unit));
        g.writeEndObject();
    }

    private static void year(JsonGenerator g, MultiYearPlan.Year y, RoundingUnit unit) throws IOException {
        g.writeStartObject();
        g.writeNumberField("year", y.year());
        g.writeBooleanField("preliminary", y.preliminary());
        g.writeStringField("income", amount(y.income().total(), unit));
        g.writeObjectFieldStart("contributions");
        for (Contribution c : y.income().contributions()) {
            g.writeStringField(c.member().value(), amount(c.amount(), unit));
        }
        g.writeEndObject();
        g.writeObjectFieldStart("costs");
        for (Map.Entry<CostCategory, MonetaryAmount> e : y.costsByCategory().entrySet()) {
            g.writeStringField(e.getKey().name(), amount(e.getValue(), unit));
        }
        g.writeEndObject();
        g.writeStringField("operatingCosts", amount(y.costs(), unit));
        g.writeObjectFieldStart("projects");
        for (Map.Entry<ProjectId, MonetaryAmount> e : y.projectCostsByProject().entrySet()) {
            g.writeStringField(e.getKey().value(), amount(e.getValue(), unit));
        }
        g.writeEndObject();
        g.writeStringField("projectCosts", amount(y.projectCosts(), unit));
        g.writeStringField("disposable", amount(y.disposable(), unit));
        g.writeStringField("commitments", amount(y.commitments(), unit));
        g.writeStringField("reserve", amount(y.reserve(), unit));
        g.writeStringField("unreservedSurplus", amount(y.unreservedSurplus(), unit));
        g.writeStringField("shortfall", amount(y.shortfall(), unit));
        if (y.closingEquity().isPresent()) {
            g.writeStringField("closingEquity", amount(y.closingEquity().get(), unit));
            g.writeFieldName("equityShares");
            shares(g, y.equityShares().orElseThrow(), unit);
        }
        g.writeEndObject();
    }

    private static void shares(JsonGenerator g, MemberShares shares, RoundingUnit unit) throws IOException {
        g.writeStartObject();
        for (Contribution c : shares.shares()) {
            g.writeStringField(c.member().value(), amount(c.amount(), unit));
        }
        g.writeEndObject();
    }

    static void outcome(JsonGenerator g, AnnualPlan plan) throws IOException {
        BudgetFollowUp f = plan.followUp();
        RoundingUnit unit = plan.roundingUnit();
        boolean booked = f.date().isPresent();
        g.writeStartObject();
        g.writeStringField("association", plan.association().id().value());
        g.writeNumberField("year", plan.year());
        g.writeStringField("currency", plan.association().currency().getCurrencyCode());
        if (booked) {
            g.writeStringField("date", f.date().get().toString());
            percent(g, "yearPassedPercent", f.yearPassedPercent());
        }
        income(g, f, unit, booked);
        lines(g, "costs", f.costLines(), f.costsTotal(), unit, booked);
        lines(g, "projects", f.projectLines(), f.projectsTotal(), unit, booked);
        g.writeFieldName("total");
        line(g, f.total(), unit, booked);
        yearEnd(g, plan.yearEnd(), unit);
        memberShares(g, plan, unit);
        g.writeEndObject();
    }

    private static void income(JsonGenerator g, BudgetFollowUp f, RoundingUnit unit, boolean booked) throws IOException {
        g.writeArrayFieldStart("income");
        for (BudgetFollowUp.IncomeLine l : f.income()) {
            g.writeStartObject();
            g.writeStringField("member", l.member().value());
            g.writeStringField("budget", amount(l.budget(), unit));
            if (booked) {
                g.writeStringField("received", amount(l.received(), unit));
                g.writeStringField("outstanding", amount(l.outstanding(), unit));
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("incomeBudget", amount(f.plan().budget().income(), unit));
        if (booked) {
            g.writeStringField("incomeReceived", amount(f.incomeReceived(), unit));
            g.writeStringField("incomeOutstanding", amount(f.plan().budget().income().subtract(f.incomeReceived()), unit));
        }
    }

    /** A line of the follow-up; the outcome, the share used and the flag only when there is an outcome. */
    private static void line(JsonGenerator g, BudgetFollowUp.Line l, RoundingUnit unit, boolean booked) throws IOException {
        g.writeStartObject();
        if (l.category().isPresent()) {
            g.writeStringField("category", l.category().get().name());
        }
        if (l.project().isPresent()) {
            g.writeStringField("project", l.project().get().value());
        }
        g.writeStringField("budget", amount(l.budget(), unit));
        if (booked) {
            g.writeStringField("outcome", amount(l.outcome(), unit));
        }
        g.writeStringField("forecast", amount(l.forecast(), unit));
        g.writeStringField("deviation", amount(l.deviation(), unit));
        percent(g, "deviationPercent", l.deviationPercent());
        if (booked) {
            percent(g, "usedPercent", l.usedPercent());
            percent(g, "passedPercent", l.passedPercent());
            g.writeBooleanField("flagged", l.flagged());
        }
        g.writeEndObject();
    }

    /** The lines of a part of the follow-up as {@code name}, and their sum as {@code nameTotal}. */
    private static void lines(JsonGenerator g, String name, java.util.List<BudgetFollowUp.Line> lines,
            BudgetFollowUp.Line total, RoundingUnit unit, boolean booked) throws IOException {
        g.writeArrayFieldStart(name);
        for (BudgetFollowUp.Line l : lines) {
            line(g, l, unit, booked);
        }
        g.writeEndArray();
        g.writeFieldName(name + "Total");
        line(g, total, unit, booked);
    }

    private static void yearEnd(JsonGenerator g, YearEnd y, RoundingUnit unit) throws IOException {
        g.writeObjectFieldStart("yearEnd");
        g.writeStringField("basis", y.basis().name());
        g.writeStringField("income", amount(y.income(), unit));
        g.writeStringField("costs", amount(y.costs(), unit));
        g.writeStringField("result", amount(y.result(), unit));
        if (y.openingEquity().isPresent()) {
            g.writeStringField("openingEquity", amount(y.openingEquity().get(), unit));
        }
        g.writeStringField("closingEquity", amount(y.closingEquity(), unit));
        g.writeStringField("commitments", amount(y.commitments(), unit));
        g.writeStringField("reserve", amount(y.reserve(), unit));
        g.writeStringField("unreservedSurplus", amount(y.unreservedSurplus(), unit));
        g.writeBooleanField("hasUnreservedSurplus", y.hasUnreservedSurplus());
        g.writeStringField("shortfall", amount(y.shortfall(), unit));
        if (y.equityCheck().isPresent()) {
            PlanWriter.equityCheck(g, y.equityCheck().get(), unit);
        }
        g.writeEndObject();
    }

    /** Each member's share of the closing equity and of the result, and which municipal key split them. */
    private static void memberShares(JsonGenerator g, AnnualPlan plan, RoundingUnit unit) throws IOException {
        YearEnd y = plan.yearEnd();
        g.writeObjectFieldStart("memberShares");
        g.writeStringField("municipalKey", plan.finalMunicipalKey().isPresent() ? "FINAL" : "CHARTER");
        g.writeArrayFieldStart("shares");
        for (Contribution c : y.equityShares().shares()) {
            g.writeStartObject();
            g.writeStringField("member", c.member().value());
            g.writeStringField("kind", c.kind().name());
            g.writeStringField("equity", amount(c.amount(), unit));
            g.writeStringField("result", amount(y.resultShares().amountOf(c.member()), unit));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("equity", amount(y.equityShares().amount(), unit));
        g.writeStringField("result", amount(y.resultShares().amount(), unit));
        g.writeEndObject();
    }

    /** An exact percentage as the string of its fraction in lowest terms; nothing when there is none. */
    private static void percent(JsonGenerator g, String field, Optional<Fraction> percent) throws IOException {
        if (percent.isPresent()) {
            g.writeStringField(field, percent.get().toString());
        }
    }

    private static String amount(MonetaryAmount a, RoundingUnit unit) {
        return PlanWriter.amount(a, unit);
    }
}
