package se.finsam.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import se.finsam.budget.AnnualPlan;
import se.finsam.budget.Budget;
import se.finsam.validation.ValidationResult;

/**
 * One {@link FinsamJson}, one mapper with {@link FinsamModule} and one model, shared by many threads
 * under load for a bounded time: every read, write, validation and computation gives the same answer as
 * on one thread.
 */
class FinsamJsonThreadSafetyTest {

    private static final int THREADS = 8;
    private static final long MILLIS = 2_000;

    @Test
    void sharedReaderMapperAndModel_underLoad_giveTheSingleThreadedResults() throws Exception {
        FinsamJson json = FinsamJson.create();
        ObjectMapper mapper = new ObjectMapper().registerModule(new FinsamModule());
        byte[] rar = Files.readAllBytes(Path.of("../finsam-examples/documents/rar-sormland-2007.json"));
        byte[] full = Files.readAllBytes(Path.of("../finsam-examples/documents/every-field.json"));
        List<Catalogue> bad = Catalogue.entries().subList(0, 40);
        AnnualPlan shared = json.plan().read(full);
        AnnualPlan expectedRar = json.plan().read(rar);
        String expectedText = json.plan().write(shared);
        String expectedBudget = json.plan().writeBudget(shared.budget());
        List<ValidationResult> expectedBad = bad.stream().map(c -> json.plan().validate(c.bytes())).toList();

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int id = t;
            Callable<Integer> work = () -> {
                start.await();
                long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MILLIS);
                int rounds = 0;
                while (System.nanoTime() < deadline) {
                    assertThat(json.plan().read(rar)).isEqualTo(expectedRar);
                    assertThat(mapper.readValue(full, AnnualPlan.class)).isEqualTo(shared);
                    assertThat(json.plan().write(shared)).isEqualTo(expectedText);
                    Budget budget = shared.budget();
                    assertThat(json.plan().writeBudget(budget)).isEqualTo(expectedBudget);
                    int i = (rounds + id) % bad.size();
                    assertThat(json.plan().validate(bad.get(i).bytes())).isEqualTo(expectedBad.get(i));
                    rounds++;
                }
                return rounds;
            };
            results.add(pool.submit(work));
        }
        start.countDown();
        int total = 0;
        for (Future<Integer> f : results) {
            int rounds = f.get(MILLIS * 10, TimeUnit.MILLISECONDS);
            assertThat(rounds).as("rounds of one thread").isPositive();
            total += rounds;
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(total).as("rounds of all threads").isGreaterThanOrEqualTo(THREADS);
    }
}
