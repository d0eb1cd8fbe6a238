package se.finsam.report;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.testing.Samples.id;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import se.finsam.association.AssociationId;
import se.finsam.followup.AnonymousParticipants;
import se.finsam.followup.AssociationFollowUp;
import se.finsam.followup.County;
import se.finsam.followup.ExitReason;
import se.finsam.followup.FollowUpFigures;
import se.finsam.followup.Gender;
import se.finsam.followup.NationalFollowUp;
import se.finsam.followup.Occupation;
import se.finsam.followup.Participant;
import se.finsam.followup.ProjectFollowUp;
import se.finsam.followup.Situation;
import se.finsam.followup.SupportSource;
import se.finsam.member.Member;
import se.finsam.member.MemberKind;
import se.finsam.population.AgeBand;

/**
 * The report of a national follow-up, on two counties, three associations and four projects whose every figure
 * is small enough to work out by hand.
 *
 * <ul>
 *   <li>Västmanlands län: Samordningsförbundet Västra Mälardalen with Vägen vidare (the project of
 *       {@link FollowUpReportTest}: 6 started, 4 registered, 3 finished after 100, 50 and 31 days; completed 2,
 *       in work after 1, closer to work 2, on public support 3 before and 2 after) and Nytt projekt (nobody).
 *   <li>Södermanlands län: RAR Sörmland with Steget (4 started, 3 registered, 1 anonymous man; finished a woman
 *       after 40 days, completed, from financial assistance to work, and a man after 20 days, discontinued, on
 *       sickness benefit before and after; a woman still in it) and Samordningsförbundet Katrineholm with
 *       Jobbverkstan (one woman, 10 days, completed, from seeking a job on unemployment benefit to work).
 *   <li>Södermanlands län: 5 started, 4 registered, 3 finished (40, 20, 10 days: mean and median 23,3 and 20,0);
 *       completed 2, in work after 2, closer to work 2, on public support before 3 and after 1 of 3.
 *   <li>The whole country: 11 started, 8 registered, 6 finished (100, 50, 31, 40, 20, 10 days: mean 41,8, median
 *       the mean of 31 and 40, 35,5); completed 4, in work after 3, closer to work 4, on public support before 6
 *       and after 3 of 6.
 * </ul>
 */
class NationalFollowUpReportTest {

    private static final LocalDate START = LocalDate.of(2022, 1, 10);
    private static final AgeBand BAND = AgeBand.parse("30-49");
    private static final Situation SICK = Situation.of(Occupation.OTHER, SupportSource.SICKNESS_AND_REHABILITATION_BENEFIT);
    private static final Situation ASSISTED = Situation.of(Occupation.OTHER, SupportSource.FINANCIAL_ASSISTANCE);
    private static final Situation SEEKING = Situation.of(Occupation.JOB_SEEKING, SupportSource.UNEMPLOYMENT_BENEFIT);
    private static final Situation WORKING = Situation.of(Occupation.WORK, SupportSource.WORK);

    private static final County SORMLAND = new County("04", "Södermanlands län");
    private static final County VASTMANLAND = new County("19", "Västmanlands län");
    private static final County GOTLAND = new County("09", "Gotlands län");

    private static final Member ESKILSTUNA = Member.of(id("eskilstuna"), MemberKind.MUNICIPALITY, "Eskilstuna", "0484");
    private static final Member FLEN = Member.of(id("flen"), MemberKind.MUNICIPALITY, "Flen", "0482");
    private static final Member KATRINEHOLM = Member.of(id("katrineholm"), MemberKind.MUNICIPALITY, "Katrineholm", "0483");

    private static final ProjectFollowUp STEGET = new ProjectFollowUp("Steget", Optional.empty(), START, Optional.empty(),
            List.of(ESKILSTUNA, FLEN),
            List.of(finished(0, 40, ExitReason.COMPLETED, Gender.WOMAN, "eskilstuna", ASSISTED, WORKING),
                    finished(5, 20, ExitReason.DISCONTINUED, Gender.MAN, "flen", SICK, SICK),
                    Participant.ongoing(START.plusDays(60), Gender.WOMAN, BAND, id("eskilstuna"), ASSISTED)),
            List.of(AnonymousParticipants.of(2022, Gender.MAN, 1)), List.of());

