package se.finsam.report;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import javax.money.CurrencyUnit;
import se.finsam.indicator.DisplayRounding;
import se.finsam.money.Amounts;
import se.finsam.money.Fraction;
import se.finsam.socioeconomic.Actor;
import se.finsam.socioeconomic.ActorResult;
import se.finsam.socioeconomic.BreakEven;
import se.finsam.socioeconomic.HorizonResult;
import se.finsam.socioeconomic.Payback;
import se.finsam.socioeconomic.PersonYear;
import se.finsam.socioeconomic.Sensitivity;
import se.finsam.socioeconomic.SocioEconomicCalculation;
import se.finsam.socioeconomic.YearGain;

/**
 * Builds the report of a {@link SocioEconomicCalculation}: the assumptions, the project's cost and who pays
 * it, what a person's exclusion costs each actor, per horizon who invests and who gains (investment, gains,
 * net present value, payback, break-even), the avoided costs year by year and the cumulative net present
 * value at the longest horizon, and the sensitivity table; explained, how each figure came about.
 *
 * <p>Every figure is exact in core; a cell holds it rounded once to whole kronor, half away from zero
 * ({@link DisplayRounding#MODE}), and a sum row holds the exact sum rounded, not the sum of the rounded cells.
 */
final class SocioEconomicReport {

    private static final Fraction HUNDRED = Fraction.of(100, 1);
    private static final Fraction TWELVE = Fraction.of(12, 1);
    /** The most decimals a percentage is shown with exactly; one that needs more is rounded to one decimal. */
    private static final int EXACT_PERCENT_DECIMALS = 10;
    /** The decimals of a figure between the steps of an explanation (a gain per success, a quotient). */
    private static final int STEP_DECIMALS = 2;
    private static final Cell NONE = Cell.label("followUp.none");
    private static final String[] SUPERSCRIPT = {"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"};

    private final SocioEconomicCalculation calculation;
    private final CurrencyUnit currency;
    private final List<HorizonResult> results;
    private final HorizonResult longest;

    private SocioEconomicReport(SocioEconomicCalculation calculation) {
        this.calculation = calculation;
        this.currency = calculation.currency();
        this.results = calculation.results();
        this.longest = results.get(results.size() - 1);
    }

    static Report of(SocioEconomicCalculation calculation, Detail detail) {
        return new SocioEconomicReport(calculation).report(detail);
    }

    private Report report(Detail detail) {
        Report.Builder report = Report.builder(calculation.name(), Text.of("socio.title", Cell.text(calculation.name())));
        calculation.note().ifPresent(note -> report.lead(Text.of("socio.lead.note", Cell.text(note))));
        report.lead(Text.of("socio.lead.model")).lead(Text.of("socio.lead.rounding"));
        report.section(assumptions()).section(financing()).section(costOfExclusion());
        for (HorizonResult result : results) {
            report.section(matrix(result));
        }
        report.section(avoidedCosts()).section(cumulative()).section(sensitivity());
        if (detail == Detail.EXPLAINED) {
            report.section(explainedInvestment()).section(explainedGains()).section(explainedPayback())
                    .section(explainedBreakEven());
        }
        return report.build();
    }

    // --- figures ---------------------------------------------------------------------------------------

    private Section assumptions() {
        Section.Builder s = Section.builder("assumptions", Text.of("socio.assumptions"),
                Column.words("item", "column.item"), Column.numbers("value", "column.value"));
        s.row(Cell.label("socio.row.participants"), Cell.count(calculation.success().participants()));
        s.row(Cell.label("socio.row.successful"), people(calculation.success().successful()));
        s.row(Cell.label("socio.row.successRate"), percent(calculation.success().rate()));
        s.row(Cell.label("socio.row.projectYears"), Cell.count(calculation.projectCosts().size()));
        s.row(Cell.label("socio.row.projectCost"), money(longest.society().investmentTotal()));
        s.row(Cell.label("socio.row.statedCost"), money(calculation.costOfExclusion().perPersonAndYear()));
        s.row(Cell.label("socio.row.lostProduction"),
                money(Fraction.from(Amounts.decimal(calculation.costOfExclusion().lostProduction()))));
        Optional<Fraction> fallOff = calculation.effect().fallOff();
        if (fallOff.isPresent()) {
            s.row(Cell.label("socio.row.fallOff"), percent(fallOff.get()));
        } else {
            List<Fraction> shares = calculation.effect().shares().orElseThrow();
            for (int year = 1; year <= shares.size(); year++) {
                s.row(Cell.label("socio.row.share", Cell.count(year)), percent(shares.get(year - 1)));
            }
        }
        s.row(Cell.label("socio.row.discountRate"), percent(calculation.discountRate()));
        for (int horizon : calculation.horizons()) {
            s.row(Cell.label("socio.row.horizon"), Cell.count(horizon));
        }
        s.note(Text.of("socio.note.assumptions"));
        if (fallOff.isPresent()) {
            s.note(Text.of("socio.note.fallOff"));
        }
        calculation.success().followUp().ifPresent(name -> s.note(Text.of("socio.note.followUp", Cell.text(name))));
        return s.build();
    }

