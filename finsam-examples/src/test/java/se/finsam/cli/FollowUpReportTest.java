package se.finsam.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.cli.CliTest.run;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.finsam.followup.ProjectFollowUp;
import se.finsam.json.FinsamJson;
import se.finsam.report.CsvDialect;
import se.finsam.report.Detail;
import se.finsam.report.RenderOptions;
import se.finsam.validation.TextRules;
import se.finsam.validation.ValidationResult;
import se.finsam.validation.Violation;

/**
 * {@code finsam followup} on the bundled examples, in every format, and on bad documents. The command streams its
 * document for the project's summary; what it prints is what the report of the project read whole gives (the
 * command before it streamed), format for format, and a bad document has the violations that reading it whole
 * finds.
 */
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

    @Test
    void everyFormat_ofBothExamples_isTheReportOfTheProjectReadWhole(@TempDir Path dir) throws IOException {
        FinsamJson json = FinsamJson.create();
        for (String document : List.of(KVINNOCOACHER, VAGEN_IN)) {
            ProjectFollowUp project = json.followUp().read(Files.readAllBytes(Path.of(document)));
            for (Detail detail : Detail.values()) {
                se.finsam.report.Report whole = se.finsam.report.Report.of(project, detail);
                for (Language language : Language.values()) {
                    for (Format format : Format.values()) {
                        for (CsvDialect dialect : format == Format.CSV ? CsvDialect.values() : new CsvDialect[] {CsvDialect.SV}) {
                            List<String> args = new ArrayList<>(List.of("followup", "--format", format.name().toLowerCase(
                                    java.util.Locale.ROOT), "--lang", language.name().toLowerCase(java.util.Locale.ROOT),
                                    "--csv-dialect", dialect.name().toLowerCase(java.util.Locale.ROOT)));
                            if (detail == Detail.EXPLAINED) {
                                args.add("--explain");
                            }
                            Path xlsx = dir.resolve("report.xlsx");
                            if (format == Format.XLSX) {
                                args.addAll(List.of("--output", xlsx.toString()));
                            }
                            args.add(document);
                            CliTest.Run r = run(args.toArray(String[]::new));
                            String what = String.join(" ", args);
                            assertThat(r.status()).as(what + ": " + r.err()).isZero();
                            RenderOptions options = new RenderOptions(language.locale(), dialect);
                            if (format == Format.JSON) {
                                assertThat(r.out()).as(what).isEqualTo(json.followUp().write(project));
                            } else if (format == Format.XLSX) {
                                assertThat(parts(Files.readAllBytes(xlsx), dir)).as(what)
                                        .isEqualTo(parts(rendered(whole, se.finsam.report.Format.XLSX, options), dir));
                            } else {
                                assertThat(r.out()).as(what).isEqualTo(new String(rendered(whole,
                                        se.finsam.report.Format.valueOf(format.name()), options), StandardCharsets.UTF_8));
                            }
                        }
                    }
                }
            }
        }
    }

    private static byte[] rendered(se.finsam.report.Report report, se.finsam.report.Format format, RenderOptions options)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        report.render(format, options, out);
        return out.toByteArray();
    }

    /** A workbook's parts as text, but for the time it was made (docProps/core.xml). */
    private static Map<String, String> parts(byte[] workbook, Path dir) throws IOException {
        Path file = Files.write(dir.resolve("parts.xlsx"), workbook);
        Map<String, String> parts = new TreeMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(e)) {
                    String part = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    parts.put(e.getName(), e.getName().equals("docProps/core.xml") ? "" : part);
                }
            }
        }
        return parts;
    }

    @Test
    void badDocuments_streamed_fromAFileOrStandardInput_haveTheViolationsOfTheDocumentReadWhole(@TempDir Path dir)
            throws IOException {
        String vagenIn = Files.readString(Path.of(VAGEN_IN));
        Map<String, byte[]> bad = new TreeMap<>();
        bad.put("faults", utf8(vagenIn.replaceFirst("\"end\": \"2011-01-02\"", "\"end\": \"2010-09-01\"")
                .replaceFirst("\"municipality\": \"kungsor\"", "\"municipality\": \"kungsör\"")
                .replaceFirst("\"gender\": \"MAN\"", "\"gender\": \"MALE\"").replaceFirst("\"start\": \"2010-09-01\",\n", "")));
        bad.put("syntax", utf8(vagenIn.substring(0, vagenIn.length() / 2)));
        bad.put("empty", new byte[0]);
        byte[] notUtf8 = utf8("{\"name\": \"V?gen in\", \"participants\": []}");
        notUtf8[11] = (byte) 0xE4; // Latin-1's ä
        bad.put("not-utf-8", notUtf8);
        bad.put("a-plan", Files.readAllBytes(Path.of(CliTest.RAR)));
        bad.put("a-calculation", Files.readAllBytes(Path.of(SocioEconomicCommandTest.EXAMPLE)));
        bad.put("indicators", Files.readAllBytes(Path.of("documents/norra-vastmanland-indicators.json")));
        FinsamJson json = FinsamJson.create();
        for (Map.Entry<String, byte[]> e : bad.entrySet()) {
            byte[] bytes = e.getValue();
            ValidationResult whole = json.followUp().validate(bytes);
            assertThat(whole.isValid()).as(e.getKey()).isFalse();
            Path file = Files.write(dir.resolve(e.getKey() + ".json"), bytes);

            CliTest.Run fromFile = run("followup", file.toString());
            CliTest.Run fromStdin = runWithInput(bytes, "followup", "-");

            assertThat(fromFile.status()).as(e.getKey()).isEqualTo(Cli.INVALID);
            assertThat(fromFile.out()).as(e.getKey()).isEmpty();
            assertThat(fromFile.err()).as(e.getKey()).isEqualTo(invalid(file.toString(), whole.violations()));
            assertThat(fromStdin.status()).as(e.getKey()).isEqualTo(Cli.INVALID);
            assertThat(fromStdin.err()).as(e.getKey()).isEqualTo(invalid("standard input", whole.violations()));
        }
    }

    /**
     * What the tool says of an invalid document: each violation as reading the document whole finds it, one a
     * line, and for a document of another kind the command that reads it.
     */
    private static String invalid(String source, List<Violation> violations) {
        Table table = Table.columns(3);
        for (Violation v : violations) {
            String message = v.message();
            if (v.code().equals("json.wrong-document-kind")) {
                message += message.contains("plan document (") ? ": use 'finsam split', 'schedule', 'budget', 'plan' or 'outcome'"
                        : message.contains("socio-economic calculation document (") ? ": use 'finsam socioeconomic'"
                        : ": use 'finsam indicators'";
            }
            table.row("  " + (v.path().isEmpty() ? "\"\"" : TextRules.escape(v.path())), v.code(), TextRules.escape(message));
        }
        return "finsam: " + source + " is invalid (" + violations.size() + (violations.size() == 1 ? " violation):\n"
                : " violations):\n") + table;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static CliTest.Run runWithInput(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Cli(new ByteArrayInputStream(stdin), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        return new CliTest.Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
