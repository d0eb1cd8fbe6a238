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
        CliTest.Run kvinnocoacher = run("followup", KVINNOCOACHER);
        CliTest.Run vagenIn = run("followup", VAGEN_IN);

        assertThat(kvinnocoacher.status()).as(kvinnocoacher.err()).isZero();
        assertThat(kvinnocoacher.out()).isEqualTo(Files.readString(Path.of("src/test/resources/golden/followup-kvinnocoacher.txt")));
        assertThat(vagenIn.status()).as(vagenIn.err()).isZero();
        assertThat(vagenIn.out()).isEqualTo(Files.readString(Path.of("src/test/resources/golden/followup-vagen-in.txt")));
    }

    @Test
    void table_showsThePublishedFigures() {
        // The Norra Västmanland newsletter: 27 of 31 complete (87,1 %); 49 participants over Köping, Arboga
        // and Kungsör, summing to 100,0 %.
        assertThat(run("followup", KVINNOCOACHER).out()).containsPattern("(?m)^Completed +27 +of 31 +87,1 %$");
        assertThat(run("followup", VAGEN_IN).out()).containsPattern("(?m)^Köping +29 +59,2 %$")
                .containsPattern("(?m)^Arboga +14 +28,6 %$").containsPattern("(?m)^Kungsör +6 +12,2 %$")
                .containsPattern("(?m)^Total +49 +100,0 %$")
                .containsPattern("(?m)^Closer to work within 12 months: at least 50 % +23 of 36 +63,9 % +met$");
    }

    @Test
    void json_hasTheShares() {
        CliTest.Run r = run("followup", "--format", "json", KVINNOCOACHER);

        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("\"completed\" : {\n    \"count\" : 27,\n    \"of\" : 31,\n    \"percent\" : \"87.1\"",
                "\"municipality\" : \"arboga\"", "\"percent\" : \"45.2\"", "\"status\" : \"MET\"");
    }

    @Test
    void csv_hasOneRowPerResult() {
        CliTest.Run r = run("followup", "--format", "csv", "--csv-dialect", "rfc4180", VAGEN_IN);

        assertThat(r.out()).startsWith("measure,group,count,of,value,status\r\n")
                .contains("started,,49,,,\r\n", "municipality,koping,29,49,59.2,\r\n", "target,IN_WORK_OR_STUDIES_AFTER,5,36,13.9,NOT_MET\r\n");
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
