package se.finsam.report;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.testing.Samples.id;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.finsam.followup.AnonymousParticipants;
import se.finsam.followup.ExitReason;
import se.finsam.followup.FollowUpFigures;
import se.finsam.followup.Gender;
import se.finsam.followup.Occupation;
import se.finsam.followup.Participant;
import se.finsam.followup.ProjectFollowUp;
import se.finsam.followup.ProjectSummary;
import se.finsam.followup.Situation;
import se.finsam.followup.SupportSource;
import se.finsam.followup.Target;
import se.finsam.followup.TargetMeasure;
import se.finsam.member.Member;
import se.finsam.member.MemberKind;
import se.finsam.population.AgeBand;

/**
 * The report of a participant follow-up, on a small project whose every figure is worked out by hand: six
 * started (four registered, two anonymous), three finished after 100, 50 and 31 days, one still in the
 * project. Completed 2 of 3 (66,7 %), in work after 1 of 3 (33,3 %), closer to work 2 of 3, on public
 * support 3 of 3 before and 2 of 3 after. By municipality 2, 1, 1 of 4 (50,0, 25,0, 25,0 %); by gender 5
 * women and 1 man of 6: 833,3… and 166,6… tenths, rounded down to 833 and 166, the tenth left over to the
 * man's larger remainder: 83,3 % and 16,7 %.
 */
class FollowUpReportTest {

    private static final LocalDate START = LocalDate.of(2010, 9, 1);
    private static final AgeBand BAND = AgeBand.parse("30-49");
    private static final Situation SICK = Situation.of(Occupation.OTHER, SupportSource.SICKNESS_AND_REHABILITATION_BENEFIT);
    private static final Situation ASSISTED = Situation.of(Occupation.OTHER, SupportSource.FINANCIAL_ASSISTANCE);
    private static final Situation SEEKING = Situation.of(Occupation.JOB_SEEKING, SupportSource.UNEMPLOYMENT_BENEFIT);
    private static final Situation WORKING = Situation.of(Occupation.WORK, SupportSource.WORK);
    private static final List<Member> MUNICIPALITIES = List.of(
            Member.of(id("koping"), MemberKind.MUNICIPALITY, "Köping", "1983"),
            Member.of(id("arboga"), MemberKind.MUNICIPALITY, "Arboga", "1984"),
            Member.of(id("kungsor"), MemberKind.MUNICIPALITY, "Kungsör", "1960"));

    static final ProjectFollowUp PROJECT = new ProjectFollowUp("Vägen vidare", Optional.of("Illustrative."), START,
            Optional.of(LocalDate.of(2011, 12, 31)), MUNICIPALITIES,
            List.of(finished(0, 100, ExitReason.COMPLETED, Gender.WOMAN, "koping", ASSISTED, WORKING),
                    finished(10, 50, ExitReason.COMPLETED, Gender.MAN, "koping", SICK, SEEKING),
                    finished(20, 31, ExitReason.DISCONTINUED, Gender.WOMAN, "arboga", SEEKING, SEEKING),
                    Participant.ongoing(START.plusDays(30), Gender.WOMAN, BAND, id("kungsor"), SICK)),
            List.of(AnonymousParticipants.of(2011, Gender.WOMAN, 2)),
            List.of(new Target(TargetMeasure.CLOSER_TO_WORK, new BigDecimal("50"), Optional.of(12), Optional.of("Half.")),
                    Target.of(TargetMeasure.COMPLETION_RATE, new BigDecimal("87.1"), null),
                    Target.of(TargetMeasure.PARTICIPANTS, new BigDecimal("5"), null)));

    /** Nobody yet: every share of nobody, no time in the project, an open end. */
    static final ProjectFollowUp EMPTY = new ProjectFollowUp("Nytt projekt", Optional.empty(), START, Optional.empty(),
            MUNICIPALITIES, List.of(), List.of(), List.of());

    private static Participant finished(int startDay, int days, ExitReason exit, Gender gender, String municipality,
            Situation before, Situation after) {
        LocalDate start = START.plusDays(startDay);
        return Participant.finished(start, start.plusDays(days - 1L), exit, gender, BAND, id(municipality), before, after);
    }

