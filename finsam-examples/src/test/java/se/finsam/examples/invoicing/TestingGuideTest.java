package se.finsam.examples.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/testing.md shows the example test as it is compiled and run. */
class TestingGuideTest {

    @Test
    void theGuidesExample_isTheTestThatRuns() throws IOException {
        String guide = Files.readString(Path.of("../docs/testing.md"));
        String test = Files.readString(Path.of("src/test/java/se/finsam/examples/invoicing/QuarterlyInvoicesTest.java"));

        assertThat(guide).contains("```java\n" + test + "```");
    }
}
