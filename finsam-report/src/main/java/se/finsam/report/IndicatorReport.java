package se.finsam.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;
import se.finsam.indicator.AreaGroup;
import se.finsam.indicator.DisplayRounding;
import se.finsam.indicator.IllHealthBenefit;
import se.finsam.indicator.IllHealthFigures;
import se.finsam.indicator.IllHealthRate;
import se.finsam.indicator.IndicatorPeriod;
import se.finsam.indicator.IndicatorSet;
import se.finsam.indicator.KeyFigures;
import se.finsam.indicator.ReportingPeriod;
import se.finsam.indicator.SupportComparison;
import se.finsam.indicator.SupportKind;
import se.finsam.indicator.SupportMeasure;
import se.finsam.money.Amounts;
import se.finsam.money.Fraction;

/**
 * Builds the report of an {@link IndicatorSet}: {@code finsam indicators}.
 *
 * <ul>
 *   <li>{@code indicators}: every figure, one a row (long format), period by period: each area's population,
 *       payments, rates and full-year equivalents, their change since the period before, and the ohälsotal
 *       figures. Its CSV columns are those docs/indicators.md documents, in their order; the words of the codes
 *       follow them. Its rows are made as they are rendered, a period's measures at a time, never held.
 *   <li>{@code rates}: försörjningsmått (kronor of all kinds per inhabitant and day) per area over the
 *       periods, with a chart of grouped bars.
 *   <li>{@code explained} (with {@link Detail#EXPLAINED}): how each rate came about: paid, population, days,
 *       population-days, the quotient and its display rounding. Made as it is rendered too.
 * </ul>
 * Every measure is computed from data the set has checked when it was built (populations of at least one,
 * periods of at least one day, sums within their limits), so rendering cannot fail on the figures.
 */
final class IndicatorReport {

    /** The codes of the {@code section} column, as docs/indicators.md documents them. */
    static final String SUPPORT = "support";
    static final String CHANGE = "change";
    static final String ILL_HEALTH = "ill_health";
    /** The component of a total. */
    static final String TOTAL = "TOTAL";
    /** The decimals the explanation shows an exact quotient with. */
    static final int QUOTIENT_SCALE = 6;

    private IndicatorReport() {
    }

    static Report of(IndicatorSet set, Detail detail) {
        Areas areas = Areas.of(set);
        CurrencyUnit currency = set.currency();
        Report.Builder report = Report.builder(set.name(), Text.of("indicators.title"))
                .lead(Text.of("report.association", Cell.text(set.name())));
        set.note().ifPresent(note -> report.lead(Text.of("indicators.lead.note", Cell.text(note))));
        report.lead(Text.of("indicators.lead.ageBand", Cell.text(set.ageBand().toString())))
                .lead(Text.of("indicators.lead.rounding", Cell.count(DisplayRounding.RATE_SCALE),
                        Cell.count(DisplayRounding.PERCENT_SCALE)));

        List<Text> notes = new ArrayList<>();
        periodNotes(notes, set.support());
        periodNotes(notes, set.illHealth());
        notes.add(Text.of("indicators.note.rate"));
        set.populationSource().ifPresent(source -> notes.add(Text.of("indicators.note.populationSource",
                Cell.text(set.ageBand().toString()), new Cell.Words(Sources.note(source)))));
        if (!set.aggregates().isEmpty()) {
            notes.add(Text.of("indicators.note.aggregate"));
        }
        if (set.support().size() > 1) {
            notes.add(Text.of("indicators.note.change"));
        }
        if (!set.illHealth().isEmpty()) {
            notes.add(Text.of("indicators.note.illHealth"));
        }
        report.section(Section.streamed("indicators", Text.of("indicators.figures"), List.of(
                Column.codes("section", "column.indicatorSection").withNameLast(),
                Column.dates("start", "column.start"),
                Column.dates("end", "column.end"),
                Column.dates("compared_start", "column.comparedStart"),
                Column.dates("compared_end", "column.comparedEnd"),
                Column.named("area", "name", "column.area"),
                Column.codes("area_kind", "column.areaKind").withNameLast(),
                Column.codes("measure", "column.measure").withNameLast(),
                Column.codes("component", "column.component").withNameLast(),
                Column.numbers("value", "column.value")), new Figures(set, areas, currency), notes));

        if (!set.support().isEmpty()) {
            report.section(rates(set, areas));
        }
        for (int k = 0; k < set.keyFigures().size(); k++) {
            report.section(keyFigures(set, k));
        }
        if (detail == Detail.EXPLAINED && !set.support().isEmpty()) {
            report.section(Section.streamed("explained", Text.of("indicators.explained"), List.of(
                    Column.dates("start", "column.start"),
                    Column.dates("end", "column.end"),
                    Column.named("area", "name", "column.area"),
                    Column.codes("component", "column.component"),
                    Column.numbers("paid", "column.paid"),
                    Column.numbers("population", "column.population"),
                    Column.numbers("days", "column.days"),
                    Column.numbers("populationDays", "column.populationDays"),
                    Column.numbers("quotient", "column.quotient"),
                    Column.numbers("rate", "column.shownRate")), new Explained(set, areas, currency),
                    List.of(Text.of("indicators.note.explained", Cell.count(QUOTIENT_SCALE),
                            Cell.count(DisplayRounding.RATE_SCALE)))));
        }
        return report.build();
    }

