package se.finsam.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.finsam.association.AssociationId;
import se.finsam.member.Member;
import se.finsam.member.MemberId;
import se.finsam.member.MemberKind;
import se.finsam.testing.Raises;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

/** The national follow-up's values and rules: counties, associations' parts and the aggregates' sums. */
class NationalFollowUpTest {

    private static final ProjectFollowUp KVINNOCOACHER = FollowUpExamples.kvinnocoacher();
    private static final ProjectFollowUp VAGEN_IN = FollowUpExamples.vagenIn();
    private static final County VASTMANLAND = new County("19", "Västmanlands län");
    private static final County SORMLAND = new County("04", "Södermanlands län");

    private static FollowUpFigures.Builder tally(ProjectFollowUp... projects) {
        FollowUpFigures.Builder b = FollowUpFigures.builder();
        for (ProjectFollowUp p : projects) {
            b.declare(p.municipalities());
            p.participants().forEach(b::add);
            p.anonymous().forEach(b::add);
        }
        return b;
    }

    private static AssociationFollowUp association(String id, String county, ProjectFollowUp... projects) {
        return new AssociationFollowUp(AssociationId.of(id), "Förbundet " + id, county,
                java.util.Arrays.stream(projects).map(ProjectFollowUp::summary).toList(), tally(projects).build(List.of()));
    }

    @Test
    void aNationalFollowUp_holdsEachLevelsFigures() {
        AssociationFollowUp a = association("vastra-malardalen", "19", KVINNOCOACHER, VAGEN_IN);
        AssociationFollowUp b = association("annat", "19", KVINNOCOACHER);
        Map<String, FollowUpFigures> byCounty = new LinkedHashMap<>();
        FollowUpFigures both = tally(KVINNOCOACHER, VAGEN_IN, KVINNOCOACHER).build(List.of());
        byCounty.put("19", both);
        byCounty.put("04", FollowUpFigures.builder().build(List.of()));

        NationalFollowUp n = new NationalFollowUp("Uppföljning", Optional.empty(), List.of(VASTMANLAND, SORMLAND),
                List.of(a, b), byCounty, both);

        assertThat(n.total().started()).isEqualTo(31 + 49 + 31);
        assertThat(n.county("19")).isEqualTo(both);
        assertThat(n.county("04").started()).isZero();
        assertThat(n.county("04").timeInProject()).isEmpty();
        assertThat(n.projectCount()).isEqualTo(3);
        assertThat(n.byCounty().keySet()).containsExactly("19", "04");
        assertThatIllegalArgumentException().isThrownBy(() -> n.county("01")).withMessageContaining("No county '01'");
    }

    @Test
    void aggregatesThatDoNotSumTheirParts_orHoldTargets_areRejected() {
        FollowUpFigures kvinnocoacher = KVINNOCOACHER.figures();
        List<ProjectSummary> projects = List.of(KVINNOCOACHER.summary(), VAGEN_IN.summary());
        AssociationId id = AssociationId.of("a");

        assertThatIllegalArgumentException().isThrownBy(() -> new AssociationFollowUp(id, "A", "19", projects, kvinnocoacher))
                .withMessageContaining("counts 31 started");
        assertThatIllegalArgumentException().isThrownBy(() -> new AssociationFollowUp(id, "A", "19",
                List.of(KVINNOCOACHER.summary()), kvinnocoacher)).withMessageContaining("target results");
        assertThatIllegalArgumentException().isThrownBy(() -> new AssociationFollowUp(id, " ", "19",
                List.of(), FollowUpFigures.builder().build(List.of())));
        assertThatIllegalArgumentException().isThrownBy(() -> new AssociationFollowUp(id, "A", "19a",
                List.of(), FollowUpFigures.builder().build(List.of()))).withMessageContaining("'19a'");
        AssociationFollowUp a = association("a", "19", VAGEN_IN);
        FollowUpFigures empty = FollowUpFigures.builder().build(List.of());
        assertThatIllegalArgumentException().isThrownBy(() -> new NationalFollowUp("N", Optional.empty(), List.of(VASTMANLAND),
                List.of(a), Map.of("19", empty), a.figures())).withMessageContaining("County '19' counts 0 started");
        assertThatIllegalArgumentException().isThrownBy(() -> new NationalFollowUp("N", Optional.empty(), List.of(VASTMANLAND),
                List.of(a), Map.of("19", a.figures()), empty)).withMessageContaining("The total counts 0 started");
        assertThatIllegalArgumentException().isThrownBy(() -> new NationalFollowUp("N", Optional.empty(), List.of(VASTMANLAND),
                List.of(a), Map.of(), a.figures())).withMessageContaining("not of the follow-up's [19]");
        assertThatIllegalArgumentException().isThrownBy(() -> new NationalFollowUp("N", Optional.of("\u0007"),
                List.of(VASTMANLAND), List.of(a), Map.of("19", a.figures()), a.figures()));
        assertThatIllegalArgumentException().isThrownBy(() -> new NationalFollowUp(" ", Optional.empty(),
                List.of(VASTMANLAND), List.of(a), Map.of("19", a.figures()), a.figures())).withMessage("Name is blank");
    }

    @Test
    @Raises({ViolationCodes.COUNTY_CODE_INVALID})
    void aCountyCode_isTwoDigitsFrom01To25() {
        for (String code : List.of("01", "04", "19", "25")) {
            assertThat(new County(code, "Län").code()).isEqualTo(code);
        }
        for (String code : List.of("00", "26", "4", "004", "1a", "", "٠١")) {
            List<Violation> found = new ArrayList<>();
            County.checkCode("/code", code, found);
            assertThat(found).as(code).extracting(Violation::code).containsExactly(ViolationCodes.COUNTY_CODE_INVALID);
            assertThatIllegalArgumentException().isThrownBy(() -> new County(code, "Län"))
                    .withMessage("County code '" + code + "' is not a county code: two digits, from 01 to 25");
        }
        assertThatIllegalArgumentException().isThrownBy(() -> new County("04", ""));
    }