    private static List<Actor> investing() {
        List<Actor> investing = new ArrayList<>();
        for (Actor actor : Actor.values()) {
            if (actor.statutoryShare().signum() > 0) {
                investing.add(actor);
            }
        }
        return investing;
    }

    private Section financing() {
        List<Column> columns = new ArrayList<>(List.of(Column.words("projectYear", "socio.column.projectYear"),
                Column.numbers("cost", "socio.column.projectCost")));
        for (Actor actor : investing()) {
            columns.add(new Column(id(actor), Text.of("socio.column.actorShare", actor(actor),
                    percent(actor.statutoryShare())), Column.Type.NUMBERS, Optional.empty()));
        }
        Section.Builder s = Section.builder("financing", Text.of("socio.financing"), columns);
        for (int year = 0; year < calculation.projectCosts().size(); year++) {
            List<Cell> row = new ArrayList<>(List.of(Cell.year(year + 1),
                    money(longest.society().investmentByYear().get(year))));
            for (Actor actor : investing()) {
                row.add(money(longest.of(actor).investmentByYear().get(year)));
            }
            s.row(row.toArray(new Cell[0]));
        }
        List<Cell> total = new ArrayList<>(List.of(Cell.label("row.total"), money(longest.society().investmentTotal())));
        for (Actor actor : investing()) {
            total.add(money(longest.of(actor).investmentTotal()));
        }
        s.total(total.toArray(new Cell[0]));
        return s.note(Text.of("socio.note.financing")).build();
    }

    private Section costOfExclusion() {
        Section.Builder s = Section.builder("costOfExclusion", Text.of("socio.costOfExclusion"),
                Column.codes("actor", "socio.column.actor"), Column.numbers("realCosts", "socio.column.realCosts"),
                Column.numbers("transfers", "socio.column.transfers"), Column.numbers("taxes", "socio.column.taxes"),
                Column.numbers("production", "socio.column.production"),
                Column.numbers("perPersonAndYear", "socio.column.perPersonAndYear"));
        for (ActorResult result : longest.actors()) {
            s.row(personYear(result));
        }
        s.total(personYear(longest.society()));
        return s.note(Text.of("socio.note.costOfExclusion")).note(Text.of("socio.note.society")).build();
    }

    private Cell[] personYear(ActorResult result) {
        PersonYear p = result.perPersonAndYear();
        return new Cell[] {actor(result), money(p.realCosts()), money(p.transfers()), money(p.taxes()),
            money(p.production()), money(p.total())};
    }

    private Section matrix(HorizonResult result) {
        Section.Builder s = Section.builder("matrix" + result.horizon(),
                Text.of("socio.matrix", years(result.horizon())), Column.codes("actor", "socio.column.actor"),
                Column.numbers("investment", "socio.column.investment"), Column.numbers("gains", "socio.column.gains"),
                Column.numbers("netPresentValue", "socio.column.netPresentValue"),
                Column.numbers("paybackMonths", "socio.column.paybackMonths"),
                Column.codes("payback", "socio.column.payback"),
                Column.numbers("breakEven", "socio.column.breakEven"),
                Column.codes("breakEvenStatus", "socio.column.breakEvenStatus"));
        for (ActorResult actor : result.actors()) {
            s.row(matrixRow(actor));
        }
        s.row(Row.total(matrixRow(result.society())));
        s.note(Text.of("socio.note.matrix", Cell.count(result.success().participants())));
        s.note(Text.of("socio.note.payback")).note(Text.of("socio.note.breakEven"));
        return s.chart(Chart.grouped(Text.of("socio.chart.matrix", years(result.horizon())), "actor",
                List.of("investment", "gains"))).build();
    }

