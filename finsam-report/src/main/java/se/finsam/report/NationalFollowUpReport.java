package se.finsam.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import se.finsam.followup.AssociationFollowUp;
import se.finsam.followup.County;
import se.finsam.followup.FollowUpFigures;
import se.finsam.followup.NationalFollowUp;
import se.finsam.followup.ProjectSummary;
import se.finsam.followup.Share;
import se.finsam.followup.TimeInProject;

/**
 * Builds the report of a national follow-up: the levels the national follow-up system's standard report
 * compares (each county, followed by its associations, each followed by its projects, and the whole country
 * last, as the total), with the measures of a project's report, in three tables: the participants and their
 * time in the project; the results of the finished participants; and public support before and after. With
 * {@link Detail#EXPLAINED}, the participants by municipality and by gender, of the whole country and of each
 * county, follow.
 *
 * <p>Every measure is shown as in a project's report ({@link FollowUpCells}): a share is the count of the
 * finished participants with its percentage, rounded half up to one decimal, a dash when nobody has finished.
 */
final class NationalFollowUpReport {

    /** The levels, their codes in the CSV and their words under {@code followUpLevel.CODE}. */
    private static final String COUNTRY = "COUNTRY";
    private static final String COUNTY = "COUNTY";
    private static final String ASSOCIATION = "ASSOCIATION";
    private static final String PROJECT = "PROJECT";

    /** The shares of the table of results, and of the table of public support. */
    private static final List<String> RESULTS = FollowUpCells.SHARES.subList(0, 3);
    private static final List<String> SUPPORT = FollowUpCells.SHARES.subList(3, 5);

    /** A row of the comparison: a level, what it is at that level, and its figures. */
    private record Unit(Row.Kind kind, Cell.Word level, Cell name, FollowUpFigures figures) {
    }

    private final NationalFollowUp national;
    private final List<Unit> units;

    private NationalFollowUpReport(NationalFollowUp national) {
        this.national = national;
        this.units = units(national);
    }

    static Report of(NationalFollowUp national, Detail detail) {
        return new NationalFollowUpReport(national).report(detail);
    }

    private Report report(Detail detail) {
        Report.Builder report = Report.builder(national.name(),
                Text.of("nationalFollowUp.title", Cell.text(national.name())));
        long projects = national.associations().stream().mapToLong(a -> a.projects().size()).sum();
        report.lead(Text.of("nationalFollowUp.lead.levels", Cell.count(national.counties().size()),
                Cell.count(national.associations().size()), Cell.count(projects)));
        national.note().ifPresent(note -> report.lead(Text.of("followUp.lead.note", Cell.text(note))));
        // Short names for spreadsheet tabs: the titles pass Excel's 31 characters.
        report.section(participants().withShortTitle(Text.of("nationalFollowUp.sheet.participants")))
                .section(shares("results", RESULTS, "completed").withShortTitle(Text.of("nationalFollowUp.sheet.results")))
                .section(shares("publicSupport", SUPPORT, "on_public_support_after")
                        .withShortTitle(Text.of("nationalFollowUp.sheet.publicSupport")));
        if (detail == Detail.EXPLAINED) {
            distributions(report);
        }
        return report.build();
    }

    // --- the levels ------------------------------------------------------------------------------------

    /** Each county, followed by its associations, each followed by its projects; the whole country last. */
    private static List<Unit> units(NationalFollowUp national) {
        List<Unit> units = new ArrayList<>();
        for (County county : national.counties()) {
            FollowUpFigures figures = Objects.requireNonNull(national.byCounty().get(county.code()), "a county's figures");
            units.add(new Unit(Row.Kind.DATA, level(COUNTY), countyName(county), figures));
            for (AssociationFollowUp a : national.associations()) {
                if (a.county().equals(county.code())) {
                    units.add(new Unit(Row.Kind.DATA, level(ASSOCIATION), new Cell.Named(a.id().value(), a.name()), a.figures()));
                    for (ProjectSummary p : a.projects()) {
                        units.add(new Unit(Row.Kind.DATA, level(PROJECT), Cell.text(p.name()), p.figures()));
                    }
                }
            }
        }
        units.add(new Unit(Row.Kind.TOTAL, level(COUNTRY), country(), national.total()));
        return List.copyOf(units);
    }

    private static Cell.Word level(String code) {
        return Codes.of("followUpLevel", code);
    }

    private static Cell.Named countyName(County county) {
        return new Cell.Named(county.code(), county.name());
    }

    private static Cell country() {
        return Cell.label("nationalFollowUp.country");
    }

