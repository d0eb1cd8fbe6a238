package se.finsam.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.cli.CliTest.RAR;
import static se.finsam.cli.CliTest.run;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --output FILE}: the report goes to the file, in full or not at all; {@code --lang} chooses its words. */
class OutputOptionTest {

    @Test
    void output_writesTheReportToTheFile_andNothingToStandardOutput(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("split.csv");

        CliTest.Run r = run("split", "--format", "csv", "--output", file.toString(), RAR);

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(run("split", "--format", "csv", RAR).out());
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void output_isCreatedAsAnyNewFileIs_notOwnerOnly(@TempDir Path dir) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path file = dir.resolve("split.txt");
        Path plain = Files.createFile(dir.resolve("plain.txt"));

        CliTest.Run r = run("split", "--output", file.toString(), RAR);

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    void output_ofAnInvalidDocument_leavesNoFile_andKeepsAnOldOne(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, Files.readString(Path.of(RAR)).replace("\"2008-05-31\"", "\"2008-06-31\""));
        Path file = dir.resolve("budget.txt");
        Files.writeString(file, "old");

        CliTest.Run r = run("budget", "--output", file.toString(), broken.toString());

        assertThat(r.status()).isEqualTo(Cli.INVALID);
        assertThat(Files.readString(file)).isEqualTo("old");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactlyInAnyOrder(broken, file);
        }
    }

    @Test
    void output_intoADirectoryThatDoesNotExist_isAUsageError(@TempDir Path dir) {
        CliTest.Run r = run("split", "--output", dir.resolve("no/such/dir/split.txt").toString(), RAR);

        assertThat(r.status()).isEqualTo(Cli.USAGE);
        assertThat(r.err()).isEqualTo("finsam: cannot write '" + dir.resolve("no/such/dir/split.txt") + "': no such directory '"
                + dir.resolve("no/such/dir") + "'\n");
    }

    @Test
    void output_ofANameNoFileCanHave_isAUsageError() {
        CliTest.Run r = run("split", "--output", "bad\u0000name", RAR);

        assertThat(r.status()).isEqualTo(Cli.USAGE);
        assertThat(r.err()).startsWith("finsam: cannot write 'bad\u0000name': ");
    }

    @Test
    void output_ontoADirectory_isAUsageError_sayingSo(@TempDir Path dir) {
        CliTest.Run r = run("split", "--output", dir.toString(), RAR);

        assertThat(r.status()).isEqualTo(Cli.USAGE);
        assertThat(r.err()).isEqualTo("finsam: cannot write '" + dir + "': it is a directory\n");
    }

    @Test
    void output_ofNothing_isRefused() {
        CliTest.Run r = run("split", "--output=", RAR);

        assertThat(r.status()).isEqualTo(Cli.USAGE);
        assertThat(r.err()).startsWith("finsam: option --output takes a file name, not ''\n");
    }

    @Test
    void output_ofADash_isRefused() {
        CliTest.Run r = run("split", "--output", "-", RAR);

        assertThat(r.status()).isEqualTo(Cli.USAGE);
        assertThat(r.err()).startsWith("finsam: option --output takes a file name, not '-'\n");
    }

    @Test
    void language_comesFromTheEnvironment_unlessLangSaysOtherwise() {
        assertThat(Language.of(java.util.Map.of("LANG", "sv_SE.UTF-8"))).isEqualTo(Language.SV);
        assertThat(Language.of(java.util.Map.of("LANG", "sv_SE.UTF-8", "LC_ALL", "en_US.UTF-8"))).isEqualTo(Language.EN);
        assertThat(Language.of(java.util.Map.of("LANG", "en_GB.UTF-8", "LC_MESSAGES", "sv_FI"))).isEqualTo(Language.SV);
        assertThat(Language.of(java.util.Map.of("LC_ALL", "", "LANG", "sv"))).isEqualTo(Language.SV);
        assertThat(Language.of(java.util.Map.of())).isEqualTo(Language.EN);

        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int status = new Cli(new java.io.ByteArrayInputStream(new byte[0]), new java.io.PrintStream(out, true, StandardCharsets.UTF_8),
                new java.io.PrintStream(new java.io.ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                java.util.Map.of("LANG", "sv_SE.UTF-8")).run("split", RAR);
        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Medlemmarnas bidrag 2007\n");
        assertThat(run("split", "--lang", "sv", RAR).out()).startsWith("Medlemmarnas bidrag 2007\n");
        assertThat(run("split", "--lang=en", RAR).out()).startsWith("Members' contributions 2007\n");
    }
}