    /**
     * Key figures as published (Kolada's), a row per municipality and year, the total, women and men side by
     * side: a value the publisher lacks reads "saknas" with its status, never zero; one the file does not have
     * is left empty. Its source under it.
     */
    private static Section keyFigures(IndicatorSet set, int k) {
        KeyFigures figures = set.keyFigures().get(k);
        Section.Builder s = Section.builder("keyFigures" + (k + 1), Text.of("indicators.keyFigures", Cell.text(figures.id())),
                Column.words("keyFigure", "column.keyFigure"), Column.named("area", "name", "column.area"),
                Column.words("year", "column.year"), Column.numbers("total", "column.keyFigureTotal"),
                Column.numbers("women", "column.keyFigureWomen"), Column.numbers("men", "column.keyFigureMen"),
                Column.words("remark", "column.keyFigureRemark"));
        boolean missing = false;
        // Each figure found by municipality, year and group at once: a linear scan per cell would be quadratic.
        java.util.Map<java.util.List<Object>, KeyFigures.Figure> byKey = new java.util.HashMap<>(figures.figures().size() * 2);
        for (KeyFigures.Figure f : figures.figures()) {
            byKey.putIfAbsent(java.util.List.of(f.municipality(), f.year(), f.group()), f);
        }
        List<Integer> years = figures.years();
        for (se.finsam.member.Member m : set.municipalities()) {
            for (int year : years) {
                List<Cell> cells = new ArrayList<>(List.of(Cell.text(figures.id()), new Cell.Named(m.id().value(), m.name()),
                        Cell.year(year)));
                List<Cell> remarks = new ArrayList<>();
                for (KeyFigures.Group group : KeyFigures.Group.values()) {
                    Optional<KeyFigures.Figure> figure = Optional.ofNullable(byKey.get(java.util.List.of(m.id(), year, group)));
                    cells.add(figure.map(IndicatorReport::keyFigureCell).orElse(Cell.EMPTY));
                    if (figure.isEmpty()) {
                        remarks.add(Cell.label("indicators.keyFigure.remark.absent", Cell.label("indicators.keyFigure.group." + group)));
                    } else if (figure.get().value().isEmpty()) {
                        missing = true;
                        remarks.add(Cell.label("indicators.keyFigure.remark.missing", Cell.label("indicators.keyFigure.group." + group),
                                keyFigureCell(figure.get())));
                    }
                }
                cells.add(remarks.isEmpty() ? Cell.EMPTY : remarks.size() == 1 ? remarks.get(0)
                        : remarks.size() == 2 ? Cell.label("indicators.keyFigure.remarks2", remarks.get(0), remarks.get(1))
                        : Cell.label("indicators.keyFigure.remarks3", remarks.get(0), remarks.get(1), remarks.get(2)));
                s.row(cells.toArray(Cell[]::new));
            }
        }
        if (missing) {
            s.note(Text.of("indicators.note.keyFigureMissing"));
        }
        return s.note(Text.of("indicators.note.keyFigures")).note(Sources.note(figures.source())).build();
    }

