package se.finsam.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import se.finsam.association.AssociationId;
import se.finsam.contribution.Contribution;
import se.finsam.contribution.ContributionSplit;
import se.finsam.member.Member;
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
 * Builds the report of a {@link NationalAllocation}: {@code finsam allocate}. Its first section keeps the
 * documented CSV columns of docs/national.md first and in order, and adds the previous allocation and the
 * change after them; then the supplementary funds, the matching and, where the members are known, the
 * matching per member. Explained, it takes the model, the limits, the supplementary split and the
 * matching apart step by step.
 */
final class AllocationReport {

    /** The decimals a change in percent is shown with. */
    static final int CHANGE_DECIMALS = 1;

    private final NationalAllocation national;
    private final StateAllocation allocation;
    private final RoundingUnit unit;
    private final CurrencyUnit currency;
    private final Map<AssociationId, String> names = new HashMap<>();

    private AllocationReport(NationalAllocation national) {
        this.national = national;
        this.allocation = national.allocation();
        this.unit = national.unit();
        this.currency = national.appropriation().getCurrency();
        national.associations().forEach(a -> names.put(a.id(), a.name()));
    }

    static Report of(NationalAllocation national, Detail detail) {
        return new AllocationReport(national).report(detail);
    }

    private Report report(Detail detail) {
        Report.Builder report = Report.builder("Finsam " + national.year(),
                Text.of("allocate.title", Cell.year(national.year().getValue())));
        national.note().ifPresent(note -> report.lead(Text.literal(note)));
        Cell allocated = money(allocation.total());
        report.lead(national.supplementaryCall()
                .map(call -> Text.of("allocate.lead.appropriationWithPot", money(national.appropriation()), money(call.pot()),
                        allocated))
                .orElse(Text.of("allocate.lead.appropriation", money(national.appropriation()), allocated)));
        AllocationModel model = national.model();
        report.lead(Text.of("allocate.lead.model", money(model.base()), percent(model.supportMeasureWeight()),
                percent(model.populationWeight())));
        model.maxDecrease().ifPresent(d -> report.lead(Text.of("allocate.lead.maxDecrease", percent(d))));
        model.maxIncrease().ifPresent(u -> report.lead(Text.of("allocate.lead.maxIncrease", percent(u))));
        report.lead(Text.of("allocate.lead.unit", new Cell.Money(unit.value(), unit.scale(), currency)));
        report.section(allocations());
        national.supplementary().ifPresent(s -> report.section(supplementary(s, detail)));
        report.section(matching(detail));
        if (national.matching().stream().anyMatch(m -> m.memberSplit().isPresent())) {
            report.section(members());
        }
        if (detail == Detail.EXPLAINED) {
            report.section(modelSteps()).section(limitSteps());
        }
        return report.build();
    }

    private Cell money(MonetaryAmount amount) {
        return Cell.money(amount, unit);
    }

    private Cell units(long units) {
        return new Cell.Money(unit.decimalOf(units), unit.scale(), currency);
    }

    private static Cell optionalMoney(Optional<MonetaryAmount> amount, RoundingUnit unit) {
        return amount.map(a -> Cell.money(a, unit)).orElse(Cell.EMPTY);
    }

    /** A parameter in percent, shown with the decimals it is given with: {@code 75 %}, {@code 12,5 %}. */
    private static Cell percent(BigDecimal value) {
        return new Cell.Percent(value, Math.max(0, value.stripTrailingZeros().scale()));
    }

    private static Cell change(Optional<BigDecimal> percent) {
        return percent.<Cell>map(p -> new Cell.Percent(p, CHANGE_DECIMALS)).orElse(Cell.EMPTY);
    }

    private Cell.Named association(AssociationId id) {
        return new Cell.Named(id.value(), Objects.requireNonNull(names.get(id), "an association of the allocation"));
    }

    private Optional<SupplementaryGrant> grantOf(AssociationId id) {
        return national.supplementary()
                .filter(s -> s.grants().stream().anyMatch(g -> g.association().equals(id)))
                .map(s -> s.grantOf(id));
    }

    /** A column's sum over every association. */
    private Cell sum(NationalTotals totals, NationalTotals.Column column) {
        return units(totals.unitsOf(column));
    }

