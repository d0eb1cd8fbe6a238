package se.finsam.cli;

import static se.finsam.cli.Align.LEFT;
import static se.finsam.cli.Align.RIGHT;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;
import se.finsam.indicator.DisplayRounding;
import se.finsam.indicator.IllHealthBenefit;
import se.finsam.indicator.IllHealthFigures;
import se.finsam.indicator.IllHealthRate;
import se.finsam.indicator.IndicatorPeriod;
import se.finsam.indicator.IndicatorSet;
import se.finsam.indicator.ReportingPeriod;
import se.finsam.indicator.SupportComparison;
import se.finsam.indicator.SupportKind;
import se.finsam.indicator.SupportMeasure;
import se.finsam.member.MemberId;
import se.finsam.money.AmountFormat;
import se.finsam.money.Amounts;
import se.finsam.money.Fraction;
import se.finsam.report.CsvDialect;

/**
 * Renders {@code finsam indicators} in each format. CSV and JSON have a line for every area, period and
 * figure, so they are written as they are made, period by period; the indicator set is read and checked
 * before anything is written.
 */
final class IndicatorReport implements Report<IndicatorSet> {

    /** Short column headings of the four kinds, in the order of {@link SupportKind#values()}, explained under each table. */
    private static final String[] KIND_HEADINGS = {"Sickness", "Activity", "Unemployment", "Assistance"};

    @Override
    public void table(IndicatorSet set, Cli.Options options, PrintStream out) {
        out.print(table(set));
    }

    @Override
    public void csv(IndicatorSet set, Cli.Options options, PrintStream out) {
        csv(set, options.csvDialect, out);
    }

    // --- table -------------------------------------------------------------------------------------

    private static String table(IndicatorSet set) {
        Areas areas = Areas.of(set);
        StringBuilder sb = new StringBuilder();
        sb.append(set.name()).append(": indicators\n");
        set.note().ifPresent(n -> sb.append(Text.wrap("Note: " + n)));
        sb.append("Population aged ").append(set.ageBand()).append(". Kronor per inhabitant and day are rounded half up to ")
                .append(DisplayRounding.RATE_SCALE).append(" decimals, percentages and days to ")
                .append(DisplayRounding.PERCENT_SCALE).append(".\n");
        List<SupportMeasure> before = List.of();
        for (int p = 0; p < set.support().size(); p++) {
            List<SupportMeasure> measures = set.supportMeasures(p);
            supportTables(sb, set, areas, p, measures, before);
            before = measures;
        }
        for (int p = 0; p < set.illHealth().size(); p++) {
            illHealthTable(sb, set, areas, p);
        }
        return sb.toString();
    }

    private static void heading(StringBuilder sb, String title, IndicatorPeriod<?> period) {
        sb.append('\n').append(title).append(' ').append(Text.period(period.period())).append(" (")
                .append(period.period().days()).append(" days)\n");
        period.note().ifPresent(n -> sb.append(Text.wrap("Note: " + n)));
        sb.append('\n');
    }

    /**
     * Every area's id, name and kind, in the order of {@link IndicatorSet#areaIds()}, found once: the
     * reports have a row per area and period.
     */
    private record Areas(List<MemberId> ids, List<String> names, List<String> kinds) {
        static Areas of(IndicatorSet set) {
            List<String> kinds = new ArrayList<>(set.areaIds().size());
            set.municipalities().forEach(m -> kinds.add("MUNICIPALITY"));
            set.aggregates().forEach(g -> kinds.add(g.kind().name()));
            return new Areas(set.areaIds(), set.areaNames(), kinds);
        }

        int size() {
            return ids.size();
        }

        /** The name for people: an aggregated area's kind follows its name, "Norra Västmanland (association)". */
        String label(int i) {
            String kind = kinds.get(i);
            return kind.equals("MUNICIPALITY") ? names.get(i) : names.get(i) + " (" + kind.toLowerCase(Locale.ROOT) + ")";
        }
    }

