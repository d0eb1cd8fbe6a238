package se.finsam.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.finsam.member.Member;

class ProjectSummaryTest {

    @Test
    void kvinnocoacher_summary_isTheProjectWithoutItsParticipants_27Of31Completing() {
        // Published (the Norra Västmanland newsletter, autumn 2011): 27 of 31 participants completing.
        ProjectFollowUp p = FollowUpExamples.kvinnocoacher();

        ProjectSummary summary = p.summary();

        assertThat(summary.name()).isEqualTo(p.name());
        assertThat(summary.note()).isEqualTo(p.note());
        assertThat(summary.start()).isEqualTo(p.start());
        assertThat(summary.end()).isEqualTo(p.end());
        assertThat(summary.municipalities()).isEqualTo(p.municipalities());
        assertThat(summary.targets()).isEqualTo(p.targets());
        assertThat(summary.figures()).isEqualTo(p.figures());
        assertThat(summary.figures().completed()).isEqualTo(Share.of(27, 31));
        assertThat(summary).isEqualTo(FollowUpExamples.kvinnocoacher().summary());
    }

    @Test
    void figuresOfOtherMunicipalitiesOrTargets_orABadName_areRejected() {
        ProjectFollowUp vagenIn = FollowUpExamples.vagenIn();
        ProjectFollowUp kvinnocoacher = FollowUpExamples.kvinnocoacher();
        FollowUpFigures figures = vagenIn.figures();
        List<Member> others = kvinnocoacher.municipalities();

        assertThatIllegalArgumentException().isThrownBy(() -> new ProjectSummary(vagenIn.name(), vagenIn.note(),
                vagenIn.period(), others, vagenIn.targets(), figures)).withMessageContaining("not of the project's");
        assertThatIllegalArgumentException().isThrownBy(() -> new ProjectSummary(vagenIn.name(), vagenIn.note(),
                vagenIn.period(), vagenIn.municipalities(), kvinnocoacher.targets(), figures))
                .withMessageContaining("not for the project's");
        assertThatIllegalArgumentException().isThrownBy(() -> new ProjectSummary(" ", vagenIn.note(),
                vagenIn.period(), vagenIn.municipalities(), vagenIn.targets(), figures));
        assertThatIllegalArgumentException().isThrownBy(() -> new ProjectSummary(vagenIn.name(), Optional.of("a\u0007b"),
                vagenIn.period(), vagenIn.municipalities(), vagenIn.targets(), figures));
        assertThat(new ProjectSummary(vagenIn.name(), Optional.empty(), vagenIn.period(), vagenIn.municipalities(),
                vagenIn.targets(), figures).note()).isEmpty();
    }
}
