package se.finsam.statistics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.finsam.association.CoordinationAssociation;
import se.finsam.contribution.ContributionKey;
import se.finsam.member.Member;
import se.finsam.member.MemberId;
import se.finsam.member.MemberKind;
import se.finsam.population.AgeBand;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.TextRules;
import se.finsam.validation.ValidationResult;
import se.finsam.validation.Violation;

/**
 * Population keys built from a population table: the final municipal key of RAR Sörmland's 2007 plan,
 * inhabitants aged 16–64 on a reference date, taken from Statistics Sweden's table instead of retyped.
 *
 * <pre>{@code
 * PopulationTable table = PopulationTable.read(Path.of("folkmangd-2023.json"));
 * ContributionKey.Population key = PopulationKeys.municipalKey(plan.association(), table,
 *         AgeBand.parse("16-64"), "2023");
 * AnnualPlan settled = plan.withFinalMunicipalKey(key);   // settlement() against the plan's key
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PopulationKeys {

    private PopulationKeys() {
    }

    /**
     * Builds the municipal key of an association from a population table: each municipality's head count
     * in the age band for the period, found by its official code ({@code 0484}), with the period's
     * reference date ({@link PopulationTable#referenceDate(String)}), the band and the table's source.
     *
     * @param association the association, whose municipalities each have a code
     * @param table the population table
     * @param ages the ages to count, e.g. 16–64
     * @param period the table's year ({@code 2023}) or month ({@code 2023M10})
     * @return the key, its members in the association's order
     * @throws FinsamValidationException with {@link StatisticsCodes#MEMBER_WITHOUT_CODE} at
     *     {@code /association/members/I/code} for every municipality without a code (the plan document's
     *     paths); else with every fault of the table for these codes, band and period (a region, an age
     *     or the period the table lacks), located in the table
     */
    public static ContributionKey.Population municipalKey(CoordinationAssociation association, PopulationTable table,
            AgeBand ages, String period) {
        Objects.requireNonNull(association, "association");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(ages, "ages");
        Objects.requireNonNull(period, "period");
        checkCodes(association).throwIfInvalid("association");
        List<MemberId> ids = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (Member m : association.charter().members()) {
            if (m.kind() == MemberKind.MUNICIPALITY) {
                ids.add(m.id());
                codes.add(m.code().orElseThrow());
            }
        }
        Map<String, Long> counts;
        try {
            counts = table.counts(codes, ages, period);
        } catch (FinsamValidationException e) {
            List<String> labels = new ArrayList<>(ids.size());
            for (MemberId id : ids) {
                Member m = association.charter().member(id).orElseThrow();
                labels.add(TextRules.escape(m.name()) + " (" + m.code().orElse("") + ")");
            }
            throw named(e, labels);
        }
        Map<MemberId, Long> values = new LinkedHashMap<>(ids.size() * 2);
        for (int i = 0; i < ids.size(); i++) {
            values.put(ids.get(i), counts.get(codes.get(i)));
        }
        return ContributionKey.ofPopulation(values, PopulationTable.referenceDate(period), ages, table.source());
    }

    /**
     * Checks that every municipality of an association has the code a population table is searched by, before
     * any table is read, so that a program can report the document's faults first.
     *
     * @param association the association
     * @return every violation: {@link StatisticsCodes#MEMBER_WITHOUT_CODE} at {@code /association/members/I/code}
     */
    public static ValidationResult checkCodes(CoordinationAssociation association) {
        Objects.requireNonNull(association, "association");
        List<Member> members = association.charter().members();
        List<Violation> uncoded = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            if (m.kind() == MemberKind.MUNICIPALITY && m.code().isEmpty()) {
                uncoded.add(Violation.of("/association/members/" + i + "/code", StatisticsCodes.MEMBER_WITHOUT_CODE,
                        "Municipality '" + TextRules.escape(m.name()) + "' has no code: a population table is matched by"
                                + " the municipality's four-digit code, e.g. \"code\": \"0484\""));
            }
        }
        return ValidationResult.of(uncoded);
    }

    /**
     * The table's faults, each region it lacks named by the member it is the code of: "Kungsör (1960): …".
     *
     * @param labels the member of each code asked for, in the order asked
     */
    static FinsamValidationException named(FinsamValidationException e, List<String> labels) {
        List<Violation> named = new ArrayList<>(e.violations().size());
        String prefix = "/regions/";
        for (Violation v : e.violations()) {
            if (v.code().equals(StatisticsCodes.REGION_MISSING) && v.path().startsWith(prefix)) {
                String label = labels.get(Integer.parseInt(v.path().substring(prefix.length())));
                named.add(Violation.of(v.path(), v.code(), label + ": " + v.message() + "; choose it too when you save the table"));
            } else {
                named.add(v);
            }
        }
        return new FinsamValidationException("population table", named);
    }
}
