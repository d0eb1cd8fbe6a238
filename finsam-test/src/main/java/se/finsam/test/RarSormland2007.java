package se.finsam.test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;
import se.finsam.association.AssociationId;
import se.finsam.association.CoordinationAssociation;
import se.finsam.budget.AnnualPlan;
import se.finsam.budget.CostCategory;
import se.finsam.budget.CostLine;
import se.finsam.contribution.Charter;
import se.finsam.contribution.ContributionKey;
import se.finsam.contribution.Financing;
import se.finsam.member.Member;
import se.finsam.member.MemberId;
import se.finsam.member.MemberKind;
import se.finsam.money.Amounts;
import se.finsam.money.RoundingUnit;
import se.finsam.project.Project;
import se.finsam.project.ProjectId;
import se.finsam.project.ProjectStatus;

/**
 * Golden data: RAR Sörmland's 2007 plan (Samordningsförbundet RAR i Sörmland's plan and budget for 2007), as ready
 * finsam values and the contributions the plan published, to test a user's own code against real figures.
 *
 * <p>The plan's total is 15 000 000 kr: Försäkringskassan pays half, 7 500 000 kr; Landstinget Sörmland a quarter,
 * 3 750 000 kr; the nine municipalities a quarter, 3 750 000 kr, split by the published percentages (Eskilstuna
 * 34.9, Flen 6.3, Gnesta 3.8, Katrineholm 12.4, Nyköping 19.0, Oxelösund 4.3, Strängnäs 11.7, Trosa 4.1, Vingåker
 * 3.5); Arbetsförmedlingen pays nothing. Contributions are in whole kronor, project schedules in thousands.
 *
 * <pre>{@code
 * AnnualPlan plan = RarSormland2007.plan();
 * Map<String, MonetaryAmount> published = RarSormland2007.publishedContributions();
 * for (Member m : plan.association().members()) {
 *     assertThat(plan.contributions().amountOf(m.id()))
 *             .isEqualTo(published.getOrDefault(m.name(), Money.of(0, "SEK")));
 * }
 * }</pre>
 *
 * <p>The values are built anew on each call; they are immutable.
 */
public final class RarSormland2007 {

    /** The plan's total: 15 000 000 kr. */
    public static final BigDecimal TOTAL = new BigDecimal("15000000");

    /** The association's id. */
    public static final AssociationId ID = AssociationId.of("rar-sormland");

    /** The budget year. */
    public static final int YEAR = 2007;

    private static final CurrencyUnit SEK = Monetary.getCurrency("SEK");

    /** Id, name, municipality code, percentage of the municipal quarter, published contribution in kronor. */
    private static final List<String[]> MUNICIPALITIES = List.of(
            new String[] {"eskilstuna", "Eskilstuna", "0484", "34.9", "1308750"},
            new String[] {"flen", "Flen", "0482", "6.3", "236250"},
            new String[] {"gnesta", "Gnesta", "0461", "3.8", "142500"},
            new String[] {"katrineholm", "Katrineholm", "0483", "12.4", "465000"},
            new String[] {"nykoping", "Nyköping", "0480", "19.0", "712500"},
            new String[] {"oxelosund", "Oxelösund", "0481", "4.3", "161250"},
            new String[] {"strangnas", "Strängnäs", "0486", "11.7", "438750"},
            new String[] {"trosa", "Trosa", "0488", "4.1", "153750"},
            new String[] {"vingaker", "Vingåker", "0428", "3.5", "131250"});

    private RarSormland2007() {
    }

    /**
     * Returns the members in the plan's order: Försäkringskassan ({@code fk}), Arbetsförmedlingen ({@code af}),
     * Landstinget Sörmland ({@code landstinget}, county code 04) and the nine municipalities with their codes.
     *
     * <pre>{@code RarSormland2007.members().get(3).name();   // "Eskilstuna"}</pre>
     *
     * @return the members, an unmodifiable list
     */
    public static List<Member> members() {
        List<Member> members = new ArrayList<>();
        members.add(Member.of(MemberId.of("fk"), MemberKind.SOCIAL_INSURANCE_AGENCY, "Försäkringskassan"));
        members.add(Member.of(MemberId.of("af"), MemberKind.PUBLIC_EMPLOYMENT_SERVICE, "Arbetsförmedlingen"));
        members.add(Member.of(MemberId.of("landstinget"), MemberKind.REGION, "Landstinget Sörmland", "04"));
        for (String[] m : MUNICIPALITIES) {
            members.add(Member.of(MemberId.of(m[0]), MemberKind.MUNICIPALITY, m[1], m[2]));
        }
        return List.copyOf(members);
    }

    /**
     * Returns the municipal key: the published percentages, summing to 100.
     *
     * <pre>{@code RarSormland2007.municipalKey().basis();   // PERCENTAGES}</pre>
     *
     * @return the key
     */
    public static ContributionKey municipalKey() {
        Map<MemberId, BigDecimal> values = new LinkedHashMap<>();
        for (String[] m : MUNICIPALITIES) {
            values.put(MemberId.of(m[0]), new BigDecimal(m[3]));
        }
        return ContributionKey.ofPercentages(values);
    }

