package se.finsam.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import se.finsam.budget.AnnualPlan;
import se.finsam.contribution.Charter;
import se.finsam.contribution.Contribution;
import se.finsam.contribution.ContributionKey;
import se.finsam.contribution.ContributionSplit;
import se.finsam.contribution.KeyBasis;
import se.finsam.contribution.Financing;
import se.finsam.member.Member;
import se.finsam.member.MemberId;
import se.finsam.member.MemberKind;
import se.finsam.money.Allocation;
import se.finsam.money.AllocationPart;
import se.finsam.member.Party;
import se.finsam.money.RoundingUnit;

/** Builds the report of a plan's {@link ContributionSplit}: {@code finsam split}. */
final class SplitReport {

    private SplitReport() {
    }

    static Report of(AnnualPlan plan, Detail detail) {
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
        sourceOf(charter.municipalKey()).ifPresent(source -> members.note(Sources.note(source)));
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
        parties.total(Cell.label("row.total"), Cell.EMPTY, total);
        parties.note(Text.of("split.note.law"));
        parties.chart(Chart.stacked(Text.of("split.chart.parties"), "party", "amount"));
        report.section(parties.build());
        if (detail == Detail.EXPLAINED) {
            explanation(split).forEach(report::section);
        }
        return report.build();
    }

    /**
     * How each amount came about: the split between the parties, then each member's share of its party, each
     * with its weight, exact quota, rounding and the unit left over.
     */
    static List<Section> explanation(ContributionSplit split) {
        return explanation(split, "", Text.of("split.explain.parties"), Text.of("split.explain.members"));
    }

    /**
     * The sections of {@link #explanation(ContributionSplit)} for a split of something else than the year's
     * contributions (members' shares of equity, a later year's income): their ids end with {@code idSuffix}
     * and they have the titles given.
     */
    static List<Section> explanation(ContributionSplit split, String idSuffix, Text partiesTitle, Text membersTitle) {
        return explanation(split, idSuffix, partiesTitle, membersTitle, Text.of("split.explain.note.members"));
    }

    /**
     * The sections of {@link #explanation(ContributionSplit, String, Text, Text)} with the members' section noted
     * by {@code membersNote}: a share of equity is received, not paid.
     */
    static List<Section> explanation(ContributionSplit split, String idSuffix, Text partiesTitle, Text membersTitle,
            Text membersNote) {
        Charter charter = split.charter();
        RoundingUnit unit = split.unit();
        Allocation<Party> partyAllocation = split.partyAllocation();
        boolean fromTotal = split.financing().basis() == Financing.Basis.TOTAL;
        Section.Builder parties = Section.builder("explanationParties" + idSuffix, partiesTitle,
                Explanations.columns(Column.codes("party", "column.party"), Column.numbers("of", "column.of")));
        Cell of = Cell.money(partyAllocation.total(), unit);
        if (!fromTotal) {
            parties.row(Explanations.givenRow(Cell.money(split.partyTotal(Party.STATE), unit), Codes.party(Party.STATE),
                    Cell.EMPTY));
        }
        for (AllocationPart<Party> part : partyAllocation.parts()) {
            parties.row(Explanations.row(part, Codes.party(part.key()), of));
        }
        parties.note(Text.of(fromTotal ? "split.explain.note.fromTotal" : "split.explain.note.fromState"));
        parties.note(Text.of("explain.note.columns", new Cell.Count(Explanations.QUOTA_EXTRA_DECIMALS)));

        Section.Builder members = Section.builder("explanationMembers" + idSuffix, membersTitle,
                Explanations.columns(Column.named("member", "name", "column.member"), Column.codes("key", "column.keyBasis"),
                        Column.numbers("of", "column.of")));
        for (Member m : charter.members()) {
            Cell member = new Cell.Named(m.id().value(), m.name());
            Cell amount = Cell.money(split.amountOf(m.id()), unit);
            if (m.party() == Party.STATE) {
                String code = m.kind() == MemberKind.SOCIAL_INSURANCE_AGENCY ? "STATE_SHARE" : "NOTHING";
                members.row(Explanations.givenRow(amount, member,
                        new Cell.Word(code, Text.of("split.explain.key." + code)), Cell.EMPTY));
                continue;
            }
            Allocation<MemberId> within = split.memberAllocation(m.party());
            Cell key = charter.keyOf(m.party()).<Cell>map(k -> Codes.basis(k.basis())).orElse(new Cell.Word("ONLY_REGION", Text.of("split.explain.key.ONLY_REGION")));
            members.row(Explanations.row(within.part(m.id()), member, key, Cell.money(within.total(), unit)));
        }
        members.note(membersNote);
        return List.of(parties.build(), members.build());
    }

    private static Cell unitCell(ContributionSplit split) {
        RoundingUnit unit = split.unit();
        return new Cell.Money(unit.value(), unit.scale(), split.currency());
    }

    /** The statutory share of a party, in percent: the state half, the regions and the municipalities a quarter. */
    private static BigDecimal lawShare(Party party) {
        return BigDecimal.valueOf(25L * party.statutoryWeight());
    }

    /** The source of a key imported from official statistics, if it is one. */
    static Optional<se.finsam.provenance.Source> sourceOf(ContributionKey key) {
        return key instanceof ContributionKey.Population population ? population.source() : Optional.empty();
    }

    /** A line about a key: its basis, and for a population key its reference date and age band. */
    static Text keyLine(String key, ContributionKey contributionKey) {
        if (contributionKey instanceof ContributionKey.Population population) {
            Cell date = population.referenceDate().<Cell>map(Cell.Date::new).orElse(Cell.label("key.noDate"));
            Cell ages = population.ageBand().map(a -> Cell.text(a.toString())).orElse(Cell.label("key.noAgeBand"));
            return Text.of(key + ".population", Codes.basis(contributionKey.basis()), date, ages);
        }
        return Text.of(key, Codes.basis(contributionKey.basis()));
    }

    /** The member's value in its party's key: a percentage, a population, a weight or equal shares. */
    static Cell keyCell(Charter charter, Member m) {
        Optional<ContributionKey> key = charter.keyOf(m.party());
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
