package se.finsam.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.finsam.contribution.ContributionKeyTest.decimals;
import static se.finsam.testing.Samples.id;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.finsam.member.Member;
import se.finsam.member.MemberId;
import se.finsam.member.MemberKind;
import se.finsam.member.Party;
import se.finsam.testing.Raises;
import se.finsam.testing.Samples;
import se.finsam.testing.Violations;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.ValidationResult;
import se.finsam.validation.ViolationCodes;

class CharterTest {

    private static final Member FK = Member.of(id("fk"), MemberKind.SOCIAL_INSURANCE_AGENCY, "Försäkringskassan");
    private static final Member AF = Member.of(id("af"), MemberKind.PUBLIC_EMPLOYMENT_SERVICE, "Arbetsförmedlingen");
    private static final Member SORMLAND = Member.of(id("sormland"), MemberKind.REGION, "Region Sörmland", "04");
    private static final Member VASTMANLAND = Member.of(id("vastmanland"), MemberKind.REGION, "Region Västmanland", "19");
    private static final Member ESKILSTUNA = Member.of(id("eskilstuna"), MemberKind.MUNICIPALITY, "Eskilstuna", "0484");
    private static final Member FLEN = Member.of(id("flen"), MemberKind.MUNICIPALITY, "Flen", "0482");

    /** RAR Sörmland's members, with more members appended. */
    private static List<Member> rarWith(Member... more) {
        List<Member> members = new ArrayList<>(Samples.rarMembers());
        members.addAll(List.of(more));
        return members;
    }

    /** Weight 1 for each of RAR's municipalities, and for the extra ids given. */
    private static ContributionKey rarWeightsWith(String... extraIds) {
        Map<MemberId, BigDecimal> weights = new LinkedHashMap<>();
        for (String[] m : Samples.RAR_MUNICIPALITIES) {
            weights.put(id(m[0]), BigDecimal.ONE);
        }
        for (String extra : extraIds) {
            weights.put(id(extra), BigDecimal.ONE);
        }
        return ContributionKey.ofWeights(weights);
    }

    @Test
    void keyOf_eachParty_isTheKeyThatSplitsItsShare() {
        Charter rar = Samples.rarSormland().charter();

        assertThat(rar.keyOf(Party.MUNICIPALITIES)).containsSame(rar.municipalKey());
        assertThat(rar.keyOf(Party.REGIONS)).as("one region, no regional key").isEmpty();
        assertThat(rar.keyOf(Party.STATE)).isEmpty();
    }

    @Test
    void charter_ofRar2007_isValid_andKeepsMemberOrder() {
        Charter charter = Samples.rarSormland().charter();

        assertThat(charter.members()).extracting(m -> m.id().value()).startsWith("fk", "af", "landstinget", "eskilstuna")
                .hasSize(12);
        assertThat(charter.membersOf(Party.REGIONS)).extracting(m -> m.id().value()).containsExactly("landstinget");
        assertThat(charter.membersOf(Party.MUNICIPALITIES)).hasSize(9);
        assertThat(charter.member(id("flen"))).map(Member::name).contains("Flen");
        assertThat(charter.member(id("flen2"))).isEmpty();
        assertThat(charter.regionalKey()).isEmpty();
        assertThat(Charter.check(charter.members(), charter.municipalKey(), Optional.empty()).isValid()).isTrue();
    }