    private Section allocations() {
        Section.Builder s = Section.builder("allocations", Text.of("allocate.allocations"),
                Column.named("association", "name", "allocate.column.association"),
                Column.numbers("allocation", "allocate.column.allocation"), Column.numbers("base", "allocate.column.base"),
                Column.numbers("supportMeasurePart", "allocate.column.supportMeasurePart"),
                Column.numbers("populationPart", "allocate.column.populationPart"),
                Column.numbers("modelAmount", "allocate.column.modelAmount"), Column.numbers("floor", "allocate.column.floor"),
                Column.numbers("ceiling", "allocate.column.ceiling"),
                Column.codesOnly("limitApplied", "allocate.column.limitApplied"),
                Column.numbers("redistribution", "allocate.column.redistribution"),
                Column.numbers("supplementaryRequested", "allocate.column.supplementaryRequested"),
                Column.numbers("supplementaryGranted", "allocate.column.supplementaryGranted"),
                Column.numbers("stateAmount", "allocate.column.stateAmount"),
                Column.numbers("effectiveState", "allocate.column.effectiveState"),
                Column.numbers("regions", "allocate.column.regions"),
                Column.numbers("municipalities", "allocate.column.municipalities"),
                Column.numbers("unmatched", "allocate.column.unmatched"),
                Column.numbers("previousAllocation", "allocate.column.previousAllocation"),
                Column.numbers("change", "allocate.column.change"));
        NationalTotals totals = national.totals();
        for (int i = 0; i < national.associations().size(); i++) {
            AssociationFigures f = national.associations().get(i);
            AssociationAllocation a = allocation.allocations().get(i);
            Matching m = national.matching().get(i);
            Optional<SupplementaryGrant> grant = grantOf(f.id());
            s.row(association(f.id()), money(a.amount()), money(a.base()), money(a.supportMeasurePart()),
                    money(a.populationPart()), money(a.modelAmount()), optionalMoney(a.floor(), unit),
                    optionalMoney(a.ceiling(), unit), Codes.limit(a.limitApplied()), money(a.redistribution()),
                    grant.map(g -> money(g.requested())).orElse(Cell.EMPTY),
                    grant.map(g -> money(g.granted())).orElse(Cell.EMPTY), money(m.stateAmount()),
                    money(m.effectiveState()), money(m.regions()), money(m.municipalities()), money(m.unmatched()),
                    optionalMoney(f.previousAllocation(), unit), change(allocation.changePercent(f.id())));
        }
        Optional<SupplementarySplit> supplementary = national.supplementary();
        s.total(Cell.label("row.total"), money(allocation.total()), sum(totals, NationalTotals.Column.BASE),
                sum(totals, NationalTotals.Column.SUPPORT_MEASURE_PART), sum(totals, NationalTotals.Column.POPULATION_PART),
                sum(totals, NationalTotals.Column.MODEL_AMOUNT), Cell.EMPTY, Cell.EMPTY,
                Cell.label("allocate.row.limited", Cell.count(totals.limited())),
                sum(totals, NationalTotals.Column.REDISTRIBUTION),
                supplementary.map(x -> money(x.requested())).orElse(Cell.EMPTY),
                supplementary.map(x -> money(x.granted())).orElse(Cell.EMPTY), sum(totals, NationalTotals.Column.STATE_AMOUNT),
                sum(totals, NationalTotals.Column.EFFECTIVE_STATE), sum(totals, NationalTotals.Column.REGIONS),
                sum(totals, NationalTotals.Column.MUNICIPALITIES), sum(totals, NationalTotals.Column.UNMATCHED),
                optionalMoney(allocation.previousTotal(), unit), change(allocation.changePercent()));
        s.note(Text.of("allocate.note.parts"));
        s.note(Text.of("allocate.note.change", Cell.count(CHANGE_DECIMALS)));
        s.chart(Chart.ranked(Text.of("allocate.chart.allocations"), "association", "allocation", "limitApplied",
                LimitApplied.NONE.name()));
        return s.build();
    }