    private static final ProjectFollowUp JOBBVERKSTAN = new ProjectFollowUp("Jobbverkstan", Optional.empty(), START,
            Optional.of(LocalDate.of(2022, 12, 31)), List.of(KATRINEHOLM),
            List.of(finished(30, 10, ExitReason.COMPLETED, Gender.WOMAN, "katrineholm", SEEKING, WORKING)), List.of(),
            List.of());

    /** Each association's projects, by the association's id. */
    private static final Map<String, List<ProjectFollowUp>> PROJECTS = Map.of(
            "vastra-malardalen", List.of(FollowUpReportTest.PROJECT, FollowUpReportTest.EMPTY),
            "rar-sormland", List.of(STEGET), "katrineholm", List.of(JOBBVERKSTAN));

    private static final AssociationFollowUp VASTRA_MALARDALEN = association("vastra-malardalen",
            "Samordningsförbundet Västra Mälardalen", VASTMANLAND);
    private static final AssociationFollowUp RAR_SORMLAND = association("rar-sormland", "RAR Sörmland", SORMLAND);
    private static final AssociationFollowUp KATRINEHOLM_FORBUND = association("katrineholm", "Samordningsförbundet Katrineholm",
            SORMLAND);

    /** Västmanland listed first, as the report shows it. */
    static final NationalFollowUp NATIONAL = national(List.of(VASTMANLAND, SORMLAND), VASTRA_MALARDALEN, RAR_SORMLAND,
            KATRINEHOLM_FORBUND);

    private static Participant finished(int startDay, int days, ExitReason exit, Gender gender, String municipality,
            Situation before, Situation after) {
        LocalDate start = START.plusDays(startDay);
        return Participant.finished(start, start.plusDays(days - 1L), exit, gender, BAND, id(municipality), before, after);
    }

    /** A project's participants counted one at a time, as a reader of a national document counts them. */
    private static FollowUpFigures.Builder tally(ProjectFollowUp project) {
        FollowUpFigures.Builder tally = FollowUpFigures.builder().declare(project.municipalities());
        project.participants().forEach(tally::add);
        project.anonymous().forEach(tally::add);
        return tally;
    }

    private static AssociationFollowUp association(String id, String name, County county) {
        List<ProjectFollowUp> projects = PROJECTS.get(id);
        FollowUpFigures.Builder figures = FollowUpFigures.builder();
        projects.forEach(p -> figures.merge(tally(p)));
        return new AssociationFollowUp(AssociationId.of(id), name, county.code(),
                projects.stream().map(ProjectFollowUp::summary).toList(), figures.build(List.of()));
    }

    /** An association's figures as a tally of its own: its projects' tallies merged. */
    private static FollowUpFigures.Builder tally(AssociationFollowUp association) {
        FollowUpFigures.Builder tally = FollowUpFigures.builder();
        PROJECTS.get(association.id().value()).forEach(p -> tally.merge(tally(p)));
        return tally;
    }

    private static NationalFollowUp national(List<County> counties, AssociationFollowUp... associations) {
        Map<String, FollowUpFigures> byCounty = new LinkedHashMap<>();
        FollowUpFigures.Builder total = FollowUpFigures.builder();
        for (County county : counties) {
            FollowUpFigures.Builder figures = FollowUpFigures.builder();
            for (AssociationFollowUp a : associations) {
                if (a.county().equals(county.code())) {
                    figures.merge(tally(a));
                }
            }
            byCounty.put(county.code(), figures.build(List.of()));
            total.merge(figures);
        }
        return new NationalFollowUp("Uppföljning Finsam 2022", Optional.of("Illustrative figures."), counties,
                List.of(associations), byCounty, total.build(List.of()));
    }

