package se.finsam.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.cli.CliTest.RAR;
import static se.finsam.cli.CliTest.run;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code finsam schedule} and {@code finsam budget} on RAR Sörmland's plan for 2007. */
class PlanCommandsTest {

    @Test
    void schedule_printsTheProjectTableWithEveryYear() {
        CliTest.Run r = run("schedule", "--lang", "sv", RAR);

        assertThat(r.status()).as(r.err()).isZero();
        String[][] rows = {
            {"Ungdomstorget Nyköping", "430 000 kr", "1 140 000 kr", "709 000 kr"},
            {"Rehab-koordinator Flens VC", "222 000 kr", "242 000 kr", "20 000 kr"},
            {"Rehab-koordinator Ekensbergs VC Nyköping", "152 000 kr", "242 000 kr", "90 000 kr"},
            {"Kungsgatans Läkarmottagning Eskilstuna", "", "307 000 kr", ""},
            {"TROSAM Trosa", "506 000 kr", "868 000 kr", "361 000 kr"},
            {"KV-projektet Katrineholm och Vingåker", "393 000 kr", "944 000 kr", "550 000 kr"},
            {"Villa Bergsund Oxelösund", "392 000 kr", "1 039 000 kr", "646 000 kr"},
            {"Kompetensutveckling Gnesta", "100 000 kr", "", ""},
            {"Processtöd Eskilstuna LSG", "", "539 000 kr", "538 000 kr"},
            {"Flen Soc-Af", "", "398 000 kr", ""},
            {"Summa beslutade projekt", "10 828 000 kr", "2 195 000 kr", "5 719 000 kr", "2 914 000 kr"},
            // At the end of 2006: 5 719 + 2 914 kkr still to pay; of 2007: 2 914; of 2008: nothing.
            {"Åtaganden efter året", "8 633 000 kr", "2 914 000 kr", "0 kr"}};
        assertThat(r.out()).contains("2006", "2007", "2008", "Beviljad", "Försenad", "Preliminär", "Månader (30E/360)")
                .doesNotContain("APPROVED", "MONTHS");
        for (String[] row : rows) {
            String pattern = "(?m)^" + row[0] + "\\s.*" + String.join("\\s+", java.util.Arrays.stream(row).skip(1)
                    .filter(s -> !s.isEmpty()).toList()) + "$";
            assertThat(r.out()).as(row[0]).containsPattern(pattern);
        }
    }

    @Test
    void schedule_asJson_hasTheShapeOfTheContract() {
        CliTest.Run r = run("schedule", "--format", "json", RAR);

        assertThat(r.out()).contains("\"project\" : \"ungdomstorget\"", "\"costByYear\" : {", "\"2007\" : \"1140000\"",
                "\"totalByYear\" : {", "\"2007\" : \"5719000\"", "\"committedAfterYear\" : {", "\"2006\" : \"8633000\"", "\"2006\" : \"2195000\"", "\"2008\" : \"2914000\"");
    }

    @Test
    void schedule_withExplain_showsWeightsAndRemainders() {
        CliTest.Run r = run("schedule", "--explain", "--format", "csv", RAR);

        assertThat(r.out()).contains("\r\nproject;name;rule;ruleName;of;year;weight;weightSum;quota;roundedDown;extraUnit;"
                + "remainder;amount\r\n"
                + "ungdomstorget;Ungdomstorget Nyköping;MONTHS;By months (30E/360);2279000;2006;136;720;430477,7778;430000;0;43/90;430000\r\n"
                + "ungdomstorget;Ungdomstorget Nyköping;MONTHS;By months (30E/360);2279000;2007;360;720;1139500;1139000;1;1/2;1140000\r\n"
                + "ungdomstorget;Ungdomstorget Nyköping;MONTHS;By months (30E/360);2279000;2008;224;720;709022,2222;709000;0;1/45;709000\r\n",
                "\r\nkungsgatan;Kungsgatans Läkarmottagning Eskilstuna;EXPLICIT;Amounts given;307000;2007;;;;;;;307000\r\n");
        assertThat(run("schedule", "--explain", "--lang", "sv", RAR).out()).contains("Så kom varje projekts kostnad per år till",
                "Ungdomstorget Nyköping                    Efter månader (30E/360)  2 279 000 kr  2007   360          720"
                        + "     1 139 500 kr    1 139 000 kr             1  1/2    1 140 000 kr\n");
    }

    @Test
    void schedule_asCsv_hasOneRowPerProjectWithAColumnPerYear() {
        CliTest.Run r = run("schedule", "--format", "csv", RAR);

        assertThat(r.out()).startsWith("\uFEFFproject;name;status;statusName;basis;basisName;totalCost;2006;2007;2008\r\n")
                .contains("ungdomstorget;Ungdomstorget Nyköping;APPROVED;Approved;MONTHS;Months (30E/360);2279000;430000;1140000;709000\r\n",
                        "kungsgatan;Kungsgatans Läkarmottagning Eskilstuna;DELAYED;Delayed;",
                        ";Sum of decided projects;;;;;10828000;2195000;5719000;2914000\r\n")
                .endsWith(";Committed after the year;;;;;;8633000;2914000;0\r\n");
    }