    private Cell[] matrixRow(ActorResult r) {
        Payback payback = r.payback();
        Cell months = payback.status() == Payback.Status.PAID_BACK ? Cell.count(payback.months()) : NONE;
        BreakEven breakEven = r.breakEven();
        // Who invests nothing breaks even with nobody: a dash, and the payback's "does not invest" says why.
        boolean invests = payback.status() != Payback.Status.NOT_INVESTING;
        Cell least = invests ? least(breakEven) : NONE;
        return new Cell[] {actor(r), money(r.investment()), money(r.gainsPresentValue()), money(r.netPresentValue()),
            months, Codes.of("paybackStatus", payback.status()), least,
            invests ? breakEvenStatus(breakEven) : Codes.of("paybackStatus", payback.status())};
    }

    /** The least number of successful participants, or a dash when none suffices. */
    private static Cell least(BreakEven breakEven) {
        return breakEven.successful().map(SocioEconomicReport::whole).orElse(NONE);
    }

    private static Cell.Word breakEvenStatus(BreakEven breakEven) {
        String code = breakEven.successful().isEmpty() ? "NONE_SUFFICES"
                : breakEven.beyondParticipants() ? "BEYOND_PARTICIPANTS" : "WITHIN_PARTICIPANTS";
        return Codes.of("breakEvenStatus", code);
    }

    private Section avoidedCosts() {
        List<Column> columns = new ArrayList<>(List.of(Column.words("year", "socio.column.yearAfter"),
                Column.numbers("yearFromStart", "socio.column.yearFromStart"), Column.numbers("share", "socio.column.share")));
        for (Actor actor : Actor.values()) {
            columns.add(new Column(id(actor), Text.of("socioActor." + actor.name()), Column.Type.NUMBERS, Optional.empty()));
        }
        columns.add(new Column("society", Text.of("socioActor.SOCIETY"), Column.Type.NUMBERS, Optional.empty()));
        columns.add(Column.numbers("societyUndiscounted", "socio.column.societyUndiscounted"));
        Section.Builder s = Section.builder("avoidedCosts", Text.of("socio.avoidedCosts", years(longest.horizon())),
                columns);
        List<YearGain> society = longest.society().gains();
        for (int i = 0; i < society.size(); i++) {
            YearGain year = society.get(i);
            List<Cell> row = new ArrayList<>(List.of(Cell.year(year.year()), Cell.count(year.yearFromStart()),
                    new Cell.Percent(precisePercent(year.share()), DisplayRounding.PERCENT_SCALE)));
            for (ActorResult actor : longest.actors()) {
                row.add(money(actor.gains().get(i).presentValue()));
            }
            row.add(money(year.presentValue()));
            row.add(money(year.amount()));
            s.row(row.toArray(new Cell[0]));
        }
        List<Cell> total = new ArrayList<>(List.of(Cell.label("row.total"), Cell.EMPTY, Cell.EMPTY));
        for (ActorResult actor : longest.actors()) {
            total.add(money(actor.gainsPresentValue()));
        }
        total.add(money(longest.society().gainsPresentValue()));
        total.add(money(longest.society().gainsTotal()));
        s.total(total.toArray(new Cell[0]));
        return s.note(Text.of("socio.note.avoidedCosts")).note(Text.of("socio.note.sums")).build();
    }

    private Section cumulative() {
        List<ActorResult> drawn = new ArrayList<>(List.of(longest.society()));
        for (ActorResult actor : longest.actors()) {
            if (actor.investment().signum() > 0) {
                drawn.add(actor);
            }
        }
        List<Column> columns = new ArrayList<>(List.of(Column.numbers("year", "socio.column.yearAfter")));
        List<String> ids = new ArrayList<>();
        for (ActorResult r : drawn) {
            String id = r.actor().map(SocioEconomicReport::id).orElse("society");
            ids.add(id);
            columns.add(new Column(id, actorText(r), Column.Type.NUMBERS, Optional.empty()));
        }
        Section.Builder s = Section.builder("cumulative", Text.of("socio.cumulative", years(longest.horizon())),
                columns);
        List<Fraction> running = new ArrayList<>();
        for (ActorResult r : drawn) {
            running.add(r.investment().negated());
        }
        for (int year = 0; year <= longest.horizon(); year++) {
            List<Cell> row = new ArrayList<>(List.of(Cell.count(year)));
            for (int i = 0; i < drawn.size(); i++) {
                if (year > 0) {
                    running.set(i, running.get(i).plus(drawn.get(i).gains().get(year - 1).presentValue()));
                }
                row.add(money(running.get(i)));
            }
            s.row(row.toArray(new Cell[0]));
        }
        s.note(Text.of("socio.note.cumulative"));
        return s.chart(Chart.lines(Text.of("socio.chart.cumulative", years(longest.horizon())), "year", ids)).build();
    }

