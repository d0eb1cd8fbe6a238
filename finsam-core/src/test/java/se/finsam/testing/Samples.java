package se.finsam.testing;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import se.finsam.association.AssociationId;
import se.finsam.association.CoordinationAssociation;
import se.finsam.contribution.Charter;
import se.finsam.contribution.ContributionKey;
import se.finsam.member.Member;
import se.finsam.member.MemberId;
import se.finsam.member.MemberKind;

/**
 * Sample associations as code. The first is RAR Sörmland's 2007 plan (seed 004, FINSAM.md §3).
 */
public final class Samples {

    /** Swedish kronor. */
    public static final CurrencyUnit SEK = Monetary.getCurrency("SEK");

    /** The nine municipalities of RAR Sörmland with their codes and 2007 percentages. */
    public static final List<String[]> RAR_MUNICIPALITIES = List.of(
            new String[] {"eskilstuna", "Eskilstuna", "0484", "34.9"},
            new String[] {"flen", "Flen", "0482", "6.3"},
            new String[] {"gnesta", "Gnesta", "0461", "3.8"},
            new String[] {"katrineholm", "Katrineholm", "0483", "12.4"},
            new String[] {"nykoping", "Nyköping", "0480", "19.0"},
            new String[] {"oxelosund", "Oxelösund", "0481", "4.3"},
            new String[] {"strangnas", "Strängnäs", "0486", "11.7"},
            new String[] {"trosa", "Trosa", "0488", "4.1"},
            new String[] {"vingaker", "Vingåker", "0428", "3.5"});

    private Samples() {
    }

    /**
     * Returns an amount in kronor.
     *
     * @param amount the amount as text
     * @return the amount in SEK
     */
    public static MonetaryAmount sek(String amount) {
        return Money.of(new BigDecimal(amount), SEK);
    }

    /**
     * Returns a member id.
     *
     * @param id the text
     * @return the id
     */
    public static MemberId id(String id) {
        return MemberId.of(id);
    }

    /**
     * Returns the members of RAR Sörmland in document order: FK, AF, the county council, the nine
     * municipalities.
     *
     * @return the members
     */
    public static List<Member> rarMembers() {
        List<Member> members = new java.util.ArrayList<>();
        members.add(Member.of(id("fk"), MemberKind.SOCIAL_INSURANCE_AGENCY, "Försäkringskassan"));
        members.add(Member.of(id("af"), MemberKind.PUBLIC_EMPLOYMENT_SERVICE, "Arbetsförmedlingen"));
        members.add(Member.of(id("landstinget"), MemberKind.REGION, "Landstinget Sörmland", "04"));
        for (String[] m : RAR_MUNICIPALITIES) {
            members.add(Member.of(id(m[0]), MemberKind.MUNICIPALITY, m[1], m[2]));
        }
        return members;
    }

    /**
     * Returns RAR Sörmland's 2007 municipal key: the published percentages.
     *
     * @return the key
     */
    public static ContributionKey rarMunicipalKey() {
        Map<MemberId, BigDecimal> values = new LinkedHashMap<>();
        for (String[] m : RAR_MUNICIPALITIES) {
            values.put(id(m[0]), new BigDecimal(m[3]));
        }
        return ContributionKey.ofPercentages(values);
    }

    /**
     * Returns RAR Sörmland as of its 2007 plan.
     *
     * @return the association
     */
    public static CoordinationAssociation rarSormland() {
        return CoordinationAssociation.of(AssociationId.of("rar-sormland"), "Samordningsförbundet RAR i Sörmland", SEK,
                Charter.of(rarMembers(), rarMunicipalKey(), null));
    }
}