    @Test
    void budget_printsThe2007BudgetOfRarSormland() {
        CliTest.Run r = run("budget", "--lang", "sv", RAR);

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out())
                .containsPattern("(?m)^Intäkter totalt\\s+15 000 000 kr$")
                .containsPattern("(?m)^Styrelse\\s+310 000 kr$")
                .containsPattern("(?m)^Personal\\s+1 804 000 kr$")
                .containsPattern("(?m)^Lokaler\\s+160 000 kr$")
                .containsPattern("(?m)^Revision\\s+60 000 kr$")
                .containsPattern("(?m)^Avskrivningar\\s+73 000 kr$")
                .containsPattern("(?m)^Verksamhetens kostnader\\s+2 407 000 kr$")
                .containsPattern("(?m)^Projektkostnader\\s+5 719 000 kr$")
                .containsPattern("(?m)^Kostnader totalt \\(verksamhet och projekt\\)\\s+8 126 000 kr$")
                .containsPattern("(?m)^Disponibelt \\(intäkter − kostnader totalt\\)\\s+6 874 000 kr$")
                .containsPattern("(?m)^Åtaganden totalt\\s+2 914 000 kr$");
    }

    @Test
    void budget_asJson_hasTheShapeOfTheContract() {
        CliTest.Run r = run("budget", "--format", "json", RAR);

        assertThat(r.out()).contains("\"year\" : 2007", "\"income\" : \"15000000\"", "\"contributions\" : [",
                "\"category\" : \"BOARD\"", "\"amount\" : \"310000\"", "\"projectCosts\" : \"5719000\"",
                "\"disposable\" : \"6874000\"");
    }

    @Test
    void budget_asCsv_endsWithTheTotals() {
        CliTest.Run r = run("budget", "--format", "csv", "--csv-dialect", "rfc4180", RAR);

        assertThat(r.out()).contains("BOARD,Board,,310000\r\n", "Disposable (income − total costs),6874000\r\n");
    }

    @Test
    void budget_withFinalKeyAndEquity_showsSettlementAndEquity(@TempDir Path dir) throws Exception {
        Path doc = dir.resolve("plan.json");
        Files.writeString(doc, Files.readString(Path.of(RAR)).replace("\"roundingUnit\": \"1\",", "\"roundingUnit\": \"1\","
                + " \"finalMunicipalKey\": {\"basis\": \"POPULATION\", \"referenceDate\": \"2006-11-01\", \"ageBand\": \"16-64\","
                + " \"values\": {\"eskilstuna\": 59100, \"flen\": 10300, \"gnesta\": 6300, \"katrineholm\": 20400,"
                + " \"nykoping\": 31900, \"oxelosund\": 7200, \"strangnas\": 19900, \"trosa\": 6900, \"vingaker\": 5700}},"
                + " \"equity\": {\"amount\": \"2500000\", \"thresholds\": [{\"fromSize\": \"0\", \"maxPercent\": \"20\"},"
                + " {\"fromSize\": \"15000000\", \"maxPercent\": \"15\"}]},"));

        CliTest.Run r = run("budget", "--lang", "sv", doc.toString());

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("Avräkning mot den slutliga kommunala fördelningsnyckeln", "Eskilstuna")
                .containsPattern("(?m)^Eget kapital vid årets slut\\s+2 500 000 kr$")
                .containsPattern("(?m)^Skälig nivå, andel av intäkterna\\s+15 %$")
                .containsPattern("(?m)^Skälig nivå\\s+2 250 000 kr$")
                .containsPattern("(?m)^Över den skäliga nivån med\\s+250 000 kr$");
    }

    @Test
    void budget_ofTheImpossibleDate_exitsOneNamingProjectAndText(@TempDir Path dir) throws Exception {
        Path doc = dir.resolve("trosam.json");
        Files.writeString(doc, Files.readString(Path.of(RAR)).replace("\"2008-05-31\"", "\"2008-06-31\""));

        CliTest.Run r = run("budget", doc.toString());

        assertThat(r.status()).isEqualTo(Cli.INVALID);
        assertThat(r.err()).contains("/projects/4/end", "json.invalid-date", "End of project 'trosam': '2008-06-31'");
    }

    @Test
    void budget_withExplain_takesTheContributionsAndTheSchedulesApart() {
        CliTest.Run r = run("budget", "--explain", "--format", "csv", RAR);

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains(
                "\r\nmember;name;key;keyName;of;weight;weightSum;quota;roundedDown;extraUnit;remainder;amount\r\n",
                "eskilstuna;Eskilstuna;PERCENTAGES;percentages;3750000;34,9;100;1308750;1308750;0;0;1308750\r\n",
                "ungdomstorget;Ungdomstorget Nyköping;MONTHS;By months (30E/360);2279000;2007;360;720;1139500;1139000;1;1/2;1140000\r\n");
        assertThat(run("budget", "--format", "csv", RAR).out()).doesNotContain("quota");
    }
}
