package se.finsam.testing;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import java.time.LocalDate;
import se.finsam.association.AssociationId;
import se.finsam.budget.AnnualPlan;
import se.finsam.budget.CostCategory;
import se.finsam.budget.CostLine;
import se.finsam.budget.Forecast;
import se.finsam.budget.Outcome;
import se.finsam.budget.PlanYear;
import se.finsam.contribution.Financing;
import se.finsam.money.RoundingUnit;
import se.finsam.project.Project;
import se.finsam.project.ProjectId;
import se.finsam.project.ProjectStatus;
import se.finsam.association.CoordinationAssociation;
import se.finsam.contribution.Charter;
import se.finsam.contribution.ContributionKey;
import se.finsam.member.Member;
import se.finsam.member.MemberId;
import se.finsam.member.MemberKind;

/**
 * Sample associations as code. The first is RAR Sörmland's 2007 plan (docs/domain.md, Golden figures).
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
     * Returns the ten projects of RAR Sörmland's 2007 plan, amounts in kronor.
     *
     * @return the projects, in the plan's order
     */
    public static List<Project> rarProjects() {
        return List.of(
                project("ungdomstorget", "Ungdomstorget Nyköping", "2006-08-15", "2008-08-14", "2279000").build(),
                project("rehab-flen-vc", "Rehab-koordinator Flens VC", "2006-02-01", "2008-01-31", "484000").build(),
                project("rehab-ekensberg-vc", "Rehab-koordinator Ekensbergs VC Nyköping", "2006-05-15", "2008-05-14", "484000")
                        .build(),
                project("kungsgatan", "Kungsgatans Läkarmottagning Eskilstuna", "2006-09-01", null, "307000")
                        .status(ProjectStatus.DELAYED).costByYear(Map.of(2007, sek("307000"))).build(),
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
     * Returns a project builder with a period and a total cost in kronor.
     *
     * @param id the id
     * @param name the name
     * @param start the start date
     * @param end the inclusive end date, or null
     * @param totalCost the total cost
     * @return the builder
     */
    public static Project.Builder project(String id, String name, String start, String end, String totalCost) {
        return Project.builder(ProjectId.of(id), name)
                .period(LocalDate.parse(start), end == null ? null : LocalDate.parse(end))
                .totalCost(sek(totalCost));
    }

    /**
     * Returns RAR Sörmland's whole 2007 plan: total 15 000 000 kr, contributions at 1 kr, projects at
     * 1 000 kr, and the plan's cost lines.
     *
     * @return the plan
     */
    public static AnnualPlan rarPlan2007() {
        return AnnualPlan.builder(rarSormland(), 2007, Financing.ofTotal(sek("15000000")))
                .projectRoundingUnit(RoundingUnit.THOUSAND)
                .projects(rarProjects())
                .costs(List.of(CostLine.of(CostCategory.BOARD, sek("310000")), CostLine.of(CostCategory.STAFF, sek("1804000")),
                        CostLine.of(CostCategory.PREMISES, sek("160000")), CostLine.of(CostCategory.AUDIT, sek("60000")),
                        CostLine.of(CostCategory.DEPRECIATION, sek("73000"))))
                .build();
    }

    /** The cost lines of RAR Sörmland's 2007 plan. */
    private static List<CostLine> rarCosts() {
        return List.of(CostLine.of(CostCategory.BOARD, sek("310000")), CostLine.of(CostCategory.STAFF, sek("1804000")),
                CostLine.of(CostCategory.PREMISES, sek("160000")), CostLine.of(CostCategory.AUDIT, sek("60000")),
                CostLine.of(CostCategory.DEPRECIATION, sek("73000")));
    }

    /**
     * Returns RAR Sörmland's plan as a plan for 2007–2009 (15 mkr a year, 2009 preliminary, the 2007 cost
     * lines repeated: illustrative), with an illustrative opening equity of 2 000 000 kr, outcome to
     * 2007-04-30 and forecast: the bundled example {@code rar-sormland-2007-2009.json}.
     *
     * @return the plan
     */
    public static AnnualPlan rarPlan2007to2009() {
        Map<MemberId, MonetaryAmount> income = new java.util.LinkedHashMap<>();
        income.put(id("fk"), sek("3750000"));
        income.put(id("landstinget"), sek("1875000"));
        String[][] paid = {{"eskilstuna", "654375"}, {"flen", "118125"}, {"gnesta", "71250"}, {"katrineholm", "232500"},
            {"nykoping", "356250"}, {"oxelosund", "80625"}, {"strangnas", "219375"}, {"vingaker", "65625"}};
        for (String[] p : paid) {
            income.put(id(p[0]), sek(p[1]));
        }
        Map<CostCategory, MonetaryAmount> costs = new java.util.EnumMap<>(CostCategory.class);
        costs.put(CostCategory.BOARD, sek("95000"));
        costs.put(CostCategory.STAFF, sek("590000"));
        costs.put(CostCategory.PREMISES, sek("53000"));
        costs.put(CostCategory.DEPRECIATION, sek("24000"));
        Map<ProjectId, MonetaryAmount> projects = new java.util.LinkedHashMap<>();
        String[][] booked = {{"ungdomstorget", "380000"}, {"rehab-flen-vc", "80000"}, {"rehab-ekensberg-vc", "81000"},
            {"trosam", "290000"}, {"kv-projektet", "315000"}, {"villa-bergsund", "346000"},
            {"processtod-eskilstuna-lsg", "150000"}, {"flen-soc-af", "320000"}};
        for (String[] p : booked) {
            projects.put(ProjectId.of(p[0]), sek(p[1]));
        }
        return AnnualPlan.builder(rarSormland(), 2007, Financing.ofTotal(sek("15000000")))
                .projectRoundingUnit(RoundingUnit.THOUSAND)
                .projects(rarProjects())
                .costs(rarCosts())
                .openingEquity(sek("2000000"))
                .outcome(Outcome.of(LocalDate.of(2007, 4, 30), income, costs, projects))
                .forecast(Forecast.of(Map.of(CostCategory.STAFF, sek("1850000")),
                        Map.of(ProjectId.of("kungsgatan"), sek("0"), ProjectId.of("flen-soc-af"), sek("420000"))))
                .laterYears(List.of(PlanYear.of(2008, Financing.ofTotal(sek("15000000")), false, rarCosts()),
                        PlanYear.of(2009, Financing.ofTotal(sek("15000000")), true, rarCosts())))
                .build();
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