    /** The columns that say which row is which: the level and the name. */
    private static List<Column> unitColumns() {
        List<Column> columns = new ArrayList<>();
        columns.add(Column.codes("level", "nationalFollowUp.column.level"));
        columns.add(Column.named("unit", "nationalFollowUp.column.unit"));
        return columns;
    }

    /** A section of a row per unit: its level, its name and the cells of its figures. */
    private Section.Builder comparison(String id, List<Column> measures, Function<FollowUpFigures, List<Cell>> cells) {
        List<Column> columns = unitColumns();
        columns.addAll(measures);
        Section.Builder s = Section.builder(id, Text.of("nationalFollowUp." + id), columns);
        for (Unit u : units) {
            List<Cell> row = new ArrayList<>(List.of(u.level(), u.name()));
            row.addAll(cells.apply(u.figures()));
            s.row(new Row(u.kind(), row));
        }
        return s;
    }

    // --- the tables ------------------------------------------------------------------------------------

    private Section participants() {
        List<Column> measures = new ArrayList<>();
        for (String code : List.of("started", "registered", "anonymous", "finished", "ongoing", "days_in_project_mean",
                "days_in_project_median")) {
            measures.add(Column.numbers(code, "nationalFollowUp.column." + code));
        }
        Section.Builder s = comparison("participants", measures, NationalFollowUpReport::participantCells);
        s.note(Text.of("nationalFollowUp.note.levels")).note(Text.of("followUp.note.days"));
        return s.chart(Chart.bars(Text.of("nationalFollowUp.chart.participants"), "unit", "started").where("level", COUNTY))
                .build();
    }

    private static List<Cell> participantCells(FollowUpFigures f) {
        Optional<TimeInProject> t = f.timeInProject();
        return List.of(Cell.count(f.started()), Cell.count(f.registered()), Cell.count(f.anonymous()), Cell.count(f.finished()),
                FollowUpCells.ongoing(f), t.map(d -> FollowUpCells.days(d.meanDays())).orElse(FollowUpCells.NONE),
                t.map(d -> FollowUpCells.days(d.medianDays())).orElse(FollowUpCells.NONE));
    }

    /** The finished participants, and of them each share's count and percentage; a chart of one share by county. */
    private Section shares(String id, List<String> codes, String drawn) {
        List<Column> measures = new ArrayList<>();
        measures.add(Column.numbers("finished", "nationalFollowUp.column.finished"));
        for (String code : codes) {
            measures.add(new Column(code, Text.of("followUpMeasure." + code), Column.Type.NUMBERS, Optional.empty()));
            measures.add(Column.numbers(code + "_share", "followUp.column.share"));
        }
        Section.Builder s = comparison(id, measures, f -> shareCells(f, codes));
        s.note(Text.of("followUp.note.shares"));
        // A share's bar is of 100 %: scaled to the largest share, 86,6 % would look like all.
        return s.chart(Chart.bars(Text.of("nationalFollowUp.chart." + id), "unit", drawn + "_share").where("level", COUNTY)
                .upTo(BigDecimal.valueOf(100))).build();
    }

    private static List<Cell> shareCells(FollowUpFigures f, List<String> codes) {
        List<Cell> cells = new ArrayList<>();
        cells.add(Cell.count(f.finished()));
        for (String code : codes) {
            Share share = FollowUpCells.share(f, code);
            cells.add(Cell.count(share.count()));
            cells.add(FollowUpCells.percent(share.value()));
        }
        return cells;
    }

    // --- explained -------------------------------------------------------------------------------------

    /** The participants by municipality and by gender: of the whole country, then of each county. */
    private void distributions(Report.Builder report) {
        distributions(report, "", country(), List.of(level(COUNTRY), country()), national.total());
        for (County county : national.counties()) {
            distributions(report, "." + county.code(), Cell.text(county.name()), List.of(level(COUNTY), countyName(county)),
                    Objects.requireNonNull(national.byCounty().get(county.code()), "a county's figures"));
        }
    }

    /** An area's two distributions, each row naming the area first, so that a spreadsheet tells the blocks apart. */
    private static void distributions(Report.Builder report, String idSuffix, Cell name, List<Cell> unit,
            FollowUpFigures figures) {
        report.section(FollowUpCells.byMunicipality(figures, "byMunicipality" + idSuffix,
                Text.of("nationalFollowUp.byMunicipality", name), unit)
                .withShortTitle(Text.of("nationalFollowUp.sheet.byMunicipality", name)));
        report.section(FollowUpCells.byGender(figures, "byGender" + idSuffix, Text.of("nationalFollowUp.byGender", name),
                unit).withShortTitle(Text.of("nationalFollowUp.sheet.byGender", name)));
    }
}