    @Test
    void table_inSwedish_isThis() {
        assertThat(Report.of(PROJECT).toString(Format.TABLE, RenderOptions.SWEDISH)).isEqualTo("""
                Vägen vidare: uppföljning av deltagarna
                Projektperiod 2010-09-01 – 2011-12-31.
                Anmärkning: Illustrative.

                Deltagare och resultat

                Mått                            Deltagare  Av    Andel
                Deltagare som har börjat                6
                varav registrerade                      4
                varav anonyma                           2
                Avslutade                               3
                Kvar i projektet                        1
                Fullföljde                              2   3   66,7 %
                I arbete eller studier efteråt          1   3   33,3 %
                Närmare arbete                          2   3   66,7 %
                Offentlig försörjning före              3   3  100,0 %
                Offentlig försörjning efter             2   3   66,7 %

                Andelarna är av de avslutade deltagarna, vars resultat är känt; de som är kvar i projektet bedöms
                inte än. Varje andel avrundas halvt uppåt till 1 decimal.

                Tid i projektet (avslutade deltagare)

                Mått        Deltagare  Dagar
                Medelvärde          3   60,3
                Median              3   50,0
                Kortast             3     31
                Längst              3    100

                Dagar i projektet räknat med både första och sista dagen; medelvärdet och medianen avrundas halvt
                uppåt till 1 decimal.

                Deltagare per kommun (registrerade deltagare)

                Kommun   Deltagare    Andel
                Köping           2   50,0 %
                Arboga           1   25,0 %
                Kungsör          1   25,0 %

                Totalt           4  100,0 %

                Andelarna avrundas till 1 decimal med största rest, så att de summerar till exakt 100,0 %: varje
                grupp får sin exakta andel avrundad nedåt till en tiondels procent, och de tiondelar som blir över
                går till de största resterna; vid lika rest till den större gruppen och sedan till den som står
                först.

                Deltagare per kön (alla deltagare)

                Kön      Deltagare    Andel
                Kvinnor          5   83,3 %
                Män              1   16,7 %

                Totalt           6  100,0 %

                Avrundat med största rest som per kommun, så att andelarna summerar till exakt 100,0 %.

                Mål och resultat

                Mål                       Inom månader   Minst  Resultat  Av   Andel  Status
                Närmare arbete                      12    50 %         2   3  66,7 %  uppnått
                Fullföljde                              87,1 %         2   3  66,7 %  inte uppnått
                Deltagare som har börjat                     5         6              uppnått

                Ett mål för en andel bedöms på den exakta andelen (till exempel når 87,0967…\u00a0% inte ett mål på
                87,1\u00a0%) av de avslutade deltagarna; med ett antal månader räknas bara de som nådde det inom så många
                månader från sin start.
                Närmare arbete inom 12 månader: Half.
                """);
    }

    @Test
    void table_inEnglish_hasTheSameFiguresInEnglishWords() {
        String text = Report.of(PROJECT).toString(Format.TABLE, RenderOptions.ENGLISH);

        assertThat(text).startsWith("Vägen vidare: participant follow-up\nProject period 2010-09-01 – 2011-12-31.\nNote: Illustrative.\n")
                .contains("\nCompleted                            2   3   66.7%\n",
                        "\nWomen              5   83.3%\nMen                1   16.7%\n\nTotal              6  100.0%\n",
                        "\nCloser to work                   12       50%       2   3  66.7%  met\n");
    }

    @Test
    void csv_hasABlockPerSection_withCodesAndIds() {
        String csv = Report.of(PROJECT).toString(Format.CSV, RenderOptions.ENGLISH.withCsvDialect(CsvDialect.RFC4180));

        assertThat(csv).isEqualTo(String.join("\r\n",
                "measure,measureName,count,of,value",
                "started,Participants started,6,,",
                "registered,of whom registered,4,,",
                "anonymous,of whom anonymous,2,,",
                "finished,Finished,3,,",
                "ongoing,Still in the project,1,,",
                "completed,Completed,2,3,66.7",
                "in_work_or_studies_after,In work or studies after,1,3,33.3",
                "closer_to_work,Closer to work,2,3,66.7",
                "on_public_support_before,On public support before,3,3,100.0",
                "on_public_support_after,On public support after,2,3,66.7",
                "",
                "measure,measureName,count,value",
                "days_in_project_mean,Mean,3,60.3",
                "days_in_project_median,Median,3,50.0",
                "days_in_project_shortest,Shortest,3,31",
                "days_in_project_longest,Longest,3,100",
                "",
                "group,groupName,count,value",
                "koping,Köping,2,50.0",
                "arboga,Arboga,1,25.0",
                "kungsor,Kungsör,1,25.0",
                ",Total,4,100.0",
                "",
                "group,groupName,count,value",
                "WOMAN,Women,5,83.3",
                "MAN,Men,1,16.7",
                ",Total,6,100.0",
                "",
                "measure,measureName,withinMonths,atLeast,count,of,value,status,statusName",
                "CLOSER_TO_WORK,Closer to work,12,50,2,3,66.7,MET,met",
                "COMPLETION_RATE,Completed,,87.1,2,3,66.7,NOT_MET,not met",
                "PARTICIPANTS,Participants started,,5,6,,,MET,met",
                ""));
    }

