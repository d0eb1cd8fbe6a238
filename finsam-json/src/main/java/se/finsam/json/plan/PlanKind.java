package se.finsam.json.plan;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import se.finsam.association.AssociationId;
import se.finsam.association.CoordinationAssociation;
import se.finsam.budget.AnnualPlan;
import se.finsam.budget.Budget;
import se.finsam.budget.MultiYearPlan;
import se.finsam.budget.CostCategory;
import se.finsam.budget.CostLine;
import se.finsam.budget.Equity;
import se.finsam.budget.EquityPolicy;
import se.finsam.population.AgeBand;
import se.finsam.contribution.Charter;
import se.finsam.contribution.Contribution;
import se.finsam.contribution.ContributionKey;
import se.finsam.contribution.ContributionSplit;
import se.finsam.contribution.Financing;
import se.finsam.contribution.KeyBasis;
import se.finsam.contribution.Settlement;
import se.finsam.json.DocumentKind;
import se.finsam.json.internal.DocumentDescriptor;
import se.finsam.json.internal.ModuleRegistry;
import se.finsam.json.internal.Pointer;
import se.finsam.json.internal.Read;
import se.finsam.json.internal.ValidationWriter;
import se.finsam.json.internal.ValueDeserializer;
import se.finsam.member.Member;
import se.finsam.member.MemberId;
import se.finsam.member.MemberKind;
import se.finsam.money.RoundingUnit;
import se.finsam.project.CoFinancing;
import se.finsam.project.CostBasis;
import se.finsam.project.CostSchedule;
import se.finsam.project.Project;
import se.finsam.project.ProjectId;
import se.finsam.project.ProjectStatus;
import se.finsam.validation.ValidationResult;
import se.finsam.validation.Violation;

