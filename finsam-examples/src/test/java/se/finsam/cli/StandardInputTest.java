package se.finsam.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code finsam validate -} with a 50 MB document on standard input: within a limit that allows it, it is
 * read and found valid; by the default limit of 16 MiB it is refused cleanly, without reading the rest.
 */
class StandardInputTest {

    private static final int FIFTY_MB = 50 * 1000 * 1000;

    /** A valid document of exactly {@code size} bytes, generated as it is read: RAR 2007 padded with blanks. */
    static final class BigDocument extends InputStream {
        private final byte[] head;
        private final byte[] tail;
        private final long size;
        long position;

        BigDocument(byte[] document, long size) {
            this.head = new byte[] {'{'};
            this.tail = java.util.Arrays.copyOfRange(document, 1, document.length);
            this.size = size;
        }

        private int at(long i) {
            if (i == 0) {
                return head[0];
            }
            long blanks = size - 1 - tail.length;
            if (i <= blanks) {
                return i % 100 == 0 ? '\n' : ' ';
            }
            return tail[(int) (i - 1 - blanks)] & 0xFF;
        }

        @Override
        public int read() {
            return position < size ? at(position++) : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - position);
            for (int i = 0; i < n; i++) {
                b[off + i] = (byte) at(position++);
            }
            return n;
        }
    }

    private static CliTest.Run validate(InputStream stdin, String... options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] args = new String[options.length + 2];
        args[0] = "validate";
        System.arraycopy(options, 0, args, 1, options.length);
        args[args.length - 1] = "-";
        int status = new Cli(stdin, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        return new CliTest.Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static byte[] rar() throws IOException {
        return Files.readAllBytes(Path.of(CliTest.RAR));
    }

    @Test
    void validate_fiftyMegabytesWithinTheLimit_isValid() throws IOException {
        BigDocument stdin = new BigDocument(rar(), FIFTY_MB);

        CliTest.Run r = validate(stdin, "--max-bytes", "64M");

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("standard input (plan document): valid");
        assertThat(stdin.position).isEqualTo(FIFTY_MB);
    }

    @Test
    void validate_fiftyMegabytesOverTheDefaultLimit_isRefusedWithoutReadingTheRest() throws IOException {
        BigDocument stdin = new BigDocument(rar(), FIFTY_MB);

        CliTest.Run r = validate(stdin);

        assertThat(r.status()).isEqualTo(Cli.INVALID);
        assertThat(r.err()).contains("json.limit-exceeded", "16777216 bytes").doesNotContain("Exception", "\tat ");
        assertThat(stdin.position).isEqualTo(16 * 1024 * 1024 + 1);
    }

    @Test
    void split_overASmallLimit_isRefusedAsInvalid() {
        CliTest.Run r = CliTest.run("split", "--max-bytes=1k", CliTest.RAR);

        assertThat(r.status()).isEqualTo(Cli.INVALID);
        assertThat(r.err()).contains("\"\"  json.limit-exceeded", "1024 bytes");
    }

    @Test
    void maxBytes_thatIsNotASize_isAUsageError() {
        for (String bad : new String[] {"0", "-5", "lots", "3T", "4G"}) {
            CliTest.Run r = CliTest.run("validate", "--max-bytes", bad, CliTest.RAR);
            assertThat(r.status()).as(bad).isEqualTo(Cli.USAGE);
            assertThat(r.err()).as(bad).contains("--max-bytes");
        }
    }

    @Test
    void syntaxError_onStandardInput_isLocatedByLineAndColumn_withoutAStackTrace() {
        CliTest.Run r = CliTest.runWithInput("{\n  \"year\": 2011,\n  \"year\": 2012\n}", "validate", "-");

        assertThat(r.status()).isEqualTo(Cli.INVALID);
        assertThat(r.err()).contains("/year", "json.syntax", "Duplicate field 'year'", "line 3, column").doesNotContain("\tat ");
    }
}