    @Test
    void explained_takesEveryShareApart_whatOfWhat_exact_rounding_shown() {
        Report report = Report.of(PROJECT, Detail.EXPLAINED);
        String text = report.toString(Format.TABLE, RenderOptions.SWEDISH);

        assertThat(report.sections()).extracting(Section::id).containsExactly("results", "timeInProject", "byMunicipality",
                "byGender", "targets", "sharesExplained");
        assertThat(text.substring(text.indexOf("Så räknades"))).isEqualTo("""
                Så räknades och avrundades andelarna

                Mått                            Grupp                           Antal  Av  Bas                            Exakt       Avrundning                     Visas
                Fullföljde                                                          2   3  av de avslutade deltagarna     66,6666… %  halvt uppåt                   66,7 %
                I arbete eller studier efteråt                                      1   3  av de avslutade deltagarna     33,3333… %  halvt uppåt                   33,3 %
                Närmare arbete                                                      2   3  av de avslutade deltagarna     66,6666… %  halvt uppåt                   66,7 %
                Offentlig försörjning före                                          3   3  av de avslutade deltagarna     100 %       halvt uppåt                  100,0 %
                Offentlig försörjning efter                                         2   3  av de avslutade deltagarna     66,6666… %  halvt uppåt                   66,7 %
                Per kommun                      Köping                              2   4  av de registrerade deltagarna  50 %        största rest: nedåt           50,0 %
                Per kommun                      Arboga                              1   4  av de registrerade deltagarna  25 %        största rest: nedåt           25,0 %
                Per kommun                      Kungsör                             1   4  av de registrerade deltagarna  25 %        största rest: nedåt           25,0 %
                Per kön                         Kvinnor                             5   6  av alla deltagare              83,3333… %  största rest: nedåt           83,3 %
                Per kön                         Män                                 1   6  av alla deltagare              16,6666… %  största rest: nedåt + 0,1 %   16,7 %
                Mål                             Närmare arbete inom 12 månader      2   3  av de avslutade deltagarna     66,6666… %  halvt uppåt                   66,7 %
                Mål                             Fullföljde                          2   3  av de avslutade deltagarna     66,6666… %  halvt uppåt                   66,7 %

                Exakt: andelen av basen i procent, dess första 4 decimaler och … där den fortsätter. Halvt uppåt:
                avrundad till 1 decimal, en halv uppåt. Största rest: avrundad nedåt till en tiondel, och de
                tiondelar som blir över till de största resterna, så att fördelningen summerar till 100,0 %.
                """);
        assertThat(Report.of(PROJECT, Detail.EXPLAINED).toString(Format.TABLE, RenderOptions.ENGLISH))
                .contains("\nBy gender                 Men                                  1   6  of all participants             16.6666…%  largest remainder: down + 0.1%   16.7%\n");
    }

    @Test
    void nobodyYet_sharesOfNobodyAreDashes_noTimeInTheProject_anOpenEnd() {
        Report report = Report.of(EMPTY, Detail.EXPLAINED);
        String text = report.toString(Format.TABLE, RenderOptions.SWEDISH);

        assertThat(report.sections()).extracting(Section::id).containsExactly("results", "byMunicipality", "byGender",
                "sharesExplained");
        assertThat(text).startsWith("Nytt projekt: uppföljning av deltagarna\nProjektperiod från 2010-09-01; slutdatum är inte bestämt.\n")
                .contains("\nFullföljde                              0   0      –\n", "\nTotalt           0      –\n",
                        "\nFullföljde                                   0   0  av de avslutade deltagarna     –      –               –\n");
    }

