package se.finsam.examples;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import se.finsam.association.AssociationId;
import se.finsam.association.CoordinationAssociation;
import se.finsam.population.AgeBand;
import se.finsam.contribution.Charter;
import se.finsam.contribution.Contribution;
import se.finsam.contribution.ContributionKey;
import se.finsam.contribution.ContributionSplit;
import se.finsam.contribution.Financing;
import se.finsam.contribution.Settlement;
import se.finsam.member.Member;
import se.finsam.member.MemberId;
import se.finsam.member.MemberKind;
import se.finsam.money.AmountFormat;
import se.finsam.money.RoundingUnit;

/**
 * RAR Sörmland's 2007 contributions through the Java API (RAR Sörmland's 2007 plan; docs/domain.md, The
 * statutory split), and the settlement against a final key based on population, as the plan foresees.
 */
public final class RarSormland2007 {

    private RarSormland2007() {
    }

    /**
     * Prints the 2007 contributions, how Eskilstuna's came about, and a settlement.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        CurrencyUnit sek = Monetary.getCurrency("SEK");
        String[][] municipalities = {
            {"eskilstuna", "Eskilstuna", "0484", "34.9"}, {"flen", "Flen", "0482", "6.3"},
            {"gnesta", "Gnesta", "0461", "3.8"}, {"katrineholm", "Katrineholm", "0483", "12.4"},
            {"nykoping", "Nyköping", "0480", "19.0"}, {"oxelosund", "Oxelösund", "0481", "4.3"},
            {"strangnas", "Strängnäs", "0486", "11.7"}, {"trosa", "Trosa", "0488", "4.1"},
            {"vingaker", "Vingåker", "0428", "3.5"}};

        List<Member> members = new java.util.ArrayList<>(List.of(
                Member.of(MemberId.of("fk"), MemberKind.SOCIAL_INSURANCE_AGENCY, "Försäkringskassan"),
                Member.of(MemberId.of("af"), MemberKind.PUBLIC_EMPLOYMENT_SERVICE, "Arbetsförmedlingen"),
                Member.of(MemberId.of("landstinget"), MemberKind.REGION, "Landstinget Sörmland", "04")));
        Map<MemberId, BigDecimal> percentages = new LinkedHashMap<>();
        for (String[] m : municipalities) {
            members.add(Member.of(MemberId.of(m[0]), MemberKind.MUNICIPALITY, m[1], m[2]));
            percentages.put(MemberId.of(m[0]), new BigDecimal(m[3]));
        }
        CoordinationAssociation rar = CoordinationAssociation.of(AssociationId.of("rar-sormland"),
                "Samordningsförbundet RAR i Sörmland", sek,
                Charter.of(members, ContributionKey.ofPercentages(percentages), null));

        Financing financing = Financing.ofTotal(Money.of(15_000_000, sek));
        ContributionSplit preliminary = rar.contributions(financing, RoundingUnit.KRONA);
        for (Contribution c : preliminary.contributions()) {
            System.out.printf("%-12s %15s%n", c.member(), AmountFormat.amount(c.amount(), RoundingUnit.KRONA));
        }
        System.out.println();
        System.out.println(preliminary.explain(MemberId.of("eskilstuna")));

        // The final split uses inhabitants aged 16-64 on 1 November (illustrative head counts).
        long[] population = {59_100, 10_300, 6_300, 20_400, 31_900, 7_200, 19_900, 6_900, 5_700};
        Map<MemberId, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < municipalities.length; i++) {
            counts.put(MemberId.of(municipalities[i][0]), population[i]);
        }
        ContributionKey finalKey = ContributionKey.ofPopulation(counts, LocalDate.of(2006, 11, 1), AgeBand.parse("16-64"));
        ContributionSplit finalSplit = rar.withMunicipalKey(finalKey).contributions(financing, RoundingUnit.KRONA);
        System.out.println();
        System.out.println("Settlement against the final key (positive: pays more; negative: gets back):");
        for (Settlement.Entry e : Settlement.between(preliminary, finalSplit).entries()) {
            if (e.kind() == MemberKind.MUNICIPALITY) {
                System.out.printf("%-12s %15s%n", e.member(), AmountFormat.amount(e.difference(), RoundingUnit.KRONA));
            }
        }
    }
}
