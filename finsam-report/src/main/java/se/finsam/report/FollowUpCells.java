package se.finsam.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.finsam.followup.Distribution;
import se.finsam.followup.FollowUpFigures;
import se.finsam.followup.Gender;
import se.finsam.followup.Share;
import se.finsam.indicator.DisplayRounding;
import se.finsam.member.MemberId;
import se.finsam.money.Fraction;

/**
 * The cells and tables of a participant follow-up's measures, the same in the report of a project and of a
 * national follow-up: the measures' codes and words, a share as shown (half up to one decimal, a dash when it
 * is of nobody), days, and the distributions by municipality and by gender with their totals.
 */
final class FollowUpCells {

    /** The codes of the shares of the finished participants, in order. */
    static final List<String> SHARES = List.of("completed", "in_work_or_studies_after", "closer_to_work",
            "on_public_support_before", "on_public_support_after");

    /** Shown where a share has no base: "–". */
    static final Cell NONE = Cell.label("followUp.none");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private FollowUpCells() {
    }

    /** A measure of a follow-up, its word under {@code followUpMeasure.code}. */
    static Cell.Word measure(String code) {
        return Codes.of("followUpMeasure", code);
    }

    /** The share of the finished participants that a code of {@link #SHARES} names. */
    static Share share(FollowUpFigures figures, String code) {
        return switch (code) {
            case "completed" -> figures.completed();
            case "in_work_or_studies_after" -> figures.inWorkOrStudiesAfter();
            case "closer_to_work" -> figures.closerToWork();
            case "on_public_support_before" -> figures.onPublicSupportBefore();
            default -> figures.onPublicSupportAfter();
        };
    }

    /** The participants still in the project: registered and not finished. */
    static Cell ongoing(FollowUpFigures figures) {
        return Cell.count(figures.registered() - figures.finished());
    }

    /** A share as shown: rounded half up to one decimal; a dash when it is of nobody. */
    static Cell percent(Optional<Fraction> share) {
        return share.<Cell>map(v -> new Cell.Percent(DisplayRounding.percent(v), DisplayRounding.PERCENT_SCALE)).orElse(NONE);
    }

    /** Days, as a mean or a median: rounded half up to one decimal. */
    static Cell days(Fraction days) {
        return new Cell.Decimal(DisplayRounding.days(days), DisplayRounding.DAYS_SCALE);
    }

    /** A group's percentage of its distribution: the largest-remainder tenths; a dash when nobody is counted. */
    static <K> Cell distributed(Distribution<K> d, K group) {
        return d.total() == 0 ? NONE : new Cell.Percent(d.percent(group), DisplayRounding.PERCENT_SCALE);
    }

    /** The registered participants by municipality, with their total: a section of this id and title. */
    static Section byMunicipality(FollowUpFigures figures, String id, Text title) {
        return byMunicipality(figures, id, title, List.of());
    }

    /**
     * The registered participants by municipality, with their total, each row first naming the area it is of (in a
     * report of several areas, so that a spreadsheet tells their blocks apart).
     *
     * @param unit the leading columns' cells, empty for none: the area's
     */
    static Section byMunicipality(FollowUpFigures figures, String id, Text title, List<Cell> unit) {
        Distribution<MemberId> d = figures.byMunicipality();
        Section.Builder s = Section.builder(id, title, columns(unit, Column.named("group", "groupName", "column.municipality"),
                Column.numbers("count", "followUp.column.participants"), Column.numbers("value", "followUp.column.share")));
        for (MemberId m : d.groups()) {
            s.row(cells(unit, new Cell.Named(m.value(), figures.municipalityName(m)), Cell.count(d.count(m)), distributed(d, m)));
        }
        return distributionEnd(s, d, "followUp.note.distribution", "followUp.chart.byMunicipality", unit);
    }

    /** All participants by gender, with their total: a section of this id and title. */
    static Section byGender(FollowUpFigures figures, String id, Text title) {
        return byGender(figures, id, title, List.of());
    }

    /**
     * All participants by gender, with their total, each row first naming the area it is of.
     *
     * @param unit the leading columns' cells, empty for none: the area's
     */
    static Section byGender(FollowUpFigures figures, String id, Text title, List<Cell> unit) {
        Distribution<Gender> d = figures.byGender();
        Section.Builder s = Section.builder(id, title, columns(unit, Column.codes("group", "followUp.column.gender"),
                Column.numbers("count", "followUp.column.participants"), Column.numbers("value", "followUp.column.share")));
        for (Gender g : d.groups()) {
            s.row(cells(unit, Codes.gender(g), Cell.count(d.count(g)), distributed(d, g)));
        }
        return distributionEnd(s, d, "followUp.note.distributionAgain", "followUp.chart.byGender", unit);
    }

    /** The columns naming the area, when there are cells for them, then the others. */
    private static Column[] columns(List<Cell> unit, Column... others) {
        List<Column> all = new ArrayList<>();
        if (!unit.isEmpty()) {
            all.add(Column.codes("level", "nationalFollowUp.column.level"));
            all.add(Column.named("unit", "nationalFollowUp.column.unit"));
        }
        all.addAll(List.of(others));
        return all.toArray(Column[]::new);
    }

    private static Cell[] cells(List<Cell> unit, Cell... others) {
        List<Cell> all = new ArrayList<>(unit);
        all.addAll(List.of(others));
        return all.toArray(Cell[]::new);
    }

    private static Section distributionEnd(Section.Builder s, Distribution<?> d, String noteKey, String chartKey,
            List<Cell> unit) {
        s.total(cells(unit, Cell.label("row.total"), Cell.count(d.total()),
                d.total() == 0 ? NONE : new Cell.Percent(HUNDRED, DisplayRounding.PERCENT_SCALE)));
        s.note(Text.of(noteKey));
        return s.chart(Chart.stacked(Text.of(chartKey), "group", "value")).build();
    }
}