    @Test
    void members_areCopied_andCannotBeChanged() {
        List<Member> members = new ArrayList<>(List.of(FK, AF, SORMLAND, ESKILSTUNA));
        Charter charter = Charter.of(members, ContributionKey.equal(), null);
        members.add(FLEN);

        assertThat(charter.members()).hasSize(4);
        assertThatThrownBy(() -> charter.members().add(FLEN)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void withMunicipalKey_replacesTheKey_andChecksItAgainstTheMembers() {
        Charter rar = Samples.rarSormland().charter();
        Charter equal = rar.withMunicipalKey(ContributionKey.equal());

        assertThat(equal.municipalKey()).isEqualTo(ContributionKey.equal());
        assertThat(equal.members()).isEqualTo(rar.members());
        Violations.assertSingle(() -> rar.withMunicipalKey(rarWeightsWith("flen2")), ViolationCodes.KEY_UNKNOWN_MEMBER,
                "/municipalKey/values/flen2", "Unknown member 'flen2' in municipal key");
    }

    @Test
    void withRegionalKey_splitsSeveralRegions() {
        Charter one = Charter.of(List.of(FK, AF, SORMLAND, VASTMANLAND, ESKILSTUNA), ContributionKey.equal(),
                ContributionKey.equal());
        Charter weighted = one.withRegionalKey(ContributionKey.ofWeights(decimals("sormland", "3", "vastmanland", "1")));

        assertThat(weighted.regionalKey()).map(ContributionKey::basis).contains(KeyBasis.WEIGHTS);
    }

    // --- bad input (the Finsam law, 3 §; docs/domain.md, Who takes part) ---------------------------

    @Test
    @Raises(ViolationCodes.SOCIAL_INSURANCE_AGENCY_MISSING)
    void charter_withoutForsakringskassan_isRejected() {
        Violations.assertSingle(() -> Charter.of(List.of(AF, SORMLAND, ESKILSTUNA), ContributionKey.equal(), null),
                ViolationCodes.SOCIAL_INSURANCE_AGENCY_MISSING, "/members", "Försäkringskassan (SOCIAL_INSURANCE_AGENCY)");
    }

    @Test
    @Raises(ViolationCodes.SOCIAL_INSURANCE_AGENCY_DUPLICATE)
    void charter_withTwoForsakringskassan_isRejectedAtTheSecond() {
        Member fk2 = Member.of(id("fk2"), MemberKind.SOCIAL_INSURANCE_AGENCY, "Försäkringskassan igen");

        Violations.assertSingle(() -> Charter.of(List.of(FK, AF, SORMLAND, fk2, ESKILSTUNA), ContributionKey.equal(), null),
                ViolationCodes.SOCIAL_INSURANCE_AGENCY_DUPLICATE, "/members/3/kind", "'fk2' is a second");
    }

    @Test
    @Raises(ViolationCodes.PUBLIC_EMPLOYMENT_SERVICE_MISSING)
    void charter_withoutArbetsformedlingen_isRejected() {
        Violations.assertSingle(() -> Charter.of(List.of(FK, SORMLAND, ESKILSTUNA), ContributionKey.equal(), null),
                ViolationCodes.PUBLIC_EMPLOYMENT_SERVICE_MISSING, "/members", "Arbetsförmedlingen (PUBLIC_EMPLOYMENT_SERVICE)");
    }

    @Test
    @Raises(ViolationCodes.PUBLIC_EMPLOYMENT_SERVICE_DUPLICATE)
    void charter_withTwoArbetsformedlingen_isRejectedAtTheSecond() {
        Member lan = Member.of(id("lan"), MemberKind.PUBLIC_EMPLOYMENT_SERVICE, "Länsarbetsnämnden");

        Violations.assertSingle(() -> Charter.of(List.of(FK, AF, SORMLAND, ESKILSTUNA, lan), ContributionKey.equal(), null),
                ViolationCodes.PUBLIC_EMPLOYMENT_SERVICE_DUPLICATE, "/members/4/kind", "'lan' is a second");
    }

    @Test
    @Raises(ViolationCodes.REGION_MISSING)
    void charter_withoutARegion_isRejected() {
        Violations.assertSingle(() -> Charter.of(List.of(FK, AF, ESKILSTUNA), ContributionKey.equal(), null),
                ViolationCodes.REGION_MISSING, "/members", "a region (REGION)");
    }

    @Test
    @Raises(ViolationCodes.MUNICIPALITY_MISSING)
    void charter_withoutAMunicipality_isRejected() {
        Violations.assertSingle(() -> Charter.of(List.of(FK, AF, SORMLAND), ContributionKey.equal(), null),
                ViolationCodes.MUNICIPALITY_MISSING, "/members", "a municipality (MUNICIPALITY)");
    }

    @Test
    @Raises(ViolationCodes.REGIONAL_KEY_MISSING)
    void charter_withTwoRegionsButNoRegionalKey_isRejected() {
        Violations.assertSingle(() -> Charter.of(List.of(FK, AF, SORMLAND, VASTMANLAND, ESKILSTUNA), ContributionKey.equal(),
                null), ViolationCodes.REGIONAL_KEY_MISSING, "/regionalKey", "2 regions");
    }

    @Test
    @Raises(ViolationCodes.DUPLICATE_MEMBER_ID)
    void charter_withTwoMembersOfOneId_isRejectedAtTheSecond() {
        Member flenAgain = Member.of(id("flen"), MemberKind.MUNICIPALITY, "Flen igen", "0499");

        Violations.assertSingle(() -> Charter.of(rarWith(flenAgain), ContributionKey.equal(), null),
                ViolationCodes.DUPLICATE_MEMBER_ID, "/members/12/id", "'flen'", "members 4 and 12");
    }

    @Test
    @Raises(ViolationCodes.DUPLICATE_MEMBER_CODE)
    void charter_withTwoMembersOfOneCode_isRejectedAtTheSecond() {
        Member flen2 = Member.of(id("flen2"), MemberKind.MUNICIPALITY, "Flen 2", "0482");

        Violations.assertSingle(() -> Charter.of(rarWith(flen2), ContributionKey.equal(), null),
                ViolationCodes.DUPLICATE_MEMBER_CODE, "/members/12/code", "'0482'", "'flen'", "'flen2'");
    }

    @Test
    @Raises(ViolationCodes.TOO_MANY_MEMBERS)
    void charter_withMoreThan400Members_isRejected() {
        List<Member> members = new ArrayList<>(List.of(FK, AF, SORMLAND));
        for (int i = 0; i < 398; i++) {
            members.add(Member.of(id("kommun-" + i), MemberKind.MUNICIPALITY, "Kommun " + i));
        }
        Violations.assertSingle(() -> Charter.of(members, ContributionKey.equal(), null),
                ViolationCodes.TOO_MANY_MEMBERS, "/members", "at most 400 members, got 401");
        members.remove(members.size() - 1);
        assertThat(Charter.of(members, ContributionKey.equal(), null).members()).as("400 members").hasSize(400);
    }

    // --- bad input (docs/domain.md, The keys): keys against members -------------------------------

    @Test
    @Raises(ViolationCodes.KEY_UNKNOWN_MEMBER)
    void key_namingAnUnknownMember_isRejectedAtThatMember() {
        Violations.assertSingle(() -> Charter.of(Samples.rarMembers(), rarWeightsWith("flen2"), null),
                ViolationCodes.KEY_UNKNOWN_MEMBER, "/municipalKey/values/flen2", "Unknown member 'flen2' in municipal key");
        Violations.assertSingle(() -> Charter.of(List.of(FK, AF, SORMLAND, VASTMANLAND, ESKILSTUNA), ContributionKey.equal(),
                ContributionKey.ofWeights(decimals("sormland", "1", "vastmanland", "1", "uppsala", "1"))),
                ViolationCodes.KEY_UNKNOWN_MEMBER, "/regionalKey/values/uppsala", "Unknown member 'uppsala' in regional key");
    }

    @Test
    @Raises(ViolationCodes.KEY_MEMBER_NOT_IN_PARTY)
    void key_namingAMemberOfTheOtherParty_isRejectedAtThatMember() {
        Violations.assertSingle(() -> Charter.of(Samples.rarMembers(), rarWeightsWith("landstinget"), null),
                ViolationCodes.KEY_MEMBER_NOT_IN_PARTY, "/municipalKey/values/landstinget", "'landstinget'", "REGION",
                "not MUNICIPALITY");
        Violations.assertSingle(() -> Charter.of(List.of(FK, AF, SORMLAND, VASTMANLAND, ESKILSTUNA), ContributionKey.equal(),
                ContributionKey.ofWeights(decimals("sormland", "1", "vastmanland", "1", "eskilstuna", "1"))),
                ViolationCodes.KEY_MEMBER_NOT_IN_PARTY, "/regionalKey/values/eskilstuna", "'eskilstuna'", "MUNICIPALITY",
                "not REGION");
        Violations.assertSingle(() -> Charter.of(Samples.rarMembers(), rarWeightsWith("fk"), null),
                ViolationCodes.KEY_MEMBER_NOT_IN_PARTY, "/municipalKey/values/fk", "'fk'", "SOCIAL_INSURANCE_AGENCY");
    }

    @Test
    @Raises(ViolationCodes.KEY_MEMBER_MISSING)
    void key_missingAMemberOfItsParty_isRejectedNamingIt() {
        Map<MemberId, BigDecimal> withoutVingaker = new LinkedHashMap<>(((ContributionKey.Weights) rarWeightsWith())
                .values());
        withoutVingaker.remove(id("vingaker"));

        Violations.assertSingle(() -> Charter.of(Samples.rarMembers(), ContributionKey.ofWeights(withoutVingaker), null),
                ViolationCodes.KEY_MEMBER_MISSING, "/municipalKey/values", "Municipal key has no value for member 'vingaker'");
        Violations.assertSingle(() -> Charter.of(List.of(FK, AF, SORMLAND, VASTMANLAND, ESKILSTUNA), ContributionKey.equal(),
                ContributionKey.ofWeights(decimals("sormland", "1"))),
                ViolationCodes.KEY_MEMBER_MISSING, "/regionalKey/values", "Regional key has no value for member 'vastmanland'");
    }

    @Test
    void charter_withNoForsakringskassanAndAnUnknownKeyMember_reportsBoth() {
        List<Member> withoutFk = new ArrayList<>(Samples.rarMembers());
        withoutFk.remove(0);

        FinsamValidationException e = Violations.thrownBy(() -> Charter.of(withoutFk, rarWeightsWith("flen2"), null));

        assertThat(e.violations()).hasSize(2);
        Violations.assertHas(e, ViolationCodes.SOCIAL_INSURANCE_AGENCY_MISSING, "/members", "Försäkringskassan");
        Violations.assertHas(e, ViolationCodes.KEY_UNKNOWN_MEMBER, "/municipalKey/values/flen2", "'flen2'");
        assertThat(e.getMessage()).startsWith("Invalid charter (2 violations)");
    }

    @Test
    void check_reportsWithoutThrowing() {
        ValidationResult result = Charter.check(List.of(FK, FK, AF), ContributionKey.equal(), Optional.empty());

        assertThat(result.isValid()).isFalse();
        assertThat(result.violations()).extracting(v -> v.path() + " " + v.code()).containsExactly(
                "/members/1/id association.duplicate-member-id",
                "/members/1/kind association.social-insurance-agency-duplicate",
                "/members association.region-missing",
                "/members association.municipality-missing");
    }

    @Test
    void checkPartial_withAMemberOfUnknownKind_stillChecksTheKeys() {
        // Köping's kind could not be read (KOMMUN): the key's unknown member and the member it lacks are still named.
        List<Charter.PartialMember> members = List.of(Charter.PartialMember.of(FK), Charter.PartialMember.of(AF),
                Charter.PartialMember.of(SORMLAND), new Charter.PartialMember(id("koping"), null, Optional.empty()),
                Charter.PartialMember.of(ESKILSTUNA), Charter.PartialMember.of(FLEN));
        ValidationResult result = Charter.checkPartial(members,
                Optional.of(new Charter.PartialKey(List.of(id("koping"), id("flen2"), id("eskilstuna")), true)), Optional.empty());

        assertThat(result.violations()).extracting(v -> v.path() + " " + v.code()).containsExactlyInAnyOrder(
                "/municipalKey/values/flen2 key.unknown-member", "/municipalKey/values key.member-missing");
        assertThat(result.violations().get(1).message()).contains("'flen'");
    }

    @Test
    void checkPartial_withAMemberOfUnknownKind_reportsNoKindMissing_butAnIncompleteKeyReportsNoMemberMissing() {
        List<Charter.PartialMember> members = List.of(Charter.PartialMember.of(FK), Charter.PartialMember.of(SORMLAND),
                new Charter.PartialMember(id("x"), null, Optional.empty()), Charter.PartialMember.of(ESKILSTUNA),
                Charter.PartialMember.of(FLEN));
        ValidationResult result = Charter.checkPartial(members,
                Optional.of(new Charter.PartialKey(List.of(id("eskilstuna")), false)), Optional.empty());

        assertThat(result.isValid()).as("%s", result.violations()).isTrue();
        ValidationResult known = Charter.checkPartial(List.of(Charter.PartialMember.of(FK), Charter.PartialMember.of(SORMLAND),
                Charter.PartialMember.of(ESKILSTUNA)), Optional.of(new Charter.PartialKey(List.of(id("eskilstuna")), true)),
                Optional.empty());
        assertThat(known.violations()).extracting(v -> v.code()).containsExactly(
                ViolationCodes.PUBLIC_EMPLOYMENT_SERVICE_MISSING);
    }

    @Test
    void of_refusesNullMembers_namingTheParameter() {
        assertThatThrownBy(() -> Charter.of(null, ContributionKey.equal(), null)).isInstanceOf(NullPointerException.class)
                .hasMessage("members");
    }
}
