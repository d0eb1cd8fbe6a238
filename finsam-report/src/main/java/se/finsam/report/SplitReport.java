package se.finsam.report;

import java.math.BigDecimal;
import java.util.Optional;
import se.finsam.budget.AnnualPlan;
import se.finsam.contribution.Charter;
import se.finsam.contribution.Contribution;
import se.finsam.contribution.ContributionKey;
import se.finsam.contribution.ContributionSplit;
import se.finsam.contribution.KeyBasis;
import se.finsam.member.Member;
import se.finsam.member.Party;
import se.finsam.money.RoundingUnit;

/** Builds the report of a plan's {@link ContributionSplit}: {@code finsam split}. */
final class SplitReport {

    private SplitReport() {
    }

    static Report of(AnnualPlan plan) {
        ContributionSplit split = plan.contributions();
        Charter charter = split.charter();
        RoundingUnit unit = split.unit();
        Cell total = Cell.money(split.total(), unit);
        Report.Builder report = Report.builder(plan.association().name(), Text.of("split.title", Cell.year(plan.year())))
                .lead(Text.of("report.association", new Cell.Named(plan.association().id().value(),
                        plan.association().name())))
                .lead(Text.of("split.lead.total", total, unitCell(split)));
        report.lead(keyLine("split.lead.municipalKey", charter.municipalKey()));
        charter.regionalKey().ifPresent(key -> report.lead(keyLine("split.lead.regionalKey", key)));

        Section.Builder members = Section.builder("contributions", Text.of("split.contributions"),
                Column.named("member", "name", "column.member"), Column.codes("kind", "column.kind"),
                Column.numbers("key", "column.key"), Column.numbers("amount", "column.contribution"));
        for (Contribution c : split.contributions()) {
            Member m = charter.member(c.member()).orElseThrow();
            members.row(new Cell.Named(m.id().value(), m.name()), Codes.kind(m.kind()), keyCell(charter, m),
                    Cell.money(c.amount(), unit));
        }
        members.total(Cell.label("row.total"), Cell.EMPTY, Cell.EMPTY, total);
        members.note(Text.of("split.note.rounding", unitCell(split)));
        members.chart(charter.municipalKey().basis() == KeyBasis.EQUAL
                ? Chart.bars(Text.of("split.chart.municipalContributions"), "member", "amount").where("kind", "MUNICIPALITY")
                : Chart.bars(Text.of("split.chart.municipalKey"), "member", "key").where("kind", "MUNICIPALITY"));
        report.section(members.build());

        Section.Builder parties = Section.builder("parties", Text.of("split.parties"),
                Column.codes("party", "column.party"), Column.numbers("share", "column.shareByLaw"),
                Column.numbers("amount", "column.contribution"));
        for (Party party : Party.values()) {
            parties.row(Codes.party(party), new Cell.Percent(lawShare(party), 0),
                    Cell.money(split.partyTotal(party), unit));
        }
        parties.total(Cell.label("row.total"), new Cell.Percent(BigDecimal.valueOf(100), 0), total);
        parties.note(Text.of("split.note.law"));
        parties.chart(Chart.stacked(Text.of("split.chart.parties"), "party", "amount"));
        report.section(parties.build());
        return report.build();
    }

    private static Cell unitCell(ContributionSplit split) {
        RoundingUnit unit = split.unit();
        return new Cell.Money(unit.value(), unit.scale(), split.currency());
    }

    /** The statutory share of a party, in percent: the state half, the regions and the municipalities a quarter. */
    private static BigDecimal lawShare(Party party) {
        return BigDecimal.valueOf(25L * party.statutoryWeight());
    }

    /** A line about a key: its basis, and for a population key its reference date and age band. */
    private static Text keyLine(String key, ContributionKey contributionKey) {
        if (contributionKey instanceof ContributionKey.Population population) {
            Cell date = population.referenceDate().<Cell>map(Cell.Date::new).orElse(Cell.label("key.noDate"));
            Cell ages = population.ageBand().map(a -> Cell.text(a.toString())).orElse(Cell.label("key.noAgeBand"));
            return Text.of(key + ".population", Codes.basis(contributionKey.basis()), date, ages);
        }
        return Text.of(key, Codes.basis(contributionKey.basis()));
    }

    /** The member's value in its party's key: a percentage, a population, a weight or equal shares. */
    private static Cell keyCell(Charter charter, Member m) {
        Optional<ContributionKey> key = switch (m.party()) {
            case STATE -> Optional.empty();
            case REGIONS -> charter.regionalKey();
            case MUNICIPALITIES -> Optional.of(charter.municipalKey());
        };
        if (key.isEmpty()) {
            return Cell.EMPTY;
        }
        BigDecimal value = key.get().weightOf(m.id());
        return switch (key.get().basis()) {
            case PERCENTAGES -> new Cell.Percent(value, Math.max(0, value.scale()));
            case POPULATION -> new Cell.Decimal(value, 0);
            case WEIGHTS -> new Cell.Decimal(value, Math.max(0, value.stripTrailingZeros().scale()));
            case EQUAL -> Cell.label("key.equal");
        };
    }
}
