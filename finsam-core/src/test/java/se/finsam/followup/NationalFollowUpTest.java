package se.finsam.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.finsam.testing.Samples.id;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.groups.Tuple;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import se.finsam.association.AssociationId;
import se.finsam.member.Member;
import se.finsam.member.MemberId;
import se.finsam.member.MemberKind;
import se.finsam.testing.Raises;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

/** The rules of a national follow-up's counties, associations and municipalities, each code provoked. */
class NationalFollowUpTest {

    @Test
    @Raises(ViolationCodes.COUNTY_CODE_INVALID)
    void countyCode_notTwoDigitsFrom01To25_isRejected() {
        assertThat(new County("04", "Södermanlands län").code()).isEqualTo("04");
        for (String code : List.of("4", "00", "26", "0x", "٠٤")) {
            List<Violation> found = new ArrayList<>();
            County.checkCode("/counties/0/code", code, found);
            assertThat(found).as(code).extracting(Violation::code).containsExactly(ViolationCodes.COUNTY_CODE_INVALID);
            assertThat(found.get(0).path()).isEqualTo("/counties/0/code");
            assertThat(found.get(0).message()).contains("'" + code + "'");
        }
        assertThatThrownBy(() -> new County("4", "Södermanlands län")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("County code '4'");
    }

    @Test
    @Raises(ViolationCodes.COUNTY_DUPLICATE)
    void aCountyListedTwice_isRejected_theLaterOne() {
        List<Violation> found = new ArrayList<>();

        NationalFollowUp.checkCounties(List.of("04", "19", "04"), found);

        assertThat(found).extracting(Violation::code, Violation::path).containsExactly(
                Tuple.tuple(ViolationCodes.COUNTY_DUPLICATE, "/counties/2/code"));
        assertThat(found.get(0).message()).isEqualTo("County '04' is listed as counties 0 and 2");
    }

    @Test
    @Raises(ViolationCodes.COUNTY_UNKNOWN)
    void anAssociationInACountyNotListed_isRejected() {
        List<Violation> found = new ArrayList<>();
        List<@Nullable AssociationId> ids = List.of(AssociationId.of("rar-sormland"), AssociationId.of("katrineholm"));

        NationalFollowUp.checkAssociations(ids, List.of("04", "09"), Set.of("04"), found);

        assertThat(found).extracting(Violation::code, Violation::path).containsExactly(
                Tuple.tuple(ViolationCodes.COUNTY_UNKNOWN, "/followUps/1/county"));
        assertThat(found.get(0).message()).contains("'09'");
    }

    @Test
    @Raises(ViolationCodes.MUNICIPALITY_NAME_DIFFERS)
    void aMunicipalityNamedTwoWays_isRejected_whereItIsNamedAgain() {
        Map<MemberId, NationalFollowUp.Named> seen = new HashMap<>();
        List<Violation> found = new ArrayList<>();
        Member flen = Member.of(id("flen"), MemberKind.MUNICIPALITY, "Flen", "0482");

        NationalFollowUp.checkMunicipality("/followUps/0/projects/0/municipalities/0", flen, seen, found);
        NationalFollowUp.checkMunicipality("/followUps/1/projects/0/municipalities/2", flen, seen, found);
        NationalFollowUp.checkMunicipality("/followUps/1/projects/1/municipalities/0",
                Member.of(id("flen"), MemberKind.MUNICIPALITY, "Flens kommun", "0482"), seen, found);

        assertThat(found).extracting(Violation::code, Violation::path).containsExactly(
                Tuple.tuple(ViolationCodes.MUNICIPALITY_NAME_DIFFERS, "/followUps/1/projects/1/municipalities/0/name"));
        assertThat(found.get(0).message()).contains("'Flens kommun'", "'Flen'", "/followUps/0/projects/0/municipalities/0");
    }
}