    private static Cell keyFigureCell(KeyFigures.Figure figure) {
        if (figure.value().isEmpty()) {
            return figure.status().<Cell>map(status -> Cell.label("indicators.keyFigure.missingWithStatus", Cell.text(status)))
                    .orElse(Cell.label("indicators.keyFigure.missing"));
        }
        BigDecimal value = figure.value().get();
        int scale = Math.max(0, value.scale());
        return new Cell.Decimal(value.setScale(scale, RoundingMode.UNNECESSARY), scale);
    }

    private static void periodNotes(List<Text> notes, List<? extends IndicatorPeriod<?>> periods) {
        for (IndicatorPeriod<?> p : periods) {
            p.note().ifPresent(note -> notes.add(Text.of("indicators.note.period", new Cell.Date(p.period().startInclusive()),
                    new Cell.Date(p.period().endInclusive()), Cell.text(note))));
        }
    }

    /** Försörjningsmått per area (a row each) over the support periods (a column each), with its chart. */
    private static Section rates(IndicatorSet set, Areas areas) {
        List<Column> columns = new ArrayList<>();
        columns.add(Column.named("area", "name", "column.area"));
        columns.add(Column.codes("area_kind", "column.areaKind"));
        List<String> periodColumns = new ArrayList<>();
        for (IndicatorPeriod<?> p : set.support()) {
            String id = p.period().startInclusive() + "/" + p.period().endInclusive();
            periodColumns.add(id);
            columns.add(new Column(id, Text.of("indicators.period", new Cell.Date(p.period().startInclusive()),
                    new Cell.Date(p.period().endInclusive())), Column.Type.NUMBERS, Optional.empty()));
        }
        Cell[][] cells = new Cell[areas.size()][columns.size()];
        for (int a = 0; a < areas.size(); a++) {
            cells[a][0] = areas.named(a);
            cells[a][1] = areas.kind(a);
        }
        for (int p = 0; p < set.support().size(); p++) {
            List<SupportMeasure> measures = set.supportMeasures(p);
            for (int a = 0; a < areas.size(); a++) {
                cells[a][2 + p] = rate(measures.get(a).rate());
            }
        }
        Section.Builder section = Section.builder("rates", Text.of("indicators.rates"), columns.toArray(Column[]::new));
        for (Cell[] row : cells) {
            section.row(row);
        }
        return section.note(Text.of("indicators.note.rates", Cell.text(set.ageBand().toString()),
                        Cell.count(DisplayRounding.RATE_SCALE)))
                .chart(Chart.grouped(Text.of("indicators.chart.rates"), "area", periodColumns))
                .build();
    }

    /** Every area's id, name and kind, in the order of {@link IndicatorSet#areaIds()}, found once. */
    private record Areas(List<Cell.Named> names, List<Cell.Word> kinds) {
        static Areas of(IndicatorSet set) {
            List<Cell.Named> names = new ArrayList<>(set.areaIds().size());
            List<Cell.Word> kinds = new ArrayList<>(set.areaIds().size());
            for (int i = 0; i < set.areaIds().size(); i++) {
                names.add(new Cell.Named(set.areaIds().get(i).value(), set.areaNames().get(i)));
            }
            set.municipalities().forEach(m -> kinds.add(Codes.municipality()));
            for (AreaGroup g : set.aggregates()) {
                kinds.add(Codes.of("areaKind", g.kind()));
            }
            return new Areas(List.copyOf(names), List.copyOf(kinds));
        }

        int size() {
            return names.size();
        }

        Cell.Named named(int area) {
            return names.get(area);
        }

        Cell.Word kind(int area) {
            return kinds.get(area);
        }
    }

    /**
     * The rows of the {@code indicators} section, in the order the CSV has always had them: each support
     * period's areas (its figures, then its change since the period before), then each ill-health period's
     * areas. A period's measures are computed when its first row is made, and dropped after its last.
     */
    private record Figures(IndicatorSet set, Areas areas, CurrencyUnit currency) implements Iterable<Row> {

