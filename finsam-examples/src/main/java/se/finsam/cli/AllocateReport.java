package se.finsam.cli;

import static se.finsam.cli.Align.LEFT;
import static se.finsam.cli.Align.RIGHT;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.Optional;
import javax.money.MonetaryAmount;
import se.finsam.money.AmountFormat;
import se.finsam.money.RoundingUnit;
import se.finsam.national.AllocationModel;
import se.finsam.national.AssociationAllocation;
import se.finsam.national.AssociationFigures;
import se.finsam.national.LimitApplied;
import se.finsam.national.Matching;
import se.finsam.national.NationalAllocation;
import se.finsam.national.SupplementaryGrant;
import se.finsam.national.SupplementarySplit;
import se.finsam.report.CsvDialect;

/** Renders {@code finsam allocate}: the national allocation, the supplementary funds and the matching. */
final class AllocateReport implements Report<NationalAllocation> {

    @Override
    public void table(NationalAllocation national, Cli.Options options, PrintStream out) {
        out.print(table(national, options.explain));
    }

    @Override
    public void csv(NationalAllocation national, Cli.Options options, PrintStream out) {
        out.print(csv(national, options.csvDialect));
    }

    private static String table(NationalAllocation national, boolean explain) {
        RoundingUnit unit = national.unit();
        AllocationModel model = national.model();
        StringBuilder sb = new StringBuilder();
        sb.append("National allocation ").append(national.year()).append('\n');
        national.note().ifPresent(note -> sb.append(note).append('\n'));
        MonetaryAmount allocated = national.allocation().total();
        sb.append("Appropriation ").append(format(national.appropriation(), unit));
        national.supplementaryCall().ifPresent(call -> sb.append(", of which ").append(format(call.pot(), unit))
                .append(" for supplementary funds"));
        sb.append(": ").append(format(allocated, unit)).append(" allocated by the model\n");
        sb.append("Model: base ").append(format(model.base(), unit)).append(", the rest ")
                .append(percent(model.supportMeasureWeight())).append(" by försörjningsmått and ")
                .append(percent(model.populationWeight())).append(" by population aged 16–64");
        model.maxDecrease().ifPresent(d -> sb.append("; decrease at most ").append(percent(d))
                .append(" (not for equity above the reasonable level)"));
        model.maxIncrease().ifPresent(u -> sb.append("; increase at most ").append(percent(u)));
        sb.append("\n\n");

        Table table = Table.columns(LEFT, RIGHT, RIGHT, RIGHT, RIGHT, LEFT, RIGHT);
        table.row("Association", "Allocation", "Base", "Försörjningsmått", "Population", "Limit", "Redistribution");
        int limited = 0;
        for (AssociationAllocation a : national.allocation().allocations()) {
            limited += a.limitApplied() == LimitApplied.NONE ? 0 : 1;
            table.row(a.association().value(), format(a.amount(), unit), format(a.base(), unit),
                    format(a.supportMeasurePart(), unit), format(a.populationPart(), unit), limitText(a.limitApplied()),
                    signed(a.redistribution(), unit));
        }
        table.gap();
        table.row("Total", format(allocated, unit), "", "", "", limited + " limited", "");
        sb.append(table);

        if (national.supplementary().isPresent()) {
            sb.append('\n').append(supplementaryTable(national.supplementary().get(), unit));
        }
        sb.append('\n').append(matchingTable(national, unit));
        if (explain) {
            sb.append("\nHow each allocation came about (exact at unit ").append(unit).append("):\n\n");
            sb.append(national.allocation().explain()).append('\n');
            national.supplementary().ifPresent(s -> sb.append('\n').append(s.explain()).append('\n'));
            sb.append("\nMatching:\n");
            for (Matching m : national.matching()) {
                sb.append(m.explain()).append('\n');
            }
        }
        return sb.toString();
    }

    private static String supplementaryTable(SupplementarySplit split, RoundingUnit unit) {
        StringBuilder sb = new StringBuilder();
        sb.append("Supplementary funds ").append(format(split.call().pot(), unit)).append(", at most ")
                .append(format(split.call().cap(), unit)).append(" per association: ").append(split.grants().size())
                .append(" requests for ").append(format(split.requested(), unit)).append(", ")
                .append(format(split.eligible(), unit)).append(" within the cap, ")
                .append(split.isOversubscribed() ? "oversubscribed: shared in proportion to the requests"
                        : "every request within the cap met")
                .append("\n\n");
        Table table = Table.columns(LEFT, RIGHT, RIGHT, RIGHT);
        table.row("Association", "Requested", "Granted", "Unmet");
        for (SupplementaryGrant g : split.grants()) {
            table.row(g.association().value(), format(g.requested(), unit), format(g.granted(), unit),
                    format(g.unmet(), unit));
        }
        table.gap();
        table.row("Total", format(split.requested(), unit), format(split.granted(), unit), format(split.unmet(), unit));
        table.row("Left over", "", format(split.leftOver(), unit), "");
        return sb.append(table).toString();
    }