    /**
     * Returns the association as of its 2007 plan: its members and the municipal key (one region, so no regional
     * key).
     *
     * <pre>{@code StatutorySplit.compute(RarSormland2007.association().charter(), financing, RoundingUnit.KRONA)}</pre>
     *
     * @return the association
     */
    public static CoordinationAssociation association() {
        return CoordinationAssociation.of(ID, "Samordningsförbundet RAR i Sörmland", SEK, Charter.of(members(), municipalKey(), null));
    }

    /**
     * Returns the whole 2007 plan: total 15 000 000 kr, contributions at 1 kr, its ten projects at 1 000 kr, and
     * its cost lines (board 310 000, staff 1 804 000, premises 160 000, audit 60 000, depreciation 73 000 kr).
     *
     * <pre>{@code RarSormland2007.plan().contributions();   // equals the published contributions}</pre>
     *
     * @return the plan
     */
    public static AnnualPlan plan() {
        return AnnualPlan.builder(association(), YEAR, Financing.ofTotal(sek(TOTAL.toPlainString())))
                .projectRoundingUnit(RoundingUnit.THOUSAND)
                .projects(projects())
                .costs(List.of(CostLine.of(CostCategory.BOARD, sek("310000")), CostLine.of(CostCategory.STAFF, sek("1804000")),
                        CostLine.of(CostCategory.PREMISES, sek("160000")), CostLine.of(CostCategory.AUDIT, sek("60000")),
                        CostLine.of(CostCategory.DEPRECIATION, sek("73000"))))
                .build();
    }

    /**
     * Returns the ten projects of the plan, in its order, amounts in kronor.
     *
     * <pre>{@code RarSormland2007.projects().get(0).name();   // "Ungdomstorget Nyköping"}</pre>
     *
     * @return the projects, an unmodifiable list
     */
    public static List<Project> projects() {
        return List.of(
                project("ungdomstorget", "Ungdomstorget Nyköping", "2006-08-15", "2008-08-14", "2279000").build(),
                project("rehab-flen-vc", "Rehab-koordinator Flens VC", "2006-02-01", "2008-01-31", "484000").build(),
                project("rehab-ekensberg-vc", "Rehab-koordinator Ekensbergs VC Nyköping", "2006-05-15", "2008-05-14", "484000")
                        .build(),
                project("kungsgatan", "Kungsgatans Läkarmottagning Eskilstuna", "2006-09-01", null, "307000")
                        .status(ProjectStatus.DELAYED).costByYear(Map.of(YEAR, sek("307000"))).build(),
                project("trosam", "TROSAM Trosa", "2006-06-01", "2008-05-31", "1735000").build(),
                project("kv-projektet", "KV-projektet Katrineholm och Vingåker", "2006-08-01", "2008-07-31", "1887000").build(),
                project("villa-bergsund", "Villa Bergsund Oxelösund", "2006-08-15", "2008-08-14", "2077000").build(),
                project("kompetens-gnesta", "Kompetensutveckling Gnesta", "2006-09-01", "2006-09-30", "100000").build(),
                project("processtod-eskilstuna-lsg", "Processtöd Eskilstuna LSG", "2007-01-01", "2008-12-31", "1077000")
                        .status(ProjectStatus.PRELIMINARY).build(),
                project("flen-soc-af", "Flen Soc-Af", "2007-01-01", "2007-09-30", "398000")
                        .status(ProjectStatus.PRELIMINARY).build());
    }

    /**
     * Returns the contributions the plan published, by member name in the plan's order: Försäkringskassan
     * 7 500 000, Landstinget Sörmland 3 750 000, then the municipalities (Eskilstuna 1 308 750, Flen 236 250, Gnesta
     * 142 500, Katrineholm 465 000, Nyköping 712 500, Oxelösund 161 250, Strängnäs 438 750, Trosa 153 750, Vingåker
     * 131 250). Arbetsförmedlingen, which pays nothing, is not listed.
     *
     * <pre>{@code RarSormland2007.publishedContributions().get("Eskilstuna");   // SEK 1308750}</pre>
     *
     * @return the contributions in kronor, an unmodifiable map in the plan's order
     */
    public static Map<String, MonetaryAmount> publishedContributions() {
        Map<String, MonetaryAmount> published = new LinkedHashMap<>();
        published.put("Försäkringskassan", sek("7500000"));
        published.put("Landstinget Sörmland", sek("3750000"));
        for (String[] m : MUNICIPALITIES) {
            published.put(m[1], sek(m[4]));
        }
        return Collections.unmodifiableMap(published);
    }

    private static Project.Builder project(String id, String name, String start, @Nullable String end, String totalCost) {
        return Project.builder(ProjectId.of(id), name)
                .period(LocalDate.parse(start), end == null ? null : LocalDate.parse(end))
                .totalCost(sek(totalCost));
    }

    private static MonetaryAmount sek(String amount) {
        return Amounts.exact(new BigDecimal(amount), SEK);
    }
}