        @Override
        public Iterator<Row> iterator() {
            return new Batches() {
                private int supportPeriod;
                private int illHealthPeriod;
                private List<SupportMeasure> before = List.of();

                @Override
                boolean fill(List<Row> rows) {
                    if (supportPeriod < set.support().size()) {
                        supportRows(supportPeriod++, rows);
                        return true;
                    }
                    if (illHealthPeriod < set.illHealth().size()) {
                        illHealthRows(illHealthPeriod++, rows);
                        return true;
                    }
                    return false;
                }

                private void supportRows(int p, List<Row> rows) {
                    ReportingPeriod period = set.support().get(p).period();
                    List<SupportMeasure> measures = set.supportMeasures(p);
                    for (int a = 0; a < areas.size(); a++) {
                        SupportMeasure m = measures.get(a);
                        Line line = new Line(rows, SUPPORT, period, null, areas, a);
                        line.add("population", TOTAL, Cell.count(m.figures().population()));
                        for (SupportKind k : SupportKind.values()) {
                            line.add("paid", k, money(m.figures().paid(k), currency));
                        }
                        line.add("paid", TOTAL, money(m.figures().totalPaid(), currency));
                        for (SupportKind k : SupportKind.values()) {
                            line.add("rate", k, rate(m.rate(k)));
                        }
                        line.add("rate", TOTAL, rate(m.rate()));
                        Optional<BigDecimal> totalEquivalents = m.figures().totalFullYearEquivalents();
                        if (totalEquivalents.isPresent()) {
                            for (SupportKind k : SupportKind.values()) {
                                line.add("full_year_equivalents", k, decimal(m.figures().fullYearEquivalents(k).orElseThrow()));
                            }
                            line.add("full_year_equivalents", TOTAL, decimal(totalEquivalents.get()));
                        }
                        if (p > 0) {
                            changeRows(SupportComparison.of(before.get(a), m), set.support().get(p - 1).period(), a, rows);
                        }
                    }
                    before = measures;
                }

                private void changeRows(SupportComparison c, ReportingPeriod earlier, int a, List<Row> rows) {
                    Line line = new Line(rows, CHANGE, c.later().period(), earlier, areas, a);
                    for (SupportKind k : SupportKind.values()) {
                        line.add("paid", k, change(c.paymentChange(k)));
                    }
                    line.add("paid", TOTAL, change(c.paymentChange()));
                    for (SupportKind k : SupportKind.values()) {
                        line.add("rate", k, rate(c.rateChange(k)));
                    }
                    line.add("rate", TOTAL, rate(c.rateChange()));
                    for (SupportKind k : SupportKind.values()) {
                        line.add("percent", k, percent(c.relativeChange(k)));
                    }
                    line.add("percent", TOTAL, percent(c.relativeChange()));
                }

                private void illHealthRows(int p, List<Row> rows) {
                    ReportingPeriod period = set.illHealth().get(p).period();
                    List<IllHealthFigures> figures = set.illHealthFigures(p);
                    for (int a = 0; a < areas.size(); a++) {
                        IllHealthFigures f = figures.get(a);
                        Line line = new Line(rows, ILL_HEALTH, period, null, areas, a);
                        line.add("insured", TOTAL, Cell.count(f.insured()));
                        for (IllHealthBenefit b : IllHealthBenefit.values()) {
                            // Net days are whole quarter days: exact at two decimals.
                            line.add("net_days", Codes.of("illHealthBenefit", b),
                                    new Cell.Decimal(f.netDays(b).toBigDecimal(2, RoundingMode.UNNECESSARY), 2));
                        }
                        for (IllHealthRate r : IllHealthRate.values()) {
                            line.add(r.name().toLowerCase(java.util.Locale.ROOT), TOTAL,
                                    new Cell.Decimal(DisplayRounding.days(f.rate(r)), DisplayRounding.DAYS_SCALE));
                        }
                    }
                }
            };
        }

        private Cell change(MonetaryAmount amount) {
            return money(Amounts.decimal(amount), currency);
        }
    }