    private static String matchingTable(NationalAllocation national, RoundingUnit unit) {
        Table table = Table.columns(LEFT, RIGHT, RIGHT, RIGHT, RIGHT, RIGHT, RIGHT);
        table.row("Matching", "State money", "Offer", "State pays", "Regions", "Municipalities", "Unmatched");
        int shown = 0;
        long unmatched = 0;
        for (int i = 0; i < national.associations().size(); i++) {
            AssociationFigures f = national.associations().get(i);
            Matching m = national.matching().get(i);
            unmatched = Math.addExact(unmatched, unit.unitsOf(m.unmatched())); // at most the appropriation
            if (f.matchingOffer().isEmpty() && f.charter().isEmpty()) {
                continue;
            }
            shown++;
            table.row(m.association().value(), format(m.stateAmount(), unit),
                    m.offer().map(o -> format(o, unit)).orElse("in full"), format(m.effectiveState(), unit),
                    format(m.regions(), unit), format(m.municipalities(), unit), format(m.unmatched(), unit));
        }
        String currency = AmountFormat.symbol(national.appropriation().getCurrency());
        String total = AmountFormat.number(unit.decimalOf(unmatched), unit.scale()) + " " + currency;
        if (shown == 0) {
            return "Matching: every association's state money is matched in full, the regions and the municipalities"
                    + " paying half each\n";
        }
        return "Matching: the regions and the municipalities each pay half of what the state pays (associations with an"
                + " offer or members; the others match in full)\n\n" + table + "Unmatched in all: " + total + "\n";
    }

    private static String limitText(LimitApplied limit) {
        return switch (limit) {
            case NONE -> "";
            case DECREASE_LIMIT -> "decrease limit";
            case INCREASE_LIMIT -> "increase limit";
        };
    }

    private static String csv(NationalAllocation national, CsvDialect dialect) {
        RoundingUnit unit = national.unit();
        Csv csv = new Csv(dialect).row("association", "name", "allocation", "base", "supportMeasurePart", "populationPart",
                "modelAmount", "floor", "ceiling", "limitApplied", "redistribution", "supplementaryRequested",
                "supplementaryGranted", "stateAmount", "effectiveState", "regions", "municipalities", "unmatched");
        for (int i = 0; i < national.associations().size(); i++) {
            AssociationAllocation a = national.allocation().allocations().get(i);
            Matching m = national.matching().get(i);
            Optional<SupplementaryGrant> grant = national.supplementary()
                    .filter(s -> s.grants().stream().anyMatch(g -> g.association().equals(a.association())))
                    .map(s -> s.grantOf(a.association()));
            csv.row(a.association().value(), a.name(), number(csv, unit, a.amount()), number(csv, unit, a.base()),
                    number(csv, unit, a.supportMeasurePart()), number(csv, unit, a.populationPart()),
                    number(csv, unit, a.modelAmount()), a.floor().map(x -> number(csv, unit, x)).orElse(""),
                    a.ceiling().map(x -> number(csv, unit, x)).orElse(""), a.limitApplied().name(),
                    number(csv, unit, a.redistribution()), grant.map(g -> number(csv, unit, g.requested())).orElse(""),
                    grant.map(g -> number(csv, unit, g.granted())).orElse(""), number(csv, unit, m.stateAmount()),
                    number(csv, unit, m.effectiveState()), number(csv, unit, m.regions()),
                    number(csv, unit, m.municipalities()), number(csv, unit, m.unmatched()));
        }
        return csv.toString();
    }

    private static String number(Csv csv, RoundingUnit unit, MonetaryAmount amount) {
        return csv.number(unit.decimalOf(unit.unitsOf(amount)));
    }

    private static String format(MonetaryAmount amount, RoundingUnit unit) {
        return AmountFormat.amount(unit.decimalOf(unit.unitsOf(amount)), unit.scale(), amount.getCurrency());
    }

    /** An amount with its sign: {@code +500 kr}, {@code -178 kr}, {@code 0 kr}. */
    private static String signed(MonetaryAmount amount, RoundingUnit unit) {
        return (amount.isPositive() ? "+" : "") + format(amount, unit);
    }

    private static String percent(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return AmountFormat.number(stripped, Math.max(0, stripped.scale())) + " %";
    }
}