    private Section sensitivity() {
        Sensitivity table = calculation.sensitivity();
        List<Column> columns = new ArrayList<>(List.of(Column.codes("parameter", "socio.column.parameter"),
                Column.numbers("factor", "socio.column.factor"), Column.numbers("value", "column.value"),
                new Column("society", Text.of("socio.column.npvOf", Cell.label("socioActor.SOCIETY")), Column.Type.NUMBERS,
                        Optional.empty())));
        for (Actor actor : Actor.values()) {
            columns.add(new Column(id(actor), Text.of("socio.column.npvOf", actor(actor)), Column.Type.NUMBERS,
                    Optional.empty()));
        }
        Section.Builder s = Section.builder("sensitivity", Text.of("socio.sensitivity", years(table.horizon())),
                columns);
        for (Sensitivity.Row r : table.rows()) {
            boolean horizon = r.parameter() == Sensitivity.Parameter.HORIZON;
            List<Cell> row = new ArrayList<>(List.of(Codes.of("sensitivityParameter", r.parameter()),
                    horizon ? Cell.EMPTY : percent(r.factor()), sensitivityValue(r), money(r.result().society().netPresentValue())));
            for (ActorResult actor : r.result().actors()) {
                row.add(money(actor.netPresentValue()));
            }
            s.row(row.toArray(new Cell[0]));
        }
        return s.note(Text.of("socio.note.sensitivity", years(table.horizon()))).build();
    }

    private Cell sensitivityValue(Sensitivity.Row r) {
        return switch (r.parameter()) {
            case SUCCESS -> people(r.value());
            case COST_OF_EXCLUSION -> money(r.value());
            case DISCOUNT_RATE -> percent(r.value());
            case HORIZON -> Cell.count(r.value().floor().longValueExact());
        };
    }

    // --- explained -------------------------------------------------------------------------------------

    private Section explainedInvestment() {
        Section.Builder s = Section.builder("investmentExplained", Text.of("socio.explain.investment"),
                Column.codes("actor", "socio.column.actor"), Column.numbers("projectYear", "socio.column.projectYear"),
                Column.words("computation", "socio.column.computation"), Column.numbers("value", "socio.column.presentValue"));
        for (Actor actor : investing()) {
            ActorResult r = longest.of(actor);
            for (int year = 0; year < r.investmentByYear().size(); year++) {
                Fraction cost = longest.society().investmentByYear().get(year);
                Fraction factor = discountFactor(year);
                Cell computation = year == 0
                        ? Cell.label("socio.explain.investmentFirst", money(cost), fraction(actor.statutoryShare()))
                        : Cell.label("socio.explain.investmentLater", money(cost), fraction(actor.statutoryShare()),
                                discount(year));
                s.row(Codes.of("socioActor", actor), Cell.count(year + 1L), computation,
                        money(r.investmentByYear().get(year).multipliedBy(factor)));
            }
            s.total(Codes.of("socioActor", actor), Cell.EMPTY, Cell.label("socio.explain.investmentSum"), money(r.investment()));
        }
        return s.note(Text.of("socio.note.explainedRounding")).build();
    }

    private Section explainedGains() {
        Section.Builder s = Section.builder("gainsExplained", Text.of("socio.explain.gains", years(longest.horizon())),
                Column.codes("actor", "socio.column.actor"), Column.numbers("year", "socio.column.yearAfter"),
                Column.words("computation", "socio.column.computation"), Column.numbers("value", "socio.column.presentValue"));
        List<ActorResult> all = new ArrayList<>(longest.actors());
        all.add(longest.society());
        Cell successful = people(longest.success().successful());
        for (ActorResult r : all) {
            Cell perPerson = exactMoney(r.perPersonAndYear().total());
            for (YearGain g : r.gains()) {
                s.row(actor(r), Cell.count(g.year()), Cell.label("socio.explain.gain", successful, percent(g.share()), perPerson,
                        discount(g.yearFromStart() - 1)), money(g.presentValue()));
            }
            s.total(actor(r), Cell.EMPTY, Cell.label("socio.explain.gainsSum"), money(r.gainsPresentValue()));
        }
        return s.note(Text.of("socio.note.explainedGains")).note(Text.of("socio.note.explainedRounding")).build();
    }