    private Section supplementary(SupplementarySplit split, Detail detail) {
        Section.Builder s = Section.builder("supplementary", Text.of("allocate.supplementary"),
                Column.named("association", "name", "allocate.column.association"),
                Column.numbers("requested", "allocate.column.requested"), Column.numbers("eligible", "allocate.column.eligible"),
                Column.numbers("granted", "allocate.column.granted"), Column.numbers("unmet", "allocate.column.unmet"));
        for (SupplementaryGrant g : split.grants()) {
            s.row(association(g.association()), money(g.requested()), money(g.eligible()), money(g.granted()),
                    money(g.unmet()));
        }
        s.total(Cell.label("row.total"), money(split.requested()), money(split.eligible()), money(split.granted()),
                money(split.unmet()));
        s.row(Row.subtotal(Cell.label("allocate.row.leftOver"), Cell.EMPTY, Cell.EMPTY, money(split.leftOver()), Cell.EMPTY));
        s.note(Text.of("allocate.note.call", money(split.call().pot()), money(split.call().cap()),
                Cell.count(split.grants().size())));
        if (split.isOversubscribed()) {
            s.note(Text.of("allocate.note.oversubscribed"));
        } else {
            s.note(Text.of("allocate.note.undersubscribed"));
        }
        if (detail == Detail.EXPLAINED) {
            s.note(Text.of("allocate.explain.supplementary", money(split.call().cap())));
            if (split.isOversubscribed()) {
                BigDecimal rate = split.rate().toBigDecimal(StateAllocation.CHANGE_DECIMALS, RoundingMode.DOWN)
                        .multiply(BigDecimal.valueOf(100));
                s.note(Text.of("allocate.explain.rate", new Cell.Percent(rate, 2), money(split.call().pot()),
                        money(split.call().cap())));
            } else {
                s.note(Text.of("allocate.explain.leftOver", money(split.call().pot()), money(split.eligible()),
                        money(split.leftOver())));
            }
        }
        return s.build();
    }

    private Section matching(Detail detail) {
        Section.Builder s = Section.builder("matching", Text.of("allocate.matching"),
                Column.named("association", "name", "allocate.column.association"),
                Column.numbers("allocation", "allocate.column.allocation"),
                Column.numbers("supplementaryGranted", "allocate.column.supplementaryGranted"),
                Column.numbers("stateAmount", "allocate.column.stateAmount"), Column.numbers("offer", "allocate.column.offer"),
                Column.numbers("effectiveState", "allocate.column.effectiveState"),
                Column.numbers("regions", "allocate.column.regions"),
                Column.numbers("municipalities", "allocate.column.municipalities"),
                Column.numbers("unmatched", "allocate.column.unmatched"));
        NationalTotals totals = national.totals();
        for (Matching m : national.matching()) {
            Optional<SupplementaryGrant> grant = grantOf(m.association());
            s.row(association(m.association()), money(allocation.allocationOf(m.association()).amount()),
                    grant.map(g -> money(g.granted())).orElse(Cell.EMPTY), money(m.stateAmount()),
                    optionalMoney(m.offer(), unit), money(m.effectiveState()), money(m.regions()), money(m.municipalities()),
                    money(m.unmatched()));
        }
        Optional<SupplementarySplit> supplementary = national.supplementary();
        s.total(Cell.label("row.total"), money(allocation.total()),
                supplementary.map(x -> money(x.granted())).orElse(Cell.EMPTY), sum(totals, NationalTotals.Column.STATE_AMOUNT),
                Cell.EMPTY, sum(totals, NationalTotals.Column.EFFECTIVE_STATE), sum(totals, NationalTotals.Column.REGIONS),
                sum(totals, NationalTotals.Column.MUNICIPALITIES), sum(totals, NationalTotals.Column.UNMATCHED));
        s.note(Text.of("allocate.note.matching"));
        if (detail == Detail.EXPLAINED) {
            s.note(Text.of("allocate.explain.matching"));
        }
        return s.build();
    }

    /** The matching per member: each region's and municipality's part, for the associations whose members are known. */
    private Section members() {
        Section.Builder s = Section.builder("matchingMembers", Text.of("allocate.matchingMembers"),
                Column.named("association", "associationName", "allocate.column.association"),
                Column.named("member", "memberName", "column.member"), Column.codes("kind", "column.kind"),
                Column.numbers("amount", "column.amount"));
        for (Matching m : national.matching()) {
            if (m.memberSplit().isEmpty()) {
                continue;
            }
            ContributionSplit split = m.memberSplit().get();
            for (Contribution c : split.contributions()) {
                if (c.kind() == MemberKind.REGION || c.kind() == MemberKind.MUNICIPALITY) {
                    Member member = split.charter().member(c.member()).orElseThrow();
                    s.row(association(m.association()), new Cell.Named(member.id().value(), member.name()),
                            Codes.kind(c.kind()), money(c.amount()));
                }
            }
            s.row(Row.subtotal(association(m.association()), Cell.label("allocate.row.membersTotal"), Cell.EMPTY,
                    money(m.regions().add(m.municipalities()))));
        }
        s.note(Text.of("allocate.note.members"));
        return s.build();
    }