    @Test
    @Raises({ViolationCodes.COUNTY_DUPLICATE})
    void aCountyListedTwice_isReportedAtTheLater() {
        List<Violation> found = new ArrayList<>();

        NationalFollowUp.checkCounties(java.util.Arrays.asList("19", null, "04", "19", null), found);

        assertThat(found).extracting(Violation::toString)
                .containsExactly("/counties/3/code county.duplicate: County '19' is listed as counties 0 and 3");
        assertThatIllegalArgumentException().isThrownBy(() -> new NationalFollowUp("N", Optional.empty(),
                List.of(VASTMANLAND, VASTMANLAND), List.of(), Map.of("19", FollowUpFigures.builder().build(List.of())),
                FollowUpFigures.builder().build(List.of()))).withMessageContaining("listed as counties 0 and 1");
    }

    @Test
    @Raises({ViolationCodes.COUNTY_UNKNOWN, ViolationCodes.NATIONAL_DUPLICATE_ASSOCIATION})
    void anAssociationTwice_orInACountyNotListed_isReported() {
        List<Violation> found = new ArrayList<>();
        AssociationId a = AssociationId.of("a");

        NationalFollowUp.checkAssociations(java.util.Arrays.asList(a, null, a), java.util.Arrays.asList("19", "04", null),
                java.util.Set.of("19"), found);
        NationalFollowUp.checkAssociations(List.of(a), List.of("04"), null, found);
        // Counties known of fewer associations than there are: the rest are unknown, not checked.
        NationalFollowUp.checkAssociations(List.of(AssociationId.of("b"), AssociationId.of("c")), List.of("19"),
                java.util.Set.of("19"), found);

        assertThat(found).extracting(Violation::toString).containsExactly(
                "/followUps/1/county county.unknown: County '04' is not among the counties listed in 'counties'",
                "/followUps/2/association national.duplicate-association: Association id 'a' is used by follow-ups 0 and 2");
        AssociationFollowUp inSormland = association("a", "04", VAGEN_IN);
        assertThatIllegalArgumentException().isThrownBy(() -> new NationalFollowUp("N", Optional.empty(), List.of(VASTMANLAND),
                List.of(inSormland), Map.of("19", FollowUpFigures.builder().build(List.of())), inSormland.figures()))
                .withMessageContaining("County '04' is not among");
    }

    @Test
    @Raises({ViolationCodes.MUNICIPALITY_DIFFERS})
    void aMunicipalityNamedDifferentlyByTwoProjects_isReported() {
        Map<MemberId, NationalFollowUp.Named> seen = new HashMap<>();
        Map<String, NationalFollowUp.Named> codes = new HashMap<>();
        List<Violation> found = new ArrayList<>();
        Member arboga = Member.of(MemberId.of("arboga"), MemberKind.MUNICIPALITY, "Arboga");

        NationalFollowUp.checkMunicipality("/followUps/0/projects/0/municipalities/0", arboga, seen, codes, found);
        NationalFollowUp.checkMunicipality("/followUps/0/projects/1/municipalities/2", arboga, seen, codes, found);
        NationalFollowUp.checkMunicipality("/followUps/1/projects/0/municipalities/1",
                Member.of(MemberId.of("arboga"), MemberKind.MUNICIPALITY, "Arboga kommun"), seen, codes, found);

        assertThat(found).extracting(Violation::toString).containsExactly("/followUps/1/projects/0/municipalities/1/name"
                + " municipality.differs: Municipality 'arboga' is named 'Arboga kommun' here but 'Arboga' at"
                + " /followUps/0/projects/0/municipalities/0; a municipality is declared alike throughout a national follow-up");
        Member withCode = new Member(MemberId.of("arboga"), MemberKind.MUNICIPALITY, "Arboga", Optional.of("1984"));
        found.clear();
        NationalFollowUp.checkMunicipality("/followUps/2/projects/0/municipalities/0", withCode, seen, codes, found);
        assertThat(found).extracting(Violation::toString).containsExactly("/followUps/2/projects/0/municipalities/0/code"
                + " municipality.differs: Municipality 'arboga' has code '1984' here but no code at"
                + " /followUps/0/projects/0/municipalities/0; a municipality is declared alike throughout a national follow-up");
        assertThat(seen.get(MemberId.of("arboga")).path()).isEqualTo("/followUps/0/projects/0/municipalities/0");
        found.clear();
        Member koping = new Member(MemberId.of("koping"), MemberKind.MUNICIPALITY, "Köping", Optional.of("1983"));
        Member alias = new Member(MemberId.of("koping-kommun"), MemberKind.MUNICIPALITY, "Köping", Optional.of("1983"));
        NationalFollowUp.checkMunicipality("/followUps/0/projects/0/municipalities/1", koping, seen, codes, found);
        NationalFollowUp.checkMunicipality("/followUps/3/projects/0/municipalities/0", alias, seen, codes, found);
        NationalFollowUp.checkMunicipality("/followUps/3/projects/1/municipalities/0", alias, seen, codes, found);
        assertThat(found).extracting(Violation::toString).containsExactly("/followUps/3/projects/0/municipalities/0/code"
                + " municipality.differs: Code '1983' is municipality 'koping' at /followUps/0/projects/0/municipalities/1,"
                + " here 'koping-kommun'; one municipality has one id throughout a national follow-up, or it is counted twice");
    }
}
