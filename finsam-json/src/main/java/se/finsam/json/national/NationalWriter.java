package se.finsam.json.national;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;
import se.finsam.contribution.Contribution;
import se.finsam.contribution.ContributionSplit;
import se.finsam.member.MemberKind;
import se.finsam.money.RoundingUnit;
import se.finsam.national.AllocationModel;
import se.finsam.national.AssociationAllocation;
import se.finsam.national.AssociationFigures;
import se.finsam.national.LimitApplied;
import se.finsam.national.Matching;
import se.finsam.national.NationalAllocation;
import se.finsam.national.NationalTotals;
import se.finsam.national.StateAllocation;
import se.finsam.national.SupplementaryGrant;
import se.finsam.national.SupplementarySplit;

/**
 * Writes the result of a national allocation: the allocation per association, the supplementary split
 * and the matching; amounts as decimal strings at the rounding unit's scale. Each part is also written on
 * its own for {@link se.finsam.json.FinsamModule}, in its shape within the whole.
 */
final class NationalWriter {

    private NationalWriter() {
    }

    /** A national allocation: the output of {@code finsam allocate --format json}. */
    static void allocation(JsonGenerator g, NationalAllocation national) throws IOException {
        RoundingUnit unit = national.unit();
        StateAllocation allocation = national.allocation();
        g.writeStartObject();
        g.writeNumberField("year", national.year().getValue());
        g.writeStringField("currency", national.appropriation().getCurrency().getCurrencyCode());
        g.writeStringField("roundingUnit", unit.toString());
        g.writeStringField("appropriation", amount(unit, national.appropriation()));
        allocationFields(g, allocation);
        if (national.supplementary().isPresent()) {
            g.writeFieldName("supplementary");
            supplementary(g, national.supplementary().get(), false);
        }
        g.writeArrayFieldStart("matching");
        for (Matching m : national.matching()) {
            matching(g, m, false);
        }
        g.writeEndArray();
        totals(g, national);
        g.writeEndObject();
    }

    /**
     * What the report's total rows show and the allocation's own fields do not: the column sums, the
     * previous allocations' sum and the change, the count of associations held by a limit, and the sums the
     * model's weights are shares of. Added after every earlier field.
     */
    private static void totals(JsonGenerator g, NationalAllocation national) throws IOException {
        RoundingUnit unit = national.unit();
        StateAllocation allocation = national.allocation();
        NationalTotals totals = national.totals();
        g.writeObjectFieldStart("totals");
        sum(g, "base", totals, NationalTotals.Column.BASE);
        sum(g, "supportMeasurePart", totals, NationalTotals.Column.SUPPORT_MEASURE_PART);
        sum(g, "populationPart", totals, NationalTotals.Column.POPULATION_PART);
        sum(g, "modelAmount", totals, NationalTotals.Column.MODEL_AMOUNT);
        g.writeStringField("aboveBases", amount(unit, allocation.aboveBases()));
        sum(g, "redistribution", totals, NationalTotals.Column.REDISTRIBUTION);
        g.writeNumberField("limited", totals.limited());
        sum(g, "stateAmount", totals, NationalTotals.Column.STATE_AMOUNT);
        sum(g, "effectiveState", totals, NationalTotals.Column.EFFECTIVE_STATE);
        sum(g, "regions", totals, NationalTotals.Column.REGIONS);
        sum(g, "municipalities", totals, NationalTotals.Column.MUNICIPALITIES);
        sum(g, "unmatched", totals, NationalTotals.Column.UNMATCHED);
        optional(g, "previousAllocation", unit, allocation.previousTotal());
        if (allocation.changePercent().isPresent()) {
            g.writeStringField("changePercent", allocation.changePercent().get().toPlainString());
        }
        g.writeStringField("supportMeasure", allocation.supportMeasureSum().toPlainString());
        g.writeNumberField("population", allocation.populationSum());
        g.writeEndObject();
    }

    /** A column sum of the totals, at the allocation's unit. */
    private static void sum(JsonGenerator g, String field, NationalTotals totals, NationalTotals.Column column)
            throws IOException {
        g.writeStringField(field, totals.unit().decimalOf(totals.unitsOf(column)).toPlainString());
    }


    /**
     * The allocation of the state's money on its own: the output of {@code finsam allocate} without the
     * year, the appropriation, the supplementary split and the matching, which it does not know.
     */
    static void allocation(JsonGenerator g, StateAllocation allocation) throws IOException {
        g.writeStartObject();
        g.writeStringField("currency", allocation.currency().getCurrencyCode());
        g.writeStringField("roundingUnit", allocation.unit().toString());
        allocationFields(g, allocation);
        g.writeEndObject();
    }

    private static void allocationFields(JsonGenerator g, StateAllocation allocation) throws IOException {
        RoundingUnit unit = allocation.unit();
        AllocationModel model = allocation.model();
        g.writeStringField("allocated", amount(unit, allocation.total()));
        g.writeObjectFieldStart("parameters");
        g.writeStringField("base", amount(unit, model.base()));
        g.writeStringField("supportMeasureWeight", model.supportMeasureWeight().toPlainString());
        g.writeStringField("populationWeight", model.populationWeight().toPlainString());
        if (model.maxDecrease().isPresent()) {
            g.writeStringField("maxDecrease", model.maxDecrease().get().toPlainString());
        }
        if (model.maxIncrease().isPresent()) {
            g.writeStringField("maxIncrease", model.maxIncrease().get().toPlainString());
        }
        g.writeEndObject();
        g.writeArrayFieldStart("allocations");
        for (int i = 0; i < allocation.allocations().size(); i++) {
            association(g, allocation.allocations().get(i), false, allocation.figures().get(i), allocation);
        }
        g.writeEndArray();
    }