    /** The tables of support period {@code p}: its measures, and their change since the period before (if any). */
    private static void supportTables(StringBuilder sb, IndicatorSet set, Areas areas, int p, List<SupportMeasure> measures,
            List<SupportMeasure> before) {
        heading(sb, "Försörjningsmått", set.support().get(p));
        Table rates = Table.columns(LEFT, RIGHT, RIGHT, RIGHT, RIGHT, RIGHT, RIGHT, RIGHT);
        sb.append("Paid, and kronor per inhabitant and day by kind and in total:\n\n");
        rates.row("Area", "Population", "Paid", KIND_HEADINGS[0], KIND_HEADINGS[1], KIND_HEADINGS[2],
                KIND_HEADINGS[3], "Total");
        boolean equivalents = true;
        for (int a = 0; a < areas.size(); a++) {
            SupportMeasure m = measures.get(a);
            equivalents &= m.figures().totalFullYearEquivalents().isPresent();
            String[] row = new String[8];
            row[0] = areas.label(a);
            row[1] = AmountFormat.number(BigDecimal.valueOf(m.figures().population()), 0);
            row[2] = kronor(m.figures().totalPaid(), m);
            int column = 3;
            for (SupportKind k : SupportKind.values()) {
                row[column++] = rate(m.rate(k));
            }
            row[7] = rate(m.rate());
            rates.row(row);
        }
        sb.append(rates);
        if (equivalents) {
            sb.append('\n');
            Table fye = Table.columns(LEFT, RIGHT, RIGHT, RIGHT, RIGHT, RIGHT);
            fye.row("Full-year equivalents", KIND_HEADINGS[0], KIND_HEADINGS[1], KIND_HEADINGS[2], KIND_HEADINGS[3], "Total");
            int scale = 0;
            for (SupportMeasure m : measures) {
                scale = Math.max(scale, Text.scale(m.figures().totalFullYearEquivalents().orElseThrow()));
                for (SupportKind k : SupportKind.values()) {
                    scale = Math.max(scale, Text.scale(m.figures().fullYearEquivalents(k).orElseThrow()));
                }
            }
            for (int a = 0; a < areas.size(); a++) {
                SupportMeasure m = measures.get(a);
                String[] row = new String[6];
                row[0] = areas.label(a);
                int column = 1;
                for (SupportKind k : SupportKind.values()) {
                    row[column++] = AmountFormat.number(m.figures().fullYearEquivalents(k).orElseThrow(), scale);
                }
                row[5] = AmountFormat.number(m.figures().totalFullYearEquivalents().orElseThrow(), scale);
                fye.row(row);
            }
            sb.append(fye);
        }
        sb.append(legend());
        if (p > 0) {
            ReportingPeriod earlier = set.support().get(p - 1).period();
            sb.append("\nChange from ").append(Text.period(earlier)).append(" to ").append(Text.period(set.support().get(p).period()))
                    .append("\n\n");
            Table change = Table.columns(LEFT, RIGHT, RIGHT, RIGHT, RIGHT);
            change.row("Area", "Paid", "Kr per inhabitant and day", "From", "Change");
            for (int a = 0; a < areas.size(); a++) {
                SupportComparison c = SupportComparison.of(before.get(a), measures.get(a));
                change.row(areas.label(a), Text.signed(kronor(amount(c.paymentChange()), c.later())), Text.signed(rate(c.rateChange())),
                        rate(c.earlier().rate()) + " → " + rate(c.later().rate()), percent(c.relativeChange()));
            }
            sb.append(change);
        }
    }

    private static String legend() {
        StringBuilder sb = new StringBuilder("\n");
        SupportKind[] kinds = SupportKind.values();
        for (int i = 0; i < kinds.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(KIND_HEADINGS[i]).append(": ").append(kinds[i].swedishName());
        }
        return Text.wrap(sb.append('.').toString().substring(1));
    }

    private static void illHealthTable(StringBuilder sb, IndicatorSet set, Areas areas, int p) {
        List<IllHealthFigures> figures = set.illHealthFigures(p);
        heading(sb, "Ohälsotal and sjukpenningtal", set.illHealth().get(p));
        Table table = Table.columns(LEFT, RIGHT, RIGHT, RIGHT, RIGHT);
        table.row("Net days per insured person", "Insured", "Net days", "Ohälsotal", "Sjukpenningtal");
        for (int a = 0; a < areas.size(); a++) {
            IllHealthFigures f = figures.get(a);
            table.row(areas.label(a), AmountFormat.number(BigDecimal.valueOf(f.insured()), 0),
                    Text.decimal(netDays(f.netDays(IllHealthRate.ILL_HEALTH_RATE))),
                    days(f.rate(IllHealthRate.ILL_HEALTH_RATE)), days(f.rate(IllHealthRate.SICKNESS_BENEFIT_RATE)));
        }
        sb.append(table);
        sb.append("""

                Ohälsotal counts sjukpenning, rehabiliteringspenning and sjuk- och aktivitetsersättning; sjukpenningtal
                the first two. Part days are converted: two half days are one net day.
                """);
    }

    // --- csv ---------------------------------------------------------------------------------------