/**
 * The plan document ({@code docs/format.md}): identified by its {@code association}, read by
 * {@link PlanReader}, written by {@link PlanWriter} as the document itself and as the results of a plan's
 * year (split, schedule, budget, the multi-year plan, the year as it happens).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PlanKind extends DocumentDescriptor<AnnualPlan> {

    /** The descriptor of plan documents. */
    public static final PlanKind INSTANCE = new PlanKind();

    private PlanKind() {
        super(DocumentKind.PLAN, (root, limits) -> new PlanReader(limits).read(root), PlanWriter::document,
                "association");
    }

    /**
     * Writes the contributions of a plan's year: the output of {@code finsam split --format json}.
     *
     * @param g the generator
     * @param plan the plan
     * @throws IOException if the generator fails
     */
    public void writeSplit(JsonGenerator g, AnnualPlan plan) throws IOException {
        PlanWriter.split(g, plan, plan.contributions());
    }

    /**
     * Writes every project's cost per year: the output of {@code finsam schedule --format json}.
     *
     * @param g the generator
     * @param plan the plan
     * @throws IOException if the generator fails
     */
    public void writeSchedule(JsonGenerator g, AnnualPlan plan) throws IOException {
        PlanWriter.schedule(g, plan);
    }

    /**
     * Writes a budget: the output of {@code finsam budget --format json}.
     *
     * @param g the generator
     * @param budget the budget
     * @throws IOException if the generator fails
     */
    public void writeBudget(JsonGenerator g, Budget budget) throws IOException {
        PlanWriter.budget(g, budget);
    }

    /**
     * Writes a plan's years side by side: the output of {@code finsam plan --format json}.
     *
     * @param g the generator
     * @param multiYear the multi-year plan, e.g. {@code plan.multiYear()}
     * @throws IOException if the generator fails
     */
    public void writeMultiYear(JsonGenerator g, MultiYearPlan multiYear) throws IOException {
        YearWriter.multiYear(g, multiYear);
    }

    /**
     * Writes the settlement between a plan's municipal key and its final one: the output of
     * {@code finsam key --settle --format json}.
     *
     * @param g the generator
     * @param plan the plan, with a final municipal key
     * @throws IOException if the generator fails
     */
    public void writeSettlement(JsonGenerator g, AnnualPlan plan) throws IOException {
        PlanWriter.settlement(g, plan);
    }

    /**
     * Writes a plan's year as it happens, its follow-up, year end and members' shares: the output of
     * {@code finsam outcome --format json}.
     *
     * @param g the generator
     * @param plan the plan
     * @throws IOException if the generator fails
     */
    public void writeOutcome(JsonGenerator g, AnnualPlan plan) throws IOException {
        YearWriter.outcome(g, plan);
    }

    @Override
    public void register(ModuleRegistry r) {
        r.add(AnnualPlan.class, "document", plan(PlanReader::document), PlanWriter::document);
        r.add(CoordinationAssociation.class, "association", plan(PlanReader::association), PlanWriter::association);
        r.add(Charter.class, "charter", plan(PlanReader::charter), PlanWriter::charter);
        r.add(Member.class, "member", plan(PlanReader::member), PlanWriter::member);
        r.add(MemberId.class, "member id", plan(PlanReader::memberId), (g, v) -> g.writeString(v.value()));
        r.add(ProjectId.class, "project id", plan(PlanReader::projectId), (g, v) -> g.writeString(v.value()));
        r.add(AssociationId.class, "association id", plan(PlanReader::associationId), (g, v) -> g.writeString(v.value()));
        r.add(RoundingUnit.class, "rounding unit", plan(PlanReader::unit), (g, v) -> g.writeString(v.toString()));
        r.add(AgeBand.class, "age band", plan(PlanReader::ageBand), (g, v) -> g.writeString(v.toString()));
        r.add(ContributionKey.class, "key", plan(PlanReader::key), PlanWriter::key);
        r.add(ContributionKey.Percentages.class, "key", plan((d, n, p) -> d.key(n, p, ContributionKey.Percentages.class,
                KeyBasis.PERCENTAGES)), PlanWriter::key);
        r.add(ContributionKey.Population.class, "key", plan((d, n, p) -> d.key(n, p, ContributionKey.Population.class,
                KeyBasis.POPULATION)), PlanWriter::key);
        r.add(ContributionKey.Weights.class, "key", plan((d, n, p) -> d.key(n, p, ContributionKey.Weights.class,
                KeyBasis.WEIGHTS)), PlanWriter::key);
        r.add(ContributionKey.Equal.class, "key", plan((d, n, p) -> d.key(n, p, ContributionKey.Equal.class,
                KeyBasis.EQUAL)), PlanWriter::key);
        r.add(Financing.class, "financing", plan(PlanReader::financing), (g, v) -> PlanWriter.financing(g, v, true));
        r.add(Project.class, "project", plan(PlanReader::project), (g, v) -> PlanWriter.project(g, v, true));
        r.add(CoFinancing.class, "co-financing", plan(PlanReader::coFinancing), (g, v) -> PlanWriter.coFinancing(g, v, true));
        r.add(CostLine.class, "cost line", plan(PlanReader::cost), (g, v) -> PlanWriter.cost(g, v, true));
        r.add(Equity.class, "equity", plan(PlanReader::equity), (g, v) -> PlanWriter.equity(g, v, true));
        r.add(EquityPolicy.class, "equity policy", plan(PlanReader::equityPolicy), PlanWriter::equityPolicy);
        r.add(EquityPolicy.Step.class, "equity threshold", plan(PlanReader::step), (g, v) -> PlanWriter.step(g, v, true));
        r.add(Contribution.class, "contribution", plan(PlanReader::contribution), PlanWriter::contribution);
        r.add(Violation.class, "violation", plan(PlanReader::violation), ValidationWriter::violation);
        r.add(ValidationResult.class, "validation result", plan(PlanReader::validationResult), ValidationWriter::validation);
        r.addEnum(MemberKind.class, "member kind");
        r.addEnum(KeyBasis.class, "key basis");
        r.addEnum(ProjectStatus.class, "project status");
        r.addEnum(CostBasis.class, "cost basis");
        r.addEnum(CostCategory.class, "cost category");
        r.addKey(MemberId.class, "member id", plan(PlanReader::memberId));
        r.addKey(ProjectId.class, "project id", plan(PlanReader::projectId));
        r.addKey(AssociationId.class, "association id", plan(PlanReader::associationId));

        String compute = "compute it from an AnnualPlan (contributions(), schedules(), budget())";
        r.addResult(ContributionSplit.class, PlanWriter::split, compute);
        r.addResult(CostSchedule.class, (g, v) -> PlanWriter.schedule(g, v, true), compute);
        r.addResult(Budget.class, PlanWriter::budget, compute);
        r.addResult(Settlement.class, PlanWriter::settlement, "compute it with Settlement.between or Budget.settlement()");
    }

    /** Reads one value of a plan document with a new plan reader. */
    @FunctionalInterface
    private interface PlanValue<T> {
        Read<T> read(PlanReader reader, JsonNode node, Pointer path);
    }

    private static <T> ValueDeserializer.Read<T> plan(PlanValue<T> value) {
        return (limits, node, path, what) -> {
            PlanReader reader = new PlanReader(limits);
            return reader.readValue(node, path, (n, p) -> value.read(reader, n, p), what);
        };
    }
}