    @Test
    void table_inSwedish_isThis() {
        assertThat(Report.of(NATIONAL).toString(Format.TABLE, RenderOptions.SWEDISH)).isEqualTo("""
                Uppföljning Finsam 2022: nationell uppföljning av deltagarna
                2 län, 3 samordningsförbund och 4 projekt.
                Anmärkning: Illustrative figures.

                Deltagare och tid i projektet

                Nivå     Namn                                    Började  Registrerade  Anonyma  Avslutade  Kvar  Dagar, medel  Dagar, median
                Län      Västmanlands län                              6             4        2          3     1          60,3           50,0
                Förbund  Samordningsförbundet Västra Mälardalen        6             4        2          3     1          60,3           50,0
                Projekt  Vägen vidare                                  6             4        2          3     1          60,3           50,0
                Projekt  Nytt projekt                                  0             0        0          0     0             –              –
                Län      Södermanlands län                             5             4        1          3     1          23,3           20,0
                Förbund  RAR Sörmland                                  4             3        1          2     1          30,0           30,0
                Projekt  Steget                                        4             3        1          2     1          30,0           30,0
                Förbund  Samordningsförbundet Katrineholm              1             1        0          1     0          10,0           10,0
                Projekt  Jobbverkstan                                  1             1        0          1     0          10,0           10,0

                Riket    Hela landet                                  11             8        3          6     2          41,8           35,5

                Varje län följs av sina samordningsförbund och varje förbund av sina projekt. Ett förbunds, ett läns
                och hela landets siffror räknar alla deras deltagare tillsammans, som om ett projekt hade haft dem
                alla, utan mål (målen hör till projekten).
                Dagar i projektet räknat med både första och sista dagen; medelvärdet och medianen avrundas halvt
                uppåt till 1 decimal.

                Resultat för de avslutade deltagarna

                Nivå     Namn                                    Avslutade  Fullföljde    Andel  I arbete eller studier efteråt    Andel  Närmare arbete    Andel
                Län      Västmanlands län                                3           2   66,7 %                               1   33,3 %               2   66,7 %
                Förbund  Samordningsförbundet Västra Mälardalen          3           2   66,7 %                               1   33,3 %               2   66,7 %
                Projekt  Vägen vidare                                    3           2   66,7 %                               1   33,3 %               2   66,7 %
                Projekt  Nytt projekt                                    0           0        –                               0        –               0        –
                Län      Södermanlands län                               3           2   66,7 %                               2   66,7 %               2   66,7 %
                Förbund  RAR Sörmland                                    2           1   50,0 %                               1   50,0 %               1   50,0 %
                Projekt  Steget                                          2           1   50,0 %                               1   50,0 %               1   50,0 %
                Förbund  Samordningsförbundet Katrineholm                1           1  100,0 %                               1  100,0 %               1  100,0 %
                Projekt  Jobbverkstan                                    1           1  100,0 %                               1  100,0 %               1  100,0 %

                Riket    Hela landet                                     6           4   66,7 %                               3   50,0 %               4   66,7 %

                Andelarna är av de avslutade deltagarna, vars resultat är känt; de som är kvar i projektet bedöms
                inte än. Varje andel avrundas halvt uppåt till 1 decimal.

                Offentlig försörjning före och efter

                Nivå     Namn                                    Avslutade  Offentlig försörjning före    Andel  Offentlig försörjning efter   Andel
                Län      Västmanlands län                                3                           3  100,0 %                            2  66,7 %
                Förbund  Samordningsförbundet Västra Mälardalen          3                           3  100,0 %                            2  66,7 %
                Projekt  Vägen vidare                                    3                           3  100,0 %                            2  66,7 %
                Projekt  Nytt projekt                                    0                           0        –                            0       –
                Län      Södermanlands län                               3                           3  100,0 %                            1  33,3 %
                Förbund  RAR Sörmland                                    2                           2  100,0 %                            1  50,0 %
                Projekt  Steget                                          2                           2  100,0 %                            1  50,0 %
                Förbund  Samordningsförbundet Katrineholm                1                           1  100,0 %                            0   0,0 %
                Projekt  Jobbverkstan                                    1                           1  100,0 %                            0   0,0 %

                Riket    Hela landet                                     6                           6  100,0 %                            3  50,0 %

                Andelarna är av de avslutade deltagarna, vars resultat är känt; de som är kvar i projektet bedöms
                inte än. Varje andel avrundas halvt uppåt till 1 decimal.
                """);
    }

