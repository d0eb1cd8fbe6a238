package se.finsam.report;

import se.finsam.budget.AnnualPlan;
import se.finsam.contribution.Charter;
import se.finsam.contribution.ContributionKey;
import se.finsam.contribution.Settlement;
import se.finsam.member.Member;
import se.finsam.member.MemberKind;
import se.finsam.money.RoundingUnit;

/**
 * Builds the report of the settlement between a plan's municipal key and a final one, such as a key built
 * from a population table: {@code finsam key --settle} (docs/statistics.md).
 */
final class SettlementReport {

    private SettlementReport() {
    }

    static Report of(AnnualPlan plan, Detail detail) {
        Settlement settlement = plan.settlement().orElseThrow(
                () -> new IllegalArgumentException("The plan has no final municipal key to settle against"));
        ContributionKey preliminaryKey = plan.association().charter().municipalKey();
        ContributionKey finalKey = plan.finalMunicipalKey().orElseThrow();
        Report.Builder report = Report.builder(plan.association().name(), Text.of("settlement.title", Cell.year(plan.year())))
                .lead(Text.of("report.association", new Cell.Named(plan.association().id().value(),
                        plan.association().name())))
                .lead(Text.of("settlement.lead.preliminary", new Cell.Words(SplitReport.keyLine("key.line", preliminaryKey))))
                .lead(Text.of("settlement.lead.final", new Cell.Words(SplitReport.keyLine("key.line", finalKey))));

        Charter preliminary = plan.association().charter();
        Charter fin = plan.associationAtYearEnd().charter();
        Section.Builder keys = Section.builder("keys", Text.of("settlement.keys"),
                Column.named("member", "name", "column.municipality"), Column.numbers("preliminary", "column.keyPreliminary"),
                Column.numbers("final", "column.keyFinal"));
        for (Member m : preliminary.members()) {
            if (m.kind() == MemberKind.MUNICIPALITY) {
                keys.row(new Cell.Named(m.id().value(), m.name()), SplitReport.keyCell(preliminary, m),
                        SplitReport.keyCell(fin, m));
            }
        }
        SplitReport.sourceOf(finalKey).ifPresent(source -> keys.note(Sources.note(source)));
        report.section(keys.build());
        report.section(section(settlement, plan, Text.of("settlement.section")));
        if (detail == Detail.EXPLAINED) {
            SplitReport.explanation(settlement.finalSplit(), "Final", Text.of("settlement.explain.parties"),
                    Text.of("settlement.explain.members")).forEach(report::section);
        }
        return report.build();
    }

    /**
     * The settlement of each municipality: invoiced on the preliminary key, due on the final one, and the
     * difference, with their totals; the section of a budget and of this report.
     */
    static Section section(Settlement settlement, AnnualPlan plan, Text title) {
        RoundingUnit unit = settlement.preliminary().unit();
        Charter charter = plan.association().charter();
        Section.Builder s = Section.builder("settlement", title,
                Column.named("member", "name", "column.municipality"), Column.numbers("invoiced", "column.invoiced"),
                Column.numbers("due", "column.due"), Column.numbers("difference", "column.difference"));
        long invoiced = 0;
        long due = 0;
        long difference = 0;
        for (Settlement.Entry e : settlement.entries()) {
            if (e.kind() == MemberKind.MUNICIPALITY) {
                Member m = charter.member(e.member()).orElseThrow();
                s.row(new Cell.Named(m.id().value(), m.name()), Cell.money(e.invoiced(), unit), Cell.money(e.due(), unit),
                        Cell.money(e.difference(), unit));
                // Each is a share of the budget's total, which fits a long of units.
                invoiced = Math.addExact(invoiced, unit.unitsOf(e.invoiced()));
                due = Math.addExact(due, unit.unitsOf(e.due()));
                difference = Math.addExact(difference, unit.unitsOf(e.difference()));
            }
        }
        s.total(Cell.label("row.total"), units(invoiced, unit, plan), units(due, unit, plan), units(difference, unit, plan));
        return s.note(Text.of("budget.note.settlement")).build();
    }

    private static Cell units(long units, RoundingUnit unit, AnnualPlan plan) {
        return new Cell.Money(unit.decimalOf(units), unit.scale(), plan.association().currency());
    }
}
