package se.finsam.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.finsam.followup.Distribution;
import se.finsam.followup.FollowUpFigures;
import se.finsam.followup.Gender;
import se.finsam.followup.ProjectFollowUp;
import se.finsam.followup.TargetResult;
import se.finsam.json.FinsamJson;
import se.finsam.member.MemberId;

/** The participant documents that the scale benchmarks and heap.sh measure are valid, varied and reproducible. */
class LargeDocumentTest {

    private static byte[] participants(int n, long seed) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LargeDocument.participants(out, n, seed);
        return out.toByteArray();
    }

    @Test
    void participants_ofEverySize_isValidWithThatManyRegistered() throws IOException {
        for (int n : new int[] {0, 1, 3000}) {
            byte[] document = participants(n, LargeDocument.DEFAULT_SEED);

            assertThat(FinsamJson.create().followUp().validate(document).violations()).as("violations of %d", n).isEmpty();
            FollowUpFigures figures = FinsamJson.create().followUp().read(document).summary().figures();
            assertThat(figures.registered()).as("registered of %d", n).isEqualTo(n);
        }
    }

    @Test
    void participants_areVaried_asAFollowUpIs() throws IOException {
        ProjectFollowUp project = FinsamJson.create().followUp().read(participants(3000, LargeDocument.DEFAULT_SEED));
        FollowUpFigures figures = project.summary().figures();

        assertThat(figures.finished()).as("finished").isBetween(2400L, 2900L);
        assertThat(figures.completed().count()).as("completed").isBetween(figures.finished() / 2, figures.finished() - 300);
        assertThat(figures.inWorkOrStudiesAfter().count()).as("in work or studies after").isPositive();
        assertThat(figures.anonymous()).as("anonymous").isBetween(20L, 20L * (1 + 3000 / 500));
        Distribution<Gender> byGender = figures.byGender();
        assertThat(byGender.groups()).as("by gender").allSatisfy(g -> assertThat(byGender.count(g)).isGreaterThan(1000));
        Distribution<MemberId> byMunicipality = figures.byMunicipality();
        assertThat(byMunicipality.groups()).as("by municipality").hasSize(10)
                .allSatisfy(m -> assertThat(byMunicipality.count(m)).as("%s", m).isPositive());
        assertThat(figures.targetResults()).extracting(TargetResult::status).as("targets").hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void participants_sameSeed_sameBytes_andAnotherSeed_others(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("p.json");
        LargeDocument.participants(file, 500, 7L);

        assertThat(Files.readAllBytes(file)).isEqualTo(participants(500, 7L));
        assertThat(participants(500, 8L)).isNotEqualTo(participants(500, 7L));
    }

    @Test
    void participants_negative_isRefused() {
        assertThatThrownBy(() -> participants(-1, 1L)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Participants must be at least 0, was -1");
    }
}
