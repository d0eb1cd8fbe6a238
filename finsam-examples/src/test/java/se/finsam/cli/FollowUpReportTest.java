package se.finsam.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.cli.CliTest.run;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code finsam followup} on the bundled examples, in every format, and on bad documents. */
class FollowUpReportTest {

    static final String KVINNOCOACHER = "documents/kvinnocoacher-2011.json";
    static final String VAGEN_IN = "documents/vagen-in-2011.json";

    @Test
    void table_ofBothExamples_matchesTheGoldenOutput() throws Exception {
        CliTest.Run kvinnocoacher = run("followup", "--lang", "en", KVINNOCOACHER);
        CliTest.Run vagenIn = run("followup", "--lang", "sv", VAGEN_IN);

        assertThat(kvinnocoacher.status()).as(kvinnocoacher.err()).isZero();
        assertThat(kvinnocoacher.out()).isEqualTo(Files.readString(Path.of("src/test/resources/golden/followup-kvinnocoacher.txt")));
        assertThat(vagenIn.status()).as(vagenIn.err()).isZero();
        assertThat(vagenIn.out()).isEqualTo(Files.readString(Path.of("src/test/resources/golden/followup-vagen-in.txt")));
    }

    @Test
    void table_showsThePublishedFigures_inSwedish() {
        // The Norra Västmanland newsletter: 27 of 31 complete (87,1 %); 49 participants over Köping, Arboga
        // and Kungsör, summing to 100,0 %.
        assertThat(run("followup", "--lang", "sv", KVINNOCOACHER).out())
                .containsPattern("(?m)^Fullföljde +27 +31 +87,1 %$");
        assertThat(run("followup", "--lang", "sv", VAGEN_IN).out()).containsPattern("(?m)^Köping +29 +59,2 %$")
                .containsPattern("(?m)^Arboga +14 +28,6 %$").containsPattern("(?m)^Kungsör +6 +12,2 %$")
                .containsPattern("(?m)^Totalt +49 +100,0 %$")
                .containsPattern("(?m)^Närmare arbete +12 +50 % +23 +36 +63,9 % +uppnått$");
    }

    @Test
    void explain_takesEachShareApart_inTheTablesNumberFormat() {
        CliTest.Run r = run("followup", "--lang", "sv", "--explain", KVINNOCOACHER);

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern(
                "(?m)^Fullföljde +27 +31 +av de avslutade deltagarna +87,0967… % +halvt uppåt +87,1 %$");
        assertThat(r.out()).containsPattern(
                "(?m)^Per kommun +Arboga +14 +31 +av de registrerade deltagarna +45,1612… % +största rest: nedåt \\+ 0,1 % +45,2 %$");
    }

    @Test
    void json_hasTheShares() {
        CliTest.Run r = run("followup", "--format", "json", KVINNOCOACHER);

        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("\"completed\" : {\n    \"count\" : 27,\n    \"of\" : 31,\n    \"percent\" : \"87.1\"",
                "\"municipality\" : \"arboga\"", "\"percent\" : \"45.2\"", "\"status\" : \"MET\"",
                "\"byMunicipalityTotal\" : {\n    \"count\" : 31,\n    \"percent\" : \"100.0\"\n  }");
    }

    @Test
    void csv_hasABlockPerSection_withTheMeasuresCodesAndTheGroupsIds() {
        CliTest.Run r = run("followup", "--format", "csv", "--csv-dialect", "rfc4180", "--lang", "en", VAGEN_IN);

        assertThat(r.out()).startsWith("measure,measureName,count,of,value\r\nstarted,Participants started,49,,\r\n")
                .contains("\r\n\r\ngroup,groupName,count,value\r\nkoping,Köping,29,59.2\r\n",
                        "\r\nIN_WORK_OR_STUDIES_AFTER,In work or studies after,,25,5,36,13.9,NOT_MET,not met\r\n");
    }

    @Test
    void invalidDocument_exitsOneWithEveryViolationOnStandardError(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.json");
        String text = Files.readString(Path.of(VAGEN_IN));
        Files.writeString(broken, text
                .replaceFirst("\"end\": \"2011-01-02\"", "\"end\": \"2010-09-01\"")
                .replaceFirst("\"municipality\": \"kungsor\"", "\"municipality\": \"kungsör\""));

        CliTest.Run r = run("followup", broken.toString());

        assertThat(r.status()).isEqualTo(Cli.INVALID);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("/participants/0/end", "period.end-before-start", "2010-09-01", "municipality.unknown",
                "'kungsör'").doesNotContain("Exception", "\tat ");
    }

    @Test
    void help_namesBothNewCommands() {
        assertThat(run("--help").out()).contains("indicators", "followup");
        assertThat(run("followup", "--help").out()).contains("Usage: finsam followup");
    }
}