    @Test
    void csv_hasABlockPerTable_withTheLevelsCodes_theCountyCodesAndTheAssociationIds() {
        String csv = Report.of(NATIONAL).toString(Format.CSV, RenderOptions.ENGLISH.withCsvDialect(CsvDialect.RFC4180));

        assertThat(csv).isEqualTo(String.join("\r\n",
                "level,levelName,unit,unitName,started,registered,anonymous,finished,ongoing,days_in_project_mean,days_in_project_median",
                "COUNTY,County,19,Västmanlands län,6,4,2,3,1,60.3,50.0",
                "ASSOCIATION,Association,vastra-malardalen,Samordningsförbundet Västra Mälardalen,6,4,2,3,1,60.3,50.0",
                "PROJECT,Project,,Vägen vidare,6,4,2,3,1,60.3,50.0",
                "PROJECT,Project,,Nytt projekt,0,0,0,0,0,,",
                "COUNTY,County,04,Södermanlands län,5,4,1,3,1,23.3,20.0",
                "ASSOCIATION,Association,rar-sormland,RAR Sörmland,4,3,1,2,1,30.0,30.0",
                "PROJECT,Project,,Steget,4,3,1,2,1,30.0,30.0",
                "ASSOCIATION,Association,katrineholm,Samordningsförbundet Katrineholm,1,1,0,1,0,10.0,10.0",
                "PROJECT,Project,,Jobbverkstan,1,1,0,1,0,10.0,10.0",
                "COUNTRY,Country,,Whole country,11,8,3,6,2,41.8,35.5",
                "",
                "level,levelName,unit,unitName,finished,completed,completed_share,in_work_or_studies_after,in_work_or_studies_after_share,closer_to_work,closer_to_work_share",
                "COUNTY,County,19,Västmanlands län,3,2,66.7,1,33.3,2,66.7",
                "ASSOCIATION,Association,vastra-malardalen,Samordningsförbundet Västra Mälardalen,3,2,66.7,1,33.3,2,66.7",
                "PROJECT,Project,,Vägen vidare,3,2,66.7,1,33.3,2,66.7",
                "PROJECT,Project,,Nytt projekt,0,0,,0,,0,",
                "COUNTY,County,04,Södermanlands län,3,2,66.7,2,66.7,2,66.7",
                "ASSOCIATION,Association,rar-sormland,RAR Sörmland,2,1,50.0,1,50.0,1,50.0",
                "PROJECT,Project,,Steget,2,1,50.0,1,50.0,1,50.0",
                "ASSOCIATION,Association,katrineholm,Samordningsförbundet Katrineholm,1,1,100.0,1,100.0,1,100.0",
                "PROJECT,Project,,Jobbverkstan,1,1,100.0,1,100.0,1,100.0",
                "COUNTRY,Country,,Whole country,6,4,66.7,3,50.0,4,66.7",
                "",
                "level,levelName,unit,unitName,finished,on_public_support_before,on_public_support_before_share,on_public_support_after,on_public_support_after_share",
                "COUNTY,County,19,Västmanlands län,3,3,100.0,2,66.7",
                "ASSOCIATION,Association,vastra-malardalen,Samordningsförbundet Västra Mälardalen,3,3,100.0,2,66.7",
                "PROJECT,Project,,Vägen vidare,3,3,100.0,2,66.7",
                "PROJECT,Project,,Nytt projekt,0,0,,0,",
                "COUNTY,County,04,Södermanlands län,3,3,100.0,1,33.3",
                "ASSOCIATION,Association,rar-sormland,RAR Sörmland,2,2,100.0,1,50.0",
                "PROJECT,Project,,Steget,2,2,100.0,1,50.0",
                "ASSOCIATION,Association,katrineholm,Samordningsförbundet Katrineholm,1,1,100.0,0,0.0",
                "PROJECT,Project,,Jobbverkstan,1,1,100.0,0,0.0",
                "COUNTRY,Country,,Whole country,6,6,100.0,3,50.0",
                ""));
    }

