package se.finsam.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
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
import se.finsam.benchmarks.FollowUpScaleBenchmark.PerParticipant;

/**
 * The yardstick of {@link FollowUpScaleBenchmark}: a plain Jackson tree parse ({@code ObjectMapper.readTree}) of the
 * same participant documents, read from a file as the summary reads them. Only at 10⁴ and 10⁵ participants: a tree
 * of 10⁶ (about 270 MB of text) does not fit the heap that the summary is held to. The heap here is 1 GB, so that the
 * tree of 10⁵ is measured without the collector working at its limit.
 *
 * <p>Scores as in {@link FollowUpScaleBenchmark}: ns per document, and {@code :perParticipant}, ns per participant.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class FollowUpTreeBenchmark {

    /** Registered participants of the project, as in {@link FollowUpScaleBenchmark}. */
    @Param({"10000", "100000"})
    public int participants;

    private Path file;
    private ObjectMapper mapper;

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
        mapper = new ObjectMapper();
    }

    /**
     * Deletes the document.
     *
     * @throws IOException if it cannot be deleted
     */
    @TearDown(Level.Trial)
    public void deleteDocument() throws IOException {
        Files.deleteIfExists(file);
    }

    /**
     * A plain Jackson tree parse of the file, with no validation.
     *
     * @param count counts the participants read
     * @return the tree
     * @throws IOException never, for this file
     */
    @Benchmark
    public JsonNode jacksonTreeParse(PerParticipant count) throws IOException {
        JsonNode tree = mapper.readTree(file.toFile());
        count.perParticipant += participants;
        return tree;
    }
}
