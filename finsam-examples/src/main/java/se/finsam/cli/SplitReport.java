package se.finsam.cli;

import java.math.BigDecimal;
import se.finsam.contribution.Charter;
import se.finsam.contribution.Contribution;
import se.finsam.contribution.ContributionKey;
import se.finsam.contribution.ContributionSplit;
import se.finsam.budget.AnnualPlan;
import se.finsam.json.FinsamJson;
import se.finsam.member.Member;
import se.finsam.member.MemberId;
import se.finsam.member.Party;
import se.finsam.money.AmountFormat;
import se.finsam.money.RoundingUnit;

/** Renders {@code finsam split} in each format. */
final class SplitReport {

    private SplitReport() {
    }

    static String render(AnnualPlan document, Cli.Options options) {
        ContributionSplit split = document.contributions();
        return switch (options.format) {
            case JSON -> FinsamJson.create().plan().writeSplit(document);
            case CSV -> csv(split, options.csvDialect);
            case TABLE -> table(document, split, options.explain);
        };
    }

    private static String table(AnnualPlan document, ContributionSplit split, boolean explain) {
        RoundingUnit unit = split.unit();
        Charter charter = document.association().charter();
        StringBuilder sb = new StringBuilder();
        sb.append(document.association().name()).append(" (").append(document.association().id()).append(")\n");
        sb.append("Contributions ").append(document.year()).append(": total ")
                .append(AmountFormat.amount(split.total(), unit)).append(", rounding unit ")
                .append(AmountFormat.amount(unit.value(), unit.scale(), split.currency())).append("\n\n");
        Table table = new Table(false, false, true, true);
        table.row("Member", "Kind", "Key", "Contribution");
        for (Contribution c : split.contributions()) {
            Member m = charter.member(c.member()).orElseThrow();
            table.row(m.name(), m.kind().name(), keyText(charter, m), AmountFormat.amount(c.amount(), unit));
        }
        table.gap();
        table.row("State", "", "", AmountFormat.amount(split.partyTotal(Party.STATE), unit));
        table.row("Regions", "", "", AmountFormat.amount(split.partyTotal(Party.REGIONS), unit));
        table.row("Municipalities", "", "", AmountFormat.amount(split.partyTotal(Party.MUNICIPALITIES), unit));
        table.row("Total", "", "", AmountFormat.amount(split.total(), unit));
        sb.append(table);
        if (explain) {
            sb.append("\nHow each amount came about (largest remainder at unit ").append(unit)
                    .append("; between the parties ties go to the state, then the regions; within a party to the larger weight,"
                            + " then to the member listed first):\n\n");
            sb.append(split.explain()).append('\n');
        }
        return sb.toString();
    }

    /** The member's value in its party's key, for people: {@code 34,9 %}, {@code 61 234}, {@code equal}. */
    private static String keyText(Charter charter, Member m) {
        ContributionKey key = switch (m.party()) {
            case STATE -> null;
            case REGIONS -> charter.regionalKey().orElse(null);
            case MUNICIPALITIES -> charter.municipalKey();
        };
        if (key == null) {
            return "";
        }
        MemberId id = m.id();
        BigDecimal value = key.weightOf(id);
        return switch (key.basis()) {
            case PERCENTAGES -> AmountFormat.number(value, Math.max(0, value.scale())) + " %";
            case POPULATION -> AmountFormat.number(value, 0) + " inh.";
            case WEIGHTS -> AmountFormat.number(value, Math.max(0, value.scale()));
            case EQUAL -> "equal";
        };
    }

    private static String csv(ContributionSplit split, CsvDialect dialect) {
        Csv csv = new Csv(dialect).row("member", "name", "kind", "amount");
        for (Contribution c : split.contributions()) {
            Member m = split.charter().member(c.member()).orElseThrow();
            csv.row(m.id().value(), m.name(), m.kind().name(), csv.number(split.unit().decimalOf(split.unitsOf(m.id()))));
        }
        return csv.toString();
    }
}