    @Test
    void explained_addsTheDistributionsByMunicipalityAndGender_ofTheCountryAndEachCounty() {
        Report report = Report.of(NATIONAL, Detail.EXPLAINED);
        String text = report.toString(Format.TABLE, RenderOptions.SWEDISH);

        assertThat(report.sections()).extracting(Section::id).containsExactly("participants", "results", "publicSupport",
                "byMunicipality", "byGender", "byMunicipality.19", "byGender.19", "byMunicipality.04", "byGender.04");
        assertThat(text.substring(text.indexOf("Hela landet: deltagare per kommun"), text.indexOf("Västmanlands län: deltagare per kommun")))
                .isEqualTo("""
                Hela landet: deltagare per kommun (registrerade deltagare)

                Nivå   Namn         Kommun       Deltagare    Andel
                Riket  Hela landet  Köping               2   25,0 %
                Riket  Hela landet  Arboga               1   12,5 %
                Riket  Hela landet  Kungsör              1   12,5 %
                Riket  Hela landet  Eskilstuna           2   25,0 %
                Riket  Hela landet  Flen                 1   12,5 %
                Riket  Hela landet  Katrineholm          1   12,5 %

                Riket  Hela landet  Totalt               8  100,0 %

                Andelarna avrundas till 1 decimal med största rest, så att de summerar till exakt 100,0 %: varje
                grupp får sin exakta andel avrundad nedåt till en tiondels procent, och de tiondelar som blir över
                går till de största resterna; vid lika rest till den större gruppen och sedan till den som står
                först.

                Hela landet: deltagare per kön (alla deltagare)

                Nivå   Namn         Kön      Deltagare    Andel
                Riket  Hela landet  Kvinnor          8   72,7 %
                Riket  Hela landet  Män              3   27,3 %

                Riket  Hela landet  Totalt          11  100,0 %

                Avrundat med största rest som per kommun, så att andelarna summerar till exakt 100,0 %.

                """);
        assertThat(text).contains("\nSödermanlands län: deltagare per kön (alla deltagare)\n\n"
                + "Nivå  Namn               Kön      Deltagare    Andel\n"
                + "Län   Södermanlands län  Kvinnor          3   60,0 %\nLän   Södermanlands län  Män              2   40,0 %\n\n"
                + "Län   Södermanlands län  Totalt           5  100,0 %\n");
        // In CSV each block's rows name their area, so that a spreadsheet tells the country's block from a county's.
        assertThat(report.toString(Format.CSV, RenderOptions.ENGLISH)).contains("\r\nCOUNTY;County;04;Södermanlands län;WOMAN;");
    }

    @Test
    void inEnglish_onRequest_theLabelsAreEnglish_andTheNumbersTooAreFormattedInEnglish() {
        String text = Report.of(NATIONAL, Detail.EXPLAINED).toString(Format.TABLE, RenderOptions.ENGLISH);

        assertThat(text).startsWith("Uppföljning Finsam 2022: national participant follow-up\n"
                + "Counties: 2; associations: 3; projects: 4.\nNote: Illustrative figures.\n");
        assertThat(text).contains("\nParticipants and time in the project\n", "\nResults of the finished participants\n",
                "\nPublic support before and after\n", "\nWhole country: participants by gender (all participants)\n",
                "\nSödermanlands län: participants by municipality (registered participants)\n");
        assertThat(text).doesNotContain("Hela landet", "Deltagare", "Län ", "Förbund", "Kvinnor");
    }

