package se.finsam.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.finsam.budget.AnnualPlan;
import se.finsam.contribution.ContributionSplit;
import se.finsam.json.FinsamJson;
import se.finsam.member.MemberId;

/** The bundled documents are valid and reproduce the published figures through the JSON reader. */
class ExampleDocumentsTest {

    /** Each bundled document, by file name, and the reader of its kind of document. */
    static final Map<String, Consumer<byte[]>> READERS = Map.of(
            "rar-sormland-2007.json", FinsamJson.create().plan()::read,
            "rar-sormland-2007-2009.json", FinsamJson.create().plan()::read,
            "every-field.json", FinsamJson.create().plan()::read,
            "norra-vastmanland-indicators.json", FinsamJson.create().indicators()::read,
            "kvinnocoacher-2011.json", FinsamJson.create().followUp()::read,
            "vagen-in-2011.json", FinsamJson.create().followUp()::read,
            "national-2016.json", FinsamJson.create().national()::read,
            "unga-jonkoping.json", FinsamJson.create().socioeconomic()::read,
            "national-followup-2011.json", FinsamJson.create().nationalFollowUp()::read);

    @Test
    void everyBundledDocument_isValid() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("documents"))) {
            List<Path> documents = files.filter(p -> p.toString().endsWith(".json")).toList();
            assertThat(documents).isNotEmpty();
            for (Path p : documents) {
                Consumer<byte[]> reader = READERS.get(p.getFileName().toString());
                assertThat(reader).as("%s: which reader reads it? Add it to READERS", p).isNotNull();
                assertThatCode(() -> reader.accept(Files.readAllBytes(p))).as(p.toString()).doesNotThrowAnyException();
            }
        }
    }

    @Test
    void rar2007_throughJson_matchesPublishedBudget() throws IOException {
        AnnualPlan doc = FinsamJson.create().plan().read(Files.readAllBytes(Path.of(CliTest.RAR)));
        ContributionSplit split = doc.contributions();

        String[][] published = {
            {"fk", "7500000"}, {"af", "0"}, {"landstinget", "3750000"}, {"eskilstuna", "1308750"}, {"flen", "236250"},
            {"gnesta", "142500"}, {"katrineholm", "465000"}, {"nykoping", "712500"}, {"oxelosund", "161250"},
            {"strangnas", "438750"}, {"trosa", "153750"}, {"vingaker", "131250"}};
        for (String[] row : published) {
            assertThat(split.amountOf(MemberId.of(row[0])).getNumber().numberValue(BigDecimal.class))
                    .as(row[0]).isEqualByComparingTo(row[1]);
        }
        assertThat(split.totalUnits()).isEqualTo(15_000_000);
    }
}