    /** The leading cells of the {@code indicators} rows of one section, period and area. */
    private record Line(List<Row> rows, String section, ReportingPeriod period, @Nullable ReportingPeriod compared,
            Areas areas, int area) {

        void add(String measure, SupportKind kind, Cell value) {
            add(measure, Codes.of("supportKind", kind), value);
        }

        void add(String measure, String component, Cell value) {
            add(measure, new Cell.Word(component, Text.of("indicatorComponent." + component)), value);
        }

        void add(String measure, Cell.Word component, Cell value) {
            rows.add(Row.of(new Cell.Word(section, Text.of("indicatorSection." + section)),
                    new Cell.Date(period.startInclusive()), new Cell.Date(period.endInclusive()),
                    compared == null ? Cell.EMPTY : new Cell.Date(compared.startInclusive()),
                    compared == null ? Cell.EMPTY : new Cell.Date(compared.endInclusive()),
                    areas.named(area), areas.kind(area),
                    new Cell.Word(measure, Text.of("indicatorMeasure." + measure)), component, value));
        }
    }

    /**
     * The rows of the {@code explained} section: for each support period and area, each kind's rate and the
     * total rate taken apart.
     */
    private record Explained(IndicatorSet set, Areas areas, CurrencyUnit currency) implements Iterable<Row> {

        @Override
        public Iterator<Row> iterator() {
            return new Batches() {
                private int period;

                @Override
                boolean fill(List<Row> rows) {
                    if (period >= set.support().size()) {
                        return false;
                    }
                    ReportingPeriod p = set.support().get(period).period();
                    List<SupportMeasure> measures = set.supportMeasures(period++);
                    for (int a = 0; a < areas.size(); a++) {
                        SupportMeasure m = measures.get(a);
                        for (SupportKind k : SupportKind.values()) {
                            rows.add(row(p, a, Codes.of("supportKind", k), m.figures().paid(k), m, m.rate(k)));
                        }
                        rows.add(row(p, a, new Cell.Word(TOTAL, Text.of("indicatorComponent." + TOTAL)),
                                m.figures().totalPaid(), m, m.rate()));
                    }
                    return true;
                }
            };
        }

        private Row row(ReportingPeriod p, int a, Cell.Word component, BigDecimal paid, SupportMeasure m, Fraction rate) {
            return Row.of(new Cell.Date(p.startInclusive()), new Cell.Date(p.endInclusive()), areas.named(a), component,
                    money(paid, currency), Cell.count(m.figures().population()), Cell.count(p.days()),
                    new Cell.Decimal(new BigDecimal(m.populationDays()), 0),
                    new Cell.Decimal(rate.toBigDecimal(QUOTIENT_SCALE, DisplayRounding.MODE), QUOTIENT_SCALE), rate(rate));
        }
    }

    /**
     * Rows made a batch at a time (a period's), each batch dropped when its last row is taken: a report of a
     * thousand periods holds one period's rows at most.
     */
    private abstract static class Batches implements Iterator<Row> {
        private final List<Row> batch = new ArrayList<>();
        private int next;

        /** Adds the next batch's rows; false when there are no more batches. */
        abstract boolean fill(List<Row> rows);

        @Override
        public boolean hasNext() {
            while (next == batch.size()) {
                batch.clear();
                next = 0;
                if (!fill(batch)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return batch.get(next++);
        }
    }

    /** Kronor, exact, with the decimals they were given (a sum with the most of its parts'). */
    private static Cell money(BigDecimal amount, CurrencyUnit currency) {
        int scale = Math.max(0, amount.scale());
        return new Cell.Money(amount.setScale(scale), scale, currency);
    }

    /** Kronor per inhabitant and day, rounded for display as {@link DisplayRounding#rate} rounds them. */
    private static Cell rate(Fraction rate) {
        return new Cell.Decimal(DisplayRounding.rate(rate), DisplayRounding.RATE_SCALE);
    }

    /** A relative change in percent, rounded as {@link DisplayRounding#percent} rounds it; blank when absent. */
    private static Cell percent(Optional<Fraction> share) {
        return share.<Cell>map(s -> new Cell.Percent(DisplayRounding.percent(s), DisplayRounding.PERCENT_SCALE)).orElse(Cell.EMPTY);
    }

    /** A decimal shown with the decimals it was given. */
    private static Cell decimal(BigDecimal value) {
        int scale = Math.max(0, value.scale());
        return new Cell.Decimal(value.setScale(scale), scale);
    }
}