    private Section explainedPayback() {
        return perHorizon("paybackExplained", "socio.explain.payback",
                Column.numbers("paybackMonths", "socio.column.paybackMonths"), "socio.note.explainedPayback",
                (result, r) -> new Cell[] {paybackComputation(r),
                    r.payback().status() == Payback.Status.PAID_BACK ? Cell.count(r.payback().months()) : NONE});
    }

    /** A section of a row per horizon and actor (society last): the horizon, the actor, then the cells given. */
    private Section perHorizon(String id, String titleKey, Column value, String noteKey,
            BiFunction<HorizonResult, ActorResult, Cell[]> cells) {
        Section.Builder s = Section.builder(id, Text.of(titleKey), Column.numbers("horizon", "socio.column.horizon"),
                Column.codes("actor", "socio.column.actor"), Column.words("computation", "socio.column.computation"), value);
        for (HorizonResult result : results) {
            for (ActorResult r : all(result)) {
                Cell[] rest = cells.apply(result, r);
                s.row(Cell.count(result.horizon()), actor(r), rest[0], rest[1]);
            }
        }
        return s.note(Text.of(noteKey)).build();
    }

    private static List<ActorResult> all(HorizonResult result) {
        List<ActorResult> all = new ArrayList<>(result.actors());
        all.add(result.society());
        return all;
    }

    /**
     * The year in which the gains cover the investment, and where in it: taken from core's payback month (the
     * month falls in the year from the start {@code (months − 1) / 12 + 1}), not found again here.
     */
    private Cell paybackComputation(ActorResult r) {
        if (r.payback().status() == Payback.Status.NOT_INVESTING) {
            return Cell.label("socio.explain.notInvesting");
        }
        if (r.payback().status() == Payback.Status.PAID_BACK) {
            int yearFromStart = (r.payback().months() - 1) / 12 + 1;
            Fraction covered = Fraction.ZERO;
            for (YearGain g : r.gains()) {
                if (g.yearFromStart() == yearFromStart) {
                    Fraction months = r.investment().minus(covered).multipliedBy(TWELVE).dividedBy(g.presentValue());
                    return Cell.label("socio.explain.paidBack", Cell.count(yearFromStart), money(r.investment()),
                            money(covered), money(g.presentValue()), Cell.count(yearFromStart - 1L), decimal(months),
                            Cell.count(r.payback().months()));
                }
                covered = covered.plus(g.presentValue());
            }
        }
        return Cell.label("socio.explain.notPaidBack", money(r.gainsPresentValue()), money(r.investment()));
    }

    private Section explainedBreakEven() {
        return perHorizon("breakEvenExplained", "socio.explain.breakEven",
                Column.numbers("breakEven", "socio.column.breakEven"), "socio.note.explainedBreakEven",
                (result, r) -> new Cell[] {breakEvenComputation(r, result.success().participants()),
                    least(r.breakEven())});
    }

    private Cell breakEvenComputation(ActorResult r, long participants) {
        if (r.investment().signum() <= 0) {
            return Cell.label("socio.explain.breakEvenNothing");
        }
        Fraction perSuccess = Fraction.ZERO;
        Fraction perPerson = r.perPersonAndYear().total();
        for (YearGain g : r.gains()) {
            perSuccess = perSuccess.plus(g.share().multipliedBy(perPerson).multipliedBy(g.discountFactor()));
        }
        if (perSuccess.signum() <= 0) {
            return Cell.label("socio.explain.breakEvenNone", exactMoney(perSuccess));
        }
        BigInteger least = r.breakEven().successful().orElseThrow();
        Cell line = Cell.label("socio.explain.breakEvenLeast", money(r.investment()), exactMoney(perSuccess),
                decimal(r.investment().dividedBy(perSuccess)), whole(least));
        return r.breakEven().beyondParticipants()
                ? Cell.label("socio.explain.breakEvenBeyond", line, Cell.count(participants)) : line;
    }

    // --- cells -----------------------------------------------------------------------------------------

    /** An amount rounded to whole kronor, half away from zero. */
    private Cell money(Fraction amount) {
        return new Cell.Money(amount.toBigDecimal(0, DisplayRounding.MODE), 0, currency);
    }

