package se.finsam.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import se.finsam.json.FinsamJson;
import se.finsam.json.FollowUpFormat;
import se.finsam.json.NationalFollowUpFormat;

/**
 * A project's follow-up at national scale: the summary of a participant document of 10⁴, 10⁵ and 10⁶ participants
 * ({@link LargeDocument#participants(Path, int, long)}, about 270 bytes a participant), streamed from a file in a
 * JVM of at most 256 MB of heap, so that the run also proves the memory bound; beside it the floor of any reader that
 * streams, a bare token loop over the same file. The time per participant is to stay flat: at 10⁶ within 1.2 times
 * that at 10⁴. The national follow-up of as many participants, in 500-participant projects of 80 associations at 10⁶,
 * is read the same way. {@link FollowUpTreeBenchmark} parses the same documents into a Jackson tree, where that fits.
 *
 * <p>Two scores per method and size: the primary, the time of one whole document (ns/op), and the secondary
 * {@code :perParticipant}, the same time divided by the participants read (ns per participant, from the
 * {@link PerParticipant} counter): the figure to compare across sizes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
public class FollowUpScaleBenchmark {

    /** Registered participants of the project; 20 entries of anonymous participants add about 2 % more. */
    @Param({"10000", "100000", "1000000"})
    public int participants;

    private Path file;
    private Path nationalFile;
    private FollowUpFormat followUps;
    private NationalFollowUpFormat national;
    private JsonFactory factory;

    /**
     * Counts the participants read, so that JMH reports the time per participant beside the time per document:
     * in average-time mode, a counter of operations is reported as the time of the iteration divided by its count.
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class PerParticipant {

        /** The participants read in this iteration. */
        public long perParticipant;

        /** Starts the count of each iteration at zero. */
        @Setup(Level.Iteration)
        public void reset() {
            perParticipant = 0;
        }
    }

    /**
     * Writes the document to a temporary file, once per fork.
     *
     * @throws IOException if the file cannot be written
     */
    @Setup(Level.Trial)
    public void writeDocument() throws IOException {
        file = Files.createTempFile("finsam-followup-" + participants + "-", ".json");
        file.toFile().deleteOnExit(); // also when a failed iteration skips the tear-down
        LargeDocument.participants(file, participants, LargeDocument.DEFAULT_SEED);
        nationalFile = Files.createTempFile("finsam-national-followup-" + participants + "-", ".json");
        nationalFile.toFile().deleteOnExit();
        LargeDocument.nationalFollowUp(nationalFile, participants, LargeDocument.DEFAULT_SEED);
        followUps = FinsamJson.create().followUp();
        national = FinsamJson.create().nationalFollowUp();
        factory = new JsonFactory();
    }

    /**
     * Deletes the document.
     *
     * @throws IOException if it cannot be deleted
     */
    @TearDown(Level.Trial)
    public void deleteDocument() throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(nationalFile);
    }

    /**
     * The project's summary, streamed from the file: reading, validating and every figure.
     *
     * @param sink receives the summary
     * @param count counts the participants read
     * @throws IOException never, for this file
     */
    @Benchmark
    public void summary(Blackhole sink, PerParticipant count) throws IOException {
        sink.consume(followUps.summary(file));
        count.perParticipant += participants;
    }

    /**
     * The national follow-up of the same number of participants, streamed from its file: projects of 500
     * participants, 25 per association, in 21 counties ({@link LargeDocument#nationalFollowUp(Path, int, long)}),
     * each project's summary and the figures of every association, county and the country.
     *
     * @param sink receives the national follow-up
     * @param count counts the participants read
     * @throws IOException never, for this file
     */
    @Benchmark
    public void nationalFollowUp(Blackhole sink, PerParticipant count) throws IOException {
        sink.consume(national.read(nationalFile));
        count.perParticipant += participants;
    }

    /**
     * The floor of a reader that streams: every token of the file, each name's and scalar's text taken, nothing
     * built.
     *
     * @param sink receives the texts, so that none is optimized away
     * @param count counts the participants read
     * @throws IOException never, for this file
     */
    @Benchmark
    public void tokens(Blackhole sink, PerParticipant count) throws IOException {
        try (JsonParser p = factory.createParser(file.toFile())) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t.isScalarValue() || t == JsonToken.FIELD_NAME) {
                    sink.consume(p.getText());
                }
            }
        }
        count.perParticipant += participants;
    }
}
