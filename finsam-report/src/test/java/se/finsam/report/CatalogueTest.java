package se.finsam.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.finsam.budget.CostCategory;
import se.finsam.contribution.KeyBasis;
import se.finsam.member.MemberKind;
import se.finsam.member.Party;
import se.finsam.project.ProjectStatus;

/** The Swedish and the English catalogue have the same keys, and every closed set has its words in both. */
class CatalogueTest {

    private static final ResourceBundle ENGLISH = Formatting.load("messages.properties");
    private static final ResourceBundle SWEDISH = Formatting.load("messages_sv.properties");

    @Test
    void bothLanguages_haveTheSameKeys() {
        Set<String> english = ENGLISH.keySet();
        Set<String> swedish = SWEDISH.keySet();

        assertThat(swedish).containsExactlyInAnyOrderElementsOf(english);
        assertThat(english).hasSizeGreaterThan(50);
    }

    @Test
    void everyValueOfEveryClosedSet_hasItsWord() {
        List<Cell.Word> words = new java.util.ArrayList<>();
        for (MemberKind v : MemberKind.values()) {
            words.add(Codes.kind(v));
        }
        for (Party v : Party.values()) {
            words.add(Codes.party(v));
        }
        for (KeyBasis v : KeyBasis.values()) {
            words.add(Codes.basis(v));
        }
        for (CostCategory v : CostCategory.values()) {
            words.add(Codes.of("costCategory", v));
        }
        for (ProjectStatus v : ProjectStatus.values()) {
            words.add(Codes.of("projectStatus", v));
        }
        for (se.finsam.followup.Gender v : se.finsam.followup.Gender.values()) {
            words.add(Codes.gender(v));
        }
        for (se.finsam.followup.TargetMeasure v : se.finsam.followup.TargetMeasure.values()) {
            words.add(Codes.of("targetMeasure", v));
        }
        for (se.finsam.followup.TargetResult.Status v : se.finsam.followup.TargetResult.Status.values()) {
            words.add(Codes.of("targetStatus", v));
        }
        for (se.finsam.socioeconomic.Actor v : se.finsam.socioeconomic.Actor.values()) {
            words.add(Codes.of("socioActor", v));
        }
        words.add(Codes.of("socioActor", "SOCIETY"));
        for (se.finsam.socioeconomic.Payback.Status v : se.finsam.socioeconomic.Payback.Status.values()) {
            words.add(Codes.of("paybackStatus", v));
        }
        for (String v : List.of("WITHIN_PARTICIPANTS", "BEYOND_PARTICIPANTS", "NONE_SUFFICES")) {
            words.add(Codes.of("breakEvenStatus", v));
        }
        for (se.finsam.socioeconomic.Sensitivity.Parameter v : se.finsam.socioeconomic.Sensitivity.Parameter.values()) {
            words.add(Codes.of("sensitivityParameter", v));
        }
        for (Cell.Word w : words) {
            String key = ((Text.Message) w.text()).key();
            assertThat(ENGLISH.containsKey(key)).as(key).isTrue();
            assertThat(SWEDISH.getString(key)).as(key).isNotBlank().isNotEqualTo(w.code());
        }
    }

    @Test
    void swedishWordsOfTheIssue_areThese() {
        Formatting sv = Formatting.of(RenderOptions.SWEDISH);

        assertThat(sv.cell(Codes.kind(MemberKind.MUNICIPALITY))).isEqualTo("Kommun");
        assertThat(sv.cell(Codes.kind(MemberKind.REGION))).isEqualTo("Region");
        assertThat(sv.cell(Codes.kind(MemberKind.SOCIAL_INSURANCE_AGENCY))).isEqualTo("Försäkringskassan");
        assertThat(sv.cell(Codes.of("projectStatus", ProjectStatus.APPROVED))).isEqualTo("Beviljad");
        assertThat(sv.cell(Codes.of("projectStatus", ProjectStatus.PRELIMINARY))).isEqualTo("Preliminär");
        assertThat(sv.cell(Codes.of("projectStatus", ProjectStatus.DELAYED))).isEqualTo("Försenad");
        assertThat(List.of("MUNICIPALITY", "REGION", "SOCIAL_INSURANCE_AGENCY", "PUBLIC_EMPLOYMENT_SERVICE", "REST_OF_STATE",
                "INDIVIDUAL", "SOCIETY").stream().map(a -> sv.cell(Codes.of("socioActor", a))).toList()).containsExactly(
                "Kommunen", "Regionen", "Försäkringskassan", "Arbetsförmedlingen", "Övriga staten", "Individen", "Samhället");
    }
}