    /** An amount exactly when it is whole kronor, else rounded to öre: a step of an explanation. */
    private Cell exactMoney(Fraction amount) {
        return amount.isInteger() ? money(amount)
                : new Cell.Money(amount.toBigDecimal(STEP_DECIMALS, DisplayRounding.MODE), STEP_DECIMALS, currency);
    }

    private static Cell decimal(Fraction value) {
        return new Cell.Decimal(value.toBigDecimal(STEP_DECIMALS, DisplayRounding.MODE), STEP_DECIMALS);
    }

    /** A whole number of any size: a break-even may need more people than a {@code long} counts. */
    private static Cell whole(BigInteger value) {
        return value.bitLength() < Long.SIZE ? Cell.count(value.longValueExact()) : new Cell.Decimal(new BigDecimal(value), 0);
    }

    /** A number of people: whole, or an expected number (25 % of 10) to two decimals. */
    private static Cell people(Fraction count) {
        return count.isInteger() ? Cell.count(count.floor().longValueExact()) : decimal(count);
    }

    /**
     * A share of one as a percentage: exactly when it has at most {@link #EXACT_PERCENT_DECIMALS} decimals
     * ({@code 3,5 %}), else rounded half up to one decimal.
     */
    private static Cell percent(Fraction share) {
        Fraction value = share.multipliedBy(HUNDRED);
        BigDecimal cut = value.toBigDecimal(EXACT_PERCENT_DECIMALS, RoundingMode.DOWN);
        if (Fraction.from(cut).equals(value)) {
            return new Cell.Percent(cut, Math.max(0, cut.stripTrailingZeros().scale()));
        }
        return new Cell.Percent(precisePercent(share), DisplayRounding.PERCENT_SCALE);
    }

    /**
     * A share of one as a percentage: exact when it has at most 10 decimals, else cut after 10 (so that rounding
     * it half up to one decimal gives what rounding the exact share would; a spreadsheet holds no more).
     */
    private static BigDecimal precisePercent(Fraction share) {
        Fraction value = share.multipliedBy(HUNDRED);
        return value.toExactDecimal().filter(exact -> exact.scale() <= 10)
                .orElseGet(() -> value.toBigDecimal(10, RoundingMode.DOWN).stripTrailingZeros());
    }

    /** A share of one as a fraction: {@code 1/4}. */
    private static Cell fraction(Fraction share) {
        return Cell.text(share.toString());
    }

    /** The discount factor of a year counted from the project's start (0 the first): {@code 1/1,035²}. */
    private Cell discount(int exponent) {
        Fraction base = Fraction.ONE.plus(calculation.discountRate());
        BigDecimal shown = base.toBigDecimal(SocioEconomicCalculation.MAX_PERCENT_DECIMALS + 2, RoundingMode.DOWN)
                .stripTrailingZeros();
        return Cell.label("socio.explain.discount", new Cell.Decimal(shown, Math.max(0, shown.scale())),
                Cell.text(superscript(exponent)));
    }

    private Fraction discountFactor(int exponent) {
        Fraction step = Fraction.ONE.dividedBy(Fraction.ONE.plus(calculation.discountRate()));
        Fraction factor = Fraction.ONE;
        for (int i = 0; i < exponent; i++) {
            factor = factor.multipliedBy(step);
        }
        return factor;
    }

    static String superscript(int exponent) {
        StringBuilder sb = new StringBuilder();
        for (char c : Integer.toString(exponent).toCharArray()) {
            sb.append(SUPERSCRIPT[c - '0']);
        }
        return sb.toString();
    }

    private static Cell.Word actor(Actor actor) {
        return Codes.of("socioActor", actor);
    }

    private static Cell.Word actor(ActorResult result) {
        return result.actor().map(SocioEconomicReport::actor)
                .orElse(new Cell.Word("SOCIETY", Text.of("socioActor.SOCIETY")));
    }

    private static Text actorText(ActorResult result) {
        return actor(result).text();
    }

    /** An actor's column id: {@code socialInsuranceAgency}. */
    static String id(Actor actor) {
        StringBuilder sb = new StringBuilder();
        boolean upper = false;
        for (char c : actor.name().toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                sb.append(upper ? c : Character.toLowerCase(c));
                upper = false;
            }
        }
        return sb.toString();
    }

    /** A number of years as words: "1 year", "5 years"; "1 år", "5 år". */
    private static Cell years(int years) {
        return Cell.label(years == 1 ? "socio.years.one" : "socio.years.many", Cell.count(years));
    }
}