    /** One association's allocation: an entry of {@code allocations}, with {@code "currency"} first when on its own. */
    static void association(JsonGenerator g, AssociationAllocation a, boolean standalone) throws IOException {
        association(g, a, standalone, null, null);
    }

    /**
     * One association's allocation; within a whole allocation followed by its figures, its previous allocation
     * and the change from it in percent ({@link StateAllocation#changePercent(se.finsam.association.AssociationId)}).
     */
    private static void association(JsonGenerator g, AssociationAllocation a, boolean standalone,
            @Nullable AssociationFigures figures, @Nullable StateAllocation whole) throws IOException {
        RoundingUnit unit = a.unit();
        g.writeStartObject();
        currency(g, a.amount().getCurrency(), standalone);
        g.writeStringField("association", a.association().value());
        g.writeStringField("name", a.name());
        g.writeStringField("allocation", amount(unit, a.amount()));
        g.writeStringField("base", amount(unit, a.base()));
        g.writeStringField("supportMeasurePart", amount(unit, a.supportMeasurePart()));
        g.writeStringField("populationPart", amount(unit, a.populationPart()));
        g.writeStringField("modelAmount", amount(unit, a.modelAmount()));
        optional(g, "floor", unit, a.floor());
        optional(g, "ceiling", unit, a.ceiling());
        g.writeStringField("limitApplied", a.limitApplied().name());
        g.writeStringField("redistribution", amount(unit, a.redistribution()));
        if (figures != null && whole != null) {
            optional(g, "previousAllocation", unit, figures.previousAllocation());
            Optional<BigDecimal> change = whole.changePercent(a.association());
            if (change.isPresent()) {
                g.writeStringField("changePercent", change.get().toPlainString());
            }
            g.writeStringField("supportMeasure", figures.supportMeasure().toPlainString());
            g.writeNumberField("population", figures.population());
        }
        g.writeEndObject();
    }

    /** The supplementary split: {@code supplementary}, with {@code "currency"} first when on its own. */
    static void supplementary(JsonGenerator g, SupplementarySplit split, boolean standalone) throws IOException {
        RoundingUnit unit = split.unit();
        g.writeStartObject();
        currency(g, split.call().pot().getCurrency(), standalone);
        g.writeStringField("pot", amount(unit, split.call().pot()));
        g.writeStringField("cap", amount(unit, split.call().cap()));
        g.writeBooleanField("oversubscribed", split.isOversubscribed());
        g.writeStringField("requested", amount(unit, split.requested()));
        g.writeStringField("eligible", amount(unit, split.eligible()));
        g.writeStringField("granted", amount(unit, split.granted()));
        g.writeStringField("leftOver", amount(unit, split.leftOver()));
        g.writeStringField("unmet", amount(unit, split.unmet()));
        g.writeArrayFieldStart("grants");
        for (SupplementaryGrant grant : split.grants()) {
            grant(g, grant, false);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** One association's grant: an entry of the {@code "grants"} array, with {@code "currency"} first when on its own. */
    static void grant(JsonGenerator g, SupplementaryGrant grant, boolean standalone) throws IOException {
        RoundingUnit unit = grant.unit();
        g.writeStartObject();
        currency(g, grant.currency(), standalone);
        g.writeStringField("association", grant.association().value());
        g.writeStringField("requested", amount(unit, grant.requested()));
        g.writeStringField("eligible", amount(unit, grant.eligible()));
        g.writeStringField("granted", amount(unit, grant.granted()));
        g.writeStringField("unmet", amount(unit, grant.unmet()));
        g.writeEndObject();
    }

    /** One association's matching: an entry of {@code matching}, with {@code "currency"} first when on its own. */
    static void matching(JsonGenerator g, Matching m, boolean standalone) throws IOException {
        RoundingUnit unit = m.unit();
        g.writeStartObject();
        currency(g, m.currency(), standalone);
        g.writeStringField("association", m.association().value());
        g.writeStringField("stateAmount", amount(unit, m.stateAmount()));
        optional(g, "offer", unit, m.offer());
        g.writeStringField("effectiveState", amount(unit, m.effectiveState()));
        g.writeStringField("regions", amount(unit, m.regions()));
        g.writeStringField("municipalities", amount(unit, m.municipalities()));
        g.writeStringField("unmatched", amount(unit, m.unmatched()));
        if (m.memberSplit().isPresent()) {
            ContributionSplit split = m.memberSplit().get();
            g.writeArrayFieldStart("members");
            for (Contribution c : split.contributions()) {
                if (c.kind() == MemberKind.REGION || c.kind() == MemberKind.MUNICIPALITY) {
                    g.writeStartObject();
                    g.writeStringField("member", c.member().value());
                    g.writeStringField("kind", c.kind().name());
                    g.writeStringField("amount", amount(unit, c.amount()));
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void currency(JsonGenerator g, CurrencyUnit currency, boolean standalone) throws IOException {
        if (standalone) {
            g.writeStringField("currency", currency.getCurrencyCode());
        }
    }

    private static void optional(JsonGenerator g, String field, RoundingUnit unit, Optional<MonetaryAmount> value)
            throws IOException {
        if (value.isPresent()) {
            g.writeStringField(field, amount(unit, value.get()));
        }
    }

    /** The amount at the unit's scale: {@code "1308750"} at unit 1, {@code "1308750.00"} at 0.01. */
    private static String amount(RoundingUnit unit, MonetaryAmount amount) {
        return unit.decimalOf(unit.unitsOf(amount)).toPlainString();
    }
}