    @Test
    void aCountyWithNoAssociations_showsZerosAndDashes_inEveryFormatAndDetail() throws IOException {
        NationalFollowUp national = national(List.of(VASTMANLAND, GOTLAND, SORMLAND), VASTRA_MALARDALEN, RAR_SORMLAND,
                KATRINEHOLM_FORBUND);

        for (Detail detail : Detail.values()) {
            Report report = Report.of(national, detail);
            for (RenderOptions options : List.of(RenderOptions.SWEDISH, RenderOptions.ENGLISH)) {
                for (Format format : List.of(Format.TABLE, Format.CSV, Format.HTML)) {
                    assertThat(report.toString(format, options)).isNotEmpty();
                }
                assertXlsx(report, options);
            }
        }
        String text = Report.of(national, Detail.EXPLAINED).toString(Format.TABLE, RenderOptions.SWEDISH);
        assertThat(text).contains("\nLän      Gotlands län                                  0             0        0          0     0             –              –\n");
        assertThat(text.substring(text.indexOf("Gotlands län: deltagare per kommun"))).startsWith("""
                Gotlands län: deltagare per kommun (registrerade deltagare)

                Nivå  Namn          Kommun  Deltagare  Andel
                Län   Gotlands län  Totalt          0      –

                Andelarna avrundas till 1 decimal med största rest, så att de summerar till exakt 100,0 %: varje
                grupp får sin exakta andel avrundad nedåt till en tiondels procent, och de tiondelar som blir över
                går till de största resterna; vid lika rest till den större gruppen och sedan till den som står
                först.

                Gotlands län: deltagare per kön (alla deltagare)

                Nivå  Namn          Kön      Deltagare  Andel
                Län   Gotlands län  Kvinnor          0      –
                Län   Gotlands län  Män              0      –

                Län   Gotlands län  Totalt           0      –

                Avrundat med största rest som per kommun, så att andelarna summerar till exakt 100,0 %.

                """);
    }

    @Test
    void html_drawsTheCountiesAsBars_besideEachTable() {
        Document page = Jsoup.parse(Report.of(NATIONAL).toString(Format.HTML, RenderOptions.SWEDISH));

        assertThat(page.select("main > section").eachAttr("id")).containsExactly("participants", "results", "publicSupport");
        assertThat(page.select("section#results svg g.row title").eachText()).containsExactly(
                "Västmanlands län: 66,7 %", "Södermanlands län: 66,7 %");
        assertThat(page.select("section#results table tbody tr.total td").eachText()).startsWith("Riket", "Hela landet");
        // A share's full bar is 100 %: 66,7 % of the 320 pixels of a full bar is 213, not all of it.
        assertThat(page.select("section#results svg rect.bar").eachAttr("width")).containsExactly("213", "213");
        // Counts are scaled to the largest: Västmanland's 6 started is the full bar.
        assertThat(page.select("section#participants svg rect.bar").eachAttr("width")).first().isEqualTo("320");
    }

    @Test
    void xlsx_hasEveryFigureAsANumber_inBothLanguagesAndDetails() throws IOException {
        for (Detail detail : Detail.values()) {
            for (RenderOptions options : List.of(RenderOptions.SWEDISH, RenderOptions.ENGLISH)) {
                assertXlsx(Report.of(NATIONAL, detail), options);
            }
        }
    }

    @Test
    void xlsx_namesEverySheetShortly_andApart() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Report.of(NATIONAL, Detail.EXPLAINED).render(Format.XLSX, RenderOptions.SWEDISH, out);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(XlsxRendererTest.sheetNames(book)).containsExactly("Deltagare och tid", "Resultat",
                    "Offentlig försörjning", "Hela landet, kommuner", "Hela landet, kön", "Västmanlands län, kommuner",
                    "Västmanlands län, kön", "Södermanlands län, kommuner", "Södermanlands län, kön");
        }
    }

    private static void assertXlsx(Report report, RenderOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        report.render(Format.XLSX, options, out);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XlsxRendererTest.assertEveryFigure(report, options, book);
        }
    }
}