    private static void csv(IndicatorSet set, CsvDialect dialect, PrintStream out) {
        Csv csv = new Csv(dialect).row("section", "start", "end", "compared_start", "compared_end", "area", "name", "area_kind",
                "measure", "component", "value");
        Areas areas = Areas.of(set);
        List<SupportMeasure> before = List.of();
        for (int p = 0; p < set.support().size(); p++) {
            ReportingPeriod period = set.support().get(p).period();
            List<SupportMeasure> measures = set.supportMeasures(p);
            for (int a = 0; a < areas.size(); a++) {
                SupportMeasure m = measures.get(a);
                Row row = new Row(csv, areas, a, "support", period, null);
                row.add("population", "TOTAL", BigDecimal.valueOf(m.figures().population()));
                for (SupportKind k : SupportKind.values()) {
                    row.add("paid", k.name(), m.figures().paid(k));
                }
                row.add("paid", "TOTAL", m.figures().totalPaid());
                for (SupportKind k : SupportKind.values()) {
                    row.add("rate", k.name(), DisplayRounding.rate(m.rate(k)));
                }
                row.add("rate", "TOTAL", DisplayRounding.rate(m.rate()));
                if (m.figures().totalFullYearEquivalents().isPresent()) {
                    for (SupportKind k : SupportKind.values()) {
                        row.add("full_year_equivalents", k.name(), m.figures().fullYearEquivalents(k).orElseThrow());
                    }
                    row.add("full_year_equivalents", "TOTAL", m.figures().totalFullYearEquivalents().get());
                }
                if (p > 0) {
                    SupportComparison c = SupportComparison.of(before.get(a), m);
                    Row change = new Row(csv, areas, a, "change", period, set.support().get(p - 1).period());
                    for (SupportKind k : SupportKind.values()) {
                        change.add("paid", k.name(), amount(c.paymentChange(k)));
                    }
                    change.add("paid", "TOTAL", amount(c.paymentChange()));
                    for (SupportKind k : SupportKind.values()) {
                        change.add("rate", k.name(), DisplayRounding.rate(c.rateChange(k)));
                    }
                    change.add("rate", "TOTAL", DisplayRounding.rate(c.rateChange()));
                    for (SupportKind k : SupportKind.values()) {
                        change.add("percent", k.name(), c.relativeChange(k).map(DisplayRounding::percent).orElse(null));
                    }
                    change.add("percent", "TOTAL", c.relativeChange().map(DisplayRounding::percent).orElse(null));
                }
            }
            before = measures;
            csv.writeTo(out);
        }
        for (int p = 0; p < set.illHealth().size(); p++) {
            ReportingPeriod period = set.illHealth().get(p).period();
            List<IllHealthFigures> figures = set.illHealthFigures(p);
            for (int a = 0; a < areas.size(); a++) {
                IllHealthFigures f = figures.get(a);
                Row row = new Row(csv, areas, a, "ill_health", period, null);
                row.add("insured", "TOTAL", BigDecimal.valueOf(f.insured()));
                for (IllHealthBenefit b : IllHealthBenefit.values()) {
                    row.add("net_days", b.name(), netDays(f.netDays(b)));
                }
                for (IllHealthRate r : IllHealthRate.values()) {
                    row.add(r.name().toLowerCase(java.util.Locale.ROOT), "TOTAL", DisplayRounding.days(f.rate(r)));
                }
            }
            csv.writeTo(out);
        }
        csv.writeTo(out);
    }

    /** The leading cells of a csv row, for one section, period and area. */
    private record Row(Csv csv, Areas areas, int area, String section, ReportingPeriod period,
            @Nullable ReportingPeriod compared) {
        void add(String measure, String component, @Nullable BigDecimal value) {
            csv.row(section, period.startInclusive().toString(), period.endInclusive().toString(),
                    compared == null ? "" : compared.startInclusive().toString(),
                    compared == null ? "" : compared.endInclusive().toString(), areas.ids().get(area).value(),
                    areas.names().get(area), areas.kinds().get(area), measure, component,
                    value == null ? "" : csv.number(value.signum() == 0 ? BigDecimal.ZERO.setScale(value.scale()) : value));
        }
    }

    // --- numbers -----------------------------------------------------------------------------------

    private static String rate(Fraction rate) {
        return AmountFormat.number(DisplayRounding.rate(rate), DisplayRounding.RATE_SCALE);
    }

    private static String days(Fraction days) {
        return AmountFormat.number(DisplayRounding.days(days), DisplayRounding.DAYS_SCALE);
    }

    private static String percent(Optional<Fraction> share) {
        return share.map(s -> Text.signed(AmountFormat.number(DisplayRounding.percent(s), DisplayRounding.PERCENT_SCALE)) + " %")
                .orElse("–");
    }

    private static BigDecimal netDays(Fraction days) {
        return days.toBigDecimal(2, RoundingMode.UNNECESSARY);
    }

    private static BigDecimal amount(MonetaryAmount amount) {
        return Amounts.decimal(amount);
    }

    private static String kronor(BigDecimal amount, SupportMeasure m) {
        return AmountFormat.amount(amount, Text.scale(amount), m.figures().currency());
    }
}
