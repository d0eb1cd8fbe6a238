package se.finsam.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts the {@code finsam} command-line tool. See {@code finsam --help}.
 */
public final class Main {

    /** Held so that the level set on it is not lost to garbage collection. */
    private static final Logger MONETA_LOG = Logger.getLogger("org.javamoney");

    private Main() {
    }

    /**
     * Runs the tool and exits with its status: 0 success, 1 invalid document (or one of another kind
     * than the command reads), 2 usage error or unreadable file, 3 the tool itself failed (out of memory,
     * a stack overflow, a bug), said in one line on standard error, never with a stack trace.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        // Moneta announces its default MathContext on the console at INFO; finsam never uses that default.
        MONETA_LOG.setLevel(Level.WARNING);
        // Buffered: a long report is written as it is made, a line at a time.
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16), false,
                StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int status = new Cli(System.in, out, err, System.getenv()).run(args);
        out.flush();
        err.flush();
        System.exit(status);
    }
}