    @Test
    void html_drawsTheSharesAsBars_andEachDistributionAsAStackedBar_besideTheirTables() {
        Document page = Jsoup.parse(Report.of(PROJECT).toString(Format.HTML, RenderOptions.SWEDISH));

        assertThat(page.select("main > section").eachAttr("id")).containsExactly("results", "timeInProject", "byMunicipality",
                "byGender", "targets");
        assertThat(page.select("section#results svg g.row title").eachText()).containsExactly("Fullföljde: 66,7 %",
                "I arbete eller studier efteråt: 33,3 %", "Närmare arbete: 66,7 %", "Offentlig försörjning före: 100,0 %",
                "Offentlig försörjning efter: 66,7 %");
        // The longest bar, 100,0 %, is the whole plot; 66,7 % is 213 of its 320 pixels.
        assertThat(page.select("section#results svg rect.bar").eachAttr("width")).containsExactly("213", "107", "213", "320", "213");
        assertThat(page.select("section#byMunicipality svg rect.segment title").eachText()).containsExactly("Köping: 50,0 %",
                "Arboga: 25,0 %", "Kungsör: 25,0 %");
        assertThat(page.select("section#byMunicipality svg rect.segment").eachAttr("width")).containsExactly("240", "120", "120");
        assertThat(page.select("section#byGender svg rect.segment").eachAttr("width")).containsExactly("400", "80");
        assertThat(page.select("section#byGender table tbody tr.total td").eachText()).containsExactly("Totalt", "6", "100,0 %");
        assertThat(page.select("section#targets svg")).isEmpty();
        assertThat(page.select("section#targets tbody tr").get(1).select("td").eachText()).containsExactly("Fullföljde",
                "87,1 %", "2", "3", "66,7 %", "inte uppnått");
    }

    @Test
    void xlsx_hasEveryFigureAsANumber_inBothLanguages() throws IOException {
        for (Detail detail : Detail.values()) {
            Report report = Report.of(PROJECT, detail);
            for (RenderOptions options : List.of(RenderOptions.SWEDISH, RenderOptions.ENGLISH)) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                report.render(Format.XLSX, options, out);
                try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
                    XlsxRendererTest.assertEveryFigure(report, options, book);
                    assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                            .isEqualTo(options.swedish() ? "Vägen vidare: uppföljning av deltagarna" : "Vägen vidare: participant follow-up");
                }
            }
        }
    }

    @Test
    void ofASummary_talliedOneParticipantAtATime_isTheReportOfItsProject_inEveryFormat_languageAndDetail(@TempDir Path dir)
            throws IOException {
        // The bundled examples (Kvinnocoacher, Vägen in) are compared so in finsam-examples, read from their documents.
        for (ProjectFollowUp project : List.of(PROJECT, EMPTY)) {
            ProjectSummary summary = tallied(project);
            for (Detail detail : Detail.values()) {
                Report ofSummary = Report.of(summary, detail);
                Report ofProject = Report.of(project, detail);
                for (RenderOptions options : List.of(RenderOptions.SWEDISH, RenderOptions.ENGLISH,
                        RenderOptions.ENGLISH.withCsvDialect(CsvDialect.RFC4180))) {
                    for (Format format : List.of(Format.TABLE, Format.CSV, Format.HTML, Format.XLSX)) {
                        assertThat(rendered(ofSummary, format, options, dir)).as("%s, %s, %s, %s", project.name(), detail, format, options)
                                .isEqualTo(rendered(ofProject, format, options, dir));
                    }
                }
            }
        }
        assertThat(Report.of(tallied(PROJECT)).toString(Format.TABLE, RenderOptions.SWEDISH))
                .startsWith("Vägen vidare: uppföljning av deltagarna\n").contains("\nFullföljde                              2   3   66,7 %\n");
    }

    /**
     * The project's summary as a reader that streams its document makes it: the participants counted one at a
     * time, last first, never held; not through {@link ProjectFollowUp#summary()}, which the report of the
     * project itself goes through.
     */
    private static ProjectSummary tallied(ProjectFollowUp project) {
        FollowUpFigures.Builder tally = FollowUpFigures.builder().declare(project.municipalities());
        List<Participant> participants = new ArrayList<>(project.participants());
        Collections.reverse(participants);
        participants.forEach(tally::add);
        project.anonymous().forEach(tally::add);
        return new ProjectSummary(project.name(), project.note(), project.period(), project.municipalities(),
                project.targets(), tally.build(project.targets()));
    }

    /**
     * What a report renders to: the text, or a workbook's parts as text (but for the time it was made,
     * in docProps/core.xml).
     */
    private static Map<String, String> rendered(Report report, Format format, RenderOptions options, Path dir)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        report.render(format, options, out);
        if (format != Format.XLSX) {
            return Map.of("", out.toString(StandardCharsets.UTF_8));
        }
        Path workbook = Files.write(dir.resolve("report.xlsx"), out.toByteArray());
        Map<String, String> parts = new TreeMap<>();
        try (ZipFile zip = new ZipFile(workbook.toFile())) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(e)) {
                    String part = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    parts.put(e.getName(), e.getName().equals("docProps/core.xml") ? "" : part);
                }
            }
        }
        return parts;
    }
}