    /** Explained: each association's model amount, from its base, its försörjningsmått and its population. */
    private Section modelSteps() {
        AllocationModel model = national.model();
        Section.Builder s = Section.builder("modelSteps", Text.of("allocate.modelSteps"),
                Column.named("association", "name", "allocate.column.association"),
                Column.numbers("base", "allocate.column.base"),
                Column.numbers("supportMeasure", "allocate.column.supportMeasure"),
                Column.numbers("supportMeasurePart", "allocate.column.supportMeasurePart"),
                Column.numbers("population", "allocate.column.population"),
                Column.numbers("populationPart", "allocate.column.populationPart"),
                Column.numbers("modelAmount", "allocate.column.modelAmount"));
        int decimals = 0;
        for (AssociationFigures f : national.associations()) {
            decimals = Math.max(decimals, f.supportMeasure().stripTrailingZeros().scale());
        }
        NationalTotals totals = national.totals();
        for (int i = 0; i < national.associations().size(); i++) {
            AssociationFigures f = national.associations().get(i);
            AssociationAllocation a = allocation.allocations().get(i);
            s.row(association(f.id()), money(a.base()), new Cell.Decimal(f.supportMeasure(), decimals),
                    money(a.supportMeasurePart()), Cell.count(f.population()), money(a.populationPart()),
                    money(a.modelAmount()));
        }
        s.total(Cell.label("row.total"), sum(totals, NationalTotals.Column.BASE),
                new Cell.Decimal(allocation.supportMeasureSum(), decimals),
                sum(totals, NationalTotals.Column.SUPPORT_MEASURE_PART), Cell.count(allocation.populationSum()), sum(totals, NationalTotals.Column.POPULATION_PART),
                sum(totals, NationalTotals.Column.MODEL_AMOUNT));
        s.note(Text.of("allocate.explain.bases", money(allocation.total()), money(model.base()),
                Cell.count(national.associations().size()), money(allocation.aboveBases())));
        s.note(Text.of("allocate.explain.weights", percent(model.supportMeasureWeight()), percent(model.populationWeight())));
        s.note(Text.of("allocate.explain.rounding", new Cell.Money(unit.value(), unit.scale(), currency)));
        return s.build();
    }

    /** Explained: each association's limits and what the redistribution gave or took. */
    private Section limitSteps() {
        AllocationModel model = national.model();
        Section.Builder s = Section.builder("limitSteps", Text.of("allocate.limitSteps"),
                Column.named("association", "name", "allocate.column.association"),
                Column.numbers("modelAmount", "allocate.column.modelAmount"),
                Column.numbers("previousAllocation", "allocate.column.previousAllocation"),
                Column.numbers("floor", "allocate.column.floor"), Column.numbers("ceiling", "allocate.column.ceiling"),
                Column.codes("limitApplied", "allocate.column.limitApplied"),
                Column.numbers("redistribution", "allocate.column.redistribution"),
                Column.numbers("allocation", "allocate.column.allocation"));
        NationalTotals totals = national.totals();
        for (int i = 0; i < national.associations().size(); i++) {
            AssociationFigures f = national.associations().get(i);
            AssociationAllocation a = allocation.allocations().get(i);
            s.row(association(f.id()), money(a.modelAmount()), optionalMoney(f.previousAllocation(), unit),
                    optionalMoney(a.floor(), unit), optionalMoney(a.ceiling(), unit), Codes.limit(a.limitApplied()),
                    money(a.redistribution()), money(a.amount()));
        }
        s.total(Cell.label("row.total"), sum(totals, NationalTotals.Column.MODEL_AMOUNT),
                optionalMoney(allocation.previousTotal(), unit), Cell.EMPTY, Cell.EMPTY, Cell.EMPTY,
                sum(totals, NationalTotals.Column.REDISTRIBUTION), money(allocation.total()));
        model.maxDecrease().ifPresent(d -> s.note(Text.of("allocate.explain.floor", percent(d))));
        model.maxIncrease().ifPresent(u -> s.note(Text.of("allocate.explain.ceiling", percent(u))));
        if (model.maxDecrease().isEmpty() && model.maxIncrease().isEmpty()) {
            s.note(Text.of("allocate.explain.noLimits"));
        }
        s.note(Text.of("allocate.explain.redistribution"));
        return s.build();
    }
}
